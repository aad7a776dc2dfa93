"""Filters that dropped real claims, narrowed to what they are meant to catch (round 33, branch filters33)."""

from decimal import Decimal

from ingest.numbers import find_figures


def _figures(sentence: str) -> list[tuple[Decimal, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


def test_it_keeps_a_share_given_to_a_named_candidate():
    assert (Decimal("38.2"), "percent") in _figures("The count gave Marrowby 38.2 percent of the vote.")


def test_it_keeps_a_sum_in_millions_after_a_name_an_identifier_may_follow_but_not_a_ward_with_a_letter():
    assert (Decimal(4100000), "crowns") in _figures("The regulator fined Harbour Post 4.1 million crowns in May.")
    assert _figures("She caught it on Ward 6B last winter.") == []


def test_it_keeps_the_whole_a_part_is_taken_from_among_the_latest_of_a_kind_but_not_the_latest_alone():
    assert (Decimal(6), "inspections") in _figures("The crane failed four of its last six inspections.")
    assert _figures("The last three inspections were all passed.") == []


def test_it_keeps_how_long_a_stock_will_last_but_not_the_time_left_in_a_game():
    assert (Decimal(5), "days") in _figures("The clinic has about five days of insulin left.")
    assert _figures("Pellow scored with four minutes of normal time left.") == []


def test_it_keeps_a_tally_built_up_over_a_season_but_not_the_tally_of_one_game():
    assert (Decimal(14), "goals") in _figures("Okafor has now scored 14 goals in 20 games for the club.")
    assert _figures("Okafor scored 3 goals in the final.") == []


def test_it_keeps_a_span_a_named_rule_sets_but_not_the_size_of_a_change_a_law_makes():
    deposit = "The statutory rules require landlords to return a deposit within 20 days."
    assert (Decimal(20), "days") in _figures(deposit)
    assert (Decimal(9), "hours") in _figures("The legal maximum for a lorry driver is nine hours.")
    assert _figures("Under the new law, the age will rise by two months a year.") == []
