"""
A body's own act with its own figure is that body speaking (tests/ingest_labelling.md, "A body's own act with its
own figure"), also when a phrase or a clause set off before the subject opens the sentence: the subject of the act
is still the one that acts. "Put" gives a figure when it values one ("put the cost at"), not when it spends
it. Sentences made up for these tests.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.speakers import acting_subject


def _speakers(text: str) -> dict[Decimal | None, str | None]:
    return {
        m.value: m.speaker and m.speaker.removeprefix("The ") for m in extract(clean_text(text)) if m.value is not None
    }


def test_it_gives_an_act_after_two_set_off_phrases_to_its_subject():
    text = (
        "The Tenney Hospital Trust was criticised by inspectors. "
        "In its first review, in May 2026, the trust cut 40 beds and closed 3 wards."
    )
    speakers = _speakers(text)
    assert speakers[Decimal(40)] == "Tenney Hospital Trust"
    assert speakers[Decimal(3)] == "Tenney Hospital Trust"


def test_it_gives_a_count_over_a_stretch_of_years_to_the_counter():
    text = (
        "The Dunmore Bird Trust said numbers were falling. "
        "Over the past ten winters the trust has counted an average of 300 geese."
    )
    assert _speakers(text)[Decimal(300)] == "Dunmore Bird Trust"


def test_it_leaves_a_background_state_after_a_set_off_phrase_with_no_speaker():
    text = "The Harrowby Canal Trust was set up in 1971. In its first decade, the trust employed 35 people."
    assert _speakers(text)[Decimal(35)] is None


def test_it_gives_a_figure_a_possessed_document_shows_past_a_set_off_phrase_to_its_owner():
    text = (
        "The Brenmoor Dairy Trust met on Monday. "
        "The trust's accounts, for the year to June, show a loss of 3.1 million korbs."
    )
    assert _speakers(text)[Decimal(3100000)] == "Brenmoor Dairy Trust"


def test_it_reads_money_put_into_a_scheme_as_no_act_that_gives_a_figure():
    sentence = "The fund put 140 million korbs into the scheme."
    assert acting_subject(sentence, sentence.index("140")) is None


def test_it_reads_a_cost_put_at_a_figure_as_the_act_of_the_one_who_puts_it():
    sentence = "The Varn City Council put the cost at 60 million korbs."
    assert acting_subject(sentence, sentence.index("60")) == "The Varn City Council"


def test_it_still_gives_a_figure_a_body_puts_a_cost_at_to_the_body():
    text = "The Varn City Council said the cost had risen. The council put the cost at 60 million korbs."
    assert _speakers(text)[Decimal(60000000)] == "Varn City Council"
