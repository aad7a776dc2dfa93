"""Quantities of round 22: odds as a share, and a quotation signed off with a dash kept in the text."""

from decimal import Decimal

from ingest.cleaning import clean
from tests.ingest_helpers import figures


def test_odds_of_one_in_an_uneven_number_are_a_share():
    text = "Engineers put the risk of a flood at 1 in 45, the report said."
    assert figures(text) == [(Decimal("2.2"), "percent")]


def test_small_odds_keep_their_first_digit_that_is_not_zero():
    text = "The engineers said the 1 in 10,000 level is the one that matters."
    assert figures(text) == [(Decimal("0.01"), "percent")]


def test_a_quotation_signed_with_a_dash_and_a_name_is_kept_as_a_quotation():
    raw = (
        "Readers wrote to us about the new ferry fare this week.\n\n"
        '"We pay 9 florins a crossing now and it was never this dear." - Tomas Reed, Harlowby\n\n'
        "The ferry company said the fare would be reviewed in spring."
    )
    text = clean(raw)
    assert '"We pay 9 florins a crossing now and it was never this dear," said Tomas Reed of Harlowby.' in text


def test_how_many_an_owner_has_in_words_is_a_count_but_not_a_few_by_rank():
    assert figures("Ferries now leave from the island's two harbours every hour.") == [(Decimal(2), "harbours")]
    assert figures("Rents rose fastest in the province's three largest towns.") == []
    # the whole a part is taken from is a claim of its own (tests/ingest_labelling.md, session 21)
    assert (Decimal(9), "directors") in figures("Four of the club's nine directors resigned on Monday.")


def test_a_hedged_count_in_words_after_a_preposition_is_a_claim():
    text = "Inspectors found the fault in at least four depots, the regulator said."
    assert figures(text) == [(Decimal(4), "depots")]


def test_the_seconds_of_a_time_told_in_minutes_and_seconds_are_no_figure_of_their_own():
    assert figures("She crossed the line 2 minutes 15 seconds after the leader.") == []


def test_the_number_of_units_whose_records_were_obtained_is_the_evidence_not_a_finding():
    assert figures("The Gazette obtained maintenance records for 340 bridges under the access law.") == []


def test_a_sum_halved_is_a_change_of_half_in_per_cent():
    assert figures("The grant for rural libraries was halved last spring.") == [(Decimal(50), "percent")]
    assert figures("Ministers set a target of halving waiting lists.") == []


def test_double_as_a_verb_with_no_object_is_a_rise_in_per_cent():
    assert figures("Bookings double during the school holidays.") == [(Decimal(100), "percent")]


def test_double_as_a_verb_joined_to_another_verb_is_a_rise_in_per_cent():
    text = "That is what you get when you close the depot and double the delivery quotas."
    assert figures(text) == [(Decimal(100), "percent")]
