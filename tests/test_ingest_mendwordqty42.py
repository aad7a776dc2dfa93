"""Mend of wordqty42 (review findings): the head noun after a name, and what is no term of pay."""

from decimal import Decimal

import pytest

from tests.ingest_helpers import figures

# A plural in -s after a name, then a word of COLLECTIVE_HEADS | IRREGULAR_PLURALS used as a verb: the plural is the
# head, not the verb (PROPER_NAME_THEN_HEAD's optional middle word swallows the plural and the verb becomes the head)
PLURAL_THEN_COLLECTIVE_VERB = [
    (
        "Two new Kelby charities aid refugees arriving at the port, the council said on Tuesday.",
        Decimal(2),
        "charities",
    ),
    ("Three local Tullagh gangs traffic drugs across the border, police said.", Decimal(3), "gangs"),
    ("Four former RAF pilots crew the rescue aircraft, the coastguard said.", Decimal(4), "pilots"),
    ("Five new Harrow volunteers staff the food bank each weekend, organisers said.", Decimal(5), "volunteers"),
    ("Six local Ardle anglers fish the river every day, the club said.", Decimal(6), "anglers"),
    ("Our 40 trained Kelby Trust volunteers staff the hostels every night.", Decimal(40), "volunteers"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PLURAL_THEN_COLLECTIVE_VERB)
def test_it_keeps_the_plural_before_a_collective_word_used_as_a_verb(text, value, unit):
    found = figures(text)
    assert (value, unit) in found
    assert not {u for _, u in found} & {"aid", "traffic", "crew", "staff", "fish"}


# An irregular plural after a name, then "police" as a verb: the men are counted, not the police
def test_it_does_not_count_a_verb_after_an_irregular_plural():
    assert (Decimal(2), "police") not in figures("Two local Kelby men police the estate at night, residents said.")


# ... and a plural or an irregular plural before the verb is itself the head: the last noun of the phrase
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Two local Kelby men police the estate at night, residents said.", Decimal(2), "men"),
        ("Three new Kelby Trust hostels aid families who are homeless, the trust said.", Decimal(3), "hostels"),
    ],
)
def test_it_counts_the_plural_before_a_collective_word_used_as_a_verb(text, value, unit):
    assert (value, unit) in figures(text)


# ... while a word that is no plural leaves the collective head to count ("bus crew"), as does a name with no plural
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Three former Kelby bus crew were hurt in the crash, the operator said.", Decimal(3), "crew"),
        ("Two senior Kelby aid staff were expelled, the charity said.", Decimal(2), "staff"),
    ],
)
def test_it_counts_a_collective_head_after_a_word_that_is_no_plural(text, value, unit):
    assert (value, unit) in figures(text)


# A debt, one person's own pay and "pay" as a noun are no term of pay (the merge's NOT_PAY_TERMS, in other words)
NOT_PAY_TERMS = [
    "Workers at the Ardle mill have not been paid three months' wages, the union said.",
    "Cleaners at the depot were never paid four weeks' wages they were owed, the union said.",
    '"I was paid two weeks\' wages and then they closed the gate," said Tom Reilly, 54.',
    '"I received four weeks\' pay and nothing else," said Mary Quinn.',
    "She was offered two weeks' pay to leave quietly, she told the tribunal.",
    '"My brother gets two weeks\' pay for every year of service, I get nothing," said Anna Bell.',
    "The pay dispute cost strikers three weeks' wages, the union said.",
    "Their pay cut takes away two weeks' wages a year, the union said.",
]


@pytest.mark.parametrize("text", NOT_PAY_TERMS)
def test_it_leaves_out_a_debt_one_persons_pay_and_pay_as_a_noun(text):
    assert not {u for _, u in figures(text)} & {"weeks", "months"}


# near misses: a term set for many, by an employer or a tribunal, still counts
PAY_TERMS_KEPT = [
    ("Staff will be paid two weeks' salary for each year of service, the memo said.", Decimal(2), "weeks"),
    ("The firm would pay every worker at least four months' wages on top of their notice.", Decimal(4), "months"),
    ("The tribunal ordered him to pay two months' wages in compensation.", Decimal(2), "months"),
    ("Employers must pay staff two weeks' wages for each year of service, the minister said.", Decimal(2), "weeks"),
    ("The council has not yet said whether it will pay staff four weeks' wages.", Decimal(4), "weeks"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PAY_TERMS_KEPT)
def test_it_still_counts_a_term_of_pay_for_many(text, value, unit):
    assert (value, unit) in figures(text)
