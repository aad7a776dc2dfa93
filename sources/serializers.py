from typing import Any

from rest_framework import serializers
from rest_framework.reverse import reverse

from sources.models import Actor, Citation, Source


class ActorRefSerializer(serializers.ModelSerializer):
    """An actor named inside another resource."""

    class Meta:
        model = Actor
        fields = ["slug", "name", "kind"]


class ActorSerializer(serializers.ModelSerializer):
    organisation = ActorRefSerializer(read_only=True, allow_null=True)
    url = serializers.CharField(read_only=True, help_text="An official page or profile; empty if none.")
    links = serializers.SerializerMethodField()

    class Meta:
        model = Actor
        fields = ["slug", "name", "kind", "role", "organisation", "description", "url", "links"]

    def get_links(self, obj) -> dict[str, str]:
        request = self.context.get("request")
        return {
            "self": reverse("api:actor-detail", args=[obj.slug], request=request),
            "claims": reverse("api:claim-list", request=request) + f"?claimant={obj.slug}",
        }


class ActorWriteSerializer(serializers.ModelSerializer):
    organisation = serializers.SlugRelatedField(
        slug_field="slug", queryset=Actor.objects.organisations(), required=False, allow_null=True
    )

    class Meta:
        model = Actor
        fields = ["slug", "name", "kind", "role", "organisation", "description", "url"]
        # uniqueness is a named database constraint
        extra_kwargs: dict[str, dict[str, Any]] = {"slug": {"validators": []}}


class SourceRefSerializer(serializers.ModelSerializer):
    """A source named inside another resource."""

    publisher = ActorRefSerializer(read_only=True, allow_null=True)
    url = serializers.CharField(read_only=True, help_text="Where it was published; empty if unknown.")

    class Meta:
        model = Source
        fields = ["slug", "title", "kind", "url", "publisher", "published_at"]


class CitationSerializer(serializers.ModelSerializer):
    actor = ActorRefSerializer(source="cited_actor", read_only=True, allow_null=True)
    source = SourceRefSerializer(  # type: ignore[assignment]  # a declared field, not Field.source
        source="cited_source", read_only=True, allow_null=True
    )

    class Meta:
        model = Citation
        fields = ["actor", "source", "note"]


class SourceSerializer(serializers.ModelSerializer):
    publisher = ActorRefSerializer(read_only=True, allow_null=True)
    url = serializers.CharField(read_only=True, help_text="Where it was published; empty if unknown.")
    links = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = [
            "slug", "kind", "title", "url", "publisher", "byline", "published_at", "retrieved_at",
            "language", "text_sha256", "links",
        ]  # fmt: skip

    def get_links(self, obj) -> dict[str, str]:
        request = self.context.get("request")
        return {
            "self": reverse("api:source-detail", args=[obj.slug], request=request),
            "claims": reverse("api:claim-list", request=request) + f"?source={obj.slug}",
        }


class SourceDetailSerializer(SourceSerializer):
    """The detail view adds the text snapshot, what the source cites, and the source it is an earlier snapshot of."""

    citations = CitationSerializer(many=True, read_only=True)
    replaced_by: serializers.SlugRelatedField[Source] = serializers.SlugRelatedField(
        slug_field="slug",
        read_only=True,
        allow_null=True,
        help_text="Slug of the current source when this is an earlier snapshot of it, kept for its quotes; else null.",
    )

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text", "citations", "replaced_by"]


class SourceWriteSerializer(serializers.ModelSerializer):
    publisher = serializers.SlugRelatedField(
        slug_field="slug", queryset=Actor.objects.all(), required=False, allow_null=True
    )

    class Meta:
        model = Source
        fields = [
            "slug", "kind", "title", "url", "publisher", "byline", "published_at", "retrieved_at",
            "language", "text", "notes",
        ]  # fmt: skip
        extra_kwargs: dict[str, dict[str, Any]] = {"slug": {"validators": []}, "url": {"validators": []}}
