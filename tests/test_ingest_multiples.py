"""Multiples: "three times as many as", "twice the average", "the fare doubled" (the labelling rule for multiples)."""

from decimal import Decimal

import pytest

from claims.quantities import Qualifier
from ingest.numbers import find_figures


def _read(sentence: str) -> list[tuple[Decimal, str, str]]:
    return [(f.value, f.unit, f.qualifier) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "qualifier"),
    [
        ("Ferry bookings were four times as many as in the spring, the operator said.", 4, "times", Qualifier.EXACT),
        ("Rents in the old town are twice as high as in the suburbs.", 2, "times", Qualifier.EXACT),
        ("The bill came to roughly twice that.", 2, "times", Qualifier.APPROXIMATELY),
        ("Ozone readings were more than twice the regional average.", 2, "times", Qualifier.AT_LEAST),
        ("Samples held up to 30 times the permitted level of lead.", 30, "times", Qualifier.AT_MOST),
        ("Claims arrived at roughly double the usual pace.", 2, "times", Qualifier.APPROXIMATELY),
        ("The new hall is 12 times larger than the old one.", 12, "times", Qualifier.EXACT),
        ("Loans rose to 1.5 times the bank's capital.", Decimal("1.5"), "times", Qualifier.EXACT),
        ("Winners typically sell six times more copies.", 6, "times", Qualifier.EXACT),
        ("Snowfall reached nearly three times the March norm.", 3, "times", Qualifier.AT_MOST),
        ("The clinic reported a tenfold rise in cases.", 10, "times", Qualifier.EXACT),
        ("The price of bread doubled between 2020 and 2023.", 100, "percent", Qualifier.EXACT),
        ("Waiting times have more than doubled, nurses said.", 100, "percent", Qualifier.AT_LEAST),
        ("The cost of permits tripled after the reform.", 200, "percent", Qualifier.EXACT),
    ],
)
def test_a_multiple_is_read(sentence: str, value, unit: str, qualifier: str) -> None:
    assert (Decimal(value), unit, qualifier) in _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The family moved twice before the war.",
        "The auditors counted the grant twice.",
        "She was fined twice by the harbour board.",
        "The old barn doubled as a field hospital.",
        "He worked a double shift on Sunday.",
    ],
)
def test_two_occasions_or_a_kind_is_no_multiple(sentence: str) -> None:
    assert not [f for f in find_figures(sentence) if f.unit in ("times", "percent")]


def test_a_count_going_on_after_a_multiple_keeps_its_own_noun() -> None:
    figures = _read("We found 500 hosts. Now we have more than twice that, and a waiting list of 340 more.")
    assert all(unit != "times" for value, unit, _ in figures if value == 340)
