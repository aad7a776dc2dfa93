"""
A document named with the body that put it out speaks for that body wherever the article takes it up again by its
noun (tests/ingest_labelling.md, "Carrying on a report", "Statistics release"): figures "released on Monday by" an
office, a body's own "list", a committee's report of a named month. The speaker an editor is offered is the body, not
"release", "list" or no one.
"""

from decimal import Decimal

import pytest

from tests.ingest_helpers import mentions


def _claim(text: str, value: str) -> tuple[Decimal | None, str, str | None]:
    found = next(m for m in mentions(text) if m.value == Decimal(value))
    return found.value, found.unit, found.speaker


@pytest.mark.parametrize(
    ("text", "value", "unit", "speaker"),
    [
        (
            "Rents in the valley rose again last year, according to figures released on Monday by the Dunmore "
            "Statistics Office. The release puts the average monthly rent at 940 florins.",
            "940",
            "florins",
            "Dunmore Statistics Office",
        ),
        (
            "Rents in the valley rose again last year, according to figures published this week by the Dunmore "
            "Statistics Office. The release puts the average monthly rent at 940 florins. A further 2,300 flats were "
            "recorded as standing empty.",
            "2300",
            "flats",
            "Dunmore Statistics Office",
        ),
    ],
)
def test_a_release_put_out_by_a_body_speaks_for_it(text, value, unit, speaker):
    assert _claim(text, value) == (Decimal(value), unit, speaker)


@pytest.mark.parametrize(
    ("text", "value", "unit", "speaker"),
    [
        (
            "The number of moorings rose to 410, according to the Harbour Authority's annual list. The average berth "
            "holder now pays 2,350 florins a year, the list shows, up from 2,100 in 2024.",
            "2350",
            "florins",
            "Harbour Authority",
        ),
        (
            "The number of moorings rose to 410, according to the Harbour Authority's annual list. The marina at Kelby "
            "is waiting for 96 new berths, according to the same list.",
            "96",
            "berths",
            "Harbour Authority",
        ),
    ],
)
def test_a_bodys_own_list_speaks_for_it(text, value, unit, speaker):
    assert _claim(text, value) == (Decimal(value), unit, speaker)


def test_a_report_of_a_named_month_is_its_owners():
    text = "The hospital has spent 61 per cent of its building budget, according to the audit committee's June report."
    assert _claim(text, "61") == (Decimal("61"), "percent", "audit committee")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Burglaries fell 8 per cent last year, according to figures published on Tuesday by the Kestrel Police "
            "Authority. Car thefts made up 12 per cent of all recorded crime, and the authority estimates they cost "
            "drivers about 40 million florins.",
            "12",
            "percent",
        ),
        (
            "Burglaries fell 8 per cent last year, according to figures published on Tuesday by the Kestrel Police "
            "Authority. Shoplifting rose 14 per cent, and the authority said it would publish a breakdown by town.",
            "14",
            "percent",
        ),
    ],
)
def test_a_release_carries_on_before_its_body_reports_again_in_a_later_clause(text, value, unit):
    assert _claim(text, value) == (Decimal(value), unit, "Kestrel Police Authority")


def test_according_to_a_body_described_at_length_is_that_body():
    text = "Flooding has closed about 140 schools in the delta, according to the aid groups' joint logistics office."
    assert _claim(text, "140") == (Decimal("140"), "schools", "aid groups' joint logistics office")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Bus passes for pensioners will be free from May under a scheme approved on Monday, Harrowgate Borough "
            "Council said.\n\nThe scheme will cost 2.4 million florins a year.",
            "2400000",
            "florins",
        ),
        (
            "Harrowgate Borough Council said it had agreed a new budget for the coming year. The budget includes a "
            "rise of 3.5 per cent in parking charges.",
            "3.5",
            "percent",
        ),
    ],
)
def test_the_thing_a_bodys_report_introduced_taken_up_by_its_noun_is_the_bodys(text, value, unit):
    assert _claim(text, value) == (Decimal(value), unit, "Harrowgate Borough Council")


def test_a_change_restated_by_its_noun_is_its_makers():
    text = (
        "Harrowgate Borough Council has raised the charge for a resident's parking permit to 65 florins from 50. "
        "The increase is 30 per cent."
    )
    assert _claim(text, "30") == (Decimal("30"), "percent", "Harrowgate Borough Council")


def test_figures_from_a_bodys_own_counters_are_the_bodys():
    text = (
        "The Harrowgate Rowing Federation said the regatta had drawn a record entry. Figures from the federation's "
        "race statisticians put the share of races won by home crews at 62 per cent."
    )
    assert _claim(text, "62") == (Decimal("62"), "percent", "The Harrowgate Rowing Federation")
