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


# A name between a modifier and a head noun with no -s: the head is counted, not the modifier
NAMED_COLLECTIVES = [
    ("She set up the studio with eleven former Brightwater Forge staff, the company said.", Decimal(11), "staff"),
    ("The airline will lease four more Halberd 72 turboprop aircraft, it said.", Decimal(4), "aircraft"),
    ("Three senior Kessel Lines crew were suspended, the operator said.", Decimal(3), "crew"),
    ("The union said 40 former Ardle Mill women had signed the claim.", Decimal(40), "women"),
]


@pytest.mark.parametrize(("text", "value", "unit"), NAMED_COLLECTIVES)
def test_it_counts_the_collective_head_after_a_name(text, value, unit):
    assert (value, unit) in figures(text)


# near misses that must not change: a plural head after a name, and a name with no modifier before it
NAMED_KEPT = [
    ("Two senior Reformist officials resigned on Monday.", Decimal(2), "officials"),
    ("Two former Ferrovane site engineers gave evidence.", Decimal(2), "engineers"),
    ("The firm employs 21,000 Brellmart staff, it said.", Decimal(21000), "staff"),
]


@pytest.mark.parametrize(("text", "value", "unit"), NAMED_KEPT)
def test_it_keeps_the_head_of_a_named_plural(text, value, unit):
    assert (value, unit) in figures(text)
