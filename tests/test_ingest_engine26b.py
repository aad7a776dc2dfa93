"""
Figures of the page's own writer, of courts, and of what the outlet's reporters counted or saw
(tests/ingest_labelling.md, "Live blog", "Court report", "An opinion column's own figures are its writer's"): each
asserted with its value, unit and speaker.
"""

from decimal import Decimal

import pytest

from tests.ingest_helpers import mentions


def _claims(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the clause opens on where the reporter stood
            "Outside the Senate, our health editor Ida Brekke counted 35 nurses from the city hospital.",
            [(Decimal(35), "nurses", "Ida Brekke")],
        ),
        (
            # the reporter named with where they stand
            "The Gazette's Piet Omberg in Lasker counted 14 fire engines lined up along the quay.",
            [(Decimal(14), "engines", "Piet Omberg")],
        ),
        (
            # a second figure in the participle that goes on from the first's noun
            "At the district clinic on Monday, the Gazette's Roza Tamm saw 31 patients sharing 4 working fans.",
            [(Decimal(31), "patients", "Roza Tamm"), (Decimal(4), "fans", "Roza Tamm")],
        ),
    ],
)
def test_the_outlets_reporter_counting_or_seeing_is_that_reporters(text, expected):
    assert _claims(text) == expected
