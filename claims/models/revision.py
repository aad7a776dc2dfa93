"""
A reviewed change of a published claim's public wording: its statement, its ClaimReview text
and its quantity. Drafted by anyone who may edit claims, published by another editor (the same
two-person rule as verdicts, from the workflow table). Until then readers see the claim as it is;
publishing copies the wording onto the claim and keeps the old wording here, in the record.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from claims.models.quantity import QuantityFields
from core.validators import no_nul


class ClaimRevision(QuantityFields, models.Model):
    class State(models.TextChoices):
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"
        DISCARDED = "discarded", "Discarded"

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="revisions")
    statement = models.TextField(
        validators=[no_nul], help_text="The new public wording. Readers see it only once another editor publishes it."
    )
    claim_reviewed = models.CharField(
        max_length=75, validators=[no_nul], help_text="The new short text for ClaimReview, at most 75 characters."
    )
    note = models.TextField(blank=True, validators=[no_nul], help_text="Why the wording changes, for the reviewer.")
    state = models.CharField(max_length=20, choices=State.choices, default=State.IN_REVIEW, editable=False)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The wording this revision replaced, kept when it is published: the record of what readers saw before.
    previous_statement = models.TextField(blank=True, editable=False)
    previous_claim_reviewed = models.CharField(max_length=75, blank=True, editable=False)
    previous_quantity = models.CharField(max_length=200, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["in_review", "published", "discarded"]),
                name="claims_claimrevision_state_valid",
                violation_error_message="Unknown revision state.",
            ),
            models.UniqueConstraint(
                fields=["claim"],
                condition=Q(state="in_review"),
                name="claims_claimrevision_one_open_per_claim",
                violation_error_message="This claim already has a wording change waiting for review.",
            ),
            models.CheckConstraint(
                condition=~Q(state="published") | Q(reviewer__isnull=False, published_at__isnull=False),
                name="claims_claimrevision_published_reviewed",
                violation_error_message="A published revision needs its reviewer and publication time.",
            ),
            models.CheckConstraint(
                condition=Q(reviewer__isnull=True) | ~Q(reviewer=F("author")),
                name="claims_claimrevision_reviewer_not_author",
                violation_error_message="Nobody can review their own revision.",
            ),
            models.CheckConstraint(
                condition=~Q(statement=""),
                name="claims_claimrevision_statement_not_empty",
                violation_error_message="A revision needs a statement.",
            ),
            *QuantityFields.Meta.constraints,
        ]

    def __str__(self) -> str:
        return f"{self.get_state_display()}: {self.statement}"
