"""
Editorial writes that carry rules: the verification workflow.

    draft ──submit──▶ in review ──publish──▶ published ──withdraw──▶ withdrawn
      ▲                   │                      │
      └──── send back ────┘                      └── a correction is published ──▶ superseded

Every transition is one function here, used by admin actions and buttons, the API and
commands alike. A transition that is not allowed (wrong state, missing role, own work) raises
WorkflowError with a message for the person who tried, and changes nothing. Each function
locks the rows it changes (SELECT ... FOR UPDATE) so two people acting at once cannot both
succeed where only one may.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import Appearance, Claim, Status, Topic, Verification
from sources.models import Source
from sources.services import save_validated

State = Verification.State

PUBLISH = "claims.publish_verification"
WITHDRAW = "claims.withdraw_verification"
ADD = "claims.add_verification"
CHANGE = "claims.change_verification"


class WorkflowError(Exception):
    """A refused transition. ``code`` says why: state, permission, own_work or invalid."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    needs_reason: bool = False


SUBMIT = Transition("submit", "Send for review")
SEND_BACK = Transition("send_back", "Send back to draft")
PUBLISH_T = Transition("publish", "Publish")
WITHDRAW_T = Transition("withdraw", "Withdraw verdict", needs_reason=True)


# -- claims and appearances -------------------------------------------------------------------


@transaction.atomic
def claim_save(*, claim: Claim, by: AbstractBaseUser, topics: Iterable[Topic] | None = None) -> Claim:
    """Create or update a claim; bounds the editor left empty are derived from the qualifier."""
    if claim.pk is None:
        claim.created_by = by
    save_validated(claim, by=by)
    if topics is not None:
        claim.topics.set(topics)
    return claim


@transaction.atomic
def appearance_save(*, appearance: Appearance, by: AbstractBaseUser) -> Appearance:
    """Create or update an appearance, anchoring its quote in the source's snapshot (or refusing it)."""
    return save_validated(appearance, by=by)


# -- who may do what ---------------------------------------------------------------------


def can_edit_verification(user: AbstractBaseUser, verification: Verification) -> bool:
    """Drafts are edited by their author or an editor; work in review only by an editor; published never."""
    if not user.has_perm(CHANGE):
        return False
    if verification.state == State.DRAFT:
        return verification.author_id == user.pk or user.has_perm(PUBLISH)
    if verification.state == State.IN_REVIEW:
        return user.has_perm(PUBLISH) and verification.author_id != user.pk
    return False


def available_transitions(user: AbstractBaseUser, verification: Verification) -> list[Transition]:
    """The transitions this user could run now; the admin shows them as buttons."""
    found = []
    for transition in (SUBMIT, SEND_BACK, PUBLISH_T, WITHDRAW_T):
        try:
            _check(transition.name, user, verification)
        except WorkflowError:
            continue
        found.append(transition)
    return found


def _check(name: str, user: AbstractBaseUser, v: Verification) -> None:
    own = v.author_id == user.pk
    if name == "submit":
        _require_state(v, State.DRAFT, "send for review")
        if not (user.has_perm(ADD) and (own or user.has_perm(PUBLISH))):
            raise WorkflowError(
                "Only the author or an editor can send this verification for review.", code="permission"
            )
    elif name == "send_back":
        _require_state(v, State.IN_REVIEW, "send back")
        if not (own or user.has_perm(PUBLISH)):
            raise WorkflowError("Only the author or an editor can send this verification back.", code="permission")
    elif name == "publish":
        _require_state(v, State.IN_REVIEW, "publish")
        if not user.has_perm(PUBLISH):
            raise WorkflowError("Only editors can publish verdicts.", code="permission")
        if own:
            raise WorkflowError(
                "You wrote this verification: another editor must review and publish it (two-person rule).",
                code="own_work",
            )
    elif name == "withdraw":
        _require_state(v, State.PUBLISHED, "withdraw")
        if not user.has_perm(WITHDRAW):
            raise WorkflowError("Only a chief editor can withdraw a published verdict.", code="permission")
    else:
        raise WorkflowError(f"Unknown transition '{name}'.", code="invalid")


def _require_state(v: Verification, state: str, action: str) -> None:
    if v.state != state:
        raise WorkflowError(
            f"Cannot {action} a verification that is {v.get_state_display().lower()}; "
            f"only one that is {State(state).label.lower()}.",
            code="state",
        )


# -- writes -------------------------------------------------------------------------------


