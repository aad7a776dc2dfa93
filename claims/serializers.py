from __future__ import annotations

from typing import Any, TypedDict

from django.contrib.auth.models import User
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from claims.models import Appearance, Claim, ClaimRevision, Status, Topic, Verification
from claims.quantities import Qualifier, Quantity, round_figure
from claims.search import Match, explain_match
from claims.stated_dates import DatePrecision
from sources.models import Actor, Citation, Source
from sources.serializers import ActorRefSerializer, SourceRefSerializer


class DecimalOptions(TypedDict):
    max_digits: int
    decimal_places: int
    coerce_to_string: bool


DECIMAL: DecimalOptions = {"max_digits": 20, "decimal_places": 4, "coerce_to_string": True}


class StatusSerializer(serializers.ModelSerializer):
    rating = serializers.SerializerMethodField(help_text="The schema.org ClaimReview rating this status maps to.")

    class Meta:
        model = Status
        fields = ["slug", "label", "colour", "description", "rating"]

    def get_rating(self, obj) -> dict[str, str | int]:
        return {
            "alternateName": obj.alternate_name,
            "ratingValue": obj.rating_value,
            "bestRating": obj.best_rating,
            "worstRating": obj.worst_rating,
        }


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["slug", "name"]


class QuantitySerializer(serializers.Serializer):
    """A figure as claimed: value and Decimal bounds, unit, qualifier and, for 'N groups of X', a multiplier."""

    value = serializers.DecimalField(**DECIMAL, allow_null=True, required=False)
    lower = serializers.DecimalField(**DECIMAL, allow_null=True, required=False, help_text="Derived if omitted.")
    upper = serializers.DecimalField(**DECIMAL, allow_null=True, required=False, help_text="Derived if omitted.")
    unit = serializers.CharField(max_length=50)
    qualifier = serializers.ChoiceField(choices=Qualifier.choices)
    multiplier = serializers.IntegerField(min_value=1, allow_null=True, required=False)
    total = serializers.DecimalField(**DECIMAL, read_only=True, allow_null=True, help_text="value × multiplier")
    text = serializers.CharField(read_only=True, help_text="The quantity in words, e.g. 'about 3,000 troops'.")

    def validate(self, attrs) -> Quantity:
        """One Quantity, its bounds derived and checked; errors name the part ("quantity.lower")."""
        quantity = Quantity.from_fields(attrs)
        assert quantity is not None  # unit and qualifier are required, so attrs always hold a quantity
        return quantity.checked()

    def to_representation(self, quantity):
        return {
            "value": _decimal(quantity.value),
            "lower": _decimal(quantity.lower),
            "upper": _decimal(quantity.upper),
            "unit": quantity.unit,
            "qualifier": quantity.qualifier,
            "multiplier": quantity.multiplier,
            "total": _decimal(quantity.total.value),
            "text": str(quantity),
        }


def _decimal(number) -> str | None:
    return None if number is None else str(round_figure(number))


class SelectorSerializer(serializers.Serializer):
    """Where the quote stands in the source's snapshot (W3C TextQuoteSelector + TextPositionSelector)."""

    exact = serializers.CharField(source="quote")
    prefix = serializers.CharField()
    suffix = serializers.CharField()
    start = serializers.IntegerField(allow_null=True)
    end = serializers.IntegerField(allow_null=True)


class AppearanceSerializer(serializers.ModelSerializer):
    source = SourceRefSerializer(read_only=True)  # type: ignore[assignment]  # a declared field, not Field.source
    speaker = ActorRefSerializer(read_only=True, allow_null=True)
    via = serializers.SerializerMethodField(help_text="Who the statement reached the source through, if anyone.")
    selector = SelectorSerializer(source="*", read_only=True)

    class Meta:
        model = Appearance
        fields = [
            "id", "source", "speaker", "via", "stance", "quote",
            "stated_on", "stated_precision", "date_note", "selector",
        ]  # fmt: skip

    def get_via(self, obj) -> str | None:
        return str(obj.via.target) if obj.via_id else None


class AppearanceWriteSerializer(serializers.ModelSerializer):
    claim = serializers.SlugRelatedField(slug_field="slug", queryset=Claim.objects.all())
    source = serializers.SlugRelatedField(  # type: ignore[assignment]  # a declared field, not Field.source
        slug_field="slug", queryset=Source.objects.all()
    )
    speaker = serializers.SlugRelatedField(
        slug_field="slug", queryset=Actor.objects.all(), allow_null=True, required=False
    )
    via = serializers.SlugField(
        allow_null=True,
        required=False,
        help_text="Slug of the cited actor the statement came through; the source must cite them.",
    )

    class Meta:
        model = Appearance
        fields = ["claim", "source", "speaker", "via", "stance", "quote", "stated_on", "stated_precision", "date_note"]
        validators: list = []  # uniqueness is a named database constraint, checked by the service

    def validate(self, attrs):
        slug = attrs.get("via")
        if slug:
            # The slug names an actor; the appearance points at that actor's citation in *this* source.
            attrs["via"] = Citation.objects.filter(source=attrs["source"], cited_actor__slug=slug).first()
            if attrs["via"] is None:
                raise serializers.ValidationError({"via": f"The source does not cite an actor '{slug}'."})
        return attrs


