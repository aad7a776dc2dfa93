"""
The claims API: claims with their quantities, verdicts and appearances; the status
vocabulary; ClaimReview for aggregators.

Every queryset starts from ``visible_to(user)``: anonymous clients and accounts outside the
newsroom see published material only, whatever they filter, order or nest.
"""

from django.http import Http404, HttpResponsePermanentRedirect
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.reverse import reverse

from claims import services
from claims.claimreview import claim_review
from claims.corroboration import claim_corroboration
from claims.filters import ClaimFilter
from claims.models import Appearance, Claim, ClaimRevision, Status
from claims.permissions import is_newsroom_member
from claims.search import search_limit, search_terms
from claims.serializers import (
    AppearanceSerializer,
    AppearanceWriteSerializer,
    ClaimRenameSerializer,
    ClaimRevisionSerializer,
    ClaimRevisionWriteSerializer,
    ClaimSerializer,
    ClaimWriteSerializer,
    CorroborationSerializer,
    StatusSerializer,
    TimelineSerializer,
)
from claims.timeline import claim_timeline
from claims.workflow import REVISION_DISCARD, REVISION_PUBLISH, Transition
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

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if search := getattr(self.request, "claim_search", None):  # set by the filter when q was given
            context = {**context, "search_terms": search_terms(search.text)}  # each result says why it matched
        return context

    def list(self, request, *args, **kwargs):
        """A search's page also says whether more claims match than the search counts."""
        response = super().list(request, *args, **kwargs)
        if search := getattr(request, "claim_search", None):
            response.data["search"] = {
                "limit": search_limit(),
                "more_than_limit": search.more_than_limit,
                "note": (
                    f"More than {search_limit():,} claims match, in the order asked for. "
                    "Add words or filters to narrow them down."
                    if search.more_than_limit
                    else "Every claim that matches is in these pages."
                ),
            }
        return response

    def perform_create(self, serializer):
        return services.claim_create(by=self.acting_user, **serializer.validated_data)

    def perform_update(self, serializer):
        return services.claim_update(claim=serializer.instance, by=self.acting_user, **serializer.validated_data)

    def retrieve(self, request, *args, **kwargs):
        """A published claim's old slug (before a chief editor renamed it) answers 301 to its current address."""
        try:
            return super().retrieve(request, *args, **kwargs)
        except Http404:
            visible = Claim.objects.visible_to(request.user)
            slug = visible.filter(slug_redirects__old_slug=kwargs["slug"]).values_list("slug", flat=True).first()
            if slug is None:
                raise
            return HttpResponsePermanentRedirect(reverse("api:claim-detail", args=[slug], request=request))

    @extend_schema(
        summary="Rename a published claim (chief editors); the old address redirects",
        request=ClaimRenameSerializer,
        responses={200: ClaimSerializer},
    )
    @action(detail=True, methods=["post"])
    def rename(self, request, slug=None):
        serializer = ClaimRenameSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        claim = services.claim_rename(claim=self.get_object(), slug=serializer.validated_data["slug"], by=request.user)
        return Response(self.represent(claim))

    @extend_schema(summary="Who said it when", responses={200: TimelineSerializer})
    @action(detail=True)
    def timeline(self, request, slug=None):
        return Response(TimelineSerializer(claim_timeline(self.get_object()), context={"request": request}).data)

    @extend_schema(summary="Independent origins and the suggested status", responses={200: CorroborationSerializer})
    @action(detail=True)
    def origins(self, request, slug=None):
        # Outside the newsroom only published related claims lend their origins: no claim in review is named.
        published_only = not is_newsroom_member(request.user)
        return Response(
            CorroborationSerializer(claim_corroboration(self.get_object(), published_only=published_only)).data
        )

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


@extend_schema_view(
    list=extend_schema(summary="List changes of published claims' wording (newsroom only)"),
    retrieve=extend_schema(summary="A change of a published claim's wording"),
    create=extend_schema(
        summary="Propose new wording for a published claim; another editor publishes it",
        responses={201: ClaimRevisionSerializer},
    ),
)
class ClaimRevisionViewSet(
    PublicCacheMixin,
    ServiceViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Wording changes are newsroom work: the public sees none of them, only their published result on the claim."""

    read_serializer_class = ClaimRevisionSerializer
    write_serializer_class = ClaimRevisionWriteSerializer
    filter_backends: list = []
    queryset = ClaimRevision.objects.none()

    def get_queryset(self):
        if not is_newsroom_member(self.request.user):
            return ClaimRevision.objects.none()
        return ClaimRevision.objects.select_related("claim", "author", "reviewer").order_by("-id")

    def perform_create(self, serializer):
        return services.claim_revision_propose(by=self.acting_user, **serializer.validated_data)

    def _transition(self, request, transition: Transition):
        revision = services.claim_revision_transition(
            revision=self.get_object(), by=request.user, transition=transition.name
        )
        return Response(self.represent(revision), status=status.HTTP_200_OK)

    @extend_schema(summary="Publish the new wording (editors; never one's own)", request=None)
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        return self._transition(request, REVISION_PUBLISH)

    @extend_schema(summary="Discard a proposed wording change (its author or an editor)", request=None)
    @action(detail=True, methods=["post"])
    def discard(self, request, pk=None):
        return self._transition(request, REVISION_DISCARD)
