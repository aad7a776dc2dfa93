"""
The claims API: claims with their quantities, verdicts and appearances; the status
vocabulary; ClaimReview for aggregators.

Every queryset starts from ``visible_to(user)``: anonymous clients and accounts outside the
newsroom see published material only, whatever they filter, order or nest.
"""

from django.http import Http404
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from claims import services
from claims.claimreview import claim_review
from claims.corroboration import claim_corroboration
from claims.filters import ClaimFilter
from claims.models import Appearance, Claim, Status
from claims.serializers import (
    AppearanceSerializer,
    AppearanceWriteSerializer,
    ClaimSerializer,
    ClaimWriteSerializer,
    CorroborationSerializer,
    StatusSerializer,
    TimelineSerializer,
)
from claims.timeline import claim_timeline
from core.api import PublicCacheMixin, ServiceViewMixin
from core.viewsets import ReadWriteViewSet

CLAIMREVIEW_SCHEMA = {"type": "object", "description": "schema.org ClaimReview (JSON-LD)", "additionalProperties": True}


@extend_schema_view(
    list=extend_schema(summary="List claims", description="Published claims; newsroom members see all."),
    retrieve=extend_schema(summary="A claim", description="Send its ETag back in If-Match to update it."),
    create=extend_schema(summary="Create a claim", responses={201: ClaimSerializer}),
    update=extend_schema(summary="Replace a claim (If-Match required)", responses={200: ClaimSerializer}),
    partial_update=extend_schema(summary="Change a claim (If-Match required)", responses={200: ClaimSerializer}),
)
class ClaimViewSet(ReadWriteViewSet):
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    read_serializer_class = ClaimSerializer
    write_serializer_class = ClaimWriteSerializer
    filterset_class = ClaimFilter
    ordering_fields = ["created_at", "updated_at"]
    ordering = ["-created_at"]
    queryset = Claim.objects.none()

    def get_queryset(self):
        return Claim.objects.visible_to(self.request.user).for_display()

    def perform_create(self, serializer):
        return services.claim_create(by=self.acting_user, **serializer.validated_data)

    def perform_update(self, serializer):
        return services.claim_update(claim=serializer.instance, by=self.acting_user, **serializer.validated_data)

    @extend_schema(summary="Who said it when", responses={200: TimelineSerializer})
    @action(detail=True)
    def timeline(self, request, slug=None):
        return Response(TimelineSerializer(claim_timeline(self.get_object()), context={"request": request}).data)

    @extend_schema(summary="Independent origins and the suggested status", responses={200: CorroborationSerializer})
    @action(detail=True)
    def origins(self, request, slug=None):
        return Response(CorroborationSerializer(claim_corroboration(self.get_object())).data)

    @extend_schema(
        summary="The claim's ClaimReview (JSON-LD)",
        responses={(200, "application/ld+json"): OpenApiResponse(response=CLAIMREVIEW_SCHEMA)},
    )
    @action(detail=True)
    def claimreview(self, request, slug=None):
        claim = self.get_object()
        if claim.current_verdict is None:
            raise Http404
        return Response(claim_review(claim), content_type="application/ld+json")


@extend_schema_view(
    list=extend_schema(summary="Feed of ClaimReview (JSON-LD), one per published claim"),
)
class ClaimReviewFeedViewSet(PublicCacheMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Claim.objects.none()
    filter_backends: list = []

    def get_queryset(self):
        return Claim.objects.published().for_display().order_by("-id")

    @extend_schema(responses={200: OpenApiResponse(response={"type": "object", "additionalProperties": True})})
    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        assert page is not None  # DEFAULT_PAGINATION_CLASS pages every list
        items = [claim_review(claim) for claim in page]
        return self.get_paginated_response(items)


@extend_schema_view(
    list=extend_schema(summary="List appearances", description="The public sees those of published claims."),
    retrieve=extend_schema(summary="An appearance"),
    create=extend_schema(
        summary="Record an appearance (the quote must be in the source's snapshot)",
        responses={201: AppearanceSerializer},
    ),
)
class AppearanceViewSet(
    PublicCacheMixin,
    ServiceViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    read_serializer_class = AppearanceSerializer
    write_serializer_class = AppearanceWriteSerializer
    ordering_fields = ["stated_on", "created_at"]
    ordering = ["-id"]
    queryset = Appearance.objects.none()

    def get_queryset(self):
        return (
            Appearance.objects.visible_to(self.request.user)
            .select_related("source__publisher", "speaker", "via__cited_actor", "via__cited_source")
            .defer("source__text", "via__cited_source__text")
        )

    def perform_create(self, serializer):
        return services.appearance_create(by=self.acting_user, **serializer.validated_data)


@extend_schema_view(list=extend_schema(summary="The status vocabulary"), retrieve=extend_schema(summary="A status"))
class StatusViewSet(PublicCacheMixin, viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    serializer_class = StatusSerializer
    queryset = Status.objects.active()
    filter_backends: list = []
    pagination_class = None
