"""The verification API: verdicts as readers see them, and the workflow for the newsroom."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.response import Response

from claims import services
from claims.filters import VerificationFilter
from claims.models import Verification
from claims.permissions import is_newsroom_member
from claims.serializers import (
    CorrectionSerializer,
    PublicVerificationSerializer,
    TransitionSerializer,
    VerificationSerializer,
    VerificationWriteSerializer,
)
from claims.workflow import PUBLISH, SEND_BACK, SUBMIT, WITHDRAW, Transition, WorkflowError
from core.viewsets import ReadWriteViewSet


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

    def get_read_serializer_class(self):
        return VerificationSerializer if is_newsroom_member(self.request.user) else PublicVerificationSerializer

    def get_queryset(self):
        return (
            Verification.objects.visible_to(self.request.user)
            .select_related("claim", "status", "author", "reviewer")
            .prefetch_related("evidence__publisher")
        )

    def perform_create(self, serializer):
        return services.verification_create(by=self.acting_user, **serializer.validated_data)

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        data.pop("claim", None)  # a verification stays with its claim; the serializer refuses another
        return services.verification_update(verification=serializer.instance, by=self.acting_user, **data)

    def _transition(self, request, transition: Transition):
        serializer = TransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        verification = services.verification_transition(
            verification=self.get_object(),
            by=request.user,
            transition=transition,
            reason=serializer.validated_data.get("reason", ""),
        )
        return Response(self.represent(verification))

    @extend_schema(
        summary="Send a draft for review", request=TransitionSerializer, responses={200: VerificationSerializer}
    )
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._transition(request, SUBMIT)

    @extend_schema(
        summary="Send work in review back to draft",
        request=TransitionSerializer,
        responses={200: VerificationSerializer},
    )
    @action(detail=True, methods=["post"], url_path="send-back")
    def send_back(self, request, pk=None):
        return self._transition(request, SEND_BACK)

    @extend_schema(
        summary="Publish (editors; never one's own work)",
        request=TransitionSerializer,
        responses={200: VerificationSerializer},
    )
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        return self._transition(request, PUBLISH)

    @extend_schema(
        summary="Withdraw a published verdict (chief editors; reason required)",
        request=TransitionSerializer,
        responses={200: VerificationSerializer},
    )
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        return self._transition(request, WITHDRAW)

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
            raise WorkflowError("Only a published verdict can be corrected.", code="state")
        serializer = CorrectionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        correction = services.verification_create(claim=published.claim, by=request.user, **serializer.validated_data)
        return Response(self.represent(correction), status=201)
