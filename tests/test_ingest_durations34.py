"""Spans of time that are claims by their grammar (tests/ingest_labelling.md, "Spans of time: claim or `duration`"):
a delay against a plan or the normal, a span set against the one it replaced, and days counted by what happened on them.
Background spans (nights spent somewhere) stay no claim."""

from decimal import Decimal

from tests.ingest_helpers import cleaned_revisions

# A delay against a plan, a schedule or the normal


def test_it_keeps_a_delay_bounded_by_at_least():
    text = "The bridge repairs have been delayed by at least 12 weeks, the highways agency said."
    assert cleaned_revisions(text) == [(Decimal(12), "weeks", None)]


def test_it_keeps_a_delay_bounded_by_up_to():
    text = "Grant payments will be delayed by up to 9 days, the council says."
    assert cleaned_revisions(text) == [(Decimal(9), "days", None)]


def test_it_keeps_a_span_later_than_usual():
    text = "The market will open two weeks later than usual this year, the organisers said."
    assert cleaned_revisions(text) == [(Decimal(2), "weeks", None)]


def test_it_keeps_a_span_later_than_its_subject_had_planned():
    text = "The new ferry will arrive about five months later than it had planned, the operator said."
    assert cleaned_revisions(text) == [(Decimal(5), "months", None)]


def test_it_keeps_how_far_a_thing_set_work_back():
    text = "The flooding set us back at least five weeks, the site manager said."
    assert cleaned_revisions(text) == [(Decimal(5), "weeks", None)]


def test_it_keeps_a_span_after_what_was_due():
    text = "The pool reopened in March, nine months after it should have, the council said."
    assert cleaned_revisions(text) == [(Decimal(9), "months", None)]


def test_it_still_drops_how_much_later_a_past_event_came():
    assert cleaned_revisions("The crew was rescued about 11 hours later.") == []


# A span set against the one it replaced


def test_it_keeps_a_span_given_instead_of_another():
    text = "The laboratory now returns results in three days instead of 10, the hospital said."
    assert cleaned_revisions(text) == [(Decimal(3), "days", Decimal(10))]


def test_it_keeps_a_span_a_plan_gives_instead_of_another():
    assert cleaned_revisions("The fair will run over three days instead of four.") == [(Decimal(3), "days", Decimal(4))]


def test_it_still_drops_a_term_whose_from_names_a_year():
    assert cleaned_revisions("The pension age will rise by three months a year from 2028.") == []


# Days counted by what happened on them


def test_it_keeps_days_with_a_condition():
    assert cleaned_revisions("The town had 23 days with ice forming on the pavements.") == [(Decimal(23), "days", None)]


def test_it_keeps_nights_when_a_thing_happened():
    text = "There were nine nights this month when the frost never lifted."
    assert cleaned_revisions(text) == [(Decimal(9), "nights", None)]


def test_it_still_drops_nights_spent_with_someone():
    assert cleaned_revisions("She stayed five nights with friends.") == []