@transaction.atomic
def verification_save_draft(
    *, verification: Verification, by: AbstractBaseUser, evidence: Iterable[Source] | None = None
) -> Verification:
    """
    Create or update a draft. A new verification of a claim that already has a published
    verdict is a correction of it: it records which verdict it replaces and must carry a
    correction note. Validates like a form would; raises ValidationError or WorkflowError.
    """
    if verification.pk is None:
        if not by.has_perm(ADD):
            raise WorkflowError("You cannot create verifications.", code="permission")
        verification.author = by
        verification.state = State.DRAFT
        published = _published_verdict(verification.claim_id, lock=True)
        verification.supersedes = published
        validate_new_verification(claim_id=verification.claim_id, correction_note=verification.correction_note)
    else:
        current = Verification.objects.select_for_update().get(pk=verification.pk)
        if not can_edit_verification(by, current):
            raise WorkflowError(
                "You cannot edit this verification now: "
                + (
                    "published verdicts are changed by publishing a correction."
                    if current.state in (State.PUBLISHED, State.SUPERSEDED, State.WITHDRAWN)
                    else "only its author or an editor can."
                ),
                code="state" if current.state not in (State.DRAFT, State.IN_REVIEW) else "permission",
            )
    if verification.status_id and not Status.objects.filter(pk=verification.status_id, is_active=True).exists():
        raise ValidationError({"status": "This status is no longer in use; choose another."})
    verification.full_clean()
    _save(verification, by)
    if evidence is not None:
        verification.evidence.set(evidence)
    return verification


def validate_new_verification(*, claim_id: int | None, correction_note: str) -> None:
    """A claim with a published verdict is changed only by a correction, which needs a note readers will see."""
    if claim_id and not correction_note.strip() and _published_verdict(claim_id) is not None:
        raise ValidationError(
            {
                "correction_note": "This claim already has a published verdict: say what changed and why. "
                "Readers see this correction note."
            }
        )


@transaction.atomic
def verification_submit(*, verification: Verification, by: AbstractBaseUser) -> Verification:
    v = _lock(verification)
    _check("submit", by, v)
    v.state, v.submitted_at = State.IN_REVIEW, timezone.now()
    return _save(v, by)


@transaction.atomic
def verification_send_back(*, verification: Verification, by: AbstractBaseUser) -> Verification:
    v = _lock(verification)
    _check("send_back", by, v)
    v.state = State.DRAFT
    return _save(v, by)


@transaction.atomic
def verification_publish(*, verification: Verification, by: AbstractBaseUser) -> Verification:
    """Publish; when the claim already has a published verdict this must be its correction, which replaces it."""
    v = _lock(verification)
    _check("publish", by, v)
    Claim.objects.select_for_update().filter(pk=v.claim_id).first()  # one publisher per claim at a time
    current = _published_verdict(v.claim_id, lock=True)
    if current is not None and current.pk != v.supersedes_id:
        raise WorkflowError(
            "This claim's published verdict has changed since this verification was written: "
            "start a new correction from the current verdict.",
            code="state",
        )
    if current is None and v.supersedes_id is not None:
        raise WorkflowError(
            "The verdict this corrects is no longer published; start a new verification instead.", code="state"
        )
    now = timezone.now()
    if current is not None:
        current.state = State.SUPERSEDED
        _save(current, by)
    v.state, v.reviewer, v.published_at = State.PUBLISHED, by, now
    return _save(v, by)


@transaction.atomic
def verification_withdraw(*, verification: Verification, by: AbstractBaseUser, reason: str) -> Verification:
    v = _lock(verification)
    _check("withdraw", by, v)
    if not reason or not reason.strip():
        raise ValidationError({"withdrawal_reason": "Say why the verdict is withdrawn; readers see it."})
    v.state, v.withdrawn_at, v.withdrawal_reason = State.WITHDRAWN, timezone.now(), reason.strip()
    return _save(v, by)


def verification_transition(
    *, verification: Verification, by: AbstractBaseUser, name: str, reason: str = ""
) -> Verification:
    """Run a transition by name: what admin buttons, bulk actions and API actions call."""
    if name == "submit":
        return verification_submit(verification=verification, by=by)
    if name == "send_back":
        return verification_send_back(verification=verification, by=by)
    if name == "publish":
        return verification_publish(verification=verification, by=by)
    if name == "withdraw":
        return verification_withdraw(verification=verification, by=by, reason=reason)
    raise WorkflowError(f"Unknown transition '{name}'.", code="invalid")


# -- helpers ------------------------------------------------------------------------------


def _lock(verification: Verification) -> Verification:
    return Verification.objects.select_for_update().select_related("claim").get(pk=verification.pk)


def _published_verdict(claim_id: int | None, *, lock: bool = False) -> Verification | None:
    qs = Verification.objects.filter(claim_id=claim_id, state=State.PUBLISHED)
    return (qs.select_for_update() if lock else qs).first()


def _save(verification: Verification, by: AbstractBaseUser) -> Verification:
    verification._history_user = by  # who, in the history, also outside a request
    verification.save()
    return verification
