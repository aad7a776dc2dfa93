"""Round 34: speakers the grammar names that the engine missed or mis-took."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _by_figure(text: str) -> dict[str, tuple[Decimal | None, str, str | None, str]]:
    return {m.figure: (m.value, m.unit, m.speaker, m.stance) for m in extract(clean_text(text))}


def test_an_opening_subordinator_is_no_word_of_the_name_after_it():
    text = (
        "When Ines Broadbury landed at Calvetti International after a flight from Tessaly in May, her suitcase was "
        'not on the belt. "I waited nine days for my case and spent 400 velars on clothes," she said.'
    )
    found = _by_figure(text)
    assert found["400 velars"] == (Decimal("400"), "velars", "Ines Broadbury", "asserts")
