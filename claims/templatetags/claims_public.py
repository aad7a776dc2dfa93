import json

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from claims.badges import colour_class
from claims.models import Appearance, Claim
from claims.stated_dates import DatePrecision, stated_date_iso, stated_date_text
from claims.timeline import claimant_of
from sources.models import Actor, Source

register = template.Library()

# Like Django's json_script: nothing in the data can close the <script> element or open a comment.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


@register.filter
def jsonld(data) -> str:
    """A <script type="application/ld+json"> element for structured data, safely escaped."""
    body = json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(body))


@register.inclusion_tag("claims/_badge.html")
def verdict_badge(status, large=False):
    return {"status": status, "large": large, "colour": colour_class(status.colour) if status else ""}


@register.filter
def badge_colour(colour: str | None) -> str:
    """The badge class of a colour annotated on a row (Claim.objects.with_current_verdict())."""
    return colour_class(colour)


@register.filter
def short_title(source: Source) -> str:
    """
    A source as a chain or list names it in a glance: its publisher ('Viewus'), else the first
    words of its title. The full title belongs in the link's title attribute.
    """
    if source.publisher_id and source.publisher is not None:
        return source.publisher.name
    return Truncator(source.title).words(5, truncate="…")


@register.filter
def claimant(claim: Claim) -> Actor | None:
    """Who made the claim, as its page's timeline says, from the prefetched appearances (for_display())."""
    return claimant_of(claim.appearances.all())


@register.filter
def said_by(claim: Claim, actor: Actor) -> list[Appearance]:
    """The claim's appearances in which ``actor`` speaks, from the prefetched appearances (no query)."""
    return [appearance for appearance in claim.appearances.all() if appearance.speaker_id == actor.pk]


@register.filter
def said_when(appearance: Appearance) -> str:
    """
    A <time> of when the words were said, at the precision the source gave ('early October 2024'),
    or of the report's publication day, marked as such; '' when neither is known.
    """
    if appearance.stated_on is not None:
        return format_html('<time datetime="{}">{}</time>', appearance.stated_iso, appearance.stated_text)
    if appearance.source.published_at is None:
        return ""
    day = timezone.localdate(appearance.source.published_at)
    return format_html(
        'reported <time datetime="{}">{}</time>',
        stated_date_iso(day, DatePrecision.DAY),
        stated_date_text(day, DatePrecision.DAY),
    )
