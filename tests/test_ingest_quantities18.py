"""Quantity reading of the extraction engine (issue 18, eighteenth round): tests/ingest_labelling.md's conventions."""

from decimal import Decimal

import pytest

from tests.ingest_helpers import mentions


def _read(text: str) -> list[tuple[Decimal | None, Decimal | None, Decimal | None, str, str]]:
    return [(m.value, m.lower, m.upper, m.unit, m.qualifier) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "value", "lower", "unit"),
    [
        ("The trust said several hundred walkers had signed the petition.", 300, 200, "walkers"),
        ("Wardens said a few dozen kayaks were left on the shore.", 36, 24, "kayaks"),
        ("The agency said several thousand parcels were lost in the fire.", 3000, 2000, "parcels"),
        ("The bank said the scheme had cost several million krona.", 3_000_000, 2_000_000, "krona"),
        ("The mayor said a couple of hundred stalls would open.", 200, 100, "stalls"),
    ],
)
def test_a_few_and_several_before_a_unit_are_three_of_it_and_a_couple_two(text, value, lower, unit):
    assert _read(text) == [(value, lower, None, unit, "at_least")]


def test_a_handful_is_three_and_plurals_are_at_least_two_of_their_unit():
    assert _read("The inspector said a handful of ferries had failed the test.") == [
        (3, 3, None, "ferries", "at_least")
    ]
    assert [(m.value, m.unit) for m in mentions("The union said scores of porters and dozens of cooks had quit.")] == [
        (40, "porters"),
        (24, "cooks"),
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The warden said nearly 70 swans had died on the lake.", 70, "swans"),
        ("The warden said almost 70 swans had died on the lake.", 70, "swans"),
        ("The warden said nearly half of the swans had died.", 50, "percent"),
        ("The warden said almost a quarter of the swans had died.", 25, "percent"),
    ],
)
def test_nearly_and_almost_are_at_most_the_figure_named(text, value, unit):
    assert _read(text) == [(value, None, value, unit, "at_most")]


def test_about_a_third_is_an_approximate_share():
    ((value, _, _, unit, qualifier),) = _read("The warden said about a third of the swans had died.")
    assert (value, unit, qualifier) == (Decimal("33.3"), "percent", "approximately")


def test_a_figure_of_two_things_is_named_by_both():
    # tests/ingest_labelling.md, session 25: a coordination ("scientists and engineers") is the unit as written
    assert [m.unit for m in mentions("The board said it runs 318 locks and weirs on the canal.")] == ["locks and weirs"]
    found = mentions("Inspectors visited 2,400 farms and nurseries, the agency said.")
    assert [m.unit for m in found] == ["farms and nurseries"]


def test_not_one_thing_is_a_count_of_none():
    found = mentions('"Not one valve was tested before the leak," the engineer said.')
    assert [(m.value, m.unit) for m in found] == [(0, "valve")]
    assert mentions('"Not one of them was tested," the engineer said.') == []


def test_a_verb_in_ss_after_a_plural_without_s_is_no_unit():
    found = mentions("Hundreds of children cross the border crossing each week, the charity said.")
    assert [(m.value, m.unit) for m in found] == [(200, "children")]


def test_a_vague_distance_is_no_count():
    assert mentions("The plant sits a few hundred metres from the primary school, residents said.") == []


def test_a_verb_in_s_after_a_figure_is_no_unit():
    text = (
        "The ministry says the new depot cost 96 million torins. "
        '"The 96 million includes three years of maintenance," a spokesman said.'
    )
    assert {m.unit for m in mentions(text)} == {"torins"}


def test_a_change_keeps_the_value_it_replaced_past_a_day_a_month_or_what_it_is_of():
    found = mentions("The board said sales rose to 84 million tickets on Friday from a March average of 61 million.")
    assert [(m.value, m.unit, m.previous_value) for m in found] == [(84_000_000, "tickets", 61_000_000)]
    found = mentions("Premiums rise to 6.5 per cent of income from 5 per cent, the regulator said.")
    assert [(m.value, m.unit, m.previous_value) for m in found] == [(Decimal("6.5"), "percent", 5)]


def test_going_up_to_a_figure_is_no_cap():
    found = mentions("Ticket prices will go up to 14 euros next spring, the operator said.")
    assert [(m.value, m.qualifier) for m in found] == [(14, "exact")]
    found = mentions("Each carriage can hold up to 90 passengers, the operator said.")
    assert [(m.value, m.qualifier) for m in found] == [(90, "at_most")]


def test_a_part_after_including_counts_what_the_sentence_counted():
    found = mentions("Rangers found 23 nesting eagles, including four that had not been seen before.")
    assert [(m.value, m.unit) for m in found] == [(23, "eagles"), (4, "eagles")]


def test_a_prison_population_counts_prisoners_even_where_the_prisons_are_named():
    text = "Brell has nine prisons. The national prison population stood at 6,210 in May, the ministry said."
    assert [(m.value, m.unit) for m in mentions(text) if m.value == 6210] == [(6210, "prisoners")]


def test_a_family_told_about_is_no_count():
    assert mentions("He is survived by his wife, three sons and two nieces, the family said.") == []
    assert mentions("Born in Tarsk, she was the youngest of five children.") == []
    assert mentions('The ministry says its figure is for "a family of two adults and three children".') == []


def test_an_age_at_a_turn_of_a_life_is_no_count():
    assert mentions("She left the navy, trained as a welder and joined the shipyard at 19, and stayed.") == []


def test_one_thing_in_five_before_a_verb_is_a_share():
    found = mentions("The survey found that only one farm in four pays the full levy.")
    assert [(m.value, m.unit) for m in found] == [(25, "percent")]


def test_a_guess_in_words_counts_what_the_sentence_counted():
    text = "The agency logged 40 landslips last year; for a dry year the engineers would expect no more than six."
    assert [(m.value, m.unit, m.qualifier) for m in mentions(text)] == [
        (40, "landslips", "exact"),
        (6, "landslips", "at_most"),
    ]
    text = "The board says 30 libraries may close. How many will really shut? I would say three or four."
    assert [(m.value, m.upper, m.unit) for m in mentions(text)] == [(30, 30, "libraries"), (3, 4, "libraries")]


def test_of_them_counts_what_its_sentence_counted_even_when_that_count_is_no_claim():
    text = "Inspectors said the fault turned up in six depots, and three of them have since been shut."
    assert [(m.value, m.unit) for m in mentions(text)] == [(3, "depots")]


def test_to_double_it_is_a_rise_in_per_cent():
    found = mentions("The grant is 40 million marks, and the mayor wants the council to double it.")
    assert [(m.value, m.unit) for m in found] == [(40_000_000, "marks"), (100, "percent")]


def test_of_them_then_a_plural_counts_that_kind():
    found = mentions("Rescuers said 12 climbers were flown out overnight, five of them guides.")
    assert [(m.value, m.unit) for m in found] == [(12, "climbers"), (5, "guides")]
