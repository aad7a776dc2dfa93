"""Quantities of round 29: word quantities and revisions whose noun or earlier value the engine missed."""

from decimal import Decimal

from tests.ingest_helpers import figures


def test_a_count_set_against_another_sides_takes_its_noun():
    text = "The visitors had 14 corners to Harbour's five, the league's match data show."
    assert (Decimal(5), "corners") in figures(text)
