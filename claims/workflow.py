"""
The verification workflow as one table: each transition's from-state, who may run it, and its
labels. The services (claims.services) run it; the admin's buttons and bulk actions and the
API's actions are all drawn from this table, so a rule is written once.

    draft ──submit──▶ in review ──publish──▶ published ──withdraw──▶ withdrawn
      ▲                   │                      │
      └──── send back ────┘                      └── a correction is published ──▶ superseded
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from claims import permissions
from claims.models import Verification
from core.services import ServiceError

State = Verification.State


class WorkflowError(ServiceError):
    """A refused transition. ``code`` says why: state, permission, own_work or invalid."""


@dataclass(frozen=True)
class Transition:
    name: str  # also the API action and the admin URL: /verifications/{id}/<name>/
    label: str  # the button
    verb: str  # in refusals: "Cannot <verb> a verification that is ..."
    done: str  # the bulk action's report: "Published 3 verifications."
    from_state: str
    refusal: Callable[[object, Verification], WorkflowError | None]  # who may: None when allowed
    needs_reason: bool = False

    def check(self, user, verification: Verification) -> None:
        """Raise WorkflowError when ``user`` may not run this on ``verification`` now."""
        if verification.state != self.from_state:
            raise WorkflowError(
                f"Cannot {self.verb} a verification that is {verification.get_state_display().lower()}; "
                f"only one that is {State(self.from_state).label.lower()}.",
                code="state",
            )
        refused = self.refusal(user, verification)
        if refused is not None:
            raise refused

    def allows(self, user, verification: Verification) -> bool:
        try:
            self.check(user, verification)
        except WorkflowError:
            return False
        return True


def _own(user, v: Verification) -> bool:
    return v.author_id == user.pk


def _submit_refusal(user, v: Verification) -> WorkflowError | None:
    if permissions.can_write_verifications(user) and (_own(user, v) or permissions.can_publish(user)):
        return None
    return WorkflowError("Only the author or an editor can send this verification for review.", code="permission")


def _send_back_refusal(user, v: Verification) -> WorkflowError | None:
    if _own(user, v) or permissions.can_publish(user):
        return None
    return WorkflowError("Only the author or an editor can send this verification back.", code="permission")


def _publish_refusal(user, v: Verification) -> WorkflowError | None:
    if not permissions.can_publish(user):
        return WorkflowError("Only editors can publish verdicts.", code="permission")
    if _own(user, v):
        return WorkflowError(
            "You wrote this verification: another editor must review and publish it (two-person rule).",
            code="own_work",
        )
    return None


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


def transition_named(name: str) -> Transition:
    try:
        return TRANSITIONS[name]
    except KeyError:
        raise WorkflowError(f"Unknown transition '{name}'.", code="invalid") from None


def available_transitions(user, verification: Verification) -> list[Transition]:
    """The transitions this user could run now; the admin shows them as buttons."""
    return [t for t in TRANSITIONS.values() if t.allows(user, verification)]
