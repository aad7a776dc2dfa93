"""
Related fact-checks: other published checks a reader of one claim may want next.

Three reasons, each looked up along its own index and cut short, so the cost does not grow with
the archive: the same named claimant (appearances by speaker), the same topic (the latest checks
on it) and the same figure (the same unit, with a lower bound within a factor of three of this
claim's value: the (lower(unit), lower) index). The candidates, at most CANDIDATES of each, are
then read as claims, published ones only, the latest checked first. Candidates by claimant and by
figure come in index order, not newest first: which 20 of a prolific speaker's claims are offered
matters less than a claim page that does not read all of them.

related_checks() runs four queries whatever the archive's size, three when the claim has no quantity.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models.functions import Lower

from claims.models import Appearance, Claim

CANDIDATES = 20  # per reason; the page shows at most `limit` of all of them
FIGURE_FACTOR = Decimal(3)  # "the same figure": the same unit, a lower bound from a third to three times the value


@dataclass(frozen=True)
class RelatedCheck:
    claim: Claim  # annotated with its verdict's label and colour (Claim.objects.with_current_verdict())
    reason: str  # "same claimant", "same topic", "same figure"

    def __str__(self) -> str:
        return f"{self.claim} ({self.reason})"


def related_checks(claim: Claim, *, exclude: Iterable[int] = (), limit: int = 5) -> list[RelatedCheck]:
    """
    Up to ``limit`` published checks related to ``claim`` but not ``claim`` itself nor the ids in
    ``exclude`` (the claims it is explicitly related to, which the page lists on their own). Reads
    the claim's prefetched topics and appearances (Claim.objects.for_display()).
    """
    skip = {claim.pk, *exclude}
    reasons: dict[int, str] = {}
    for reason, ids in (
        ("same claimant", _by_claimant(claim)),
        ("same topic", _by_topic(claim)),
        ("same figure", _by_figure(claim)),
    ):
        for pk in ids:
            if pk not in skip:
                reasons.setdefault(pk, reason)
    if not reasons:
        return []
    checks = Claim.objects.latest_checks().filter(pk__in=list(reasons)).with_current_verdict()
    checks = checks.only("pk", "slug", "statement", "unit", "checked_at")[:limit]
    return [RelatedCheck(claim=check, reason=reasons[check.pk]) for check in checks]


def _by_claimant(claim: Claim) -> list[int]:
    # One anonymous source is never another.
    speakers = {a.speaker.pk for a in claim.appearances.all() if a.speaker and not a.speaker.is_anonymous}
    if not speakers:
        return []
    # In no order: sorting a prolific speaker's appearances by their claims' dates reads every one of
    # them (1,076 rows, 80 ms on the 1M archive); the first 20 the index gives cost a millisecond.
    appearances = Appearance.objects.filter(speaker_id__in=sorted(speakers)).order_by()
    return list(appearances.values_list("claim_id", flat=True)[:CANDIDATES])


def _by_topic(claim: Claim) -> list[int]:
    topics = [topic.pk for topic in claim.topics.all()]
    if not topics:
        return []
    links = Claim.topics.through.objects.filter(topic_id__in=topics, claim__checked_at__isnull=False)
    return list(links.order_by("-claim__checked_at").values_list("claim_id", flat=True)[:CANDIDATES])


def _by_figure(claim: Claim) -> list[int]:
    figure = next((n for n in (claim.value, claim.lower, claim.upper) if n is not None), None)
    if not claim.unit or figure is None:
        return []
    low, high = figure / FIGURE_FACTOR, figure * FIGURE_FACTOR
    same = Claim.objects.annotate(unit_lower=Lower("unit")).filter(
        unit_lower=claim.unit.lower(), lower__gte=low, lower__lte=high, checked_at__isnull=False
    )
    return list(same.order_by().values_list("pk", flat=True)[:CANDIDATES])  # in no order, as by claimant
