from django_filters import rest_framework as filters

from core.search import text_match
from sources.models import Actor, Source


class SourceFilter(filters.FilterSet):
    q = filters.CharFilter(method="filter_q", help_text="Search titles and bylines.")
    kind = filters.ChoiceFilter(choices=Source.Kind.choices)
    publisher = filters.CharFilter(field_name="publisher__slug", help_text="Publisher's slug.")
    language = filters.CharFilter(field_name="language", lookup_expr="iexact")
    published_after = filters.DateFilter(field_name="published_at__date", lookup_expr="gte")
    published_before = filters.DateFilter(field_name="published_at__date", lookup_expr="lte")

    class Meta:
        model = Source
        fields: list[str] = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(text_match(Source, value, ["title", "byline"])) if value.strip() else queryset


class ActorFilter(filters.FilterSet):
    q = filters.CharFilter(method="filter_q", help_text="Search names and roles.")
    kind = filters.ChoiceFilter(choices=Actor.Kind.choices)
    organisation = filters.CharFilter(field_name="organisation__slug", help_text="Slug of the actor's organisation.")

    class Meta:
        model = Actor
        fields: list[str] = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(text_match(Actor, value, ["name", "role"])) if value.strip() else queryset
