"""
Quantities written in words (tests/ingest_fam_wordqty): a scale and a half ("a million and a half"), the count a
plural without -s names ("the number of geese"), a group named by its size ("a six-strong team of advisers"), and a
transcript's reporter handed over to on the scene ("Ama Leth is at the harbour for us"), whose presenter's
background then has no speaker (tests/ingest_labelling.md, session 14, transcripts).
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.numbers import find_figures
from tests.ingest_helpers import speakers_by_figure


def _units(sentence: str) -> dict[Decimal, str]:
    return {f.value: f.unit for f in find_figures(sentence)}


def test_it_reads_a_million_and_a_half_as_one_and_a_half_million():
    assert _units("Two million and a half visitors came, and a million and a half tonnes of grain went north.") == {
        Decimal(2500000): "visitors",
        Decimal(1500000): "tonnes",
    }


def test_it_counts_the_number_of_a_plural_without_s():
    assert _units("The number of sheep on the common has passed 1.5 million.") == {Decimal(1500000): "sheep"}


def test_it_counts_the_number_named_before_a_number_word_and_when_it_was_reached():
    found = _units("The number of cranes on the marsh has passed two hundred for the first time.")
    assert found == {Decimal(200): "cranes"}


def test_it_counts_a_group_named_by_its_size_in_what_it_is_of():
    assert _units("The council sent a nine-strong team of inspectors to the quarry.") == {Decimal(9): "inspectors"}


def test_it_counts_a_group_named_by_its_size_alone_in_members():
    assert _units("A 15-strong review panel will report in June.") == {Decimal(15): "members"}


TRANSCRIPT = (
    "DORA VELL: Good evening. Thousands of homes on the coast are without water tonight. "
    "Ama Leth is at the harbour for us.\n\n"
    "AMA LETH: Dora, the queue here is long. I counted nine tankers on the quay road.\n\n"
    "DORA VELL: Thank you, Ama. With me is the mayor, Piet Hallan. Mayor, how bad is it?\n\n"
    "PIET HALLAN: It is bad. We have opened four rest centres, and they are full.\n\n"
    "DORA VELL: Piet Hallan, thank you."
)


def test_it_gives_the_presenters_background_no_speaker_once_the_reporter_is_handed_over_to():
    found = speakers_by_figure(TRANSCRIPT)
    assert found["Thousands of homes"] is None
    assert found["nine tankers"] == "Ama Leth"
    assert found["four rest centres"] == "Piet Hallan"


def test_it_keeps_the_presenters_name_off_the_programmes_own_figures():
    speakers = {m.figure: m.speaker for m in extract(clean_text(TRANSCRIPT))}
    assert set(speakers) == {"Thousands of homes", "nine tankers", "four rest centres"}
    assert "Dora Vell" not in speakers.values()
