"""
Admin plumbing for service-backed buttons and bulk actions, shared by every app's admin.

A button is a POST to a view the ModelAdmin adds; a bulk action runs the same service on each
selected row. Either way a refusal (ServiceError or ValidationError) becomes a message naming
the row and the reason, never an error page, and the rows that were allowed still go through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import models, transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import ModelChange
from simple_history.template_utils import HistoricalRecordContextHelper

from core.services import ServiceError, error_message

if TYPE_CHECKING:
    from django.template.response import _TemplateForResponseT

REFUSALS = (ServiceError, ValidationError)


class ServiceActionsMixin:
    """
    ModelAdmin mixin: run a service from a button or on each selected row, and report.

    An admin whose rows have workflow transitions defines ``run_transition()`` (calling the service
    that runs a transition by name) and puts ``transition_urls()`` in front of its get_urls(): one
    button URL, ``admin:<app>_<model>_transition`` at ``<pk>/transition/<name>/``, whose POST runs
    it, with the ``note`` or ``reason`` typed beside the button.
    """

    message_user: Callable[..., None]
    model: type[models.Model]
    admin_site: admin.AdminSite
    has_view_permission: Callable[..., bool]
    transition_noun = ""  # "The <noun> is now published."; the model's verbose name when empty

    def run_transition(self, row: Any, *, by: Any, name: str, note: str) -> Any:
        """Run the transition ``name`` on ``row`` through its service; return the row in its new state."""
        raise NotImplementedError

    def transition_urls(self) -> list[URLPattern]:
        """The transition button's URL, for get_urls()."""
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/transition/<str:name>/",
                self.admin_site.admin_view(self.transition_view),
                name=f"{opts.app_label}_{opts.model_name}_transition",
            )
        ]

    def transition_view(self, request: HttpRequest, object_id: str, name: str) -> HttpResponse:
        """One workflow button: POST only, through the same service as bulk actions and the API."""
        row = get_object_or_404(self.model, pk=object_id)
        if not self.has_view_permission(request, row):
            raise PermissionDenied
        note = request.POST.get("note") or request.POST.get("reason") or ""
        opts = self.model._meta
        noun = self.transition_noun or opts.verbose_name
        return self.run_button(
            request,
            lambda: self.run_transition(row, by=request.user, name=name, note=note),
            done=lambda r: f"The {noun} is now {r.get_state_display().lower()}.",
            back_to=reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[row.pk]),
        )

    def run_on_each(
        self,
        request: HttpRequest,
        rows: Iterable[models.Model],
        service: Callable[[Any], object],
        *,
        done: str,
        noun: str,
        describe: Callable[[Any], str],
    ) -> None:
        """Run ``service(row)`` on every row: '<done> 3 <noun>s.' and one message per refusal."""
        ok, refused = 0, []
        for row in rows:
            try:
                service(row)
                ok += 1
            except REFUSALS as exc:
                refused.append(f"“{Truncator(describe(row)).chars(50)}”: {error_message(exc)}")
        if ok:
            self.message_user(request, f"{done} {ok} {noun}{'s' if ok != 1 else ''}.", messages.SUCCESS)
        for line in refused:
            self.message_user(request, f"Not done for {line}", messages.ERROR)

    def run_button(
        self, request: HttpRequest, service: Callable[[], object], *, done: Callable[[Any], str], back_to: str
    ) -> HttpResponse:
        """One button: POST only; runs ``service()``, reports ``done(result)`` or the refusal, and goes back."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        try:
            result = service()
        except REFUSALS as exc:
            self.message_user(request, f"Not done: {error_message(exc)}", messages.ERROR)
        else:
            self.message_user(request, done(result), messages.SUCCESS)
        return redirect_back(request, back_to)


def truncated(text: str, chars: int) -> str:
    """A long text cut to ``chars`` for a changelist cell, whole in its title (shown on hover)."""
    short = Truncator(text).chars(chars)
    if short == text:
        return text
    return format_html('<span class="fc-truncated" title="{}">{}</span>', text, short)


def redirect_back(request: HttpRequest, default: str) -> HttpResponseRedirect:
    """To ``?next=`` when it is a URL of this site, otherwise to ``default``."""
    target = request.GET.get("next") or request.POST.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(default)


def adopt(obj: models.Model, saved: models.Model) -> None:
    """
    Make the admin's unsaved ``obj`` the row a create service saved, so the admin's log entry,
    messages and redirect that follow save_model() point at it.
    """
    obj.__dict__.update(saved.__dict__)


def service_saved_related(model_admin: admin.ModelAdmin, request, form, formsets, change) -> None:
    """save_related() for a form whose many-to-many values the create/update service already set."""
    for formset in formsets:
        model_admin.save_formset(request, form, formset, change=change)


class InputFilter(admin.SimpleListFilter):
    """
    A changelist filter typed into a box (a slug or a name) instead of a list of every value:
    the list of every actor or source of a large archive would be megabytes on each page.
    Subclasses set ``title``, ``parameter_name``, ``placeholder`` and ``filter_by(queryset, value)``.
    """

    template = "admin/input_filter.html"
    placeholder = "slug or exact name"

    def lookups(self, request, model_admin):
        return [("", "")]  # Django shows a filter only when it has lookups; the template draws the box

    def has_output(self) -> bool:
        return True

    def choices(self, changelist):
        # The template needs the other parameters to keep them, and the URL that clears this one.
        yield {
            "placeholder": self.placeholder,
            "value": self.value() or "",
            "clear_url": changelist.get_query_string(remove=[self.parameter_name]),
            # Every other parameter (filters, search, ordering) survives a new value typed here.
            "others": [
                (key, value)
                for key, values in changelist.filter_params.items()
                if key not in (self.parameter_name, "p")
                for value in values
            ],
        }

    def queryset(self, request, queryset):
        value = (self.value() or "").strip()
        return self.filter_by(queryset, value) if value else queryset

    def filter_by(self, queryset, value: str):
        raise NotImplementedError


class SlugOrNameFilter(InputFilter):
    """Rows whose ``path`` (an actor or a source) has the typed slug, or exactly the typed name or title."""

    path = ""
    name_field = "name"

    @property
    def placeholder(self) -> str:  # type: ignore[override]
        return f"slug or exact {self.name_field}"

    def matching(self, value: str) -> Q:
        return Q(**{f"{self.path}__slug": value}) | Q(**{f"{self.path}__{self.name_field}__iexact": value})

    def filter_by(self, queryset, value):
        return queryset.filter(self.matching(value))


class BoundedCountPaginator(Paginator):
    """
    Counts at most COUNT_LIMIT rows (a LIMIT inside the count), so a changelist of a million
    rows costs the same as one of ten thousand; past the limit the admin offers the first
    pages and search and filters narrow the rest.
    """

    COUNT_LIMIT = 10_000
    count_limit = COUNT_LIMIT  # lower for a search that already says more rows match than it counts

    @cached_property
    def count(self) -> int:
        rows = self.object_list
        if isinstance(rows, QuerySet):
            return rows.order_by().values_list("pk", flat=True)[: self.count_limit].count()
        return len(rows)


# The request attribute a search sets (claims.admin.common.admin_claim_search) when it has told the
# editor that more than so many claims match: the changelist then counts no further than that.
COUNT_LIMIT_ATTRIBUTE = "admin_count_limit"


class LargeTableChangeList(ChangeList):
    """
    Each row links to its change page with the list's search and filters kept
    (``?_changelist_filters=…``), which Django adds row by row in add_preserved_filters(): it
    parses the link and resolves it against every URL pattern, about 0.3 ms a row, 30 ms for a
    searched page of 100 rows (an unfiltered list has nothing to keep, so it skips that). The same
    query string is added here, once built, to each row's link.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.row_filters, self.preserved_filters = self.preserved_filters, ""

    def url_for_result(self, result) -> str:
        url = super().url_for_result(result)
        return f"{url}?{self.row_filters}" if self.row_filters else url


