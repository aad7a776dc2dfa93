from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from accounts.urls import api_urlpatterns as accounts_api_urlpatterns
from accounts.urls import password_urlpatterns
from claims.api.claims import (
    AppearanceViewSet,
    ClaimReviewFeedViewSet,
    ClaimRevisionViewSet,
    ClaimViewSet,
    StatusViewSet,
)
from claims.api.sources import ActorViewSet, SourceViewSet
from claims.api.verifications import VerificationViewSet
from claims.sitemaps import SITEMAPS
from core.health import healthz
from core.sitemaps import sitemap_index, sitemap_section
from figures.api import FigureViewSet
from figures.sitemaps import SITEMAPS as FIGURE_SITEMAPS
from ingest.api import ImportViewSet, SuggestionViewSet
from trust.sitemaps import TransparencyPageSitemap

admin.site.site_header = "factcheck"
admin.site.site_title = "factcheck"
admin.site.index_title = "Newsroom"

# Slugs may hold any character but "/": a bad one gets the API's JSON 404, not Django's page.
router = DefaultRouter()
router.register("claims", ClaimViewSet, basename="claim")
router.register("claim-revisions", ClaimRevisionViewSet, basename="claimrevision")
router.register("verifications", VerificationViewSet, basename="verification")
router.register("appearances", AppearanceViewSet, basename="appearance")
router.register("statuses", StatusViewSet, basename="status")
router.register("sources", SourceViewSet, basename="source")
router.register("actors", ActorViewSet, basename="actor")
router.register("claimreview", ClaimReviewFeedViewSet, basename="claimreview")
router.register("imports", ImportViewSet, basename="import")
router.register("suggestions", SuggestionViewSet, basename="suggestion")
router.register("figures", FigureViewSet, basename="figure")

handler404 = "factcheck.views.not_found"

# The transparency pages and the figures join the claims' sections (both sit above claims, which cannot name them).
SITEMAP_SECTIONS = {**SITEMAPS, **FIGURE_SITEMAPS, "about": TransparencyPageSitemap}

urlpatterns = [
    *password_urlpatterns,
    path("admin/", admin.site.urls),
    path("api/v1/", include(([*router.urls, *accounts_api_urlpatterns], "api"))),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # Split: the start-up script is a file of its own (?script), as the Content-Security-Policy requires.
    path(
        "api/docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api-schema", template_name="api/swagger_ui.html"),
        name="api-docs",
    ),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAP_SECTIONS, "section_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<slug:section>.xml", sitemap_section, {"sitemaps": SITEMAP_SECTIONS}, name="sitemap-section"),
    # Lazy: with hashed static files the name is read from collectstatic's manifest, which must not
    # be needed to import the URLs (manage.py check and migrate do that before collectstatic).
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("site/favicon.svg"), permanent=True)),
    path("healthz", healthz, name="healthz"),
    path("", include("figures.urls")),
    path("", include("trust.urls")),
    path("", include("claims.urls")),
]
