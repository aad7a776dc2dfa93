"""
Revisions the engine missed (round 43). A bracket that gives a figure's earlier value by a cue or a time label is read
past a few words of the figure's own ("84 per cent of occasions (2026: 91 per cent)", "6.2 days ahead (last year: 4.9
days)", "18.50 marrels per item (was 12.00)"); a value set now and the one it changes to from a date ("100 marrels,
rising to 150 marrels from January") is one revision; and a correction's figure as printed ("was given as 212") and
"the correct figure is 221" after it are one revision. Guards: a place or a second count before the bracket, a group's
label inside it, a change along a forecast's path or in a condition, days of the week after "from", "up from" and
"from ... to" as they were, and a printed figure beside another measure or a later year stay what they were.
"""

from datetime import date
from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

PUBLISHED = date(2027, 10, 13)


def _figures(text: str) -> list[tuple[Decimal | None, str, Decimal | None]]:
    found = extract(clean_text(text), published=PUBLISHED)
    return [(m.value, m.unit, m.previous_value) for m in found if m.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The service aims to collect a stray dog within 2 hours. It met that standard on 84 per cent of occasions "
            "(2026: 91 per cent).",
            (Decimal(84), "percent", Decimal(91)),
        ),
        (
            "The council said fees rose to 18.50 marrels per item (was 12.00).",
            (Decimal("18.5"), "marrels", Decimal(12)),
        ),
        (
            "The platform said the average booking was made 6.2 days ahead (last year: 4.9 days).",
            (Decimal("6.2"), "days", Decimal("4.9")),
        ),
    ],
)
def test_it_reads_an_earlier_value_in_brackets_past_a_few_words_of_the_figure(text, expected):
    figures = _figures(text)
    assert expected in figures
    assert not any(value == expected[2] and previous is None for value, _, previous in figures)


@pytest.mark.parametrize(
    "text",
    [
        "The club said it had 40 members in London (2026: 30).",
        "The club said it had 40 members and staff (2026: 30).",
        "The survey found 40 per cent of men agreed (women: 35 per cent).",
    ],
)
def test_it_leaves_a_bracket_after_a_place_a_second_count_or_a_group(text):
    assert all(previous is None for _, _, previous in _figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fixed penalty is 100 marrels, rising to 150 marrels from January.",
            (Decimal(150), "marrels", Decimal(100)),
        ),
        (
            "Primp takes 5 per cent of each booking, rising to 6.5 per cent from 1 July, the company confirmed.",
            (Decimal("6.5"), "percent", Decimal(5)),
        ),
        (
            "The levy is 2 marrels a night, going up to 3 marrels a night from next year.",
            (Decimal(3), "marrels", Decimal(2)),
        ),
    ],
)
def test_it_reads_a_value_set_now_rising_to_another_from_a_date_as_one_revision(text, expected):
    figures = _figures(text)
    assert figures == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "We expect around 7,800 passengers a day in the first year, rising to 11,000 a day by the fifth year.",
        "The royalty is 7 per cent on gross sales, rising to 9 per cent in any year when prices rise.",
        "Fares are 2 marrels, rising to 4 marrels from Monday to Friday.",
        "Fares are 2 marrels for children, rising to 4 marrels from January for adults.",
    ],
)
def test_it_leaves_a_forecast_path_a_condition_days_of_the_week_and_two_groups_apart(text):
    figures = _figures(text)
    assert len(figures) == 2
    assert all(previous is None for _, _, previous in figures)


def test_it_still_reads_rising_to_a_value_from_the_one_it_replaced():
    figures = _figures("Volunteers aged 16 to 24 were the only group to grow, rising to 19 per cent from 15 per cent.")
    assert (Decimal(19), "percent", Decimal(15)) in figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of participants who withdrew from the trial was given as 212; the correct figure is 221.",
            (Decimal(221), "participants", Decimal(212)),
        ),
        (
            "In Figure 2, the number of trial sites was shown as 24; the correct number is 22.",
            (Decimal(22), "sites", Decimal(24)),
        ),
    ],
)
def test_it_reads_a_printed_figure_and_the_correct_one_as_one_revision(text, expected):
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The number of trial sites was shown as 24 in the report. The sites in the north had 22 nurses.",
        "The number of trial sites was 24; the correct approach is to count 22 of them.",
        "The trial recruited 212 participants; the correct figure for the placebo arm is 221 participants in 2031.",
    ],
)
def test_it_leaves_a_printed_figure_beside_another_measure_or_a_later_year(text):
    assert all(previous is None for _, _, previous in _figures(text))
