"""
Sitemaps that stay cheap at any size: an index of sections, each split into pages of at most
50,000 URLs by id range (an index range scan per page), never by COUNT(*) and OFFSET, and
every URL on the site's configured address (FACTCHECK_SITE_URL), whatever host was asked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Max, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse

from core.http import site_host, site_scheme

# sitemaps.org allows 50,000 URLs per file, but a file that size is 10 MB and tens of seconds of
# rendering on a busy machine (past gunicorn's timeout); crawlers read the index's many small files.
URLS_PER_PAGE = 5_000


class SiteAddressSitemap(Sitemap):
    """URLs on FACTCHECK_SITE_URL's scheme and host."""

    def get_protocol(self, protocol=None):
        return site_scheme()

    def get_domain(self, site=None):
        return site_host()

    def get_latest_lastmod(self):
        return None  # Django's default reads every item; the index goes without


@dataclass(frozen=True)
class _IdRangePage:
    object_list: QuerySet


class _IdRangePaginator:
    """Page n holds the rows with ids in ((n-1) * size, n * size]: one Max(id) to count pages."""

    def __init__(self, queryset: QuerySet, size: int) -> None:
        self.queryset, self.size = queryset, size

    @property
    def num_pages(self) -> int:
        highest = self.queryset.model._default_manager.aggregate(m=Max("pk"))["m"] or 0
        return max(1, math.ceil(highest / self.size))

    def page(self, number) -> _IdRangePage:
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger("That page number is not an integer") from None
        if number < 1 or number > self.num_pages:
            raise EmptyPage("That page contains no results")
        low, high = (number - 1) * self.size, number * self.size
        return _IdRangePage(self.queryset.filter(pk__gt=low, pk__lte=high).order_by("pk"))


class IdRangeSitemap(SiteAddressSitemap):
    """A sitemap section over a large table, paged by id range. ``items()`` returns a queryset."""

    limit = URLS_PER_PAGE

    @property
    def paginator(self):
        items = self.items()
        assert isinstance(items, QuerySet), "an IdRangeSitemap's items() is a queryset"
        return _IdRangePaginator(items, self.limit)


def sitemap_index(request: HttpRequest, *, sitemaps: dict[str, Any], section_url_name: str) -> HttpResponse:
    """The sitemap index: one entry per page of each section."""
    base = settings.FACTCHECK_SITE_URL
    entries = []
    for section, sitemap_class in sitemaps.items():
        url = base + reverse(section_url_name, kwargs={"section": section})
        pages = sitemap_class().paginator.num_pages
        entries.append(SitemapIndexItem(url, None))
        entries.extend(SitemapIndexItem(f"{url}?p={page}", None) for page in range(2, pages + 1))
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml")


def sitemap_section(request: HttpRequest, section: str, *, sitemaps: dict[str, Any]) -> HttpResponse:
    """One page of one section; ?p= beyond the last page, or not a number, is a 404."""
    if section not in sitemaps:
        raise Http404("No such sitemap section.")
    return sitemap_views.sitemap(request, sitemaps, section=section)
