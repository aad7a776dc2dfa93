"""
The public site: published fact-checks only, server-rendered, cache-friendly.

Every queryset here starts from Claim.objects.published(), another ``public()`` verb or
claims.visibility; an unpublished claim's URL answers 404 like one that never existed. Source
and actor pages are here too: they are lists of published claims by source and by speaker.
"""

from django.db.models import Exists, OuterRef, Q
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from claims.badges import colours_stylesheet
from claims.claimreview import claim_review
from claims.corroboration import claim_corroboration
from claims.filters import PublicClaimFilter
from claims.forms import ClaimSearchForm
from claims.models import Appearance, Claim, ClaimRelation, Status, Verification
from claims.related import related_checks
from claims.search import explain_match, search_limit, search_terms
from claims.timeline import claim_timeline
from claims.visibility import is_public_actor, public_sources
from core.freshness import site_last_modified
from core.http import absolute, public_page, set_cache_headers
from core.pagination import BadCursor, KeysetPage, keyset_page
from sources.models import Actor

PAGE_SIZE = 20


def content_last_modified(request, *args, **kwargs):
    """When published material last changed: the site version's time (one cache get, no query)."""
    return site_last_modified()


public = public_page(last_modified=content_last_modified)


@public
def home(request):
    latest = Claim.objects.latest_checks().for_display()[:10]
    return render(request, "claims/home.html", {"claims": latest, "canonical": absolute(reverse("home"))})


@public
def claim_list(request):
    form = ClaimSearchForm(request.GET or None)
    checks = Claim.objects.latest_checks().for_display()
    filterset = PublicClaimFilter(request.GET or None, queryset=checks, request=request)
    try:  # filters that do not validate are left out, and named above the results
        page = keyset_page(filterset.qs, key="checked_at", cursor=request.GET.get("cursor"), size=PAGE_SIZE)
    except BadCursor:
        return HttpResponseBadRequest("The 'cursor' parameter is not a page of this list: start again from page one.")
    query = request.GET.copy()
    query.pop("cursor", None)
    filter_errors = filterset.errors if filterset.is_bound else None
    search = getattr(request, "claim_search", None)  # set by the filter when the reader searched
    if search is not None:  # each result says why it matched, from what the page already fetched
        terms = search_terms(search.text)
        for claim in page:
            claim.matched = explain_match(claim, terms)
    return render(
        request,
        "claims/claim_list.html",
        {
            "form": form,
            "filter_errors": filter_errors,
            "page": page,
            "query": query.urlencode(),
            "filtered": any(v for k, v in request.GET.items() if k not in ("q", "cursor")),
            "search": search,
            "search_limit": f"{search_limit():,}",
            "canonical": absolute(reverse("claim-list")),
        },
        # A filter that cannot be used is named on the page, which answers as a bad request.
        status=400 if filter_errors else 200,
    )


@public
def claim_detail(request, slug):
    claim = Claim.objects.published().for_display().filter(slug=slug).first()
    if claim is None:
        # A published claim a chief editor renamed: its old address answers 301 with the current one.
        renamed = Claim.objects.published().filter(slug_redirects__old_slug=slug).values_list("slug", flat=True)
        if new_slug := renamed.first():
            return redirect("claim-detail", new_slug, permanent=True)
        raise Http404
    verdict = claim.current_verdict
    history = sorted(claim.public_verifications, key=lambda v: v.published_at)
    by_id = {v.pk: v for v in history}
    published = Claim.objects.published()
    # Both ways: "this claim is part of X" and "Y is derived from this claim", published claims only.
    relations = list(
        ClaimRelation.objects.filter(
            Q(from_claim=claim, to_claim__in=published) | Q(to_claim=claim, from_claim__in=published)
        )
        .select_related("from_claim", "to_claim")
        .order_by("kind", "pk")
    )
    related_ids = {relation.from_claim_id for relation in relations} | {relation.to_claim_id for relation in relations}
    timeline = claim_timeline(claim)
    return render(
        request,
        "claims/claim_detail.html",
        {
            "claim": claim,
            "verdict": verdict,
            # each correction with the verdict it replaced, both among the prefetched verdicts
            "corrections": [(v, by_id.get(v.supersedes_id)) for v in history if v.supersedes_id],
            "first_checked": history[0].published_at,
            # only published related claims lend their origins on a public page
            "corroboration": claim_corroboration(claim, published_only=True),
            "timeline": timeline,
            "claimant": timeline.claimant_entry,
            "relations": relations,
            "more_checks": related_checks(claim, exclude=related_ids),
            "claimreview": claim_review(claim),
            "canonical": absolute(claim.get_absolute_url()),
        },
    )


