"""Quantities of round 28: figures read with the wrong unit."""

from decimal import Decimal

from tests.ingest_helpers import figures, revisions


def test_it_reads_a_currency_in_the_singular_and_the_plural_as_one_revision():
    text = "The town lowered its ferry fare to 1 marnet a crossing from 1.80 marnets last spring."
    assert [(value, previous) for value, _, previous in revisions(text)] == [(Decimal(1), Decimal("1.80"))]


def test_it_counts_the_noun_after_of_those_not_what_was_counted_before():
    text = "The helpline logged 310 complaints about noise. Only 40 of those callers gave an address, the council said."
    assert (Decimal(40), "callers") in figures(text)


def test_a_plural_before_a_rate_of_time_is_no_verb_with_an_object():
    text = "The college trained 450 physics tutors a year before the reform, its records show."
    assert (Decimal(450), "tutors") in figures(text)


def test_a_level_expected_to_peak_counts_its_subject_not_the_people_named_before():
    text = "Officials told reporters they expected complaints to peak at about 4,500 this winter."
    assert (Decimal(4500), "complaints") in figures(text)


def test_the_first_bare_figure_of_an_answer_counts_what_the_question_asked_about():
    text = (
        "The clinic has hired 40 new staff for its patients this year.\n\n"
        "How many nurses work there now?\n"
        "Roughly 1,300. That is up from 1,100 in 2024.\n"
    )
    assert (Decimal(1300), "nurses") in [(value, unit) for value, unit, _ in revisions(text)]
