from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from claims import permissions, services
from claims.badges import colour_class
from claims.checklist import publish_checklist
from claims.corroboration import claim_corroboration
from claims.models import Appearance, Claim, ClaimRelation, ClaimRevision, Status, Topic, Verification
from claims.models.claim import ClaimQuerySet
from claims.models.verification import published_verdict_of
from claims.quantities import Quantity
from claims.search import ClaimSearch, claim_search, refresh_search, search_limit
from claims.timeline import claim_timeline
from claims.workflow import (
    PUBLISH,
    REVISION_DISCARD,
    REVISION_PUBLISH,
    REVISION_TRANSITIONS,
    SEND_BACK,
    SUBMIT,
    Transition,
    available_transitions,
    transition_named,
)
from core.admin import (
    BoundedCountPaginator,
    LargeTableAdminMixin,
    ServiceActionsMixin,
    ServiceHistoryAdmin,
    SlugOrNameFilter,
    adopt,
    service_saved_related,
)
from core.versioning import VersionedAdminMixin, VersionedModelForm

State = Verification.State


def status_badge(label: str | None, colour: str | None):
    if not label:
        return "—"
    return format_html('<span class="fc-badge {}">{}</span>', colour_class(colour), label)


class BadgeMedia:
    # The colours' classes (claims.badges); the path of claims.urls' "status-colours".
    css = {"all": ["claims/admin.css", "/status-colours.css"]}


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Status)
class StatusAdmin(ServiceHistoryAdmin):
    list_display = ["badge", "slug", "rating_value", "best_rating", "worst_rating", "order", "is_active"]
    list_editable = ["order", "is_active"]
    search_fields = ["label", "slug"]
    fields = [
        "label", "slug", "colour", "description", "order", "is_active",
        "rating_name", "rating_value", "best_rating", "worst_rating",
    ]  # fmt: skip
    Media = BadgeMedia

    @admin.display(description="Status", ordering="label")
    def badge(self, obj):
        return status_badge(obj.label, obj.colour)


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
    fields = ["verdict_badge", "state", "author", "reviewer", "published_at", "rationale", "correction_note"]
    list_select_related = ["status", "author", "reviewer"]

    @admin.display(description="Status")
    def verdict_badge(self, obj):
        return status_badge(obj.status.label, obj.status.colour)

    def has_delete_permission(self, request, obj=None):
        return False


class NewVerificationForm(forms.ModelForm):
    """Asks for a correction note when the new verification would replace a published verdict."""

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        if self.instance.pk is None:
            claim_id = cleaned["claim"].pk if cleaned.get("claim") else self.instance.claim_id
            services.validate_new_verification(claim_id=claim_id, correction_note=cleaned.get("correction_note", ""))
        return cleaned


