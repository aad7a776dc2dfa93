from django.urls import reverse

from claims.models import Claim
from claims.visibility import public_actors, public_sources
from core.sitemaps import IdRangeSitemap, SiteAddressSitemap


class ClaimSitemap(IdRangeSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Claim.objects.published().only("slug", "updated_at")

    def lastmod(self, claim):
        return claim.updated_at


class SourceSitemap(IdRangeSitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return public_sources().only("slug", "updated_at")

    def lastmod(self, source):
        return source.updated_at


class ActorSitemap(IdRangeSitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return public_actors().only("slug", "updated_at")

    def lastmod(self, actor):
        return actor.updated_at


class PageSitemap(SiteAddressSitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["home", "claim-list", "corrections"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "claims": ClaimSitemap, "sources": SourceSitemap, "actors": ActorSitemap}
