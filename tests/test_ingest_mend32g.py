"""
Regressions the review of engine32j found (findings_review32g): a value "against" another place or group in the same
period is no earlier value (H1, H2); a change of prices, fees, wages or forecasts counts no prices (M1-M3); a rate
"an hour" ends a change told in number words (L1).
"""

from datetime import date
from decimal import Decimal

from ingest.extraction import clean_text, extract

PUBLISHED = date(2026, 11, 1)


def _found(text: str) -> list[tuple[Decimal, str, Decimal | None]]:
    return [
        (m.value, m.unit, m.previous_value)
        for m in extract(clean_text(text), published=PUBLISHED)
        if m.value is not None
    ]


def test_against_another_plant_in_the_same_period_is_no_earlier_value():  # H1
    for text in (
        "The firm sold 12,000 cars last year, against 9,000 at the rival plant last year.",
        "The firm sold 12,000 cars in Borvia last year, against 9,000 in the Ostrian market last year.",
        "The mill processed 800 tonnes, against 950 at the older mill in 2025.",
    ):
        found = _found(text)
        assert len(found) == 2, text
        assert all(previous is None for _, _, previous in found), text


def test_against_an_earlier_event_still_gives_the_earlier_value():  # H1: what engine32j gained
    assert _found("The auction house sold 2,300 lots, against 2,210 at the opening sale last March.") == [
        (Decimal(2300), "lots", Decimal(2210))
    ]
    assert _found("Support was 70 per cent, against 74 per cent in the equivalent poll in 2021.")[0][2] == 74


def test_another_place_in_the_same_year_or_a_forecast_is_no_earlier_value():  # H2
    for text in (
        "Turnout in Varna was 48 percent in 2024, against 55 percent in the capital in 2024.",
        "The ruling party won 41 percent, compared with 45 percent forecast in the final poll in 2026.",
    ):
        found = _found(text)
        assert len(found) == 2, text
        assert all(previous is None for _, _, previous in found), text


def test_wages_falling_are_in_the_currency_given_before():  # M1
    found = _found("Rents rise to 900 euros a month in the capital, and wages fall to 400 in the south.")
    assert (Decimal(400), "euros", None) in found
    assert all(unit != "wages" for _, unit, _ in found)


def test_prices_and_fees_cut_are_no_count():  # M2
    for text in (
        "The shop cut its prices to five from eight.",
        "The council raised its fees to nine from seven, said Mayor Ilse Varn.",
        "The regulator capped its fees to nine a year.",
        "The utility raised its charges to eight a year from six.",
    ):
        assert all(unit not in {"prices", "fees", "charges"} for _, unit, _ in _found(text)), text


def test_forecasts_cut_are_no_count():  # M3
    assert all(unit != "forecasts" for _, unit, _ in _found("The ministry has cut its forecasts to three."))


def test_a_rate_an_hour_ends_a_change_in_number_words():  # L1
    assert _found("The ferry company said it would cut its sailings to two an hour from four.") == [
        (Decimal(2), "sailings", Decimal(4))
    ]
    assert (Decimal(2), "buses", Decimal(4)) in _found("Night buses drop to two an hour from four, the operator said.")
