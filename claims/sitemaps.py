from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from claims.models import Claim
from claims.visibility import public_actors, public_sources
from core.http import site_host, site_scheme


class PublicSitemap(Sitemap):
    """Locations on FACTCHECK_SITE_URL, like every canonical link, whichever host name the request used."""

    def get_protocol(self, protocol=None):
        return site_scheme()

    def get_domain(self, site=None):
        return site_host()


class ClaimSitemap(PublicSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Claim.objects.latest_checks().only("slug", "updated_at")

    def lastmod(self, claim):
        return claim.updated_at


class SourceSitemap(PublicSitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return public_sources().only("slug", "updated_at").order_by("pk")

    def lastmod(self, source):
        return source.updated_at


class ActorSitemap(PublicSitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return public_actors().only("slug", "updated_at").order_by("pk")

    def lastmod(self, actor):
        return actor.updated_at


class PageSitemap(PublicSitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["home", "claim-list", "corrections"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "claims": ClaimSitemap, "sources": SourceSitemap, "actors": ActorSitemap}
