"""
Finding checkable claims in an article: the interface the rest of the project uses.

    text = clean_text(raw, html=False)                 # page furniture dropped, split words repaired
    found = extract(text, published=date(2024, 10, 24))  # list[Mention], in text order
    release_issuer(text)                               # "Ministry of Agriculture": the text is its press release
    release_body(text)                                 # that release without its masthead and marker

A press release keeps its masthead and its "PRESS RELEASE" line at the head of the cleaned text, so the
text alone says whose voice its figures are in: extraction from a stored snapshot gives what the import gave.
Any other page's outlet, by its masthead, travels beside the text (CleanedText.masthead), never in it: the
cleaned text is the source's snapshot. Extraction from a stored snapshot is told it as ``publisher``.

Pure Python, no I/O, no Django models: the import service (ingest.services) stores the
mentions as suggestions for editors. The engine lives in the modules named below.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date

from ingest.cleaning import CleanedText, clean, release_body, release_issuer
from ingest.cleaning import publisher as cleaned_publisher
from ingest.engine import find_mentions
from ingest.mentions import Mention
from ingest.page_head import guess_masthead

__all__ = ["Mention", "clean_text", "extract", "release_body", "release_issuer"]

logger = logging.getLogger(__name__)
PARAGRAPH = re.compile(r"[^\n]+")


def clean_text(raw: str, *, html: bool = False) -> CleanedText:
    """The page's text without its furniture, carrying the outlet its masthead names (CleanedText.masthead)."""
    return clean(raw, html=html, masthead=guess_masthead(raw, html=html) or None)


def extract(text: str, *, published: date | None = None, publisher: str | None = None) -> list[Mention]:
    """
    The figures and dated statements in a cleaned text, each with its speaker. ``publisher``: the outlet whose page it
    is, whose own figures ("our count", "Our reporter counted") are told in its name; by default the masthead
    clean_text() read.
    """
    publisher = publisher or cleaned_publisher(text)
    try:
        return find_mentions(text, published=published, publisher=publisher)
    except Exception:
        # The rules are code written against the pages they were taught on, and a page nobody foresaw may still trip
        # one ("a couple of hundred thousand" once raised a KeyError). An editor's import must not fail for it: the
        # defect is logged, and every paragraph the rules can read still gives its suggestions.
        logger.exception("extraction failed on a text of %d characters; reading it paragraph by paragraph", len(text))
        return _by_paragraph(text, published, publisher)


def _by_paragraph(text: str, published: date | None, publisher: str | None) -> list[Mention]:
    """Each paragraph's mentions on its own, at its offsets in the text; a paragraph the rules fail on gives none."""
    found: list[Mention] = []
    for paragraph in PARAGRAPH.finditer(text):
        try:
            mentions = find_mentions(paragraph.group(), published=published, publisher=publisher)
        except Exception:
            logger.exception("extraction failed on the paragraph at offset %d; it gives none", paragraph.start())
            continue
        at = paragraph.start()
        found.extend(replace(m, start=m.start + at, end=m.end + at) for m in mentions)
    return found
