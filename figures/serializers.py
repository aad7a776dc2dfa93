"""
The figures API's shapes. The ledger is rendered by ledger_data() from its dataclasses, not by
serializer fields: a figure with 10,000 estimates would spend most of its time in DRF's field
machinery. The Ledger*Serializer classes document that shape for the OpenAPI schema (and the
schema tests check every answer against it).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from rest_framework import serializers
from rest_framework.reverse import reverse

from claims.models import Claim, Topic
from claims.quantities import Qualifier, round_figure
from claims.serializers import DECIMAL, TopicSerializer
from figures.ledger import Ledger, LedgerEntry
from figures.matching import FigureMatch, as_quantity
from figures.models import Figure


class FigureSerializer(serializers.ModelSerializer):
    part_of = serializers.CharField(
        source="whole_slug",
        read_only=True,
        allow_null=True,
        help_text="Slug of the figure this is a part of; null if none (or if that one is not public).",
    )
    topics = TopicSerializer(many=True, read_only=True)
    links = serializers.SerializerMethodField()

    class Meta:
        model = Figure
        fields = ["slug", "name", "unit", "description", "part_of", "topics", "links", "created_at", "updated_at"]

    def get_links(self, obj) -> dict[str, str]:
        request = self.context.get("request")
        return {
            "self": reverse("api:figure-detail", args=[obj.slug], request=request),
            "ledger": reverse("api:figure-ledger", args=[obj.slug], request=request),
            "ledger_csv": reverse("api:figure-ledger", args=[obj.slug], request=request) + "?format=csv",
        }


class FigureWriteSerializer(serializers.ModelSerializer):
    part_of = serializers.SlugRelatedField(
        slug_field="slug", queryset=Figure.objects.all(), allow_null=True, required=False
    )
    topics = serializers.SlugRelatedField(slug_field="slug", queryset=Topic.objects.all(), many=True, required=False)

    class Meta:
        model = Figure
        fields = ["slug", "name", "unit", "description", "part_of", "topics"]


class EstimateWriteSerializer(serializers.Serializer):
    claim = serializers.SlugRelatedField(
        slug_field="slug", queryset=Claim.objects.all(), help_text="Slug of a claim with a quantity."
    )


# -- the ledger (documentation of ledger_data's shape) ------------------------------------------------


class LedgerOriginSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="Stable: 'actor:<slug>' of a top-level organisation, or 'source:<slug>'.")
    label = serializers.CharField()  # type: ignore[assignment]  # a field named like Field.label


class LedgerEntrySerializer(serializers.Serializer):
    appearance_id = serializers.IntegerField()
    claim_slug = serializers.CharField()
    claim_title = serializers.CharField()
    verdict = serializers.CharField(allow_null=True, help_text="Status slug of the published verdict.")
    verdict_label = serializers.CharField(allow_null=True)
    stated_on = serializers.DateField(allow_null=True, help_text="When it was said, else the report's date.")
    date_note = serializers.CharField()
    speaker_name = serializers.CharField(allow_null=True)
    speaker_slug = serializers.CharField(allow_null=True)
    origin = serializers.CharField(help_text="Key of its independent origin (see origins).")
    value = serializers.DecimalField(**DECIMAL, allow_null=True)
    lower = serializers.DecimalField(**DECIMAL, allow_null=True, help_text="Null: open below.")
    upper = serializers.DecimalField(**DECIMAL, allow_null=True, help_text="Null: open above.")
    unit = serializers.CharField()
    quantity_text = serializers.CharField()
    stance = serializers.CharField()
    source_title = serializers.CharField()
    source_url = serializers.CharField()
    revises = serializers.IntegerField(allow_null=True, help_text="appearance_id of the origin's earlier figure.")
    counted = serializers.BooleanField(help_text="Whether it counts towards the consensus; note says why not.")
    note = serializers.CharField()


class ConsensusSpanSerializer(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField(allow_null=True, help_text="Null: still holds.")
    lower = serializers.DecimalField(**DECIMAL, allow_null=True)
    upper = serializers.DecimalField(**DECIMAL, allow_null=True)
    origins = serializers.ListField(child=serializers.CharField())


class ContradictionSerializer(serializers.Serializer):
    on = serializers.DateField()
    kind = serializers.ChoiceField(choices=["ranges", "dispute"])
    origins = serializers.ListField(child=serializers.CharField())
    explanation = serializers.CharField()


class RevisionSerializer(serializers.Serializer):
    origin = serializers.CharField()
    old = serializers.IntegerField(help_text="appearance_id of the earlier figure")
    new = serializers.IntegerField(help_text="appearance_id of the later figure")
    old_value = serializers.DecimalField(**DECIMAL, allow_null=True)
    new_value = serializers.DecimalField(**DECIMAL, allow_null=True)
    explanation = serializers.CharField()


class InconsistencySerializer(serializers.Serializer):
    part = serializers.CharField()
    part_name = serializers.CharField()
    whole = serializers.CharField()
    whole_name = serializers.CharField()
    on = serializers.DateField()
    explanation = serializers.CharField()


class LagSerializer(serializers.Serializer):
    origin = serializers.CharField(allow_null=True, help_text="Null: until a second independent origin agreed.")
    figure = serializers.CharField()
    first_on = serializers.DateField()
    confirmed_on = serializers.DateField()
    days = serializers.IntegerField()
    explanation = serializers.CharField()


class LedgerFigureSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    unit = serializers.CharField()
    description = serializers.CharField()
    part_of = serializers.CharField(allow_null=True)
    parts = serializers.ListField(child=serializers.CharField())


class LedgerSerializer(serializers.Serializer):
    figure = LedgerFigureSerializer()
    summary = serializers.CharField()
    version = serializers.CharField(help_text="Changes whenever anything in the ledger changes.")
    origins = LedgerOriginSerializer(many=True, help_text="In order of first appearance.")
    entries = LedgerEntrySerializer(many=True, help_text="Every appearance of every estimate, by date.")
    consensus = ConsensusSpanSerializer(many=True)
    contradictions = ContradictionSerializer(many=True)
    revisions = RevisionSerializer(many=True)
    inconsistencies = InconsistencySerializer(many=True)
    lags = LagSerializer(many=True)


@functools.lru_cache(maxsize=4096)  # a ledger's thousands of bounds are a few hundred numbers
def _decimal(number: Decimal | None) -> str | None:
    return None if number is None else str(round_figure(number))


def _date(date) -> str | None:
    return None if date is None else date.isoformat()


def entry_data(entry: LedgerEntry) -> dict[str, Any]:
    """An entry as JSON-ready data; its date is left to the renderer (orjson or DRF's encoder writes ISO 8601)."""
    return {
        "appearance_id": entry.appearance_id,
        "claim_slug": entry.claim_slug,
        "claim_title": entry.claim_title,
        "verdict": entry.verdict_code,
        "verdict_label": entry.verdict_label,
        "stated_on": entry.stated_on,
        "date_note": entry.date_note,
        "speaker_name": entry.speaker_name,
        "speaker_slug": entry.speaker_slug,
        "origin": entry.origin.key,
        "value": _decimal(entry.value),
        "lower": _decimal(entry.lower),
        "upper": _decimal(entry.upper),
        "unit": entry.unit,
        "quantity_text": entry.quantity_text,
        "stance": entry.stance,
        "source_title": entry.source_title,
        "source_url": entry.source_url,
        "revises": entry.revises,
        "counted": entry.counted,
        "note": entry.note,
    }


def ledger_data(ledger: Ledger) -> dict[str, Any]:
    """The ledger as JSON-ready data, in LedgerSerializer's shape."""
    figure = ledger.figure
    return {
        "figure": {
            "slug": figure.slug,
            "name": figure.name,
            "unit": figure.unit,
            "description": figure.description,
            "part_of": ledger.whole.slug if ledger.whole else None,
            "parts": [part.slug for part in ledger.parts],
        },
        "summary": ledger.summary,
        "version": ledger.version,
        "origins": [{"key": origin.key, "label": origin.label} for origin in ledger.origins],
        "entries": [entry_data(entry) for entry in ledger.entries],
        "consensus": [
            {
                "start": _date(span.start),
                "end": _date(span.end),
                "lower": _decimal(span.lower),
                "upper": _decimal(span.upper),
                "origins": list(span.origin_keys),
            }
            for span in ledger.consensus
        ],
        "contradictions": [
            {
                "on": _date(c.on),
                "kind": c.kind,
                "origins": [origin.key for origin in c.origins],
                "explanation": c.explanation,
            }
            for c in ledger.contradictions
        ],
        "revisions": [
            {
                "origin": r.origin.key,
                "old": r.old.appearance_id,
                "new": r.new.appearance_id,
                "old_value": _decimal(r.old.value),
                "new_value": _decimal(r.new.value),
                "explanation": r.explanation,
            }
            for r in ledger.revisions
        ],
        "inconsistencies": [
            {
                "part": i.part_slug,
                "part_name": i.part_name,
                "whole": i.whole_slug,
                "whole_name": i.whole_name,
                "on": _date(i.on),
                "explanation": i.explanation,
            }
            for i in ledger.inconsistencies
        ],
        "lags": [
            {
                "origin": lag.origin.key if lag.origin else None,
                "figure": lag.figure_slug,
                "first_on": _date(lag.first_on),
                "confirmed_on": _date(lag.confirmed_on),
                "days": lag.days,
                "explanation": lag.explanation,
            }
            for lag in ledger.lags
        ],
    }


# The columns of the ledger's CSV: one row per entry, the origin's label beside its key.
CSV_COLUMNS = [
    "stated_on", "date_note", "origin", "origin_label", "speaker_name", "stance", "quantity_text", "value", "lower",
    "upper", "unit", "counted", "note", "claim_slug", "claim_title", "verdict", "source_title", "source_url",
    "appearance_id", "revises",
]  # fmt: skip


def ledger_rows(ledger: Ledger) -> Iterator[tuple]:
    """
    The ledger's CSV rows, in CSV_COLUMNS' order, straight from its entries: the CSV needs none of
    the rest of ledger_data() (a big figure's thousands of revisions explained), nor a dict per entry.
    """
    for entry in ledger.entries:
        yield (
            entry.stated_on, entry.date_note, entry.origin.key, entry.origin.label, entry.speaker_name, entry.stance,
            entry.quantity_text, _decimal(entry.value), _decimal(entry.lower), _decimal(entry.upper), entry.unit,
            entry.counted, entry.note, entry.claim_slug, entry.claim_title, entry.verdict_code, entry.source_title,
            entry.source_url, entry.appearance_id, entry.revises,
        )  # fmt: skip


# -- match ------------------------------------------------------------------------------------------


class MatchRequestSerializer(serializers.Serializer):
    value = serializers.DecimalField(**DECIMAL, allow_null=True, required=False)
    lower = serializers.DecimalField(**DECIMAL, allow_null=True, required=False)
    upper = serializers.DecimalField(**DECIMAL, allow_null=True, required=False)
    qualifier = serializers.ChoiceField(
        choices=Qualifier.choices,
        required=False,
        help_text="How firmly the number is stated; by default exact for a value, a range for bounds.",
    )
    unit = serializers.CharField(max_length=50, help_text="What is counted, e.g. 'troops'.")
    text = serializers.CharField(max_length=2000, required=False, allow_blank=True, help_text="The sentence it is in.")
    date = serializers.DateField(required=False, allow_null=True, help_text="When it was said.")

    def validate(self, attrs):
        if all(attrs.get(name) is None for name in ("value", "lower", "upper")):
            raise serializers.ValidationError({"value": ["Give a value, or a lower or upper bound."]})
        attrs["quantity"] = as_quantity(
            unit=attrs["unit"],
            value=attrs.get("value"),
            lower=attrs.get("lower"),
            upper=attrs.get("upper"),
            qualifier=attrs.get("qualifier", ""),
        )
        return attrs


class FigureMatchSerializer(serializers.Serializer):
    figure = serializers.CharField(help_text="Slug of the figure.")
    name = serializers.CharField()
    unit = serializers.CharField()
    score = serializers.FloatField(help_text="0 to 1: shared wording, and whether the date is in its period.")
    reasons = serializers.ListField(child=serializers.CharField())
    position = serializers.ChoiceField(choices=["inside", "outside", "no_consensus", "no_estimates"])
    consensus = ConsensusSpanSerializer(allow_null=True)
    contradicts = LedgerOriginSerializer(many=True, help_text="Origins whose latest range it does not overlap.")
    explanation = serializers.CharField()

    def to_representation(self, match: FigureMatch) -> dict[str, Any]:
        span = match.consensus
        return {
            "figure": match.figure.slug,
            "name": match.figure.name,
            "unit": match.figure.unit,
            "score": match.score,
            "reasons": match.reasons,
            "position": match.position,
            "consensus": None
            if span is None
            else {
                "start": _date(span.start),
                "end": _date(span.end),
                "lower": _decimal(span.lower),
                "upper": _decimal(span.upper),
                "origins": list(span.origin_keys),
            },
            "contradicts": [{"key": origin.key, "label": origin.label} for origin in match.contradicts],
            "explanation": match.explanation,
        }


class MatchResponseSerializer(serializers.Serializer):
    matches = FigureMatchSerializer(many=True)
