"""
Finding checkable claims in an article: the interface the rest of the project uses.

    text = clean_text(raw, html=False)                 # page furniture dropped, split words repaired
    found = extract(text, published=date(2024, 10, 24))  # list[Mention], in text order
    release_issuer(text)                               # "Ministry of Agriculture": the text is its press release
    release_body(text)                                 # that release without its masthead and marker

A press release keeps its masthead and its "PRESS RELEASE" line at the head of the cleaned text, so the
text alone says whose voice its figures are in: extraction from a stored snapshot gives what the import gave.

Pure Python, no I/O, no Django models: the import service (ingest.services) stores the
mentions as suggestions for editors. The engine lives in the modules named below.
"""

from __future__ import annotations

from datetime import date

from ingest.cleaning import clean, release_body, release_issuer
from ingest.engine import find_mentions
from ingest.mentions import Mention

__all__ = ["Mention", "clean_text", "extract", "release_body", "release_issuer"]


def clean_text(raw: str, *, html: bool = False) -> str:
    return clean(raw, html=html)


def extract(text: str, *, published: date | None = None) -> list[Mention]:
    return find_mentions(text, published=published)
