"""Proposed changes of published claims' wording."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.text import Truncator

from claims import permissions, services
from claims.models import ClaimRevision
from claims.quantities import Quantity
from claims.workflow import (
    REVISION_DISCARD,
    REVISION_PUBLISH,
    REVISION_TRANSITIONS,
    Transition,
)
from core.admin import LargeTableAdminMixin, ServiceActionsMixin, adopt


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
