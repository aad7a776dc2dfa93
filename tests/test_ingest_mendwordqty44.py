"""Mend of wordqty44 (merge 9ae5a105): a hedge before "a quarter"/"half" that names a clock time, a measure or a
stretch of time is no share; a "between" range keeps its scale word and stays a duration when it is one."""

from decimal import Decimal

import pytest

from tests.ingest_helpers import figures, revisions

HEAD = "Regional news in brief\n\n"

# F1 (HIGH): a clock time after a hedge is no share
CLOCK_TIMES = [
    "The fire alarm sounded at roughly a quarter past nine, residents said.",
    "The first train now leaves at about a quarter to six, the operator said.",
    "The meeting began at around half past seven, residents said.",
    "The blaze started at about half past three, fire crews said.",
    "Rescuers reached the village at roughly a quarter after ten, the army said.",
]


@pytest.mark.parametrize("text", CLOCK_TIMES)
def test_a_hedged_clock_time_is_no_share(text):
    assert "percent" not in {u for _, u in figures(HEAD + text)}


# F2 (MEDIUM): a fraction of a measure or of a stretch of time after a hedge is no share
MEASURES_AND_SPANS = [
    "The suspect lived roughly a quarter mile from the school, police said.",
    "The bus stopped about a quarter mile from the border post, witnesses said.",
    "The pier was built roughly a quarter century ago, the mayor said.",
    "The match was stopped with about a quarter to go, the referee said.",
]


@pytest.mark.parametrize("text", MEASURES_AND_SPANS)
def test_a_hedged_fraction_of_a_measure_or_span_is_no_share(text):
    assert "percent" not in {u for _, u in figures(HEAD + text)}


# F3 (MEDIUM): a range opened by "between" keeps its scale word
def test_a_between_range_in_dozens_keeps_the_dozen():
    found = figures(HEAD + "The talks drew between two and three dozen delegates, the organisers said.")
    assert (Decimal(2), "delegates") not in found
    assert (Decimal(24), "delegates") in found


# F4 (MEDIUM): a "between" range of weeks a job will take is a duration, as "in three weeks" is
def test_a_between_range_of_weeks_is_a_duration():
    found = figures(HEAD + "Repairs to the bridge will be finished in between two and three weeks, engineers said.")
    assert "weeks" not in {u for _, u in found}


# F2 (the reading "about half a mile" already gets): a quarter or a half of one mile is that much of a mile
def test_a_quarter_mile_is_a_quarter_of_a_mile():
    found = figures(HEAD + "The suspect lived roughly a quarter mile from the school, police said.")
    assert found == [(Decimal("0.25"), "miles")]


# F5 (LOW): the new value told again after "from" is the revision, not a second claim
def test_a_revision_and_its_new_value_are_one_claim():
    found = revisions(
        HEAD + "Growth will slow to 1.8 per cent this year, the central bank said. The bank cut its forecast from 2.1"
        " per cent, saying growth of 1.8 per cent was now likely."
    )
    assert found == [(Decimal("1.8"), "percent", None), (Decimal("1.8"), "percent", Decimal("2.1"))]


# What stays: a hedged share, a range of dozens after "a dozen", a range of members
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roughly a quarter remain closed, officials said.", [(Decimal(25), "percent")]),
        ("Sales fell about a third to 12 million units, the company said.", [(Decimal("33.3"), "percent")]),
        ("The talks drew between six and a dozen delegates, the organisers said.", [(Decimal(6), "delegates")]),
        ("A committee of between three and five members will decide, the council said.", [(Decimal(3), "members")]),
    ],
)
def test_what_the_mend_keeps(text, expected):
    found = figures(HEAD + text)
    assert all(e in found for e in expected)
