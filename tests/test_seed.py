import datetime
import re
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from claims.corroboration import claim_corroboration
from claims.models import Appearance, Claim, ClaimRelation, Verification
from claims.timeline import claim_timeline
from sources.models import Actor, Source

# The subject here is the demo content itself, so these tests read the seed, loaded once for the
# module (see conftest.seeded); every test, including those of the command's errors, runs on it.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded")]

SEEDED_APPS = ("sources", "claims", "figures", "auth")


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for app in SEEDED_APPS
        for model in apps.get_app_config(app).get_models()
    }


def test_it_is_idempotent():
    before = row_counts()
    call_command("seed", stdout=StringIO())
    assert row_counts() == before
    assert before["claims.Claim"] >= 10
    assert before["claims.HistoricalClaim"] > 0  # counted above: a second run writes no history either


def test_it_loads_the_actors_the_articles_name():
    names = set(Actor.objects.values_list("name", flat=True))
    for name in ["Lloyd Austin", "John Kirby", "Volodymyr Zelenskyy", "Vedant Patel", "Reuters", "Yonhap News Agency"]:
        assert name in names
    assert Actor.objects.get(slug="john-kirby").top_organisation.slug == "us-government"
    assert Actor.objects.get(slug="south-korea-nis").top_organisation.slug == "government-of-south-korea"


def test_it_stores_each_source_with_its_snapshot_hash():
    for source in Source.objects.all():
        assert source.text and len(source.text_sha256) == 64


def test_it_anchors_every_quote_in_its_source_snapshot():
    for appearance in Appearance.objects.select_related("source"):
        assert appearance.source.text[appearance.start : appearance.end] == appearance.quote


def quantity(slug):
    return Claim.objects.get(slug=slug).quantity


def test_it_seeds_the_12000_total_with_derived_bounds():
    q = quantity("north-korea-committed-12000-troops")
    assert (q.value, q.lower, q.upper, q.unit, q.qualifier) == (12000, 10800, 13200, "troops", "approximately")


def test_it_seeds_the_first_tranche_of_about_3000_with_its_bounds():
    q = quantity("first-tranche-about-3000-troops")
    assert (q.value, q.lower, q.upper, q.qualifier) == (Decimal(3000), Decimal(2700), Decimal(3300), "approximately")
    tranche = Claim.objects.get(slug="first-tranche-about-3000-troops")
    assert tranche.relations_out.get().to_claim.slug == "north-korea-committed-12000-troops"


def test_it_derives_12000_from_two_regiments_of_6000():
    regiments = quantity("two-regiments-of-6000-soldiers")
    assert (regiments.value, regiments.multiplier) == (6000, 2)
    assert regiments.total.value == 12000
    total = Claim.objects.get(slug="north-korea-committed-12000-troops")
    derived = ClaimRelation.objects.get(from_claim=total, kind=ClaimRelation.Kind.DERIVED_FROM)
    assert derived.to_claim.slug == "two-regiments-of-6000-soldiers"
    assert derived.to_claim.quantity.total.value == total.value


def test_it_seeds_around_1500_already_deployed():
    q = quantity("about-1500-soldiers-already-deployed")
    assert (q.value, q.lower, q.upper, q.unit) == (1500, 1350, 1650, "soldiers")


def test_it_seeds_published_and_unpublished_verdicts():
    states = set(Verification.objects.values_list("state", flat=True))
    assert Verification.State.PUBLISHED in states
    assert states & {Verification.State.DRAFT, Verification.State.IN_REVIEW}
    assert Claim.objects.published().count() < Claim.objects.count()


def test_it_seeds_a_published_correction_of_a_verdict():
    correction = Verification.objects.corrections_log().get(claim__slug="three-training-sites-in-eastern-russia")
    assert correction.state == Verification.State.PUBLISHED
    assert correction.correction_note.startswith("We first attributed the three training sites")
    assert correction.supersedes is not None and correction.supersedes.state == Verification.State.SUPERSEDED
    assert correction.claim.checked_at == correction.published_at > correction.supersedes.published_at


def test_it_seeds_a_withdrawn_verdict_with_its_reason():
    withdrawn = Verification.objects.corrections_log().get(state=Verification.State.WITHDRAWN)
    assert withdrawn.claim.slug == "sea-route-wonsan-to-vladivostok"
    assert withdrawn.withdrawal_reason.startswith("Withdrawn while we check it again.")
    assert withdrawn.withdrawn_at > withdrawn.published_at
    assert withdrawn.claim.checked_at is None
    assert not Claim.objects.published().filter(pk=withdrawn.claim_id).exists()  # no verdict stands


