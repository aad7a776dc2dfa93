"""Units of more than one word that the head noun alone misnames (round 35)."""

from decimal import Decimal

import pytest

from ingest.numbers import find_figures


def units(sentence: str) -> list[tuple[Decimal, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


def test_a_nautical_mile_is_its_own_unit():
    assert units("The coastguard cutter stopped the yacht 14 nautical miles off the headland.") == [
        (Decimal(14), "nautical miles")
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The council will sell four car parks next spring.", "car parks"),
        ("We have had five completion dates in a year.", "completion dates"),
        ("They found 30 oil fields in the basin.", "oil fields"),
    ],
)
def test_a_head_the_compound_makes_another_thing_keeps_its_noun(sentence, unit):
    assert units(sentence)[0][1] == unit
