"""
Reviewing suggestions in the admin: on the source's page (an inline with Accept / Merge / Reject
buttons and each quote highlighted in the snapshot), on the suggestion list (bulk actions), and on
the "Import an article" page reached from the source list. Every button runs ingest.services.

Suggestions have no permissions of their own in the newsroom's roles: seeing them needs what
seeing sources and claims needs, deciding them what adding claims and appearances needs.
"""

from typing import Protocol

from django.contrib import admin, messages
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F
from django.forms.models import BaseInlineFormSet
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.text import Truncator

from claims.permissions import can_decide_suggestions, can_import_articles, is_newsroom_member
from core.admin import LargeTableAdminMixin, ServiceActionsMixin, SlugOrNameFilter
from core.services import ServiceError
from ingest import services
from ingest.accepting import similar_actors
from ingest.forms import AcceptForm, ImportBatchForm, ImportForm
from ingest.models import ImportBatch, ImportBatchFile, Suggestion, SuggestionQuerySet
from sources import admin as sources_admin
from sources.models import Source


class Decision(Protocol):
    """A decision service of ingest.services, as the buttons and bulk actions call it."""

    def __call__(self, *, suggestion: Suggestion, by: User) -> object: ...


DECISIONS: dict[str, Decision] = {
    "accept": services.suggestion_accept,
    "merge": services.suggestion_merge,
    "reject": services.suggestion_reject,
}
SNAPSHOT_CONTEXT = 120  # characters shown either side of a quote on the source's page


def highlighted(text: str, suggestion: Suggestion, *, context: int | None = None):
    """
    The snapshot (or ``context`` characters either side) with the quote in <mark> and the figure
    in <strong>, every piece escaped. Finds the quote again if the snapshot was edited since.
    """
    quote, start = suggestion.quote, suggestion.start
    if text[start : start + len(quote)] != quote:
        start = text.find(quote)
        if start < 0:
            return format_html("<em>No longer in the snapshot:</em> {}", quote)
    end = start + len(quote)
    lo = 0 if context is None else max(0, start - context)
    hi = len(text) if context is None else min(len(text), end + context)
    figure_at = quote.find(suggestion.figure) if suggestion.figure else -1
    if figure_at >= 0:
        figure_end = figure_at + len(suggestion.figure)
        marked: str = format_html(
            "{}<strong>{}</strong>{}", quote[:figure_at], quote[figure_at:figure_end], quote[figure_end:]
        )
    else:
        marked = quote
    return format_html(
        '<div class="fc-snapshot">{}{}<mark>{}</mark>{}{}</div>',
        "…" if lo > 0 else "",
        text[lo:start],
        marked,
        text[end:hi],
        "…" if hi < len(text) else "",
    )


def quantity_text(obj: Suggestion) -> str:
    quantity = obj.quantity
    if quantity is None:
        return "—"
    text = str(quantity)
    if quantity.bounds_text:
        text += f" ({quantity.bounds_text})"
    if obj.previous_value is not None and obj.value is not None:
        text += f" · revised from {_plain_number(obj.previous_value)} to {_plain_number(obj.value)}"
    return text + (" · derived" if obj.derived else "")


def _plain_number(number) -> str:
    return format(number.normalize(), ",f")


def dates_text(obj: Suggestion) -> str:
    if obj.date is None:
        return obj.date_text or "—"
    when = obj.date.isoformat()
    if obj.date_end and obj.date_end != obj.date:
        when += f" to {obj.date_end.isoformat()}"
    return f"{when} ({obj.date_text})" if obj.date_text else when


def speaker_text(obj: Suggestion):
    if obj.speaker is not None:
        url = reverse("admin:sources_actor_change", args=[obj.speaker_id])
        return format_html('<a href="{}">{}</a>', url, obj.speaker.name)
    if obj.speaker_name:
        return format_html("{} <em>(no actor of that name)</em>", obj.speaker_name)
    return "—"


def proposed_figure_text(obj: Suggestion):
    """The tracked figure the import proposes for the number, linked, with why; a dash for none."""
    if obj.proposed_figure is None:
        return "—"
    url = reverse("admin:figures_figure_change", args=[obj.proposed_figure_id])
    return format_html(
        '<a href="{}">{}</a><div class="help">{}</div>', url, obj.proposed_figure.name, obj.proposed_figure_reason
    )


