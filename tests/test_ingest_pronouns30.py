"""Round 30: whom "it", "its", "she" and "the company" mean when they carry a speaker."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure


def test_its_after_a_subject_set_off_by_a_relative_clause_with_a_figure_means_that_subject():
    text = (
        "The farming ministry said the harvest fell to 2,100 tonnes.\n\n"
        "The coastguard, which patrols a coastline of about 1,400 kilometres, has boarded six boats this year. "
        "Foreign boats made up 12 percent of the offences it logged, according to its annual report."
    )
    assert speakers_by_figure(text)["12 percent"] == "coastguard"


def test_its_in_a_sentence_opening_on_a_set_off_definite_description_means_the_body_it_takes_up():
    text = (
        "Norbeck Zoo has two new lion cubs, the keeper said.\n\n"
        "There are fewer than 900 such lions left, according to the charity Lion Watch.\n\n"
        "The zoo, which is run by a trust, had 210,000 visitors last year, its annual accounts show."
    )
    assert speakers_by_figure(text)["210,000 visitors"] == "Norbeck Zoo"


def test_she_after_a_statement_from_a_named_author_means_its_author():
    text = (
        "Defending, Lena Voss said her client had repaid 9,000 crowns.\n\n"
        "A statement from Mira Holt was read to the court. "
        '"We had to cancel our spring tour, which would have taken 45 singers abroad," she wrote.'
    )
    assert speakers_by_figure(text)["45 singers"] == "Mira Holt"


def test_she_after_a_statement_from_an_unnamed_author_means_that_author():
    text = (
        "Defending, Paul Grieve said his client had repaid 9,000 crowns.\n\n"
        "A statement from the daughter of one resident was read to the court. "
        '"My mother lost 12,000 crowns, all she had saved," she wrote.'
    )
    assert speakers_by_figure(text)["12,000 crowns"] == "the daughter of one resident"


def test_a_clause_joined_to_a_report_that_speaks_of_the_body_as_it_goes_on_with_the_report():
    text = (
        "Ticket sales fell again in March. Fares pay for about 60 per cent of running costs, the tram company "
        "said, and every lost passenger costs it roughly 3 crowns a day."
    )
    assert speakers_by_figure(text)["roughly 3 crowns"] == "tram company"