class IndexedSearchMixin:
    """
    ModelAdmin mixin: Django's changelist search (every typed word in one of the fields) in a shape
    PostgreSQL answers from indexes. ``search_contains`` are columns with a trigram index (a
    substring, any case); ``search_exact`` are matched whole (slugs); ``search_related`` names
    foreign keys searched by a column of the row they point to (``{"publisher": "name"}``): those
    ids are looked up first (one indexed query per word), because an OR across a join would
    read every row.
    """

    search_contains: ClassVar[list[str]] = []
    search_exact: ClassVar[list[str]] = []
    search_related: ClassVar[dict[str, str]] = {}

    def get_search_results(self, request, queryset, search_term):
        words = search_term.split()
        for word in words:
            condition = Q()
            for field in self.search_contains:
                condition |= Q(**{f"{field}__icontains": word})
            for field in self.search_exact:
                condition |= Q(**{field: word})
            for key, column in self.search_related.items():
                related = queryset.model._meta.get_field(key).related_model._default_manager
                ids = list(related.filter(**{f"{column}__icontains": word}).values_list("pk", flat=True))
                if ids:
                    condition |= Q(**{f"{key}__in": ids})
            queryset = queryset.filter(condition)
        return queryset, False


class LargeTableAdminMixin:
    """
    ModelAdmin mixin for tables that grow with the archive: bounded counts, no full-count query,
    and a changelist whose 100 rows cost little to render.
    """

    paginator: type[Paginator] = BoundedCountPaginator
    show_full_result_count: bool = False
    show_facets = admin.ShowFacets.NEVER  # a count per filter choice is a scan per choice

    def get_changelist(self, request, **kwargs):
        return LargeTableChangeList

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        paginator = super().get_paginator(request, queryset, per_page, orphans, allow_empty_first_page)  # type: ignore[misc]
        if limit := getattr(request, COUNT_LIMIT_ATTRIBUTE, None):  # never less than a page
            paginator.count_limit = min(paginator.count_limit, max(limit, per_page))
        return paginator

    @admin.display(description=mark_safe('<input type="checkbox" id="action-toggle">'))
    def action_checkbox(self, obj):
        """
        Django's checkbox, written out here: Django renders a CheckboxInput template per row, about
        a third of a changelist's rendering time.
        """
        label = format_html(gettext("Select this object for an action - {}"), str(obj))
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            ACTION_CHECKBOX_NAME,
            obj.pk,
            label,
        )


