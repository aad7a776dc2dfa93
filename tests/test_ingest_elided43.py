"""
Bare figures whose unit a pronoun stands for (round 43): "N of them" never counts a unit the page wrote as money, a
quotation's first word can be the plural "them" stands for, "N of you" counts the group the page speaks to, and
"N of us" the group its paragraph names, when nothing nearer says who they are.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def _unit_of(text: str, value: int) -> str | None:
    return next((unit for found, unit in _figures(text) if found == Decimal(value)), None)


def test_it_gives_them_no_unit_the_page_wrote_as_money():
    text = (
        "Owners should stop using the fryer and contact the maker for a full refund of 79.99 sternes.\n\n"
        'Its managing director said the firm had moved as fast as it could. "We have already collected 8,200 of '
        'them, and we are paying for couriers," he said.'
    )
    assert _unit_of(text, 8200) != "sternes"


def test_it_gives_them_no_plural_written_as_money_in_the_sentence_before():
    text = (
        "The staff share the service charge, the owner says, and nobody is paid less than 12.50 fennets an hour. "
        "There are 19 of them."
    )
    assert _unit_of(text, 19) != "fennets"


def test_it_reads_the_plural_that_opens_a_quotation_as_what_them_stands_for():
    text = (
        'The chief executive, Marta Lindqvist, said: "Donors were told a story that was not true. Nearly 3,100 of '
        'them believed they were paying for a named holiday."'
    )
    assert _unit_of(text, 3100) == "donors"


def test_it_still_counts_them_in_a_count_that_is_no_sum():
    # not money: "paid out more than 300 grants", the grants counted
    text = (
        "The lawyer put it to her that the fund had paid out more than 300 grants that year. She replied: "
        '"Mistakes, yes. Not 14 of them to one company."'
    )
    assert _unit_of(text, 14) == "grants"


def test_it_counts_you_in_the_group_the_page_speaks_to():
    text = (
        "We want to thank all our players for a remarkable first week with the game.\n\n"
        "Thank you to everyone who has played. More than 310,000 of you played on launch day, and a lot "
        "of you told us what was broken."
    )
    assert _unit_of(text, 310000) == "players"


def test_it_does_not_count_the_givers_of_a_sum_as_the_group_named():
    text = (
        "Three of our volunteers have done the kitchen hygiene course this week.\n\n"
        "WE DID IT. 80,000 dalders in nine days, from nearly 2,000 of you."
    )
    assert _unit_of(text, 2000) != "volunteers"


def test_it_counts_us_in_the_group_the_paragraph_names():
    text = "I am writing as one of the staff at the depot. There are 23 of us on the staff, and we were told nothing."
    assert _unit_of(text, 23) == "staff"


def test_it_keeps_us_as_people_when_the_sentence_counted_people():
    text = (
        "The bank says four in five of its customers never use a branch. Of the 340 people who signed our "
        "petition, more than 200 of us are over 70."
    )
    assert _unit_of(text, 200) == "people"
