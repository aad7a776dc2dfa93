"""
Editorial writes that carry rules: claims, appearances and the verification workflow.

Create and update services take values, not changed instances, so no caller maps fields:

    claim_create(statement=..., slug=..., quantity=Quantity(...), topics=[...], by=user)
    claim_update(claim=claim, quantity=None, by=user)           # only what is passed changes
    verification_create(claim=..., status=..., rationale=..., by=user)
    verification_transition(verification=..., transition="publish", by=user)

The workflow's rules are the table in claims.workflow; every transition here runs its check
first. A refused write raises WorkflowError (who, or not now) or ValidationError (naming the
field), and changes nothing. Each function locks the rows it changes (SELECT ... FOR UPDATE) so
two people acting at once cannot both succeed where only one may.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any, Final

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max, OuterRef, Q, Subquery
from django.utils import timezone

from claims import permissions
from claims.checklist import require_publish_checklist
from claims.models import Appearance, Claim, ClaimRevision, ClaimSlugRedirect, Stance, Status, Topic, Verification
from claims.quantities import Quantity
from claims.search import refresh_search
from claims.stated_dates import DatePrecision
from claims.workflow import (
    PUBLISH,
    REVISION_DISCARD,
    REVISION_PUBLISH,
    SEND_BACK,
    SUBMIT,
    WITHDRAW,
    Transition,
    WorkflowError,
    transition_named,
)
from core.services import save_validated
from sources.models import Actor, Citation, Source

State = Verification.State


class _Unchanged:
    """The default of update services' arguments: leave that value as it is."""

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = _Unchanged()

__all__ = [
    "UNCHANGED",
    "WorkflowError",
    "appearance_create",
    "claim_create",
    "claim_rename",
    "claim_revision_discard",
    "claim_revision_propose",
    "claim_revision_publish",
    "claim_revision_transition",
    "claim_update",
    "validate_new_verification",
    "validate_revision_proposal",
    "verification_create",
    "verification_publish",
    "verification_send_back",
    "verification_submit",
    "verification_transition",
    "verification_update",
    "verification_withdraw",
]


# -- claims and appearances -------------------------------------------------------------------


@transaction.atomic
def claim_create(
    *,
    statement: str,
    slug: str,
    by: User | None,
    quantity: Quantity | None = None,
    topics: Iterable[Topic] = (),
    claim_reviewed: str = "",
    statement_confirmed: bool = True,
) -> Claim:
    """
    Create a claim owned by ``by``; bounds its quantity leaves empty are derived from the qualifier.
    A statement a person typed counts as confirmed; extraction's text (``statement_confirmed=False``,
    as imports pass) must be reworded or confirmed by someone before a verdict on it is published.
    """
    _require_slug_not_retired(slug, claim=None)
    claim = Claim(
        statement=statement,
        slug=slug,
        claim_reviewed=claim_reviewed,
        created_by=by,
        statement_confirmed_by=by if statement_confirmed else None,
    )
    claim.quantity = quantity
    save_validated(claim, by=by)
    topics = list(topics)
    if topics:
        claim.topics.set(topics)
    refresh_search([claim.pk])
    return claim


# What readers see of a claim on the record; it changes only through a reviewed ClaimRevision.
PUBLIC_WORDING = ("statement", "claim_reviewed", "quantity")


@transaction.atomic
def claim_update(
    *,
    claim: Claim,
    by: User,
    statement: str | _Unchanged = UNCHANGED,
    slug: str | _Unchanged = UNCHANGED,
    quantity: Quantity | _Unchanged | None = UNCHANGED,
    topics: Iterable[Topic] | _Unchanged = UNCHANGED,
    claim_reviewed: str | _Unchanged = UNCHANGED,
) -> Claim:
    """
    Change what is passed (None clears the quantity); the rest stays as stored. Passing the
    statement, changed or not, records ``by`` as having written or confirmed it.

    On a claim on the record (a verdict was published) the public wording and the slug are
    protected: a new value for them is refused, naming the field and the way to change it
    (claim_revision_propose, claim_rename); the same value passes, so a full PUT still works.
    """
    _require_can_edit(by, claim)
    given: dict[str, Any] = {
        "statement": statement,
        "claim_reviewed": claim_reviewed,
        "quantity": quantity,
        "slug": slug,
    }
    new = {name: value for name, value in given.items() if not isinstance(value, _Unchanged)}
    if claim.is_on_record:
        _refuse_changes_on_record(claim, new)
    if "slug" in new:
        _require_slug_not_retired(new["slug"], claim=claim)
        claim.slug = new["slug"]
    if "statement" in new:
        claim.statement = new["statement"]
        claim.statement_confirmed_by = by
    if "claim_reviewed" in new:
        claim.claim_reviewed = new["claim_reviewed"]
    if "quantity" in new:
        claim.quantity = new["quantity"]
    save_validated(claim, by=by)
    if not isinstance(topics, _Unchanged):
        claim.topics.set(list(topics))
    refresh_search([claim.pk])
    return claim


