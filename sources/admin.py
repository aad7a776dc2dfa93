from django.contrib import admin, messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from core.admin import (
    IndexedSearchMixin,
    LargeTableAdminMixin,
    LargeTableChangeList,
    ServiceHistoryAdmin,
    SlugOrNameFilter,
    adopt,
)
from core.versioning import VersionedAdminMixin, VersionedModelForm
from sources import services
from sources.models import Actor, Citation, Source


class OrganisationFilter(SlugOrNameFilter):
    title, parameter_name, path = "organisation", "organisation", "organisation"


class PublisherFilter(SlugOrNameFilter):
    title, parameter_name, path = "publisher", "publisher", "publisher"


@admin.register(Actor)
class ActorAdmin(IndexedSearchMixin, LargeTableAdminMixin, ServiceHistoryAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["name", "kind", "organisation", "role"]
    list_filter = ["kind", OrganisationFilter]
    list_select_related = ["organisation"]
    search_fields = ["name", "slug", "role", "aliases", "organisation__name"]  # shows the search box
    # The same fields, each from an index (sources/migrations/0008_trigram_indexes_for_admin_search.py).
    search_contains = ["name", "role", "aliases"]
    search_exact = ["slug"]
    search_related = {"organisation": "name"}
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation"]
    fields = ["kind", "name", "slug", "organisation", "role", "aliases", "description", "url"]


class CitationInline(admin.TabularInline):
    model = Citation
    fk_name = "source"
    extra = 0
    autocomplete_fields = ["cited_actor", "cited_source"]
    fields = ["cited_actor", "cited_source", "note"]


class SourceChangeList(LargeTableChangeList):
    """The source list leaves out the snapshots: each can be a whole article."""

    def get_queryset(self, request, exclude_parameters=None):
        return super().get_queryset(request, exclude_parameters).defer("text", "notes")


class SourceForm(VersionedModelForm):
    """Refuses, on the text field, what sources.services refuses: a changed earlier snapshot, a known text."""

    def clean(self):
        cleaned = super().clean()
        if "text" in cleaned:
            try:
                services.validate_source_text(source=self.instance if self.instance.pk else None, text=cleaned["text"])
            except ValidationError as exc:
                self.add_error(None, exc)
        return cleaned


class SnapshotFilter(admin.SimpleListFilter):
    title = "snapshot"
    parameter_name = "snapshot"

    def lookups(self, request, model_admin):
        return [("current", "Current"), ("earlier", "Earlier snapshot")]

    def queryset(self, request, queryset):
        if self.value() == "current":
            return queryset.current()
        if self.value() == "earlier":
            return queryset.filter(replaced_by__isnull=False)
        return queryset


class LanguageFilter(admin.SimpleListFilter):
    """
    The languages sources are in. Django's own filter for a field reads SELECT DISTINCT over every
    source on each changelist (88 ms at 100,000 sources): the list is kept for LANGUAGES_CACHE_SECONDS
    instead, and a filter already chosen always works.
    """

    title = "language"
    parameter_name = "language"
    cache_key = "sources:admin:languages"

    def lookups(self, request, model_admin):
        languages = cache.get(self.cache_key)
        if languages is None:
            languages = list(Source.objects.order_by("language").values_list("language", flat=True).distinct())
            cache.set(self.cache_key, languages, LANGUAGES_CACHE_SECONDS)
        return [(code, code or "(none)") for code in languages]

    def queryset(self, request, queryset):
        return queryset if self.value() is None else queryset.filter(language=self.value())


LANGUAGES_CACHE_SECONDS = 600


@admin.register(Source)
class SourceAdmin(IndexedSearchMixin, LargeTableAdminMixin, VersionedAdminMixin, ServiceHistoryAdmin):
    form = SourceForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["title", "kind", "publisher", "published_at", "language", "appearance_count"]
    list_filter = [SnapshotFilter, "kind", LanguageFilter, PublisherFilter, "published_at"]
    list_select_related = ["publisher"]
    ordering = ["-published_at", "title"]
    search_fields = ["title", "slug", "url", "byline", "publisher__name"]  # shows the search box
    search_contains = ["title", "url", "byline"]
    search_exact = ["slug"]
    search_related = {"publisher": "name"}
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["publisher"]
    readonly_fields = ["text_sha256", "snapshots", "created_at", "updated_at"]
    inlines = [CitationInline]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "url", "publisher", "byline", "language"]}),
        ("Dates", {"fields": ["published_at", "retrieved_at"]}),
        ("Snapshot", {"fields": ["text", "text_sha256", "snapshots"]}),
        ("Editorial", {"fields": ["notes", "created_at", "updated_at"]}),
    ]

    def get_changelist(self, request, **kwargs):
        return SourceChangeList

    def get_queryset(self, request):
        # The snapshot can be a whole article; the count is a subquery run only for the rows shown.
        appearances = Source.objects.filter(pk=OuterRef("pk")).annotate(n=Count("appearances")).values("n")[:1]
        return super().get_queryset(request).annotate(appearance_count=Subquery(appearances))

    @admin.display(description="Appearances", ordering="appearance_count")
    def appearance_count(self, obj):
        return obj.appearance_count

    @admin.display(description="Versions")
    def snapshots(self, obj):
        """The snapshot this one was replaced by, or the earlier ones kept for their quotes. One query."""
        if obj is None or obj.pk is None:
            return "—"
        if obj.replaced_by_id is not None:
            current = obj.replaced_by
            url = reverse("admin:sources_source_change", args=[current.pk])
            return format_html(
                'An earlier snapshot, kept as it was for the quotes anchored in it. Current: <a href="{}">{}</a>',
                url,
                current.slug,
            )
        earlier = list(obj.earlier_snapshots.only("pk", "slug", "created_at").order_by("-pk"))
        if not earlier:
            return (
                "The only snapshot. Once a quote is anchored in it, a new text keeps this one as an earlier snapshot."
            )
        links = format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            ((reverse("admin:sources_source_change", args=[e.pk]), e.slug) for e in earlier),
        )
        return format_html("Earlier snapshots: {}", links)

    def save_model(self, request, obj, form, change):
        names = {f.name for f in Source._meta.concrete_fields}
        values = {name: value for name, value in form.cleaned_data.items() if name in names}
        if not change:
            adopt(obj, services.source_create(by=request.user, **values))
            return
        saved = services.source_update(source=obj, by=request.user, **values)
        snapshot_change = getattr(saved, "snapshot_change", None)
        if snapshot_change is not None:
            level = messages.WARNING if snapshot_change.left_behind else messages.INFO
            self.message_user(request, f"Quotes are anchored in this source. {snapshot_change.message()}", level)


@admin.register(Citation)
class CitationAdmin(LargeTableAdminMixin, ServiceHistoryAdmin):
    list_display = ["source", "cited_actor", "cited_source", "note"]
    list_select_related = ["source", "cited_actor", "cited_source"]
    search_fields = ["source__title", "cited_actor__name", "cited_source__title", "note"]
    autocomplete_fields = ["source", "cited_actor", "cited_source"]