def with_under(value, under):
    """A cell's value with a second, quieter line underneath, so that two columns share one."""
    return format_html('{}<div class="fc-under">{}</div>', value, under)


def quantity_and_figure(obj: Suggestion):
    """The quantity, with the tracked figure proposed for it underneath when there is one."""
    if obj.proposed_figure is None:
        return quantity_text(obj)
    return with_under(quantity_text(obj), format_html("Tracked figure: {}", proposed_figure_text(obj)))


def speaker_and_stance(obj: Suggestion):
    """The speaker, with the stance the text gives them underneath."""
    return with_under(speaker_text(obj), obj.get_stance_display())


def outcome(obj: Suggestion):
    """What the decision made, linked: the new or merged-into claim."""
    if obj.is_pending:
        return ""
    who = f" by {obj.decided_by.get_username()}" if obj.decided_by is not None else ""
    label = f"{obj.get_state_display()}{who}"
    if obj.appearance is not None:
        claim = obj.appearance.claim
        url = reverse("admin:claims_claim_change", args=[claim.pk])
        return format_html('{}: <a href="{}">{}</a>', label, url, Truncator(claim.statement).chars(60))
    return label


def decision_buttons(obj: Suggestion, *, next_url: str = ""):
    """
    Accept / Merge / Reject as submit buttons posting to the decide view. They sit inside the
    source's own form, so they use formaction rather than forms of their own (forms cannot nest).
    """
    suffix = "?" + urlencode({"next": next_url}) if next_url else ""
    # Accepting opens its own screen: the editor confirms the statement, the slug and the speaker there.
    accept = format_html(
        '<a class="button default" href="{}{}">Accept as a new claim…</a>',
        reverse("admin:ingest_suggestion_accept", args=[obj.pk]),
        suffix,
    )
    buttons = []
    if obj.matched_claim is not None:
        buttons.append(("merge", f"Merge into “{Truncator(obj.matched_claim.statement).chars(40)}”", ""))
    buttons.append(("reject", "Reject", ""))
    html = [
        format_html(
            '<button type="submit" class="button {}" formmethod="post" formnovalidate formaction="{}{}">{}</button>',
            css,
            reverse("admin:ingest_suggestion_decide", args=[obj.pk, name]),
            suffix,
            label,
        )
        for name, label, css in buttons
    ]
    edit = format_html(
        '<a href="{}">Correct speaker, claim or figure…</a>', reverse("admin:ingest_suggestion_change", args=[obj.pk])
    )
    return format_html(
        '<div class="fc-decide">{}{}{}</div>', accept, format_html_join("", "{}", ((b,) for b in html)), edit
    )


def _add_service_error(form, exc: ValidationError) -> None:
    """Show the service's refusal on the field it names (the service's speaker names map to the form's)."""
    aliases = {"speaker_name": "new_name", "speaker_kind": "new_kind", "speaker_choice": "speaker_choice",
               "speaker_organisation_name": "new_organisation_name"}  # fmt: skip
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc)
        return
    for field, errors in exc.message_dict.items():
        field = aliases.get(field, field)
        form.add_error(field if field in form.fields else None, errors)


# -- on the source's page -----------------------------------------------------------------------------


# Six columns, so that the table fits beside the admin's sidebar on a 1280-pixel screen: the tracked figure
# stands under the quantity, and the stance under the speaker.
SUGGESTION_INLINE_FIELDS = (
    "figure_group", "in_snapshot", "quantity_and_figure", "speaker_and_stance", "dates", "decision",
)  # fmt: skip
SUGGESTIONS_PER_PAGE = 50
PAGE_PARAMETER = "suggestions_page"


class SuggestionPageFormSet(BaseInlineFormSet):
    """
    One page of the source's suggestions: a 500 KB article gives hundreds, and one page of them all
    took seconds to draw. Reads one row more than the page to know whether there is a next page,
    and never counts.
    """

    page = 1

    def get_queryset(self):
        if not hasattr(self, "_queryset"):
            offset = (self.page - 1) * SUGGESTIONS_PER_PAGE
            assert self.queryset is not None  # an inline formset always has the parent's rows
            rows = list(self.queryset[offset : offset + SUGGESTIONS_PER_PAGE + 1])
            self.has_next = len(rows) > SUGGESTIONS_PER_PAGE
            self._queryset = rows[:SUGGESTIONS_PER_PAGE]
        return self._queryset

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    def page_url(self, page: int) -> str:
        return "?" + urlencode({PAGE_PARAMETER: page}) + "#suggestions-group"

    @property
    def next_url(self) -> str:
        return self.page_url(self.page + 1)

    @property
    def previous_url(self) -> str:
        return self.page_url(self.page - 1)


