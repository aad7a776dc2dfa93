"""
The figures in the newsroom's admin: each figure's page shows its ledger (summary, the chart,
the latest estimates with links to their claims, the consensus and lags) and its open findings;
estimates are attached with an autocomplete of claims, through the same checks as the API
(figures.services). Findings waiting for an editor form the "needs attention" queue.

A figure can have ten thousand estimates: the page lists the latest of them (the table, the
estimates to detach, the open findings), says how many there are, and links to all of them (the
ledger's CSV, the findings queue), so that it costs the same whatever the figure's size.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse

from core.admin import ServiceActionsMixin, ServiceHistoryAdmin
from core.services import ServiceError, error_message
from figures import permissions, services
from figures.chart import chart_context
from figures.ledger import ledger_for, range_text
from figures.models import Estimate, Figure, Finding


class EstimateInlineForm(forms.ModelForm):
    class Meta:
        model = Estimate
        fields = ["claim"]

    user = None  # set by EstimateInline.get_formset: who is attaching

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:  # an attached claim is detached, not swapped for another
            self.fields["claim"].disabled = True

    def clean_claim(self):
        claim = self.cleaned_data["claim"]
        if self.instance.pk is None and claim is not None:
            try:
                services.require_attachable(figure=self.instance.figure, claim=claim, by=self.user)
            except ServiceError as exc:
                raise ValidationError(exc.message) from exc
            except ValidationError as exc:
                raise ValidationError(error_message(exc)) from exc
        return claim


# How much of a big figure its admin page lists; the rest is linked.
ENTRIES_SHOWN = 100  # ledger entries, the latest
ESTIMATES_SHOWN = 50  # attached claims that can be detached here, the latest attached
FINDINGS_SHOWN = 20  # open findings, the newest


class EstimateFormSet(forms.BaseInlineFormSet):
    """The latest estimates only: a form for each of ten thousand would make a page of megabytes."""

    user = None

    def get_queryset(self):
        if not hasattr(self, "_latest"):
            self._latest = super().get_queryset().order_by("-created_at", "-pk")[:ESTIMATES_SHOWN]
        return self._latest

    def clean(self):
        super().clean()
        for form in self.deleted_forms:
            estimate = form.instance
            if estimate.pk and self.user and not permissions.can_detach_estimate(self.user, estimate.claim):
                raise ValidationError(f"You cannot detach “{estimate.claim.slug}”: it is published; ask an editor.")


class EstimateInline(admin.TabularInline):
    model = Estimate
    form = EstimateInlineForm
    formset = EstimateFormSet
    autocomplete_fields = ["claim"]
    fields = ["claim", "added_by", "created_at"]
    readonly_fields = ["added_by", "created_at"]
    extra = 0
    verbose_name = "estimate (a claim with a quantity)"
    verbose_name_plural = f"estimates (claims with a quantity): the latest {ESTIMATES_SHOWN} attached"

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.user = formset.form.user = request.user  # type: ignore[attr-defined]
        return formset

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("claim", "added_by")


class FigureAdminForm(forms.ModelForm):
    class Meta:
        model = Figure
        fields = ["name", "slug", "unit", "description", "part_of", "topics"]

    def clean_part_of(self):
        whole = self.cleaned_data.get("part_of")
        if whole is not None and self.instance.pk is not None:
            probe = Figure(pk=self.instance.pk, part_of=whole)
            try:
                services.require_no_part_loop(probe)
            except ValidationError as exc:
                raise ValidationError(error_message(exc)) from exc
        return whole


@admin.register(Figure)
class FigureAdmin(ServiceHistoryAdmin):
    form = FigureAdminForm
    list_display = ["name", "unit", "part_of", "updated_at"]
    list_select_related = ["part_of"]
    search_fields = ["name", "slug", "description"]
    list_filter = ["topics"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["part_of"]
    filter_horizontal = ["topics"]
    inlines = [EstimateInline]

    class Media:
        css = {"all": ["figures/figures.css"]}

    readonly_fields = ["ledger_summary", "chart", "ledger_table", "open_findings"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "unit", "description", "part_of", "topics"]}),
        ("Ledger", {"fields": ["ledger_summary", "chart", "ledger_table", "open_findings"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        return self.fieldsets if obj is not None else self.fieldsets[:1]

    def _ledger(self, obj):
        # The newsroom's view, computed once per page for the three fields that show it.
        if getattr(obj, "_admin_ledger", None) is None:
            obj._admin_ledger = ledger_for(obj, public=False)
        return obj._admin_ledger

    @admin.display(description="Summary")
    def ledger_summary(self, obj):
        return self._ledger(obj).summary

    @admin.display(description="Chart")
    def chart(self, obj):
        """The newsroom ledger's chart, as the public page draws the public one (cached by version)."""
        ledger = self._ledger(obj)
        return render_to_string("admin/figures/figure/chart.html", {"ledger": ledger, **chart_context(obj, ledger)})

    @admin.display(description="Estimates, by date")
    def ledger_table(self, obj):
        ledger = self._ledger(obj)
        spans = [(span, range_text(span.lower, span.upper, obj.unit)) for span in ledger.consensus]
        return render_to_string(
            "admin/figures/figure/ledger.html",
            {
                "ledger": ledger,
                "entries": ledger.entries[-ENTRIES_SHOWN:],
                "total": len(ledger.entries),
                "csv": reverse("api:figure-ledger", args=[obj.slug]) + "?format=csv",
                "spans": spans,
            },
        )

    @admin.display(description="Needs attention")
    def open_findings(self, obj):
        findings = Finding.objects.filter(figure=obj, acknowledged_at__isnull=True, resolved_at__isnull=True)
        queue = reverse("admin:figures_finding_changelist") + f"?figure__id__exact={obj.pk}"
        shown = list(findings.order_by("-first_seen_at", "-pk")[:FINDINGS_SHOWN])
        total = len(shown) if len(shown) < FINDINGS_SHOWN else findings.count()
        return render_to_string(
            "admin/figures/figure/findings.html", {"findings": shown, "total": total, "queue": queue}
        )

    def save_model(self, request, obj, form, change):
        obj.created_by = obj.created_by or request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.figure_findings_refresh(figure=form.instance)  # a new whole or part changes what is found

    def save_formset(self, request, form, formset, change):
        """Estimates through the services (the same checks and findings refresh as the API)."""
        if formset.model is not Estimate:
            return super().save_formset(request, form, formset, change)
        formset.save(commit=False)
        for estimate in formset.deleted_objects:
            services.estimate_detach(estimate=estimate, by=request.user)
        for estimate in formset.new_objects:
            services.estimate_attach(figure=form.instance, claim=estimate.claim, by=request.user)


