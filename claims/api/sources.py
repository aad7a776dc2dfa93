"""The API of sources and actors: newsroom members see all; the public, what published claims rest on."""

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view

from claims.visibility import actors_visible_to, sources_visible_to
from core.viewsets import ReadWriteViewSet
from sources import services
from sources.filters import ActorFilter, SourceFilter
from sources.models import Actor, Citation, Source
from sources.serializers import (
    ActorSerializer,
    ActorWriteSerializer,
    SourceDetailSerializer,
    SourceSerializer,
    SourceWriteSerializer,
)


class _BySlug(ReadWriteViewSet):
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    ordering_fields = ["created_at", "updated_at"]
    ordering = ["-created_at"]


@extend_schema_view(
    list=extend_schema(summary="List sources", description="The public sees sources of published claims only."),
    retrieve=extend_schema(summary="A source with its text snapshot"),
    create=extend_schema(summary="Add a source", responses={201: SourceDetailSerializer}),
    update=extend_schema(summary="Replace a source (If-Match required)", responses={200: SourceDetailSerializer}),
    partial_update=extend_schema(
        summary="Change a source (If-Match required)", responses={200: SourceDetailSerializer}
    ),
)
class SourceViewSet(_BySlug):
    write_serializer_class = SourceWriteSerializer
    filterset_class = SourceFilter
    queryset = Source.objects.none()

    def get_read_serializer_class(self):
        return SourceSerializer if self.action == "list" else SourceDetailSerializer

    def get_queryset(self):
        queryset = sources_visible_to(self.request.user).select_related("publisher")
        if self.action == "list":
            return queryset.defer("text", "notes")
        citations = Citation.objects.select_related("cited_actor", "cited_source__publisher").defer(
            "cited_source__text"
        )
        current = ("replaced_by__text", "replaced_by__notes")  # only its slug is shown
        return queryset.select_related("replaced_by").defer(*current).prefetch_related(Prefetch("citations", citations))

    def perform_create(self, serializer):
        return services.source_create(by=self.acting_user, **serializer.validated_data)

    def perform_update(self, serializer):
        return services.source_update(source=serializer.instance, by=self.acting_user, **serializer.validated_data)


@extend_schema_view(
    list=extend_schema(summary="List actors", description="The public sees actors named in published material."),
    retrieve=extend_schema(summary="An actor"),
    create=extend_schema(summary="Add an actor", responses={201: ActorSerializer}),
    update=extend_schema(summary="Replace an actor (If-Match required)", responses={200: ActorSerializer}),
    partial_update=extend_schema(summary="Change an actor (If-Match required)", responses={200: ActorSerializer}),
)
class ActorViewSet(_BySlug):
    read_serializer_class = ActorSerializer
    write_serializer_class = ActorWriteSerializer
    filterset_class = ActorFilter
    queryset = Actor.objects.none()

    def get_queryset(self):
        return actors_visible_to(self.request.user).select_related("organisation")

    def perform_create(self, serializer):
        return services.actor_create(by=self.acting_user, **serializer.validated_data)

    def perform_update(self, serializer):
        return services.actor_update(actor=serializer.instance, by=self.acting_user, **serializer.validated_data)
