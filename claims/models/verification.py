from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce
from simple_history.models import HistoricalRecords

from claims.permissions import is_newsroom_member
from core.validators import no_nul
from core.versioning import VersionedModel
from sources.models import Source

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", "Use a hex colour such as #1a7f37.")


class StatusQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Status(models.Model):
    """An entry of the editable verdict vocabulary, mapped to a schema.org ClaimReview rating."""

    slug = models.SlugField(max_length=50, help_text="Stable key used by the API and by status suggestions.")
    label = models.CharField(max_length=100, validators=[no_nul], help_text="What readers see on the verdict badge.")
    colour = models.CharField(
        max_length=7,
        default="#6e7781",
        validators=[hex_colour],
        help_text="Badge colour. Choose one that white text reads on (contrast 4.5:1 or more).",
    )
    description = models.TextField(blank=True, validators=[no_nul], help_text="When editors should use this status.")
    order = models.PositiveSmallIntegerField(default=0, help_text="Position in lists and menus.")
    is_active = models.BooleanField(
        default=True, help_text="Inactive statuses stay on old verdicts but cannot be chosen."
    )
    rating_name = models.CharField(
        "ClaimReview alternateName",
        max_length=100,
        blank=True,
        validators=[no_nul],
        help_text="The rating's name for aggregators; the label when empty.",
    )
    rating_value = models.SmallIntegerField("ClaimReview ratingValue")
    best_rating = models.SmallIntegerField("ClaimReview bestRating", default=5)
    worst_rating = models.SmallIntegerField("ClaimReview worstRating", default=1)

    history = HistoricalRecords()
    objects = StatusQuerySet.as_manager()

    class Meta:
        ordering = ["order", "label"]
        verbose_name_plural = "statuses"
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="claims_status_unique_slug"),
            models.UniqueConstraint(fields=["label"], name="claims_status_unique_label"),
            models.CheckConstraint(
                condition=Q(worst_rating__lt=F("best_rating")),
                name="claims_status_rating_scale_ordered",
                violation_error_message="The worst rating must be below the best rating.",
            ),
            models.CheckConstraint(
                condition=Q(rating_value__gte=F("worst_rating"), rating_value__lte=F("best_rating")),
                name="claims_status_rating_in_scale",
                violation_error_message="The rating value must lie between the worst and the best rating.",
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def alternate_name(self) -> str:
        return self.rating_name or self.label


# When a verification entered the corrections log: its withdrawal, else its publication.
LOGGED_AT = Coalesce("withdrawn_at", "published_at")


def published_verdict_of(claim) -> models.QuerySet:
    """
    The claim's published verdict, as a queryset of at most one row (a constraint sees to that).
    ``claim`` is a Claim, an id, or ``OuterRef(...)`` for Exists() and Subquery(): the one place
    that says what "has a published verdict" means.
    """
    return Verification.objects.filter(claim=claim, state=Verification.State.PUBLISHED)


class VerificationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=Verification.State.PUBLISHED)

    def public(self):
        """Verdicts readers may see: once published (so also superseded or withdrawn ones) on a public claim."""
        return self.filter(published_at__isnull=False).filter(Exists(published_verdict_of(OuterRef("claim"))))

    def visible_to(self, user):
        return self if is_newsroom_member(user) else self.public()

    def corrections_log(self):
        """
        What readers are told was changed: published corrections of public claims, and every
        withdrawn verdict (it was published once; its withdrawal is part of the record).
        Annotated with ``logged_at``, when it entered the log, which an expression index orders.
        """
        return (
            self.annotate(logged_at=LOGGED_AT)
            .alias(claim_has_verdict=Exists(published_verdict_of(OuterRef("claim"))))
            .filter(
                Q(published_at__isnull=False, supersedes__isnull=False, claim_has_verdict=True)
                | Q(state=Verification.State.WITHDRAWN)
            )
        )


