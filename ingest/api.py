"""
The import API: newsroom members post an article and review what extraction found in it.

    POST /api/v1/imports/                          text (JSON) or file (multipart) -> the source and its suggestions
    GET  /api/v1/suggestions/?source=<slug>        suggestions, filtered by source and state
    POST /api/v1/suggestions/{id}/accept|merge|reject/

None of it is public: anonymous clients get 401, accounts outside the newsroom 403.
"""

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from claims.permissions import can_decide_suggestions, can_import_articles, is_newsroom_member
from core.parsers import FormParser, JSONParser, MultiPartParser
from ingest import services
from ingest.models import Suggestion
from ingest.serializers import (
    AcceptSerializer,
    ImportResultSerializer,
    ImportTextSerializer,
    ImportUploadSerializer,
    MergeSerializer,
    RejectSerializer,
    SuggestionSerializer,
)
from sources.models import Source


class IsNewsroomReviewer(permissions.BasePermission):
    """Reading needs the newsroom's view permissions; importing and deciding need a reporter's."""

    def has_permission(self, request, view):
        user = request.user
        if not user or not user.is_authenticated:
            return False
        if request.method in permissions.SAFE_METHODS:
            return is_newsroom_member(user)
        if getattr(view, "action", None) == "create":
            return can_import_articles(user)
        return can_decide_suggestions(user)


class SuggestionFilter(filters.FilterSet):
    source = filters.CharFilter(field_name="source__slug", help_text="Slug of the source.")
    state = filters.ChoiceFilter(choices=Suggestion.State.choices, help_text="pending, accepted, merged or rejected.")

    class Meta:
        model = Suggestion
        fields: list[str] = []


@extend_schema_view(
    create=extend_schema(
        summary="Import an article",
        description=(
            "Paste the text (JSON `text`) or upload a .txt or .html file (multipart `file`). The cleaned text "
            "becomes the source's snapshot and extraction proposes its quantity claims. 201 with the new "
            "source; 200 with created=false when the URL or the same text was imported before."
        ),
        request={"application/json": ImportTextSerializer, "multipart/form-data": ImportUploadSerializer},
        responses={201: ImportResultSerializer, 200: ImportResultSerializer},
    )
)
class ImportViewSet(viewsets.GenericViewSet):
    permission_classes = [IsNewsroomReviewer]
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    serializer_class = ImportUploadSerializer
    queryset = Source.objects.none()
    filter_backends: list = []
    pagination_class = None

    def create(self, request, *args, **kwargs):
        serializer = ImportUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        file, text = data.get("file"), data.get("text")
        if file is not None and text is not None and not text.strip():
            text = None  # a form's empty text field beside the upload
        result = services.source_import(
            text=text,
            file=file,
            url=data.get("url", ""),
            title=data.get("title", ""),
            publisher=data.get("publisher"),
            published_at=data.get("published_at"),
            by=request.user,
        )
        source = Source.objects.select_related("publisher").defer("text", "notes").get(pk=result.source.pk)
        body = ImportResultSerializer(
            {"source": source, "created": result.created, "suggestions": result.suggestions},
            context=self.get_serializer_context(),
        ).data
        return Response(body, status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK)


@extend_schema_view(
    list=extend_schema(summary="List suggestions", description="Newsroom members only; filter with ?source=<slug>."),
    retrieve=extend_schema(summary="A suggestion"),
)
class SuggestionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsNewsroomReviewer]
    serializer_class = SuggestionSerializer
    filterset_class = SuggestionFilter
    ordering_fields = ["id", "start"]
    ordering = ["id"]
    queryset = Suggestion.objects.none()

    def get_queryset(self):
        return Suggestion.objects.for_review()

    def _done(self, suggestion: Suggestion) -> Response:
        return Response(self.get_serializer(self.get_queryset().get(pk=suggestion.pk)).data)

    @extend_schema(
        summary="Accept: create the claim and its anchored appearance (and its estimate of a tracked figure)",
        request=AcceptSerializer,
        responses={200: SuggestionSerializer},
    )
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        serializer = AcceptSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        suggestion = self.get_object()
        data = serializer.validated_data
        services.suggestion_accept(
            suggestion=suggestion,
            by=request.user,
            statement=data.get("statement"),
            slug=data.get("slug"),
            claim_reviewed=data.get("claim_reviewed"),
            speaker=serializer.speaker_decision(),
            figure=data.get("figure", services.PROPOSED_FIGURE),
        )
        return self._done(suggestion)

    @extend_schema(
        summary="Merge: add the quote to an existing claim as a new appearance",
        request=MergeSerializer,
        responses={200: SuggestionSerializer},
    )
    @action(detail=True, methods=["post"])
    def merge(self, request, pk=None):
        serializer = MergeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        suggestion = self.get_object()
        services.suggestion_merge(suggestion=suggestion, by=request.user, claim=serializer.validated_data.get("claim"))
        return self._done(suggestion)

    @extend_schema(
        summary="Reject: never propose this statement again",
        request=RejectSerializer,
        responses={200: SuggestionSerializer},
    )
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        suggestion = self.get_object()
        services.suggestion_reject(suggestion=suggestion, by=request.user)
        return self._done(suggestion)
