"""
Review of revisions42 (HIGH findings). SUBJECT_REVISED_TO_GAP folds "N Xs <aux> cut/raised to M" whenever the only
words between the figures are the passive revision; but when the figure sits in a prepositional phrase of the real
subject ("salaries for its 4,000 nurses", "opening hours at its 12 libraries", "the speed limit on 12 roads") what
is revised is the head noun, not the count: the count is a claim of its own and is no previous value of M.
"""

from datetime import date
from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

PUBLISHED = date(2028, 10, 20)


def _figures(text: str) -> list[tuple[Decimal | None, str, Decimal | None]]:
    found = extract(clean_text(text), published=PUBLISHED)
    return [(m.value, m.unit, m.previous_value) for m in found if m.value is not None]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The health board said salaries for its 4,000 nurses will be raised to 31,000 from April.", Decimal(4000)),
        ("The council said opening hours at its 12 libraries will be cut to 30 a week from January.", Decimal(12)),
        ("Councillor James Hart said staff at the 40 branches were cut to 12 last year.", Decimal(40)),
        ("The university said fees for its 300 courses were raised to 9,250 this year.", Decimal(300)),
        ("The speed limit on 12 roads will be cut to 20, the council said.", Decimal(12)),
        ("The operator said crossings on its 6 routes were cut to 4 a day over the winter.", Decimal(6)),
    ],
)
def test_it_keeps_a_count_inside_the_subject_apart_from_what_the_subject_is_revised_to(text, kept):
    found = _figures(text)
    assert any(value == kept and previous is None for value, _, previous in found)
    assert all(previous != kept for _, _, previous in found)


def test_a_sentences_own_year_across_two_is_read_by_the_year_it_ends():
    # findings_revisions42 M1: "In 2026-27" sets the sentence in 2027, so a "(2025-26: ...)" bracket is earlier
    found = _figures("In 2026-27 the academy enrolled 2,310 students (2025-26: 2,150), head teacher Ruth Kaye said.")
    assert (Decimal(2310), "students", Decimal(2150)) in found
    assert all(value != Decimal(2150) for value, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Membership stood at 2,300 (1990-95: 1,800), the club secretary said.",
        "Membership stood at 2,300 (2025-06: 1,800), the club secretary said.",
    ],
)
def test_a_bracket_labelled_by_a_span_of_years_holds_no_previous_value(text):
    # findings_revisions42 M2: only a year across two (start + 1) is one year's figure; "1990-95" is a span
    found = _figures(text)
    assert all(previous is None for _, _, previous in found)
    assert {value for value, _, _ in found} >= {Decimal(2300), Decimal(1800)}


def test_a_financial_year_bracket_still_folds():
    found = _figures("Membership stood at 2,300 (2025-26: 1,800), the club secretary said.")
    assert any(value == Decimal(2300) and previous == Decimal(1800) for value, _, previous in found)


@pytest.mark.parametrize(
    "text",
    [
        "The federation said the programme of 38 races will be cut to 30.",
        "The council said a budget of 4 million pounds will be cut to 3 million pounds.",
        "The trust said its 120 beds were reduced to 96.",
    ],
)
def test_a_subject_that_is_the_count_still_folds(text):
    found = _figures(text)
    assert any(previous is not None for _, _, previous in found)


def test_an_attribute_of_the_counted_things_before_of_is_no_subject_of_the_count():
    found = _figures("The university said the fees of 300 courses were raised to 9,250 this year.")
    assert any(value == Decimal(300) and previous is None for value, _, previous in found)
    assert all(previous != Decimal(300) for _, _, previous in found)
