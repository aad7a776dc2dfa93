import datetime

from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Length
from django.utils import timezone
from simple_history.models import HistoricalRecords

from claims.anchoring import QuoteNotFound, anchor_quote
from claims.models.verification import published_verdict_of
from claims.permissions import is_newsroom_member
from claims.stated_dates import DatePrecision, first_day, stated_date_iso, stated_date_text
from core.validators import no_nul
from core.versioning import VersionedModel
from sources.models import Actor, Citation, Source


class Stance(models.TextChoices):
    ASSERTS = "asserts", "asserts"
    CONFIRMS = "confirms", "confirms"
    RELAYS = "relays", "relays"
    DISPUTES = "disputes", "disputes"
    DENIES = "denies", "denies"


class AppearanceQuerySet(models.QuerySet):
    def public(self):
        """Appearances of published claims."""
        return self.filter(Exists(published_verdict_of(OuterRef("claim"))))

    def visible_to(self, user):
        return self if is_newsroom_member(user) else self.public()

    def in_earlier_snapshot(self):
        """Quotes left in an earlier snapshot of their source: its new text no longer has their words."""
        return self.filter(source__replaced_by__isnull=False)


class Appearance(VersionedModel):
    """A claim as it appears in a source: the exact words, who said them, when, and how."""

    Stance = Stance

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="appearances")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="appearances")
    speaker = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="appearances",
        help_text="Who made the statement. Leave empty only when the source names nobody (a passive without agent).",
    )
    via = models.ForeignKey(
        Citation,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="appearances",
        help_text="The citation the statement reached this source through, e.g. 'according to Yonhap'. "
        "It must be one of this source's citations.",
    )
    stance = models.CharField(max_length=10, choices=Stance.choices, default=Stance.ASSERTS)
    quote = models.CharField(
        max_length=1000,
        validators=[no_nul],
        help_text="The words exactly as they stand in the source's text snapshot, nothing added or left out.",
    )
    prefix = models.CharField(max_length=200, blank=True, validators=[no_nul], help_text="Text just before the quote.")
    suffix = models.CharField(max_length=200, blank=True, validators=[no_nul], help_text="Text just after the quote.")
    start = models.PositiveIntegerField(null=True, blank=True, help_text="Offset of the quote's first character.")
    end = models.PositiveIntegerField(null=True, blank=True, help_text="Offset just past the quote's last character.")
    stated_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the speaker made the statement, which may be before the source was published. "
        "For a loose date ('early October') give any day in it and its precision below.",
    )
    stated_precision = models.CharField(
        "date precision",
        max_length=12,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How precisely the source dates the statement. Readers see only what it allows: "
        "'early October 2024', never 1 October; the date is stored as the first day it may mean.",
    )
    date_note = models.CharField(
        max_length=100,
        blank=True,
        validators=[no_nul],
        help_text="How the source dates it, e.g. 'last week', 'on Wednesday'.",
    )
    claim_checked_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="A copy of the claim's checked_at (when its current verdict was published), so that an "
        "actor's page walks an index of what they said, newest check first. Derived, never set by hand.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["claim_checked_at"])
    objects = AppearanceQuerySet.as_manager()

    class Meta:
        # Undated appearances last on every database (SQLite and PostgreSQL disagree by default).
        ordering = [F("stated_on").asc(nulls_last=True), "pk"]
        indexes = [
            models.Index(fields=["updated_at"], name="claims_appear_updated_idx"),  # Last-Modified
            # An actor's page: their published claims, the most recently checked first (claims.views).
            models.Index(
                fields=["speaker", "-claim_checked_at", "-claim"],
                name="claims_appear_speaker_chk_idx",
                condition=Q(claim_checked_at__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(quote=""),
                name="claims_appearance_quote_not_empty",
                violation_error_message="An appearance needs the quote.",
            ),
            models.CheckConstraint(
                condition=Q(stance__in=Stance.values),
                name="claims_appearance_stance_valid",
                violation_error_message="Unknown stance.",
            ),
            models.CheckConstraint(
                condition=Q(stated_precision__in=DatePrecision.values),
                name="claims_appearance_stated_precision_valid",
                violation_error_message="Unknown date precision.",
            ),
            models.CheckConstraint(
                condition=Q(start__isnull=True, end__isnull=True) | Q(start__isnull=False, end__isnull=False),
                name="claims_appearance_offsets_paired",
                violation_error_message="Give both offsets of the quote or neither.",
            ),
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(end=F("start") + Length("quote")),
                name="claims_appearance_offsets_match_quote",
                violation_error_message="The offsets must span exactly the quote.",
            ),
            models.UniqueConstraint(
                fields=["claim", "source", "quote"],
                name="claims_appearance_unique_quote",
                violation_error_message="This quote is already recorded as an appearance of the claim in this source.",
            ),
        ]

    def __str__(self) -> str:
        who = self.speaker or "unattributed"
        return f"{who} {self.get_stance_display()}: “{self.quote}”"

    def save(self, *args, **kwargs) -> None:
        if self.stated_on is not None:  # a loose date is kept as the first day it may mean, so lists sort by it
            self.stated_on = first_day(self.stated_on, self.stated_precision)
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "claim_checked_at"}
        claims = Appearance.claim.field.related_model._default_manager  # claim.py imports this module

        with transaction.atomic(using=using, savepoint=False):
            # The claim's checked_at is copied by the write itself, read in the same statement, and
            # without locking the claim: a publish locks the claim, then every appearance of it
            # (claims.services._set_checked_at), so locking the claim here while an edit holds this
            # row took the two in the opposite order, a deadlock. A publish that commits first is
            # read here; one not yet committed updates this row after this transaction ends.
            current = claims.using(using).filter(pk=self.claim_id).values("checked_at")[:1]
            self.claim_checked_at = Subquery(current)
            super().save(*args, **kwargs)
            # A new or moved appearance waited for the claim's row (its foreign key's check) while a
            # publish held it, and read the value from before that publish: read it once more. Only
            # a changed value is written, so an unchanged one takes no lock on the claim.
            mine = type(self)._base_manager.using(using).filter(pk=self.pk).alias(current=Subquery(current))
            mine.filter(
                Q(claim_checked_at__lt=F("current"))
                | Q(claim_checked_at__gt=F("current"))
                | Q(claim_checked_at__isnull=True, current__isnull=False)
                | Q(claim_checked_at__isnull=False, current__isnull=True)
            ).update(claim_checked_at=Subquery(current))
            self.claim_checked_at = mine.values_list("claim_checked_at", flat=True).get()

    @property
    def stated_text(self) -> str:
        """When it was said, in readers' words at the precision the source gave; '' when undated."""
        return stated_date_text(self.stated_on, self.stated_precision) if self.stated_on else ""

    @property
    def stated_iso(self) -> str:
        """ISO 8601 at that precision ('2024-10' for early October), for <time datetime> and ClaimReview."""
        return stated_date_iso(self.stated_on, self.stated_precision) if self.stated_on else ""

    def when_said(self) -> tuple[datetime.date | None, bool]:
        """
        When it was said, and whether that is only the report date: the stated date, or else the
        day (in the site's time zone) the source was published. Reads the source if not loaded.
        """
        if self.stated_on is not None:
            return self.stated_on, False
        if self.source.published_at is not None:
            return timezone.localdate(self.source.published_at), True
        return None, False

    def clean(self) -> None:
        super().clean()
        if self.via_id and self.source_id and self.via is not None and self.via.source_id != self.source_id:
            raise ValidationError({"via": "Choose one of this source's own citations."})
        if self.quote and self.source_id:
            self.anchor()

    def anchor(self) -> None:
        """Set offsets, prefix and suffix from the source's snapshot; reads the source."""
        text = self.source.text
        if not text:
            # Nothing to anchor in: keep what the editor gave but never offsets we cannot check.
            self.start = self.end = None
            return
        try:
            found = anchor_quote(text, self.quote, prefix=self.prefix, suffix=self.suffix, start=self.start)
        except QuoteNotFound as exc:
            raise ValidationError({"quote": f"{exc} Copy the words from the source's text exactly."}) from exc
        self.start, self.end, self.prefix, self.suffix = found.start, found.end, found.prefix, found.suffix
