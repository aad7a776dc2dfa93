"""
A figure and its earlier value told in the same clause (round 40): the earlier value after "up from" belongs to the
count before a phrase of place or time whatever determiner opens that phrase ("in our three reception sites", "over
the past three days"), a record beaten is the previous value whoever owns it ("beating our record of"), and a time
replaced after ", instead of" is kept to become the kept time's previous value. Guards: the figure inside the phrase
takes no earlier value, and times of day, years, ages, routes and spreads stay what they were.
"""

from decimal import Decimal

import pytest

from tests.ingest_helpers import cleaned_revisions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said 29,100 people are accommodated in our three reception sites, up from 22,000 on Monday.",
            (Decimal(29100), "people", Decimal(22000)),
        ),
        (
            "The agency said 3,100 people crossed each day over the past three days, down from 11,200 on Friday.",
            (Decimal(3100), "people", Decimal(11200)),
        ),
        (
            "The club said 400 members now meet in its five branches, up from 300 last year.",
            (Decimal(400), "members", Decimal(300)),
        ),
        (
            "The trust said 640 volunteers work across their four shops, up from 510 in 2024.",
            (Decimal(640), "volunteers", Decimal(510)),
        ),
    ],
)
def test_it_gives_the_earlier_value_to_the_count_before_a_phrase_with_its_own_figure(text, expected):
    assert expected in cleaned_revisions(text)


def test_it_gives_the_figure_inside_the_phrase_no_earlier_value():
    text = "The minister said 29,100 people are accommodated in our three reception sites, up from 22,000 on Monday."
    assert all(previous is None for value, _, previous in cleaned_revisions(text) if value == 3)


def test_it_does_not_suggest_the_earlier_value_as_a_claim_of_its_own():
    text = "The minister said 29,100 people are accommodated in our three reception sites, up from 22,000 on Monday."
    assert Decimal(22000) not in [value for value, _, _ in cleaned_revisions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We expect about 2.1 million visitors this year, beating our record of 1.94 million in 2026.",
            (Decimal(2100000), "visitors", Decimal(1940000)),
        ),
        (
            "The festival sold 48,200 tickets, beating its record of 41,000, the organisers said.",
            (Decimal(48200), "tickets", Decimal(41000)),
        ),
        (
            "The choir raised 2,860 dalders, beating their record of 2,140, the choirmaster said.",
            (Decimal(2860), "dalders", Decimal(2140)),
        ),
    ],
)
def test_it_reads_a_record_beaten_whoever_owns_it_as_the_previous_value(text, expected):
    figures = cleaned_revisions(text)
    assert expected in figures
    assert expected[2] not in [value for value, _, _ in figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You will have 60 days from the date of a bill to dispute a charge, instead of 28 days.",
            (Decimal(60), "days", Decimal(28)),
        ),
        (
            "Tenants will have 90 days to answer a notice, rather than the usual 30 days, the council said.",
            (Decimal(90), "days", Decimal(30)),
        ),
    ],
)
def test_it_keeps_a_time_replaced_as_the_previous_value(text, expected):
    figures = cleaned_revisions(text)
    assert expected in figures
    assert expected[2] not in [value for value, _, _ in figures]


@pytest.mark.parametrize(
    "text",
    [
        "The library is open from 9am to 5pm on weekdays, the council said.",
        "The survey ran from 2019 to 2024, the institute said.",
        "Volunteers aged from 18 to 25 can apply, the trust said.",
        "The shuttle runs from gate 4 to gate 9 every ten minutes, the airport said.",
        "Classes will have from 10 to 20 people each, the college said.",
        "The centre houses 300 people in its two halls, the charity said.",
        "Workers were given 28 days' notice, the union said.",
    ],
)
def test_it_reads_no_revision_in_times_years_ages_routes_spreads_or_a_plain_phrase(text):
    assert all(previous is None for _, _, previous in cleaned_revisions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The levy is 2.50 corrans a booking; the transport ministry raised it from 1.75 corrans in January.",
            (Decimal("2.50"), "corrans", Decimal("1.75")),
        ),
        (
            "The fare is 3 dalts; the council cut it from 4 dalts last year.",
            (Decimal(3), "dalts", Decimal(4)),
        ),
    ],
)
def test_it_reads_a_value_revised_from_across_a_semicolon(text, expected):
    figures = cleaned_revisions(text)
    assert expected in figures
    assert expected[2] not in [value for value, _, _ in figures]


def test_it_keeps_a_clause_of_its_own_after_a_semicolon():
    text = "The levy is 2.50 corrans a booking; the ministry collected 1.75 corrans a head from airlines."
    assert all(previous is None for _, _, previous in cleaned_revisions(text))


