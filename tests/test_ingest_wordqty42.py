"""Counts in words of round 42: pay measured in time ("two weeks' salary for each year of service"), a term an employer
offers or a contract sets, and what keeps it out when it is a debt or one person's own."""

from decimal import Decimal

import pytest

from tests.ingest_helpers import figures

# The span's possessive before the pay, reckoned per year of service or paid, offered or received
PAY_TERMS = [
    ("Staff will be paid two weeks' salary for each year of service, the memo said.", Decimal(2), "weeks"),
    ("The offer is three weeks' pay for every year of service, the union said.", Decimal(3), "weeks"),
    ("The firm would pay every worker at least four months' wages on top of their notice.", Decimal(4), "months"),
    ("Volunteers receive redundancy pay of five weeks' pay for each complete year of service.", Decimal(5), "weeks"),
    ("The mill has offered its staff six weeks' pay, the union said.", Decimal(6), "weeks"),
    ("The company would pay 2 weeks' wages for every year of employment, it said.", Decimal(2), "weeks"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PAY_TERMS)
def test_it_counts_pay_measured_in_time_as_a_term(text, value, unit):
    assert (value, unit) in figures(text)


# A debt owed, one person's own pay and a span that is no pay stay out
NOT_PAY_TERMS = [
    ("Some of the kitchen staff are owed three months' wages, the union said.", "months"),
    ("I will not take the three months' pay in lieu of notice that my contract allows.", "months"),
    ("She spent two weeks' holiday in the hills.", "weeks"),
]


@pytest.mark.parametrize(("text", "unit"), NOT_PAY_TERMS)
def test_it_leaves_out_a_span_that_is_no_term_of_pay(text, unit):
    assert unit not in {u for _, u in figures(text)}