@public
def corrections(request):
    """Every published correction and every withdrawn verdict, newest first."""
    entries = (
        Verification.objects.corrections_log()
        .select_related("claim", "status", "supersedes__status")
        .defer("claim__search_text", "claim__search_vector")  # derived, and the largest columns
    )
    try:
        page = keyset_page(entries, key="logged_at", cursor=request.GET.get("cursor"), size=PAGE_SIZE)
    except BadCursor:
        return HttpResponseBadRequest("The 'cursor' parameter is not a page of this log: start again from page one.")
    return render(request, "claims/corrections.html", {"page": page, "canonical": absolute(reverse("corrections"))})


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/", "", f"Sitemap: {absolute(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def status_colours_css(request):
    """The verdict badges' colours (claims.badges), one query; cached like the pages that link it."""
    response = HttpResponse(
        colours_stylesheet(Status.objects.values_list("colour", flat=True)), content_type="text/css; charset=utf-8"
    )
    set_cache_headers(request, response)
    return response


@public
def source_detail(request, slug):
    source = get_object_or_404(public_sources().select_related("publisher").defer("notes"), slug=slug)
    claims = Claim.objects.latest_checks().filter(
        Exists(Appearance.objects.filter(claim=OuterRef("pk"), source=source))
    )
    return _claims_page(request, "claims/source_detail.html", claims, source=source)


@public
def actor_detail(request, slug):
    actor = get_object_or_404(Actor.objects.select_related("organisation__organisation__organisation"), slug=slug)
    # The claims they said, most recently checked first, from the index of their appearances' copy of
    # checked_at: a walk of about a page's length however many claims they made (walking the claims'
    # own checked_at index instead passes every claim checked since, theirs or not).
    said = (
        Appearance.objects.filter(speaker=actor, claim_checked_at__isnull=False)
        .values("claim_checked_at", "claim_id")
        .distinct()
    )
    try:
        cursor = request.GET.get("cursor")
        keys = keyset_page(said, key="claim_checked_at", pk="claim_id", cursor=cursor, size=PAGE_SIZE)
    except BadCursor:
        return HttpResponseBadRequest("The 'cursor' parameter is not a page of this list: start again from page one.")
    # Whether each is public is still decided by its published verdict (latest_checks()), never by the copy.
    found = Claim.objects.latest_checks().for_display().filter(pk__in=[key["claim_id"] for key in keys])
    claims = {claim.pk: claim for claim in found}
    # Saying a published claim makes an actor public (claims.visibility); otherwise ask, in one query
    # for this actor (public_actors() costs more to plan than to run).
    if not claims and not is_public_actor(actor.pk):
        raise Http404
    page = KeysetPage([claims[key["claim_id"]] for key in keys if key["claim_id"] in claims], keys.newer, keys.older)
    context = {"actor": actor, "page": page, "canonical": absolute(actor.get_absolute_url())}
    return render(request, "claims/actor_detail.html", context)


def _claims_page(request, template: str, claims, **context):
    """A source's or an actor's page: the thing, and its published claims a page at a time."""
    try:
        page = keyset_page(claims.for_display(), key="checked_at", cursor=request.GET.get("cursor"), size=PAGE_SIZE)
    except BadCursor:
        return HttpResponseBadRequest("The 'cursor' parameter is not a page of this list: start again from page one.")
    (thing,) = context.values()
    return render(request, template, {**context, "page": page, "canonical": absolute(thing.get_absolute_url())})
