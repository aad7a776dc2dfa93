"""
Rich text written by editors (transparency pages, verdict rationales): Markdown rendered
to HTML, then sanitised with nh3 (Rust's ammonia) to an allow-list of tags, attributes and URL
schemes, so whatever the Markdown lets through (raw HTML, ``javascript:`` links, event handlers)
never reaches a reader's browser.
"""

from __future__ import annotations

import html
import re

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h2", "h3", "h4", "strong", "em", "b", "i", "code", "pre", "blockquote",
        "ul", "ol", "li", "dl", "dt", "dd", "a", "abbr", "sub", "sup",
        "table", "thead", "tbody", "tr", "th", "td",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Tables, definition lists and abbreviations; headings start at h2 because the page owns the h1.
EXTENSIONS = ["tables", "def_list", "abbr", "sane_lists"]


def render_markdown(text: str) -> SafeString:
    """Markdown to sanitised HTML, safe to put in a template as it is. Empty text gives ''."""
    if not text or not text.strip():
        return mark_safe("")
    html = markdown.markdown(text, extensions=EXTENSIONS, output_format="html")
    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return mark_safe(cleaned)  # sanitised by nh3 just above


def markdown_as_text(text: str) -> str:
    """
    Markdown as plain text for places that take no markup (meta descriptions, link previews,
    ClaimReview's reviewBody): the rendered words, every tag dropped, whitespace collapsed.
    Not safe HTML: a template escapes it like any other string.
    """
    if not text or not text.strip():
        return ""
    html_text = markdown.markdown(text, extensions=EXTENSIONS, output_format="html")
    words = nh3.clean(html_text, tags=set(), strip_comments=True)
    return re.sub(r"\s+", " ", html.unescape(words)).strip()
