"""
Earlier values the engine missed (round 42). A subject that counts its own figure and is then revised in the passive
("the programme of 38 races will be cut to 30", "a team of about 45 testers would be cut to fewer than 10") gives
that figure as the previous value of the level it is set to, as "cut to 30 from 38" did. Guards: a revision to
something that is no figure of the same unit ("cut to save 10 million", "cut to 30 minutes each"), and a figure of
the subject set apart from the verb by other words, stay what they were.
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
    ("text", "expected"),
    [
        (
            "The federation said the programme of 38 races will be cut to 30.",
            (Decimal(30), "races", Decimal(38)),
        ),
        (
            "The studio said the quality assurance team of about 45 testers would be cut to fewer than 10.",
            (Decimal(10), "testers", Decimal(45)),
        ),
        ("The trust said its 120 beds were reduced to 96.", (Decimal(96), "beds", Decimal(120))),
        ("The school said its 30 places had been raised to 36.", (Decimal(36), "places", Decimal(30))),
    ],
)
def test_it_reads_the_subjects_figure_as_the_value_a_passive_revision_replaced(text, expected):
    found = _figures(text)
    assert expected in found
    assert not any(value == expected[2] and previous is None for value, _, previous in found)


@pytest.mark.parametrize(
    "text",
    [
        # the revision is to no figure of the subject's unit, or the subject's figure stands apart from the verb
        "The studio said 45 jobs would be cut to save 10 million krells.",
        "The studio said 45 testers, and the managers over them, would be cut to 10.",
        "The federation said 38 races and the prize money will be cut to 30.",
    ],
)
def test_it_keeps_a_figure_apart_from_a_revision_that_does_not_replace_it(text):
    found = _figures(text)
    assert found
    assert all(previous is None for _, _, previous in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity took in 1,412 animals (2025-26: 1,187).", (Decimal(1412), "animals", Decimal(1187))),
        ("The average stay was 34 days (2026-27: 27 days).", (Decimal(34), "days", Decimal(27))),
        ("The college enrolled 2,310 students (2026/27: 2,150).", (Decimal(2310), "students", Decimal(2150))),
    ],
)
def test_it_reads_a_bracket_labelled_by_an_earlier_year_across_two_as_the_previous_value(text, expected):
    found = _figures(text)
    assert expected in found
    assert not any(value == expected[2] and previous is None for value, _, previous in found)


@pytest.mark.parametrize(
    "text",
    [
        # a year across two that ends in the page's own year or later, or a forecast for one, is no earlier time
        "The charity took in 1,412 animals (2027-28: 1,187).",
        "The charity took in 1,412 animals (2028-29 forecast: 1,500).",
    ],
)
def test_it_keeps_a_bracket_of_a_year_across_two_not_yet_over_apart(text):
    found = _figures(text)
    assert found
    assert all(previous is None for _, _, previous in found)
