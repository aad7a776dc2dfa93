"""Quantity recall and precision of the extraction engine (issue 15, fifteenth round): page cleaning, units, rates."""

from decimal import Decimal

from ingest.cleaning import clean
from ingest.extraction import extract


def figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(text)]


def revisions(text: str) -> list[tuple[Decimal | None, str, Decimal | None]]:
    return [(m.value, m.unit, m.previous_value) for m in extract(text)]


def test_a_correction_note_is_not_part_of_the_body():
    raw = (
        "The harbour board said 412 berths would be let to visiting yachts this summer, up from 380 last year.\n\n"
        "Correction, 4 May: An earlier version of this article said 421 berths would be let. The right figure is "
        "412.\n\n"
        "Correction: this story was amended to give the board's full name, the Tessel Harbour Board, in its sixth "
        "paragraph.\n"
    )
    body = clean(raw)
    assert "421" not in body
    assert "sixth paragraph" not in body
    assert "412 berths" in body