def _page_number(request) -> int:
    try:
        return max(1, min(int(request.GET.get(PAGE_PARAMETER, 1)), 10_000))
    except (TypeError, ValueError):
        return 1


class SuggestionInline(admin.TabularInline):
    """
    The source's suggestions, read-only, each with its decision buttons, a page at a time and
    grouped by figure: the tracked figure the import proposes (by name, those without one last),
    then unit, value and place in the text; a constant number of queries.
    """

    model = Suggestion
    fk_name = "source"
    formset = SuggestionPageFormSet
    extra = 0
    can_delete = False
    template = "admin/ingest/suggestion/source_inline.html"
    verbose_name = "suggested claim"
    verbose_name_plural = "suggested claims, found in the snapshot by extraction"
    fields = SUGGESTION_INLINE_FIELDS
    readonly_fields = SUGGESTION_INLINE_FIELDS

    def get_formset(self, request, obj=None, **kwargs):
        # The source itself (and its snapshot) is already loaded: rows use it rather than a join each.
        self.parent_source, self.request, self._last_group = obj, request, None
        formset = super().get_formset(request, obj, **kwargs)
        assert issubclass(formset, SuggestionPageFormSet)  # our formset, subclassed by inlineformset_factory
        formset.page = _page_number(request)
        return formset

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("speaker", "matched_claim", "proposed_figure", "decided_by", "appearance__claim")
            .order_by(
                F("proposed_figure__name").asc(nulls_last=True), "proposed_figure", "unit", "value", "start", "pk"
            )
        )

    @admin.display(description="Figure")
    def figure_group(self, obj):
        """
        On the first row of its group (rows are drawn in queryset order): the proposed tracked figure when
        it starts a new one, and the number's unit and value.
        """
        group = (obj.proposed_figure_id, obj.unit, obj.value)
        if group == self._last_group:
            return ""
        tracked = ""
        if obj.proposed_figure is not None and (self._last_group is None or self._last_group[0] != group[0]):
            tracked = format_html('<div class="fc-tracked-figure">{}</div>', obj.proposed_figure.name)
        self._last_group = group
        if not obj.unit:
            return "Dates and statements"
        value = _plain_number(obj.value) if obj.value is not None else ""
        return format_html("{}<strong>{} {}</strong>", tracked, value, obj.unit)

    def has_view_permission(self, request, obj=None):
        return is_newsroom_member(request.user)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="Quote in the snapshot")
    def in_snapshot(self, obj):
        text = self.parent_source.text if self.parent_source is not None else ""
        return highlighted(text, obj, context=SNAPSHOT_CONTEXT)

    @admin.display(description="Quantity")
    def quantity_and_figure(self, obj):
        return quantity_and_figure(obj)

    @admin.display(description="Speaker")
    def speaker_and_stance(self, obj):
        return speaker_and_stance(obj)

    @admin.display(description="Date")
    def dates(self, obj):
        return dates_text(obj)

    @admin.display(description="Decision")
    def decision(self, obj):
        if not obj.is_pending:
            return outcome(obj)
        if not can_decide_suggestions(self.request.user):
            return obj.get_state_display()
        next_url = reverse("admin:sources_source_change", args=[obj.source_id]) + "#suggestions-group"
        return decision_buttons(obj, next_url=next_url)


# The source's page with its suggestions. Registered here, in place of the sources app's own
# admin, so that sources never imports ingest and nothing is changed behind its back.
admin.site.unregister(Source)


@admin.register(Source)
class SourceWithSuggestionsAdmin(sources_admin.SourceAdmin):
    inlines = [*sources_admin.SourceAdmin.inlines, SuggestionInline]
    change_list_template = "admin/ingest/source/change_list.html"  # adds "Import an article"


