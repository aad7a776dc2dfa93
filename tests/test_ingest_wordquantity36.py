"""
Word quantities (tests/ingest_labelling.md, "Vague counts"): a vague count reads its noun past a possessive
("hundreds of the town's residents"), and a rate's or a poll's points are read from
number words too ("by one percentage point", "a nine-point lead").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_a_vague_count_reads_its_noun_past_a_possessive():
    text = "Hundreds of the village's families had no heating, the council said."
    assert (Decimal(200), "families") in _figures(text)


def test_a_handful_of_the_owners_possessions():
    text = "Only a handful of the estate's tenants had heating, a tenant leader said."
    assert (Decimal(3), "tenants") in _figures(text)
