"""Quantities of round 27: figures the engine left out, read as two claims, or read with the wrong unit."""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from tests.ingest_helpers import figures, revisions


def test_it_counts_the_noun_of_a_number_of_not_the_noun_after_its_preposition():
    text = "The clinic raised its count of patients with infections to 48 from 31, a doctor said."
    assert revisions(text) == [(Decimal(48), "patients", Decimal(31))]


def test_it_counts_the_object_of_a_cut_past_the_place_it_is_in():
    text = "The operator cut its signalling staff in the north to 45 from 70, the union said."
    assert revisions(text) == [(Decimal(45), "staff", Decimal(70))]


def test_it_counts_a_collective_subject_whose_level_grew():
    text = "Over ten years the agency's staff grew to 1,300 from 650."
    assert revisions(text) == [(Decimal(1300), "staff", Decimal(650))]


def test_it_reads_a_figure_revised_in_the_present_tense_as_one_revision():
    text = "A draft of the report put the shortfall at 14 per cent; the final report revises that to 11 per cent."
    assert revisions(text) == [(Decimal(11), "percent", Decimal(14))]


def test_it_counts_the_noun_after_a_product_name_with_its_model_number():
    text = "The maker is recalling about 85,000 of its Pava Mini 3 tablets, the company said."
    assert figures(text) == [(Decimal(85000), "tablets")]


def test_it_counts_the_noun_after_an_adjective_and_a_product_name():
    text = "A repairer said he had replaced 40 cracked Pava 3 screens since March."
    assert figures(text) == [(Decimal(40), "screens")]


def test_it_reads_a_year_after_a_month_as_a_date_whatever_follows_it():
    text = "The county will be 900 places short by March 2031 unless new schools open, the council said."
    assert figures(text) == [(Decimal(900), "places")]


def test_it_reads_hundreds_more_at_a_clause_end_as_more_of_what_was_counted():
    text = "The shelter housed about 900 families last winter, and it hopes to take in hundreds more."
    assert figures(text) == [(Decimal(900), "families"), (Decimal(200), "families")]


def test_it_does_not_take_a_participle_after_a_figure_for_its_unit():
    text = "Residents want the council to keep the 31 running past the hospital."
    assert figures(text) == []


def test_it_does_not_take_goes_after_a_figure_for_its_unit():
    text = "A ticket costs 4.80 florins. Of that, about 0.90 goes to the operator."
    assert figures(text) == [(Decimal("4.80"), "florins"), (Decimal("0.90"), "florins")]


def test_a_sentence_that_revises_a_figure_itself_is_no_earlier_value_of_the_figure_before():
    text = (
        "The bank now expects growth of 3.1 per cent this year. "
        "It had first estimated 2.4 per cent in January and later revised that to 2.8 per cent."
    )
    found = [(m.value, m.previous_value) for m in extract(clean_text(text)) if m.unit == "percent"]
    assert (Decimal("2.8"), Decimal("2.4")) in found  # the sentence's own revision
    assert (Decimal("3.1"), None) in found  # not 3.1 revised from 2.8
