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


# Review of spans36 (findings_spans36): spans the head read as claims that the rules call durations or no claim
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past event told with a short or irregular past verb: how long one past event took (findings 1, 2)
        ("A patient at the Orlow infirmary died within 48 hours of admission.", Decimal(48)),
        ("The two men fled within five minutes, police in Skarnby said.", Decimal(5)),
        ("Boy dies within hours of Velden discharge\nA boy died within 36 hours of being sent home.", Decimal(36)),
        ("The Dremmel ferry sank within 20 minutes of striking the rocks.", Decimal(20)),
        ("The fire spread through the Quennick block within ten minutes, residents said.", Decimal(10)),
        ("Flood water swept through the lower Tarvel village within three hours.", Decimal(3)),
        ("The story broke within 48 hours of the Halvering meeting.", Decimal(48)),
        # a span after a bare conjunction opens its clause and dates what follows (finding 3)
        ("The fire started at the Brisk Mills yard, and within two hours the roof had collapsed.", Decimal(2)),
        ("The Ostrik bakery opened in March. But within three weeks the owners had closed it.", Decimal(3)),
        # going without food or water is an outage or an ordeal, not a stock's time left (finding 4)
        ("The village of Marrick has had no water for six days after the main burst.", Decimal(6)),
        ("The hostages were held without food for two days, the Kessary police said.", Decimal(2)),
        ("We had no food for three days, said Ana Velt.", Decimal(3)),
        # a place in time (finding 5)
        ("The Harlow Lodge hotel is within five minutes of the beach.", Decimal(5)),
        ("The new homes at Orrin Fields are within 20 minutes of the city centre by bus.", Decimal(20)),
        # a recipe's step (finding 6)
        ("Cover the rice with water for 30 minutes, then drain.", Decimal(30)),
        ("Leave the lentils with water for two hours before cooking.", Decimal(2)),
        ("Soak the beans in cold water and cook within 12 hours.", Decimal(12)),
        # a shop's offer left in the cleaned text (finding 7)
        ("Free returns within 30 days. Order within 2 hours for next-day delivery.\nVelden votes.", Decimal(30)),
        ("Free returns within 30 days. Order within 2 hours for next-day delivery.\nVelden votes.", Decimal(2)),
        # a budget's term (finding 8)
        ("The grant covers three years of running costs for the Velden centre.", Decimal(3)),
        ("The annual fee covers twelve months of costs, the club says.", Decimal(12)),
        # stocks as shares: a holding or a market move (finding 9)
        ("I have held Tarvel stocks for 20 years and never sold a share, said Ian Brisk.", Decimal(20)),
        ("The company's stock fell for three days after the Quennick profit warning.", Decimal(3)),
        # a span that picks out who, with a modal after it (finding 10)
        ("Workers within five years of retirement can take the Dremmel offer.", Decimal(5)),
        ("Anyone who feels unwell within 48 hours of eating at the Orlow cafe should call a doctor.", Decimal(48)),
        # one person's wages, a single feed (finding 12)
        ("That is two months of my wages, said Tess Orlow, a cleaner.", Decimal(2)),
        ("The baby has a feed for 20 minutes, the midwife said.", Decimal(20)),
    ],
)
def test_review_spans_that_stay_no_claim(text: str, value: Decimal) -> None:
    assert value not in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a pledge is a limit; a name or an adjective in -ed is no past; "the next" is a hedge (finding 11)
        ("The Skarnby council pledged to answer every complaint within 10 days.", Decimal(10)),
        ("United Waterways fixes leaks within 24 hours.", Decimal(24)),
        ("Unused tickets can be refunded within 14 days.", Decimal(14)),
        ("Applicants who succeed are told within 10 days.", Decimal(10)),
        ("The Kelby plant will restart within the next 48 hours, the operator says.", Decimal(48)),
    ],
)
def test_review_limits_in_common_variants_are_claims(text: str, value: Decimal) -> None:
    assert value in _values(text)
