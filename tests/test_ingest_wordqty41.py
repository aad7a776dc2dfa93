"""Counts in words of round 41: the noun a count names when an owner, a relative pronoun or a singular in -s stands
between the number and its head, and what keeps its unit."""

from decimal import Decimal

import pytest

from tests.ingest_helpers import figures

# A plural owner's apostrophe before the noun it owns: what is counted is the noun owned
OWNED = [
    ("As many as nine players' posts could go, the orchestra said.", Decimal(9), "posts"),
    ("About a dozen anglers' clubs fish the lower river, the trust said.", Decimal(12), "clubs"),
    ("The council funds 14 tenants' panels across the borough.", Decimal(14), "panels"),
    ("Forty members' jobs are at risk, the union said.", Decimal(40), "jobs"),
    ("Lunch with three operators' engineers ran late, the organisers said.", Decimal(3), "engineers"),
    # a named owner with "'s" is no part of a compound head
    ("My mother held three Ferrowby's cards worth 120 sternes in total.", Decimal(3), "cards"),
    # "whose" is a relative pronoun, never a plural noun of the compound
    ("Thirty-one of the 38 staff whose jobs are going have taken redundancy, the company said.", Decimal(31), "staff"),
    ("The brewery has 38 staff whose jobs are going, the company said.", Decimal(38), "staff"),
    # a singular noun in -s is a noun of the compound, not its head
    ("The plant closed one of its two electrolysis cell houses, the company said.", Decimal(2), "houses"),
]


@pytest.mark.parametrize(("text", "value", "unit"), OWNED)
def test_the_noun_named_after_an_owner_or_a_relative_pronoun_is_counted(text, value, unit):
    assert (value, unit) in figures(text)


# near misses that must not change
KEPT = [
    # a plural with no apostrophe is its own head
    ("Nine players left the orchestra last year, the board said.", Decimal(9), "players"),
    ("The club has 40 members and two staff, its secretary said.", Decimal(40), "members"),
    # a compound whose first noun is a plural keeps its head ("three maths teachers")
    ("The school hired three maths teachers, the head said.", Decimal(3), "teachers"),
    # a relational head keeps its compound when no owner stands in it
    ("The bank issued 300 debit cards, it said.", Decimal(300), "debit cards"),
]


@pytest.mark.parametrize(("text", "value", "unit"), KEPT)
def test_counts_without_an_owner_keep_their_head(text, value, unit):
    assert (value, unit) in figures(text)


def test_a_span_of_time_that_owns_a_noun_is_no_count_of_that_noun():
    # "14 weeks' pay" is a span of time, not 14 of pay
    text = "The company offered 14 weeks' pay to each worker, the union said."
    assert all(unit != "pay" for _, unit in figures(text))
