"""Quantity reading of the extraction engine (issue 19, nineteenth round): general fixes seen in two sets or more."""

from decimal import Decimal

import pytest

from tests.ingest_helpers import revisions


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
