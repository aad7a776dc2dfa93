from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from claims.models import Appearance, Claim, ClaimRelation, Verification
from sources.models import Actor, Source

pytestmark = pytest.mark.django_db

SEEDED_APPS = ("sources", "claims", "auth")


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for app in SEEDED_APPS
        for model in apps.get_app_config(app).get_models()
    }


def test_it_is_idempotent(seeded):
    before = row_counts()
    call_command("seed", stdout=StringIO())
    assert row_counts() == before
    assert before["claims.Claim"] >= 10
    assert before["claims.HistoricalClaim"] > 0  # counted above: a second run writes no history either


def test_it_loads_the_actors_the_articles_name(seeded):
    names = set(Actor.objects.values_list("name", flat=True))
    for name in ["Lloyd Austin", "John Kirby", "Volodymyr Zelenskyy", "Vedant Patel", "Reuters", "Yonhap News Agency"]:
        assert name in names
    assert Actor.objects.get(slug="john-kirby").top_organisation.slug == "us-government"
    assert Actor.objects.get(slug="south-korea-nis").top_organisation.slug == "government-of-south-korea"


def test_it_stores_each_source_with_its_snapshot_hash(seeded):
    for source in Source.objects.all():
        assert source.text and len(source.text_sha256) == 64


def test_it_anchors_every_quote_in_its_source_snapshot(seeded):
    for appearance in Appearance.objects.select_related("source"):
        assert appearance.source.text[appearance.start : appearance.end] == appearance.quote


def quantity(slug):
    return Claim.objects.get(slug=slug).quantity


def test_it_seeds_the_12000_total_with_derived_bounds(seeded):
    q = quantity("north-korea-committed-12000-troops")
    assert (q.value, q.lower, q.upper, q.unit, q.qualifier) == (12000, 10800, 13200, "troops", "approximately")


def test_it_seeds_the_first_tranche_of_about_3000_with_its_bounds(seeded):
    q = quantity("first-tranche-about-3000-troops")
    assert (q.value, q.lower, q.upper, q.qualifier) == (Decimal(3000), Decimal(2700), Decimal(3300), "approximately")
    tranche = Claim.objects.get(slug="first-tranche-about-3000-troops")
    assert tranche.relations_out.get().to_claim.slug == "north-korea-committed-12000-troops"


def test_it_derives_12000_from_two_regiments_of_6000(seeded):
    regiments = quantity("two-regiments-of-6000-soldiers")
    assert (regiments.value, regiments.multiplier) == (6000, 2)
    assert regiments.total.value == 12000
    total = Claim.objects.get(slug="north-korea-committed-12000-troops")
    derived = ClaimRelation.objects.get(from_claim=total, kind=ClaimRelation.Kind.DERIVED_FROM)
    assert derived.to_claim.slug == "two-regiments-of-6000-soldiers"
    assert derived.to_claim.quantity.total.value == total.value


def test_it_seeds_around_1500_already_deployed(seeded):
    q = quantity("about-1500-soldiers-already-deployed")
    assert (q.value, q.lower, q.upper, q.unit) == (1500, 1350, 1650, "soldiers")


def test_it_seeds_published_and_unpublished_verdicts(seeded):
    states = set(Verification.objects.values_list("state", flat=True))
    assert Verification.State.PUBLISHED in states
    assert states & {Verification.State.DRAFT, Verification.State.IN_REVIEW}
    assert Claim.objects.published().count() < Claim.objects.count()


def test_it_sets_demo_passwords_only_when_asked(db):
    from django.contrib.auth import get_user_model

    call_command("seed", stdout=StringIO())
    editor = get_user_model().objects.get(username="editor")
    assert not editor.has_usable_password()
    call_command("seed", "--demo-password", "s3cret-demo", stdout=StringIO())
    editor.refresh_from_db()
    assert editor.check_password("s3cret-demo")


def test_it_refuses_a_bad_seed_file_and_stores_nothing(db, tmp_path: Path):
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
def test_it_names_the_problem_in_a_bad_file(db, tmp_path: Path, content, message):
    bad = tmp_path / "bad.toml"
    bad.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("seed", "--file", str(bad))


def test_it_reports_a_missing_file(db, tmp_path: Path):
    with pytest.raises(CommandError, match="Cannot read seed file"):
        call_command("seed", "--file", str(tmp_path / "missing.toml"))
