"""
Round 44 (revisions): two forms of an earlier value in time that the reader left as claims of their own (tests/
ingest_labelling.md, "An earlier value in time"):

- a price list or a table of charges whose key says its brackets hold the earlier figures ("Fees from 1 May (last
  year's fee in brackets)", "(previous charge in brackets)", "(old price in brackets)"): the cleaner dropped the key
  line as a heading, and a key of fees or charges was not read as one, so each row's bracketed figure stood alone;
- a figure set against one "in the spring" or "in April" with no year, where the figure's own clause names no time:
  the season is one gone by, and the month one before the page's own within half a year.

A matrix of made-up pages, with guards that must not change: a key of a forecast, a list with no key, a month after
the page's, a clause that names its own time.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

PUBLISHED = date(2027, 6, 15)

# Key lines of a list whose brackets hold last period's figures
KEYS = [
    "Charges from 1 May 2027 (last year's fee in brackets)",
    "Other charges from 1 April (previous charge in brackets)",
    "NEW PRICES FROM 1 JUNE 2027 (old price in brackets)",
    "Fees for the coming season (last year's fees in brackets)",
    "Rents from 1 April (last year's rents in brackets)",
]
# Rows: label, the figure now, the figure before
ROWS = [
    ("Annual permit, one boat", "310.00", "288.50"),
    ("Mooring, per night", "24.40", "22.80"),
    ("Slipway launch, residents", "12.60", "11.90"),
]
CURRENCY = "talvers"


def _list_page(key: str, rows: list[tuple[str, str, str]]) -> str:
    lines = "\n".join(f"{label}: {now} {CURRENCY} ({then})" for label, now, then in rows)
    return (
        "Harbour charges rise again\n\n"
        "The Pellmouth Harbour Board has set its charges for the year, and most go up by about 7 per cent.\n\n"
        f"{key}\n{lines}\n\n"
        "The board said the money would pay for dredging the inner basin, which silted up last winter.\n\n"
        "Boat owners at the harbour said they had not been asked about the rise before it was set.\n"
    )


def _row_mentions(text: str, rows: list[tuple[str, str, str]]) -> dict[str, list]:
    found = extract(clean_text(text), published=PUBLISHED)
    return {label: [m for m in found if m.quote.startswith(label)] for label, _, _ in rows}


@pytest.mark.parametrize("key", KEYS)
def test_keyed_rows_take_the_bracket_as_previous_value(key: str) -> None:
    misread = []
    for label, mentions in _row_mentions(_list_page(key, ROWS), ROWS).items():
        now, then = next((n, t) for lab, n, t in ROWS if lab == label)
        got = [(m.value, m.previous_value) for m in mentions]
        if got != [(Decimal(now), Decimal(then))]:
            misread.append((label, got))
    assert not misread, misread


@pytest.mark.parametrize(
    "key",
    [
        "Charges from 1 May 2027 (target in brackets)",  # a key of what is to come holds no earlier figure
        "Charges from 1 May 2027 (VAT in brackets)",  # a key of a part
        "Charges from 1 May 2027",  # no key at all
    ],
)
def test_unkeyed_rows_keep_no_previous_value(key: str) -> None:
    for label, mentions in _row_mentions(_list_page(key, ROWS), ROWS).items():
        assert all(m.previous_value is None for m in mentions), (label, mentions)


def _page(sentence: str) -> str:
    return (
        "Timber sales slow at Thorncastle\n\n"
        "The Thorncastle wood auction was held on Tuesday. "
        f"{sentence} The auctioneer, Ada Brent, said buyers were cautious.\n"
    )


def _figures(sentence: str) -> list[tuple[Decimal | None, Decimal | None]]:
    found = extract(clean_text(_page(sentence)), published=PUBLISHED)
    return [(m.value, m.previous_value) for m in found if m.quote in sentence or sentence.startswith(m.quote)]


SUBJECTS = [
    ("Sales came to 1.46 million talvers, against {} in {}.", "1460000", "2.3 million", "2300000"),
    ("The auction had 11 registered bidders, against {} in {}.", "11", "17", "17"),
    ("We now have 47 regular buyers, against {} in {}.", "47", "39", "39"),
    ("The average lot fetched 2,140 talvers, against {} in {}.", "2140", "1,980", "1980"),
]
# Times gone by before a June page: a season with no year, a month within half a year before it
EARLIER = ["the spring", "the winter", "April", "March", "January"]
# Months after the page's: not gone by, or gone by more than half a year ago
LATER = ["September", "August", "July"]


@pytest.mark.parametrize("when", EARLIER)
def test_earlier_time_with_no_year_is_previous_value(when: str) -> None:
    misread = []
    for template, now, then_text, then in SUBJECTS:
        sentence = template.format(then_text, when)
        got = _figures(sentence)
        if got != [(Decimal(now), Decimal(then))]:
            misread.append((sentence, got))
    assert not misread, misread


@pytest.mark.parametrize("when", LATER)
def test_later_or_other_time_is_no_previous_value(when: str) -> None:
    for template, _, then_text, _ in SUBJECTS:
        sentence = template.format(then_text, when)
        got = _figures(sentence)
        assert all(previous is None for _, previous in got), (sentence, got)


@pytest.mark.parametrize(
    "sentence",
    [
        # the clause names its own time: two times side by side, two claims
        "Sales came to 1.46 million talvers last year, against 2.3 million in April.",
        "The auction had 11 registered bidders in 2025, against 17 in April.",
        # a figure to come is not set against a month gone by as the one that replaced it
        "The board expects 11 registered bidders, against 17 in April.",
    ],
)
def test_clause_with_its_own_time_keeps_two_claims(sentence: str) -> None:
    got = _figures(sentence)
    assert all(previous is None for _, previous in got), got


# A bracket that says its figure is the earlier one: by the event whose figure it was ("last count", "last survey",
# "previous inspection"), or by the verb that set the figure right ("amended from", "corrected from")
BRACKETS = [
    "(last count {})",
    "(last inspection {})",
    "(previous audit {})",
    "(amended from {})",
    "(corrected from {})",  # (read so before this round: a guard)
]
BRACKET_ROWS = [
    ("The estate counted {} red deer {}, its manager said.", "412", "388"),
    ("The estate will fell {} hectares {}, the notice says.", "64", "38"),
    ("Inspectors found {} faults {} in the flats, the report says.", "14", "9"),
]


@pytest.mark.parametrize("bracket", BRACKETS)
def test_bracket_cue_gives_previous_value(bracket: str) -> None:
    misread = []
    for template, now, then in BRACKET_ROWS:
        sentence = template.format(now, bracket.format(then))
        got = _figures(sentence)
        if got != [(Decimal(now), Decimal(then))]:
            misread.append((sentence, got))
    assert not misread, misread


@pytest.mark.parametrize(
    "bracket",
    [
        "(next count {})",  # a count to come
        "(target {})",  # a target, no earlier value
        "(of which {} in the north)",  # a part
    ],
)
def test_bracket_without_earlier_cue_keeps_no_previous_value(bracket: str) -> None:
    for template, now, then in BRACKET_ROWS:
        sentence = template.format(now, bracket.format(then))
        got = _figures(sentence)
        assert all(previous is None for _, previous in got), (sentence, got)
