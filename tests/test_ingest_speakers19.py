"""Speakers of round 19: who revises a figure, and the body a short name or a pronoun stands for."""

from tests.ingest_helpers import speakers


def test_a_bodys_short_name_revising_its_own_figure_speaks():
    text = (
        "Three families are suing Brackwater Assurance for 2.1 million florins over the flood.\n\n"
        "Brackwater raised its provision for the claims to 4 million florins from 1.5 million in March.\n"
    )
    assert speakers(text)[-1] == "Brackwater Assurance"


def test_a_bodys_short_name_offering_a_figure_is_not_taken_for_a_revision():
    text = (
        "Pilots at Corvane Airways walked out on Sunday.\n\n"
        "Corvane had earlier offered a rise of 3 per cent, which the union turned down.\n"
    )
    assert speakers(text)[-1] is None


def test_a_pronoun_revising_a_figure_gives_its_new_value():
    text = (
        "The Tarsen Rail Authority said on Monday that ridership had recovered.\n\n"
        "In March it cut the planned number of new stations to 4 from 7.\n"
    )
    assert speakers(text)[-1] == "Tarsen Rail Authority"


def test_a_person_named_before_he_revises_is_the_reviser():
    text = (
        "The hearing opened on Monday.\n\n"
        "Under questioning, the council's surveyor, Martin Oakhurst, accepted that he had cut his valuation of "
        "the depot to 410,000 florins from 650,000.\n"
    )
    assert speakers(text)[-1] == "Martin Oakhurst"


def test_a_source_who_revised_a_figure_speaks_for_it_in_the_relative_clause():
    text = (
        '"The sale makes sense," said Ilona Brask, an analyst at Fenmoor Securities, who raised her price target '
        "to 22 valdors from 18.\n"
    )
    assert speakers(text)[-1] == "Ilona Brask"


def test_a_source_who_did_something_else_does_not_speak_for_the_relative_clause():
    text = '"The sale makes sense," said Ilona Brask, an analyst who manages a fund of 400 million valdors.\n'
    assert speakers(text)[-1] is None


def test_a_change_by_a_figure_with_no_earlier_value_is_no_revision():
    text = "The vote was close.\n\nIn April she raised the council tax by 4 per cent.\n"
    assert speakers(text)[-1] is None


def test_a_definite_body_revising_a_figure_speaks_and_a_thing_does_not():
    assert speakers("In May the ministry cut the grant for each school to 9,000 florins from 12,000.\n") == ["ministry"]
    assert speakers("The storm hit on Monday.\n\nBy evening the storm had cut output to 31 from 14 megawatts.\n") == [
        None
    ]


FIGURES_GIVEN = (
    "Harrow and Fenby Fire Service spent 4.2 million dukats on agency crews last year, up from 2.9 million, "
    "figures released to the Courier under freedom of information rules show.\n\n"
    "The figures show one station paid 310,000 dukats for cover in a single month.\n"
)


def test_figures_handed_to_the_paper_are_the_body_the_sentence_opens_with():
    assert speakers(FIGURES_GIVEN)[0] == "Harrow and Fenby Fire Service"


def test_the_figures_named_again_are_the_same_bodys():
    assert speakers(FIGURES_GIVEN)[-1] == "Harrow and Fenby Fire Service"


OWN_ANALYSIS = (
    "THE HOLLIN COURIER\n\n"
    "A Courier analysis finds rents rose fastest in a decade\n\n"
    "Average rents in Hollin rose to 1,240 florins a month last year, up from 1,010 in 2025, according to the "
    "Courier's analysis of listings. That is a rise of 22.8 per cent.\n"
)


def test_the_papers_own_figure_restated_is_the_papers():
    assert speakers(OWN_ANALYSIS) == ["Courier", "Courier"]


def test_a_bodys_figure_restated_carries_on_its_report():
    # session 23, "Carrying on a report": "..., the figures show. That is the first rise in six years." is the
    # source's, which overrides the earlier reading of such a restatement as the writer's arithmetic
    text = (
        "Average rents in Hollin rose to 1,240 florins a month last year, up from 1,010 in 2025, the Hollin "
        "Lettings Board said. That is a rise of 22.8 per cent.\n"
    )
    assert speakers(text)[-1] == "Hollin Lettings Board"
