"""
Template helpers for figures: numbers and ranges as the ledger writes them, and the link from a
claim's page to the figure it estimates (``{% load figures %}{% figure_links claim %}``), so the
claims app links to figures without importing them.
"""

from decimal import Decimal

from django import template

from claims.quantities import format_number
from figures.models import Estimate

register = template.Library()


@register.filter
def figure_number(value: Decimal | None) -> str:
    """12000.0000 -> "12,000"."""
    return format_number(value)


@register.simple_tag
def figure_range(value: Decimal | None, lower: Decimal | None, upper: Decimal | None) -> str:
    """The range an estimate's wording allows, or "" when it is exact."""
    if lower is not None and upper is not None:
        return "" if lower == upper == value else f"{format_number(lower)} to {format_number(upper)}"
    if lower is not None:
        return f"at least {format_number(lower)}"
    if upper is not None:
        return f"at most {format_number(upper)}"
    return ""


@register.inclusion_tag("figures/_figure_links.html")
def figure_links(claim) -> dict:
    """
    The figure a published claim estimates, for its page (one query). A figure a published claim
    estimates is public (figures.visibility), so nothing unpublished is named here.
    """
    estimate = (
        Estimate.objects.filter(claim=claim).select_related("figure").only("figure__slug", "figure__name").first()
    )
    return {"figure": estimate.figure if estimate else None}
