"""The public site: each page and feed, what it shows, how many queries it costs, and caching."""

import json
import math
import re
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.urls import reverse

from claims.models import Verification
from claims.search import refresh_search
from claims.services import (
    claim_revision_propose,
    claim_revision_publish,
    verification_create,
    verification_publish,
    verification_submit,
    verification_withdraw,
)
from claims.sitemaps import ClaimSitemap
from tests.factories import (
    make_appearance,
    make_claim,
    make_organisation,
    make_published_verification,
    make_source,
    make_topic,
    make_verification,
    status,
)
from tests.scenarios import (
    CONFIRMATION_HEADLINE,
    CONFIRMED_CLAIM_REVIEWED,
    REPORT_HEADLINE,
    make_claim_confirmed_ten_days_after_the_first_report,
)

pytestmark = pytest.mark.django_db


def published_claim(n: int = 0, **fields):
    org = make_organisation(name=f"Ministry {n}")
    source = make_source(title=f"Report {n}", publisher=org, text=f"Officials said about {n},000 troops were sent.")
    claim = make_claim(statement=f"About {n},000 troops were sent.", value=n * 1000 or 1, qualifier="approximately",
                       unit="troops", **fields)  # fmt: skip
    make_appearance(claim, source, quote=f"about {n},000 troops", speaker=org)
    verdict = make_published_verification(claim, status=status("single-source"), rationale=f"Only Ministry {n}.")
    verdict.evidence.add(source)
    claim.topics.add(make_topic())
    return claim


def jsonld_of(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


# -- pages ------------------------------------------------------------------------------------


def test_it_lists_the_latest_checks_on_the_home_page(client):
    claim = published_claim(3)
    response = client.get("/")
    assert response.status_code == 200
    assert claim.statement in response.content.decode()
    assert 'href="/claims/' in response.content.decode()


def test_it_shows_a_claim_page_with_everything_a_reader_needs(client):
    claim = published_claim(3)
    html = client.get(claim.get_absolute_url()).content.decode()
    for expected in [
        "About 3,000 troops were sent.",  # statement
        "Single source",  # verdict badge
        "colour-0550ae",  # the vocabulary's colour, as a class /status-colours.css paints (no inline style: CSP)
        "2,700 to 3,300 troops",  # quantity bounds
        "Only Ministry 3.",  # rationale
        "Report 3",  # evidence and appearance source
        "about 3,000 troops",  # the quote
        "Ministry 3",  # speaker
        "Independent origins: 1",
        "Who said it when",
        "No corrections.",
    ]:
        assert expected in html, expected
    assert f'<link rel="canonical" href="http://127.0.0.1:8000{claim.get_absolute_url()}">' in html
    assert '<meta property="og:title" content="Single source: About 3,000 troops were sent.">' in html


def test_it_embeds_claimreview_with_every_field_aggregators_need(client, settings):
    claim = make_claim_confirmed_ten_days_after_the_first_report()
    html = client.get(claim.get_absolute_url()).content.decode()
    review = jsonld_of(html)
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == CONFIRMED_CLAIM_REVIEWED
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Officially confirmed",
    }
    assert review["url"] == f"{settings.FACTCHECK_SITE_URL}{claim.get_absolute_url()}"
    assert review["author"] == {
        "@type": "Organization",
        "name": settings.FACTCHECK_ORGANISATION_NAME,
        "url": settings.FACTCHECK_ORGANISATION_URL,
    }
    assert review["datePublished"] == "2024-10-25"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Volodymyr Zelenskyy", "jobTitle": "President of Ukraine"}
    assert item["datePublished"] == "2024-10-13"  # when the claim was made, not when we checked it
    assert item["firstAppearance"]["@type"] == "NewsArticle"
    assert {a["headline"] for a in item["appearance"]} == {CONFIRMATION_HEADLINE, REPORT_HEADLINE}


def test_it_shows_the_timeline_and_origins_on_the_claim_page(client):
    claim = make_claim_confirmed_ten_days_after_the_first_report()
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "Independent origins: 3" in html
    assert "The first confirmation came <strong>10 days</strong> after the first report." in html
    timeline = html[html.index('id="timeline"') :]
    assert timeline.index("13 October 2024") < timeline.index("18 October 2024") < timeline.index("23 October 2024")


