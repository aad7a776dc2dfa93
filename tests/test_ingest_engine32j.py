"""
A revision told with number words or set against an earlier event reads as one figure with the value it replaced, as
the same change in digits or against a named year does: "cut its night buses to two a week from six", "Tram routes
shrink to ... "; "against 310 at the spring auction last May".
"""

from decimal import Decimal

from tests.ingest_helpers import revisions


def test_a_change_in_number_words_reads_the_object_of_the_verb_as_digits_do():
    found = revisions("The operator said it would cut its night buses to two a week from six.")
    assert (Decimal(2), "buses", Decimal(6)) in [(v, u.split()[-1], p) for v, u, p in found]


def test_a_plural_subject_in_the_present_tense_names_the_level_a_number_word_reaches():
    found = revisions("Weekday ferries drop to three a day, down from seven, the operator said.")
    assert [(v, p) for v, _, p in found] == [(Decimal(3), Decimal(7))]
    assert found[0][1].startswith("ferries")


def test_a_value_set_against_a_dated_earlier_event_is_the_value_replaced():
    found = revisions("The market sold 640 lambs, against 910 at the autumn auction last October.")
    assert found == [(Decimal(640), "lambs", Decimal(910))]
    found = revisions("Some 52 per cent backed the plan, against 61 per cent in the council survey in 2024.")
    assert [(v, p) for v, _, p in found] == [(Decimal(52), Decimal(61))]


def test_a_bare_value_replaced_after_a_share_is_the_share_it_replaced():
    found = revisions("The board will count exam results as 40 per cent of the score instead of 30.")
    assert [(v, u, p) for v, u, p in found] == [(Decimal(40), "percent", Decimal(30))]
