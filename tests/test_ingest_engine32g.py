"""
Revisions of a bare level ("cut the library's hours to 30 a week from 38", "raised its count to 327 from 312") and
corrections pages whose printed figure is dated by a year (tests/ingest_labelling.md, the session-21 rule "An earlier
value in time", "Settled in session 30", "Settled in session 31").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract

CUTS = """Council trims services

By Anwen Pryce

The council cut the museum's opening hours to 24 a week from 31, it said on Monday.

The harbour trust said the new crossing had cut road collisions in the town to 6 in its first year, from 15.

The resort said a warm winter had cut skier days to 0.94 million from 1.2 million.
"""


def _mentions(page: str) -> list:
    return [m for m in extract(clean_text(page)) if m.value is not None]


def _revision(page: str, value: str) -> tuple[str, Decimal | None]:
    found = [m for m in _mentions(page) if m.value == Decimal(value)]
    assert found, value
    return found[0].unit, found[0].previous_value


def test_a_bare_level_after_a_possessive_object_counts_that_object():
    assert _revision(CUTS, "24") == ("hours", Decimal(31))


def test_a_bare_level_after_an_object_with_no_determiner_keeps_its_modifier():
    assert _revision(CUTS, "6") == ("road collisions", Decimal(15))
    assert _revision(CUTS, "940000") == ("skier days", Decimal(1200000))
