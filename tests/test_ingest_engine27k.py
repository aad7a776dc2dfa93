"""
Disputes and their figures (tests/ingest_labelling.md, "Denials and disputes"). The figure a disputer gives of its own
in a participle after its gainsaying verb ("The board rejected that, saying only 70 beds were closed") is asserted:
what the verb gainsays is the figure it takes up, not the one the disputer puts in its place.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _stances(text: str) -> list[tuple[Decimal | None, str | None, str]]:
    return [(m.value, m.speaker, m.stance) for m in extract(clean_text(text)) if m.value is not None]


def test_a_figure_given_after_rejecting_that_is_asserted():
    text = (
        "The nurses' union said 140 beds had closed at Wexley General since May. The hospital board rejected that, "
        "saying only 70 beds were closed."
    )
    found = _stances(text)
    assert (Decimal(70), "hospital board", "asserts") in found


def test_a_figure_given_after_denying_a_report_is_asserted():
    text = "The ferry company denied the report on Tuesday, saying 35 sailings had been cancelled in March."
    assert (Decimal(35), "ferry company", "asserts") in _stances(text)
