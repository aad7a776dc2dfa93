"""Quantity reading of the extraction engine (issue 19, nineteenth round): general fixes seen in two sets or more."""

from decimal import Decimal

import pytest

from ingest.cleaning import clean
from ingest.interviews import find_columnist, find_writer
from tests.ingest_helpers import mentions, revisions


@pytest.mark.parametrize(
    "text",
    [
        "The trust said average attendance climbed to 9,300 this season, from 8,100 the season before.",
        "Wexley's average home crowd is 9,300 this year, up from 8,100 in 2023, the club said.",
        "The club's average league attendance has fallen to 9,300 from 8,100.",
    ],
)
def test_an_average_attendance_or_crowd_counts_spectators(text):
    (value, unit, _previous), *_ = revisions(text)
    assert (value, unit) == (Decimal(9300), "spectators")


def test_a_crowd_that_is_no_average_stays_people():
    assert revisions("Police put the crowd at 4,000.")[0][:2] == (Decimal(4000), "people")


@pytest.mark.parametrize(
    ("text", "value", "previous"),
    [
        ("Card payments made up nearly a tenth of takings, up from 6 per cent in 2022, the shop said.", 10, 6),
        ("About a quarter of the farms now grow oats, the survey found, compared with 18 per cent in 2019.", 25, 18),
    ],
)
def test_a_fraction_word_changed_from_a_percentage_in_digits_is_one_revision(text, value, previous):
    assert revisions(text) == [(Decimal(value), "percent", Decimal(previous))]


def test_one_in_so_many_up_from_a_percentage_in_digits_is_one_revision():
    # two claims until round 34; the rule "An earlier value in time" (tests/ingest_labelling.md) makes it one revision
    found = revisions("Three in ten riders now use the app, up from 21 percent in 2020.")
    assert [(value, previous) for value, _unit, previous in found] == [(Decimal(30), Decimal(21))]


COLUMN_HEAD = """THE WESTFORD POST
Opinion | Money

Why the water bill will keep rising

The regulator's sums do not add up

{byline}
{stamp}
{note}
I have read the utility's accounts, which anyone can download. They show a profit of 80 million crowns last year.

My arithmetic says the rise is not needed. I asked the utility to explain it and it did not reply to me.
"""


@pytest.mark.parametrize(
    ("byline", "stamp", "note", "kept"),
    [
        ("By Ada Quellmark", "Published 3 May 2026", "", "By Ada Quellmark"),
        ("By Ada Quellmark, Money Editor", "Published 3 May 2026", "", "By Ada Quellmark"),
        ("Ada Quellmark", "Sun 3 May 2026 07:00 | 4 min read | 310 comments", "", "By Ada Quellmark"),
        ("", "Published 3 May 2026", "Ada Quellmark is the Post's money columnist.", "Ada Quellmark is the Post's"),
    ],
)
def test_a_columns_writer_stays_visible_above_the_body(byline, stamp, note, kept):
    text = clean(COLUMN_HEAD.format(byline=byline, stamp=stamp, note=note))
    assert kept in text
    assert find_columnist(text, find_writer(text)) == "Ada Quellmark"


def test_a_shared_byline_is_dropped_and_leaves_no_suggestion():
    text = clean(COLUMN_HEAD.format(byline="By Ada Quellmark and Bo Lind", stamp="Published 3 May 2026", note=""))
    assert "Bo Lind" not in text
    assert [m.value for m in mentions(text)] == [Decimal(80_000_000)]


def test_a_news_pages_byline_is_still_dropped():
    page = COLUMN_HEAD.format(byline="By Ada Quellmark", stamp="Published 3 May 2026", note="").replace(
        "Opinion | Money", "News | Money"
    )
    assert "Quellmark" not in clean(page)
