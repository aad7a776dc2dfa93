from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Exists, F, FilteredRelation, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Lower
from django.urls import reverse
from simple_history.models import HistoricalRecords

from claims.models.appearance import Appearance
from claims.models.quantity import QuantityFields
from claims.models.verification import Verification, published_verdict_of
from claims.permissions import is_newsroom_member
from core.validators import no_nul
from core.versioning import VersionedModel
from sources.models import Source


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
        return self.filter(Exists(published_verdict_of(OuterRef("pk"))))

    def for_display(self):
        """
        Everything a rendered claim shows (the API's ClaimSerializer, public pages, feeds and
        ClaimReview), in four queries for any page size: the claims, their topics, their
        appearances (with source, publisher, speaker and citation) and their once-published
        verdicts (with status and evidence, which is one more).
        """
        appearances = Appearance.objects.select_related(
            "source__publisher", "speaker", "via__cited_actor", "via__cited_source"
        ).defer("source__text", "via__cited_source__text")
        verdicts = (
            # Not the claim: the prefetch sets each verdict's claim to the claim it was read for.
            Verification.objects.filter(published_at__isnull=False)
            .select_related("status")
            .prefetch_related(Prefetch("evidence", Source.objects.select_related("publisher").defer("text")))
        )
        # The search columns are derived and the largest of a claim (its quotes, names and titles,
        # and their vector): nothing rendered reads them.
        return self.defer("search_text", "search_vector").prefetch_related(
            "topics",
            Prefetch("appearances", appearances),
            Prefetch("verifications", verdicts, to_attr="public_verifications"),
        )

    def visible_to(self, user):
        """Everything for newsroom members; published claims only for everyone else."""
        return self if is_newsroom_member(user) else self.published()

    def latest_checks(self):
        """
        Published claims, the most recently checked first: an index walk on ``checked_at``.
        Visibility is still decided by the published verdict itself (published()), so a
        ``checked_at`` left behind could never show an unpublished claim.
        """
        return self.published().filter(checked_at__isnull=False).order_by("-checked_at", "-pk")

    def with_quantity(self):
        return self.exclude(qualifier="")

    def with_current_verdict_joined(self):
        """
        As with_current_verdict(), by one LEFT JOIN rather than three subqueries per claim: for reads
        of thousands of claims (a figure's ledger). Still one row per claim, since a constraint
        (claims_verification_one_published_per_claim) allows one published verdict at most.
        """
        return self.annotate(
            published_verdict=FilteredRelation(
                "verifications", condition=Q(verifications__state=Verification.State.PUBLISHED)
            ),
            verdict_slug=F("published_verdict__status__slug"),
            verdict_label=F("published_verdict__status__label"),
            verdict_colour=F("published_verdict__status__colour"),
        )

    def with_current_verdict(self):
        """Annotate the published verdict's status (slug, label, colour): one subquery each, no extra queries."""
        current = published_verdict_of(OuterRef("pk"))
        return self.annotate(
            verdict_slug=Subquery(current.values("status__slug")[:1]),
            verdict_label=Subquery(current.values("status__label")[:1]),
            verdict_colour=Subquery(current.values("status__colour")[:1]),
        )


class Claim(QuantityFields, VersionedModel):
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

    checked_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the current verdict was published; empty while none is. Set by the workflow, "
        "never by hand: it orders the public record.",
    )
    search_text = models.TextField(
        blank=True,
        editable=False,
        help_text="What search reads besides the statement: quotes, speakers, sources, plain figures. Derived.",
    )
    search_vector = SearchVectorField(null=True, editable=False)  # PostgreSQL's index of it; see claims.search
    claim_reviewed = models.CharField(
        max_length=75,
        blank=True,
        validators=[no_nul],
        help_text=(
            "The claim as aggregators show it (ClaimReview's claimReviewed): at most 75 characters, "
            "in our own words. Required before a verdict is published."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="owner",
        help_text="Who created the claim. Reporters edit only their own claims, and only until one is published.",
    )
    statement_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="Who wrote or confirmed the statement. Empty while it is extraction's unedited text, "
        "which cannot be published.",
    )
    first_published_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When a verdict on this claim was first published. From then on its slug is permanent and "
        "its wording changes only through a reviewed revision. Set by the workflow.",
    )
    wording_updated_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When a reviewed revision last changed the published wording; readers see an 'updated' note.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Derived columns stay out of the history: they change with other rows, not with edits of this one.
    history = HistoricalRecords(
        m2m_fields=[topics], excluded_fields=["checked_at", "first_published_at", "search_text", "search_vector"]
    )
    objects = ClaimQuerySet.as_manager()

    # Set by ClaimQuerySet.for_display(): the verdicts ever published, with status and evidence.
    public_verifications: list[Verification]

    class Meta:
        ordering = ["-created_at"]
        permissions = [("rename_published_claim", "Can rename a published claim (its old address redirects)")]
        indexes = [
            # The public record, newest verdict first; keyset pages walk it.
            models.Index(
                fields=["-checked_at", "-id"], name="claims_claim_checked_idx", condition=Q(checked_at__isnull=False)
            ),
            models.Index(fields=["-created_at", "-id"], name="claims_claim_created_idx"),
            models.Index(fields=["updated_at"], name="claims_claim_updated_idx"),  # Last-Modified
            # Importing an article looks for the newest claims of a figure's unit whose bounds overlap it: the
            # index holds all it tests and the id it sorts by, so the search reads no table row (an index-only
            # scan), and only the newest few thousand found are then read. A related claim of the same unit
            # and a nearby lower bound uses it too.
            models.Index(
                Lower("unit"),
                F("lower"),
                F("upper"),
                name="claims_claim_unit_bounds_idx",
                include=["id", "unit", "qualifier", "multiplier"],
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="claims_claim_unique_slug"),
            models.CheckConstraint(
                condition=~Q(statement=""),
                name="claims_claim_statement_not_empty",
                violation_error_message="A claim needs a statement.",
            ),
            *QuantityFields.Meta.constraints,
        ]

    def __str__(self) -> str:
        return self.statement

    def get_absolute_url(self) -> str:
        return reverse("claim-detail", args=[self.slug])

    @property
    def is_on_record(self) -> bool:
        """Once a verdict has been published, the claim's slug and public wording are protected."""
        return self.first_published_at is not None

    @property
    def current_verdict(self) -> Verification | None:
        """The published verdict among the verdicts Claim.objects.for_display() prefetched (no query)."""
        return next((v for v in self.public_verifications if v.state == Verification.State.PUBLISHED), None)


class ClaimSlugRedirect(models.Model):
    """An address a published claim had before a chief editor renamed it; it answers 301 to the current one."""

    old_slug = models.SlugField(max_length=200, help_text="The retired address; no claim may take it again.")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="slug_redirects")
    renamed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    renamed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-renamed_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["old_slug"],
                name="claims_slugredirect_unique_old_slug",
                violation_error_message="This address already redirects to a claim.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.claim.slug}"


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
