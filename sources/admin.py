from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from simple_history.admin import SimpleHistoryAdmin

from core.admin import LargeTableAdminMixin, SlugOrNameFilter
from core.versioning import VersionedAdminMixin
from sources.models import Actor, Citation, Source


class OrganisationFilter(SlugOrNameFilter):
    title, parameter_name, path = "organisation", "organisation", "organisation"


class PublisherFilter(SlugOrNameFilter):
    title, parameter_name, path = "publisher", "publisher", "publisher"


@admin.register(Actor)
class ActorAdmin(LargeTableAdminMixin, SimpleHistoryAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["name", "kind", "organisation", "role"]
    list_filter = ["kind", OrganisationFilter]
    list_select_related = ["organisation"]
    search_fields = ["name", "slug", "role", "aliases", "organisation__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation"]
    fields = ["kind", "name", "slug", "organisation", "role", "aliases", "description", "url"]


class CitationInline(admin.TabularInline):
    model = Citation
    fk_name = "source"
    extra = 0
    autocomplete_fields = ["cited_actor", "cited_source"]
    fields = ["cited_actor", "cited_source", "note"]


class SourceChangeList(ChangeList):
    """The source list leaves out the snapshots: each can be a whole article."""

    def get_queryset(self, request, exclude_parameters=None):
        return super().get_queryset(request, exclude_parameters).defer("text", "notes")


@admin.register(Source)
class SourceAdmin(LargeTableAdminMixin, VersionedAdminMixin, SimpleHistoryAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["title", "kind", "publisher", "published_at", "language", "appearance_count"]
    list_filter = ["kind", "language", PublisherFilter, "published_at"]
    list_select_related = ["publisher"]
    ordering = ["-published_at", "title"]
    search_fields = ["title", "slug", "url", "byline", "publisher__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["publisher"]
    readonly_fields = ["text_sha256", "created_at", "updated_at"]
    inlines = [CitationInline]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "url", "publisher", "byline", "language"]}),
        ("Dates", {"fields": ["published_at", "retrieved_at"]}),
        ("Snapshot", {"fields": ["text", "text_sha256"]}),
        ("Editorial", {"fields": ["notes", "created_at", "updated_at"]}),
    ]

    def get_queryset(self, request):
        # The snapshot can be a whole article; the count is a subquery run only for the rows shown.
        appearances = Source.objects.filter(pk=OuterRef("pk")).annotate(n=Count("appearances")).values("n")[:1]
        return super().get_queryset(request).annotate(appearance_count=Subquery(appearances))

    @admin.display(description="Appearances", ordering="appearance_count")
    def appearance_count(self, obj):
        return obj.appearance_count


@admin.register(Citation)
class CitationAdmin(LargeTableAdminMixin, SimpleHistoryAdmin):
    list_display = ["source", "cited_actor", "cited_source", "note"]
    list_select_related = ["source", "cited_actor", "cited_source"]
    search_fields = ["source__title", "cited_actor__name", "cited_source__title", "note"]
    autocomplete_fields = ["source", "cited_actor", "cited_source"]
