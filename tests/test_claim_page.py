"""
The fact-check page as a reader meets it (issue 13): the claimant and bylines at the top, the
rationale in safe rich text, links out beside our snapshot, origins traceable to the end, one
"who said it when", related checks, share links, and dates no more precise than their source.
"""

import datetime
import re

import pytest
from django.utils.html import escape

from claims.models import ClaimRelation
from tests.factories import (
    make_actor,
    make_appearance,
    make_claim,
    make_organisation,
    make_published_verification,
    make_relation,
    make_source,
    make_topic,
    make_user,
    make_verification,
)
from tests.scenarios import CONFIRMATION_HEADLINE, REPORT_HEADLINE, make_claim_confirmed_ten_days_after_the_first_report
from trust.models import TeamMember

pytestmark = pytest.mark.django_db


def page(client, claim) -> str:
    response = client.get(claim.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def section(html: str, heading_id: str) -> str:
    """The HTML of the <section> whose heading has this id."""
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def header(html: str) -> str:
    return html[html.index('<header class="check-header">') : html.index("</header>", html.index("check-header"))]


def text_of(html: str) -> str:
    """What a reader sees: the markup and its attributes dropped."""
    return re.sub(r" ([,.:;)…])", r"\1", re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def test_it_puts_the_claimant_and_when_and_where_they_said_it_above_the_headline(client):
    html = page(client, make_claim_confirmed_ten_days_after_the_first_report())
    top = header(html)
    claimant = top[: top.index("<h1>")]
    assert "Volodymyr Zelenskyy" in claimant and "President of Ukraine" in claimant
    assert "Said on" in text_of(claimant) and "13 October 2024" in claimant
    assert ">Viewus</a>" in claimant  # where: the source, by its short name
    assert "3 more reports" in text_of(claimant)


def test_it_signs_the_verdict_with_who_checked_and_who_edited_linked_to_their_bios(client):
    claim = make_claim_confirmed_ten_days_after_the_first_report()
    verdict = claim.verifications.get()
    TeamMember.objects.create(name="Rania Reporter", slug="rania", role="Fact-checker", user=verdict.author)
    TeamMember.objects.create(name="Eli Editor", slug="eli", role="Editor", user=verdict.reviewer)
    top = text_of(header(page(client, claim)))
    assert "Checked by Rania Reporter" in top and "Edited by Eli Editor" in top
    html = page(client, claim)
    assert 'href="/about/team/#rania"' in html and 'href="/about/team/#eli"' in html


def test_it_names_an_unlisted_member_without_a_link_and_never_an_account_name(client):
    author, reviewer = make_user("rr_account"), make_user("ee_account")
    claim = make_published_verification(author=author, reviewer=reviewer).claim
    TeamMember.objects.create(name="Former Checker", slug="former", role="Fact-checker", user=author, is_listed=False)
    html = page(client, claim)
    assert "Checked by Former Checker" in text_of(header(html))
    assert "#former" not in html
    assert "Edited by" not in html  # the reviewer has no team profile
    assert "rr_account" not in html and "ee_account" not in html


def test_it_renders_the_rationale_as_sanitised_markdown_and_describes_it_as_plain_text(client):
    rationale = (
        "Two **independent** origins: [the NIS](https://example.org/nis) and Ukraine."
        '\n\n<script>alert("x")</script> [bad](javascript:alert(1)) <img src=x onerror=alert(1)>'
    )
    claim = make_published_verification(rationale=rationale).claim
    html = page(client, claim)
    why = section(html, "why")
    assert "<strong>independent</strong>" in why
    assert '<a href="https://example.org/nis" rel="noopener noreferrer">the NIS</a>' in why
    assert "<script>" not in html.split('type="application/ld+json"')[0] + why
    assert "javascript:" not in html and "onerror" not in html
    description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
    assert "Two independent origins: the NIS and Ukraine." in description and "**" not in description


def test_it_says_in_the_admin_which_markdown_a_rationale_takes():
    from claims.models import Verification

    help_text = Verification._meta.get_field("rationale").help_text
    assert "Markdown" in help_text and "**bold**" in help_text and "removed" in help_text


def test_it_links_out_to_each_original_beside_our_snapshot(client):
    claim = make_claim(statement="About 5,000 troops were sent.")
    linked = make_source(title="Linked report", url="https://news.example.org/report", text="It said 5,000 troops.")
    unlinked = make_source(title="Unlinked report", text="Also 5,000 troops.")
    make_appearance(claim, linked, quote="5,000 troops", speaker=make_organisation(name="Ministry"))
    make_appearance(claim, unlinked, quote="5,000 troops", speaker=make_organisation(name="Agency"))
    make_published_verification(claim).evidence.add(linked, unlinked)
    html = page(client, claim)
    sources = section(html, "evidence")
    assert 'href="https://news.example.org/report" rel="nofollow noopener noreferrer" class="outbound"' in sources
    assert f'href="{linked.get_absolute_url()}#snapshot"' in sources
    assert "original address not recorded" in sources
    assert 'href="https://news.example.org/report"' in section(html, "timeline")
    source_page = client.get(linked.get_absolute_url()).content.decode()
    assert 'id="snapshot"' in source_page and "It said 5,000 troops." in source_page


def test_it_draws_each_origin_from_the_report_to_where_it_began_with_short_titles(client):
    html = page(client, make_claim_confirmed_ten_days_after_the_first_report())
    origins = section(html, "origins")
    seen = text_of(origins)
    # Short titles: the publisher, or the first words of an untitled publisher's headline; the whole
    # headline only in the link's title attribute, never repeated as text.
    assert CONFIRMATION_HEADLINE not in seen and REPORT_HEADLINE not in seen
    assert "Viewus → Reuters → John Kirby" in seen
    assert "U.S. Dismisses Doubts About Trust… → Yonhap News Agency → National Intelligence Service (NIS)" in seen
    # Grouped by origin, in order, each naming who it came through.
    assert seen.index("Government of South Korea through National Intelligence Service (NIS)") < seen.index(
        "Government of Ukraine through Volodymyr Zelenskyy"
    )
    assert "United States government through Lloyd Austin, John Kirby" in seen


def regiments_and_total(*, regiments_published: bool):
    ukraine = make_organisation(name="Government of Ukraine")
    zelenskyy = make_actor(name="Volodymyr Zelenskyy", organisation=ukraine)
    nis = make_organisation(name="NIS", organisation=make_organisation(name="Government of South Korea"))
    article = make_source(title="An article", publisher=make_organisation(name="Viewus"), text="x")
    total = make_claim(statement="About 12,000 troops were committed.", value=12000, qualifier="approximately",
                       unit="troops")  # fmt: skip
    regiments = make_claim(
        statement="Two regiments of 6,000 soldiers each.", claim_reviewed="Two regiments of 6,000 soldiers"
    )
    make_appearance(total, article, speaker=nis, quote="12,000 troops")
    make_appearance(regiments, article, speaker=zelenskyy, quote="two regiments of 6,000 soldiers each")
    make_relation(total, regiments, kind=ClaimRelation.Kind.DERIVED_FROM)
    make_published_verification(total)
    if regiments_published:
        make_published_verification(regiments)
    else:
        make_verification(regiments, state="in_review")
    return total, regiments


def test_it_traces_an_origin_counted_through_a_derived_claim_to_that_claim(client):
    total, regiments = regiments_and_total(regiments_published=True)
    html = page(client, total)
    origins = section(html, "origins")
    assert "Independent origins: 2" in origins
    ukraine = origins[origins.index("Government of Ukraine") :]
    assert f'Counted through the related claim <a href="{regiments.get_absolute_url()}">' in ukraine
    assert "Viewus → Volodymyr Zelenskyy" in text_of(ukraine)
    # and the same quote is findable next to who said it when
    timeline = section(html, "timeline")
    assert regiments.get_absolute_url() in timeline and "two regiments of 6,000 soldiers each" in timeline


def test_it_never_names_a_related_claim_that_is_not_published(client):
    total, regiments = regiments_and_total(regiments_published=False)
    html = page(client, total)
    assert "Independent origins: 1" in html
    assert regiments.statement not in html and regiments.claim_reviewed not in html
    assert regiments.get_absolute_url() not in html
    assert "two regiments of 6,000 soldiers each" not in html


def test_it_lists_each_quote_once(client):
    claim = make_claim_confirmed_ten_days_after_the_first_report()
    html = page(client, claim)
    for appearance in claim.appearances.all():
        assert html.count(f"“{escape(appearance.quote)}”") == 1, appearance.quote
    assert "Where the claim appeared" not in html


def test_it_suggests_published_checks_on_the_same_topic_by_the_same_claimant_or_of_the_same_figure(client):
    topic, minister = make_topic(name="Borders"), make_actor(name="A Minister")
    claim = make_claim(statement="5,000 troops crossed.", value=5000, qualifier="exact", unit="troops")
    claim.topics.add(topic)
    make_appearance(claim, speaker=minister)
    make_published_verification(claim)

    def published(statement, **fields):
        other = make_claim(statement=statement, **fields)
        make_published_verification(other)
        return other

    same_topic = published("Same topic.")
    same_topic.topics.add(topic)
    same_claimant = published("Same claimant.")
    make_appearance(same_claimant, speaker=minister)
    published("Same figure.", value=6000, qualifier="exact", unit="Troops")
    published("Another figure of that unit.", value=900, qualifier="exact", unit="troops")  # not within 3x
    unrelated = published("Unrelated.", value=9, qualifier="exact", unit="sites")
    draft = make_verification(make_claim(statement="Unpublished, same topic.")).claim
    draft.topics.add(topic)

    related = section(page(client, claim), "related")
    assert "Same topic." in related and "(same topic)" in related
    assert "Same claimant." in related and "(same claimant)" in related
    assert "Same figure." in related and "(same figure: Troops)" in related
    assert unrelated.statement not in related and draft.statement not in related
    assert "Another figure of that unit." not in related


def test_it_offers_plain_share_links_and_a_copyable_address_with_no_third_party_script(client, settings):
    claim = make_published_verification(make_claim(statement="Shared claim.")).claim
    html = page(client, claim)
    share = section(html, "share")
    address = f"{settings.FACTCHECK_SITE_URL}/claims/{claim.slug}/"
    assert 'href="mailto:?subject=' in share
    assert f'<input id="share-url" type="text" readonly value="{address}">' in share
    assert "<script" not in share and "<iframe" not in share
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script type="application/ld+json">']  # the structured data, nothing that runs


def test_it_shows_a_loose_date_only_as_precisely_as_the_source_gave_it(client):
    speaker = make_actor(name="A Spokesperson")
    claim = make_claim(statement="Ships sailed.")
    make_appearance(
        claim, speaker=speaker, stated_on=datetime.date(2024, 10, 7), stated_precision="early_month", quote="sailed"
    )
    make_published_verification(claim)
    html = page(client, claim)
    assert '<time datetime="2024-10">early October 2024</time>' in html
    assert "1 October" not in html and "7 October" not in html and "Oct 2024" not in html
    actor_page = client.get(speaker.get_absolute_url()).content.decode()
    assert "early October 2024" in actor_page and "1 October" not in actor_page
    assert claim.appearances.get().stated_on == datetime.date(2024, 10, 1)  # stored as the first day it may mean


def test_it_shows_each_claim_on_an_actor_page_as_that_actors(client):
    claim = make_claim_confirmed_ten_days_after_the_first_report()
    kirby = claim.appearances.get(speaker__name="John Kirby").speaker
    html = client.get(kirby.get_absolute_url()).content.decode()
    card = text_of(html[html.index(claim.statement) :])
    assert "John Kirby confirms it, 23 October 2024, in Viewus as reported by Reuters" in card
    assert "three sites that we assess right now" in card
    assert "Zelenskyy" not in html and "claimed by" not in html


def test_a_claim_card_names_the_claimant_the_claim_page_names(client):
    """A same-day confirmation recorded first (lower id) is not who made the claim: the assertion is."""
    kirby, nis = make_actor(name="John Kirby"), make_actor(name="NIS")
    claim = make_claim(statement="About 12,000 troops were committed.")
    make_appearance(claim, speaker=kirby, stance="confirms", stated_on=datetime.date(2024, 10, 18), quote="confirm")
    report = make_appearance(claim, speaker=nis, stated_on=datetime.date(2024, 10, 18), quote="12,000 troops")
    make_published_verification(claim)
    for address in ("/claims/", report.source.get_absolute_url()):
        html = client.get(address).content.decode()
        card = text_of(html[html.index(claim.statement) :])
        assert "claimed by NIS" in card and "claimed by John Kirby" not in card
    html = page(client, claim)
    assert "NIS" in text_of(html[html.index('class="claimant"') :][:300])