@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        (
            "Pennick reported revenue of 1.05 billion dovans and a pre-tax profit of 71 million dovans, down from "
            "96 million the year before.",
            (Decimal(71000000), "dovans", Decimal(96000000)),
            (Decimal(1050000000), "dovans", None),
        ),
        (
            "The grocer will pay suppliers with annual sales under 5 million tolnars within 10 days, down from 14, "
            "from January.",
            (Decimal(10), "days", Decimal(14)),
            (Decimal(5000000), "tolnars", None),
        ),
    ],
)
def test_it_gives_the_earlier_value_to_the_nearer_measure_of_its_own(text, expected, other):
    figures = cleaned_revisions(text)
    assert expected in figures
    assert other in figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry now runs at 12 knots, reduced from 15 knots last year, the operator said.",
            (Decimal(12), Decimal(15)),
        ),
        (
            "The team said it had catalogued 27,560 craters (revised from 24,900 after duplicates were removed).",
            (Decimal(27560), Decimal(24900)),
        ),
        ("The squad of 30 players, cut from 45 players in May, flew out on Sunday.", (Decimal(30), Decimal(45))),
        # "changed from" and "corrected from" are read by CHANGED_FROM_BEFORE alone
        ("The fleet has 30 boats (corrected from 45 after a recount).", (Decimal(30), Decimal(45))),
        ("The fleet now has 30 boats, changed from 45 boats in May.", (Decimal(30), Decimal(45))),
    ],
)
def test_it_reads_a_participle_of_change_before_from_as_the_value_replaced(text, expected):
    figures = cleaned_revisions(text)
    assert expected in [(value, previous) for value, _, previous in figures]
    assert expected[1] not in [value for value, _, _ in figures]


def test_it_reads_no_change_in_a_place_drawn_from():
    text = "The town has 4,000 residents, drawn from 12 villages, the council said."
    assert all(previous is None for _, _, previous in cleaned_revisions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Recalls of food for children under 16 rose to 21 last year from 13 the year before, the agency said.",
            (Decimal(21), "recalls", Decimal(13)),
        ),
    ],
)
def test_it_counts_a_bare_value_changed_to_in_the_subject_that_changed(text, expected):
    figures = cleaned_revisions(text)
    assert expected in figures
    assert expected[2] not in [value for value, _, _ in figures]


@pytest.mark.parametrize(
    "text",
    [
        "The team's ranking rose to 4 from 9 in the league table, the coach said.",
        "Prices for the smallest flats have risen to 260 from 240, the agents said.",
        # the head of the subject is a time waited, not the operations waited for
        "Waiting times for hip operations fell to 40 from 52 last year.",
        # the head is the exemption: a plural noun further in is not what the subject names
        "The exemption for the smallest rural districts is widened to 26 from 20, the minister said.",
    ],
)
def test_it_takes_no_unit_from_a_subject_that_names_no_thing_counted(text):
    assert all(
        unit not in {"flats", "league", "table", "operations", "districts"} for _, unit, _ in cleaned_revisions(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net profit was 3.4 million dovans over 12 months, up from 2.9.",
            (Decimal(3400000), "dovans", Decimal(2900000)),
        ),
        (
            "Revenue rose to 1.2 billion dovans in 9 regions, up from 0.9.",
            (Decimal(1200000000), "dovans", Decimal(900000000)),
        ),
    ],
)
def test_it_gives_a_bare_value_that_no_nearer_count_could_take_to_the_scaled_figure(text, expected):
    figures = cleaned_revisions(text)
    assert expected in figures
    assert [previous for _, _, previous in figures if previous is not None] == [expected[2]]


@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        (
            "The firm, which has 400 staff, now trades in its 14 markets, up from 9.",
            (Decimal(14), "markets", Decimal(9)),
            (Decimal(400), "staff", None),
        ),
        (
            "The buses carry 40 people each, with 2 drivers, up from 1.",
            (Decimal(2), "drivers", Decimal(1)),
            (Decimal(40), "people", None),
        ),
    ],
)
def test_it_leaves_the_earlier_value_to_a_count_set_off_by_a_comma(text, expected, other):
    figures = cleaned_revisions(text)
    assert expected in figures
    assert other in figures


@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        (
            "Our team has 14 officers for a borough of 190,000 people, down from 22 officers ten years ago.",
            (Decimal(14), "officers", Decimal(22)),
            (Decimal(190000), "people", None),
        ),
        (
            "The league now has 9 referees for a region of 40,000 players, down from 13 referees in 2019.",
            (Decimal(9), "referees", Decimal(13)),
            (Decimal(40000), "players", None),
        ),
        (
            "The service runs 31 vans, with 120 drivers, up from 24 vans last year.",
            (Decimal(31), "vans", Decimal(24)),
            (Decimal(120), "drivers", None),
        ),
    ],
)
def test_it_gives_an_earlier_value_that_names_its_unit_to_the_figure_of_that_unit(text, expected, other):
    figures = cleaned_revisions(text)
    assert expected in figures
    assert other in figures
    assert expected[2] not in [value for value, _, _ in figures]


@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        (
            "Our team has 14 officers for a borough of 190,000 people, down from 210,000 people.",
            (Decimal(190000), "people", Decimal(210000)),
            (Decimal(14), "officers", None),
        ),
        (
            "The firm has 14 officers in a team of 30 officers, down from 35 officers.",
            (Decimal(30), "officers", Decimal(35)),
            (Decimal(14), "officers", None),
        ),
    ],
)
def test_it_leaves_an_earlier_value_naming_the_nearer_figures_unit_to_that_figure(text, expected, other):
    figures = cleaned_revisions(text)
    assert expected in figures
    assert other in figures
