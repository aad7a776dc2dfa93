"""
Bare figures read in the wrong unit (session 27): a figure given with no noun of its own was guessed from its
context, the people named near it or the paragraph's last unit, where the sentence itself says what it counts. The
whole a part is taken from ("140 observers out of 600") counts what the part counts.
"""

from decimal import Decimal

from tests.ingest_helpers import figures


def _unit_of(text: str, value: int) -> str:
    return next(unit for found, unit in figures(text) if found == Decimal(value))


def test_the_whole_out_of_which_a_part_is_taken_counts_what_the_part_counts():
    text = "Some 320 residents live in the valley. Only 58 wardens were on duty out of 410, the union said."
    assert _unit_of(text, 410) == "wardens"


def test_a_whole_set_off_after_the_part_with_a_qualifier_counts_the_same():
    text = "The board said 36 ponds had been cleared so far, out of about 220 across the county."
    assert _unit_of(text, 220) == "ponds"