def test_it_shows_source_and_actor_pages_with_their_published_claims(client):
    claim = published_claim(4)
    appearance = claim.appearances.get()
    for url in (appearance.source.get_absolute_url(), appearance.speaker.get_absolute_url()):
        html = client.get(url).content.decode()
        assert claim.statement in html, url


def test_it_filters_and_searches_the_claim_list(client):
    tranche = published_claim(3)
    total = published_claim(12)
    html = client.get("/claims/", {"q": "3,000"}).content.decode()
    assert tranche.statement in html and total.statement not in html
    speaker = total.appearances.get().speaker
    html = client.get("/claims/", {"claimant": speaker.slug}).content.decode()
    assert total.statement in html and tranche.statement not in html
    html = client.get("/claims/", {"topic": tranche.topics.get().slug}).content.decode()
    assert tranche.statement in html and total.statement not in html


def test_it_explains_a_bad_filter_instead_of_failing(client):
    published_claim(3)
    response = client.get("/claims/", {"published_after": "not-a-date"})
    assert response.status_code == 400  # the page, naming the filter, as a bad request
    assert "Some filters could not be used" in response.content.decode()


def test_it_pages_the_claim_list_newer_and_older_without_counting(client):
    for n in range(1, 23):
        published_claim(n)
    first = client.get("/claims/").content.decode()
    assert 'rel="next"' in first and 'rel="prev"' not in first
    assert "About 22,000 troops" in first and "About 2,000 troops" not in first
    older = re.search(r'rel="next" href="\?cursor=([^"]+)"', first).group(1)
    second = client.get("/claims/", {"cursor": older.replace("%3D", "=")}).content.decode()
    assert "About 2,000 troops" in second and "About 1,000 troops" in second and "About 22,000" not in second
    assert 'rel="prev"' in second and 'rel="next"' not in second
    newer = re.search(r'rel="prev" href="\?cursor=([^"]+)"', second).group(1)
    assert "About 22,000 troops" in client.get("/claims/", {"cursor": newer}).content.decode()


@pytest.mark.parametrize(
    "cursor",
    [
        "not-a-cursor",
        "eyJ0IjoieCJ9",
        "e30",
        "%00",
        "eyJ0IjoiMjAyNC0wMS0wMVQwMDowMDowMCswMDowMCIsInBrIjoxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwLCJkIjoib2xkZXIifQ",
    ],
)
def test_it_answers_a_bad_page_cursor_with_a_400_naming_it(client, cursor):
    published_claim(1)
    response = client.get("/claims/", {"cursor": cursor})
    assert response.status_code == 400
    assert "cursor" in response.content.decode()


def test_it_finds_claims_by_who_said_them_and_by_plain_figures(client):
    kirby = make_organisation(name="John Kirby", aliases="Kirby")
    tranche = published_claim(3)
    appearance = tranche.appearances.get()
    appearance.speaker = kirby
    appearance.save()
    refresh_search([tranche.pk])
    total = published_claim(12)
    for typed in ["Kirby", "kirby", "3000", "3,000", "troop"]:
        html = client.get("/claims/", {"q": typed}).content.decode()
        assert tranche.statement in html, typed
        if typed not in ("troop",):
            assert total.statement not in html, typed
    html = client.get("/claims/", {"q": "Ministry 12"}).content.decode()
    assert total.statement in html and tranche.statement not in html


def correct(claim, note: str, reporter, editor) -> Verification:
    """Publish a correction of the claim's verdict through the workflow."""
    correction = verification_create(
        claim=claim,
        status=status("corroborated"),
        rationale="Two now.",
        correction_note=note,
        evidence=[make_source()],
        by=reporter,
    )
    return verification_publish(verification=verification_submit(verification=correction, by=reporter), by=editor)


def test_it_logs_corrections_and_withdrawals(client, reporter, editor, chief):
    claim = published_claim(3)
    correction = correct(claim, "A second ministry confirmed.", reporter, editor)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "A second ministry confirmed." in page and "Corroborated" in page
    log = client.get("/corrections/").content.decode()
    assert "A second ministry confirmed." in log

    verification_withdraw(verification=correction, by=chief, reason="The ministry retracted its statement.")
    log = client.get("/corrections/").content.decode()
    assert "The ministry retracted its statement." in log
    assert client.get(claim.get_absolute_url()).status_code == 404


