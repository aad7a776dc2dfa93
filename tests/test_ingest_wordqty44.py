"""Counts in words of round 44: a range opened by "between", a large count of those who came forward, a share a hedge
sizes, and a revision told from its earlier value beside a count of its own; and the scene, the sources, the ordinal,
half of one thing and a share restated that stay out."""

from decimal import Decimal

import pytest

from tests.ingest_helpers import figures

HEAD = "Valley news in brief\n\n"

# A range opened by "between" is a count whatever the word before it
RANGES = [
    ("The rules allow a panel of between three and five judges.", Decimal(3), "judges"),
    ("Flats will go in towers of between four and eight storeys, the plans show.", Decimal(4), "storeys"),
]


@pytest.mark.parametrize(("text", "value", "unit"), RANGES)
def test_a_range_opened_by_between_is_a_count(text, value, unit):
    assert (value, unit) in figures(HEAD + text)


def test_a_large_count_of_those_who_came_forward_is_no_count_of_sources():
    text = HEAD + "Forty-two members have now told us they are owed wages by the firm."
    assert (Decimal(42), "members") in figures(text)


def test_a_small_count_of_sources_stays_out():
    text = HEAD + "Three members told us the vote had been rigged."
    assert (Decimal(3), "members") not in figures(text)


# A share a hedge sizes, with no "of" after it
HEDGED_SHARES = [
    ("Right now only about a third pay on time, the warden said.", Decimal("33.3")),
    ("Roughly a quarter renew every year, the club said.", Decimal(25)),
    ("The teachers' own union says about a fifth.", Decimal(20)),
    ("Attendance fell to roughly half by the end of the term.", Decimal(50)),
]


@pytest.mark.parametrize(("text", "value"), HEDGED_SHARES)
def test_a_fraction_a_hedge_sizes_is_a_share(text, value):
    assert (value, "percent") in figures(HEAD + text)


NOT_SHARES = [
    "The jury was split over a seventh painting that was left off by one vote.",
    "The delay cost roughly half a school year of lessons, the inspector said.",
    "Sales were about 24 per cent lower than in March, roughly a quarter.",
    "He came a third time on Friday.",
]


@pytest.mark.parametrize("text", NOT_SHARES)
def test_an_ordinal_half_of_one_thing_or_a_share_restated_adds_no_share(text):
    shares = [v for v, u in figures(HEAD + text) if u == "percent"]
    assert shares in ([], [Decimal(24)])


# A small count in words that sets the scene stays out, with no range after it
SCENES = [
    ("The board voted 5-4, with three members preferring a smaller rise.", "members"),
    ("The storm forced schools in two provinces to close.", "provinces"),
    ("Talks between two neighbours broke down on Friday.", "neighbours"),
]


@pytest.mark.parametrize(("text", "unit"), SCENES)
def test_the_scene_set_in_words_stays_out(text, unit):
    assert unit not in {u for _, u in figures(HEAD + text)}


def test_a_revision_told_from_its_earlier_value_keeps_a_count_after_it():
    text = (
        HEAD + "The toll from the storm rose to 41 on Monday, the agency said.\n\n"
        "The agency raised the toll from 30 late on Sunday after searching four valleys."
    )
    found = figures(text)
    assert (Decimal(4), "valleys") in found
    assert (Decimal(30), "deaths") not in found
