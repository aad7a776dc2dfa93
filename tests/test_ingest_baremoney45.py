"""
Sums a page writes bare, in the currency it names elsewhere: once a page has written its money in a unit ("a fee of
80 brindles", "Total due: 61.40 brindles"), a figure a verb of payment governs ("I paid 41.60", "it costs me 19",
"he earned 31,000 a year", "charges you 1.20 every time"), a noun of payment is ("my insurance is 2,300", "its fixed
price is 29.00") or a label of payment heads ("Base fare: 18.40", "Quest bonus: 40.00", "Total claimed: 612,400") is
a sum in it. Counts a verb of payment governs, labels of a count and pages that name no currency stay as they are.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _units(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


# The page names its currency once, after the sums it leaves bare as often as before them
CURRENCY_LINE = "The ferry company says a return crossing costs 14.60 brindles for an adult."
PLACES = ["before", "after"]

BARE_SUMS = [
    ("On the way back I paid {n} for a seat on deck, a reader writes.", "41.60"),
    ("The same crossing normally costs me {n}, she said.", "19"),
    ("A deckhand told us he earned {n} a year before the cuts.", "31,000"),
    ("The harbour now charges you {n} every time you leave the quay.", "1.20"),
    ("My insurance is {n} a year now, the skipper said.", "2,300"),
    ("Its fixed price is {n} whatever the weather, the company says.", "29.00"),
    ("A new launch costs {n} new and the grant is only 4,000, he said.", "52,000"),
    ("A new launch costs 52,000 and the grant is {n}, he said.", "4,000"),
    ("Skippers who moor overnight get a penalty charge of {n}, the harbour said.", "80.00"),
    ("The board wants to put the mooring up to {n} a night, the skipper said.", "3.60"),
    ("We asked for {n} and got less, the skipper said.", "4.00"),
]


def _page(sentence: str, place: str) -> str:
    return f"{CURRENCY_LINE}\n\n{sentence}" if place == "before" else f"{sentence}\n\n{CURRENCY_LINE}"


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(("sentence", "figure"), BARE_SUMS)
def test_it_reads_a_bare_sum_a_word_of_payment_governs_in_the_page_currency(sentence, figure, place):
    found = _units(_page(sentence.format(n=figure), place))
    assert (Decimal(figure.replace(",", "")), "brindles") in found


# A receipt printed in a news page, its lines kept as the page's body
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
    "- Under its licence, the company must show the fare before a booking is confirmed.\n\n"
    'Ida Marsh, who lives on the island, said she booked online because the office was shut. "I would have '
    'queued for an hour," she said.\n\n'
    "The company said it would review its fares next year, and the harbour board agreed.\n"
)
LABELS = [
    ("Base fare: {n}", "18.40"),
    ("Booking fee: {n}", "1.50"),
    ("Harbour access charge: {n}", "3.50"),
    ("Quest bonus: {n}", "40.00"),
    ("Net payout: {n}", "917.65"),
    ("Survey fee paid: {n}", "92.00"),
    ("Gross fares: {n}", "1,146.20"),
    ("Total claimed: {n}", "612,400"),
]


@pytest.mark.parametrize(("label", "figure"), LABELS)
def test_it_reads_a_label_of_payment_as_a_sum_in_the_page_currency(label, figure):
    text = RECEIPT.format(line=label.format(n=figure))
    assert (Decimal(figure.replace(",", "")), "brindles") in _units(text)


NEGATIVES = [
    # a count a verb of payment governs, with its noun
    ("The company paid 12 deckhands less than the minimum, the union said.", Decimal(12), "deckhands"),
    # a label of a count, its figure whole
    ("Fares checked: 212", Decimal(212), "brindles"),
    ("Fines: 14", Decimal(14), "brindles"),
]


@pytest.mark.parametrize(("sentence", "value", "unit"), NEGATIVES[:1])
def test_it_keeps_a_count_a_verb_of_payment_governs(sentence, value, unit):
    assert (value, unit) in _units(_page(sentence, "before"))


@pytest.mark.parametrize(("sentence", "value", "unit"), NEGATIVES[1:])
def test_it_takes_no_plural_label_of_a_whole_figure_for_a_sum(sentence, value, unit):
    assert (value, unit) not in _units(RECEIPT.format(line=sentence))


def test_it_gives_no_currency_where_the_page_names_none():
    text = "On the way back I paid 41.60 for a seat on deck, a reader writes.\n\nBase fare: 18.40"
    assert not [unit for _, unit in _units(text) if unit]


NOT_SUMS = [
    ("The minimum rating for deckhands is {n}, the company says.", "4.60"),
    ("The first boat leaves at {n} on weekdays, the company says.", "6.30"),
    ("Its average score rose to {n} this year, the survey says.", "7.25"),
    ("The crossing took 1.5 hours and the swell was {n} metres, the skipper said.", "2.40"),
]


@pytest.mark.parametrize(("sentence", "figure"), NOT_SUMS)
def test_it_takes_no_rating_time_or_measure_to_the_hundredth_for_a_sum(sentence, figure):
    text = f"{CURRENCY_LINE}\n\n{sentence.format(n=figure)}"
    assert (Decimal(figure), "brindles") not in _units(text)
