"""Precision of the extraction engine: what is counted, and what a dispute points at."""

from decimal import Decimal

from ingest.extraction import extract


def figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(text)]


def test_it_counts_a_part_of_a_whole_named_without_a_determiner():
    text = "The ruling bloc now holds 57 of 101 seats in the assembly."
    assert (Decimal("57"), "seats") in figures(text)


def test_it_counts_a_part_of_a_whole_owned_by_a_noun():
    text = "Only 12 of the district's 40 clinics stayed open."
    assert figures(text) == [(Decimal("12"), "clinics"), (Decimal("40"), "clinics")]
    text = "Farmers hold 23 of congress's 210 seats."
    assert (Decimal("23"), "seats") in figures(text)
