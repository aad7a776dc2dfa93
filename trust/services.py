"""
Writes of the trust app: readers' error reports and the newsroom's handling of them.

    error_report_create(claim=..., message=..., email=...)          # a reader; editors are e-mailed
    error_report_transition(report=..., transition="triage", by=editor)
    error_report_start_correction(report=..., by=editor)             # a draft correcting verification

Each locks the report it changes; a refusal raises ReportError (or the claims workflow's
WorkflowError, or ValidationError naming the field) and changes nothing.
"""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from claims import services as claim_services
from claims.models import Claim, Verification
from claims.permissions import PUBLISH
from core.http import absolute
from core.services import save_validated
from trust.models import ErrorReport
from trust.permissions import can_handle_reports
from trust.workflow import ReportError, ReportTransition, transition_named

logger = logging.getLogger(__name__)
State = ErrorReport.State

# The draft correction's note, for the editor to rewrite: readers see the published one.
CORRECTION_NOTE_DRAFT = (
    "After a reader's report: [say what was wrong, what changed and why before sending this for review]"
)


@transaction.atomic
def error_report_create(
    *, claim: Claim, message: str, name: str = "", email: str = "", evidence_url: str = ""
) -> ErrorReport:
    """
    File a reader's report on a published claim (anyone, no account). Once committed, editors
    (everyone who may publish) are e-mailed; a mail server that fails is logged, the report kept.
    """
    if not Claim.objects.published().filter(pk=claim.pk).exists():
        raise ReportError("Errors can be reported on published fact-checks only.", code="state")
    report = ErrorReport(
        claim=claim,
        message=message.replace("\r\n", "\n").strip(),
        name=name.strip(),
        email=email.strip(),
        evidence_url=evidence_url.strip(),
    )
    save_validated(report, by=None)
    transaction.on_commit(lambda: notify_editors_of_report(report))
    return report


@transaction.atomic
def error_report_transition(
    *, report: ErrorReport, by: User, transition: ReportTransition | str, note: str = ""
) -> ErrorReport:
    """Triage, resolve or reject; ``note`` (for the newsroom) is added to the report's editor note."""
    t = transition if isinstance(transition, ReportTransition) else transition_named(transition)
    current = _lock(report, by)
    t.check(current)
    now = timezone.now()
    current.state = t.to_state
    if current.triaged_at is None:
        current.triaged_at = now
    if t.to_state in (State.RESOLVED, State.REJECTED):
        current.closed_at = now
    if note.strip():
        current.editor_note = "\n\n".join(filter(None, [current.editor_note.strip(), note.strip()]))
    current.handled_by = by
    return save_validated(current, by=by)


@transaction.atomic
def error_report_start_correction(*, report: ErrorReport, by: User) -> Verification:
    """
    One click from the inbox: a draft correction of the claim's published verdict (same status,
    rationale and evidence, and a correction note to rewrite) written by ``by`` through the
    claims workflow, linked to the report, which is triaged if it was new.
    """
    current = _lock(report, by)
    if current.state not in (State.NEW, State.TRIAGED):
        raise ReportError(f"This report is {current.get_state_display().lower()}: nothing to correct.", code="state")
    if current.correction_id is not None:
        raise ReportError("A correction has already been started from this report.", code="state")
    verdict = (
        Verification.objects.published()
        .filter(claim_id=current.claim_id)
        .select_related("claim", "status")
        .prefetch_related("evidence")
        .first()
    )
    if verdict is None:
        raise ReportError("This claim has no published verdict to correct.", code="state")
    correction = claim_services.verification_create(
        claim=verdict.claim,
        status=verdict.status,
        rationale=verdict.rationale,
        evidence=verdict.evidence.all(),
        evidence_notes=verdict.evidence_notes,
        correction_note=CORRECTION_NOTE_DRAFT,
        by=by,
    )
    current.correction = correction
    if current.state == State.NEW:
        current.state, current.triaged_at = State.TRIAGED, timezone.now()
    current.handled_by = by
    save_validated(current, by=by)
    return correction


def _lock(report: ErrorReport, by: User) -> ErrorReport:
    if not can_handle_reports(by):
        raise ReportError("Only editors can handle error reports.", code="permission")
    return ErrorReport.objects.select_for_update().get(pk=report.pk)


# -- telling editors ------------------------------------------------------------------------------


def editors_to_notify() -> list[str]:
    """The addresses of active members who may publish (one query)."""
    users = (
        get_user_model()
        ._default_manager.with_perm(PUBLISH, is_active=True, backend="django.contrib.auth.backends.ModelBackend")
        .exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


def notify_editors_of_report(report: ErrorReport) -> int:
    """
    E-mail the editors about a new report through Django's EMAIL_BACKEND. Plain text; the reader's
    address stays in the admin. Returns the number of messages sent (0 when nobody can be told).
    """
    recipients = editors_to_notify()
    if not recipients:
        logger.warning("Error report %s: no editor with an e-mail address to tell.", report.pk)
        return 0
    claim = report.claim
    statement = " ".join(claim.statement.split())  # a header cannot hold a line break
    body = "\n".join(
        [
            "A reader reported an error in a published fact-check.",
            "",
            f"Claim: {statement}",
            f"Public page: {absolute(claim.get_absolute_url())}",
            f"The report, to triage: {absolute(reverse('admin:trust_errorreport_change', args=[report.pk]))}",
            "",
            "What the reader wrote:",
            "",
            report.message,
        ]
    )
    try:
        return mail.send_mail(
            subject=f"Error report: {Truncator(statement).chars(70)}",
            message=body,
            from_email=None,  # DEFAULT_FROM_EMAIL
            recipient_list=recipients,
        )
    except Exception:  # any backend's failure: the report is saved and waits in the inbox
        logger.exception("Error report %s: the e-mail to editors could not be sent.", report.pk)
        return 0
