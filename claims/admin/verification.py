"""Verifications and their workflow: drafts, review, publication, corrections."""

from django import forms
from django.contrib import admin
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.urls import reverse

from claims import permissions, services
from claims.admin.common import BadgeMedia, status_badge
from claims.checklist import publish_checklist
from claims.models import Status, Verification
from claims.workflow import (
    PUBLISH,
    SEND_BACK,
    SUBMIT,
    Transition,
    available_transitions,
    transition_named,
)
from core.admin import (
    LargeTableAdminMixin,
    ServiceActionsMixin,
    ServiceHistoryAdmin,
    adopt,
    service_saved_related,
    truncated,
)
from core.versioning import VersionedAdminMixin, VersionedModelForm

State = Verification.State


class NewVerificationForm(forms.ModelForm):
    """Asks for a correction note when the new verification would replace a published verdict."""

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        if self.instance.pk is None:
            claim_id = cleaned["claim"].pk if cleaned.get("claim") else self.instance.claim_id
            services.validate_new_verification(claim_id=claim_id, correction_note=cleaned.get("correction_note", ""))
        return cleaned


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
    list_display = ["claim_short", "badge", "state", "author", "reviewer", "published_at"]
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
        return truncated(obj.claim.statement, 70)

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
        return [*self.transition_urls(), *super().get_urls()]

    def run_transition(self, row, *, by, name, note):
        return services.verification_transition(verification=row, by=by, transition=transition_named(name), reason=note)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["transitions"] = available_transitions(request.user, obj)
            if obj.state in (State.DRAFT, State.IN_REVIEW):
                checklist = publish_checklist(obj)
                context["checklist"] = checklist
                context["checklist_missing"] = [item for item in checklist if not item.done]
            context["publish_refusal"] = publish_refusal(request.user, obj)
            if obj.state == State.PUBLISHED and permissions.can_write_verifications(request.user):
                context["correct_url"] = reverse("admin:claims_verification_add") + f"?corrects={obj.pk}"
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_changeform_initial_data(self, request):
        """
        "Correct this verdict" (``?corrects=<pk>``) starts from the verdict it corrects: its claim,
        status, rationale and evidence; the correction note is left for the editor to write.
        Anything but a published verdict's id pre-fills nothing beyond the other parameters.
        """
        initial = super().get_changeform_initial_data(request)
        corrects = request.GET.get("corrects", "")
        verdict = None
        if corrects.isascii() and corrects.isdigit():
            verdict = Verification.objects.published().prefetch_related("evidence").filter(pk=corrects).first()
        initial.pop("corrects", None)
        if verdict is not None:
            initial |= {
                "claim": verdict.claim_id,
                "status": verdict.status_id,
                "rationale": verdict.rationale,
                "evidence": [source.pk for source in verdict.evidence.all()],
                "evidence_notes": verdict.evidence_notes,
            }
        return initial

    def response_post_save_add(self, request, obj):
        return HttpResponseRedirect(reverse("admin:claims_verification_change", args=[obj.pk]))

    def response_post_save_change(self, request, obj):
        # An editor saves a verification to act on it next (send it for review, publish): stay on it.
        return HttpResponseRedirect(reverse("admin:claims_verification_change", args=[obj.pk]))


def publish_refusal(user, verification: Verification) -> str:
    """
    Why the Publish button is not on the page, in words the editor can act on ("" when it is):
    the two-person rule, a missing permission, or the state the verification is in.
    """
    if verification.state == State.DRAFT:
        return "Publish comes after review: send this draft for review; an editor who did not write it publishes it."
    if verification.state != State.IN_REVIEW:
        return ""
    try:
        PUBLISH.check(user, verification)
    except services.WorkflowError as refusal:
        return refusal.message
    return ""


def my_work_counts(user) -> dict[str, int]:
    """The admin index's 'my work' box: two counts in one query."""
    counts = Verification.objects.aggregate(
        my_drafts=Count("pk", filter=Q(author=user, state=State.DRAFT)),
        awaiting_my_review=Count("pk", filter=Q(state=State.IN_REVIEW) & ~Q(author=user)),
    )
    if not permissions.can_publish(user):
        counts.pop("awaiting_my_review")
    return counts
