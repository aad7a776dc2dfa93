"""Round 32: counts in words and the things they count."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _counts(text: str) -> list[tuple[Decimal, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_a_whole_in_words_after_of_the_is_no_unit():
    text = "Three of the eight biggest grain traders have since left the port, the harbour board said."
    assert _counts(text) == [(Decimal(3), "traders", "harbour board")]