class OpenFilter(admin.SimpleListFilter):
    """The queue shows what is new: neither acknowledged nor resolved, unless asked otherwise."""

    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("all", "All"), ("acknowledged", "Acknowledged"), ("resolved", "No longer found")]

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "Needs attention",
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset.filter(acknowledged_at__isnull=True, resolved_at__isnull=True)
        if self.value() == "acknowledged":
            return queryset.filter(acknowledged_at__isnull=False)
        if self.value() == "resolved":
            return queryset.filter(resolved_at__isnull=False)
        return queryset


@admin.register(Finding)
class FindingAdmin(ServiceActionsMixin, admin.ModelAdmin):
    list_display = ["kind", "figure", "explanation", "first_seen_at", "acknowledged_by", "resolved_at"]
    list_select_related = ["figure", "acknowledged_by"]
    list_filter = [OpenFilter, "kind"]
    search_fields = ["explanation", "figure__name"]
    actions = ["acknowledge"]
    readonly_fields = [
        "figure", "kind", "key", "explanation", "first_seen_at", "resolved_at", "acknowledged_by", "acknowledged_at",
    ]  # fmt: skip

    def has_add_permission(self, request):
        return False  # the ledger finds them (figures.services.figure_findings_refresh)

    @admin.action(description="Acknowledge: seen, leave the queue", permissions=["change"])
    def acknowledge(self, request, queryset):
        self.run_on_each(
            request,
            queryset,
            lambda finding: services.finding_acknowledge(finding=finding, by=request.user),
            done="Acknowledged",
            noun="finding",
            describe=str,
        )
