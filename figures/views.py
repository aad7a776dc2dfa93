"""
The figures' public pages: the list, each figure's ledger (chart, summary, every estimate), the
embeddable widget partner sites iframe, and its oEmbed endpoint.

Published material only: a figure is public once a published claim estimates it
(figures.visibility), and its ledger is read with ``public=True``, which leaves out every claim
without a published verdict. Pages are cached like every public page (core.http.public_page: the
response cache under the site version, Last-Modified from it); the chart's SVG is cached under
the ledger's own version, so it is drawn again only when the ledger changes.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

from csp.decorators import csp_replace
from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve, reverse
from django.utils.html import format_html
from django.views.decorators.clickjacking import xframe_options_exempt

from claims.models import Claim
from claims.views import content_last_modified
from core.http import absolute, public_page, render_freed, site_host, site_scheme
from figures.chart import chart_context
from figures.ledger import collector_paused, ledger_for, ledgers_for
from figures.models import Figure
from figures.visibility import public_figures

FIGURES_PER_PAGE = 20
ESTIMATES_PER_PAGE = 50
# A figure with thousands of estimates has thousands of revisions: the page spells out the latest
# few of each kind of finding and counts the rest (the API and the admin's queue list them all).
FINDINGS_SHOWN = 10

# The oEmbed widget's size: what it asks for unless the consumer's maxwidth/maxheight are smaller.
EMBED_WIDTH, EMBED_HEIGHT = 720, 620
EMBED_NARROW_HEIGHT = 700  # below 480 pixels the narrow chart is taller than wide

public = public_page(last_modified=content_last_modified)


def _page_number(request: HttpRequest, paginator: Paginator, *, what: str):
    """The page ``?page=`` asks for, or a 400 naming the parameter (never a 500, never a silent page 1)."""
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except PageNotAnInteger:
        raise BadPage(f"The 'page' parameter must be a whole number, not {raw[:20]!r}.") from None
    except EmptyPage:
        raise BadPage(f"There is no page {raw[:20]} of {what}: it has {paginator.num_pages}.") from None


class BadPage(Exception):
    pass


@public
@collector_paused()
def figure_list(request: HttpRequest) -> HttpResponse:
    figures = (
        public_figures()
        .annotate(estimate_count=Count("estimates", filter=Q(estimates__claim__in=Claim.objects.published())))
        .order_by("name", "pk")
    )
    paginator = Paginator(figures, FIGURES_PER_PAGE)
    try:
        page = _page_number(request, paginator, what="figures")
    except BadPage as error:
        return HttpResponseBadRequest(str(error))
    # Each figure's latest consensus comes from its ledger: the ledgers of the whole page are read
    # together, in the queries of one (see tests/test_figure_pages.py).
    ledgers = ledgers_for(page.object_list, public=True)
    cards = [(figure, ledgers[figure.pk]) for figure in page.object_list]
    return render(
        request,
        "figures/figure_list.html",
        {"page": page, "cards": cards, "canonical": absolute(reverse("figure-list"))},
    )


def _public_figure(slug: str) -> Figure:
    return get_object_or_404(public_figures().select_related("part_of"), slug=slug)


def _related(figure: Figure) -> list[tuple[str, Figure]]:
    """The public figures this one is a part of, and its public parts (one query)."""
    related = []
    parts = public_figures().filter(Q(part_of=figure) | Q(pk=figure.part_of_id)).order_by("name", "pk")
    for other in parts:
        related.append(("whole" if other.pk == figure.part_of_id else "part", other))
    return related


@public
@collector_paused()
def figure_detail(request: HttpRequest, slug: str) -> HttpResponse:
    figure = _public_figure(slug)
    ledger = ledger_for(figure, public=True)
    paginator = Paginator(ledger.entries, ESTIMATES_PER_PAGE)
    try:
        page = _page_number(request, paginator, what="this figure's estimates")
    except BadPage as error:
        return HttpResponseBadRequest(str(error))
    canonical = absolute(figure_url(figure))
    return render_freed(
        request,
        "figures/figure_detail.html",
        {
            "figure": figure,
            "ledger": ledger,
            "page": page,
            "contradictions_shown": ledger.contradictions[-FINDINGS_SHOWN:],
            "revisions_shown": ledger.revisions[-FINDINGS_SHOWN:],
            **chart_context(figure, ledger),
            "related": _related(figure),
            "canonical": canonical,
            "oembed_url": absolute(reverse("oembed")) + "?" + urlencode({"url": canonical, "format": "json"}),
        },
    )


def figure_url(figure: Figure) -> str:
    return reverse("figure-detail", args=[figure.slug])


# Partner sites may frame this view, and only this one: X-Frame-Options off, frame-ancestors any.
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
@public
@collector_paused()
def figure_embed(request: HttpRequest, slug: str) -> HttpResponse:
    figure = _public_figure(slug)
    ledger = ledger_for(figure, public=True)
    return render_freed(
        request,
        "figures/figure_embed.html",
        {
            "figure": figure,
            "ledger": ledger,
            **chart_context(figure, ledger),
            "canonical": absolute(figure_url(figure)),
        },
    )


_FIGURE_PATH = re.compile(r"^/figures/[^/]+/(embed/)?$")


def _oembed_error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": {"status": status, "message": message}}, status=status)


def _size(request: HttpRequest, name: str) -> int | None:
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return None
    if not raw.isdigit() or not 1 <= int(raw) <= 10_000:
        raise ValueError(f"'{name}' must be a whole number of pixels from 1 to 10000, not {raw[:20]!r}.")
    return int(raw)


@public
def oembed(request: HttpRequest) -> HttpResponse:
    """
    oEmbed (https://oembed.com) for figure pages: ``?url=<a figure page>&maxwidth=&maxheight=``
    answers a "rich" embed whose html is the widget's iframe. A missing or malformed URL, one not
    on this site, or a bad size is a 400 naming it; a page that is not a public figure a 404.
    """
    if request.GET.get("format", "json") != "json":
        return _oembed_error(501, "Only format=json is served.")
    url = request.GET.get("url", "").strip()
    if not url:
        return _oembed_error(400, "The 'url' parameter is required: the address of a figure page.")
    try:
        maxwidth, maxheight = _size(request, "maxwidth"), _size(request, "maxheight")
    except ValueError as error:
        return _oembed_error(400, str(error))
    try:
        parts = urlsplit(url)
    except ValueError:
        return _oembed_error(400, "The 'url' parameter is not a URL.")
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != site_host().lower():
        return _oembed_error(400, f"The 'url' parameter must be a figure page on {site_scheme()}://{site_host()}/.")
    if not _FIGURE_PATH.match(parts.path):
        return _oembed_error(404, "That address is not a figure page.")
    try:
        slug = resolve(parts.path).kwargs["slug"]
    except (Resolver404, KeyError):
        return _oembed_error(404, "That address is not a figure page.")
    figure = public_figures().filter(slug=slug).first()
    if figure is None:
        return _oembed_error(404, "No published figure has that address.")
    width = min(EMBED_WIDTH, maxwidth or EMBED_WIDTH)
    height = min(EMBED_HEIGHT if width >= 480 else EMBED_NARROW_HEIGHT, maxheight or EMBED_HEIGHT * 2)
    src = absolute(reverse("figure-embed", args=[figure.slug]))
    html = format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" '
        'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
        src,
        width,
        height,
        f"{figure.name}: the ledger of estimates",
    )
    return JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "title": figure.name,
            "provider_name": settings.FACTCHECK_ORGANISATION_NAME,
            "provider_url": absolute("/"),
            "cache_age": 300,
            "html": str(html),
            "width": width,
            "height": height,
        }
    )
