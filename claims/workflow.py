"""
The verification workflow as one table: each transition's from-state, who may run it, and its
labels. The services (claims.services) run it; the admin's buttons and bulk actions and the
API's actions are all drawn from this table, so a rule is written once. A change of a published
claim's wording (a ClaimRevision) runs the same kind of transitions, under the same two-person rule.

    draft ──submit──▶ in review ──publish──▶ published ──withdraw──▶ withdrawn
      ▲                   │                      │
      └──── send back ────┘                      └── a correction is published ──▶ superseded
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from claims import permissions
from claims.models import ClaimRevision, Verification
from core.services import ServiceError

State = Verification.State


class WorkflowError(ServiceError):
    """A refused transition. ``code`` says why: state, permission, own_work, incomplete or invalid."""


Row = Verification | ClaimRevision


@dataclass(frozen=True)
class Transition:
    name: str  # also the API action and the admin URL: /verifications/{id}/<name>/
    label: str  # the button
    verb: str  # in refusals: "Cannot <verb> a verification that is ..."
    done: str  # the bulk action's report: "Published 3 verifications."
    from_state: str
    refusal: Callable[[Any, Any], WorkflowError | None]  # who may, given the row: None when allowed
    needs_reason: bool = False

    def check(self, user, row: Row) -> None:
        """Raise WorkflowError when ``user`` may not run this on ``row`` (a verification or a revision) now."""
        if row.state != self.from_state:
            states = dict(type(row).State.choices)
            raise WorkflowError(
                f"Cannot {self.verb} a {row._meta.verbose_name} that is {row.get_state_display().lower()}; "
                f"only one that is {str(states[self.from_state]).lower()}.",
                code="state",
            )
        refused = self.refusal(user, row)
        if refused is not None:
            raise refused

    def allows(self, user, row: Row) -> bool:
        try:
            self.check(user, row)
        except WorkflowError:
            return False
        return True


def _own(user, v: Row) -> bool:
    return v.author_id == user.pk


def _submit_refusal(user, v: Verification) -> WorkflowError | None:
    if permissions.can_write_verifications(user) and (_own(user, v) or permissions.can_publish(user)):
        return None
    return WorkflowError("Only the author or an editor can send this verification for review.", code="permission")


def _send_back_refusal(user, v: Verification) -> WorkflowError | None:
    if _own(user, v) or permissions.can_publish(user):
        return None
    return WorkflowError("Only the author or an editor can send this verification back.", code="permission")


def _publish_refusal(user, v: Row) -> WorkflowError | None:
    noun = v._meta.verbose_name
    if not permissions.can_publish(user):
        return WorkflowError(
            "Only editors can publish verdicts." if noun == "verification" else f"Only editors can publish a {noun}.",
            code="permission",
        )
    if _own(user, v):
        return WorkflowError(
            f"You wrote this {noun}: another editor must review and publish it (two-person rule).",
            code="own_work",
        )
    return None


def _discard_refusal(user, r: Row) -> WorkflowError | None:
    if _own(user, r) or permissions.can_publish(user):
        return None
    return WorkflowError("Only the author or an editor can discard this wording change.", code="permission")


def _withdraw_refusal(user, v: Verification) -> WorkflowError | None:
    if permissions.can_withdraw(user):
        return None
    return WorkflowError("Only a chief editor can withdraw a published verdict.", code="permission")


SUBMIT = Transition("submit", "Send for review", "send for review", "Sent for review:", State.DRAFT, _submit_refusal)
SEND_BACK = Transition(
    "send_back", "Send back to draft", "send back", "Sent back:", State.IN_REVIEW, _send_back_refusal
)
PUBLISH = Transition("publish", "Publish", "publish", "Published", State.IN_REVIEW, _publish_refusal)
WITHDRAW = Transition(
    "withdraw", "Withdraw verdict", "withdraw", "Withdrawn:", State.PUBLISHED, _withdraw_refusal, needs_reason=True
)

TRANSITIONS: dict[str, Transition] = {t.name: t for t in (SUBMIT, SEND_BACK, PUBLISH, WITHDRAW)}


# A change of a published claim's wording: proposed (in review), then published by another editor, or discarded.
REVISION_PUBLISH = Transition(
    "publish", "Publish the new wording", "publish", "Published", ClaimRevision.State.IN_REVIEW, _publish_refusal
)
REVISION_DISCARD = Transition(
    "discard", "Discard", "discard", "Discarded:", ClaimRevision.State.IN_REVIEW, _discard_refusal
)
REVISION_TRANSITIONS: dict[str, Transition] = {t.name: t for t in (REVISION_PUBLISH, REVISION_DISCARD)}


def transition_named(name: str) -> Transition:
    try:
        return TRANSITIONS[name]
    except KeyError:
        raise WorkflowError(f"Unknown transition '{name}'.", code="invalid") from None


def available_transitions(user, verification: Verification) -> list[Transition]:
    """The transitions this user could run now; the admin shows them as buttons."""
    return [t for t in TRANSITIONS.values() if t.allows(user, verification)]