def test_it_seeds_every_published_verdict_under_the_two_person_rule():
    once_published = Verification.objects.filter(published_at__isnull=False).select_related("author", "reviewer")
    assert once_published.count() >= 9
    for verdict in once_published:
        assert verdict.reviewer is not None and verdict.reviewer != verdict.author


def test_it_shows_the_seeded_correction_and_withdrawal_on_first_visit(client):
    log = client.get("/corrections/").content.decode()
    assert "We first attributed the three training sites" in log and "Withdrawn while we check it again." in log
    feed = client.get("/feeds/corrections.rss").content.decode()
    assert feed.count("<item>") == 2


# -- what corroboration and the timeline make of the demo content (DESIGN.md's worked example) --------------


def corroboration_of(slug: str):
    return claim_corroboration(Claim.objects.get(slug=slug))


def test_it_finds_two_origins_for_the_12000_total():
    corroboration = corroboration_of("north-korea-committed-12000-troops")

    south_korea, ukraine = corroboration.origins
    assert (south_korea.label, [a.slug for a in south_korea.actors]) == (
        "Government of South Korea",
        ["south-korea-nis"],
    )
    assert (ukraine.label, [a.slug for a in ukraine.actors]) == ("Government of Ukraine", ["volodymyr-zelenskyy"])
    assert {a.claim.slug for a in ukraine.appearances} == {"two-regiments-of-6000-soldiers"}
    assert corroboration.suggestion.slug == "corroborated"
    assert corroboration.suggestion.status.slug == "corroborated"


def test_it_shows_the_12000_total_relayed_by_yonhap():
    chains = corroboration_of("north-korea-committed-12000-troops").chains

    relayed = next(chain for chain in chains if chain.appearance.via is not None)
    assert relayed.label.endswith(
        "on North Korean Troop Deployment to Russia” → Yonhap News Agency → "
        "National Intelligence Service (NIS) (Government of South Korea)"
    )
    assert chains[-1].label.startswith("via derived claim “North Korea is forming two regiments")


def test_it_finds_the_first_tranche_single_source():
    corroboration = corroboration_of("first-tranche-about-3000-troops")

    assert [origin.label for origin in corroboration.origins] == ["United States government"]
    assert corroboration.suggestion.slug == "single-source"


def test_it_finds_three_origins_for_the_troops_in_russia():
    corroboration = corroboration_of("north-korean-troops-in-russia")

    assert [origin.label for origin in corroboration.origins] == [
        "Government of South Korea",
        "Government of Ukraine",
        "United States government",
    ]
    assert corroboration.suggestion.slug == "corroborated"


def test_it_suggests_disputed_for_the_election_delay():
    suggestion = corroboration_of("us-delayed-confirmation-for-election").suggestion

    assert suggestion.slug == "disputed"
    assert suggestion.reason.startswith("Vedant Patel (U.S. State Department, United States government) disputes it")


def october(n: int) -> datetime.date:
    return datetime.date(2024, 10, n)


def test_it_shows_the_us_confirming_ten_days_after_ukraine():
    timeline = claim_timeline(Claim.objects.get(slug="north-korean-troops-in-russia"))

    assert [(e.speaker.slug, e.date, e.stance, e.lag_days) for e in timeline.entries] == [
        ("volodymyr-zelenskyy", october(13), "asserts", 0),
        ("south-korea-nis", october(18), "asserts", 5),
        ("lloyd-austin", october(23), "confirms", 10),
        ("john-kirby", october(23), "confirms", 10),
    ]
    assert not any(entry.date_is_report_date for entry in timeline.entries)
    assert timeline.first_confirmation_lag_days == 10


def test_it_dates_the_regiments_by_the_report():
    (entry,) = claim_timeline(Claim.objects.get(slug="two-regiments-of-6000-soldiers")).entries

    assert (entry.date, entry.date_is_report_date, entry.date_note) == (october(24), True, "later than 13 October")


# -- the claim pages a first visitor opens (issue 13) ------------------------------------------------------


def test_it_shows_every_published_check_with_its_claimant_and_the_bylines_of_team_members(client):
    for claim in Claim.objects.published():
        html = client.get(claim.get_absolute_url()).content.decode()
        top = html[: html.index("</header>", html.index("check-header"))]
        assert '<p class="claimant">' in top, claim.slug
        # Bylines of team members (a correction is signed by whoever wrote and reviewed it).
        assert re.search(r'Checked by <a href="/about/team/#[a-z-]+"', top), claim.slug
        assert re.search(r'Edited by <a href="/about/team/#[a-z-]+"', top), claim.slug


