"""
What a verdict needs before it is published: the publish checklist.

The publish transition (claims.services.verification_publish, which also publishes corrections)
refuses a verdict with anything missing, naming each item; the admin shows the same list on the
verification's page and explains the Publish button. One list, so a rule is written once.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.models import Appearance, Verification
from claims.workflow import WorkflowError


@dataclass(frozen=True)
class ChecklistItem:
    code: str  # stable, for API clients: "claimant", "evidence", ...
    label: str  # what is required, as the admin's checklist shows it
    missing: str  # what to do when it is missing
    done: bool


class ChecklistIncomplete(WorkflowError):
    """A publish refused because the checklist is not complete: ``fields`` names each missing item."""

    def __init__(self, missing: list[ChecklistItem]) -> None:
        super().__init__(
            "Not ready to publish: " + " ".join(item.missing for item in missing),
            code="incomplete",
            fields={item.code: [item.missing] for item in missing},
        )
        self.missing = missing


def publish_checklist(verification: Verification) -> list[ChecklistItem]:
    """
    Every item with whether it is done. Two queries besides the claim (which a
    ``select_related("claim")`` saves): does an appearance name a claimant, does the verdict cite evidence.
    """
    claim = verification.claim
    has_claimant = Appearance.objects.filter(claim=claim, speaker__isnull=False).exists()
    has_evidence = verification.evidence.exists() if verification.pk else False
    return [
        ChecklistItem(
            "claimant",
            "A claimant on at least one appearance",
            "Record who made the claim: give at least one appearance its speaker.",
            has_claimant,
        ),
        ChecklistItem(
            "evidence",
            "At least one evidence source",
            "Cite at least one source the verdict rests on as evidence.",
            has_evidence,
        ),
        ChecklistItem(
            "rationale",
            "A rationale",
            "Write the rationale: why this verdict, in words readers can follow.",
            bool(verification.rationale.strip()),
        ),
        ChecklistItem(
            "statement_confirmed",
            "A statement written or confirmed by an editor",
            "The claim's statement is unedited extraction text: reword it or confirm it on the claim.",
            claim.statement_confirmed_by_id is not None,
        ),
        ChecklistItem(
            "claim_reviewed",
            "A short 'claim reviewed' text (at most 75 characters) for ClaimReview",
            "Write the claim's short 'claim reviewed' text (at most 75 characters) for ClaimReview.",
            bool(claim.claim_reviewed.strip()),
        ),
    ]


def require_publish_checklist(verification: Verification) -> None:
    """Raise ChecklistIncomplete naming every item still missing."""
    missing = [item for item in publish_checklist(verification) if not item.done]
    if missing:
        raise ChecklistIncomplete(missing)
