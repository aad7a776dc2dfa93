"""Quantities of round 25: figures the engine left out or read with the wrong unit."""

from decimal import Decimal

from tests.ingest_helpers import figures


def test_it_counts_of_them_by_the_people_named_before_not_by_a_sum():
    text = (
        "The club has 380 members and a budget of 2.4 million tollars. Members pay 1,200 tollars a year. "
        "About 40 of them also coach juniors."
    )
    assert (Decimal(40), "members") in figures(text)
    text = (
        "The charity said about 5,200 families owed rent, and that between them they owed 61,000 crowns. "
        "Some 900 of them had been threatened with eviction, it said."
    )
    assert (Decimal(900), "families") in figures(text)


def test_it_still_counts_of_them_by_a_count_in_millions_of_the_article():
    text = (
        "Hackers took data on 2.8 million subscribers, the firm said.\n\n"
        "It said card numbers were exposed for about 95,000 of them."
    )
    assert (Decimal(95000), "subscribers") in figures(text)


def test_it_counts_a_forecast_level_of_numbers_by_the_noun_before_numbers():
    text = "Primary pupil numbers are expected to fall to 48,000 in 2031 from 53,000 now, the office said."
    assert figures(text) == [(Decimal(48000), "pupils")]


def test_it_counts_an_estimated_level_of_numbers_by_the_noun_before_numbers():
    text = "The trust said visitor numbers had grown to an estimated 1.4 million last year."
    assert figures(text) == [(Decimal(1400000), "visitors")]


def test_it_reads_a_multiple_of_last_years_figure_as_times():
    text = "The board expects exports of 2.3 million tonnes, more than double last year's total."
    assert (Decimal(2), "times") in figures(text)


def test_it_does_not_read_twice_last_winter_as_a_multiple():
    assert figures("The bridge closed twice last winter.") == []


def test_it_reads_a_multiple_that_ends_its_clause_after_a_word_of_nearness():
    text = "The union says the real shortfall is closer to double, once agency staff are counted."
    assert figures(text) == [(Decimal(2), "times")]


def test_it_does_not_read_a_double_that_ends_its_clause_as_a_multiple():
    assert figures("The striker scored a double, and the club went top.") == []


def test_it_counts_hours_in_a_period_as_a_rate_whatever_the_verb():
    text = "Under the new contract no nurse would be rostered for more than 48 hours a week."
    assert figures(text) == [(Decimal(48), "hours")]


def test_it_leaves_out_the_hours_a_service_is_open():
    assert figures("The advice line is open 24 hours a day.") == []


def test_it_takes_a_collective_head_after_an_adjective_and_a_compound_word_as_the_unit():
    text = "The airline said it had taken on 180 seasonal check-in staff for the summer."
    assert figures(text) == [(Decimal(180), "staff")]


def test_it_still_counts_officers_after_more_and_a_collective_modifier():
    text = "We asked for 40 more transport police officers, the mayor said."
    assert figures(text) == [(Decimal(40), "officers")]


def test_it_counts_the_few_women_of_a_group_one_of_whom_a_person_was():
    text = "She was one of only three women in her class at the academy."
    assert figures(text) == [(Decimal(3), "women")]
