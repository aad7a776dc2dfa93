"""
One place for each thing (tidy33): the patterns several modules of the engine now share, and what a module reads
now that it reads the shared list rather than a shorter copy of its own.
"""

import pytest

from ingest.cleaning import is_prose
from ingest.cues import FIRST_PERSON, SOURCE_FOLLOWS_CUE, find_cues
from ingest.speakers import find_reports


def test_it_reads_an_introduction_whose_interviewee_is_talking_to_the_reporter_as_prose():
    # cleaning reads the verbs interviews reads ("is talking to", "sat down with"), not a shorter list of its own
    assert is_prose("The Director of Brannock Harbour Trust, Selma Quist, is talking to Ivo Marsh.")


def test_it_takes_me_and_us_for_the_first_person_and_not_the_us():
    assert FIRST_PERSON.search("They sent me the bill twice")
    assert FIRST_PERSON.search("Us lot paid for the roof")
    assert not FIRST_PERSON.search("The US paid for the roof")


@pytest.mark.parametrize(
    "sentence",
    [
        "By the reckoning of the Orrin Institute, 4,000 homes flooded last winter.",
        "On estimates from the Orrin Institute, 4,000 homes flooded last winter.",
        "Under the projections of the Orrin Institute, 4,000 homes will flood by 2040.",
        "According to the Orrin Institute, 4,000 homes flooded last winter.",
    ],
)
def test_it_takes_the_source_after_a_cue_that_names_it_after(sentence):
    # the cue PHRASE_CUE finds is the one find_reports reads its source after: one pattern for both
    assert any(SOURCE_FOLLOWS_CUE.fullmatch(words) for _, _, words in find_cues(sentence))
    assert [(r.subject, r.stance) for r in find_reports(sentence)] == [("Orrin Institute", "asserts")]