class PublicVerificationSerializer(serializers.ModelSerializer):
    """A verdict as readers see it."""

    status = StatusSerializer(read_only=True)
    claim: serializers.SlugRelatedField[Claim] = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    evidence = SourceRefSerializer(many=True, read_only=True)
    supersedes: serializers.PrimaryKeyRelatedField[Verification] = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True
    )

    class Meta:
        model = Verification
        fields = [
            "id", "claim", "status", "state", "rationale", "evidence", "evidence_notes", "correction_note",
            "supersedes", "published_at", "withdrawn_at", "withdrawal_reason",
        ]  # fmt: skip


class VerificationSerializer(PublicVerificationSerializer):
    """A verification as the newsroom sees it: with its workflow."""

    author: serializers.SlugRelatedField[User] = serializers.SlugRelatedField(slug_field="username", read_only=True)
    reviewer: serializers.SlugRelatedField[User] = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True, help_text="Null until someone publishes it."
    )

    class Meta(PublicVerificationSerializer.Meta):
        fields = [
            *PublicVerificationSerializer.Meta.fields,
            "author", "reviewer", "created_at", "updated_at", "submitted_at", "version",
        ]  # fmt: skip


class VerificationWriteSerializer(serializers.ModelSerializer):
    claim = serializers.SlugRelatedField(slug_field="slug", queryset=Claim.objects.all())
    status = serializers.SlugRelatedField(slug_field="slug", queryset=Status.objects.active())
    evidence = serializers.SlugRelatedField(slug_field="slug", queryset=Source.objects.all(), many=True, required=False)

    class Meta:
        model = Verification
        fields = ["claim", "status", "rationale", "evidence", "evidence_notes", "correction_note"]

    def validate_claim(self, claim):
        if self.instance is not None and claim != self.instance.claim:
            raise serializers.ValidationError("A verification stays with its claim; write a new one for another claim.")
        return claim


class TransitionSerializer(serializers.Serializer):
    reason = serializers.CharField(
        required=False, allow_blank=True, help_text="Why: required to withdraw a verdict. Readers see it."
    )


class CorrectionSerializer(serializers.ModelSerializer):
    """A correction of a published verdict: the new verdict and what changed."""

    status = serializers.SlugRelatedField(slug_field="slug", queryset=Status.objects.active())
    evidence = serializers.SlugRelatedField(slug_field="slug", queryset=Source.objects.all(), many=True, required=False)
    correction_note = serializers.CharField(help_text="What changed and why. Readers see it.")

    class Meta:
        model = Verification
        fields = ["status", "rationale", "evidence", "evidence_notes", "correction_note"]


class MatchSerializer(serializers.Serializer):
    """One reason a claim is among search results (claims.search.Match)."""

    field = serializers.ChoiceField(choices=list(Match.LABELS), help_text="The part of the record that matched.")
    text = serializers.CharField(help_text="Its text, or an excerpt of about 160 characters around the match.")
    words = serializers.ListField(child=serializers.CharField(), help_text="The words of that text that matched.")


class ClaimSerializer(serializers.ModelSerializer):
    """A claim with what a client needs in one request: quantity, current verdict, appearances, links."""

    # Nested serializers are declared once and bound once per list, never built again for each row.
    quantity = QuantitySerializer(read_only=True, allow_null=True)
    topics = TopicSerializer(many=True, read_only=True)
    verdict = PublicVerificationSerializer(
        source="current_verdict",
        read_only=True,
        allow_null=True,
        help_text="The published verdict; null until one is published.",
    )
    corrections = serializers.SerializerMethodField(help_text="Every published correction, oldest first.")
    appearances = AppearanceSerializer(many=True, read_only=True)
    counts = serializers.SerializerMethodField()
    links = serializers.SerializerMethodField()
    matched = serializers.SerializerMethodField(
        help_text="In search results (?q=), why the claim matched: each part of its record that holds a searched "
        "word (statement, number, claimant, quote, source, publisher), its text (an excerpt when long) and the "
        "words of it that matched. Null outside a search."
    )

    class Meta:
        model = Claim
        fields = [
            "slug", "statement", "claim_reviewed", "quantity", "topics", "verdict", "corrections", "appearances",
            "counts", "links", "matched", "wording_updated_at", "created_at", "updated_at",
        ]  # fmt: skip

    def _published(self, obj) -> list[Verification]:
        # Prefetched by ClaimQuerySet.for_display(); sorted here to stay one query for the page.
        return sorted(obj.public_verifications, key=lambda v: v.published_at)

    def get_corrections(self, obj) -> list[dict[str, str]]:
        return [
            {"published_at": v.published_at.isoformat(), "note": v.correction_note, "status": v.status.label}
            for v in self._published(obj)
            if v.supersedes_id and v.published_at is not None  # every public verdict has one; this narrows the type
        ]

    def get_counts(self, obj) -> dict[str, int]:
        return {
            "appearances": len(obj.appearances.all()),
            "sources": len({a.source_id for a in obj.appearances.all()}),
            "speakers": len({a.speaker_id for a in obj.appearances.all() if a.speaker_id}),
        }

    @extend_schema_field(MatchSerializer(many=True, allow_null=True))
    def get_matched(self, obj) -> list[dict[str, object]] | None:
        terms = self.context.get("search_terms")
        return None if terms is None else [match.as_dict() for match in explain_match(obj, terms)]

    def get_links(self, obj) -> dict[str, str]:
        request = self.context.get("request")

        def link(name):
            return reverse(f"api:claim-{name}", args=[obj.slug], request=request)

        return {
            "self": link("detail"),
            "timeline": link("timeline"),
            "origins": link("origins"),
            "claimreview": link("claimreview"),
        }


