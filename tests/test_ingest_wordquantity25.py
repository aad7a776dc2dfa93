"""
Word quantities (tests/ingest_labelling.md, "Verbs that multiply and multiples"): "double" as a verb with an object
the multiple's comparisons do not name, after a modal or a "to" of intent, is a rise in per cent; "double a
normal league match" is a multiple in times; "double" as an adjective is neither. "Vague counts": "a handful" right
before a verb counts what the sentence counted before it, never a measure given in fractions.
"""

from decimal import Decimal

from tests.ingest_helpers import figures


def test_a_modal_doubling_with_no_object_is_a_rise_in_per_cent():
    assert (Decimal(100), "percent") in figures("Grid spending in the region will double by 2030, the regulator said.")


def test_a_plan_to_double_a_bare_noun_is_a_rise_in_per_cent():
    assert (Decimal(100), "percent") in figures("Her plan is to double output by 2028, the chief executive said.")


def test_a_modal_doubling_of_a_possessed_noun_is_a_rise_in_per_cent():
    text = "Cold shock can double your breathing rate within seconds, the society said."
    assert (Decimal(100), "percent") in figures(text)


def test_double_a_thing_named_by_its_kind_is_a_multiple():
    assert (Decimal(2), "times") in figures("The crowd was roughly double a normal league match, the club said.")


def test_double_as_an_adjective_is_no_multiple():
    assert figures("Guests can switch to double rooms, and the hotel has a double room free.") == []


def test_a_handful_before_a_verb_counts_what_the_sentence_counted_not_a_price():
    text = "Cull cows met a slower trade. Sixty-two were sold at 1.71 dolvers a kilo, and a handful went home unsold."
    assert (Decimal(3), "cows") in figures(text)


def test_a_quoted_handful_before_a_verb_counts_the_staff_named_before():
    text = 'A dozen or so staff work there, and the trust said "a handful" would be offered jobs at its other venues.'
    assert (Decimal(3), "staff") in figures(text)


def test_the_whole_after_an_owner_that_a_part_is_taken_from_is_a_count():
    # tests/ingest_labelling.md, session 21: the whole in "N of the M" is a claim of its own
    assert (Decimal(9), "regions") in figures("Only two of Ellasmor's nine regions are on course, the office said.")


def test_a_rank_after_an_owner_is_still_no_count():
    assert figures("Rents rose in the region's eight largest cities.") == []
