"""
Where a page says its figures are set in type ("Previous prices are in brackets", "figures in bold") it names no
currency: found on session 45's blind107, whose members' price card made "brackets" the page's money and "14.50 a
month" a sum in brackets. A page that does say what its money is in ("Charges are in saldins") still counts in it.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _units(page: str) -> list[tuple[Decimal, str | None]]:
    return [(m.value, m.unit) for m in extract(clean_text(page)) if m.value is not None]


PRICE_CARD = (
    "The zoo sent this price card to its members on Wednesday. Previous prices are in brackets, as on the card.\n\n"
    "Pay monthly: Family 14.50 a month by direct debit.\n"
)


def test_prices_in_brackets_name_no_currency():
    assert all(unit != "brackets" for _, unit in _units(PRICE_CARD))


def test_figures_in_bold_name_no_currency():
    page = "Figures are in bold where they changed. The keeper said the tank holds 14.50 a day more than it did.\n"
    assert all(unit not in {"bold", "brackets"} for _, unit in _units(page))


def test_charges_in_a_currency_still_count_in_it():
    page = (
        "Charges are in saldins. The council wants to raise the flag fall, and a driver said: "
        '"I paid 41.60 for the same trip last week."\n'
    )
    assert (Decimal("41.60"), "saldins") in _units(page)