def _refuse_changes_on_record(claim: Claim, new: dict[str, Any]) -> None:
    errors = {}
    if "slug" in new and new["slug"] != claim.slug:
        errors["slug"] = (
            "This claim is published: its address is permanent. A chief editor can rename it, "
            "and the old address then redirects to the new one."
        )
    stored = _wording_of(claim)
    for name in PUBLIC_WORDING:
        if name in new and _checked(new[name]) != stored[name]:
            errors[name] = (
                "This claim is published: its public wording changes only through a reviewed revision. "
                "Propose the new wording; another editor publishes it."
            )
    if errors:
        raise ValidationError(errors)


def _wording_of(claim: Claim | ClaimRevision) -> dict[str, Any]:
    return {"statement": claim.statement, "claim_reviewed": claim.claim_reviewed, "quantity": _checked(claim.quantity)}


def _checked(value: Any) -> Any:
    """A quantity as it would be stored (bounds derived), so 'about 3,000' equals 'about 3,000 (2,700-3,300)'."""
    if isinstance(value, Quantity):
        try:
            return value.checked()
        except ValidationError:
            return value
    return value


def _require_can_edit(by: User | None, claim: Claim) -> None:
    """The one policy (claims.permissions) for a claim and its appearances; server-side commands pass no user."""
    if by is None or permissions.can_edit_claim(by, claim):
        return
    if claim.is_on_record and permissions.can_propose_wording(by):
        message = "This claim is published: only an editor can change it. Propose a wording change for review instead."
    else:
        message = "You can edit only your own claims, and only until a verdict on them is published."
    raise WorkflowError(message, code="permission")


def _require_slug_not_retired(slug: str, *, claim: Claim | None) -> None:
    """A published claim's old address keeps redirecting to it, so no other claim may take it."""
    taken = ClaimSlugRedirect.objects.filter(old_slug=slug)
    if claim is not None:
        taken = taken.exclude(claim=claim)
    if taken.exists():
        raise ValidationError(
            {"slug": "This address belonged to a published claim and redirects to it; choose another."}
        )


@transaction.atomic
def claim_rename(*, claim: Claim, slug: str, by: User) -> Claim:
    """
    Give a claim on the record a new slug (chief editors): its old slug is kept as a redirect, so
    every link and indexed URL still reaches it with a 301. A claim never published had no public
    address, so it keeps no redirect. Renaming back to an old slug of the same claim retires that redirect.
    """
    if not permissions.can_rename_published_claim(by):
        raise WorkflowError("Only a chief editor can rename a published claim.", code="permission")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if slug == claim.slug:
        return claim
    _require_slug_not_retired(slug, claim=claim)
    old = claim.slug
    claim.slug = slug
    save_validated(claim, by=by)
    ClaimSlugRedirect.objects.filter(claim=claim, old_slug=slug).delete()
    if claim.is_on_record:
        ClaimSlugRedirect.objects.create(old_slug=old, claim=claim, renamed_by=by)
    return claim


# -- changes of a published claim's wording ---------------------------------------------------------


@transaction.atomic
def claim_revision_propose(
    *,
    claim: Claim,
    by: User,
    statement: str,
    claim_reviewed: str,
    quantity: Quantity | None = None,
    note: str = "",
) -> ClaimRevision:
    """
    Draft new public wording for a claim on the record; it waits for another editor (one open
    change per claim). Readers go on seeing the claim as it is until it is published.
    """
    if not permissions.can_propose_wording(by):
        raise WorkflowError("You cannot change claims.", code="permission")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    revision = ClaimRevision(claim=claim, statement=statement, claim_reviewed=claim_reviewed, note=note, author=by)
    revision.quantity = quantity
    validate_revision_proposal(revision)
    revision.full_clean()
    revision.save()
    return revision