# -- feeds, sitemap, robots ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["feed-checks-rss", "feed-checks-atom"])
def test_it_feeds_published_checks(client, name):
    claim = published_claim(3)
    response = client.get(reverse(name))
    assert response.status_code == 200
    ElementTree.fromstring(response.content)  # well-formed XML
    assert "Single source: About 3,000 troops were sent." in response.content.decode()
    assert claim.get_absolute_url() in response.content.decode()


@pytest.mark.parametrize("name", ["feed-corrections-rss", "feed-corrections-atom"])
def test_it_feeds_corrections(client, name, reporter, editor):
    correct(published_claim(3), "Now corroborated by a second origin.", reporter, editor)
    response = client.get(reverse(name))
    ElementTree.fromstring(response.content)
    assert "Now corroborated by a second origin." in response.content.decode()


def test_it_lists_published_pages_in_the_sitemap_index_sections(client):
    claim = published_claim(3)
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sections = re.findall(r"<loc>(.*?)</loc>", index.content.decode())
    assert sections == [
        f"http://127.0.0.1:8000/sitemap-{name}.xml"
        for name in ("pages", "claims", "sources", "actors", "figure-pages", "figures", "about")
    ]
    locations = []
    for section in sections:
        response = client.get(section.removeprefix("http://127.0.0.1:8000"))
        assert response.status_code == 200
        locations += re.findall(r"<loc>(.*?)</loc>", response.content.decode())
    assert f"http://127.0.0.1:8000{claim.get_absolute_url()}" in locations
    assert f"http://127.0.0.1:8000{claim.appearances.get().source.get_absolute_url()}" in locations


def test_it_splits_a_sitemap_section_by_id_range(client, monkeypatch):
    claims = [published_claim(n) for n in (1, 2, 3)]
    monkeypatch.setattr(ClaimSitemap, "limit", 2)
    pages = math.ceil(max(c.pk for c in claims) / 2)
    index = client.get("/sitemap.xml").content.decode()
    assert f"sitemap-claims.xml?p={pages}" in index and f"sitemap-claims.xml?p={pages + 1}" not in index
    found = []
    for page in range(1, pages + 1):
        urls = re.findall(r"<loc>(.*?)</loc>", client.get("/sitemap-claims.xml", {"p": page}).content.decode())
        assert len(urls) <= 2
        found += urls
    assert sorted(found) == sorted(f"http://127.0.0.1:8000{c.get_absolute_url()}" for c in claims)


@pytest.mark.parametrize("url", ["/sitemap-claims.xml?p=abc", "/sitemap-claims.xml?p=999999", "/sitemap-nothing.xml"])
def test_it_answers_404_for_a_sitemap_page_that_does_not_exist(client, url):
    published_claim(1)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("path", ["/sitemap.xml", "/feeds/checks.atom", "/feeds/checks.rss", "/feeds/corrections.atom"])
def test_it_names_the_site_address_in_feeds_and_the_sitemap_whatever_host_was_asked(client, settings, path):
    settings.FACTCHECK_SITE_URL = "https://factcheck.example"
    published_claim(3)
    body = client.get(path, HTTP_HOST="localhost").content.decode()
    links = re.findall(r"<(?:loc|link|id|guid)[^>]*>(http[^<]*)<", body) + re.findall(r'href="(http[^"]*)"', body)
    assert links
    assert all(link.startswith("https://factcheck.example/") for link in links), links


def test_it_points_robots_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body and "Sitemap: http://127.0.0.1:8000/sitemap.xml" in body


# -- caching ---------------------------------------------------------------------------------------


