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


def test_it_in_the_sentence_means_its_subject_named_short_not_the_body_quoted_before():
    text = (
        "The government of Tervane has agreed to pay Halvane Semiconductor 2.8 billion lirens in grants to build a "
        "chip factory, officials said on Friday.\n\n"
        "Halvane will invest 9.6 billion lirens in the plant, which it says will employ 2,400 people when it reaches "
        "full output in 2031."
    )
    found = _by_figure(text)
    assert found["2,400 people"] == (Decimal("2400"), "people", "Halvane Semiconductor", "asserts")