class Verification(VersionedModel):
    """
    An editor's assessment of a claim. The published one is the claim's current verdict;
    earlier ones stay as its history, and a verdict that replaces a published one carries a
    correction note that readers see.
    """

    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"
        SUPERSEDED = "superseded", "Superseded by a correction"
        WITHDRAWN = "withdrawn", "Withdrawn"

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="verifications")
    status = models.ForeignKey(
        Status,
        on_delete=models.PROTECT,
        related_name="verifications",
        help_text="The verdict. Weigh independent origins, not the number of articles repeating one.",
    )
    state = models.CharField(max_length=20, choices=State.choices, default=State.DRAFT, editable=False)
    rationale = models.TextField(
        validators=[no_nul],
        help_text="Why this verdict, in plain words readers can follow. Published with the verdict. "
        "Markdown: **bold**, *italic*, [a link](https://example.org), lists and > quotations; raw HTML and "
        "scripts are removed. Link previews and ClaimReview show it as plain text.",
    )
    evidence = models.ManyToManyField(
        Source, blank=True, related_name="evidence_for", help_text="The sources the verdict rests on."
    )
    evidence_notes = models.TextField(blank=True, validators=[no_nul], help_text="Further evidence, links, documents.")
    correction_note = models.TextField(
        blank=True,
        validators=[no_nul],
        help_text="Required when this verdict replaces a published one: what changed and why. Readers see it.",
    )
    withdrawal_reason = models.TextField(
        blank=True,
        validators=[no_nul],
        help_text="Required to withdraw a published verdict: why it no longer stands. Readers see it.",
    )
    supersedes = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="superseded_by", editable=False
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="authored_verifications"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviewed_verifications",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)

    history = HistoricalRecords(m2m_fields=[evidence])
    objects = VerificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["updated_at"], name="claims_verif_updated_idx"),  # Last-Modified
            models.Index(fields=["-created_at", "-id"], name="claims_verif_created_idx"),  # the API's order
            # The corrections log, newest first: only published corrections and withdrawals are in
            # it. Draft corrections are left out: their NULL logged_at would sort first and be
            # walked past on every page (as many as there are drafts).
            models.Index(
                LOGGED_AT.desc(),
                F("id").desc(),
                name="claims_verif_log_idx",
                condition=Q(supersedes__isnull=False, published_at__isnull=False) | Q(state="withdrawn"),
            ),
        ]
        permissions = [
            ("publish_verification", "Can review and publish others' verifications"),
            ("withdraw_verification", "Can withdraw published verdicts"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["draft", "in_review", "published", "superseded", "withdrawn"]),
                name="claims_verification_state_valid",
                violation_error_message="Unknown workflow state.",
            ),
            models.UniqueConstraint(
                fields=["claim"],
                condition=Q(state="published"),
                name="claims_verification_one_published_per_claim",
                violation_error_message="This claim already has a published verdict; publish a correction instead.",
            ),
            models.CheckConstraint(
                condition=~Q(state__in=["published", "superseded"])
                | Q(reviewer__isnull=False, published_at__isnull=False),
                name="claims_verification_published_reviewed",
                violation_error_message="A published verdict needs its reviewer and publication time.",
            ),
            models.CheckConstraint(
                condition=~Q(state="withdrawn") | (Q(withdrawn_at__isnull=False) & ~Q(withdrawal_reason="")),
                name="claims_verification_withdrawn_explained",
                violation_error_message="A withdrawn verdict needs its withdrawal time and reason.",
            ),
            models.CheckConstraint(
                condition=Q(reviewer__isnull=True) | ~Q(reviewer=F("author")),
                name="claims_verification_reviewer_not_author",
                violation_error_message="Nobody can review their own verification.",
            ),
            models.CheckConstraint(
                condition=Q(supersedes__isnull=True) | ~Q(correction_note=""),
                name="claims_verification_correction_has_note",
                violation_error_message="A verdict that replaces a published one needs a correction note.",
            ),
            models.CheckConstraint(
                condition=Q(supersedes__isnull=True) | ~Q(supersedes=F("id")),
                name="claims_verification_not_superseding_self",
                violation_error_message="A verdict cannot replace itself.",
            ),
            models.CheckConstraint(
                condition=~Q(rationale=""),
                name="claims_verification_rationale_not_empty",
                violation_error_message="A verdict needs a rationale.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.status} ({self.get_state_display().lower()}): {self.claim}"
