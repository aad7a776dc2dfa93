"""
The session-21 rule "An earlier value in time" (tests/ingest_labelling.md) for the revisions family: an earlier value
set off in the same clause by a comma or "where" (a participle, a relative, an apposition, "where it used to be") is
the figure's previous_value, as one in the clause after or before is; the figure now may be told by the present
perfect of a change ("has been cut to", "has grown to") or "so far", and the clause after may take up the measure by
its possessive ("their count") or as "the new figure".
"""

from decimal import Decimal

from tests.ingest_helpers import revisions


def test_it_pairs_a_participle_of_the_earlier_value_in_the_same_sentence():
    found = revisions("The number of people reported missing now stands at 212, having been 140 on Tuesday evening.")
    assert found == [(Decimal(212), "missing", Decimal(140))]


def test_it_pairs_an_apposition_of_last_year_with_the_present_perfect_of_a_cut():
    found = revisions("The council's subsidy for the routes, 650,000 crowns last year, has been cut to 400,000.")
    assert found == [(Decimal(400000), "crowns", Decimal(650000))]


def test_it_pairs_a_relative_clause_in_the_past_with_the_value_now():
    found = revisions("A single fare, which was 2.20 crowns, now costs 2.60.")
    assert found == [(Decimal("2.6"), "crowns", Decimal("2.2"))]


def test_it_pairs_a_where_clause_of_what_it_used_to_be():
    found = revisions("The speed limit on the road is now 50 kilometres an hour where it used to be 60.")
    assert found == [(Decimal(50), "kilometres an hour", Decimal(60))]


def test_it_takes_up_the_count_by_its_possessive_in_the_next_sentence():
    found = revisions("Engineers have so far declared 23 road bridges unsafe. On Tuesday their count was 15.")
    assert found == [(Decimal(23), "bridges", Decimal(15))]


def test_it_reads_the_new_figure_as_the_measure_taken_up_after_a_pluperfect_estimate():
    found = revisions(
        "The line had been expected to cost 3 billion crowns; the new figure, in a report to the council, "
        "is 4.6 billion."
    )
    assert found == [(Decimal(4600000000), "crowns", Decimal(3000000000))]
