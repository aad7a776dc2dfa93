import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from claims.badges import colour_class

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
