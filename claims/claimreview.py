"""
schema.org ClaimReview for published verdicts, the structured data aggregators read.

Built from a claim that came through Claim.objects.for_display() (appearances with their sources
and speakers, and verdicts with their status, prefetched), so it runs no queries of its own.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.text import Truncator

from claims.models import Appearance, Claim, Verification
from core.http import absolute
from core.rich_text import markdown_as_text
from sources.models import Actor, Source

SCHEMA = "https://schema.org"
CLAIM_REVIEWED_MAX = 75  # Google shows claimReviewed in at most 75 characters


def claim_public_url(claim: Claim) -> str:
    return absolute(claim.get_absolute_url())


def source_public_url(source: Source) -> str:
    return source.url or absolute(source.get_absolute_url())


def require_current_verdict(claim: Claim) -> Verification:
    """The current verdict of a claim that must have one (ClaimReview, the feeds); ValueError if it has none."""
    verdict = claim.current_verdict
    if verdict is None:
        raise ValueError(f"Claim {claim.pk} has no published verdict.")
    return verdict


def claim_review(claim: Claim) -> dict:
    """ClaimReview of the claim's published verdict; the claim must have one."""
    verification = require_current_verdict(claim)
    status = verification.status
    appearances = _in_date_order(list(claim.appearances.all()))
    first = next((a for a in appearances if a.stance in ("asserts", "relays")), appearances[0] if appearances else None)
    item: dict = {"@type": "Claim"}
    if first is not None:
        # Who made the claim: the first claimant, else the first named speaker at all.
        claimant = first.speaker or next((a.speaker for a in appearances if a.speaker is not None), None)
        if claimant is not None:
            item["author"] = actor_ld(claimant)
        if first_date := _said_on(first):
            item["datePublished"] = first_date
        item["firstAppearance"] = creative_work_ld(first.source)
        item["appearance"] = [creative_work_ld(s) for s in _unique_sources(appearances)]
    return {
        "@context": SCHEMA,
        "@type": "ClaimReview",
        "url": claim_public_url(claim),
        # The short text an editor wrote for aggregators; claims published before it existed have only the statement.
        "claimReviewed": claim.claim_reviewed or Truncator(claim.statement).chars(CLAIM_REVIEWED_MAX),
        **_review_dates(claim, verification),
        "author": {
            "@type": "Organization",
            "name": settings.FACTCHECK_ORGANISATION_NAME,
            "url": settings.FACTCHECK_ORGANISATION_URL,
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": status.rating_value,
            "bestRating": status.best_rating,
            "worstRating": status.worst_rating,
            "alternateName": status.alternate_name,
        },
        "reviewBody": markdown_as_text(verification.rationale),  # written in Markdown; aggregators take text
        "itemReviewed": item,
    }


def _said_on(appearance: Appearance) -> str:
    """When the claim was made, in ISO 8601 at the precision the source gave ('2024-10' for early October)."""
    if appearance.stated_on is not None:
        return appearance.stated_iso
    when, _ = appearance.when_said()  # the report's day
    return when.isoformat() if when else ""


def _review_dates(claim: Claim, verification: Verification) -> dict[str, str]:
    """
    When the check was first published, and, after a correction or a reviewed wording change, when
    it last changed (``dateModified``, which aggregators show as "updated").
    """
    published_at = verification.published_at
    assert published_at is not None  # the current verdict is published
    first = min(filter(None, [claim.first_published_at, published_at]))
    latest = max(filter(None, [published_at, claim.wording_updated_at]))
    dates = {"datePublished": timezone.localdate(first).isoformat()}
    if latest > first:
        dates["dateModified"] = timezone.localdate(latest).isoformat()
    return dates


def actor_ld(actor: Actor) -> dict:
    data: dict[str, Any] = {
        "@type": "Person" if actor.kind == Actor.Kind.PERSON else "Organization",
        "name": actor.name,
    }
    if actor.role and actor.kind == Actor.Kind.PERSON:
        data["jobTitle"] = actor.role
    if actor.url:
        data["sameAs"] = actor.url  # an official page: Google recommends it to tell namesakes apart
    return data


def creative_work_ld(source: Source) -> dict:
    data: dict[str, Any] = {
        "@type": "NewsArticle" if source.kind == Source.Kind.NEWS_ARTICLE else "CreativeWork",
        "url": source_public_url(source),
        "headline": source.title,
    }
    if source.published_at:
        data["datePublished"] = timezone.localdate(source.published_at).isoformat()
    if source.publisher is not None:
        data["publisher"] = {"@type": "Organization", "name": source.publisher.name}
    if source.byline:
        data["author"] = {"@type": "Person", "name": source.byline}
    return data


def _in_date_order(appearances: list[Appearance]) -> list[Appearance]:
    def key(a: Appearance):
        when, _ = a.when_said()
        return (when is None, when or datetime.date.min, a.pk)

    return sorted(appearances, key=key)


def _unique_sources(appearances: list[Appearance]) -> list[Source]:
    seen: dict[int, Source] = {}
    for a in appearances:
        seen.setdefault(a.source_id, a.source)
    return list(seen.values())
