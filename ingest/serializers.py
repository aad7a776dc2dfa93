from __future__ import annotations

from django.contrib.auth.models import User
from rest_framework import serializers
from rest_framework.reverse import reverse

from claims.models import Appearance, Claim
from claims.serializers import DECIMAL
from figures.models import Figure
from ingest.accepting import SpeakerChoice, suggested_statement
from ingest.models import Suggestion
from sources.models import Actor, Source
from sources.serializers import ActorRefSerializer


class ImportTextSerializer(serializers.Serializer):
    """An article pasted as text (or HTML), with what is known about it."""

    text = serializers.CharField(
        required=False, allow_blank=True, trim_whitespace=False, help_text="The article: plain text or an HTML page."
    )
    url = serializers.URLField(
        required=False,
        allow_blank=True,
        max_length=2000,
        help_text="Where it was published; a known URL is not imported twice.",
    )
    title = serializers.CharField(
        required=False, allow_blank=True, max_length=500, help_text="Defaults to the page's <title> or the first line."
    )
    publisher = serializers.SlugRelatedField(
        slug_field="slug", queryset=Actor.objects.all(), required=False, allow_null=True, help_text="Actor slug."
    )
    published_at = serializers.DateTimeField(
        required=False, allow_null=True, help_text="Dates in the text are resolved against it."
    )


class ImportUploadSerializer(ImportTextSerializer):
    """An article uploaded as a .txt or .html file (UTF-8, or HTML declaring its charset)."""

    file = serializers.FileField(required=False, allow_empty_file=True, use_url=False)


class ImportedSourceSerializer(serializers.ModelSerializer):
    url = serializers.CharField(read_only=True)
    publisher = ActorRefSerializer(read_only=True, allow_null=True)
    links = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = ["slug", "title", "url", "publisher", "published_at", "retrieved_at", "text_sha256", "links"]

    def get_links(self, obj) -> dict[str, str]:
        request = self.context.get("request")
        return {
            "self": reverse("api:source-detail", args=[obj.slug], request=request),
            "suggestions": reverse("api:suggestion-list", request=request) + f"?source={obj.slug}",
        }


class ClaimRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["slug", "statement"]


class FigureRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Figure
        fields = ["slug", "name", "unit"]


class SuggestionSerializer(serializers.ModelSerializer):
    """A quantity or date found in a source, as extraction proposes it, and what became of it."""

    # a declared field, not Field.source
    source: serializers.SlugRelatedField[Source] = serializers.SlugRelatedField(  # type: ignore[assignment]
        slug_field="slug", read_only=True
    )
    value = serializers.DecimalField(**DECIMAL, read_only=True, allow_null=True)
    lower = serializers.DecimalField(**DECIMAL, read_only=True, allow_null=True)
    upper = serializers.DecimalField(**DECIMAL, read_only=True, allow_null=True)
    previous_value = serializers.DecimalField(
        **DECIMAL, read_only=True, allow_null=True, help_text="For a revision: the value the figure replaced."
    )
    speaker = ActorRefSerializer(read_only=True, allow_null=True, help_text="The actor the speaker name matched.")
    matched_claim = ClaimRefSerializer(
        read_only=True, allow_null=True, help_text="An existing claim this looks like: merge rather than accept."
    )
    proposed_figure = FigureRefSerializer(
        read_only=True,
        allow_null=True,
        help_text="The tracked figure the import proposes this number estimates; accepting attaches the claim to it "
        "unless the accept action's `figure` says otherwise.",
    )
    proposed_figure_score = serializers.FloatField(
        read_only=True, allow_null=True, help_text="How well it matched, 0 to 1; null when an editor chose it."
    )
    proposed_figure_reason = serializers.CharField(
        read_only=True, help_text="Why: the unit, the words shared with the figure's name, the period."
    )
    claim = serializers.SerializerMethodField(help_text="The claim accepting or merging added the quote to.")
    suggested_statement = serializers.SerializerMethodField(
        help_text="The short neutral statement accepting proposes (from the figure and the speaker), to confirm "
        "or reword in the accept action's `statement`."
    )
    appearance: serializers.PrimaryKeyRelatedField[Appearance] = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True
    )
    decided_by: serializers.SlugRelatedField[User] = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True
    )

    class Meta:
        model = Suggestion
        fields = [
            "id", "source", "state", "quote", "start", "end", "figure",
            "value", "lower", "upper", "unit", "qualifier", "multiplier", "derived",
            "previous_value", "speaker_name", "speaker_anonymous", "speaker", "via_name", "stance",
            "date", "date_end", "date_text",
            "matched_claim", "proposed_figure", "proposed_figure_score", "proposed_figure_reason",
            "suggested_statement", "claim", "appearance", "decided_by", "decided_at",
        ]  # fmt: skip
        read_only_fields = fields

    def get_suggested_statement(self, obj) -> str:
        return suggested_statement(obj, speaker=obj.speaker)

    def get_claim(self, obj) -> str | None:
        return obj.appearance.claim.slug if obj.appearance_id else None


