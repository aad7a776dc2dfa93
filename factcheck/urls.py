from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

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
from ingest.api import ImportViewSet, SuggestionViewSet

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

handler404 = "factcheck.views.not_found"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include((router.urls, "api"))),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "section_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<slug:section>.xml", sitemap_section, {"sitemaps": SITEMAPS}, name="sitemap-section"),
    # Lazy: with hashed static files the name is read from collectstatic's manifest, which must not
    # be needed to import the URLs (manage.py check and migrate do that before collectstatic).
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("site/favicon.svg"), permanent=True)),
    path("healthz", healthz, name="healthz"),
    path("", include("claims.urls")),
]
