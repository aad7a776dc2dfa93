"""
Figures the newsroom tracks ("North Korean troops committed to Russia", unit troops), the claims
that estimate them, and the findings of their ledgers that wait for an editor.

A claim estimates at most one figure (Estimate is one-to-one with the claim); claims know
nothing of figures, which sit above them.
"""

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from simple_history.models import HistoricalRecords

from claims.models import Claim, Topic
from claims.models.verification import published_verdict_of
from claims.permissions import is_newsroom_member
from core.validators import no_nul
from core.versioning import VersionedModel


class FigureQuerySet(models.QuerySet):
    def public(self):
        """Figures with at least one published estimate: a figure is public through its published claims."""
        published = Estimate.objects.filter(figure=OuterRef("pk")).filter(
            Exists(published_verdict_of(OuterRef("claim")))
        )
        return self.filter(Exists(published))

    def visible_to(self, user):
        return self if is_newsroom_member(user) else self.public()


class Figure(VersionedModel):
    """A number the newsroom tracks as sources speak: troops sent, casualties, a budget."""

    slug = models.SlugField(max_length=200, help_text="Unique; used in public URLs. Do not change once public.")
    name = models.CharField(
        max_length=200,
        validators=[no_nul],
        help_text="What is counted, in neutral words readers see as the title: "
        "'North Korean troops committed to Russia'.",
    )
    unit = models.CharField(
        max_length=50,
        validators=[no_nul],
        help_text="Plural noun of what is counted, as claims write it: 'troops'. Estimates in "
        "another unit ('soldiers') are allowed; the ledger says so.",
    )
    description = models.TextField(
        blank=True, validators=[no_nul], help_text="What exactly the figure counts and what it leaves out."
    )
    part_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
        help_text="The whole this figure is a part of ('deployed so far' is part of 'committed'): "
        "the ledger warns when a part's estimates rise above the whole's.",
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="figures")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[topics])
    objects = FigureQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="figures_figure_unique_slug"),
            models.CheckConstraint(
                condition=~Q(name=""),
                name="figures_figure_name_not_empty",
                violation_error_message="A figure needs a name.",
            ),
            models.CheckConstraint(
                condition=~Q(unit=""),
                name="figures_figure_unit_not_empty",
                violation_error_message="Say what the figure counts, e.g. 'troops'.",
            ),
            models.CheckConstraint(
                condition=~Q(part_of=F("id")),
                name="figures_figure_not_part_of_itself",
                violation_error_message="A figure cannot be a part of itself.",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Estimate(models.Model):
    """A claim with a quantity, read as an estimate of one figure."""

    claim = models.OneToOneField(
        Claim,
        on_delete=models.CASCADE,
        related_name="estimate",
        help_text="A claim with a quantity. A claim estimates one figure at most.",
    )
    figure = models.ForeignKey(Figure, on_delete=models.CASCADE, related_name="estimates")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["figure", "pk"]
        indexes = [models.Index(fields=["figure", "claim"], name="figures_estimate_figure_idx")]

    def __str__(self) -> str:
        return f"{self.claim} → {self.figure}"


class Finding(models.Model):
    """
    Something a figure's ledger found that an editor should look at: a contradiction between
    origins, an origin's revision, a part above its whole. Stored so that the queue shows what is
    new; refreshed by figures.services.figure_findings_refresh whenever the ledger's inputs change.
    """

    class Kind(models.TextChoices):
        CONTRADICTION = "contradiction", "contradiction"
        REVISION = "revision", "revision"
        INCONSISTENCY = "inconsistency", "part above its whole"

    figure = models.ForeignKey(Figure, on_delete=models.CASCADE, related_name="findings")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    key = models.CharField(
        max_length=200, help_text="What identifies this finding across refreshes (origins, entries, date)."
    )
    explanation = models.TextField()
    first_seen_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(
        null=True, blank=True, help_text="When the ledger stopped finding it (an estimate detached or corrected)."
    )
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-first_seen_at", "-pk"]
        indexes = [
            models.Index(
                fields=["-first_seen_at"],
                name="figures_finding_open_idx",
                condition=Q(acknowledged_at__isnull=True, resolved_at__isnull=True),
            )
        ]
        constraints = [
            models.UniqueConstraint(fields=["figure", "kind", "key"], name="figures_finding_unique_key"),
            models.CheckConstraint(
                condition=Q(kind__in=["contradiction", "revision", "inconsistency"]),
                name="figures_finding_kind_valid",
                violation_error_message="Unknown kind of finding.",
            ),
            models.CheckConstraint(
                condition=Q(acknowledged_at__isnull=True) | Q(acknowledged_by__isnull=False),
                name="figures_finding_acknowledged_by_someone",
                violation_error_message="An acknowledged finding names who acknowledged it.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.explanation}"
