"""
Error reports: what a reader says is wrong with a published fact-check, and what the newsroom did.

    new ──triage──▶ triaged ──resolve──▶ resolved
     │                 │
     └─────reject──────┴──────────────▶ rejected

"Start a correction" writes a draft correcting verification of the claim and links it here;
resolving a report that led to one is what links it from the correction. Nothing of a report is
ever public: not its text, not the reader's name or address.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import GreaterThan, LessThanOrEqual
from simple_history.models import HistoricalRecords

from core.validators import no_nul

MESSAGE_MAX_CHARS = 5_000


class ErrorReport(models.Model):
    class State(models.TextChoices):
        NEW = "new", "New"
        TRIAGED = "triaged", "Triaged"
        RESOLVED = "resolved", "Resolved"
        REJECTED = "rejected", "Rejected"

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="error_reports")
    message = models.TextField(validators=[no_nul], help_text="What the reader says is wrong. Never published.")
    evidence_url = models.URLField(
        "link", max_length=500, blank=True, help_text="A page the reader points to. Open with care."
    )
    name = models.CharField(max_length=200, blank=True, validators=[no_nul])
    email = models.EmailField(blank=True, help_text="For a reply only. Never shown publicly.")
    state = models.CharField(max_length=20, choices=State.choices, default=State.NEW, editable=False)
    editor_note = models.TextField(
        blank=True, validators=[no_nul], help_text="For the newsroom: what was checked, what was decided and why."
    )
    correction = models.ForeignKey(
        "claims.Verification",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="error_reports",
        editable=False,
        help_text="The correcting verification this report led to.",
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handled_error_reports",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    triaged_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["state", "-created_at"], name="trust_report_inbox_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["new", "triaged", "resolved", "rejected"]), name="trust_report_state_valid"
            ),
            models.CheckConstraint(
                condition=Q(GreaterThan(Length("message"), 0), LessThanOrEqual(Length("message"), MESSAGE_MAX_CHARS)),
                name="trust_report_message_size",
                violation_error_message=f"A report is 1 to {MESSAGE_MAX_CHARS:,} characters.",
            ),
            # Closed exactly when resolved or rejected.
            models.CheckConstraint(
                condition=Q(state__in=["resolved", "rejected"], closed_at__isnull=False)
                | Q(state__in=["new", "triaged"], closed_at__isnull=True),
                name="trust_report_closed_when_decided",
            ),
        ]

    def __str__(self) -> str:
        return f"Report #{self.pk} on “{self.claim}”"
