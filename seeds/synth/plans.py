"""What the generator decides about each row before it is written: plain records, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from claims.quantities import Quantity


@dataclass(slots=True)
class TopicPlan:
    id: int
    name: str
    slug: str
    description: str


@dataclass(slots=True)
class ActorPlan:
    id: int
    kind: str
    name: str
    slug: str
    organisation_id: int | None
    role: str
    aliases: str
    description: str
    url: str
    created_at: datetime


@dataclass(slots=True)
class SourcePlan:
    id: int
    kind: str
    title: str
    slug: str
    url: str
    publisher_id: int | None
    publisher_name: str
    byline: str
    published_at: datetime
    retrieved_at: datetime
    language: str
    notes: str
    text: str = ""


@dataclass(slots=True)
class CitationPlan:
    id: int
    source_id: int
    cited_source_id: int | None
    cited_actor_id: int | None
    note: str
    created_at: datetime


@dataclass(slots=True)
class VerificationPlan:
    id: int
    claim_id: int
    status_id: int
    state: str
    rationale: str
    author_id: int
    created_at: datetime
    updated_at: datetime
    reviewer_id: int | None = None
    submitted_at: datetime | None = None
    published_at: datetime | None = None
    withdrawn_at: datetime | None = None
    supersedes_id: int | None = None
    correction_note: str = ""
    withdrawal_reason: str = ""
    evidence_notes: str = ""
    evidence: list[int] = field(default_factory=list)


@dataclass(slots=True)
class ClaimPlan:
    id: int
    statement: str
    claim_reviewed: str  # ClaimReview's short text, 75 characters at most
    slug: str
    quantity: Quantity | None
    created_by_id: int
    created_at: datetime
    updated_at: datetime
    topic_ids: list[int]
    # How the claim is worded in sources: "<subject> <predicate>", e.g. "Veskaria" "sent 3,000 troops".
    subject: str
    predicate: str
    claimant_id: int | None
    home_source_id: int
    home_publisher_name: str
    verifications: list[VerificationPlan] = field(default_factory=list)


@dataclass(slots=True)
class AppearancePlan:
    claim: ClaimPlan
    speaker_id: int | None
    speaker_name: str
    stance: str
    stated_on: date | None
    date_note: str
    date_phrase: str  # how the sentence dates it: " on Tuesday", " last week" or ""
    whole: bool  # quote the whole statement, or only its predicate after the subject
    relayed_from: int | None = None  # the earlier source it reached this one through
    # Set when the source's text is written:
    id: int = 0
    source_id: int = 0
    via_id: int | None = None
    quote: str = ""
    start: int = 0
    prefix: str = ""
    suffix: str = ""
    created_at: datetime | None = None


@dataclass(slots=True)
class RelationPlan:
    id: int
    from_claim_id: int
    kind: str
    to_claim_id: int
    note: str
