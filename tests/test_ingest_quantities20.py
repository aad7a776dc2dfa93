"""Quantities and cleaning of round 20: a page's writer, "N others", years, bare fractions, the paper's evidence."""

from decimal import Decimal

import pytest

from ingest.cleaning import COLUMNIST_NOTE, WRITER_NOTE, clean
from ingest.interviews import find_columnist, find_writer
from tests.ingest_helpers import figures

PAGE = """THE DRAYMOUTH COURIER
{section}

Bus fares are about to eat the pension rise

What the council's own tables say about the cost of getting to town

By Ottilie Brask
Published 3 May 2026

I went through the council's fare tables line by line. They show a single ticket rising to 3.40 crowns in June.

My reading is that the rise falls hardest on the old. I asked the council why, and it did not answer me.

{note}
"""


def test_a_column_is_known_by_a_note_that_it_writes_a_weekly_column():
    page = PAGE.format(section="Transport | Buses", note="Ottilie Brask writes a weekly column on getting about.")
    text = clean(page)
    assert "By Ottilie Brask" in text
    assert find_columnist(text, find_writer(text)) == "Ottilie Brask"


def test_a_news_pages_note_on_its_correspondent_leaves_the_byline_furniture():
    page = PAGE.format(section="News | Buses", note="Ottilie Brask is the Courier's transport correspondent.")
    assert "Ottilie Brask" not in clean(page)


def test_the_columnist_note_is_the_writer_note_narrowed_to_columns():
    notes = [
        "Ottilie Brask is the Courier's transport columnist.",
        "Ottilie Brask writes a regular column for the Courier.",
        "Ottilie Brask is the Courier's transport correspondent.",
        "Ottilie Brask writes on transport every Friday.",
    ]
    assert [bool(WRITER_NOTE.match(note)) for note in notes] == [True, True, True, True]
    assert [bool(COLUMNIST_NOTE.match(note)) for note in notes] == [True, True, False, False]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The storm sank three trawlers and damaged 14 others, the coastguard said.", "trawlers"),
        ("The festival lost one sponsor in May and has since heard from two others.", "sponsors"),
    ],
)
def test_so_many_others_are_more_of_what_the_clause_before_counted(text, unit):
    assert [u for _value, u in figures(text)][-1] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Dorlan's 2031 bonds traded at 52 cents on Tuesday.",
        "Kessia's 2024 census counted 88,000 households in the valley.",
    ],
)
def test_a_year_after_a_possessive_dates_the_noun_and_counts_nothing(text):
    assert Decimal(2031) not in [v for v, _u in figures(text)]
    assert Decimal(2024) not in [v for v, _u in figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Growers expect the 2029-30 harvest to yield 6.2 million sacks.",
        "Gate receipts in the 2025-26 season reached 14 million crowns.",
    ],
)
def test_the_second_year_of_a_season_is_no_count(text):
    assert [v for v, _u in figures(text)] in ([Decimal(6_200_000)], [Decimal(14_000_000)])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("By Thursday the backlog was closer to a third.", Decimal("33.3")),
        ("In most wards, turnout stayed above half.", Decimal(50)),
        ("The dam is now below a quarter full.", Decimal(25)),
    ],
)
def test_a_bare_fraction_set_against_a_level_is_a_share(text, value):
    assert figures(text) == [(value, "percent")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ferry link costs 90 million crowns, of which the port will pay roughly a third.", Decimal("33.3")),
        ("The council wants the national government to cover half.", Decimal(50)),
    ],
)
def test_the_share_of_a_cost_a_party_pays_is_a_share(text, value):
    assert (value, "percent") in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "We gathered inspection reports from all 57 fire stations in the county. Response times rose 9 per cent.",
        "We requested budget papers for all 41 parishes. Spending on roads fell 6 per cent.",
    ],
)
def test_the_papers_evidence_from_every_one_of_a_set_is_no_claim(text):
    assert figures(text) == [(Decimal(9 if "fire" in text else 6), "percent")]


def test_of_them_counts_what_the_evidence_sentence_before_counted():
    text = (
        "The bill was 30 million crowns.\n\n"
        "We examined the logs for all 140 pumping stations. In 22 of them, a pump failed."
    )
    assert figures(text)[-1] == (Decimal(22), "stations")
