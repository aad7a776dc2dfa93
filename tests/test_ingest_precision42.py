"""Figures that are not claims, read from their role on the page: a run's time, a version, a rank, a survey's sample."""

from decimal import Decimal

import pytest

from ingest.extraction import extract


def figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(text)]


def values(text: str) -> list[Decimal | None]:
    return [m.value for m in extract(text)]


def test_it_reads_no_count_in_a_stopwatch_time():
    text = "The record has been broken 23 times, from 3h 58m on launch day to 1h 42m 17s on Monday."
    assert figures(text) == [(Decimal("23"), "times")]


@pytest.mark.parametrize(
    "text",
    [
        "The board has 412 runners. Runs on 1.0.1 remain on the board.",
        "The board has 412 runners. Patch 1.1 arrives today.",
        "The board has 412 runners. The top run is by KestrelFan_88 on the old route.",
    ],
)
def test_it_reads_no_count_in_a_version_or_a_handle(text):
    assert figures(text) == [(Decimal("412"), "runners")]


def test_it_reads_no_count_in_the_rank_column_of_a_table():
    text = (
        "Leaderboard\n\n"
        "Rank  Runner  Time  Date\n"
        "1  Brine  1h 42m 17s  28 Feb 2028\n"
        "2  tidewatcher  1h 44m 03s  26 Feb 2028\n"
        "3  Harrowgate  1h 45m 51s  27 Feb 2028\n"
    )
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Based on returns from 64 member hotels, occupancy averaged 73.8 per cent in May.",
        "The ministry said the bulletin drew on returns from 2,340 farms across the country.",
        "The guild's annual cost survey, which asked 412 member firms for their prices, found that a cremation costs "
        "about 4,300 merls.",
    ],
)
def test_it_reads_the_sample_of_a_survey_as_no_finding(text):
    assert all(unit not in {"hotels", "firms", "farms"} for _, unit in figures(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The carrier lost 42m merls in the first half, it said.", (Decimal("42000000"), "merls")),
        ("Inflation was 2.5 per cent in May, the bureau said.", (Decimal("2.5"), "percent")),
        ("The council asked 300 staff to take a pay cut, the union said.", (Decimal("300"), "staff")),
        ("About 1,200 households replied, the association said.", (Decimal("1200"), "households")),
        ("The fund has 88 runners on its books, the club said.", (Decimal("88"), "runners")),
        ("The survey found 412 firms had raised their prices, the guild said.", (Decimal("412"), "firms")),
        ("The figures were delayed by late returns from two ports, the agency said.", (Decimal("2"), "ports")),
    ],
)
def test_it_still_counts_figures_that_only_look_alike(text, figure):
    assert figure in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council inspected 1,126 food businesses last year, and 38 of them were rated 0 or 1.",
        "By our count, 7 of the 41 restaurants in the city centre are now rated 2 or below.",
    ],
)
def test_it_reads_no_count_in_a_band_of_grades(text):
    assert all(value is not None and value > 2 for value in values(text))
