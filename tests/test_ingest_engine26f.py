"""
A body's own act with its own figure is that body speaking (tests/ingest_labelling.md, "A body's own act with its own
figure"): what it has launched since, what it aims to do, and the acts of a body the page names only by what it does
("The trust that runs the museum"), whose opening is no background of the body; and a table a body publishes, which
speaks for it as its report would (tests/ingest_labelling.md, "Carrying on a report").
"""

from decimal import Decimal

import pytest

from tests.ingest_helpers import mentions


def _claim(text: str, value: str) -> tuple[Decimal | None, str, str | None]:
    found = next(m for m in mentions(text) if m.value == Decimal(value))
    return found.value, found.unit, found.speaker


@pytest.mark.parametrize(
    ("text", "value", "unit", "speaker"),
    [
        (
            "The Brannock Water Authority fined the supplier 12,000 florins in May. The authority has since launched "
            "inspections at 65 pumping stations across the valley.",
            "65",
            "pumping stations",
            "The Brannock Water Authority",
        ),
        (
            "The Halver Coast Ferry Company runs three boats. The company aims to carry 40,000 passengers a year by "
            "2028.",
            "40000",
            "passengers",
            "The Halver Coast Ferry Company",
        ),
        (
            "The foundation that manages the castle gardens has launched an appeal to raise 90,000 florins for a new "
            "glasshouse.",
            "90000",
            "florins",
            "foundation",
        ),
    ],
)
def test_a_bodys_own_act_is_the_body_speaking(text, value, unit, speaker):
    assert _claim(text, value) == (Decimal(value), unit, speaker)


@pytest.mark.parametrize(
    ("text", "value", "unit", "speaker"),
    [
        (
            "Every year the health department publishes its table of clinic waits. At the Orrin Road clinic 23 per "
            "cent of patients waited more than a month, the table shows.",
            "23",
            "percent",
            "health department",
        ),
        (
            "The Varden Rail Authority publishes a punctuality table every month. In March 88 per cent of trains ran "
            "on time, the table shows.",
            "88",
            "percent",
            "Varden Rail Authority",
        ),
    ],
)
def test_a_table_a_body_publishes_speaks_for_it(text, value, unit, speaker):
    """A table a body publishes is its document, as a report is: "the table shows" is the body speaking."""
    assert _claim(text, value) == (Decimal(value), unit, speaker)


@pytest.mark.parametrize(
    ("text", "value", "unit", "speaker"),
    [
        (
            "The ferry company said 412 passengers were stranded overnight. Among them were 40 children.",
            "40",
            "children",
            "ferry company",
        ),
        (
            "The two sides swapped 212 prisoners on Sunday, the mediators said in a statement. Among those freed were "
            "31 wounded fighters and 6 journalists.",
            "6",
            "journalists",
            "mediators",
        ),
    ],
)
def test_a_part_of_what_the_sentence_before_counted_is_its_counters(text, value, unit, speaker):
    """
    "Among those" takes up what the sentence before counted as "Of those" does, and every figure of the sentence that
    counts a part of it is counted by whoever gave that count, not its first alone.
    """
    assert _claim(text, value) == (Decimal(value), unit, speaker)


@pytest.mark.parametrize(
    ("text", "value", "unit", "speaker"),
    [
        (
            "Patients waited an average of 19 weeks, the trust said, against a limit of 12 weeks set by the health "
            "department.",
            "12",
            "weeks",
            "health department",
        ),
        (
            "Parking stays at 1.80 crowns an hour, the maximum set by the Orvale Transport Board, and permits are "
            "unchanged.",
            "1.80",
            "crowns",
            "Orvale Transport Board",
        ),
    ],
)
def test_a_figure_a_body_set_is_the_bodys(text, value, unit, speaker):
    """A limit, target or price "set by" a body named right after it is the body's, whoever else the sentence quotes."""
    assert _claim(text, value) == (Decimal(value), unit, speaker)
