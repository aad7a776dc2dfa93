"""Quantities of round 29: word quantities and revisions whose noun or earlier value the engine missed."""

from decimal import Decimal

from tests.ingest_helpers import figures, revisions


def test_a_count_set_against_another_sides_takes_its_noun():
    text = "The visitors had 14 corners to Harbour's five, the league's match data show."
    assert (Decimal(5), "corners") in figures(text)


def test_a_number_word_right_after_a_verb_in_ed_counts_what_was_counted_before():
    # "eight" counts paintings, so it is the earlier value of the 14 paintings this spring (session-21 rule "An
    # earlier value in time"): one revision, no claim of its own
    text = "The gallery lent out 14 paintings this spring. Last spring it loaned eight."
    assert (Decimal(14), "paintings", Decimal(8)) in revisions(text)


def test_a_number_word_after_it_was_counts_what_the_sentence_before_counted():
    # "nine" counts calls, so it is the earlier value of the 30 now (session-21 rule "An earlier value in time")
    text = '"We now get about 30 calls a night," the warden said. "In 2019 it was nine."'
    assert (Decimal(30), "calls", Decimal(9)) in revisions(text)


def test_a_small_count_of_more_of_a_kind_after_with_is_a_claim():
    text = "The ferry company said it was in talks with three more harbours about new routes."
    assert (Decimal(3), "harbours") in figures(text)


def test_the_other_term_of_a_comparison_after_with_is_no_count():
    text = "The auditors compared the register with three other lists, the report said."
    assert (Decimal(3), "lists") not in figures(text)


def test_the_places_something_was_found_in_are_counted():
    text = "The beetle has now been found in five valleys, the forestry office said."
    assert (Decimal(5), "valleys") in figures(text)
