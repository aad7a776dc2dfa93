"""Round 32: a body's own act or tally, told without a reporting verb, against its background in the reporter's
voice."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract


def _found(text: str) -> dict[str, Mention]:
    """The mentions by their figure's first words: "140 marks" for "140 marks from 120"."""
    return {" ".join(m.figure.split()[:2]): m for m in extract(clean_text(text))}


# A decision told in the progressive, whose verb drops its silent e: "is raising", "is increasing"
RAISING = """Tessel Rowing Club will hold its annual meeting on Friday.

The club is raising the annual subscription to 140 marks from 120 marks.
"""


def test_a_body_raising_a_figure_in_the_progressive_gives_it():
    found = _found(RAISING)
    rise = found["140 marks"]
    assert (rise.value, rise.unit, rise.speaker, rise.stance) == (
        Decimal("140"),
        "marks",
        "Tessel Rowing Club",
        "asserts",
    )


# A body's tally of a period past, in the simple past: what it received, sold, made or listed
TALLIES = """Applications to the Orvane Arts Fund rose this year.

The Orvane Arts Fund received 640 applications in the spring round.

The Brenmoor Ferry Company sold 1.2 million tickets last year.

The harbour board listed 14 sailings as cancelled on Monday.
"""


def test_a_bodys_tally_of_a_period_past_is_its_own():
    found = _found(TALLIES)
    assert (found["640 applications"].value, found["640 applications"].speaker) == (Decimal("640"), "Orvane Arts Fund")
    tickets = found["1.2 million"]
    assert (tickets.value, tickets.unit, tickets.speaker) == (Decimal("1200000"), "tickets", "Brenmoor Ferry Company")
    assert found["14 sailings"].speaker == "harbour board"


# The present of such a verb, and what the body "spent", stay in the reporter's voice; so does a figure in a clause
# qualifying the tally's object, and a person's record
BACKGROUND = """The Orvane Arts Fund received 640 applications that were sent by 85 towns.

The Brenmoor Ferry Company sells 3 million tickets a year.

The Varl Party spent 400,000 crowns on the campaign.

The coach, Edda Holm, made 41 appearances for the club.
"""


def test_background_present_spending_and_a_persons_record_have_no_speaker():
    found = _found(BACKGROUND)
    assert found["640 applications"].speaker == "Orvane Arts Fund"
    assert found["85 towns"].speaker is None
    assert found["3 million"].speaker is None
    assert found["400,000 crowns"].speaker is None
    assert found["41 appearances"].speaker is None
