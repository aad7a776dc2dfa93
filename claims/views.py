"""
The public site: published fact-checks only, server-rendered, cache-friendly.

Every queryset here starts from Claim.objects.published() or another ``public()`` verb; an
unpublished claim's URL answers 404 like one that never existed.
"""

from functools import wraps

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition

from claims.claimreview import absolute, claim_review, current_verdict
from claims.corroboration import claim_corroboration
from claims.filters import PublicClaimFilter
from claims.forms import ClaimSearchForm
from claims.models import Appearance, Claim, ClaimRelation, Verification
from claims.timeline import claim_timeline
from sources.models import Source

PAGE_SIZE = 20
ANONYMOUS_MAX_AGE = 300  # seconds a shared cache may keep a page


def content_last_modified(request, *args, **kwargs):
    """When the public record last changed: the newest save of a claim, verdict, appearance or source (4 queries)."""
    stamps = [
        Claim.objects.aggregate(m=Max("updated_at"))["m"],
        Verification.objects.aggregate(m=Max("updated_at"))["m"],
        Appearance.objects.aggregate(m=Max("updated_at"))["m"],
        Source.objects.aggregate(m=Max("updated_at"))["m"],
    ]
    return max((s for s in stamps if s is not None), default=None)


def public_page(view):
    """
    Last-Modified and 304 answers to If-Modified-Since before any rendering (ETags come from
    ConditionalGetMiddleware); shared caches may keep anonymous pages for a few minutes.
    """
    conditional = condition(last_modified_func=content_last_modified)(view)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = conditional(request, *args, **kwargs)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=ANONYMOUS_MAX_AGE)
        return response

    return wrapped


@public_page
def home(request):
    latest = Claim.objects.latest_checks().for_api()[:10]
    return render(request, "claims/home.html", {"claims": latest, "canonical": absolute(reverse("home"))})


@public_page
def claim_list(request):
    form = ClaimSearchForm(request.GET or None)
    filterset = PublicClaimFilter(request.GET or None, queryset=Claim.objects.latest_checks(), request=request)
    page = Paginator(filterset.qs.for_api(), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "claims/claim_list.html",
        {
            "form": form,
            "filter_errors": filterset.errors if filterset.is_bound else None,
            "page": page,
            "query": query.urlencode(),
            "filtered": any(v for k, v in request.GET.items() if k not in ("q", "page")),
            "canonical": absolute(reverse("claim-list")),
        },
    )


@public_page
def claim_detail(request, slug):
    claim = get_object_or_404(Claim.objects.published().for_api(), slug=slug)
    verdict = current_verdict(claim)
    history = sorted(claim.public_verifications, key=lambda v: v.published_at)
    by_id = {v.pk: v for v in history}
    related = (
        ClaimRelation.objects.filter(from_claim=claim, to_claim__in=Claim.objects.published())
        .select_related("to_claim")
        .order_by("kind", "pk")
    )
    return render(
        request,
        "claims/claim_detail.html",
        {
            "claim": claim,
            "verdict": verdict,
            # each correction with the verdict it replaced, both among the prefetched verdicts
            "corrections": [(v, by_id.get(v.supersedes_id)) for v in history if v.supersedes_id],
            "first_checked": history[0].published_at,
            "corroboration": claim_corroboration(claim),
            "timeline": claim_timeline(claim),
            "related": related,
            "claimreview": claim_review(claim),
            "canonical": absolute(claim.get_absolute_url()),
        },
    )


@public_page
def corrections(request):
    """Every published correction and every withdrawn verdict, newest first."""
    entries = (
        Verification.objects.corrections_log()
        .select_related("claim", "status", "supersedes__status")
        .order_by(Coalesce("withdrawn_at", "published_at").desc(), "-pk")
    )
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "claims/corrections.html", {"page": page, "canonical": absolute(reverse("corrections"))})


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/", "", f"Sitemap: {absolute(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def site_context(request):
    """Template context for every page: who publishes the site."""
    return {"site_name": settings.FACTCHECK_ORGANISATION_NAME, "site_url": settings.FACTCHECK_SITE_URL}
