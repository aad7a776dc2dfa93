import hashlib
import re
import unicodedata
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from claims.models import Appearance, Claim, Stance
from claims.models.quantity import DECIMAL, QuantityFields
from core.validators import no_nul
from figures.models import Figure
from sources.models import Actor, Source


class SuggestionQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=Suggestion.State.PENDING)

    def for_review(self):
        """
        What a review list shows, in one query: the suggestion with its source (without the
        snapshot), matched speaker and claim, proposed figure, who decided, and the claim it became.
        """
        return self.select_related(
            "source", "speaker", "matched_claim", "proposed_figure", "decided_by", "appearance__claim"
        ).defer("source__text", "source__notes")


class Suggestion(QuantityFields, models.Model):
    """
    A quantity or date found in a source's text snapshot by extraction, waiting for an editor
    to accept it (a new claim), merge it (a new appearance of an existing claim) or reject it.

    Its fingerprint identifies the same statement across extraction runs, so a decision is
    remembered: re-running extraction never proposes a decided statement again.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted as a new claim"
        MERGED = "merged", "Merged into an existing claim"
        REJECTED = "rejected", "Rejected"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="suggestions")
    quote = models.TextField(validators=[no_nul], help_text="The sentence as it stands in the source's snapshot.")
    start = models.PositiveIntegerField(help_text="Offset of the quote in the snapshot.")
    end = models.PositiveIntegerField(help_text="Offset just past the quote.")

    derived = models.BooleanField(
        default=False, help_text="A total computed from other figures in the sentence (2 × 6,000 → 12,000)."
    )
    figure = models.CharField(max_length=300, blank=True, validators=[no_nul], help_text="The words of the figure.")

    speaker_name = models.CharField(
        max_length=200, blank=True, validators=[no_nul], help_text="Who said it, as the text names them."
    )
    speaker = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
        help_text="The actor the speaker's name was matched to. Correct it before accepting if it is wrong.",
    )
    speaker_anonymous = models.BooleanField(
        default=False,
        help_text="The speaker is an unnamed or collective source ('a senior official'): accepting records an "
        "anonymous source with that description unless the editor chooses otherwise.",
    )
    previous_value = models.DecimalField(
        **DECIMAL,
        null=True,
        blank=True,
        help_text="For a revision or change ('raised its estimate from 40 to 57'): the value the figure replaced.",
    )
    via_name = models.CharField(
        max_length=200,
        blank=True,
        validators=[no_nul],
        help_text="Who relayed it, as the text names them ('according to Yonhap'). Accepting records the source "
        "citing that actor, when an actor of that name exists.",
    )
    stance = models.CharField(max_length=10, choices=Stance.choices, default=Stance.ASSERTS)
    date = models.DateField(null=True, blank=True, help_text="When it was said or happened.")
    date_end = models.DateField(null=True, blank=True, help_text="End of a date range such as 'early October'.")
    date_text = models.CharField(max_length=100, blank=True, validators=[no_nul], help_text="The words that date it.")

    matched_claim = models.ForeignKey(
        Claim,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
        help_text="An existing claim this looks like (same unit, overlapping bounds, similar words). "
        "Merging adds the quote to it as an appearance instead of creating a duplicate claim.",
    )
    proposed_figure = models.ForeignKey(
        Figure,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",  # figures know nothing of imports
        help_text="The tracked figure this number may be an estimate of (same unit, similar wording, the period "
        "of its estimates), proposed by the import. Accepting attaches the new claim to it as an estimate "
        "unless the editor changes or clears it.",
    )
    proposed_figure_score = models.FloatField(
        null=True, blank=True, editable=False, help_text="How well the figure matched, 0 to 1 (figures.matching)."
    )
    proposed_figure_reason = models.CharField(
        max_length=300,
        blank=True,
        editable=False,
        validators=[no_nul],
        help_text="Why the import proposed the figure: the unit, the shared words, the period.",
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING, editable=False)
    fingerprint = models.CharField(
        max_length=64, editable=False, help_text="Identifies the statement across extraction runs."
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)
    appearance = models.ForeignKey(
        Appearance,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="The appearance accepting or merging created.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["source_id", "start", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "fingerprint"],
                name="ingest_suggestion_unique_fingerprint",
                violation_error_message="This statement is already suggested for this source.",
            ),
            models.CheckConstraint(
                condition=Q(state__in=["pending", "accepted", "merged", "rejected"]),
                name="ingest_suggestion_state_valid",
                violation_error_message="Unknown suggestion state.",
            ),
            models.CheckConstraint(
                condition=Q(state="pending") | Q(decided_at__isnull=False),
                name="ingest_suggestion_decision_dated",
                violation_error_message="A decided suggestion needs the time it was decided.",
            ),
            models.CheckConstraint(
                condition=Q(end__gte=F("start")),
                name="ingest_suggestion_offsets_ordered",
                violation_error_message="The quote cannot end before it starts.",
            ),
            models.CheckConstraint(
                condition=Q(proposed_figure_score__isnull=True)
                | Q(proposed_figure_score__gte=0, proposed_figure_score__lte=1),
                name="ingest_suggestion_proposed_figure_score_range",
                violation_error_message="A figure's match score lies between 0 and 1.",
            ),
            *QuantityFields.Meta.constraints,
        ]

    def __str__(self) -> str:
        what = str(self.quantity) if self.quantity else (self.date_text or "statement")
        return f"{what} ({self.speaker_name or 'unattributed'})"

    def save(self, *args, **kwargs) -> None:
        self.derive_quantity_bounds()  # before the fingerprint, which reads the bounds
        self.fingerprint = self.compute_fingerprint()
        super().save(*args, **kwargs)

    @property
    def is_pending(self) -> bool:
        return self.state == self.State.PENDING

    def compute_fingerprint(self) -> str:
        """
        SHA-256 of what identifies the statement: unit, value, bounds, speaker name and quote,
        normalised (case, punctuation, spacing, 3000 = 3000.0000) so a re-extraction of the same
        text finds the same fingerprint. Offsets and dates are left out because they move when the
        text or the engine changes; a mention without a quantity adds its date words instead, so
        two dates in one sentence stay two suggestions.
        """
        parts = [
            self.unit.strip().casefold(),
            _number(self.value),
            _number(self.lower),
            _number(self.upper),
            _words(self.speaker_name),
            _words(self.quote),
        ]
        if not self.qualifier:
            parts.append(_words(self.date_text))
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _number(number: Decimal | None) -> str:
    return "" if number is None else format(Decimal(number).normalize(), "f")


def _words(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"[\W_]+", " ", text).strip()


class ImportBatch(models.Model):
    """
    Several articles imported one after another, one per request, so a long import never becomes
    one request that times out and the editor sees how far it got (ingest.services.import_batch_step).
    """

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    publisher = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", help_text="Who published them all."
    )
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="When they were all published; dates in the texts use it."
    )

    class Meta:
        verbose_name_plural = "import batches"

    def __str__(self) -> str:
        return f"Import batch {self.pk}"


class ImportBatchFile(models.Model):
    """One file of an import batch: waiting, imported (as its source) or refused (with the reason)."""

    class State(models.TextChoices):
        WAITING = "waiting", "Waiting"
        IMPORTED = "imported", "Imported"
        REFUSED = "refused", "Refused"

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=255, validators=[no_nul])
    data = models.BinaryField(help_text="The file as uploaded; emptied once it has been imported or refused.")
    state = models.CharField(max_length=10, choices=State.choices, default=State.WAITING)
    message = models.TextField(blank=True, help_text="Why it was refused, or that it was imported before.")
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    suggestions = models.PositiveIntegerField(default=0, help_text="How many suggestions it has to review.")

    class Meta:
        ordering = ["batch_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "position"], name="ingest_importbatchfile_unique_position"),
            models.CheckConstraint(
                condition=Q(state__in=["waiting", "imported", "refused"]),
                name="ingest_importbatchfile_state_valid",
                violation_error_message="Unknown import state.",
            ),
        ]

    def __str__(self) -> str:
        return self.name
