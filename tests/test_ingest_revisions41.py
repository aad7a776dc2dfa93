"""
Earlier values the engine missed (round 41). A data line's bracket that labels its figure by an earlier time ("148
(2027: 131)", "412 (September: 398)", "48.60 sternes (4 weeks ago: 47.95)"), or says "was" past a rate's period
("34.85 sternes a month (was 32.00)"), gives the earlier value of the figure before it, as "(last week 9.10)" did;
and an earlier value set against a figure by the same point of an earlier year ("compared with 744 by the same point
in 2026"), by a craft's level at arrival, or by the time before a storm is its previous value, as "a year earlier"
was. Guards: a target or a forecast in brackets, a label of the page's own time or a later one, and "for the same
money" stay what they were.
"""

from datetime import date
from decimal import Decimal

import pytest

from tests.ingest_helpers import PUBLISHED_2028, cleaned_revisions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair has 148 exhibitors (2027: 131).", (Decimal(148), "exhibitors", Decimal(131))),
        (
            "Drivers paid an average premium of 1,146 marrens (Q3 2027: 1,038).",
            (Decimal(1146), "marrens", Decimal(1038)),
        ),
        (
            "The federation's patrols attended 5,960 call-outs (Harvest Monday 2027: 5,310).",
            (Decimal(5960), "call-outs", Decimal(5310)),
        ),
        (
            "The cameras detected 184,300 offences (April to September 2027: 151,900).",
            (Decimal(184300), "offences", Decimal(151900)),
        ),
        ("The network had 412 working sites (September: 398).", (Decimal(412), "sites", Decimal(398))),
        ("The basket cost 48.60 sternes (4 weeks ago: 47.95).", (Decimal("48.60"), "sternes", Decimal("47.95"))),
        (
            "Fibre 100 will cost 34.85 sternes a month (was 32.00).",
            (Decimal("34.85"), "sternes", Decimal("32.00")),
        ),
        (
            "The average time to repair a fault was 6.3 days (September: 8.1 days).",
            (Decimal("6.3"), "days", Decimal("8.1")),
        ),
    ],
)
def test_a_bracket_labelled_by_an_earlier_time_gives_the_previous_value(text, expected):
    found = cleaned_revisions(text, PUBLISHED_2028)
    assert expected in found
    assert not any(value == expected[2] and previous is None for value, _, previous in found)


@pytest.mark.parametrize(
    "text",
    [
        # a target, a forecast, the page's own year or a later one, a later month: no earlier value
        "Availability across the network was 93.6 per cent (target: 97 per cent).",
        "The fair has 148 exhibitors (2029: 160).",
        "The fair has 148 exhibitors (2028: 131).",
        "The network has 412 sites in service (December: 450).",
        "The fair has 148 exhibitors (2027 forecast: 131).",
    ],
)
def test_a_bracket_of_no_earlier_time_stays_apart(text):
    found = cleaned_revisions(text, PUBLISHED_2028)
    assert found  # the figure guarded is still read (findings_revisions41 F10)
    assert all(previous is None for _, _, previous in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Bassett said the district had handled 812 incidents so far this year, compared with 744 by the same "
            "point in 2026.",
            (Decimal(812), "incidents", Decimal(744)),
        ),
        (
            "The total came to 3,190 brennets, against about 2,600 for the same week in 2026.",
            (Decimal(3190), "brennets", Decimal(2600)),
        ),
        (
            "Its patrols have attended 4,120 breakdowns since midnight, against 3,780 by the same time on Harvest "
            "Monday last year.",
            (Decimal(4120), "breakdowns", Decimal(3780)),
        ),
        (
            "The eight dishes cost 85.90 fennets together today, against 77.40 for the same dishes a year ago.",
            (Decimal("85.90"), "fennets", Decimal("77.40")),
        ),
        (
            "The solar arrays are producing 1,840 watts, against 1,910 watts at arrival in March.",
            (Decimal(1840), "watts", Decimal(1910)),
        ),
    ],
)
def test_the_same_point_of_an_earlier_year_gives_the_previous_value(text, expected):
    assert expected in cleaned_revisions(text, PUBLISHED_2028)


@pytest.mark.parametrize(
    "text",
    [
        "The total came to 3,190 brennets, against about 2,600 for the same work at the rival yard.",
        "The total came to 3,190 brennets, against about 2,600 for the same week next year.",
    ],
)
def test_the_same_thing_at_no_earlier_time_stays_apart(text):
    found = cleaned_revisions(text, PUBLISHED_2028)
    assert {value for value, _, _ in found} >= {Decimal(3190), Decimal(2600)}
    assert all(previous is None for _, _, previous in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The repair will take an estimated 70 minutes (revised from 40 minutes).", (Decimal(70), "minutes", 40)),
        ("The average wait for a patrol was 54 minutes (2027: 71 minutes).", (Decimal(54), "minutes", 71)),
    ],
)
def test_a_span_in_a_bracket_of_its_earlier_value_is_that_value(text, expected):
    value, unit, previous = expected
    assert (value, unit, Decimal(previous)) in cleaned_revisions(text, PUBLISHED_2028)