def _related_or_id(record: models.Model, field: models.Field, value: Any) -> Any:
    if value is None:
        return None
    try:
        return getattr(record, field.name)
    except ObjectDoesNotExist:
        return value


class ChoiceLabelsContextHelper(HistoricalRecordContextHelper):
    """A field with choices is shown in the history's "Changes" by its label ("In review"), not its value."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if getattr(field, "choices", None):
            return dict(field.flatchoices).get(value, value)
        return super().prepare_delta_change_value(change, value)


class ServiceHistoryAdmin(SimpleHistoryAdmin):
    """
    django-simple-history's History -> Revert for admins whose saves go through services: a revert
    is a save like any other, run in one transaction, and a service's refusal (a workflow state, a
    permission, a kept snapshot) is shown as a message on the version's page, never as an error page.

    Set ``revert_refusal`` on an admin whose rows only the workflow may change (verifications):
    the history stays readable, the Revert button is gone, the history page says why, and a POST
    to revert is answered 405 with that reason.
    """

    revert_refusal: str = ""
    # Typed as ModelAdmin declares it, so admins that also inherit ModelAdmin through a mixin agree.
    object_history_template: ClassVar[_TemplateForResponseT | None] = "admin/service_object_history.html"
    object_history_form_template = "admin/service_object_history_form.html"
    object_history_list_template = "admin/service_object_history_list.html"

    # Fields every save changes: listed in "Changes" they would bury what an editor changed.
    history_delta_noise = frozenset({"version", "updated_at"})

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        """
        The history's "Changes" column, over every tracked field. django-simple-history diffs only
        the fields a form edits, so a workflow transition, which changes only fields the workflow
        owns (state, reviewer, published_at), showed an empty "Changes" cell.
        """
        newer = None
        for older in historical_records:  # newest first
            if newer is not None:
                delta = newer.diff_against(older, foreign_keys_are_objs=foreign_keys_are_objs)
                delta.changes.extend(self._workflow_changes(older, newer))
                delta.changes.sort(key=lambda change: change.field)
                helper = ChoiceLabelsContextHelper(self.model, newer)
                newer.history_delta_changes = helper.context_for_delta_changes(delta)
            newer = older

    def _workflow_changes(self, older, newer) -> list[ModelChange]:
        """The changes of tracked fields no form edits (diff_against leaves them out), less the noise."""
        changes = []
        for field in newer.tracked_fields:
            if field.editable or field.name in self.history_delta_noise:
                continue
            old, new = getattr(older, field.attname), getattr(newer, field.attname)
            if old == new:
                continue
            if field.is_relation:  # the user or row it points to, by name; its id if it is gone
                old, new = _related_or_id(older, field, old), _related_or_id(newer, field, new)
            changes.append(ModelChange(field.name, old, new))
        return changes

    def revert_disabled(self, request, obj=None) -> bool:
        return bool(self.revert_refusal) or super().revert_disabled(request, obj)

    def history_view(self, request, object_id, extra_context=None):
        context = {"revert_refusal": self.revert_refusal, **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        context = {"revert_refusal": self.revert_refusal, **(extra_context or {})}
        if request.method != "POST":
            return super().history_form_view(request, object_id, version_id, context)
        if self.revert_refusal:
            return HttpResponseNotAllowed(["GET"], content=self.revert_refusal)
        try:
            with transaction.atomic():
                return super().history_form_view(request, object_id, version_id, context)
        except REFUSALS as exc:
            self.message_user(request, f"Not reverted: {error_message(exc)}", messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())
