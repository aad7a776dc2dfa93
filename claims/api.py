"""
The claims API: claims with their quantities, verdicts and appearances; verifications and
their workflow; the status vocabulary; ClaimReview for aggregators.

Every queryset starts from ``visible_to(user)``: anonymous clients and accounts outside the
newsroom see published material only, whatever they filter, order or nest.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from claims import services
from claims.claimreview import claim_review, current_verdict
from claims.corroboration import claim_corroboration
from claims.filters import ClaimFilter, VerificationFilter
from claims.models import Appearance, Claim, Status, Verification
from claims.serializers import (
    AppearanceSerializer,
    AppearanceWriteSerializer,
    ClaimSerializer,
    ClaimWriteSerializer,
    CorrectionSerializer,
    CorroborationSerializer,
    PublicVerificationSerializer,
    StatusSerializer,
    TimelineSerializer,
    TransitionSerializer,
    VerificationSerializer,
    VerificationWriteSerializer,
)
from claims.timeline import claim_timeline
from factcheck.api import ServiceViewMixin
from factcheck.viewsets import ReadWriteViewSet

QUANTITY_FIELDS = {"value", "lower", "upper", "unit", "qualifier", "multiplier"}
CLAIMREVIEW_SCHEMA = {"type": "object", "description": "schema.org ClaimReview (JSON-LD)", "additionalProperties": True}


def _is_member(request) -> bool:
    return request.user.has_perm("claims.view_verification")


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
        return Claim.objects.visible_to(self.request.user).for_api()

    def _save(self, serializer, claim: Claim) -> Claim:
        data = dict(serializer.validated_data)
        topics = data.pop("topics", None)
        if "quantity" in data:
            quantity = data.pop("quantity") or {}
            for field in ("value", "lower", "upper", "multiplier"):
                setattr(claim, field, quantity.get(field))
            claim.unit, claim.qualifier = quantity.get("unit", ""), quantity.get("qualifier", "")
        for field, value in data.items():
            setattr(claim, field, value)
        try:
            return services.claim_save(claim=claim, by=self.request.user, topics=topics)
        except DjangoValidationError as exc:
            # The model's quantity fields are nested under "quantity" in the API.
            raise DjangoValidationError(
                {f"quantity.{k}" if k in QUANTITY_FIELDS else k: v for k, v in exc.message_dict.items()}
            ) from exc

    def perform_create(self, serializer):
        return self._save(serializer, Claim())

    def perform_update(self, serializer):
        return self._save(serializer, serializer.instance)

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
        if current_verdict(claim) is None:
            raise Http404
        return Response(claim_review(claim), content_type="application/ld+json")


@extend_schema_view(
    list=extend_schema(summary="Feed of ClaimReview (JSON-LD), one per published claim"),
)
class ClaimReviewFeedViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Claim.objects.none()
    filter_backends: list = []

    def get_queryset(self):
        return Claim.objects.published().for_api().order_by("-id")

    @extend_schema(responses={200: OpenApiResponse(response={"type": "object", "additionalProperties": True})})
    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        items = [claim_review(claim) for claim in page]
        return self.get_paginated_response(items)


@extend_schema_view(
    list=extend_schema(summary="List verifications", description="The public sees published verdicts only."),
    retrieve=extend_schema(summary="A verification"),
    create=extend_schema(
        summary="Write a draft verification",
        description="On a claim with a published verdict this is a correction: correction_note is required.",
        responses={201: VerificationSerializer},
    ),
    update=extend_schema(summary="Replace a draft (If-Match required)", responses={200: VerificationSerializer}),
    partial_update=extend_schema(summary="Change a draft (If-Match required)", responses={200: VerificationSerializer}),
)
class VerificationViewSet(ReadWriteViewSet):
    write_serializer_class = VerificationWriteSerializer
    filterset_class = VerificationFilter
    ordering_fields = ["created_at", "updated_at"]
    ordering = ["-created_at"]
    queryset = Verification.objects.none()

    @property
    def read_serializer_class(self):
        return VerificationSerializer if _is_member(self.request) else PublicVerificationSerializer

    def get_queryset(self):
        return (
            Verification.objects.visible_to(self.request.user)
            .select_related("claim", "status", "author", "reviewer")
            .prefetch_related("evidence__publisher")
        )

    def _save(self, serializer, verification: Verification) -> Verification:
        data = dict(serializer.validated_data)
        evidence = data.pop("evidence", None)
        for field, value in data.items():
            setattr(verification, field, value)
        return services.verification_save_draft(verification=verification, by=self.request.user, evidence=evidence)

    def perform_create(self, serializer):
        return self._save(serializer, Verification())

    def perform_update(self, serializer):
        return self._save(serializer, serializer.instance)

    def _transition(self, request, name: str):
        serializer = TransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        verification = services.verification_transition(
            verification=self.get_object(),
            by=request.user,
            name=name,
            reason=serializer.validated_data.get("reason", ""),
        )
        return Response(self.represent(verification))

    @extend_schema(
        summary="Send a draft for review", request=TransitionSerializer, responses={200: VerificationSerializer}
    )
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._transition(request, "submit")

    @extend_schema(
        summary="Send work in review back to draft",
        request=TransitionSerializer,
        responses={200: VerificationSerializer},
    )
    @action(detail=True, methods=["post"], url_path="send-back")
    def send_back(self, request, pk=None):
        return self._transition(request, "send_back")

    @extend_schema(
        summary="Publish (editors; never one's own work)",
        request=TransitionSerializer,
        responses={200: VerificationSerializer},
    )
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        return self._transition(request, "publish")

    @extend_schema(
        summary="Withdraw a published verdict (chief editors; reason required)",
        request=TransitionSerializer,
        responses={200: VerificationSerializer},
    )
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        return self._transition(request, "withdraw")

    @extend_schema(
        summary="Start a correction of this published verdict",
        description="Creates a draft that, once published, replaces this verdict; readers see the correction note.",
        request=CorrectionSerializer,
        responses={201: VerificationSerializer},
    )
    @action(detail=True, methods=["post"])
    def correct(self, request, pk=None):
        published = self.get_object()
        if published.state != Verification.State.PUBLISHED:
            raise services.WorkflowError("Only a published verdict can be corrected.", code="state")
        serializer = CorrectionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        evidence = data.pop("evidence", None)
        correction = services.verification_save_draft(
            verification=Verification(claim=published.claim, **data), by=request.user, evidence=evidence
        )
        return Response(self.represent(correction), status=201)


@extend_schema_view(
    list=extend_schema(summary="List appearances", description="The public sees those of published claims."),
    retrieve=extend_schema(summary="An appearance"),
    create=extend_schema(
        summary="Record an appearance (the quote must be in the source's snapshot)",
        responses={201: AppearanceSerializer},
    ),
)
class AppearanceViewSet(
    ServiceViewMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
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
        return services.appearance_save(appearance=Appearance(**serializer.validated_data), by=self.request.user)


@extend_schema_view(list=extend_schema(summary="The status vocabulary"), retrieve=extend_schema(summary="A status"))
class StatusViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    serializer_class = StatusSerializer
    queryset = Status.objects.active()
    filter_backends: list = []
    pagination_class = None
