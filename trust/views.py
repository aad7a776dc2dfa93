"""
Public pages of the trust app: the transparency pages, the team, and "report an error".

The transparency pages are public pages like the claims' (core.http.public_page): cacheable,
kept in the shared response cache under the site version. The report form is not: it carries a
CSRF token and sets the CSRF cookie, which must never be stored in a shared page, so it lives on
its own uncached page (/claims/<slug>/report/) that the cached claim page links to.
"""

from __future__ import annotations

from django.db.models import Max
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from claims.models import Claim, Status
from core.http import absolute, public_page
from trust import services
from trust.forms import ErrorReportForm
from trust.models import PageKind, TeamMember, TransparencyPage
from trust.throttling import ErrorReportThrottle
from trust.workflow import ReportError


def page_last_modified(kind: str):
    """Last-Modified of a page whose content is its own row only (1 query)."""

    def last_modified(request, *args, **kwargs):
        return TransparencyPage.objects.filter(kind=kind).aggregate(m=Max("updated_at"))["m"]

    return last_modified


def no_last_modified(request, *args, **kwargs):
    # The methodology lists the status vocabulary and the team page the members: rows that keep no
    # time of change, or can be deleted. Their ETag (ConditionalGetMiddleware) revalidates them.
    return None


def _page(kind: PageKind) -> TransparencyPage:
    page = TransparencyPage.objects.filter(kind=kind).first()
    if page is None:
        raise Http404("This page has not been written yet.")
    return page


def _render_page(request, kind: PageKind, **context):
    page = _page(kind)
    return render(
        request,
        f"trust/{kind.value.replace('-', '_')}.html",
        {"page": page, "canonical": absolute(page.get_absolute_url()), **context},
    )


@public_page(last_modified=no_last_modified)
def methodology(request):
    # The verdicts' meanings come from the editable vocabulary, never from this template.
    statuses = Status.objects.active().order_by("order", "label")
    return _render_page(request, PageKind.METHODOLOGY, statuses=statuses)


@public_page(last_modified=page_last_modified(PageKind.CORRECTIONS_POLICY))
def corrections_policy(request):
    return _render_page(request, PageKind.CORRECTIONS_POLICY)


@public_page(last_modified=page_last_modified(PageKind.OWNERSHIP))
def ownership(request):
    return _render_page(request, PageKind.OWNERSHIP)


@public_page(last_modified=no_last_modified)
def team(request):
    return _render_page(request, PageKind.TEAM, members=TeamMember.objects.public())


@public_page(last_modified=page_last_modified(PageKind.CONTACT))
def contact(request):
    return _render_page(request, PageKind.CONTACT)


# -- report an error -----------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def report_error(request, slug):
    """The form (GET), and filing it (POST): throttled per address, honeypot, CSRF, size limit."""
    claim = get_object_or_404(Claim.objects.published().only("id", "slug", "statement"), slug=slug)
    form = ErrorReportForm()
    if request.method == "POST":
        throttle = ErrorReportThrottle()
        if not throttle.allow_request(request, None):
            wait = throttle.wait()
            minutes = throttle.minutes_to_wait()
            response = render(request, "trust/report_throttled.html", {"claim": claim, "minutes": minutes}, status=429)
            if wait:
                response["Retry-After"] = str(int(wait) + 1)
            return response
        form = ErrorReportForm(request.POST)
        if form.is_valid():
            if not form.is_bot:  # a bot is thanked like anyone, and nothing is kept or sent
                data = form.cleaned_data
                try:
                    services.error_report_create(
                        claim=claim,
                        message=data["message"],
                        name=data["name"],
                        email=data["email"],
                        evidence_url=data["evidence_url"],
                    )
                except ReportError:
                    raise Http404("No such fact-check.") from None
            return redirect("trust-report-sent", slug=claim.slug)
    return render(request, "trust/report_error.html", {"claim": claim, "form": form})


@never_cache
def report_sent(request, slug):
    claim = get_object_or_404(Claim.objects.published().only("id", "slug", "statement"), slug=slug)
    return render(request, "trust/report_sent.html", {"claim": claim})
