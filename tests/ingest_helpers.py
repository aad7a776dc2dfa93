"""What the engine's unit tests read of its mentions: one helper for the test_ingest_speakers and quantities files."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.mentions import Mention

PUBLISHED = date(2026, 5, 4)
# The date round 41's earlier-value tests read a page's labelled times against ("(2027: 131)", "(September: 398)")
PUBLISHED_2028 = date(2028, 10, 20)


def mentions(text: str) -> list[Mention]:
    """The mentions of ``text`` that give a figure (date-only ones left out), as of PUBLISHED."""
    return [m for m in extract(text, published=PUBLISHED) if m.value is not None]


def speakers(text: str) -> list[str | None]:
    return [m.speaker for m in mentions(text)]


def figures(text: str) -> list[tuple[Decimal | None, str]]:
    """Every mention's value and unit (date-only ones included), with no publication date."""
    return [(m.value, m.unit) for m in extract(text)]


def revisions(text: str) -> list[tuple[Decimal | None, str, Decimal | None]]:
    return [(m.value, m.unit, m.previous_value) for m in extract(text)]


def cleaned_revisions(text: str, published: date | None = None) -> list[tuple[Decimal | None, str, Decimal | None]]:
    """Each figure's value, unit and earlier value as an import reads ``text``: cleaned first, then extracted as of
    ``published`` (date-only mentions left out)."""
    found = extract(clean_text(text), published=published)
    return [(m.value, m.unit, m.previous_value) for m in found if m.value is not None]


def speakers_by_figure(page: str) -> dict[str, str | None]:
    """Each figure's speaker, as an import reads ``page``: cleaned first, then extracted with no publication date."""
    return {m.figure: m.speaker for m in extract(clean_text(page))}


def speaker_of_value(text: str, value: int) -> str | None:
    """The speaker of the page's first mention of ``value``, as an import reads it (cleaned, then extracted)."""
    found = next((m for m in extract(clean_text(text)) if m.value == Decimal(value)), None)
    assert found is not None, f"no mention of {value}"
    return found.speaker
