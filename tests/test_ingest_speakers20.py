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
