"""
How soon a thing is done, "within" a span, told as what happens now, as an order or as what can be done, is a claim:
a usual or measured time, a limit or an estimate (tests/ingest_labelling.md, session 25: "Spans of time: claim or
duration"). Told in the past it is how long one past event took, background, and a span that opens its sentence, that
is the window of a share the clause counts, a need or one person's own habit stays no claim.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _values(text: str) -> set[Decimal]:
    return {m.value for m in extract(clean_text(text)) if m.value is not None}


# The span in its spellings: a figure, a word, a hedge
_SPANS = [
    ("36 hours", Decimal(36)),
    ("19 days", Decimal(19)),
    ("about 11 weeks", Decimal(11)),
    ("seven months", Decimal(7)),
    ("four years", Decimal(4)),
]
# Clauses told now, an order or what can be done, each with a near-miss told in the past on the same action
_NOW = [
    "The Tarvel licensing office returns a renewed permit within {span}",
    "Brisk Mills now settles its hauliers' invoices within {span}",
    "Most pothole reports in Quennick are still repaired within {span}",
    "Lodge your objection with the Halvering planning desk within {span}",
    "Full coverage of the Dremmel valley is achievable within {span}",
    "Samples from the Ostrik wells come back from the laboratory within {span}",
]
# ... and what follows the span: nothing, the event it runs from, a reporting clause
_TAILS = ["", " of the request", ", the agency says"]


@pytest.mark.parametrize("frame", _NOW)
@pytest.mark.parametrize(("span", "value"), _SPANS)
@pytest.mark.parametrize("tail", _TAILS)
def test_how_soon_a_thing_is_done_now_is_a_claim(frame: str, span: str, value: Decimal, tail: str) -> None:
    assert value in _values(frame.format(span=span) + tail + ".")


_PAST = [
    "The Tarvel licensing office returned my renewed permit within {span}",
    "The faulty notice on the Quennick site was corrected within {span}",
    "Tickets for the Halvering final sold out within {span}",
    "The Ostrik well had been pumped dry within {span}",
]


@pytest.mark.parametrize("frame", _PAST)
@pytest.mark.parametrize(("span", "value"), _SPANS)
def test_how_soon_one_past_event_came_stays_a_duration(frame: str, span: str, value: Decimal) -> None:
    assert value not in _values(frame.format(span=span) + ".")


@pytest.mark.parametrize(("span", "value"), _SPANS)
def test_a_span_that_opens_its_sentence_dates_what_follows(span: str, value: Decimal) -> None:
    text = f"Within {span}, the Dremmel ferry company had sold its last boat."
    assert value not in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "A quarter of new wardens at Skarnby leave within {span}.",
        "Nine in ten calls to the Vessel Point station are answered within {span}.",
        "Lambs at the Orlow farm roughly double their weight within {span}.",
    ],
)
@pytest.mark.parametrize(("span", "value"), _SPANS)
def test_the_window_of_a_share_or_a_change_is_no_claim_of_its_own(text: str, span: str, value: Decimal) -> None:
    assert value not in _values(text.format(span=span))


@pytest.mark.parametrize(
    "text",
    [
        "We need a new tenant for the Brisk Mills yard within {span}.",
        "Everyone on the Tarvel crew lives within {span} of the yard.",
        "Complaints about the same Quennick flat within {span} were counted once.",
        "I see it in the Halvering school register within {span}.",
    ],
)
@pytest.mark.parametrize(("span", "value"), _SPANS)
def test_a_need_a_place_a_window_or_one_persons_habit_is_no_claim(text: str, span: str, value: Decimal) -> None:
    assert value not in _values(text.format(span=span))


# The time a stock, a fund or a supply lasts is an estimate of time left, a claim (session 25): told by what the span
# measures or by the stock's own verb of level or of lasting
_STOCK_SPANS = [("nine days", Decimal(9)), ("about 13 weeks", Decimal(13)), ("23 days", Decimal(23))]
_STOCK_FRAMES = [
    "Grain stocks at the Velden silos stand at {span}' supply",
    "Vaccine supplies in the Orrin region have fallen to {span}",
    "Our stocks of road grit are down to {span}",
    "Its stockpiles would last {span}",
    "The Harlow clinic has fuel for {span}",
    "The Kessary mill held {span} of flour stocks",
    "The Marrick fund's reserves cover {span} of running costs",
    "The grant is equal to {span} of spending",
]


@pytest.mark.parametrize("frame", _STOCK_FRAMES)
@pytest.mark.parametrize(("span", "value"), _STOCK_SPANS)
@pytest.mark.parametrize("tail", ["", ", the board said"])
def test_the_time_a_stock_or_a_fund_lasts_is_a_claim(frame: str, span: str, value: Decimal, tail: str) -> None:
    assert value in _values(frame.format(span=span) + tail + ".")


@pytest.mark.parametrize(
    "frame",
    [
        "The Velden family had been buying bottled water for {span}",
        "The Marrick budget includes {span} of running costs",
        "Grain was stored at the Velden silos for {span}",
    ],
)
@pytest.mark.parametrize(("span", "value"), _STOCK_SPANS)
def test_a_familys_doing_or_a_budgets_term_stays_a_duration(frame: str, span: str, value: Decimal) -> None:
    assert value not in _values(frame.format(span=span) + ".")