class ImportResultSerializer(serializers.Serializer):
    source = ImportedSourceSerializer()  # type: ignore[assignment]  # a declared field, not Field.source
    created = serializers.BooleanField(help_text="False when the URL or the text was already imported.")
    suggestions = SuggestionSerializer(many=True)


class AcceptSerializer(serializers.Serializer):
    statement = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=2000,
        help_text="The claim in short neutral words; given, it counts as confirmed by you. Left out, a suggestion "
        "built from the figure and the speaker is used and must be confirmed before a verdict is published.",
    )
    slug = serializers.SlugField(
        required=False, allow_blank=True, max_length=200, help_text="The claim's address; defaults to the statement's."
    )
    claim_reviewed = serializers.CharField(
        required=False, allow_blank=True, max_length=75, help_text="ClaimReview's short text (75 characters at most)."
    )
    speaker_choice = serializers.ChoiceField(
        choices=[c for c, _ in SpeakerChoice.CHOICES],
        required=False,
        help_text="actor (give `speaker`), create (a new actor: `speaker_name`, `speaker_kind`, optional "
        "`speaker_organisation`), anonymous (an anonymous source described by `speaker_name`) or none. "
        "Left out: the matched actor, else a new actor or anonymous source from the speaker the text names.",
    )
    speaker = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Actor.objects.exclude(kind=Actor.Kind.ANONYMOUS),
        required=False,
        allow_null=True,
        help_text="Slug of the existing actor who made the statement (with speaker_choice=actor).",
    )
    speaker_name = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=200,
        help_text="The new actor's name, or the anonymous source's description.",
    )
    speaker_kind = serializers.ChoiceField(
        choices=[Actor.Kind.PERSON, Actor.Kind.ORGANISATION], required=False, help_text="person or organisation."
    )
    speaker_organisation = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Actor.objects.organisations(),
        required=False,
        allow_null=True,
        help_text="Slug of the organisation the new actor belongs to.",
    )
    speaker_organisation_name = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=200,
        help_text="A new person's organisation that is not an actor yet (without `speaker_organisation`): "
        "created with them, or the organisation of that name already recorded.",
    )
    speaker_role = serializers.CharField(required=False, allow_blank=True, max_length=200)
    figure = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Figure.objects.all(),
        required=False,
        allow_null=True,
        help_text="Slug of the tracked figure the new claim estimates (attached with the figures' permission "
        "rules); null: none. Left out: the suggestion's proposed figure, if any.",
    )

    def validate(self, attrs):
        choice = attrs.get("speaker_choice")
        if choice is None and attrs.get("speaker") is not None:
            attrs["speaker_choice"] = choice = SpeakerChoice.ACTOR
        if choice == SpeakerChoice.ACTOR and attrs.get("speaker") is None:
            raise serializers.ValidationError({"speaker": "Give the slug of the actor who made the statement."})
        if choice in (SpeakerChoice.CREATE, SpeakerChoice.ANONYMOUS) and not attrs.get("speaker_name", "").strip():
            raise serializers.ValidationError({"speaker_name": "Give the new actor's name or the source's description"})
        return attrs

    def speaker_decision(self) -> SpeakerChoice | None:
        data = self.validated_data
        if "speaker_choice" not in data:
            return None
        return SpeakerChoice(
            data["speaker_choice"],
            actor=data.get("speaker"),
            name=data.get("speaker_name", ""),
            kind=data.get("speaker_kind", Actor.Kind.PERSON),
            organisation=data.get("speaker_organisation"),
            role=data.get("speaker_role", ""),
            organisation_name=data.get("speaker_organisation_name", ""),
        )


class MergeSerializer(serializers.Serializer):
    claim = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Claim.objects.all(),
        required=False,
        allow_null=True,
        help_text="Slug of the claim to add the quote to; defaults to the matched claim.",
    )


class RejectSerializer(serializers.Serializer):
    pass
