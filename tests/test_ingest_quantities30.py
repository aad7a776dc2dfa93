"""Round 30: quantities whose noun is implied, whole counts and word amounts (engine30q)."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import extract


def _found(text: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.unit) for m in extract(text) if m.value is not None]


def test_all_before_a_number_word_is_a_count_of_the_whole():
    assert (Decimal(6), "lifts") in _found("The landlord is replacing all six lifts this year.")
    assert (Decimal(9), "ports") in _found("The agency ordered an audit of all nine ports.")


def test_the_before_a_number_word_stays_a_reference():
    assert _found("The two allies met in the capital.") == []