def test_it_answers_304_when_nothing_changed_since(client):
    claim = published_claim(3)
    first = client.get(claim.get_absolute_url())
    assert first["Last-Modified"] and first["ETag"]
    assert "public" in first["Cache-Control"] and "s-maxage=300" in first["Cache-Control"]
    assert client.get(claim.get_absolute_url(), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get(claim.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_it_answers_200_again_once_something_changed(client, editor, other_editor):
    claim = published_claim(3)
    first = client.get(claim.get_absolute_url())
    revision = claim_revision_propose(
        claim=claim, statement="About 3,000 troops were sent, officials said.", claim_reviewed="Troops sent", by=editor
    )
    claim_revision_publish(revision=revision, by=other_editor)
    again = client.get(claim.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert "officials said" in again.content.decode()


def test_it_keeps_pages_private_for_logged_in_staff(client, reporter):
    client.force_login(reporter)
    response = client.get("/")
    assert "private" in response["Cache-Control"]


# -- only published material ----------------------------------------------------------------------


SECRET = "secret-draft"


@pytest.fixture
def unpublished():
    """A claim in review and a draft correction of a published claim, each marked SECRET."""
    org = make_organisation(name=f"{SECRET} agency", slug=f"{SECRET}-agency")
    source = make_source(title=f"{SECRET} memo", slug=f"{SECRET}-memo", text=f"{SECRET}: 9,999 troops", publisher=org)
    claim = make_claim(statement=f"{SECRET} 9,999 troops", slug=f"{SECRET}-claim")
    make_appearance(claim, source, quote="9,999 troops", speaker=org)
    make_verification(claim, state="in_review", rationale=f"{SECRET} rationale")
    public = published_claim(3)
    make_verification(public, rationale=f"{SECRET} correction", correction_note=f"{SECRET} note",
                      supersedes=public.verifications.get())  # fmt: skip
    return public


PUBLIC_URLS = [
    "/",
    "/claims/",
    "/claims/?q=secret",
    "/claims/?claimant=secret-draft-agency",
    "/claims/?source=secret-draft-memo",
    "/corrections/",
    "/feeds/checks.rss",
    "/feeds/checks.atom",
    "/feeds/corrections.rss",
    "/feeds/corrections.atom",
    "/sitemap.xml",
    "/sitemap-claims.xml",
    "/sitemap-sources.xml",
    "/sitemap-actors.xml",
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_it_never_shows_unpublished_material(client, unpublished, url):
    response = client.get(url)
    assert response.status_code == 200
    assert SECRET not in response.content.decode()


def test_it_answers_404_for_unpublished_pages(client, unpublished):
    for url in [f"/claims/{SECRET}-claim/", f"/sources/{SECRET}-memo/", f"/actors/{SECRET}-agency/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert SECRET not in response.content.decode()


def test_it_leaves_the_draft_correction_out_of_the_published_page_and_its_jsonld(client, unpublished):
    html = client.get(unpublished.get_absolute_url()).content.decode()
    assert SECRET not in html
    assert jsonld_of(html)["reviewRating"]["alternateName"] == "Single source"


# -- user content is text ---------------------------------------------------------------------------

PAYLOADS = [
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(2)</script>",
    "<!--",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_it_renders_markup_in_claim_fields_as_text(client, payload):
    org = make_organisation(name=f"Org {payload}")
    source = make_source(title=f"Title {payload}", text=f"They said {payload} today.", publisher=org)
    claim = make_claim(statement=f"Claim {payload}", claim_reviewed=f"Reviewed {payload}")
    make_appearance(claim, source, quote=payload, speaker=org, date_note=payload)
    make_published_verification(claim, rationale=f"Because {payload}", evidence_notes=payload)
    for url in ["/", "/claims/", claim.get_absolute_url(), source.get_absolute_url(), org.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert payload not in html.replace(jsonld_block(html), ""), url
    jsonld = jsonld_of(client.get(claim.get_absolute_url()).content.decode())
    assert 'href="javascript:' not in html
    assert jsonld["claimReviewed"] == f"Reviewed {payload}"  # intact for machines, yet unable to break the page


def jsonld_block(html: str) -> str:
    match = re.search(r'<script type="application/ld\+json">.*?</script>', html, re.S)
    return match.group(0) if match else ""


def test_it_cannot_be_broken_out_of_the_jsonld_block(client):
    claim = make_claim(statement="</script><script>alert(1)</script>", claim_reviewed="</script><script>alert(3)")
    make_published_verification(claim)
    html = client.get(claim.get_absolute_url()).content.decode()
    assert html.count("<script") == 1  # only the JSON-LD element itself


def test_it_serves_and_publishes_when_the_shared_cache_is_down(client, monkeypatch, reporter, editor):
    claim = published_claim(3)

    def unreachable(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to cache.internal:6379. Connection refused.")

    for method in ("get", "set", "add"):
        monkeypatch.setattr(cache, method, unreachable)
    assert client.get(claim.get_absolute_url()).status_code == 200
    assert client.get("/claims/").status_code == 200
    correct(claim, "Still one origin.", reporter, editor)  # a publish bumps the site version: it must not fail


def test_it_answers_a_host_it_does_not_serve_with_a_400_and_caches_nothing(client, caplog):
    claim = published_claim(3)
    assert client.get(claim.get_absolute_url(), HTTP_HOST="evil.example").status_code == 400
    assert "cache cannot be reached" not in caplog.text
