"""synth_archive: a valid synthetic archive in a newsroom's proportions, the same for the same seed."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count, F

from claims.anchoring import CONTEXT_CHARS, anchor_quote
from claims.models import Appearance, Claim, ClaimRelation, Topic, Verification
from seeds.synth.archive import ArchiveGenerator, ArchiveSize, Newsroom
from seeds.synth.writer import ColumnMismatch, TableWriter
from sources.models import Actor, Citation, Source, sha256_hex
from tests.pg_plans import claims_id_scan

pytestmark = pytest.mark.django_db

CLAIMS = 200


@pytest.fixture
def archive():
    call_command("synth_archive", "--claims", str(CLAIMS), "--seed", "7", stdout=StringIO())


def test_it_writes_a_newsroom_s_proportions(archive):
    assert Claim.objects.count() == CLAIMS
    assert Source.objects.count() == CLAIMS // 10
    assert Actor.objects.count() == ArchiveSize.for_claims(CLAIMS).actors == 40
    assert Topic.objects.count() == 8
    assert 1.3 <= Appearance.objects.count() / CLAIMS <= 2.0
    assert 0.3 <= Claim.objects.with_quantity().count() / CLAIMS <= 0.5
    assert ClaimRelation.objects.exists()
    assert Claim.topics.through.objects.count() >= CLAIMS


def test_it_writes_verifications_in_every_workflow_state(archive):
    # Per 100 claims: 80 published, 5 corrected, 2 published with a draft correction, 2 withdrawn,
    # 4 in review, 4 drafts, 3 not yet checked.
    states = dict(Verification.objects.values_list("state").annotate(n=Count("pk")))
    assert states == {"published": 174, "superseded": 10, "withdrawn": 4, "in_review": 8, "draft": 12}
    corrections = Verification.objects.filter(supersedes__isnull=False)
    assert corrections.count() == 14
    assert all(v.correction_note and v.supersedes.claim_id == v.claim_id for v in corrections)
    assert not Verification.objects.filter(reviewer=F("author")).exists()


def test_it_anchors_every_quote_at_its_offsets(archive):
    appearances = list(Appearance.objects.select_related("source"))
    assert appearances
    for a in appearances:
        text = a.source.text
        assert text[a.start : a.end] == a.quote
        assert a.prefix == text[max(0, a.start - CONTEXT_CHARS) : a.start]
        assert a.suffix == text[a.end : a.end + CONTEXT_CHARS]
        assert anchor_quote(text, a.quote, prefix=a.prefix, suffix=a.suffix).start == a.start


def test_it_stores_each_source_s_text_hash(archive):
    for source in Source.objects.all():
        assert source.text_sha256 == sha256_hex(source.text)


def test_it_nests_organisations_three_levels_and_puts_people_in_them(archive):
    assert Actor.objects.filter(organisation__organisation__isnull=False, kind="organisation").exists()
    assert Actor.objects.people().filter(organisation__isnull=False).exists()
    assert Citation.objects.filter(cited_source__isnull=False).exists()
    assert Citation.objects.filter(cited_actor__isnull=False).exists()


def test_it_keeps_every_quantity_as_the_model_derives_it(archive):
    for claim in Claim.objects.with_quantity():
        assert claim.quantity.checked() == claim.quantity


def test_it_publishes_only_claims_with_a_published_verdict(archive, client):
    published = Claim.objects.published()
    assert published.count() == 174
    unpublished = Claim.objects.exclude(pk__in=published.values("pk")).first()
    assert not unpublished.verifications.filter(state="published").exists()
    assert client.get(unpublished.get_absolute_url()).status_code == 404
    assert client.get(published.first().get_absolute_url()).status_code == 200


def test_it_copies_each_claims_checked_at_to_its_appearances(archive, client):
    # As verification_publish leaves them: an actor's page reads its claims through the copy.
    assert (
        not Appearance.objects.exclude(claim_checked_at=F("claim__checked_at"))
        .exclude(claim_checked_at__isnull=True, claim__checked_at__isnull=True)
        .exists()
    )
    assert Appearance.objects.filter(claim_checked_at__isnull=False).exists()
    assert Appearance.objects.filter(claim_checked_at__isnull=True).exists()  # claims with no published verdict
    speaker = Actor.objects.filter(appearances__claim_checked_at__isnull=False).first()
    said = Claim.objects.published().filter(appearances__speaker=speaker).first()
    assert said.statement in client.get(speaker.get_absolute_url()).content.decode()


def test_it_refuses_a_bad_claim_count():
    with pytest.raises(CommandError, match="--claims must be between 1"):
        call_command("synth_archive", "--claims", "0", stdout=StringIO())
    with pytest.raises(CommandError, match="--claims must be a whole number"):
        call_command("synth_archive", "--claims", "many", stdout=StringIO())
    assert not Claim.objects.exists()


def test_it_refuses_a_database_that_already_holds_an_archive(archive):
    with pytest.raises(CommandError, match="already holds an archive"):
        call_command("synth_archive", "--claims", "10", stdout=StringIO())
    assert Claim.objects.count() == CLAIMS


def generated_rows(seed: int) -> list[tuple[str, dict]]:
    written: list[tuple[str, dict]] = []
    newsroom = Newsroom(reporters=[1, 2], editors=[3, 4], chiefs=[5], statuses={"corroborated": 1, "false": 2})
    generator = ArchiveGenerator(
        size=ArchiveSize.for_claims(50), seed=seed, newsroom=newsroom, write=lambda m, r: written.append((m, r))
    )
    generator.generate()
    return written


def test_it_writes_the_same_archive_for_the_same_seed():
    assert generated_rows(3) == generated_rows(3)
    assert generated_rows(3) != generated_rows(4)


def test_it_names_a_column_the_generator_leaves_without_a_value():
    with pytest.raises(ColumnMismatch, match="claims_topic: no value for description"):
        TableWriter(connection, [Topic]).add(Topic, {"id": 1, "name": "Energy", "slug": "energy"})


@pytest.mark.skipif(connection.vendor != "postgresql", reason="VACUUM and index-only scans are PostgreSQL's")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_postgresql_an_index_only_scan_of_the_new_archive_reads_no_table_page():
    """The search columns are written after COPY FREEZE; the vacuum after the commit makes every page
    all-visible again, so matching's index-only scans of claims never visit the table."""
    call_command("synth_archive", "--claims", str(CLAIMS), "--seed", "7", stdout=StringIO())
    plan = claims_id_scan()
    assert plan["Node Type"] == "Index Only Scan"
    assert plan["Heap Fetches"] == 0
