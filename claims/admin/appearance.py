"""Appearances: a claim as it appears in a source."""

from django import forms
from django.contrib import admin

from claims import permissions
from claims.admin.common import admin_claim_search
from claims.models import Appearance
from claims.search import refresh_search
from core.admin import LargeTableAdminMixin, LargeTableChangeList, ServiceHistoryAdmin, SlugOrNameFilter, truncated
from core.versioning import VersionedAdminMixin, VersionedModelForm


class SpeakerFilter(SlugOrNameFilter):
    title, parameter_name, path = "speaker", "speaker", "speaker"


class AppearanceSourceFilter(SlugOrNameFilter):
    title, parameter_name, path, name_field = "source", "source", "source", "title"


class AppearancePublisherFilter(SlugOrNameFilter):
    title, parameter_name, path = "publisher", "publisher", "source__publisher"


class EarlierSnapshotFilter(admin.SimpleListFilter):
    """The quotes an editor must review: their source's text changed and no longer has their words."""

    title = "snapshot"
    parameter_name = "snapshot"

    def lookups(self, request, model_admin):
        return [("earlier", "Quote only in an earlier snapshot: review")]

    def queryset(self, request, queryset):
        return queryset.in_earlier_snapshot() if self.value() == "earlier" else queryset


class AppearanceForm(VersionedModelForm):
    """Refuses a claim the user may not add to: appearances follow their claim's rule (claims.permissions)."""

    user = None  # set by AppearanceAdmin.get_form

    def clean_claim(self):
        claim = self.cleaned_data["claim"]
        if self.user is not None and not permissions.can_edit_claim(self.user, claim):
            raise forms.ValidationError("You can add to your own claims only, and only until one is published.")
        return claim


class AppearanceChangeList(LargeTableChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        # Columns the list never shows, and the largest: a claim's search index, a source's text.
        rows = super().get_queryset(request, exclude_parameters)
        return rows.defer("claim__search_text", "claim__search_vector", "source__text", "source__notes")


@admin.register(Appearance)
class AppearanceAdmin(LargeTableAdminMixin, VersionedAdminMixin, ServiceHistoryAdmin):
    list_display = ["quote_short", "claim_short", "speaker", "stance", "stated_on", "source"]
    list_filter = [
        EarlierSnapshotFilter, "stance", SpeakerFilter, AppearanceSourceFilter, AppearancePublisherFilter, "stated_on"
    ]  # fmt: skip
    ordering = ["-id"]  # newest first, along the primary key: the model's date order would sort every row
    list_select_related = ["claim", "speaker", "source"]
    search_fields = ["quote", "claim__statement", "speaker__name", "source__title"]

    autocomplete_fields = ["claim", "source", "speaker", "via"]
    readonly_fields = ["start", "end", "prefix", "suffix"]
    form = AppearanceForm

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or permissions.can_edit_claim(request.user, obj.claim))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or permissions.can_edit_claim(request.user, obj.claim))

    def get_search_results(self, request, queryset, search_term):
        """
        Appearances of the claims the indexed search finds (claims.search): a claim's search covers
        its quotes, speakers and sources, so a quote, a speaker's name or a source's title finds them.
        """
        search = admin_claim_search(request, search_term)
        return (queryset.filter(search.condition("claim__")) if search.text else queryset), False

    def get_changelist(self, request, **kwargs):
        return AppearanceChangeList

    @admin.display(description="Quote", ordering="quote")
    def quote_short(self, obj):
        return truncated(obj.quote, 70)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        refresh_search({obj.claim_id, form.initial.get("claim") or obj.claim_id})

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        refresh_search([obj.claim_id])

    def delete_queryset(self, request, queryset):
        claim_ids = list(queryset.values_list("claim_id", flat=True))
        super().delete_queryset(request, queryset)
        refresh_search(claim_ids)

    @admin.display(description="Claim", ordering="claim__statement")
    def claim_short(self, obj):
        return truncated(obj.claim.statement, 60)