def test_it_traces_the_12000_total_to_ukraine_through_the_published_two_regiment_claim(client):
    html = client.get("/claims/north-korea-committed-12000-troops/").content.decode()
    origins = html[html.index('id="origins"') : html.index('id="timeline"')]
    assert "Independent origins: 2" in origins
    assert "Government of South Korea" in origins and "Government of Ukraine" in origins
    assert 'href="/claims/two-regiments-of-6000-soldiers/"' in origins


# -- the command ------------------------------------------------------------------------------------


def test_it_sets_demo_passwords_only_when_asked():
    call_command("seed", stdout=StringIO())
    editor = get_user_model().objects.get(username="editor")
    assert not editor.has_usable_password()
    call_command("seed", "--demo-password", "s3cret-demo", stdout=StringIO())
    editor.refresh_from_db()
    assert editor.check_password("s3cret-demo")


def test_it_refuses_a_bad_seed_file_and_stores_nothing(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[actors]]\nslug = "a"\nname = "A"\n\n'
        '[[claims]]\nslug = "c"\nstatement = "S"\nquantity = { value = "5", lower = "9", qualifier = "approximately",'
        ' unit = "troops" }\n'
    )
    before = row_counts()
    with pytest.raises(CommandError, match="lower bound cannot be above the value"):
        call_command("seed", "--file", str(bad))
    assert row_counts() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not = [valid", "not valid TOML"),
        (b"\xff\xfe\x00binary", "not UTF-8"),
        (b'[[sources]]\nslug = "s"\ntitle = "T"\npublisher = "nobody"\n', "No actor with slug 'nobody'"),
    ],
)
def test_it_names_the_problem_in_a_bad_file(tmp_path: Path, content, message):
    bad = tmp_path / "bad.toml"
    bad.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("seed", "--file", str(bad))


SEED_USERS = '[[users]]\nusername = "r"\nrole = "reporter"\n\n[[users]]\nusername = "e"\nrole = "editor"\n\n'
SEED_CLAIM = '[[claims]]\nslug = "c"\nstatement = "S."\nowner = "r"\n\n'
PUBLISHED = (
    'status = "single-source"\nstate = "{state}"\nauthor = "{author}"\nreviewer = "{reviewer}"\nrationale = "R."\n'
    "published_at = 2024-10-25T12:00:00Z\n"
)


@pytest.mark.parametrize(
    ("verdicts", "message"),
    [
        (
            "[claims.verification]\n" + PUBLISHED.format(state="withdrawn", author="r", reviewer="r"),
            "needs a reviewer other than its author",
        ),
        (
            "[[claims.verifications]]\n"
            + PUBLISHED.format(state="in_review", author="r", reviewer="")
            + "\n[[claims.verifications]]\n"
            + PUBLISHED.format(state="published", author="e", reviewer="r")
            + 'correction_note = "Fixed."\n',
            "must then be 'superseded'",
        ),
        (
            "[[claims.verifications]]\n"
            + PUBLISHED.format(state="superseded", author="r", reviewer="e")
            + "\n[[claims.verifications]]\n"
            + PUBLISHED.format(state="published", author="e", reviewer="r"),
            "needs a correction_note readers see",
        ),
    ],
)
def test_it_refuses_verdicts_the_workflow_could_not_have_left(tmp_path: Path, verdicts, message):
    bad = tmp_path / "bad.toml"
    bad.write_text(SEED_USERS + SEED_CLAIM + verdicts)
    before = row_counts()
    with pytest.raises(CommandError, match=message):
        call_command("seed", "--file", str(bad))
    assert row_counts() == before


def test_it_reports_a_missing_file(tmp_path: Path):
    with pytest.raises(CommandError, match="Cannot read seed file"):
        call_command("seed", "--file", str(tmp_path / "missing.toml"))


# What readers type (issue 13): claimant names and aliases, a figure with or without its comma,
# singular or plural. The same search serves the public list and the API.
READER_SEARCHES = [
    ("Kirby", "first-tranche-about-3000-troops"),
    ("Zelenskyy", "north-korean-troops-in-russia"),
    ("NIS", "north-korea-committed-12000-troops"),
    ("12000", "north-korea-committed-12000-troops"),
    ("12,000", "north-korea-committed-12000-troops"),
    ("soldier", "about-1500-soldiers-already-deployed"),
    ("troop", "first-tranche-about-3000-troops"),
]


@pytest.mark.parametrize(("typed", "slug"), READER_SEARCHES)
def test_it_finds_what_readers_type_on_the_public_list_and_the_api(client, typed, slug):
    page = client.get("/claims/", {"q": typed})
    assert page.status_code == 200 and f"/claims/{slug}/" in page.content.decode()
    found = client.get("/api/v1/claims/", {"q": typed, "page_size": 100}).json()["results"]
    assert slug in [claim["slug"] for claim in found]
