"""
Speakers given where there are none, or to what is no source (tests/ingest_labelling.md, session 24 and blind18's
writer): a body's background told after the pronoun that stands for it is no one's, even right after the body spoke;
a pronoun closing the sentence is not the document whose findings it tells; a participle after its noun with what it
says of them reports nothing; a side conceding goals admits nothing.
"""

from tests.ingest_helpers import speakers_by_figure

REFINERY = (
    "Estmarran Petroleum said on Tuesday that 31 workers had been injured. "
    "It employs about 1,650 people.\n\n"
    "The monitoring mission said it had logged 412 violations. It has 260 monitors on the ground.\n"
)


def test_it_gives_no_speaker_to_a_bodys_staff_after_its_pronoun():
    assert speakers_by_figure(REFINERY)["about 1,650 people"] is None


def test_it_gives_no_speaker_to_what_a_body_has_after_its_pronoun():
    assert speakers_by_figure(REFINERY)["260 monitors"] is None


def test_it_gives_a_closing_he_not_the_document_whose_findings_he_tells():
    page = (
        "Piet Varga, an environmental inspector, gave evidence on Tuesday. "
        "Soil samples showed oil at 12 times the permitted level, he told the court.\n"
    )
    assert speakers_by_figure(page)["12 times"] == "Piet Varga"


def test_it_reads_reported_missing_after_its_noun_as_no_report():
    page = (
        "The Civil Protection Directorate said 40 people had died. The number of people reported missing now stands "
        "at 212, having been 140 on Tuesday evening, the directorate added.\n"
    )
    assert (speakers_by_figure(page)["212"] or "").endswith("Civil Protection Directorate")


def test_it_reads_goals_conceded_as_play_not_an_admission():
    page = "The side conceded 11 league goals all season, after the coach rebuilt the back line.\n"
    assert speakers_by_figure(page)["11 league goals"] is None
