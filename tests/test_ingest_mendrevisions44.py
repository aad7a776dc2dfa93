"""
Mend of revisions44 (19f0af56): the review's findings (/work/notes/findings_revisions44.md), each stating the expected
output. H1/H2: a season with no year beside a figure is earlier only with the month rule's checks and when it lies
wholly before the page's month; M1: a planned, due or seasonal figure is no later value; M2: a clock time after "last
show" is no earlier value; M3: a key stands only over a list's rows, not over prose.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

JUNE = date(2027, 6, 15)
FEBRUARY = date(2027, 2, 10)
DECEMBER = date(2027, 12, 10)


def _auction_page(sentence: str) -> str:
    return (
        "Timber sales slow at Thorncastle\n\n"
        "The Thorncastle wood auction was held on Tuesday. "
        f"{sentence} The auctioneer, Ada Brent, said buyers were cautious.\n"
    )


def _previous_values(text: str, published: date) -> list[tuple[Decimal | None, Decimal | None]]:
    return [(m.value, m.previous_value) for m in extract(clean_text(text), published=published)]


# H1: "in the spring/summer/autumn/winter" with no year is read as gone by whatever the figure's own clause says:
# the guards the month branch has (OWN_TIME_NAMED, a figure foreseen) are missing for the season branch, so the
# branch's own guard sentences, with a season for the month, give a previous value
@pytest.mark.parametrize(
    "sentence",
    [
        "The board expects 11 registered bidders, against 17 in the spring.",
        "Sales came to 1.46 million talvers last year, against 2.3 million in the spring.",
        "The auction had 11 registered bidders in 2025, against 17 in the autumn.",
        "The auction will have 11 registered bidders next month, against 17 in the winter.",
    ],
)
def test_season_beside_a_clause_with_its_own_time_keeps_two_claims(sentence: str) -> None:
    got = _previous_values(_auction_page(sentence), JUNE)
    assert all(previous is None for _, previous in got), got


# H2: a season that is the page's own or still to come is no time gone by; a price or a service "against Y in the
# summer" on a June or February page is a seasonal contrast, not the value the figure replaced
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Tourism up in Varna county\n\nHotels in the county say bookings are holding up. Rooms at the Seaview "
            "cost 80 euros a night, against 140 euros in the summer, the owner said.\n",
            JUNE,
        ),
        (
            "Ferry timetable cut\n\nThe island ferry now runs four sailings a day, against eight in the summer, the "
            "operator said on Tuesday.\n",
            JUNE,
        ),
        (
            "Farm work\n\nFarms need 20 pickers a day, against 60 in the summer, the growers' association said.\n",
            FEBRUARY,
        ),
        (
            "Lambing\n\nThe farm will need 20 workers, against 12 in the spring, the farmer said.\n",
            FEBRUARY,
        ),
    ],
)
def test_current_or_coming_season_is_no_previous_value(text: str, published: date) -> None:
    got = _previous_values(text, published)
    assert all(previous is None for _, previous in got), got


# M1: "X, against Y in April" on a June page: a figure planned, aimed at or due, or one in a named season of its own,
# is not the one that replaced April's (OWN_TIME_NAMED knows "will", "expects", but not "plan", "aims", "due",
# "target", "low season")
@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("The organisers plan to sell 40,000 tickets, against 31,000 in March, the festival director said.", JUNE),
        ("The hospital is due to have 400 beds, against 350 in April, the trust said.", JUNE),
        ("The trust aims to treat 400 patients a week, against 350 in April, its chief executive said.", JUNE),
        ("The council has set a target of 400 homes, against 350 in April, the planning chief said.", JUNE),
        (
            "A return flight to Split costs 90 euros in the low season, against 300 euros in August, the airline said.",
            DECEMBER,
        ),
    ],
)
def test_month_against_a_plan_or_own_season_is_no_previous_value(sentence: str, published: date) -> None:
    got = _previous_values(f"Plans\n\n{sentence}\n", published)
    assert all(previous is None for _, previous in got), got


# M2: "last" in a bracket before an event noun can mean the final one of the day: "(last show 21.30)" is a time,
# not the figure of the show before
def test_last_show_time_is_no_previous_value() -> None:
    text = "Cinema\n\nThe cinema will screen the film four times a day at 12.50 (last show 21.30), the manager said.\n"
    got = _previous_values(text, JUNE)
    assert all(previous != Decimal("21.30") for _, previous in got), got


# M3: a key line is kept when the next body line is any line with "N (M ...)", a paragraph of prose included, when
# the list's rows were all dropped: the key leaks into the article, and a bare bracket in the prose is read as keyed
KEY = "Charges from 1 May 2027 (last year's fee in brackets)"


def _key_page(after: str) -> str:
    return (
        "Harbour charges rise again\n\n"
        "The Pellmouth Harbour Board has set its charges for the year, and most go up by about 7 per cent.\n\n"
        f"{KEY}\nHarbour office opening times\nMonday to Friday 9.00 to 17.00\n\n"
        f"{after}\n\n"
        "Boat owners at the harbour said they had not been asked about the rise before it was set.\n"
    )


def test_key_over_no_kept_row_is_dropped() -> None:
    cleaned = clean_text(_key_page("The harbour office has 14 staff (9 of them full-time), the board said."))
    assert KEY not in cleaned, cleaned


def test_prose_under_a_stray_key_keeps_its_bracket() -> None:
    got = _previous_values(_key_page("The harbour now has 60 moorings (52), the board said."), JUNE)
    assert (Decimal(60), None) in got, got
