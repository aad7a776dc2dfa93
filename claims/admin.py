from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.html import format_html
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Appearance, Claim, ClaimRelation, Status, Topic, Verification


def status_badge(label: str | None, colour: str | None):
    if not label:
        return "—"
    return format_html(
        '<span class="fc-badge" style="background:{};color:#fff;padding:2px 8px;border-radius:10px;'
        'white-space:nowrap">{}</span>',
        colour or "#57606a",
        label,
    )


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Status)
class StatusAdmin(SimpleHistoryAdmin):
    list_display = ["badge", "slug", "rating_value", "best_rating", "worst_rating", "order", "is_active"]
    list_editable = ["order", "is_active"]
    search_fields = ["label", "slug"]
    fields = [
        "label",
        "slug",
        "colour",
        "description",
        "order",
        "is_active",
        "rating_name",
        "rating_value",
        "best_rating",
        "worst_rating",
    ]

    @admin.display(description="Status", ordering="label")
    def badge(self, obj):
        return status_badge(obj.label, obj.colour)


class ExistingRowsInline(admin.TabularInline):
    """
    Existing rows shown read-only, each with a link to its own page, so a claim with many
    appearances opens with a constant number of queries; new rows come through AddRowsInline.
    """

    extra = 0
    show_change_link = True
    list_select_related: list[str] = []

    def has_add_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(*self.list_select_related)


class AddRowsInline(admin.StackedInline):
    extra = 0

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return self.has_add_permission(request, obj)

    def get_queryset(self, request):
        return super().get_queryset(request).none()


class AppearanceInline(ExistingRowsInline):
    model = Appearance
    fields = ["quote", "speaker", "stance", "stated_on", "date_note", "source", "via_target"]
    list_select_related = ["speaker", "source", "via__cited_actor", "via__cited_source"]

    @admin.display(description="Via")
    def via_target(self, obj):
        return obj.via.target if obj.via else "—"


class AddAppearanceInline(AddRowsInline):
    model = Appearance
    verbose_name = "new appearance"
    verbose_name_plural = "add appearances"
    autocomplete_fields = ["source", "speaker", "via"]
    fields = [("source", "speaker", "via"), ("stance", "stated_on", "date_note"), "quote"]


class VerificationInline(ExistingRowsInline):
    model = Verification
    fields = ["status", "state", "author", "reviewer", "published_at", "rationale"]
    list_select_related = ["status", "author", "reviewer"]


class AddVerificationInline(AddRowsInline):
    model = Verification
    verbose_name = "new verification"
    verbose_name_plural = "add a verification (starts as a draft)"
    autocomplete_fields = ["evidence"]
    fields = ["status", "rationale", "evidence", "evidence_notes"]


class RelationInline(admin.TabularInline):
    model = ClaimRelation
    fk_name = "from_claim"
    extra = 0
    autocomplete_fields = ["to_claim"]
    fields = ["kind", "to_claim", "note"]
    verbose_name = "relation to another claim"
    verbose_name_plural = "relations to other claims"


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["short_statement", "quantity_display", "verdict", "appearance_count", "updated_at"]
    list_filter = ["topics", "qualifier", "verifications__state", "verifications__status", "created_at"]
    search_fields = ["statement", "slug", "unit", "appearances__quote"]
    prepopulated_fields = {"slug": ["statement"]}
    filter_horizontal = ["topics"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 90})}}
    readonly_fields = ["created_by", "created_at", "updated_at"]
    inlines = [AppearanceInline, AddAppearanceInline, VerificationInline, AddVerificationInline, RelationInline]
    fieldsets = [
        (None, {"fields": ["statement", "slug", "topics"]}),
        ("Quantity", {"fields": [("value", "qualifier", "unit"), ("lower", "upper"), "multiplier"]}),
        ("Record", {"fields": ["created_by", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .with_current_verdict()
            .annotate(appearance_count=Count("appearances", distinct=True))
        )

    @admin.display(description="Statement", ordering="statement")
    def short_statement(self, obj):
        return Truncator(obj.statement).chars(90)

    @admin.display(description="Quantity")
    def quantity_display(self, obj):
        return str(obj.quantity) if obj.quantity else "—"

    @admin.display(description="Verdict", ordering="verdict_label")
    def verdict(self, obj):
        return status_badge(obj.verdict_label, obj.verdict_colour)

    @admin.display(description="Appearances", ordering="appearance_count")
    def appearance_count(self, obj):
        return obj.appearance_count

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is Verification:
            for verification_form in formset.forms:
                if verification_form.instance.pk is None:
                    verification_form.instance.author = request.user
        super().save_formset(request, form, formset, change)


@admin.register(Appearance)
class AppearanceAdmin(SimpleHistoryAdmin):
    list_display = ["quote_short", "claim", "speaker", "stance", "stated_on", "source"]
    list_filter = [
        "stance",
        ("speaker", admin.RelatedOnlyFieldListFilter),
        ("source", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["claim", "speaker", "source"]
    search_fields = ["quote", "claim__statement", "speaker__name", "source__title"]
    autocomplete_fields = ["claim", "source", "speaker", "via"]
    readonly_fields = ["start", "end", "prefix", "suffix"]
    date_hierarchy = "stated_on"

    @admin.display(description="Quote", ordering="quote")
    def quote_short(self, obj):
        return Truncator(obj.quote).chars(70)


@admin.register(Verification)
class VerificationAdmin(SimpleHistoryAdmin):
    list_display = ["claim_short", "badge", "state", "author", "reviewer", "updated_at", "published_at"]
    list_filter = ["state", "status", "published_at"]
    list_select_related = ["claim", "status", "author", "reviewer"]
    search_fields = ["claim__statement", "rationale", "correction_note"]
    autocomplete_fields = ["claim", "evidence"]
    readonly_fields = ["state", "author", "reviewer", "supersedes", "submitted_at", "published_at", "withdrawn_at"]

    @admin.display(description="Claim", ordering="claim__statement")
    def claim_short(self, obj):
        return Truncator(obj.claim.statement).chars(70)

    @admin.display(description="Status", ordering="status__order")
    def badge(self, obj):
        return status_badge(obj.status.label, obj.status.colour)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)


@admin.register(ClaimRelation)
class ClaimRelationAdmin(SimpleHistoryAdmin):
    list_display = ["from_claim", "kind", "to_claim"]
    list_filter = ["kind"]
    list_select_related = ["from_claim", "to_claim"]
    autocomplete_fields = ["from_claim", "to_claim"]
    search_fields = ["from_claim__statement", "to_claim__statement"]
