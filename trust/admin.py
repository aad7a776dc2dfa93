from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from claims.admin import BadgeMedia, VerificationAdmin
from claims.models import Verification
from core.admin import REFUSALS, ServiceActionsMixin, ServiceHistoryAdmin, truncated
from core.services import error_message
from trust import services
from trust.models import ErrorReport, TeamMember, TransparencyPage
from trust.permissions import can_handle_reports
from trust.workflow import TRANSITIONS, ReportTransition, available_transitions

State = ErrorReport.State


@admin.register(TransparencyPage)
class TransparencyPageAdmin(ServiceHistoryAdmin):
    list_display = ["title", "kind", "updated_at"]
    fields = ["kind", "title", "summary", "body", "updated_at"]
    readonly_fields = ["updated_at"]

    def get_readonly_fields(self, request, obj=None):
        # A page keeps its address: its kind is chosen once.
        return ["kind", "updated_at"] if obj is not None else ["updated_at"]


@admin.register(TeamMember)
class TeamMemberAdmin(ServiceHistoryAdmin):
    list_display = ["name", "role", "user", "order", "is_listed"]
    list_editable = ["order", "is_listed"]
    list_select_related = ["user"]
    search_fields = ["name", "role"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "role", "bio", "user", "order", "is_listed"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":  # newsroom accounts only; a short list
            kwargs["queryset"] = get_user_model()._default_manager.filter(is_staff=True).order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# -- the inbox of readers' error reports -----------------------------------------------------------


def _bulk_action(transition: ReportTransition):
    def run(modeladmin, request, queryset):
        modeladmin.run_on_each(
            request,
            queryset,
            lambda r: services.error_report_transition(report=r, by=request.user, transition=transition),
            done=transition.done,
            noun="report",
            describe=lambda r: r.message,
        )

    run.__name__ = f"{transition.name}_selected"
    return admin.action(description=f"{transition.label}: the selected reports", permissions=["change"])(run)


@admin.register(ErrorReport)
class ErrorReportAdmin(ServiceActionsMixin, ServiceHistoryAdmin):
    transition_noun = "report"
    revert_refusal = "A report changes state only through the inbox's buttons: it cannot be reverted."

    list_display = ["created_at", "state", "excerpt", "claim_link", "correction_link"]
    list_filter = ["state", "created_at"]
    list_select_related = ["claim", "correction"]
    search_fields = ["message", "claim__statement", "claim__slug"]
    ordering = ["-created_at", "-id"]
    actions = [_bulk_action(t) for t in TRANSITIONS.values()]
    fields = [
        "state", "claim_link", "message", "evidence_url", "name", "email", "created_at",
        "editor_note", "correction_link", "handled_by", "triaged_at", "closed_at",
    ]  # fmt: skip
    readonly_fields = [
        "state", "claim_link", "message", "evidence_url", "name", "email", "created_at",
        "correction_link", "handled_by", "triaged_at", "closed_at",
    ]  # fmt: skip
    change_form_template = "admin/trust/errorreport/change_form.html"
    Media = BadgeMedia  # the workflow buttons' styles

    def has_add_permission(self, request):
        return False  # reports come from readers, through the public form

    @admin.display(description="Report")
    def excerpt(self, obj):
        return truncated(obj.message, 90)

    @admin.display(description="Claim", ordering="claim__statement")
    def claim_link(self, obj):
        return format_html(
            '<a href="{}">{}</a> (<a href="{}">public page</a>)',
            reverse("admin:claims_claim_change", args=[obj.claim_id]),
            Truncator(obj.claim.statement).chars(70),
            obj.claim.get_absolute_url(),
        )

    @admin.display(description="Correction")
    def correction_link(self, obj):
        if obj.correction_id is None:
            return "—"
        return format_html(
            '<a href="{}">{} verification #{}</a>',
            reverse("admin:claims_verification_change", args=[obj.correction_id]),
            obj.correction.get_state_display(),
            obj.correction_id,
        )

    def get_urls(self):
        return [
            *self.transition_urls(),
            path(
                "<path:object_id>/start-correction/",
                self.admin_site.admin_view(self.start_correction_view),
                name="trust_errorreport_start_correction",
            ),
            *super().get_urls(),
        ]

    def run_transition(self, row, *, by, name, note):
        return services.error_report_transition(report=row, by=by, transition=name, note=note)

    def start_correction_view(self, request, object_id):
        """One click: a draft correction of the claim's verdict, opened for editing at once."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        report = get_object_or_404(ErrorReport, pk=object_id)
        if not self.has_view_permission(request, report):
            raise PermissionDenied
        try:
            correction = services.error_report_start_correction(report=report, by=request.user)
        except REFUSALS as exc:
            self.message_user(request, f"Not done: {error_message(exc)}", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:trust_errorreport_change", args=[report.pk]))
        self.message_user(
            request,
            "A draft correction was started from the report. Rewrite its correction note, then send it for review.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:claims_verification_change", args=[correction.pk]))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and can_handle_reports(request.user):
            context["transitions"] = available_transitions(obj)
            context["can_start_correction"] = obj.state in (State.NEW, State.TRIAGED) and obj.correction_id is None
        return super().render_change_form(request, context, add, change, form_url, obj)


# -- the correction a report led to, seen from the correction ---------------------------------------

# Claims cannot know about error reports (trust sits above it): the verification admin is extended here.
admin.site.unregister(Verification)


@admin.register(Verification)
class VerificationWithReportsAdmin(VerificationAdmin):
    """The verification admin, and on a verification's page the readers' reports that led to it."""

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        if obj is not None and request.user.has_perm("trust.view_errorreport"):
            fields.append("readers_reports")
        return fields

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "readers_reports"]

    @admin.display(description="Readers' error reports")
    def readers_reports(self, obj):
        """The reports this correction was started from (one query), each linked to the inbox."""
        reports = list(ErrorReport.objects.filter(correction=obj).order_by("created_at", "id"))
        if not reports:
            return "—"
        return format_html_join(
            mark_safe("<br>"),
            '<a href="{}">Report #{}</a> of {} ({}): {}',
            (
                (
                    reverse("admin:trust_errorreport_change", args=[r.pk]),
                    r.pk,
                    date_format(r.created_at, "j M Y"),
                    r.get_state_display().lower(),
                    Truncator(r.message).chars(80),
                )
                for r in reports
            ),
        )
