from django.urls import reverse

from core.sitemaps import IdRangeSitemap, SiteAddressSitemap
from figures.visibility import public_figures


class FigureSitemap(IdRangeSitemap):
    changefreq = "daily"  # a figure's ledger changes whenever a source gives a new estimate
    priority = 0.7

    def items(self):
        return public_figures().only("slug", "updated_at")

    def location(self, figure):
        return reverse("figure-detail", args=[figure.slug])

    def lastmod(self, figure):
        return figure.updated_at


class FigureListSitemap(SiteAddressSitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["figure-list"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"figure-pages": FigureListSitemap, "figures": FigureSitemap}
