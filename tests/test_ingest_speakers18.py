"""Speakers of issue 18: general rules of voice and reference that explain classes of wrong speakers."""

from ingest.interviews import find_columnist, find_writer
from ingest.sentences import split_sentences
from tests.ingest_helpers import speakers

COLUMN = (
    "Marta Quillfeather is the Courier's housing columnist.\n\n"
    "The council promised last spring that rents on its new flats would be affordable. I went looking for the "
    "numbers behind that promise.\n\n"
    "A two-bedroom flat on the Dorrin estate rents for 1,150 dollens a month. My own rent is 900 dollens, and I "
    "live two streets away.\n\n"
    "That is about 28 per cent more than the city average.\n"
)


def test_a_first_person_column_speaks_in_its_writers_voice():
    assert speakers(COLUMN) == ["Marta Quillfeather"] * 4


def test_the_writers_my_arithmetic_is_the_columnist():
    text = COLUMN + "\nBy my arithmetic, a tenant on the estate pays 3,000 dollens a year more than I do.\n"
    assert speakers(text)[-1] == "Marta Quillfeather"


def test_a_column_quoting_someone_keeps_their_quotation_theirs():
    text = COLUMN + '\n"We have 40 families waiting," said Piet Orland, who runs the tenants\' group.\n'
    assert speakers(text)[-1] == "Piet Orland"


def test_one_i_in_news_prose_makes_no_column():
    text = (
        "Tomas Reeve is the Courier's health correspondent.\n\n"
        "The hospital cut 40 beds last winter, the health board said in a statement released on Monday.\n\n"
        "When I visited the ward on Tuesday, the corridor held 12 trolleys, according to staff on the ward.\n"
    )
    assert find_columnist(text, find_writer(text)) is None


def test_a_column_needs_a_named_writer():
    text = COLUMN.split("\n\n", 1)[1]
    assert find_columnist(text, find_writer(text)) is None


def test_a_subject_in_apposition_after_an_opening_phrase_is_the_source_not_inverted():
    text = "On Monday, the harbour master, Lotte Brennquist, said the backlog of repairs stood at 41 vessels.\n"
    assert speakers(text) == ["Lotte Brennquist"]


def test_a_report_named_by_its_author_in_that_sentence_speaks_for_them_later():
    text = (
        "In her yearly report, the schools inspector, Dagny Torvell-Ames, said the number of unfilled posts "
        "stood at 640 in June.\n\nTruancy rose 12 per cent, the report said.\n"
    )
    assert speakers(text) == ["Dagny Torvell-Ames", "Dagny Torvell-Ames"]


def test_our_analysis_is_the_paper_that_names_itself_by_a_ledger_or_dispatch():
    text = (
        "Our analysis suggests 2,300 patients waited in corridors at Vellmoor General last year.\n\n"
        "The hospital's director told the Dispatch that handovers were improving.\n"
    )
    assert speakers(text) == ["Dispatch"]


def test_our_analysis_of_records_is_the_paper_too():
    text = (
        "Our analysis of ambulance logs shows 2,300 patients waited in corridors at Vellmoor General last year.\n\n"
        "The hospital's director told the Dispatch that handovers were improving.\n"
    )
    assert speakers(text) == ["Dispatch"]


def test_a_bodys_statistic_runs_on_through_a_phrasal_verb():
    text = (
        "The Norvale customs office said exports fell 4 per cent to 2.1 billion crowns in May. "
        "Imports, which lag orders by a quarter, held up at 1.8 billion crowns.\n"
    )
    assert speakers(text)[-1] == "Norvale customs office"


def test_the_company_closing_the_first_sentence_is_the_name_that_opens_it():
    text = (
        "Marrick Stone will shut its quarry at Ellbeck by June, the company said on Tuesday.\n\n"
        "Output fell 14 per cent to 2.2 million tonnes last year, the group said.\n"
    )
    assert speakers(text) == ["Marrick Stone", "Marrick Stone"]


def test_a_plural_noun_before_a_verb_of_change_is_no_reporting_verb():
    text = (
        "According to the Harlow Motor Club's annual review, breakdown claims cost members 4.1 million dollens "
        "last year.\n"
    )
    assert speakers(text) == ["Harlow Motor Club"]


