from __future__ import annotations

from django.contrib.auth.models import User
from rest_framework import serializers
from rest_framework.reverse import reverse

from claims.models import Appearance, Claim
from claims.serializers import DECIMAL
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


class SuggestionSerializer(serializers.ModelSerializer):
    """A quantity or date found in a source, as extraction proposes it, and what became of it."""

    # a declared field, not Field.source
    source: serializers.SlugRelatedField[Source] = serializers.SlugRelatedField(  # type: ignore[assignment]
        slug_field="slug", read_only=True
    )
    value = serializers.DecimalField(**DECIMAL, read_only=True, allow_null=True)
    lower = serializers.DecimalField(**DECIMAL, read_only=True, allow_null=True)
    upper = serializers.DecimalField(**DECIMAL, read_only=True, allow_null=True)
    speaker = ActorRefSerializer(read_only=True, allow_null=True, help_text="The actor the speaker name matched.")
    matched_claim = ClaimRefSerializer(
        read_only=True, allow_null=True, help_text="An existing claim this looks like: merge rather than accept."
    )
    claim = serializers.SerializerMethodField(help_text="The claim accepting or merging added the quote to.")
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
            "speaker_name", "speaker", "via_name", "stance", "date", "date_end", "date_text",
            "matched_claim", "claim", "appearance", "decided_by", "decided_at",
        ]  # fmt: skip
        read_only_fields = fields

    def get_claim(self, obj) -> str | None:
        return obj.appearance.claim.slug if obj.appearance_id else None


class ImportResultSerializer(serializers.Serializer):
    source = ImportedSourceSerializer()  # type: ignore[assignment]  # a declared field, not Field.source
    created = serializers.BooleanField(help_text="False when the URL or the text was already imported.")
    suggestions = SuggestionSerializer(many=True)


class AcceptSerializer(serializers.Serializer):
    statement = serializers.CharField(
        required=False, allow_blank=True, help_text="The claim in neutral words; a default is built from the quote."
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
