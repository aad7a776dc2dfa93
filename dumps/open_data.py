"""
Open-data files: what readers may already see, in files researchers and aggregators can load.

- ``claimreview.json``: a JSON array of schema.org ClaimReview, one per published check, built by
  claims.claimreview (the builder of the pages and the API);
- ``claims.csv``: each published claim with its quantity and current verdict;
- ``appearances.csv``: each appearance of a published claim: the quote, who said it, where, when;
- ``verdicts.csv``: each verdict ever published on a published claim (current, superseded by a
  correction, or withdrawn), with its rationale, correction note and evidence.

Published material only, decided where the API and the pages decide it: Claim.objects.published(),
Verification.objects.public() and claims.visibility. Drafts, work in review, and sources and
actors that only unpublished work names are never read into these files. Written in keyset
batches, so memory stays flat for any archive size; each file is written beside its final name
and renamed into place when complete.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from claims.claimreview import claim_public_url, claim_review, source_public_url
from claims.models import Appearance, Claim, Verification
from claims.quantities import format_number
from claims.visibility import public_sources
from sources.models import Source

BATCH = 500  # claims per query; their appearances and verdicts come in a few more

CLAIM_COLUMNS = [
    "slug", "url", "statement", "value", "lower", "upper", "unit", "qualifier", "multiplier",
    "verdict", "verdict_label", "rating_value", "best_rating", "worst_rating", "checked_at", "topics",
]  # fmt: skip
APPEARANCE_COLUMNS = [
    "claim", "claim_url", "source_title", "source_url", "source_kind", "publisher", "source_published_at",
    "speaker", "speaker_kind", "via", "stance", "quote", "stated_on", "date_note", "start", "end",
]  # fmt: skip
VERDICT_COLUMNS = [
    "id", "claim", "claim_url", "verdict", "verdict_label", "state", "published_at", "withdrawn_at", "supersedes",
    "rationale", "evidence", "evidence_notes", "correction_note", "withdrawal_reason",
]  # fmt: skip


@dataclass
class OpenDataSummary:
    rows: dict[str, int] = field(default_factory=dict)  # file name -> records written


def open_data_write(*, directory: Path) -> OpenDataSummary:
    """Write the four open-data files into ``directory`` (created if missing), replacing older ones."""
    directory.mkdir(parents=True, exist_ok=True)
    summary = OpenDataSummary()
    with (
        _replaced(directory / "claimreview.json") as reviews,
        _replaced(directory / "claims.csv") as claims_file,
        _replaced(directory / "appearances.csv") as appearances_file,
    ):
        claims_csv = _csv(claims_file, CLAIM_COLUMNS)
        appearances_csv = _csv(appearances_file, APPEARANCE_COLUMNS)
        reviews.write("[")
        count = appearances = 0
        for claims in _batches(Claim.objects.published().for_display()):
            public_cited = _public_among(
                [a.via.cited_source_id for c in claims for a in c.appearances.all() if a.via and a.via.cited_source_id]
            )
            for claim in claims:
                reviews.write(("\n" if count == 0 else ",\n") + json.dumps(claim_review(claim), ensure_ascii=False))
                claims_csv.writerow(_claim_row(claim))
                count += 1
                for appearance in claim.appearances.all():
                    appearances_csv.writerow(_appearance_row(claim, appearance, public_cited))
                    appearances += 1
        reviews.write("\n]\n")
    summary.rows.update({"claimreview.json": count, "claims.csv": count, "appearances.csv": appearances})
    with _replaced(directory / "verdicts.csv") as verdicts_file:
        verdicts_csv = _csv(verdicts_file, VERDICT_COLUMNS)
        verdicts = (
            Verification.objects.public()
            .select_related("status", "claim")
            .defer("claim__search_text", "claim__search_vector")
            .prefetch_related(Prefetch("evidence", Source.objects.defer("text", "notes")))
        )
        count = 0
        for batch in _batches(verdicts):
            for verification in batch:
                verdicts_csv.writerow(_verdict_row(verification))
                count += 1
    summary.rows["verdicts.csv"] = count
    return summary


def _batches(queryset: QuerySet[Any]) -> Iterator[list[Any]]:
    """The queryset in primary-key order, BATCH rows (and their prefetches) at a time, by keyset."""
    last = 0
    while True:
        batch = list(queryset.filter(pk__gt=last).order_by("pk")[:BATCH])
        if not batch:
            return
        yield batch
        last = batch[-1].pk


def _public_among(source_ids: list[int]) -> set[int]:
    """Which of these cited sources the public may see: only those are named in 'via'."""
    if not source_ids:
        return set()
    return set(public_sources().filter(pk__in=set(source_ids)).values_list("pk", flat=True))


def _claim_row(claim: Claim) -> list[Any]:
    verdict = claim.current_verdict
    assert verdict is not None  # published() claims have one
    status = verdict.status
    return [
        claim.slug,
        claim_public_url(claim),
        claim.statement,
        _number(claim.value),
        _number(claim.lower),
        _number(claim.upper),
        claim.unit,
        claim.qualifier,
        claim.multiplier,
        status.slug,
        status.label,
        status.rating_value,
        status.best_rating,
        status.worst_rating,
        _when(verdict.published_at),
        ";".join(sorted(t.slug for t in claim.topics.all())),
    ]


def _appearance_row(claim: Claim, appearance: Appearance, public_cited: set[int]) -> list[Any]:
    source = appearance.source
    speaker = appearance.speaker
    return [
        claim.slug,
        claim_public_url(claim),
        source.title,
        source_public_url(source),
        source.kind,
        source.publisher.name if source.publisher else "",
        _when(source.published_at),
        speaker.name if speaker else "",
        speaker.kind if speaker else "",
        _via(appearance, public_cited),
        appearance.stance,
        appearance.quote,
        _when(appearance.stated_on),
        appearance.date_note,
        appearance.start,
        appearance.end,
    ]


def _via(appearance: Appearance, public_cited: set[int]) -> str:
    citation = appearance.via
    if citation is None:
        return ""
    if citation.cited_actor is not None:
        return citation.cited_actor.name
    if citation.cited_source is not None and citation.cited_source.pk in public_cited:
        return citation.cited_source.title
    return ""


def _verdict_row(verification: Verification) -> list[Any]:
    claim = verification.claim
    return [
        verification.pk,
        claim.slug,
        claim_public_url(claim),
        verification.status.slug,
        verification.status.label,
        verification.state,
        _when(verification.published_at),
        _when(verification.withdrawn_at),
        verification.supersedes_id or "",
        verification.rationale,
        " ".join(source_public_url(s) for s in sorted(verification.evidence.all(), key=lambda s: s.pk)),
        verification.evidence_notes,
        verification.correction_note,
        verification.withdrawal_reason,
    ]


def _number(number: Any) -> str:
    return "" if number is None else format_number(number).replace(",", "")


def _when(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).isoformat()
    return value.isoformat()


def _csv(stream: IO[str], columns: list[str]) -> Any:
    writer = csv.writer(stream)
    writer.writerow(columns)
    return writer


@contextmanager
def _replaced(path: Path) -> Iterator[IO[str]]:
    """A file written beside ``path`` and renamed onto it only when complete."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
