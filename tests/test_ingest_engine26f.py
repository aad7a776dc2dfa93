"""
A body's own act with its own figure is that body speaking (tests/ingest_labelling.md, "A body's own act with its own
figure"): what it has launched since, what it aims to do, and the acts of a body the page names only by what it does
("The trust that runs the museum"), whose opening is no background of the body.
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