def validate_revision_proposal(revision: ClaimRevision) -> None:
    """
    Refuse a proposal that cannot wait for review: its claim is not published (edit it directly),
    already has one waiting, or the wording is what readers already see. Forms call it to show the
    reason beside the fields; claim_revision_propose calls it again under the claim's lock.
    """
    claim = revision.claim
    if not claim.is_on_record:
        raise WorkflowError(
            "This claim is not published yet: edit its wording directly; no review is needed.", code="state"
        )
    if ClaimRevision.objects.filter(claim=claim, state=ClaimRevision.State.IN_REVIEW).exists():
        raise WorkflowError(
            "This claim already has a wording change waiting for review: publish or discard it first.", code="state"
        )
    if _wording_of(revision) == _wording_of(claim):
        raise ValidationError({"statement": "This is the wording readers already see: change something first."})


@transaction.atomic
def claim_revision_publish(*, revision: ClaimRevision, by: User) -> ClaimRevision:
    """
    Publish the new wording (another editor than its author): the claim takes it, readers see an
    'updated' note, and the revision keeps the wording it replaced.
    """
    r = ClaimRevision.objects.select_for_update().get(pk=revision.pk)
    REVISION_PUBLISH.check(by, r)
    claim = Claim.objects.select_for_update().get(pk=r.claim_id)
    old_quantity = claim.quantity
    r.previous_statement, r.previous_claim_reviewed = claim.statement, claim.claim_reviewed
    r.previous_quantity = str(old_quantity) if old_quantity is not None else ""
    r.state, r.reviewer, r.published_at = ClaimRevision.State.PUBLISHED, by, timezone.now()
    r.full_clean()
    r.save()
    claim.statement, claim.claim_reviewed, claim.quantity = r.statement, r.claim_reviewed, r.quantity
    # The author wrote it and another editor read it before publishing: it is confirmed.
    claim.statement_confirmed_by, claim.wording_updated_at = by, r.published_at
    save_validated(claim, by=by)
    refresh_search([claim.pk])
    return r


@transaction.atomic
def claim_revision_discard(*, revision: ClaimRevision, by: User) -> ClaimRevision:
    r = ClaimRevision.objects.select_for_update().get(pk=revision.pk)
    REVISION_DISCARD.check(by, r)
    r.state = ClaimRevision.State.DISCARDED
    r.save()
    return r


def claim_revision_transition(*, revision: ClaimRevision, by: User, transition: str) -> ClaimRevision:
    """Run a transition of the revision table by name: what admin actions and API actions call."""
    run = {REVISION_PUBLISH.name: claim_revision_publish, REVISION_DISCARD.name: claim_revision_discard}
    if transition not in run:
        raise WorkflowError(f"Unknown transition '{transition}'.", code="invalid")
    return run[transition](revision=revision, by=by)


@transaction.atomic
def appearance_create(
    *,
    claim: Claim,
    source: Source,
    quote: str,
    by: User | None,
    speaker: Actor | None = None,
    via: Citation | None = None,
    stance: str = Stance.ASSERTS,
    stated_on: datetime.date | None = None,
    stated_precision: str = DatePrecision.DAY,
    date_note: str = "",
    start: int | None = None,
) -> Appearance:
    """
    Record a claim's appearance in a source, anchoring its quote in the source's snapshot
    (offsets, prefix and suffix are found; ``start`` picks among repeats) or refusing it.
    Only someone who may edit the claim may add to it (claims.permissions.can_edit_claim).
    """
    _require_can_edit(by, claim)
    appearance = Appearance(
        claim=claim,
        source=source,
        quote=quote,
        speaker=speaker,
        via=via,
        stance=stance,
        stated_on=stated_on,
        stated_precision=stated_precision,
        date_note=date_note,
        start=start,
        end=None if start is None else start + len(quote),
    )
    save_validated(appearance, by=by)
    refresh_search([claim.pk])
    return appearance


