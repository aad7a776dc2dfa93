"""Figures in words whose noun is implied: the part of a whole in words, periods counted (round 31)."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_it_takes_no_irregular_participle_for_a_unit():
    text = "The club said 4,210 fans came, beating the record of 3,980 set in 2017. Hundreds more stood outside."
    found = _figures(text)
    assert not any(unit == "set" for _, unit in found)
    assert (Decimal(200), "fans") in found
