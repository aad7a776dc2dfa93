from django.db.models import Q
from django_filters import rest_framework as filters

from figures.models import Figure


class FigureFilter(filters.FilterSet):
    q = filters.CharFilter(method="filter_q", max_length=200, help_text="Words in the figure's name or description.")
    unit = filters.CharFilter(field_name="unit", lookup_expr="iexact", help_text="What is counted, e.g. troops.")
    topic = filters.CharFilter(field_name="topics__slug", distinct=True, help_text="Topic slug.")
    part_of = filters.CharFilter(field_name="part_of__slug", help_text="Slug of the whole: its parts.")

    class Meta:
        model = Figure
        fields: list[str] = []

    def filter_q(self, queryset, name, value):
        for word in value.split():
            queryset = queryset.filter(Q(name__icontains=word) | Q(description__icontains=word))
        return queryset
