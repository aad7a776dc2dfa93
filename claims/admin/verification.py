"""Verifications and their workflow: drafts, review, publication, corrections."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.text import Truncator

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


def my_work_counts(user) -> dict[str, int]:
    """The admin index's 'my work' box: two counts in one query."""
    counts = Verification.objects.aggregate(
        my_drafts=Count("pk", filter=Q(author=user, state=State.DRAFT)),
        awaiting_my_review=Count("pk", filter=Q(state=State.IN_REVIEW) & ~Q(author=user)),
    )
    if not permissions.can_publish(user):
        counts.pop("awaiting_my_review")
    return counts
