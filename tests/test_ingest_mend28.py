"""
Review 28's mends to the forms28 merge (fact-check claim lines, headings in capitals, "N short of a majority"): each
test names a sentence the merged rules misread.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _read(text: str) -> list[tuple[Decimal | None, str, Decimal | None]]:
    return [(m.value, m.unit, m.previous_value) for m in extract(clean_text(text)) if m.value is not None]


def test_a_shortfall_is_no_later_value_of_the_count_before_it():
    # the shortfall in the count's unit read as the level the count came to: 84 seats lost, "84 -> 5" invented
    read = _read("The party won 84 seats in 2019. It is now five short of a majority.")
    assert (Decimal(84), "seats", None) in read
    assert (Decimal(5), "seats", None) in read
    read = _read("Last year the appeal raised 40,000 pounds. This year it is 3,000 short of its target.")
    assert (Decimal(40000), "pounds", None) in read
    assert (Decimal(3000), "pounds", None) in read