class ClaimWriteSerializer(serializers.ModelSerializer):
    quantity = QuantitySerializer(required=False, allow_null=True)
    topics = serializers.SlugRelatedField(slug_field="slug", queryset=Topic.objects.all(), many=True, required=False)

    class Meta:
        model = Claim
        fields = ["slug", "statement", "claim_reviewed", "quantity", "topics"]
        extra_kwargs: dict[str, dict[str, Any]] = {"slug": {"validators": []}}


class ClaimRenameSerializer(serializers.Serializer):
    slug = serializers.SlugField(max_length=200, help_text="The new address; the old one redirects to it (301).")


class ClaimRevisionSerializer(serializers.ModelSerializer):
    """A change of a published claim's wording, as the newsroom sees it."""

    claim: serializers.SlugRelatedField[Claim] = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    quantity = QuantitySerializer(read_only=True, allow_null=True)
    author: serializers.SlugRelatedField[User] = serializers.SlugRelatedField(slug_field="username", read_only=True)
    reviewer: serializers.SlugRelatedField[User] = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True
    )

    class Meta:
        model = ClaimRevision
        fields = [
            "id", "claim", "state", "statement", "claim_reviewed", "quantity", "note", "author", "reviewer",
            "created_at", "published_at", "previous_statement", "previous_claim_reviewed", "previous_quantity",
        ]  # fmt: skip


class ClaimRevisionWriteSerializer(serializers.ModelSerializer):
    claim = serializers.SlugRelatedField(slug_field="slug", queryset=Claim.objects.all())
    quantity = QuantitySerializer(required=False, allow_null=True)

    class Meta:
        model = ClaimRevision
        fields = ["claim", "statement", "claim_reviewed", "quantity", "note"]
        validators: list = []  # one open change per claim is a named database constraint, checked by the service


# -- analyses -----------------------------------------------------------------------------


class TimelineEntrySerializer(serializers.Serializer):
    date = serializers.DateField(allow_null=True)
    date_precision = serializers.ChoiceField(
        choices=DatePrecision.choices, help_text="How precisely the source dates it: 'early_month' is '1st to 10th'."
    )
    date_text = serializers.CharField(help_text="The date in readers' words at that precision: 'early October 2024'.")
    date_is_report_date = serializers.BooleanField(help_text="True when only the source's publication date is known.")
    date_note = serializers.CharField()
    speaker = ActorRefSerializer(allow_null=True)
    stance = serializers.CharField()
    quote = serializers.CharField()
    source = SourceRefSerializer()  # type: ignore[assignment]  # a declared field, not Field.source
    lag_days = serializers.IntegerField(allow_null=True, help_text="Days after the first dated report.")
    is_confirmation = serializers.BooleanField()


class TimelineSerializer(serializers.Serializer):
    first_date = serializers.DateField(allow_null=True)
    first_confirmation_lag_days = serializers.IntegerField(allow_null=True)
    entries = TimelineEntrySerializer(many=True)


class OriginSerializer(serializers.Serializer):
    label = serializers.CharField()  # type: ignore[assignment]  # a declared field, not Field.label
    actor = ActorRefSerializer(allow_null=True, help_text="The top-level organisation, or a person in none.")
    actors = ActorRefSerializer(many=True, help_text="The actors the chains end at.")


class ChainSerializer(serializers.Serializer):
    appearance = serializers.IntegerField(source="appearance.id")
    stance = serializers.CharField(source="appearance.stance")
    label = serializers.CharField()  # type: ignore[assignment]  # a declared field, not Field.label
    steps = serializers.ListField(child=serializers.CharField(), source="step_labels")


class CorroborationSerializer(serializers.Serializer):
    independent_origins = serializers.IntegerField(source="origin_count")
    origins = OriginSerializer(many=True)
    chains = ChainSerializer(many=True)
    suggested_status = serializers.CharField(source="suggestion.slug")
    reason = serializers.CharField(source="suggestion.reason")
