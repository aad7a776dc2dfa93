"""export --open-data: ClaimReview and CSV files of published material only."""

import csv
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from claims.claimreview import claim_review
from claims.models import Claim, Verification
from tests.factories import (
    make_actor,
    make_appearance,
    make_citation,
    make_claim,
    make_published_verification,
    make_source,
    make_verification,
    status,
)

pytestmark = pytest.mark.django_db

CANARY = "DRAFT-CANARY-7f3a"
FILES = ["claimreview.json", "claims.csv", "appearances.csv", "verdicts.csv"]


def open_data(directory: Path) -> dict[str, str]:
    call_command("export", "--open-data", str(directory), stderr=StringIO())
    return {name: (directory / name).read_text(encoding="utf-8") for name in FILES}


def records(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(StringIO(text)))


@pytest.fixture
def published():
    """A published claim said by a public speaker, with one correction: two published verdicts, one current."""
    claim = make_claim(
        statement="About 3,000 troops arrived first.", value=3000, unit="troops", qualifier="approximately"
    )
    make_appearance(claim, speaker=make_actor(name="Public Speaker"), quote="about 3,000 troops")
    first = make_published_verification(claim, status=status("single-source"))
    Verification.objects.filter(pk=first.pk).update(state=Verification.State.SUPERSEDED)
    make_published_verification(
        claim, status=status("corroborated"), supersedes=first, correction_note="A second origin confirmed it."
    )
    return claim


@pytest.fixture
def drafts(published):
    """Unpublished work, each piece carrying the canary where the public must never read it."""
    # A draft claim, with a source and a speaker that only it names.
    draft = make_claim(statement=f"{CANARY} statement of a draft claim.", slug="draft-canary")
    secret_source = make_source(title=f"{CANARY} unpublished source", text=f"Text {CANARY} quoted here.")
    make_appearance(draft, secret_source, speaker=make_actor(name=f"{CANARY} Actor"), quote=f"{CANARY} quoted")
    make_verification(draft, rationale=f"{CANARY} rationale of a draft verdict.")
    # A claim in review.
    make_verification(make_claim(statement=f"{CANARY} in review."), state=Verification.State.IN_REVIEW)
    # A draft correction of the published claim, and a withdrawn verdict of another claim.
    make_verification(published, rationale=f"{CANARY} draft correction.", correction_note=f"{CANARY} note.")
    withdrawn = make_published_verification(make_claim(statement=f"{CANARY} withdrawn claim."))
    Verification.objects.filter(pk=withdrawn.pk).update(
        state=Verification.State.WITHDRAWN, withdrawn_at=timezone.now(), withdrawal_reason="Wrong."
    )
    Claim.objects.filter(pk=withdrawn.claim_id).update(checked_at=None)
    # A public source citing the unpublished one: the quote is public, the cited title is not.
    public_source = make_source(text="As the unpublished source said, about 3,000 troops came.")
    make_appearance(
        published,
        public_source,
        quote="about 3,000 troops came",
        via=make_citation(public_source, cited_source=secret_source),
    )


def test_it_never_writes_unpublished_material(drafts, published, tmp_path):
    files = open_data(tmp_path)
    for name, text in files.items():
        assert CANARY not in text, f"{name} leaks unpublished material"
    assert published.slug in files["claims.csv"]  # the files are not empty


def test_it_writes_the_claimreview_of_every_published_check(drafts, published, tmp_path):
    reviews = json.loads(open_data(tmp_path)["claimreview.json"])
    expected = [claim_review(c) for c in Claim.objects.published().for_display().order_by("pk")]
    assert reviews == json.loads(json.dumps(expected))
    assert len(reviews) == 1


def test_it_writes_published_claims_with_their_current_verdict(drafts, published, tmp_path):
    (row,) = records(open_data(tmp_path)["claims.csv"])
    assert row["slug"] == published.slug
    assert row["verdict"] == "corroborated"
    assert (row["value"], row["lower"], row["upper"], row["unit"]) == ("3000", "2700", "3300", "troops")


def test_it_writes_every_appearance_of_published_claims(drafts, published, tmp_path):
    rows = records(open_data(tmp_path)["appearances.csv"])
    assert sorted(r["quote"] for r in rows) == ["about 3,000 troops", "about 3,000 troops came"]
    assert {r["speaker"] for r in rows} == {"Public Speaker", ""}
    assert {r["via"] for r in rows} == {""}  # the cited source is not public


def test_it_names_a_cited_actor_as_the_way_a_quote_came(published, tmp_path):
    source = make_source(text="According to Yonhap, about 3,000 troops landed.")
    via = make_citation(source, cited_actor=make_actor(name="Yonhap"))
    make_appearance(published, source, quote="about 3,000 troops landed", via=via)
    rows = records(open_data(tmp_path)["appearances.csv"])
    assert "Yonhap" in {r["via"] for r in rows}


def test_it_writes_every_verdict_ever_published_on_a_published_claim(drafts, published, tmp_path):
    rows = records(open_data(tmp_path)["verdicts.csv"])
    assert [(r["state"], r["verdict"]) for r in rows] == [
        ("superseded", "single-source"),
        ("published", "corroborated"),
    ]
    assert rows[1]["correction_note"] == "A second origin confirmed it."


def test_it_writes_files_with_only_a_header_when_nothing_is_published(tmp_path):
    files = open_data(tmp_path)
    assert json.loads(files["claimreview.json"]) == []
    assert files["claims.csv"].startswith("slug,url,statement,")
    assert records(files["verdicts.csv"]) == []


def test_it_names_a_directory_it_cannot_write_to(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    with pytest.raises(CommandError, match="Cannot write the open-data files into"):
        call_command("export", "--open-data", str(blocked), stderr=StringIO())
