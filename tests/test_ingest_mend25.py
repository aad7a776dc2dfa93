"""The review of session 25's engine diffs, mended (notes/review25.md, findings 2-10 and 12-15): each rule tied to
the clause it reads."""

from decimal import Decimal

from tests.ingest_helpers import figures


def unit_of(text: str, value: str) -> str:
    """The unit the engine gives the figure of ``value`` in ``text`` ("" when it suggests none)."""
    return next((unit for found, unit in figures(text) if found == Decimal(value)), "")


def test_a_measure_with_its_unit_is_no_magnitude_on_a_page_about_a_quake():
    assert unit_of("The tremors began in May. The pool measured 2.5 metres deep.", "2.5") == "metres"
    text = "A magnitude 5.1 earthquake struck on Monday. A crack in the road measured 3 metres wide."
    assert unit_of(text, "3") == "metres"
    assert unit_of("The quake measured 5.8.", "5.8") == "magnitude"


def test_measuring_on_a_page_about_a_quake_is_a_magnitude_as_its_unit_reads_it():
    assert unit_of("The tremors began in May. One measuring 4.2 hit the town on Sunday.", "4.2") == "magnitude"