# -- the suggestion list ------------------------------------------------------------------------------


class SourceWithSuggestionsFilter(SlugOrNameFilter):
    title, parameter_name, path, name_field = "source", "source", "source", "title"


def _decision_action(name: str, description: str, done: str):
    """A bulk action running one decision service on each selected suggestion."""

    def run(modeladmin, request, queryset):
        modeladmin.run_on_each(
            request,
            queryset.select_related(None).only("pk", "quote"),
            lambda suggestion: DECISIONS[name](suggestion=suggestion, by=request.user),
            done=done,
            noun="suggestion",
            describe=lambda suggestion: suggestion.quote,
        )

    run.__name__ = f"{name}_selected"
    return admin.action(description=description, permissions=["review"])(run)


accept_selected = _decision_action("accept", "Accept selected suggestions as new claims", "Accepted")
merge_selected = _decision_action("merge", "Merge selected suggestions into their matching claims", "Merged")
reject_selected = _decision_action("reject", "Reject selected suggestions", "Rejected")


@admin.register(Suggestion)
class SuggestionAdmin(LargeTableAdminMixin, ServiceActionsMixin, admin.ModelAdmin):
    # The tracked figure under the quantity, the stance under the speaker and the source under the state, so
    # that the quote has room beside the admin's sidebar and the filters on a 1280-pixel screen.
    list_display = ["quote_short", "quantity_and_figure", "speaker_and_stance", "dates", "state_and_source"]
    list_filter = ["state", SourceWithSuggestionsFilter, "stance", "derived"]
    list_select_related = ["source", "speaker", "matched_claim", "proposed_figure"]
    search_fields = ["quote", "speaker_name", "unit", "source__title"]
    ordering = ["-source_id", "start", "pk"]
    actions = [accept_selected, merge_selected, reject_selected]
    autocomplete_fields = ["speaker", "matched_claim", "proposed_figure"]
    change_form_template = "admin/ingest/suggestion/change_form.html"
    fieldsets = [
        (None, {"fields": ["source_link", "state", "in_snapshot"]}),
        ("Found", {"fields": ["figure", "quantity", "speaker_name", "stance", "dates"]}),
        ("Matched", {"fields": ["speaker", "matched_claim", "proposed_figure", "proposed_figure_reason"]}),
        ("Decision", {"fields": ["outcome_display", "decided_at", "fingerprint"]}),
    ]
    readonly_fields = [
        "source_link", "state", "in_snapshot", "figure", "quantity", "speaker_name", "stance", "dates",
        "proposed_figure_reason", "outcome_display", "decided_at", "fingerprint",
    ]  # fmt: skip

    class Media:
        css = {"all": ["ingest/source_suggestions.css"]}  # the list's columns, as on the source's page

    def get_queryset(self, request):
        suggestions = super().get_queryset(request)
        assert isinstance(suggestions, SuggestionQuerySet)  # what Suggestion.objects makes
        return suggestions.for_review()

    # Newsroom roles carry no ingest permissions: the claims and sources permissions decide.
    def has_module_permission(self, request):
        return is_newsroom_member(request.user)

    def has_view_permission(self, request, obj=None):
        return is_newsroom_member(request.user)

    def has_change_permission(self, request, obj=None):
        return can_decide_suggestions(request.user) and (obj is None or obj.is_pending)

    def has_review_permission(self, request):
        return can_decide_suggestions(request.user)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        # Those who may delete a source may delete its suggestions with it. Deleting one on its own
        # forgets its decision (the next extraction proposes it again), so there is no bulk delete.
        return request.user.has_perm("sources.delete_source")

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.display(description="Quote", ordering="quote")
    def quote_short(self, obj):
        return Truncator(obj.quote).chars(80)

    @admin.display(description="Quantity")
    def quantity(self, obj):
        return quantity_text(obj)

    @admin.display(description="Quantity", ordering="value")
    def quantity_and_figure(self, obj):
        return quantity_and_figure(obj)

    @admin.display(description="Speaker", ordering="speaker_name")
    def speaker_and_stance(self, obj):
        return speaker_and_stance(obj)

    @admin.display(description="Date", ordering="date")
    def dates(self, obj):
        return dates_text(obj)

    @admin.display(description="State", ordering="state")
    def state_and_source(self, obj):
        return with_under(obj.get_state_display(), Truncator(obj.source.title).chars(50))

    @admin.display(description="Source")
    def source_link(self, obj):
        url = reverse("admin:sources_source_change", args=[obj.source_id])
        return format_html('<a href="{}">{}</a>', url, obj.source.title)

    @admin.display(description="Quote in the snapshot")
    def in_snapshot(self, obj):
        text = Source.objects.values_list("text", flat=True).get(pk=obj.source_id)
        return highlighted(text, obj)

    @admin.display(description="Outcome")
    def outcome_display(self, obj):
        return outcome(obj) or "Pending"

    def save_model(self, request, obj, form, change):
        services.suggestion_correct(suggestion=obj, by=request.user)

    # -- buttons and pages ----------------------------------------------------------------------

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("import/", view(self.import_view), name="ingest_suggestion_import"),
            path("import/batch/", view(self.import_batch_view), name="ingest_import_batch"),
            path(
                "import/batch/<int:batch_id>/",
                view(self.import_batch_progress_view),
                name="ingest_import_batch_progress",
            ),
            path("extract/<int:source_id>/", view(self.extract_view), name="ingest_source_extract"),
            path("<int:object_id>/accept/", view(self.accept_view), name="ingest_suggestion_accept"),
            path("<path:object_id>/decide/<str:name>/", view(self.decide_view), name="ingest_suggestion_decide"),
            *super().get_urls(),
        ]

    def decide_view(self, request, object_id, name):
        """One decision button: POST only, through the same services as the API and the bulk actions."""
        if name not in DECISIONS:
            raise Http404
        suggestion = get_object_or_404(Suggestion, pk=object_id)
        if not self.has_view_permission(request, suggestion):
            raise PermissionDenied
        return self.run_button(
            request,
            lambda: DECISIONS[name](suggestion=suggestion, by=request.user),
            done=lambda result: self._done_message(name, result),
            back_to=reverse("admin:ingest_suggestion_change", args=[suggestion.pk]),
        )

    @staticmethod
    def _done_message(name: str, result):
        if name == "accept":
            url = reverse("admin:claims_claim_change", args=[result.pk])
            return format_html('Accepted: created the claim <a href="{}">{}</a>.', url, result.statement)
        if name == "merge":
            url = reverse("admin:claims_claim_change", args=[result.claim_id])
            return format_html('Merged: added the quote to <a href="{}">{}</a>.', url, result.claim.statement)
        return "Rejected: extraction will not propose it again."

    def accept_view(self, request, object_id):
        """
        The accept screen: the statement, slug and 'claim reviewed' text pre-filled from the figure and
        the speaker, and who the speaker is (an existing actor, a new one, an anonymous source, nobody).
        """
        suggestion = get_object_or_404(Suggestion.objects.for_review(), pk=object_id)
        if not can_decide_suggestions(request.user):
            raise PermissionDenied
        back = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = ""
        back = back or reverse("admin:sources_source_change", args=[suggestion.source_id]) + "#suggestions-group"
        if not suggestion.is_pending:
            self.message_user(request, f"This suggestion was already {suggestion.get_state_display().lower()}.",
                              messages.WARNING)  # fmt: skip
            return HttpResponseRedirect(back)
        candidates = [] if suggestion.speaker_id else similar_actors(suggestion.speaker_name)
        form = AcceptForm(request.POST or None, initial=AcceptForm.initial_for(suggestion, candidates=candidates))
        if request.method == "POST" and form.is_valid():
            try:
                claim = services.suggestion_accept(
                    suggestion=suggestion,
                    by=request.user,
                    statement=form.cleaned_data["statement"],
                    slug=form.cleaned_data["slug"],
                    claim_reviewed=form.cleaned_data["claim_reviewed"],
                    speaker=form.speaker_decision(),
                    figure=form.cleaned_data["figure"],
                )
            except ValidationError as exc:
                _add_service_error(form, exc)
            except ServiceError as exc:
                form.add_error(None, exc.message)
            else:
                self.message_user(request, self._done_message("accept", claim))
                return HttpResponseRedirect(back)
        text = Source.objects.values_list("text", flat=True).get(pk=suggestion.source_id)
        context = {
            **self.admin_site.each_context(request),
            "title": "Accept as a new claim",
            "form": form,
            "suggestion": suggestion,
            "in_snapshot": highlighted(text, suggestion, context=SNAPSHOT_CONTEXT),
            "quantity": quantity_text(suggestion),
            "proposed_figure": proposed_figure_text(suggestion),
            "candidates": candidates,
            "opts": Suggestion._meta,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/ingest/suggestion/accept.html", context)

    def extract_view(self, request, source_id):
        """'Find claims again': re-run extraction on the source; decisions already taken stay."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        source = get_object_or_404(Source, pk=source_id)
        try:
            found = services.source_extract(source=source, by=request.user)
        except ServiceError as exc:
            raise PermissionDenied(exc.message) from exc
        n = len(found)
        self.message_user(request, f"Extraction found {n} statement{'s' if n != 1 else ''} to review.")
        return HttpResponseRedirect(reverse("admin:sources_source_change", args=[source.pk]) + "#suggestions-group")

    def import_view(self, request):
        """Import an article: paste it or upload it, then review its suggestions on the new source's page."""
        if not can_import_articles(request.user):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                result = services.source_import(
                    text=form.pasted_text,
                    file=form.cleaned_data["file"],
                    url=form.cleaned_data["url"],
                    title=form.cleaned_data["title"],
                    publisher=form.cleaned_data["publisher"],
                    published_at=form.published_at,
                    by=request.user,
                )
            except ValidationError as exc:
                form.add_service_error(exc)
            else:
                n = len(result.suggestions)
                if result.created:
                    self.message_user(
                        request, f"Imported “{result.source.title}”: {n} suggestion{'s' if n != 1 else ''} to review."
                    )
                else:
                    self.message_user(
                        request,
                        "This article was imported before (same URL or same text): here is that source.",
                        messages.WARNING,
                    )
                url = reverse("admin:sources_source_change", args=[result.source.pk])
                return HttpResponseRedirect(url + "#suggestions-group")
        context = {
            **self.admin_site.each_context(request),
            "title": "Import an article",
            "form": form,
            "opts": Source._meta,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/ingest/import.html", context)

    def import_batch_view(self, request):
        """Import several files: they are kept, then imported one per request on the progress page."""
        if not can_import_articles(request.user):
            raise PermissionDenied
        form = ImportBatchForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                batch = services.import_batch_create(
                    files=form.named_files(),
                    publisher=form.cleaned_data["publisher"],
                    published_at=form.published_at,
                    by=request.user,
                )
            except ValidationError as exc:
                form.add_service_error(exc)
            else:
                return HttpResponseRedirect(reverse("admin:ingest_import_batch_progress", args=[batch.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": "Import several files",
            "form": form,
            "opts": Source._meta,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/ingest/import_batch.html", context)

    def import_batch_progress_view(self, request, batch_id):
        """
        How far a batch got, file by file. POST imports the next waiting file (one per request, so no
        request runs long) and comes back here; the page's script posts again until none is waiting,
        and without scripts the editor presses the button.
        """
        if not can_import_articles(request.user):
            raise PermissionDenied
        batch = get_object_or_404(ImportBatch, pk=batch_id)
        if request.method == "POST":
            services.import_batch_step(batch=batch, by=request.user)
            return HttpResponseRedirect(request.path)
        files = list(batch.files.select_related("source").only(
            "pk", "batch_id", "position", "name", "state", "message", "suggestions", "source__id", "source__title"
        ))  # fmt: skip
        done = sum(f.state != ImportBatchFile.State.WAITING for f in files)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Importing {len(files)} file{'s' if len(files) != 1 else ''}",
            "batch": batch,
            "files": files,
            "done": done,
            "waiting": len(files) - done,
            "imported": sum(f.state == ImportBatchFile.State.IMPORTED for f in files),
            "opts": Source._meta,
        }
        return TemplateResponse(request, "admin/ingest/import_batch_progress.html", context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.is_pending and can_decide_suggestions(request.user):
            decisions = [("accept", "Accept as a new claim")]
            if obj.matched_claim_id:
                decisions.append(("merge", f"Merge into “{Truncator(obj.matched_claim.statement).chars(40)}”"))
            context["decisions"] = [*decisions, ("reject", "Reject")]
        return super().render_change_form(request, context, add, change, form_url, obj)
