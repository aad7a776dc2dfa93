from dataclasses import dataclass

from django.core.paginator import EmptyPage
from django.db.models import QuerySet

from core.sitemaps import SiteAddressSitemap
from trust.models import TransparencyPage


@dataclass(frozen=True)
class _OnePage:
    object_list: QuerySet


class _OnePagePaginator:
    """A handful of rows: one sitemap page, so the sitemap index needs no count query."""

    num_pages = 1

    def __init__(self, queryset: QuerySet) -> None:
        self.queryset = queryset

    def page(self, number) -> _OnePage:
        if str(number) != "1":
            raise EmptyPage("That page contains no results")
        return _OnePage(self.queryset)


class TransparencyPageSitemap(SiteAddressSitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return TransparencyPage.objects.order_by("kind").only("kind", "updated_at")

    def lastmod(self, page):
        return page.updated_at

    @property
    def paginator(self):
        return _OnePagePaginator(self.items())
