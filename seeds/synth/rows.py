"""
One function per table: a plan turned into the table's columns. The only place that names them.

A column added to a model gets its value here (the writer refuses a row that lacks one). Rows
of synthetic data are first versions (``version`` 1) and leave history tables empty.
"""

from __future__ import annotations

import datetime

from claims.quantities import Quantity
from seeds.synth.plans import (
    ActorPlan,
    AppearancePlan,
    CitationPlan,
    ClaimPlan,
    RelationPlan,
    SourcePlan,
    TopicPlan,
    VerificationPlan,
)
from sources.models import sha256_hex


def topic_row(topic: TopicPlan) -> dict:
    return {"id": topic.id, "name": topic.name, "slug": topic.slug, "description": topic.description}


def actor_row(actor: ActorPlan) -> dict:
    return {
        "id": actor.id,
        "kind": actor.kind,
        "name": actor.name,
        "slug": actor.slug,
        "organisation_id": actor.organisation_id,
        "role": actor.role,
        "aliases": actor.aliases,
        "description": actor.description,
        "url": actor.url,
        "created_at": actor.created_at,
        "updated_at": actor.created_at,
    }


def source_row(source: SourcePlan) -> dict:
    return {
        "id": source.id,
        "kind": source.kind,
        "title": source.title,
        "slug": source.slug,
        "url": source.url,
        "publisher_id": source.publisher_id,
        "byline": source.byline,
        "published_at": source.published_at,
        "retrieved_at": source.retrieved_at,
        "language": source.language,
        "text": source.text,
        "text_sha256": sha256_hex(source.text) if source.text else "",
        "replaced_by_id": None,  # every synthetic source is a current snapshot
        "notes": source.notes,
        "created_at": source.retrieved_at,
        "updated_at": source.retrieved_at,
        "version": 1,
    }


def citation_row(citation: CitationPlan) -> dict:
    return {
        "id": citation.id,
        "source_id": citation.source_id,
        "cited_source_id": citation.cited_source_id,
        "cited_actor_id": citation.cited_actor_id,
        "note": citation.note,
        "created_at": citation.created_at,
    }


def checked_at(claim: ClaimPlan) -> datetime.datetime | None:
    """When the claim's current verdict was published; None while none is."""
    return next((v.published_at for v in claim.verifications if v.state == "published"), None)


def claim_row(claim: ClaimPlan) -> dict:
    quantity = claim.quantity.as_fields() if claim.quantity is not None else Quantity.EMPTY_FIELDS
    published = checked_at(claim)
    ever_published = [v.published_at for v in claim.verifications if v.published_at is not None]
    return {
        "id": claim.id,
        "statement": claim.statement,
        "claim_reviewed": claim.claim_reviewed,
        "slug": claim.slug,
        **quantity,
        "checked_at": published,  # as verification_publish records it
        "first_published_at": min(ever_published, default=None),  # likewise
        "wording_updated_at": None,
        "statement_confirmed_by_id": claim.created_by_id,  # its author wrote it: not extraction's text
        "search_text": "",  # built by reindex_search() once every appearance is written
        "search_vector": None,
        "created_by_id": claim.created_by_id,
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
        "version": 1,
    }


def claim_topic_row(row_id: int, claim_id: int, topic_id: int) -> dict:
    return {"id": row_id, "claim_id": claim_id, "topic_id": topic_id}


def relation_row(relation: RelationPlan) -> dict:
    return {
        "id": relation.id,
        "from_claim_id": relation.from_claim_id,
        "kind": relation.kind,
        "to_claim_id": relation.to_claim_id,
        "note": relation.note,
    }


def appearance_row(appearance: AppearancePlan) -> dict:
    return {
        "id": appearance.id,
        "claim_id": appearance.claim.id,
        "source_id": appearance.source_id,
        "speaker_id": appearance.speaker_id,
        "via_id": appearance.via_id,
        "stance": appearance.stance,
        "quote": appearance.quote,
        "prefix": appearance.prefix,
        "suffix": appearance.suffix,
        "start": appearance.start,
        "end": appearance.start + len(appearance.quote),
        "stated_on": appearance.stated_on,
        "stated_precision": "day",  # synthetic statements are dated to the day
        "date_note": appearance.date_note,
        "claim_checked_at": checked_at(appearance.claim),  # its claim's, as verification_publish copies it
        "created_at": appearance.created_at,
        "updated_at": appearance.created_at,
        "version": 1,
    }


def verification_row(verification: VerificationPlan) -> dict:
    return {
        "id": verification.id,
        "claim_id": verification.claim_id,
        "status_id": verification.status_id,
        "state": verification.state,
        "rationale": verification.rationale,
        "evidence_notes": verification.evidence_notes,
        "correction_note": verification.correction_note,
        "withdrawal_reason": verification.withdrawal_reason,
        "supersedes_id": verification.supersedes_id,
        "author_id": verification.author_id,
        "reviewer_id": verification.reviewer_id,
        "created_at": verification.created_at,
        "updated_at": verification.updated_at,
        "submitted_at": verification.submitted_at,
        "published_at": verification.published_at,
        "withdrawn_at": verification.withdrawn_at,
        "version": 1,
    }


def evidence_row(row_id: int, verification_id: int, source_id: int) -> dict:
    return {"id": row_id, "verification_id": verification_id, "source_id": source_id}
