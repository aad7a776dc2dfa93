"""
Review of units44 (6a61eaba): a figure before a modifier of a payment noun is taken as a sum in the page's currency
even when the modifier is a span of time or a measure ("a 25 year loan", "a 50 mile fare cap") or a count of people
("the 3 child allowance"); "owes" makes a counted plural ("owes 3 clubs an apology") the page's currency; with two
currencies a bare "The 40 fine" takes the last one; and "type 2 diabetes patients" counts "diabetes".
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _units(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


OPENING = "The market's owners said on Tuesday that traders paid 30 korunas a day for a stall last year.\n\n"

SPANS_AND_MEASURES = [
    ("Buyers can take out a 25 year loan for a stall, the owners said.", 25),
    ("Tenants must pay a 4 week deposit up front, the owners said.", 4),
    ("She won a 5 year grant from the arts council, the owners said.", 5),
    ("Commuters can buy a 7 day fare at the kiosk, the owners said.", 7),
    ("His 14 day fine was paid, the owners said.", 14),  # findings had 30, the opening's own sum
    ("There is a 2 hour charge of 5 after the first hour, the owners said.", 2),
    ("A 50 mile fare cap starts in June, the owners said.", 50),
    ("The 3 child allowance ended in April, the owners said.", 3),
]


@pytest.mark.parametrize(("sentence", "value"), SPANS_AND_MEASURES)
def test_a_span_a_measure_or_a_count_before_a_payment_noun_is_no_sum(sentence, value):
    # the figure counts years, weeks, days, hours, miles or children, not korunas
    assert (Decimal(value), "korunas") not in _units(OPENING + sentence)


OWED = [
    ("He owes 3 clubs an apology. A 250 fine was imposed, the league said.", Decimal(250), "clubs"),
    ("The firm owes 40 suppliers money. A 500 fine followed, the regulator said.", Decimal(500), "suppliers"),
]


@pytest.mark.parametrize(("text", "value", "unit"), OWED)
def test_a_plural_owed_to_is_no_currency(text, value, unit):
    # "owes 3 clubs" counts creditors; the fine is not 250 clubs
    assert (value, unit) not in _units(text)


def test_a_bare_sum_on_a_page_of_two_currencies_takes_neither():
    text = "Tourists paid 25 euros for a ticket and locals 18 dollars. The 40 fine was waived, the operator said."
    assert (Decimal(40), "dollars") not in _units(text)


def test_a_label_whose_noun_ends_in_s_is_no_plural():
    text = "Clinics saw 4,000 type 2 diabetes patients last year, the health board said."
    assert (Decimal(4000), "patients") in _units(text)