def test_a_time_abbreviation_ends_its_sentence_before_a_pronoun():
    text = "The line stopped at 6 a.m. It ran again by noon. Trains left at 7 a.m. Monday."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The line stopped at 6 a.m.",
        "It ran again by noon.",
        "Trains left at 7 a.m. Monday.",
    ]


def test_a_source_that_says_its_of_what_it_has_is_a_body_the_company_takes_up():
    text = (
        "Storage firms across the port reported outages on Monday, the harbour operator said.\n\n"
        "Halloway Brannock said 14 of its 20 trucks were idle. It had repaired 6 trucks by Tuesday, the "
        "company said.\n"
    )
    assert speakers(text)[-1] == "Halloway Brannock"


def test_according_to_a_bodys_document_named_with_a_possessive_is_that_body():
    text = (
        "Nationally, winter hive losses were 23 per cent last year, according to the state apiary office's "
        "annual report.\n"
    )
    assert speakers(text) == ["state apiary office"]


def test_a_level_in_a_relative_clause_is_the_closing_according_to_sources():
    text = (
        "Parents said the cuts would lengthen a waiting list that already stood at 4,200 children in March, "
        "according to the Ellmoor Education Office.\n"
    )
    assert speakers(text) == ["Ellmoor Education Office"]


def test_a_speakers_own_figure_before_a_closing_according_to_stays_theirs():
    text = "Parents said 300 families would move away, according to the Ellmoor Education Office.\n"
    assert speakers(text) == ["Parents"]


def test_a_modal_after_the_figure_does_not_carry_the_report_before():
    text = (
        "The port authority said repairs would take a month.\n\n"
        "Shares in Dellow Dredging rose 4.4 percent on hopes it would win the contract.\n"
    )
    assert speakers(text)[-1] is None


def test_a_modal_before_the_figure_carries_the_report_before():
    text = (
        "The port authority said repairs would take a month, people familiar with the talks said.\n\n"
        "The work would cost about 40 million dollens.\n"
    )
    assert speakers(text)[-1] == "people familiar with the talks"


def test_a_cue_word_opening_a_compound_is_no_reporting_verb():
    text = "The Orrin smelter, state-owned since 1990, turns out about 300,000 tonnes of aluminium a year.\n"
    assert speakers(text) == [None]


def test_a_parenthetical_report_in_a_conjunct_governs_that_conjunct_only():
    text = "Fares rose 3 per cent on buses last year and, the transport office estimates, 5 per cent on trams.\n"
    assert speakers(text) == [None, "transport office"]


def test_their_document_in_an_answer_is_the_body_the_answer_is_about():
    text = (
        "The Kellwater Grid Authority has turned down a new turbine. Dana Vrell runs the Orrin wind cooperative.\n\n"
        "Why was it turned down?\n\n"
        "We sent everything they asked for. Their own assessment put the cost at 4.2 million dollens.\n\n"
        "What happens now?\n\n"
        "We will appeal, and I expect we will win.\n"
    )
    assert speakers(text) == ["Kellwater Grid Authority"]


def test_the_last_word_of_a_company_name_read_as_a_body_names_no_person():
    text = (
        "Marrick Stone will shut its quarry at Ellbeck by June, the company said on Tuesday.\n\n"
        'The mayor, Tom Fenn, said the town would suffer. "Stone is what this valley lives on. Nine in ten '
        'families depend on it," he told the Courier.\n'
    )
    assert speakers(text)[-1] == "Tom Fenn"


def test_a_restrictive_relative_on_a_document_by_a_named_author_reports_for_the_author():
    text = (
        "The tenants' union disputed that. It pointed to a survey by Halloway Housing Trust that found that "
        "rents had risen 24 per cent in three years.\n"
    )
    assert speakers(text) == ["Halloway Housing Trust"]


def test_papers_presented_with_no_owner_are_the_body_the_sentence_is_about():
    text = (
        "Vellmoor City Council met on Monday.\n\n"
        "The council now expects to spend 3.1 million dollens on road repairs, according to papers presented at "
        "the meeting.\n"
    )
    assert speakers(text) == ["Vellmoor City Council"]


def test_the_statement_is_its_author_named_when_it_was_introduced():
    text = (
        "A statement from the harbour's pilot, Joran Esk, was read at the inquiry. "
        '"About 40 vessels were waiting outside the bar that night," the statement said.\n'
    )
    assert speakers(text) == ["Joran Esk"]
