"""The claim page: its inlines, its changelist filters, and claim relations."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse

from claims import permissions, services
from claims.admin.common import BadgeMedia, admin_claim_search, status_badge
from claims.admin.revision import RevisionProposalForm
from claims.admin.verification import NewVerificationForm
from claims.corroboration import claim_corroboration
from claims.models import Appearance, Claim, ClaimRelation, ClaimRevision, Status, Verification
from claims.models.claim import ClaimQuerySet
from claims.models.verification import published_verdict_of
from claims.quantities import Quantity
from claims.search import refresh_search
from claims.timeline import claim_timeline
from core.admin import (
    BoundedCountPaginator,
    LargeTableAdminMixin,
    ServiceActionsMixin,
    ServiceHistoryAdmin,
    SlugOrNameFilter,
    adopt,
    service_saved_related,
    truncated,
)
from core.versioning import VersionedAdminMixin

State = Verification.State

# -- claim page ---------------------------------------------------------------------------


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
    fields = ["quote", "speaker", "stance", "stated_on", "stated_precision", "date_note", "source", "via_target"]
    list_select_related = ["speaker", "source", "via__cited_actor", "via__cited_source"]

    @admin.display(description="Via")
    def via_target(self, obj):
        return obj.via.target if obj.via else "—"


class AddAppearanceInline(AddRowsInline):
    model = Appearance
    verbose_name = "appearance"
    verbose_name_plural = "add appearances"
    autocomplete_fields = ["source", "speaker", "via"]
    fields = [("source", "speaker", "via"), ("stance", "stated_on", "stated_precision", "date_note"), "quote"]


class VerificationInline(ExistingRowsInline):
    model = Verification
    fields = ["verdict_badge", "state", "author", "reviewer", "published_at", "rationale", "correction_note"]
    list_select_related = ["status", "author", "reviewer"]

    @admin.display(description="Status")
    def verdict_badge(self, obj):
        return status_badge(obj.status.label, obj.status.colour)

    def has_delete_permission(self, request, obj=None):
        return False


class AddVerificationInline(AddRowsInline):
    model = Verification
    form = NewVerificationForm
    verbose_name = "verification"
    verbose_name_plural = "add a verification (starts as a draft; on a published claim, it is a correction)"
    autocomplete_fields = ["evidence"]
    fields = ["status", "rationale", "evidence", "evidence_notes", "correction_note"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "status":
            kwargs["queryset"] = Status.objects.active()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class RevisionInline(ExistingRowsInline):
    model = ClaimRevision
    verbose_name = "wording change"
    verbose_name_plural = "wording changes (published by another editor; readers see the old wording until then)"
    fields = ["state", "statement", "claim_reviewed", "author", "reviewer", "published_at", "previous_statement"]
    list_select_related = ["author", "reviewer"]

    def has_delete_permission(self, request, obj=None):
        return False


class AddRevisionInline(AddRowsInline):
    """On a claim on the record, new wording is proposed here; it changes nothing until another editor publishes it."""

    model = ClaimRevision
    form = RevisionProposalForm
    verbose_name = "wording change"
    verbose_name_plural = "propose new wording (another editor publishes it)"
    fields = ["statement", "claim_reviewed", ("value", "qualifier", "unit"), ("lower", "upper"), "multiplier", "note"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 90})}}

    def has_add_permission(self, request, obj=None):
        return obj is not None and obj.is_on_record and permissions.can_propose_wording(request.user)


class RelationInline(admin.TabularInline):
    model = ClaimRelation
    fk_name = "from_claim"
    extra = 0
    autocomplete_fields = ["to_claim"]
    fields = ["kind", "to_claim", "note"]
    verbose_name = "relation to another claim"
    verbose_name_plural = "relations to other claims"


class VerdictFilter(admin.SimpleListFilter):
    title = "published verdict"
    parameter_name = "verdict"

    def lookups(self, request, model_admin):
        return [("none", "Not published"), *Status.objects.values_list("slug", "label")]

    def queryset(self, request, queryset):
        current = published_verdict_of(OuterRef("pk"))
        if self.value() == "none":
            return queryset.exclude(Exists(current))
        if self.value():
            return queryset.filter(Exists(current.filter(status__slug=self.value())))
        return queryset


class WorkflowStateFilter(admin.SimpleListFilter):
    title = "has a verification that is"
    parameter_name = "workflow"

    def lookups(self, request, model_admin):
        return State.choices

    def queryset(self, request, queryset):
        return queryset.filter(verifications__state=self.value()) if self.value() else queryset


class ClaimAppearanceFilter(SlugOrNameFilter):
    """Claims with an appearance whose ``path`` (an actor or a source) is the one typed."""

    def filter_by(self, queryset, value):
        return queryset.filter(Exists(Appearance.objects.filter(self.matching(value), claim=OuterRef("pk"))))


class ClaimantFilter(ClaimAppearanceFilter):
    title, parameter_name, path = "claimant", "claimant", "speaker"


class PublisherFilter(ClaimAppearanceFilter):
    title, parameter_name, path = "publisher", "publisher", "source__publisher"


class SourceFilter(ClaimAppearanceFilter):
    title, parameter_name, path, name_field = "source", "source", "source", "title"


def appearance_count():
    """How many appearances a claim has: a subquery the database runs only for the rows on the page."""
    counted = Appearance.objects.filter(claim=OuterRef("pk")).order_by().values("claim").annotate(n=Count("pk"))
    return Coalesce(Subquery(counted.values("n")[:1]), 0)


# The fields a claim on the record protects: its wording changes through a revision, its slug by a rename.
WORDING_FIELDS = ["statement", "claim_reviewed", "value", "qualifier", "unit", "lower", "upper", "multiplier"]


@admin.register(Claim)
class ClaimAdmin(LargeTableAdminMixin, ServiceActionsMixin, VersionedAdminMixin, ServiceHistoryAdmin):
    list_display = ["short_statement", "quantity_display", "verdict", "appearance_count", "updated_at"]
    list_filter = [
        VerdictFilter,
        WorkflowStateFilter,
        ClaimantFilter,
        SourceFilter,
        PublisherFilter,
        "topics",
        "qualifier",
        "created_at",
        "appearances__stated_on",
    ]
    search_fields = ["statement", "slug", "unit", "appearances__quote"]
    ordering = ["-created_at"]  # stated again: the Count annotation drops the model's ordering
    prepopulated_fields = {"slug": ["statement"]}
    filter_horizontal = ["topics"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 90})}}
    readonly_fields = [
        "corroboration", "timeline", "statement_confirmed_by", "created_by", "created_at", "updated_at",
        "first_published_at", "wording_updated_at",
    ]  # fmt: skip
    inlines = [
        AppearanceInline, AddAppearanceInline, VerificationInline, AddVerificationInline,
        RevisionInline, AddRevisionInline, RelationInline,
    ]  # fmt: skip
    fieldsets = [
        (None, {"fields": ["statement", "statement_confirmed_by", "claim_reviewed", "slug", "topics"]}),
        ("Quantity", {"fields": [("value", "qualifier", "unit"), ("lower", "upper"), "multiplier"]}),
        ("Corroboration", {"fields": ["corroboration"]}),
        ("Timeline", {"fields": ["timeline"]}),
        (
            "Record",
            {
                "fields": ["created_by", "created_at", "updated_at", "first_published_at", "wording_updated_at"],
                "classes": ["collapse"],
            },
        ),
    ]
    change_form_template = "admin/claims/claim/change_form.html"
    Media = BadgeMedia

    def get_search_results(self, request, queryset, search_term):
        """The indexed search of the public site (claims.search) over every claim, or a slug as pasted."""
        search = admin_claim_search(request, search_term)
        if not search.text:
            return queryset, False
        return queryset.filter(search.condition() | Q(slug=search.text)), False

    def has_change_permission(self, request, obj=None):
        # Without it the claim (and its appearances) is shown read-only: reporters edit only their own drafts.
        if obj is None:
            return super().has_change_permission(request)
        return permissions.can_edit_claim(request.user, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.is_on_record:
            readonly += [*WORDING_FIELDS, "slug"]
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if obj is None else {}

    def get_inline_instances(self, request, obj=None):
        # Wording changes exist only for claims on the record; before that the wording is edited directly.
        inlines = super().get_inline_instances(request, obj)
        on_record = obj is not None and obj.is_on_record
        return [i for i in inlines if on_record or not isinstance(i, (RevisionInline, AddRevisionInline))]

    def get_queryset(self, request):
        claims = super().get_queryset(request)
        assert isinstance(claims, ClaimQuerySet)  # what Claim.objects makes
        # The search columns are derived and the largest of a claim: the list never shows them.
        claims = claims.defer("search_text", "search_vector")
        return claims.with_current_verdict().annotate(appearance_count=appearance_count())

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:  # nothing to analyse before the claim exists
            fieldsets = [fs for fs in fieldsets if fs[0] not in ("Corroboration", "Timeline")]
        return fieldsets

    @admin.display(description="Statement", ordering="statement")
    def short_statement(self, obj):
        return truncated(obj.statement, 90)

    @admin.display(description="Quantity")
    def quantity_display(self, obj):
        return str(obj.quantity) if obj.quantity else "—"

    @admin.display(description="Verdict", ordering="verdict_label")
    def verdict(self, obj):
        return status_badge(obj.verdict_label, obj.verdict_colour)

    @admin.display(description="Appearances", ordering="appearance_count")
    def appearance_count(self, obj):
        return obj.appearance_count

    @admin.display(description="Independent origins")
    def corroboration(self, obj):
        report = claim_corroboration(obj)
        suggestion = report.suggestion
        start_url = None
        if suggestion.status is not None:
            start_url = reverse("admin:claims_verification_add") + f"?claim={obj.pk}&status={suggestion.status.pk}"
        return render_to_string("admin/claims/claim/corroboration.html", {"report": report, "start_url": start_url})

    @admin.display(description="Who said it when")
    def timeline(self, obj):
        return render_to_string("admin/claims/claim/timeline.html", {"timeline": claim_timeline(obj)})

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        # A claim on the record shows its wording and slug read-only: they are not in the form, so not passed.
        values = {name: data[name] for name in ("statement", "claim_reviewed", "slug", "topics") if name in data}
        if "qualifier" in data:
            values["quantity"] = Quantity.from_fields(data)
        if change:
            services.claim_update(claim=obj, by=request.user, **values)
        else:
            adopt(obj, services.claim_create(by=request.user, **values))

    def save_related(self, request, form, formsets, change):
        service_saved_related(self, request, form, formsets, change)  # claim_create/update set the topics
        refresh_search([form.instance.pk])  # appearances added or removed inline

    def save_formset(self, request, form, formset, change):
        claim, by = form.instance, request.user
        if formset.model is ClaimRevision:
            # New wording proposed on the claim's page goes through the service: it waits for another editor.
            return _save_new_through_service(
                formset,
                lambda data: services.claim_revision_propose(
                    claim=claim,
                    statement=data["statement"],
                    claim_reviewed=data["claim_reviewed"],
                    quantity=Quantity.from_fields(data),
                    note=data.get("note", ""),
                    by=by,
                ),
            )
        if formset.model is Verification:
            # New verdicts go through the workflow service: author, draft state, corrections.
            return _save_new_through_service(
                formset,
                lambda data: services.verification_create(
                    claim=claim,
                    status=data["status"],
                    rationale=data["rationale"],
                    evidence=data["evidence"],
                    evidence_notes=data["evidence_notes"],
                    correction_note=data["correction_note"],
                    by=by,
                ),
            )
        return super().save_formset(request, form, formset, change)

    def get_urls(self):
        return [
            path(
                "<path:object_id>/rename/",
                self.admin_site.admin_view(self.rename_view),
                name="claims_claim_rename",
            ),
            *super().get_urls(),
        ]

    def rename_view(self, request, object_id):
        """A chief editor's rename of a published claim: the old slug is kept and redirects (301) to the new one."""
        claim = get_object_or_404(Claim, pk=object_id)
        if not self.has_view_permission(request, claim):
            raise PermissionDenied
        if request.method != "POST":
            context = {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "original": claim,
                "title": "Rename a published claim",
                "may_rename": permissions.can_rename_published_claim(request.user),
            }
            return TemplateResponse(request, "admin/claims/claim/rename.html", context)
        return self.run_button(
            request,
            lambda: services.claim_rename(claim=claim, slug=request.POST.get("slug", "").strip(), by=request.user),
            done=lambda c: f"Renamed: the claim is now at /claims/{c.slug}/, and its old address redirects there.",
            back_to=reverse("admin:claims_claim_change", args=[claim.pk]),
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.is_on_record and permissions.can_rename_published_claim(request.user):
            context["rename_url"] = reverse("admin:claims_claim_rename", args=[obj.pk])
        return super().render_change_form(request, context, add, change, form_url, obj)


@admin.register(ClaimRelation)
class ClaimRelationAdmin(ServiceHistoryAdmin):
    list_display = ["from_claim", "kind", "to_claim"]
    list_filter = ["kind"]
    list_select_related = ["from_claim", "to_claim"]
    autocomplete_fields = ["from_claim", "to_claim"]
    paginator = BoundedCountPaginator
    show_full_result_count = False
    search_fields = ["from_claim__statement", "to_claim__statement"]


def _save_new_through_service(formset, create) -> None:
    """Save an inline's new rows through ``create(cleaned_data)``, a service; its other rows are read-only."""
    formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
    for inline_form in formset.forms:
        if inline_form.instance.pk is None and inline_form.has_changed():
            formset.new_objects.append(create(inline_form.cleaned_data))
