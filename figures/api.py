"""
The figures API: figures with filters, their ledgers (JSON and CSV), attaching claims as
estimates, and matching a number against the tracked figures.

Anonymous clients (and accounts outside the newsroom) see figures with published estimates, and
ledgers of published claims only (figures.ledger's ``public``); the newsroom sees everything.
"""

from django.db.models import OuterRef, Subquery
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import permissions, status
from rest_framework.decorators import action
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response

from claims.models import Claim
from claims.permissions import is_newsroom_member
from core.viewsets import ReadWriteViewSet
from figures import services
from figures.filters import FigureFilter
from figures.ledger import collector_paused, ledger_for
from figures.matching import figure_matches
from figures.models import Estimate, Figure
from figures.renderers import LedgerCSVRenderer, LedgerJSONRenderer
from figures.serializers import (
    EstimateWriteSerializer,
    FigureMatchSerializer,
    FigureSerializer,
    FigureWriteSerializer,
    LedgerSerializer,
    MatchRequestSerializer,
    MatchResponseSerializer,
    ledger_data,
    ledger_rows,
)

CSV_RESPONSE = OpenApiResponse(response={"type": "string"}, description="One row per appearance of an estimate.")


@extend_schema_view(
    list=extend_schema(summary="List figures", description="Figures with published estimates; the newsroom sees all."),
    retrieve=extend_schema(summary="A figure", description="Send its ETag back in If-Match to update it."),
    create=extend_schema(summary="Create a figure (editors)", responses={201: FigureSerializer}),
    update=extend_schema(summary="Replace a figure (editors; If-Match required)", responses={200: FigureSerializer}),
    partial_update=extend_schema(
        summary="Change a figure (editors; If-Match required)", responses={200: FigureSerializer}
    ),
)
class FigureViewSet(ReadWriteViewSet):
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    read_serializer_class = FigureSerializer
    write_serializer_class = FigureWriteSerializer
    filterset_class = FigureFilter
    ordering_fields = ["created_at", "updated_at"]
    ordering = ["-created_at"]
    queryset = Figure.objects.none()

    def get_queryset(self):
        visible = Figure.objects.visible_to(self.request.user)
        # The whole is named only if the client may see it.
        whole = visible.filter(pk=OuterRef("part_of")).values("slug")[:1]
        figures = visible.annotate(whole_slug=Subquery(whole))
        return figures if self.action in ("ledger", "detach_estimate") else figures.prefetch_related("topics")

    def dispatch(self, request, *args, **kwargs):
        """
        A ledger is read, made into data and written with the cycle collector paused
        (figures.ledger.collector_paused), as the figure pages are: Django writes a response after
        the view returns, and the ten thousand dicts of a big ledger's JSON set the collector
        walking them several times on the way, 13 ms of its answer.
        """
        with collector_paused():
            response = super().dispatch(request, *args, **kwargs)
            if self.action == "ledger" and isinstance(response, Response):
                response.render()
            return response

    def finalize_response(self, request, response, *args, **kwargs):
        # An error is answered in the API's one JSON error shape, even to a client that asked for CSV.
        renderer = getattr(request, "accepted_renderer", None)
        if response.status_code >= 400 and isinstance(renderer, LedgerCSVRenderer):
            request.accepted_renderer, request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)

    def perform_create(self, serializer):
        return services.figure_create(by=self.acting_user, **serializer.validated_data)

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        return services.figure_update(figure=serializer.instance, by=self.acting_user, **data)

    @extend_schema(
        summary="The figure's ledger: every estimate, the consensus, contradictions, revisions, lags",
        description="Published estimates only for the public. `?format=csv` (or Accept: text/csv) gives the "
        "entries as CSV, one row per appearance.",
        parameters=[OpenApiParameter("format", str, enum=["json", "csv"], required=False)],
        responses={(200, "application/json"): LedgerSerializer, (200, "text/csv"): CSV_RESPONSE},
    )
    @action(
        detail=True, renderer_classes=[LedgerJSONRenderer, BrowsableAPIRenderer, LedgerCSVRenderer], filter_backends=[]
    )
    def ledger(self, request, slug=None):
        figure = self.get_object()
        ledger = ledger_for(figure, public=not is_newsroom_member(request.user))
        if request.accepted_renderer.format != "csv":
            return Response(ledger_data(ledger))
        response = Response({"rows": ledger_rows(ledger)})
        response["Content-Disposition"] = f'attachment; filename="{figure.slug}-ledger.csv"'
        return response

    @extend_schema(
        summary="Attach a claim as an estimate of this figure",
        description="Editors attach any claim; reporters the claims they may still edit (their own, unpublished).",
        request=EstimateWriteSerializer,
        responses={201: FigureSerializer},
    )
    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated], filter_backends=[])
    def estimates(self, request, slug=None):
        figure = self.get_object()
        serializer = EstimateWriteSerializer(data=request.data, context={"request": request})
        serializer.fields["claim"].queryset = Claim.objects.visible_to(request.user)  # type: ignore[attr-defined]
        serializer.is_valid(raise_exception=True)
        services.estimate_attach(figure=figure, claim=serializer.validated_data["claim"], by=self.acting_user)
        return Response(self.represent(figure), status=status.HTTP_201_CREATED)

    @extend_schema(summary="Detach a claim from this figure (the claim stays)", request=None, responses={204: None})
    @action(
        detail=True,
        methods=["delete"],
        url_path="estimates/(?P<claim_slug>[^/]+)",
        permission_classes=[permissions.IsAuthenticated],
        filter_backends=[],
    )
    def detach_estimate(self, request, slug=None, claim_slug=None):
        figure = self.get_object()
        estimate = get_object_or_404(
            Estimate.objects.select_related("claim", "figure"), figure=figure, claim__slug=claim_slug
        )
        services.estimate_detach(estimate=estimate, by=self.acting_user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        summary="Which tracked figures a number may belong to, and how it stands against their ledgers",
        request=MatchRequestSerializer,
        responses={200: MatchResponseSerializer},
    )
    @action(detail=False, methods=["post"], permission_classes=[permissions.AllowAny], filter_backends=[])
    def match(self, request):
        serializer = MatchRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        matches = figure_matches(
            quantity=data["quantity"],
            text=data.get("text", ""),
            on=data.get("date"),
            public=not is_newsroom_member(request.user),
        )
        return Response({"matches": FigureMatchSerializer(matches, many=True).data})
