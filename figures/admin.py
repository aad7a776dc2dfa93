from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from figures.models import Estimate, Figure


class EstimateInline(admin.TabularInline):
    model = Estimate
    autocomplete_fields = ["claim"]
    extra = 0


@admin.register(Figure)
class FigureAdmin(SimpleHistoryAdmin):
    list_display = ["name", "unit", "part_of", "updated_at"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["part_of"]
    inlines = [EstimateInline]
