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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a fine told in the passive at the court the sentence names: its one judge's, by name
            "A builder who dumped asbestos in a lay-by was fined 12,000 crowns at Harrowby District Court on "
            "Monday.\n\n"
            "District Judge Eirik Sand said the dumping had been reckless.",
            [(Decimal(12000), "crowns", "Judge Eirik Sand")],
        ),
        (
            # the court's, when the page names no judge
            "Two drivers were each fined 900 crowns at Harrowby District Court last week for speeding past the school.",
            [(Decimal(2), "drivers", None), (Decimal(900), "crowns", "Harrowby District Court")],
        ),
        (
            # the pronoun goes on with the judge the paragraph opened on; the one fined set off with its name
            "Judge Hana Voss of the Commercial Court found Petr Lind guilty of fraud on Tuesday. She also fined his "
            "firm, Lind Freight, 2 million crowns and ordered it to repay 600,000 crowns to the tax office.",
            [(Decimal(2000000), "crowns", "Judge Hana Voss"), (Decimal(600000), "crowns", "Judge Hana Voss")],
        ),
    ],
)
def test_a_fine_or_order_the_court_gives_is_the_courts(text, expected):
    assert _claims(text) == expected


def test_a_column_its_note_names_is_its_writers_though_they_say_i_once():
    # the note calls the writer a columnist: one paragraph in the first person is enough to read the page as a column
    text = (
        "By Ola Fenn\n\nThe council wants to close the Brekke Road pool. It should not.\n\n"
        "Last season the pool still drew 41,000 swimmers, and its lanes were full on most weekday evenings after the "
        "new timetable started.\n\n"
        "I have swum there since I was a child, and the changing rooms have never been as busy as they are this "
        "winter.\n\nOla Fenn is the Gazette's sport columnist."
    )
    assert _claims(text) == [(Decimal(41000), "swimmers", "Ola Fenn")]


def test_a_columns_own_background_is_its_writers():
    # what the column tells in its writer's voice with no source is the writer's, not a news report's background
    text = (
        "By Ola Fenn\n\nI went to the island on Tuesday to see what the timetable cut means for the people who live "
        "there.\n\nThe ferry runs every three hours in winter. I waited on the slipway with a farmer who had missed "
        "a vet's appointment that morning."
    )
    assert _claims(text) == [(Decimal(3), "hours", "Ola Fenn")]


def test_a_document_named_with_its_month_is_its_owners():
    # "the audit office's March report": the month it came out is no part of its owner's name
    text = "The council has spent 40 percent of its repair budget, according to the audit office's March report."
    assert _claims(text) == [(Decimal(40), "percent", "audit office")]


def test_points_a_label_says_come_from_a_speech_are_the_speakers():
    # a live page's summary of a speech: the label says whose the points after its colon are
    text = (
        "Main points at a glance, from the mayor's speech: Parking charges up 8 per cent from April; 300 new homes "
        "on the old depot site."
    )
    assert _claims(text) == [(Decimal(8), "percent", "mayor"), (Decimal(300), "homes", "mayor")]
