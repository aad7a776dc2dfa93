"""
Which figures the public may see. A figure has no workflow of its own: it is public once a
published claim estimates it, so a figure an editor has created for unpublished work (its name
alone could tell of it) stays out of every page, feed, sitemap and embed until then.
"""

from django.db.models import Exists, OuterRef, QuerySet

from claims.models import Claim
from figures.models import Estimate, Figure


def public_figures() -> QuerySet[Figure]:
    """Figures at least one published claim estimates (one EXISTS per figure, on the estimates' index)."""
    published_estimates = Estimate.objects.filter(figure=OuterRef("pk"), claim__in=Claim.objects.published())
    return Figure.objects.filter(Exists(published_estimates))
