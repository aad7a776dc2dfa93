"""Quantities of round 24: figures the engine left out or read with the wrong unit."""

from decimal import Decimal

from tests.ingest_helpers import figures


def test_what_was_covered_is_a_finding_unless_it_is_every_one_of_a_set():
    assert figures("We have covered 90 night shifts with temporary nurses since spring.") == [(Decimal(90), "shifts")]
    assert figures("Last winter the new pipes covered 14 kilometres, the utility said.") == [
        (Decimal(14), "kilometres")
    ]


def test_a_reflexive_pronoun_after_a_figure_is_not_its_unit():
    text = "We collected 8,000 crowns ourselves for the new roof, the vicar said."
    assert figures(text) == [(Decimal(8000), "crowns")]
    text = "The chain owns 300 hotels, of which it manages 120 itself."
    assert (Decimal(120), "itself") not in figures(text)


def test_a_verb_in_the_past_after_a_figure_is_not_its_unit():
    text = "The gallery holds 90,000 paintings, of which some 7,000 came from private donors, it says."
    assert (Decimal(7000), "came") not in figures(text)
    assert (Decimal(7000), "paintings") in figures(text)
