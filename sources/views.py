"""Public pages of sources and actors: what they are, and the published claims they carry."""

from django.shortcuts import get_object_or_404, render

from claims.claimreview import absolute
from claims.models import Claim
from claims.views import public_page
from sources.models import Actor, Source


@public_page
def source_detail(request, slug):
    source = get_object_or_404(Source.objects.public().select_related("publisher").defer("text", "notes"), slug=slug)
    claims = Claim.objects.latest_checks().filter(appearances__source=source).distinct().for_api()
    return render(
        request,
        "sources/source_detail.html",
        {"source": source, "claims": claims, "canonical": absolute(source.get_absolute_url())},
    )


@public_page
def actor_detail(request, slug):
    actor = get_object_or_404(
        Actor.objects.public().select_related("organisation__organisation__organisation"), slug=slug
    )
    claims = Claim.objects.latest_checks().filter(appearances__speaker=actor).distinct().for_api()
    return render(
        request,
        "sources/actor_detail.html",
        {"actor": actor, "claims": claims, "canonical": absolute(actor.get_absolute_url())},
    )