class AddVerificationInline(AddRowsInline):
    model = Verification
    form = NewVerificationForm
    verbose_name = "new verification"
    verbose_name_plural = "add a verification (starts as a draft; on a published claim, it is a correction)"
    autocomplete_fields = ["evidence"]
    fields = ["status", "rationale", "evidence", "evidence_notes", "correction_note"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "status":
            kwargs["queryset"] = Status.objects.active()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class RevisionProposalForm(forms.ModelForm):
    """Shows why a proposal cannot wait for review (one is already waiting, nothing changed) beside the form."""

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        claim = cleaned.get("claim") or getattr(self.instance, "claim", None)
        if claim is not None and not self.errors:
            proposal = ClaimRevision(
                claim=claim, statement=cleaned.get("statement", ""), claim_reviewed=cleaned.get("claim_reviewed", "")
            )
            proposal.quantity = Quantity.from_fields(cleaned)
            try:
                services.validate_revision_proposal(proposal)
            except services.WorkflowError as exc:
                raise forms.ValidationError(exc.message) from exc
        return cleaned


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
    verbose_name = "new wording"
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


def admin_claim_search(request, search_term: str) -> ClaimSearch:
    """The indexed search of claims (claims.search) for a changelist; says so when more than the limit match."""
    search = claim_search(search_term, published_only=False)
    if search.more_than_limit:
        messages.info(
            request,
            f"More than {search_limit():,} claims match “{search.text}”. Add words or filters to narrow them down.",
        )
    return search


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
        if formset.model is ClaimRevision:
            return self._propose_wording(request, form, formset)
        if formset.model is not Verification:
            return super().save_formset(request, form, formset, change)
        # New verdicts go through the workflow service: author, draft state, corrections.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for inline_form in formset.forms:
            if inline_form.instance.pk is None and inline_form.has_changed():
                data = inline_form.cleaned_data
                formset.new_objects.append(
                    services.verification_create(
                        claim=form.instance,
                        status=data["status"],
                        rationale=data["rationale"],
                        evidence=data["evidence"],
                        evidence_notes=data["evidence_notes"],
                        correction_note=data["correction_note"],
                        by=request.user,
                    )
                )

    def _propose_wording(self, request, form, formset):
        """New wording proposed on the claim's page goes through the service: it waits for another editor."""
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for inline_form in formset.forms:
            if inline_form.instance.pk is None and inline_form.has_changed():
                data = inline_form.cleaned_data
                formset.new_objects.append(
                    services.claim_revision_propose(
                        claim=form.instance,
                        statement=data["statement"],
                        claim_reviewed=data["claim_reviewed"],
                        quantity=Quantity.from_fields(data),
                        note=data.get("note", ""),
                        by=request.user,
                    )
                )

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


class AppearanceForm(VersionedModelForm):
    """Refuses a claim the user may not add to: appearances follow their claim's rule (claims.permissions)."""

    user = None  # set by AppearanceAdmin.get_form

    def clean_claim(self):
        claim = self.cleaned_data["claim"]
        if self.user is not None and not permissions.can_edit_claim(self.user, claim):
            raise forms.ValidationError("You can add to your own claims only, and only until one is published.")
        return claim


class AppearanceChangeList(ChangeList):
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

    def get_changelist(self, request, **kwargs):
        return AppearanceChangeList

    def get_search_results(self, request, queryset, search_term):
        """
        Appearances of the claims the indexed search finds (claims.search): a claim's search covers
        its quotes, speakers and sources, so a quote, a speaker's name or a source's title finds them.
        """
        search = admin_claim_search(request, search_term)
        return (queryset.filter(search.condition("claim__")) if search.text else queryset), False

    @admin.display(description="Quote", ordering="quote")
    def quote_short(self, obj):
        return Truncator(obj.quote).chars(70)

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
        return Truncator(obj.claim.statement).chars(60)


# -- verifications: the workflow ----------------------------------------------------------------


class QueueFilter(admin.SimpleListFilter):
    """The editor's to-do lists: their own drafts, and others' work waiting for them to review."""

    title = "my work"
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        choices = [("my-drafts", "My drafts"), ("my-in-review", "My work in review")]
        if permissions.can_publish(request.user):
            choices.append(("awaiting-my-review", "Awaiting my review"))
        return choices

    def queryset(self, request, queryset):
        me = request.user
        if self.value() == "my-drafts":
            return queryset.filter(author=me, state=State.DRAFT)
        if self.value() == "my-in-review":
            return queryset.filter(author=me, state=State.IN_REVIEW)
        if self.value() == "awaiting-my-review":
            return queryset.filter(state=State.IN_REVIEW).exclude(author=me)
        return queryset


class VerificationForm(VersionedModelForm, NewVerificationForm):
    pass


def _bulk_action(transition: Transition):
    """A bulk action of the changelist that runs one transition of the workflow table on each selected row."""

    def run(modeladmin, request, queryset):
        modeladmin.run_on_each(
            request,
            queryset.select_related("claim"),
            lambda v: services.verification_transition(verification=v, by=request.user, transition=transition),
            done=transition.done,
            noun="verification",
            describe=lambda v: v.claim.statement,
        )

    run.__name__ = f"{transition.name}_selected"
    return admin.action(description=f"{transition.label}: the selected verifications")(run)


@admin.register(Verification)
class VerificationAdmin(LargeTableAdminMixin, ServiceActionsMixin, VersionedAdminMixin, ServiceHistoryAdmin):
    form = VerificationForm
    list_display = ["claim_short", "badge", "state", "author", "reviewer", "updated_at", "published_at"]
    list_filter = [QueueFilter, "state", "status", ("author", admin.RelatedOnlyFieldListFilter), "published_at"]
    list_select_related = ["claim", "status", "author", "reviewer"]
    search_fields = ["claim__statement", "rationale", "correction_note"]
    autocomplete_fields = ["claim", "evidence"]
    actions = [_bulk_action(t) for t in (SUBMIT, PUBLISH, SEND_BACK)]
    fields = [
        "claim", "status", "rationale", "evidence", "evidence_notes", "correction_note",
        "state", "author", "reviewer", "supersedes", "submitted_at", "published_at",
        "withdrawn_at", "withdrawal_reason",
    ]  # fmt: skip
    workflow_fields = [
        "state", "author", "reviewer", "supersedes", "submitted_at", "published_at", "withdrawn_at", "withdrawal_reason"
    ]  # fmt: skip
    change_form_template = "admin/claims/verification/change_form.html"
    revert_refusal = (
        "A verification changes only through the workflow: a draft is edited on its page, and a published "
        "verdict is changed by publishing a correction, which readers see. Its versions are kept here to read."
    )
    Media = BadgeMedia

    @admin.display(description="Claim", ordering="claim__statement")
    def claim_short(self, obj):
        return Truncator(obj.claim.statement).chars(70)

    @admin.display(description="Status", ordering="status__order")
    def badge(self, obj):
        return status_badge(obj.status.label, obj.status.colour)

    def get_readonly_fields(self, request, obj=None):
        if obj is not None:
            return [*self.workflow_fields, "claim"]
        return self.workflow_fields

    def has_change_permission(self, request, obj=None):
        # Without change permission on a row the admin shows it read-only, with the workflow buttons.
        if obj is None:
            return super().has_change_permission(request)
        return permissions.can_edit_verification(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or obj.state == State.DRAFT)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "status":
            kwargs["queryset"] = Status.objects.active()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        values = {
            name: data[name]
            for name in ("status", "rationale", "evidence", "evidence_notes", "correction_note")
            if name in data
        }
        if change:
            services.verification_update(verification=obj, by=request.user, **values)
        else:
            adopt(obj, services.verification_create(claim=data["claim"], by=request.user, **values))

    def save_related(self, request, form, formsets, change):
        service_saved_related(self, request, form, formsets, change)  # the services set the evidence

    def get_urls(self):
        return [
            path(
                "<path:object_id>/transition/<str:name>/",
                self.admin_site.admin_view(self.transition_view),
                name="claims_verification_transition",
            ),
            *super().get_urls(),
        ]

    def transition_view(self, request, object_id, name):
        """One button of the workflow: POST only, through the same service as everything else."""
        verification = get_object_or_404(Verification, pk=object_id)
        if not self.has_view_permission(request, verification):
            raise PermissionDenied

        def run():
            return services.verification_transition(
                verification=verification,
                by=request.user,
                transition=transition_named(name),
                reason=request.POST.get("reason", ""),
            )

        return self.run_button(
            request,
            run,
            done=lambda v: f"The verification is now {v.get_state_display().lower()}.",
            back_to=reverse("admin:claims_verification_change", args=[verification.pk]),
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["transitions"] = available_transitions(request.user, obj)
            if obj.state in (State.DRAFT, State.IN_REVIEW):
                checklist = publish_checklist(obj)
                context["checklist"] = checklist
                context["checklist_missing"] = [item for item in checklist if not item.done]
            if obj.state == State.PUBLISHED and permissions.can_write_verifications(request.user):
                context["correct_url"] = reverse("admin:claims_verification_add") + f"?claim={obj.claim_id}"
        return super().render_change_form(request, context, add, change, form_url, obj)


# -- changes of published claims' wording -------------------------------------------------------


def _revision_action(transition: Transition):
    def run(modeladmin, request, queryset):
        modeladmin.run_on_each(
            request,
            queryset,
            lambda r: services.claim_revision_transition(revision=r, by=request.user, transition=transition.name),
            done=transition.done,
            noun="wording change",
            describe=lambda r: r.statement,
        )

    run.__name__ = f"{transition.name}_selected_revisions"
    return admin.action(description=f"{transition.label}: the selected wording changes")(run)


class ClaimRevisionForm(RevisionProposalForm):
    class Meta:
        model = ClaimRevision
        fields = ["claim", "statement", "claim_reviewed", "value", "qualifier", "unit", "lower", "upper", "multiplier"]
        fields += ["note"]


@admin.register(ClaimRevision)
class ClaimRevisionAdmin(LargeTableAdminMixin, ServiceActionsMixin, admin.ModelAdmin):
    """
    Proposed changes of published claims' wording. A proposal is never edited: it is published by
    another editor (readers then see it, with an 'updated' note) or discarded, and a new one proposed.
    """

    form = ClaimRevisionForm
    list_display = ["short_statement", "claim_short", "state", "author", "reviewer", "created_at", "published_at"]
    list_filter = ["state"]
    list_select_related = ["claim", "author", "reviewer"]
    search_fields = ["statement", "claim__statement", "claim__slug"]
    autocomplete_fields = ["claim"]
    ordering = ["-id"]
    actions = [_revision_action(t) for t in (REVISION_PUBLISH, REVISION_DISCARD)]
    change_form_template = "admin/claims/claimrevision/change_form.html"
    fields = [
        "claim", "statement", "claim_reviewed", ("value", "qualifier", "unit"), ("lower", "upper"), "multiplier",
        "note", "state", "author", "reviewer", "published_at", "previous_statement", "previous_claim_reviewed",
        "previous_quantity",
    ]  # fmt: skip
    record_fields = [
        "state", "author", "reviewer", "published_at", "previous_statement", "previous_claim_reviewed",
        "previous_quantity",
    ]  # fmt: skip

    @admin.display(description="New wording", ordering="statement")
    def short_statement(self, obj):
        return Truncator(obj.statement).chars(70)

    @admin.display(description="Claim as readers see it", ordering="claim__statement")
    def claim_short(self, obj):
        return Truncator(obj.claim.statement).chars(70)

    def get_readonly_fields(self, request, obj=None):
        return self.record_fields if obj is None else [*self.record_fields, *ClaimRevisionForm.Meta.fields]

    def has_add_permission(self, request):
        return permissions.can_propose_wording(request.user)

    def has_change_permission(self, request, obj=None):
        return False  # proposals are published or discarded, never rewritten

    def has_delete_permission(self, request, obj=None):
        return False  # the record keeps every proposal

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        saved = services.claim_revision_propose(
            claim=data["claim"],
            statement=data["statement"],
            claim_reviewed=data["claim_reviewed"],
            quantity=Quantity.from_fields(data),
            note=data.get("note", ""),
            by=request.user,
        )
        adopt(obj, saved)

    def get_urls(self):
        return [
            path(
                "<path:object_id>/transition/<str:name>/",
                self.admin_site.admin_view(self.transition_view),
                name="claims_claimrevision_transition",
            ),
            *super().get_urls(),
        ]

    def transition_view(self, request, object_id, name):
        revision = get_object_or_404(ClaimRevision, pk=object_id)
        if not self.has_view_permission(request, revision):
            raise PermissionDenied
        return self.run_button(
            request,
            lambda: services.claim_revision_transition(revision=revision, by=request.user, transition=name),
            done=lambda r: f"The wording change is now {r.get_state_display().lower()}.",
            back_to=reverse("admin:claims_claimrevision_change", args=[revision.pk]),
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["transitions"] = [t for t in REVISION_TRANSITIONS.values() if t.allows(request.user, obj)]
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


def my_work_counts(user) -> dict[str, int]:
    """The admin index's 'my work' box: two counts in one query."""
    counts = Verification.objects.aggregate(
        my_drafts=Count("pk", filter=Q(author=user, state=State.DRAFT)),
        awaiting_my_review=Count("pk", filter=Q(state=State.IN_REVIEW) & ~Q(author=user)),
    )
    if not permissions.can_publish(user):
        counts.pop("awaiting_my_review")
    return counts
