"""
A sum a verb of cost governs with a hedge before it ('costs me nearer 4,000') is in the page's currency, never in
the unit of a count the page gave in millions: people, sheep or days are no currency.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract

FLOCK_PAGE = """Five questions for a drover

The Harl valley grazes about 2.3 million sheep. Tomas Brenn drives them to the high pastures each May.

The board gives a grant of 900 tallins to each new drover. Does it cover the cost?

It does not. It costs me nearer 4,000 to fit out one drover for the season.
"""

SKI_PAGE = """Winter on the Morra slopes

The valley's lifts sold 2.1 million skier days last season, the resort group says.

A weekly pass now costs 210 dorvens. A couple who bring their own boots pays nearer 500.
"""


def _unit_of(page: str, value: int) -> str:
    return next(m.unit for m in extract(clean_text(page)) if m.value == Decimal(value))


def test_it_reads_a_hedged_cost_in_the_currency_not_the_sheep_counted_in_millions():
    assert _unit_of(FLOCK_PAGE, 4000) == "tallins"


def test_it_reads_a_hedged_payment_in_the_currency_not_the_days_counted_in_millions():
    assert _unit_of(SKI_PAGE, 500) == "dorvens"