def test_a_span_with_a_bracket_of_something_else_keeps_no_earlier_value():
    text = "The average wait for a patrol was 54 minutes (target: 60 minutes)."
    found = cleaned_revisions(text, PUBLISHED_2028)
    assert Decimal(54) in {value for value, _, _ in found}
    assert all(previous is None for _, _, previous in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Authority's draft put the payment at 2.8 million sternes, and it was raised to 3.9 million.",
            (Decimal(3900000), "sternes", Decimal(2800000)),
        ),
        (
            "The trust said it had received 1,840 cancellations of monthly gifts since Wednesday morning. On Thursday "
            "it had put the figure at 1,200.",
            (Decimal(1840), "cancellations", Decimal(1200)),
        ),
        (
            "The club said 9,400 fans attended the final. In June it had given the figure as 8,100.",
            (Decimal(9400), "fans", Decimal(8100)),
        ),
    ],
)
def test_a_draft_or_a_dated_earlier_statement_of_the_figure_gives_the_previous_value(text, expected):
    assert expected in cleaned_revisions(text, PUBLISHED_2028)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # another measure named, or no pluperfect to set the day's statement before the figure
        (
            '"We have paid the operator 140 million grenns in compensation so far," she said. In January she had put '
            "the likely compensation bill at 180 million grenns. On Wednesday she raised it to 260 million.",
            Decimal(140000000),
        ),
        ("The council said 412 homes were empty. On Monday it put the number of empty shops at 30.", Decimal(412)),
        ("The council said 412 homes were empty. On Monday it put the figure at 300.", Decimal(412)),
    ],
)
def test_a_dated_statement_of_another_measure_or_in_the_past_tense_stays_apart(text, value):
    found = cleaned_revisions(text, PUBLISHED_2028)
    assert value in {figure for figure, _, _ in found}
    assert all(previous is None for figure, _, previous in found if figure == value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a bracket of two or more labelled parts breaks the total down: each part a claim, none its earlier value
        # (findings_revisions41 F1, F4)
        ("The hospital recorded 412 admissions (January: 40, February: 38).", (412, 40, 38)),
        ("The fund paid out 900 grants (2025: 300, 2026: 280).", (900, 300, 280)),
        ("The shop sold 148 bicycles (Quarter 1: 30, Quarter 2: 52).", (148, 30, 52)),
        ("Admissions so far in 2028: 412 (January: 40, February: 38).", (412, 40, 38)),
        ("The motion won 148 votes (May: 60, Patel: 88).", (148, 60, 88)),
    ],
)
def test_a_bracket_that_breaks_a_total_down_keeps_its_parts(text, values):
    found = cleaned_revisions(text, PUBLISHED_2028)
    assert {value for value, _, _ in found} >= {Decimal(v) for v in values}
    assert all(previous is None for _, _, previous in found)


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # the label is set against the time the sentence gives its figure, not the page's date (F2)
        ("Sales in March were 148 units (April: 160).", date(2028, 6, 1), (148, 160)),
        ("In 2024 the club had 300 members (2026: 340).", PUBLISHED_2028, (300, 340)),
        ("In January the network had 398 working sites (September: 412).", PUBLISHED_2028, (398, 412)),
        # a place's or a group's label before the year is no time (F3)
        ("The club has 300 members (London 2026: 120).", PUBLISHED_2028, (300, 120)),
        ("The club has 300 members (Men 2027: 180).", PUBLISHED_2028, (300, 180)),
    ],
)
def test_a_label_no_earlier_than_the_figures_own_time_stays_apart(text, published, values):
    found = cleaned_revisions(text, published)
    assert {value for value, _, _ in found} >= {Decimal(v) for v in values}
    assert all(previous is None for _, _, previous in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence's own time earlier than the page's still takes a label before it
        ("In March the network had 412 working sites (January: 398).", (Decimal(412), "sites", Decimal(398))),
        ("In 2027 the fair had 148 exhibitors (2026: 131).", (Decimal(148), "exhibitors", Decimal(131))),
        ("The basket cost 48.60 sternes (seven weeks ago: 47.95).", (Decimal("48.60"), "sternes", Decimal("47.95"))),
    ],
)
def test_a_label_before_the_figures_own_time_gives_the_previous_value(text, expected):
    assert expected in cleaned_revisions(text, PUBLISHED_2028)


def test_a_dated_statement_of_the_figure_in_another_unit_stays_apart():
    # F5: "put the figure at" another count, of its own unit, is no earlier value of the homes
    text = "The council said 1,400 homes were flooded. On Thursday it had put the figure at 1,200 people evacuated."
    found = cleaned_revisions(text, PUBLISHED_2028)
    assert (Decimal(1400), "homes", None) in found
    assert (Decimal(1200), "people", None) in found
