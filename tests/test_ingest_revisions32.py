"""Round 32: revisions told in other words ("not the Y in its first estimate", "revising an earlier estimate of Y")."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _found(text: str) -> list[tuple[Decimal | None, str, Decimal | None]]:
    return [(m.value, m.unit, m.previous_value) for m in extract(clean_text(text))]


def test_the_value_in_its_first_estimate_is_the_value_replaced():
    text = "The bureau said rents had risen 7.4 percent over the year, not the 5 percent in its first estimate."
    assert _found(text) == [(Decimal("7.4"), "percent", Decimal("5"))]


def test_the_value_predicted_in_an_earlier_version_is_the_value_replaced():
    text = (
        "The model projects the Farmers' Party to win 61 seats, short of the 66 it had predicted in an earlier version."
    )
    assert _found(text) == [(Decimal("61"), "seats", Decimal("66"))]


def test_revising_an_earlier_estimate_of_gives_the_value_replaced():
    text = (
        "The forestry office said about 9,300 hectares of woodland had burned, revising an earlier estimate of "
        "7,800 hectares."
    )
    assert _found(text) == [(Decimal("9300"), "hectares", Decimal("7800"))]


def test_now_i_pay_after_last_year_is_one_revision():
    text = '"Last year the licence was 30 crowns. Now I pay 45, and nobody explains why," said Tamsin Orrel.'
    assert _found(text) == [(Decimal("45"), "crowns", Decimal("30"))]


def test_when_i_arrived_there_were_gives_the_value_replaced():
    text = '"We have 95 volunteers now. When I arrived there were 40, and most of them were students," Ilse Brand said.'
    assert _found(text) == [(Decimal("95"), "volunteers", Decimal("40"))]
