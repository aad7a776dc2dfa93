"""
A body's own act with its own figure is that body speaking (tests/ingest_labelling.md, "A body's own act with its
own figure"), also when a phrase or a clause set off before the subject opens the sentence: the subject of the act
is still the one that acts. Sentences made up for these tests.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[Decimal | None, str | None]:
    return {m.value: m.speaker and m.speaker.removeprefix("The ") for m in extract(clean_text(text)) if m.value is not None}


def test_it_gives_an_act_after_two_set_off_phrases_to_its_subject():
    text = (
        "The Tenney Hospital Trust was criticised by inspectors. "
        "In its first review, in May 2026, the trust cut 40 beds and closed 3 wards."
    )
    speakers = _speakers(text)
    assert speakers[Decimal(40)] == "Tenney Hospital Trust"
    assert speakers[Decimal(3)] == "Tenney Hospital Trust"


def test_it_gives_an_act_after_a_clause_of_time_to_the_main_subject():
    text = (
        "The Lorrin Cattle Society keeps the herd book. "
        "When the breed was first shown in 1958, the society counted 35 bulls."
    )
    assert _speakers(text)[Decimal(35)] == "Lorrin Cattle Society"


def test_it_gives_a_count_over_a_stretch_of_years_to_the_counter():
    text = (
        "The Dunmore Bird Trust said numbers were falling. "
        "Over the past ten winters the trust has counted an average of 300 geese."
    )
    assert _speakers(text)[Decimal(300)] == "Dunmore Bird Trust"


def test_it_leaves_a_background_state_after_a_set_off_phrase_with_no_speaker():
    text = "The Harrowby Canal Trust was set up in 1971. In its first decade, the trust employed 35 people."
    assert _speakers(text)[Decimal(35)] is None
