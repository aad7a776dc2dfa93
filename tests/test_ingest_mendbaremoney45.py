"""
Figures a page with a currency writes to the hundredth, or bare after a word of payment, that are no sums: the
reviewer's cases of baremoney45 (ce465fbf over 349069d6).

Each page names one currency (a pound sign, or "brindles" on a printed receipt), then writes a bare figure that is no
sum: a clock time, a race time or a mark, a bare rate or yield, a receipt line's distance or time, a count after
"charged"/"earned", a crowd estimate, a measure carried from the figure before. One page takes its "currency" from a
count ("earned 31 caps") and prices its bare sums in caps. Every test fails at ce465fbf; each passes at 349069d6.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

CURRENCIES = {"pounds", "brindles", "dollars", "caps"}


def _found(text: str) -> list[tuple[Decimal | None, str, str]]:
    return [(m.value, m.unit, m.figure) for m in extract(clean_text(text))]


def _page(sentence: str) -> str:
    return f"Headline here\n\nTickets cost £20 at the door.\n\n{sentence}\n"


def _money(text: str, value: str) -> list[tuple[Decimal | None, str, str]]:
    return [f for f in _found(text) if f[0] == Decimal(value) and f[1] in CURRENCIES]


# HIGH: a clock time written with a dot, on a page that prices its tickets
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Kick-off is 7.45 on Friday.", "7.45"),
        ("High tide on Sunday is 6.14.", "6.14"),
        ("The next ferry leaves 15.40, the operator said.", "15.40"),
        ("The last bus leaves around 10.50.", "10.50"),
    ],
)
def test_high_clock_time_is_no_sum(sentence, value):
    assert not _money(_page(sentence), value)


# HIGH: a race time or a field mark written to the hundredth
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("She ran the 400 metres in 52.80 to win the county title.", "52.80"),
        ("He cleared 2.35 to take the gold.", "2.35"),
        ("Her personal best is 11.02.", "11.02"),
    ],
)
def test_high_race_time_or_mark_is_no_sum(sentence, value):
    assert not _money(_page(sentence), value)


# HIGH: a rate or a yield written bare on a money page
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The 10-year yield rose to 4.52 on Tuesday.", "4.52"),
        ("The mortgage rate climbed to 5.25, its highest since 2008.", "5.25"),
        ("Shares closed up 2.45 on the day.", "2.45"),
    ],
)
def test_high_bare_rate_or_yield_is_no_sum(sentence, value):
    assert not _money(_page(sentence), value)


# HIGH: "earned 31 caps" is a count, not the page's currency
def test_high_caps_are_no_currency():
    text = (
        "Ferris retires\n\nDan Ferris, who earned 31 caps, retired on Friday. He won 12 medals.\n\n"
        "His testimonial raised 40,000, and his first contract paid 120 a week, he said. "
        "The club's fee for him was 3,000.\n"
    )
    units = {(f[0], f[1]) for f in _found(text)}
    assert (Decimal(120), "caps") not in units
    assert (Decimal(3000), "caps") not in units


RECEIPT = (
    "OSTER HERALD | News | Travel | Business\n\nTravel | Your money\n\n"
    "What a ferry receipt shows about the new fares\n"
    "A reader sent us her ferry receipt, and we print it as she received it.\n\n"
    "By Ada Venn\nMonday 7 December 2026, 08:00\n\n"
    "Your crossing with Oster Ferries\nMonday 30 November 2026, 18:10\n\n"
    "Distance: 14.2 km\nCrossing time: 48 min\n\n"
    "{line}\nTotal charged: 61.40 brindles\nPaid by card\n\n"
    "OUR NOTES\n\n"
    "- The receipt shows a winter fare, which the harbour board approved in October.\n\n"
    "Ida Marsh, who lives on the island, said she booked online because the office was shut.\n\n"
    "The company said it would review its fares next year, and the harbour board agreed.\n"
)


# HIGH: a receipt's lines of distance, time, multiplier or rate written to the hundredth
@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Distance: 14.25", "14.25"),
        ("Drop-off: 18.58", "18.58"),
        ("Duration: 22.30", "22.30"),
        ("Surge multiplier: 1.50", "1.50"),
        ("Interest rate: 4.25", "4.25"),
    ],
)
def test_high_receipt_line_of_a_measure_is_no_sum(line, value):
    assert not _money(RECEIPT.format(line=line), value)


# MEDIUM: people charged by the police, written in digits
def test_medium_people_charged_are_no_sum():
    assert not _money(_page("Police have charged 2 in connection with the attack."), "2")


# MEDIUM: a goal got back (the base's own guard, defeated by the page currency)
def test_medium_goal_got_back_is_no_sum():
    assert not _money(_page("Rovers got 2 back before the break and won 3-1."), "2")


# MEDIUM: a label whose head is a payment noun as often as not: a crowd estimate, a match's turnovers, a battery
@pytest.mark.parametrize(
    ("line", "value"),
    [("Crowd estimate: 40,000", "40000"), ("Turnover: 11", "11"), ("Battery charge: 80", "80")],
)
def test_medium_label_of_a_count_or_measure_is_no_sum(line, value):
    assert not _money(RECEIPT.format(line=line), value)


# MEDIUM: a measure carried from the figure before loses its unit to the page currency
def test_medium_carried_measure_keeps_its_unit():
    text = _page("Mix 2.35 of water with the syrup. The jug holds 1.75 and the glass 0.33.")
    assert not _money(text, "0.33")


# MEDIUM: a weight or a distance written to the hundredth in prose
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("His bag weighed 3.50 at check-in, so he paid extra.", "3.50"),
        ("The trip covered 14.25 on the meter, the driver said.", "14.25"),
    ],
)
def test_medium_weight_or_distance_is_no_sum(sentence, value):
    assert not _money(_page(sentence), value)
