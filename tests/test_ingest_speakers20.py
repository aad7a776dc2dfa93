"""Speakers of round 20: one list of revising verbs, and figures a body's own account carries."""

from tests.ingest_helpers import speakers


def test_every_inflection_of_a_revising_verb_names_the_reviser():
    # "lowered" and "trimmed" were missing from the revising clause's own spelling of the verbs
    for verb in ("lowered", "trimmed", "slashed", "cut"):
        text = (
            "The Tarsen Rail Authority said on Monday that ridership had recovered.\n\n"
            f"In March it {verb} the planned number of new stations to 4 from 7.\n"
        )
        assert speakers(text)[-1] == "Tarsen Rail Authority", verb


def test_an_interview_introduced_as_spoken_to_gives_its_answers_to_the_one_spoken_to():
    text = (
        "A flood last week swept through the lower town. We spoke to Maren Holtby, who runs the bakery on the quay.\n\n"
        "How much did you lose?\n\n"
        "We lost the ovens. I think the repairs will cost 18,000 florins.\n\n"
        "Will you reopen?\n\n"
        "Yes. We have 12 staff and I want them all back by May.\n"
    )
    assert speakers(text) == ["Maren Holtby", "Maren Holtby"]


def test_a_person_whose_subject_has_a_set_off_part_counts_what_they_count():
    before = "A cargo ship ran aground off Brelle on Monday.\n\n"
    for sentence in (
        "Our correspondent at the harbour, Nils Orvane, counted 22 tugs waiting outside the breakwater.\n",
        "Our correspondent Nils Orvane, on the harbour wall at dawn, counted 22 tugs waiting outside the breakwater.\n",
    ):
        assert speakers(before + sentence)[-1] == "Nils Orvane", sentence
