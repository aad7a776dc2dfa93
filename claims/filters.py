from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce
from django_filters import rest_framework as filters
from rest_framework.exceptions import ValidationError

from claims.models import Appearance, Claim, Verification
from claims.models.verification import published_verdict_of
from claims.permissions import is_newsroom_member
from claims.search import claim_search
from core.filters import ColumnDecimalFilter

State = Verification.State


class PublicClaimFilter(filters.FilterSet):
    """The filters anyone may use, on the public claim list and in the API."""

    q = filters.CharFilter(
        method="filter_q",
        max_length=200,
        help_text='Search statements, quotes, who said them and where (web syntax on PostgreSQL: "a phrase", -not).',
    )
    status = filters.CharFilter(method="filter_status", help_text="Slug of the published verdict's status.")
    claimant = filters.CharFilter(method="filter_appearance", help_text="Slug of an actor who made the claim.")
    source = filters.CharFilter(method="filter_appearance", help_text="Slug of a source the claim appears in.")
    publisher = filters.CharFilter(method="filter_appearance", help_text="Slug of the publisher of such a source.")
    topic = filters.CharFilter(field_name="topics__slug", distinct=True, help_text="Topic slug.")
    stated_after = filters.DateFilter(method="filter_appearance", help_text="Made on or after this date.")
    stated_before = filters.DateFilter(method="filter_appearance", help_text="Made on or before this date.")
    published_after = filters.DateFilter(method="filter_published", help_text="Verdict published on or after.")
    published_before = filters.DateFilter(method="filter_published", help_text="Verdict published on or before.")
    unit = filters.CharFilter(field_name="unit", lookup_expr="iexact", help_text="Unit of the quantity, e.g. troops.")
    # Bounded by the columns they compare with: a figure they cannot hold is a 400 naming the filter.
    quantity_min = ColumnDecimalFilter(
        method="filter_quantity",
        column=Claim._meta.get_field("upper"),
        help_text="Upper bound (or value) at least this; at most 16 digits before the point and 4 after.",
    )
    quantity_max = ColumnDecimalFilter(
        method="filter_quantity",
        column=Claim._meta.get_field("lower"),
        help_text="Lower bound (or value) at most this; at most 16 digits before the point and 4 after.",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_q(self, queryset, name, value):
        search = claim_search(value, published_only=self.searches_published_only)
        if self.request is not None:  # the page or the API says when more than search_limit() match
            self.request.claim_search = search  # type: ignore[attr-defined]  # read by the view
        return search.apply(queryset)

    @property
    def searches_published_only(self) -> bool:
        """Search among published claims only (see claims.search.matching): the public's view."""
        return True

    def filter_status(self, queryset, name, value):
        return queryset.filter(Exists(published_verdict_of(OuterRef("pk")).filter(status__slug=value)))

    def filter_appearance(self, queryset, name, value):
        lookup = {
            "claimant": "speaker__slug",
            "source": "source__slug",
            "publisher": "source__publisher__slug",
            "stated_after": "stated_on__gte",
            "stated_before": "stated_on__lte",
        }[name]
        return queryset.filter(Exists(Appearance.objects.filter(claim=OuterRef("pk"), **{lookup: value})))

    def filter_published(self, queryset, name, value):
        lookup = "published_at__date__gte" if name == "published_after" else "published_at__date__lte"
        return queryset.filter(Exists(published_verdict_of(OuterRef("pk")).filter(**{lookup: value})))

    def filter_quantity(self, queryset, name, value):
        if name == "quantity_min":
            return queryset.alias(_hi=Coalesce("upper", "value")).filter(_hi__gte=value)
        return queryset.alias(_lo=Coalesce("lower", "value")).filter(_lo__lte=value)


class ClaimFilter(PublicClaimFilter):
    """The API's filters: the public ones and, for newsroom members, the workflow state."""

    state = filters.ChoiceFilter(
        choices=State.choices,
        method="filter_state",
        help_text="Newsroom members only: claims with a verification in this workflow state.",
    )

    class Meta(PublicClaimFilter.Meta):
        pass

    @property
    def searches_published_only(self) -> bool:
        return not (self.request and is_newsroom_member(self.request.user))

    def filter_state(self, queryset, name, value):
        if not self.request or not is_newsroom_member(self.request.user):
            raise ValidationError({"state": ["Filtering by workflow state is for newsroom members."]})
        return queryset.filter(Exists(Verification.objects.filter(claim=OuterRef("pk"), state=value)))


class VerificationFilter(filters.FilterSet):
    claim = filters.CharFilter(field_name="claim__slug", help_text="Claim slug.")
    status = filters.CharFilter(field_name="status__slug", help_text="Status slug.")
    state = filters.ChoiceFilter(choices=State.choices, help_text="Workflow state (the public sees published ones).")
    author = filters.CharFilter(field_name="author__username", help_text="Newsroom members only: author's username.")
    published_after = filters.DateFilter(field_name="published_at__date", lookup_expr="gte")
    published_before = filters.DateFilter(field_name="published_at__date", lookup_expr="lte")

    class Meta:
        model = Verification
        fields: list[str] = []

    def filter_queryset(self, queryset):
        user = self.request.user if self.request is not None else None
        if self.form.cleaned_data.get("author") and not is_newsroom_member(user):
            raise ValidationError({"author": ["Filtering by author is for newsroom members."]})
        return super().filter_queryset(queryset)
