"""Proposed changes of published claims' wording."""

from django import forms
from django.contrib import admin

from claims import permissions, services
from claims.models import ClaimRevision
from claims.quantities import Quantity
from claims.workflow import (
    REVISION_DISCARD,
    REVISION_PUBLISH,
    REVISION_TRANSITIONS,
    Transition,
)
from core.admin import LargeTableAdminMixin, ServiceActionsMixin, adopt, truncated


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
    transition_noun = "wording change"
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
        return truncated(obj.statement, 70)

    @admin.display(description="Claim as readers see it", ordering="claim__statement")
    def claim_short(self, obj):
        return truncated(obj.claim.statement, 70)

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
        return [*self.transition_urls(), *super().get_urls()]

    def run_transition(self, row, *, by, name, note):
        return services.claim_revision_transition(revision=row, by=by, transition=name)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["transitions"] = [t for t in REVISION_TRANSITIONS.values() if t.allows(request.user, obj)]
            context["publish_refusal"] = revision_publish_refusal(request.user, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)


def revision_publish_refusal(user, revision: ClaimRevision) -> str:
    """Why the button that publishes a waiting wording change is not on its page ("" when it is)."""
    if revision.state != ClaimRevision.State.IN_REVIEW:
        return ""
    try:
        REVISION_PUBLISH.check(user, revision)
    except services.WorkflowError as refusal:
        return refusal.message
    return ""
