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


def test_a_part_of_what_a_named_owner_has_counts_what_it_owns():
    assert (Decimal(6), "routes") in _found("The airline would add seats on six of Skyrell's busiest routes.")
    assert (Decimal(11), "routes") in _found("Fares rose on all 11 of Marrowsound Ferries' routes.")


def test_a_part_of_a_named_owner_opening_the_sentence_names_its_subject():
    assert _found("Four of Orvenna's biggest letting agents have been fined.") == []


def test_doubled_over_a_period_is_a_rise():
    assert (Decimal(100), "percent") in _found("Prices in the port doubled over that period, exchange data show.")
    assert _found("He doubled over in pain.") == []


def test_seats_as_a_verb_counts_seats():
    assert (Decimal(1850), "seats") in _found("The building, which seats 1,850, opened in 1960.")
    found = _found("The arena, which opened in 2019, seats 5,000 for basketball, according to the council.")
    assert (Decimal(5000), "seats") in found
