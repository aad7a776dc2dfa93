"""Round 27: how the speakers found are named (the name an editor accepts as an actor)."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure


def test_a_bare_kind_of_body_is_the_one_body_named_with_that_word():
    # "the society" was the speaker: an actor called "society" on accept
    text = (
        "The Marrowfield Society of Beekeepers counted 4,120 hives last spring, it said in its annual report. "
        "The society said 31 per cent of colonies had died over the winter."
    )
    assert speakers_by_figure(text)["31 per cent"] == "Marrowfield Society of Beekeepers"


def test_a_bare_kind_of_body_is_the_body_named_with_it_in_the_same_sentence():
    text = "Inspectors from the Corvane Food Standards Agency (CFSA) visited 64 farms in May, the agency said."
    assert speakers_by_figure(text)["64 farms"] == "Corvane Food Standards Agency"

    # two bodies named with the word: which one is meant is not known, and the kind stays as written
    text = (
        "The Tarnwick Growers Association met on Friday. The Pellbrook Dairy Association met on Monday. "
        "Milk prices rose 6 per cent, the association said."
    )
    assert speakers_by_figure(text)["6 per cent"] == "association"


def test_a_source_read_on_past_its_verb_ends_at_the_verb():
    # "Two analysts at Corvel Bank said they" was the speaker, a clause fragment
    text = (
        "Two analysts at Corvel Bank said they expected 3 rate cuts this year. "
        "The Dunmarrow Chamber of Traders welcomed the cuts but said 30 shops had closed."
    )
    speakers = speakers_by_figure(text)
    assert speakers["3 rate cuts"] == "Two analysts at Corvel Bank"
    assert speakers["30 shops"] == "Dunmarrow Chamber of Traders"


def test_one_word_of_a_body_named_in_full_is_the_body():
    # "Vellory" was the speaker, an actor by the first word of the insurer's name
    text = (
        "Vellory Mutual expects its first annual loss in a decade after the August storms. "
        "Vellory said it had received about 142,000 claims."
    )
    assert speakers_by_figure(text)["about 142,000 claims"] == "Vellory Mutual"

    # a place the body is named after is no name of it
    text = (
        "Harbour fees rose at Gannet Bay this year, according to Gannet Bay Port Services. "
        "Gannet said 40 ships had called."
    )
    assert speakers_by_figure(text)["40 ships"] != "Gannet Bay Port Services"