# -- verifications ------------------------------------------------------------------------------


@transaction.atomic
def verification_create(
    *,
    claim: Claim,
    status: Status,
    rationale: str,
    by: User,
    evidence: Iterable[Source] = (),
    evidence_notes: str = "",
    correction_note: str = "",
) -> Verification:
    """
    Write a draft verdict. On a claim that already has a published verdict this is a correction
    of it: it records which verdict it replaces and must carry a correction note readers see.
    """
    if not permissions.can_write_verifications(by):
        raise WorkflowError("You cannot create verifications.", code="permission")
    published = _published_verdict(claim.pk, lock=True)
    _require_correction_note(published, correction_note)
    verification = Verification(
        claim=claim,
        status=status,
        rationale=rationale,
        evidence_notes=evidence_notes,
        correction_note=correction_note,
        author=by,
        state=State.DRAFT,
        supersedes=published,
    )
    _require_active(status)
    verification.full_clean()
    _save(verification, by)
    evidence = list(evidence)
    if evidence:
        verification.evidence.set(evidence)
    return verification


@transaction.atomic
def verification_update(
    *,
    verification: Verification,
    by: User,
    status: Status | _Unchanged = UNCHANGED,
    rationale: str | _Unchanged = UNCHANGED,
    evidence: Iterable[Source] | _Unchanged = UNCHANGED,
    evidence_notes: str | _Unchanged = UNCHANGED,
    correction_note: str | _Unchanged = UNCHANGED,
) -> Verification:
    """Change a draft, or work in review (editors); a published verdict changes only by a correction."""
    current = Verification.objects.select_for_update().get(pk=verification.pk)
    if not permissions.can_edit_verification(by, current):
        published = current.state in (State.PUBLISHED, State.SUPERSEDED, State.WITHDRAWN)
        raise WorkflowError(
            "You cannot edit this verification now: "
            + (
                "published verdicts are changed by publishing a correction."
                if published
                else "only its author or an editor can."
            ),
            code="state" if published else "permission",
        )
    changes: dict[str, Any] = {
        "status": status,
        "rationale": rationale,
        "evidence_notes": evidence_notes,
        "correction_note": correction_note,
    }
    for field, value in changes.items():
        if not isinstance(value, _Unchanged):
            setattr(verification, field, value)
    if not isinstance(status, _Unchanged):
        _require_active(status)
    verification.full_clean()
    _save(verification, by)
    if not isinstance(evidence, _Unchanged):
        verification.evidence.set(list(evidence))
    return verification


def validate_new_verification(*, claim_id: int | None, correction_note: str) -> None:
    """A claim with a published verdict is changed only by a correction, which needs a note readers will see."""
    if claim_id and not correction_note.strip():
        _require_correction_note(_published_verdict(claim_id), correction_note)


def _require_correction_note(published: Verification | None, correction_note: str) -> None:
    if published is not None and not correction_note.strip():
        raise ValidationError(
            {
                "correction_note": "This claim already has a published verdict: say what changed and why. "
                "Readers see this correction note."
            }
        )


# -- the workflow's transitions --------------------------------------------------------------------


@transaction.atomic
def verification_submit(*, verification: Verification, by: User) -> Verification:
    v = _lock(verification)
    SUBMIT.check(by, v)
    v.state, v.submitted_at = State.IN_REVIEW, timezone.now()
    return _save(v, by)


@transaction.atomic
def verification_send_back(*, verification: Verification, by: User) -> Verification:
    v = _lock(verification)
    SEND_BACK.check(by, v)
    v.state = State.DRAFT
    return _save(v, by)


@transaction.atomic
def verification_publish(*, verification: Verification, by: User) -> Verification:
    """Publish; when the claim already has a published verdict this must be its correction, which replaces it."""
    v = _lock(verification)
    PUBLISH.check(by, v)
    Claim.objects.select_for_update().filter(pk=v.claim_id).first()  # one publisher per claim at a time
    require_publish_checklist(v)
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
    if current is not None:
        current.state = State.SUPERSEDED
        _save(current, by)
    v.state, v.reviewer, v.published_at = State.PUBLISHED, by, timezone.now()
    _save(v, by)
    _set_checked_at(v.claim_id, v.published_at)
    # From its first verdict on, the claim's slug and wording are protected (a derived column, like checked_at).
    Claim.objects.filter(pk=v.claim_id, first_published_at__isnull=True).update(first_published_at=v.published_at)
    return v


