from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q, Subquery
from django.urls import reverse
from simple_history.models import HistoricalRecords

from claims.quantities import Qualifier, Quantity, default_bounds
from factcheck.validators import no_nul
from factcheck.versioning import VersionedModel

LOWER_ABOVE_VALUE = "The lower bound cannot be above the value."
VALUE_ABOVE_UPPER = "The value cannot be above the upper bound."
BOUNDS_REVERSED = "The lower bound cannot be above the upper bound."
EXACT_HAS_RANGE = "An exact figure has no range: both bounds equal the value."

_NO_QUANTITY = Q(
    value__isnull=True, lower__isnull=True, upper__isnull=True, qualifier="", unit="", multiplier__isnull=True
)
_SOME_NUMBER = Q(value__isnull=False) | Q(lower__isnull=False) | Q(upper__isnull=False)


class Topic(models.Model):
    name = models.CharField(max_length=100, validators=[no_nul])
    slug = models.SlugField(max_length=100, help_text="Unique; used in public URLs and API filters.")
    description = models.TextField(blank=True, validators=[no_nul])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="claims_topic_unique_slug"),
            models.UniqueConstraint(fields=["name"], name="claims_topic_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name


class ClaimQuerySet(models.QuerySet):
    def published(self):
        """Claims with a published verdict: the only claims the public may ever see."""
        from claims.models.verification import Verification

        return self.filter(
            Exists(Verification.objects.filter(claim=OuterRef("pk"), state=Verification.State.PUBLISHED))
        )

    def for_api(self):
        """
        Everything ClaimSerializer renders, in four queries for any page size: the claims,
        their topics, their appearances (with source, publisher, speaker and citation) and
        their once-published verdicts (with status and evidence, which is one more).
        """
        from claims.models.appearance import Appearance
        from claims.models.verification import Verification
        from sources.models import Source

        appearances = Appearance.objects.select_related(
            "source__publisher", "speaker", "via__cited_actor", "via__cited_source"
        ).defer("source__text", "via__cited_source__text")
        verdicts = (
            Verification.objects.filter(published_at__isnull=False)
            .select_related("status", "claim")
            .prefetch_related(Prefetch("evidence", Source.objects.select_related("publisher").defer("text")))
        )
        return self.prefetch_related(
            "topics",
            Prefetch("appearances", appearances),
            Prefetch("verifications", verdicts, to_attr="public_verifications"),
        )

    def visible_to(self, user):
        """Everything for newsroom members; published claims only for everyone else."""
        return self if user.has_perm("claims.view_claim") else self.published()

    def latest_checks(self):
        """Published claims, the most recently checked first (annotated with ``checked_at``)."""
        from claims.models.verification import Verification

        current = Verification.objects.filter(claim=OuterRef("pk"), state=Verification.State.PUBLISHED)
        return (
            self.published()
            .annotate(checked_at=Subquery(current.values("published_at")[:1]))
            .order_by("-checked_at", "-pk")
        )

    def with_quantity(self):
        return self.exclude(qualifier="")

    def with_current_verdict(self):
        """Annotate the published verdict's status (slug, label, colour): one subquery each, no extra queries."""
        from claims.models.verification import Verification

        current = Verification.objects.filter(claim=OuterRef("pk"), state=Verification.State.PUBLISHED)
        return self.annotate(
            verdict_slug=Subquery(current.values("status__slug")[:1]),
            verdict_label=Subquery(current.values("status__label")[:1]),
            verdict_colour=Subquery(current.values("status__colour")[:1]),
        )


class Claim(VersionedModel):
    """One checkable statement, in the editor's wording, with an optional quantity."""

    statement = models.TextField(
        validators=[no_nul],
        help_text=(
            "The claim in our own neutral wording, as one checkable sentence. "
            "Readers see it as the headline of the fact-check once a verdict is published."
        ),
    )
    slug = models.SlugField(max_length=200, help_text="Unique; used in public URLs. Do not change once published.")
    topics = models.ManyToManyField(Topic, blank=True, related_name="claims")

    value = models.DecimalField(
        max_digits=20,
        decimal_places=4,
        null=True,
        blank=True,
        help_text="The figure as stated, e.g. 3000 for 'about 3,000'.",
    )
    lower = models.DecimalField(
        "lower bound",
        max_digits=20,
        decimal_places=4,
        null=True,
        blank=True,
        help_text="Smallest figure the wording allows. Left empty, it is derived from the qualifier (about: -10%).",
    )
    upper = models.DecimalField(
        "upper bound",
        max_digits=20,
        decimal_places=4,
        null=True,
        blank=True,
        help_text="Largest figure the wording allows. Left empty, it is derived from the qualifier (about: +10%).",
    )
    unit = models.CharField(
        max_length=50, blank=True, validators=[no_nul], help_text="Plural noun of what is counted: 'troops', 'sites'."
    )
    qualifier = models.CharField(
        max_length=20,
        choices=Qualifier.choices,
        blank=True,
        help_text="How firmly the figure is stated. Required when the claim has a quantity; empty otherwise.",
    )
    multiplier = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="For 'N groups of X each': N. The total is the value times this (2 regiments of 6,000: 12,000).",
    )

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[topics])
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="claims_claim_unique_slug"),
            models.CheckConstraint(
                condition=~Q(statement=""),
                name="claims_claim_statement_not_empty",
                violation_error_message="A claim needs a statement.",
            ),
            models.CheckConstraint(
                condition=Q(qualifier="") | Q(qualifier__in=Qualifier.values),
                name="claims_claim_qualifier_valid",
                violation_error_message="Unknown qualifier.",
            ),
            models.CheckConstraint(
                condition=_NO_QUANTITY | (~Q(qualifier="") & ~Q(unit="") & _SOME_NUMBER),
                name="claims_claim_quantity_complete",
                violation_error_message=(
                    "A quantity needs a qualifier, a unit and a value or bounds; "
                    "a claim without a quantity leaves all of them empty."
                ),
            ),
            models.CheckConstraint(
                condition=Q(lower__isnull=True) | Q(value__isnull=True) | Q(lower__lte=F("value")),
                name="claims_claim_lower_le_value",
                violation_error_message=LOWER_ABOVE_VALUE,
            ),
            models.CheckConstraint(
                condition=Q(upper__isnull=True) | Q(value__isnull=True) | Q(value__lte=F("upper")),
                name="claims_claim_value_le_upper",
                violation_error_message=VALUE_ABOVE_UPPER,
            ),
            models.CheckConstraint(
                condition=Q(lower__isnull=True) | Q(upper__isnull=True) | Q(lower__lte=F("upper")),
                name="claims_claim_bounds_ordered",
                violation_error_message=BOUNDS_REVERSED,
            ),
            models.CheckConstraint(
                condition=~Q(qualifier__in=[Qualifier.EXACT, Qualifier.APPROXIMATELY]) | Q(value__isnull=False),
                name="claims_claim_qualifier_needs_value",
                violation_error_message="'Exactly' and 'approximately' need a value.",
            ),
            models.CheckConstraint(
                condition=~Q(qualifier=Qualifier.EXACT) | Q(lower=F("value"), upper=F("value")),
                name="claims_claim_exact_bounds_equal_value",
                violation_error_message=EXACT_HAS_RANGE,
            ),
            models.CheckConstraint(
                condition=~Q(qualifier=Qualifier.AT_LEAST) | Q(lower__isnull=False),
                name="claims_claim_at_least_has_lower",
                violation_error_message="'At least' needs a value or a lower bound.",
            ),
            models.CheckConstraint(
                condition=~Q(qualifier=Qualifier.AT_MOST) | Q(upper__isnull=False),
                name="claims_claim_at_most_has_upper",
                violation_error_message="'At most' needs a value or an upper bound.",
            ),
            models.CheckConstraint(
                condition=~Q(qualifier=Qualifier.RANGE) | Q(lower__isnull=False, upper__isnull=False),
                name="claims_claim_range_has_bounds",
                violation_error_message="A range needs both a lower and an upper bound.",
            ),
            models.CheckConstraint(
                condition=Q(multiplier__isnull=True) | Q(multiplier__gte=1),
                name="claims_claim_multiplier_positive",
                violation_error_message="The multiplier counts groups: 1 or more.",
            ),
        ]

    def __str__(self) -> str:
        return self.statement

    def get_absolute_url(self) -> str:
        return reverse("claim-detail", args=[self.slug])

    def save(self, *args, **kwargs) -> None:
        self.fill_quantity_bounds()
        super().save(*args, **kwargs)

    @property
    def quantity(self) -> Quantity | None:
        if not self.qualifier:
            return None
        return Quantity(self.value, self.lower, self.upper, self.unit, self.qualifier, self.multiplier)

    def fill_quantity_bounds(self) -> None:
        """Derive empty bounds from the qualifier, so 'about 3,000' gets 2,700 to 3,300."""
        if not self.qualifier:
            return
        value = None if self.value is None else Decimal(self.value)
        self.lower, self.upper = default_bounds(
            qualifier=self.qualifier,
            value=value,
            lower=None if self.lower is None else Decimal(self.lower),
            upper=None if self.upper is None else Decimal(self.upper),
        )

    def clean(self) -> None:
        super().clean()
        self.unit = self.unit.strip()
        has_number = self.value is not None or self.lower is not None or self.upper is not None
        if has_number and not self.qualifier:
            raise ValidationError({"qualifier": "Choose how firmly the figure is stated (exactly, approximately...)."})
        if has_number and not self.unit:
            raise ValidationError({"unit": "Say what the figure counts, e.g. 'troops'."})
        if self.qualifier and not has_number:
            raise ValidationError({"value": "A qualifier needs a value or bounds."})
        if self.multiplier is not None and not self.qualifier:
            raise ValidationError({"multiplier": "A multiplier needs a quantity to multiply."})
        self.fill_quantity_bounds()
        self._check_bounds()

    def _check_bounds(self) -> None:
        """The bound constraints again, so a form or API error names the field to fix."""
        value, lower, upper = self.value, self.lower, self.upper
        if self.qualifier == Qualifier.EXACT and value is not None and (lower != value or upper != value):
            raise ValidationError({"lower" if lower != value else "upper": EXACT_HAS_RANGE})
        if lower is not None and value is not None and lower > value:
            raise ValidationError({"lower": LOWER_ABOVE_VALUE})
        if upper is not None and value is not None and value > upper:
            raise ValidationError({"upper": VALUE_ABOVE_UPPER})
        if lower is not None and upper is not None and lower > upper:
            raise ValidationError({"upper": BOUNDS_REVERSED})


class ClaimRelation(models.Model):
    """How one claim bears on another; read it as 'from_claim <kind> to_claim'."""

    class Kind(models.TextChoices):
        PART_OF = "part_of", "is part of"
        DERIVED_FROM = "derived_from", "is derived from"
        SAME_AS = "same_as", "is the same as"
        CONTRADICTS = "contradicts", "contradicts"

    from_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="relations_out")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    to_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="relations_in")
    note = models.CharField(max_length=300, blank=True, validators=[no_nul])

    history = HistoricalRecords()

    class Meta:
        ordering = ["from_claim", "kind", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_claim=F("to_claim")),
                name="claims_relation_not_self",
                violation_error_message="A claim cannot be related to itself.",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["part_of", "derived_from", "same_as", "contradicts"]),
                name="claims_relation_kind_valid",
                violation_error_message="Unknown relation kind.",
            ),
            models.UniqueConstraint(
                fields=["from_claim", "kind", "to_claim"],
                name="claims_relation_unique",
                violation_error_message="These claims are already related this way.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_claim} {self.get_kind_display()} {self.to_claim}"