@transaction.atomic
def verification_withdraw(*, verification: Verification, by: User, reason: str) -> Verification:
    v = _lock(verification)
    WITHDRAW.check(by, v)
    if not reason or not reason.strip():
        raise ValidationError({"withdrawal_reason": "Say why the verdict is withdrawn; readers see it."})
    v.state, v.withdrawn_at, v.withdrawal_reason = State.WITHDRAWN, timezone.now(), reason.strip()
    _save(v, by)
    _set_checked_at(v.claim_id, None)
    return v


def verification_transition(
    *, verification: Verification, by: User, transition: Transition | str, reason: str = ""
) -> Verification:
    """Run a transition of the workflow table: what admin buttons, bulk actions and API actions call."""
    t = transition if isinstance(transition, Transition) else transition_named(transition)
    if t.needs_reason:
        return verification_withdraw(verification=verification, by=by, reason=reason)
    run = {SUBMIT: verification_submit, SEND_BACK: verification_send_back, PUBLISH: verification_publish}[t]
    return run(verification=verification, by=by)


# -- repairs ------------------------------------------------------------------------------


def resync_checked_at_copies(*, batch: int = 10_000, write: bool = True) -> int:
    """
    Copy each claim's ``checked_at`` again onto the appearances whose copy differs (or count them,
    with ``write=False``); returns how many. The services keep the copies current; this repairs
    what they could not see: a publish by the previous release while ``claims/0016`` was filling
    the column during a deploy, or rows loaded in bulk. Works a range of claim ids per statement
    (``batch``), so no lock is held over the whole table, and touches only rows that differ: safe to
    run at any time, and a second run finds nothing.
    """
    largest = Claim.objects.aggregate(largest=Max("pk"))["largest"] or 0
    copied = Claim.objects.filter(pk=OuterRef("claim_id")).values("checked_at")[:1]
    differs = (
        Q(claim_checked_at__isnull=True, claim__checked_at__isnull=False)
        | Q(claim_checked_at__isnull=False, claim__checked_at__isnull=True)
        | Q(claim_checked_at__lt=F("claim__checked_at"))
        | Q(claim_checked_at__gt=F("claim__checked_at"))
    )
    found = 0
    for start in range(0, largest + 1, batch):
        drifted = Appearance.objects.filter(claim_id__gte=start, claim_id__lt=start + batch).filter(differs)
        found += drifted.update(claim_checked_at=Subquery(copied)) if write else drifted.count()
    return found


# -- helpers ------------------------------------------------------------------------------


def _lock(verification: Verification) -> Verification:
    return Verification.objects.select_for_update().select_related("claim").get(pk=verification.pk)


def _published_verdict(claim_id: int | None, *, lock: bool = False) -> Verification | None:
    qs = Verification.objects.published().filter(claim_id=claim_id)
    return (qs.select_for_update() if lock else qs).first()


def _set_checked_at(claim_id: int, when: datetime.datetime | None) -> None:
    """
    The claim's place in the public record: when its current verdict was published. A derived
    column, so it is written without a history row or a new version of the claim (an editor's
    open form on the claim stays current).
    """
    Claim.objects.filter(pk=claim_id).update(checked_at=when)
    # Its copy on each appearance, which orders an actor's page (claims.views.actor_detail). An
    # appearance saved meanwhile copies the value in its own write and reads it again after (see
    # Appearance.save()), without locking the claim: it is either updated here or copies the new value.
    Appearance.objects.filter(claim_id=claim_id).update(claim_checked_at=when)


def _require_active(status: Status) -> None:
    if not Status.objects.filter(pk=status.pk, is_active=True).exists():
        raise ValidationError({"status": "This status is no longer in use; choose another."})


def _save(verification: Verification, by: User) -> Verification:
    """Save a checked change with who in the history, also outside a request."""
    # django-simple-history reads this undeclared attribute to record who made the change.
    verification._history_user = by  # type: ignore[attr-defined]
    verification.save()
    return verification
