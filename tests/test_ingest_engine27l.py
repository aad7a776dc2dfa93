"""
Bare figures read in the wrong unit (session 27): a figure given with no noun of its own was guessed from its
context, the people named near it or the paragraph's last unit, where the sentence itself says what it counts. The
whole a part is taken from ("140 observers out of 600") counts what the part counts.
"""

from decimal import Decimal

from tests.ingest_helpers import figures


def _unit_of(text: str, value: int) -> str:
    return next(unit for found, unit in figures(text) if found == Decimal(value))


def test_the_whole_out_of_which_a_part_is_taken_counts_what_the_part_counts():
    text = "Some 320 residents live in the valley. Only 58 wardens were on duty out of 410, the union said."
    assert _unit_of(text, 410) == "wardens"


def test_a_whole_set_off_after_the_part_with_a_qualifier_counts_the_same():
    text = "The board said 36 ponds had been cleared so far, out of about 220 across the county."
    assert _unit_of(text, 220) == "ponds"


def test_the_number_of_a_plural_with_a_name_before_it_counts_that_plural():
    text = "Four tugs were sent to the harbour. The navy put the number of Dernish sailors on board at 230."
    assert _unit_of(text, 230) == "sailors"


def test_the_number_of_an_age_group_counts_that_group():
    text = "The ministry opened 12 colleges. The number of 18-year-olds in the province fell by 6,500 after 2019."
    assert _unit_of(text, 6500) == "18-year-olds"


def test_the_number_of_aircraft_counts_aircraft():
    text = "Radar tracked the number of transport aircraft at three bases at 64."
    assert _unit_of(text, 64) == "aircraft"


def test_a_forecast_of_named_goods_sales_counts_the_goods():
    text = "Brell cut its forecast for Ostmark van sales this year to 41,000 from 52,000, it said."
    assert _unit_of(text, 41000) == "vans"


def test_a_waiting_list_forecast_to_pass_a_level_counts_the_people_on_it():
    text = "The union has 2,300 workers in care homes. An official said the waiting list could pass 18,000 by March."
    assert _unit_of(text, 18000) == "people"


def test_a_clinics_waiting_list_counts_its_patients():
    text = "Some 420 nurses work in the region. A doctor said her clinic's waiting list had grown to 2,750."
    assert _unit_of(text, 2750) == "patients"


def test_a_saving_named_as_the_subject_is_a_sum_in_the_pages_currency():
    text = (
        "The council spent 4.2 million lunets on the pier, where 300 residents use the baths. "
        "Its own papers show the saving is 310,000, a councillor said."
    )
    assert _unit_of(text, 310000) == "lunets"


def test_the_figure_after_a_number_is_its_head_and_the_plural_after_it_a_verb():
    text = 'The board asked for 6 million ravs for repairs. "The 6 million figure leaves out the roof," he said.'
    assert [unit for value, unit in figures(text) if value == Decimal(6000000)] == ["ravs", "ravs"]


def test_a_figure_spoken_of_as_a_whole_then_its_verb_counts_what_it_counted_before():
    text = 'The ministry put the cost at 2.8 million ravs. "Every sum is checked, and the 2.8 million stands," he said.'
    assert [unit for value, unit in figures(text) if value == Decimal(2800000)] == ["ravs", "ravs"]


def test_a_crowd_at_a_match_is_counted_in_spectators_and_a_rallys_in_people():
    match = "Dunmore won the match 3-0 at Kell Road in front of a crowd of 7,340, the club said."
    rally = "Police put the crowd at the rally in Varn Square at 7,340."
    assert _unit_of(match, 7340) == "spectators"
    assert _unit_of(rally, 7340) == "people"


def test_a_part_of_a_crowd_at_a_match_is_counted_in_spectators():
    text = "The stadium was full for the cup match. The club said 2,200 of the crowd had bought tickets online."
    assert _unit_of(text, 2200) == "spectators"


def test_a_multiple_of_a_sum_named_with_two_words_before_it_is_in_times():
    text = "The average cottage now sells for 11.4 times median household earnings, the office said."
    assert (Decimal("11.4"), "times") in figures(text)


def test_late_or_early_before_a_plural_is_its_modifier_not_the_end_of_the_phrase():
    text = "Some 40 drivers work for the depot. The firm was fined for 31 late collections last year."
    assert _unit_of(text, 31) == "collections"


def test_an_attendance_told_as_an_average_counts_the_visitors_the_page_counted():
    text = (
        "The gallery drew 410,000 visitors last year, the trust said. It has 85 guides on its books. "
        "This spring, daily attendance has averaged about 1,900."
    )
    assert _unit_of(text, 1900) == "visitors"


def test_a_plural_subject_estimated_at_a_level_is_what_the_level_counts():
    text = "About 600 residents live on the island. Summer walkers on the cliffs were estimated at 31,000 by the trust."
    assert _unit_of(text, 31000) == "walkers"


def test_numbers_that_held_steady_at_a_level_count_their_noun():
    text = "The charity runs 140 sites across the county. Donor numbers held steady at 7,200, it said."
    assert _unit_of(text, 7200) == "donors"


def test_a_count_of_them_set_off_beside_a_plural_counts_that_plural():
    text = (
        "The board spent 2.1 million ravs on repairs last year. "
        "It plans to sell some of its older depots, perhaps five of them, the paper said."
    )
    assert _unit_of(text, 5) == "depots"


def test_a_part_of_those_a_deed_was_done_to_counts_people():
    after = "The clinic logged 64 cases of flu. Doctors said 9 of those infected had needed oxygen."
    opening = "Police recorded 31 raids on farms. Of those arrested, seven have been charged."
    assert _unit_of(after, 9) == "people"
    assert _unit_of(opening, 7) == "people"


def test_more_with_no_noun_then_a_time_is_more_of_what_the_paragraph_counted():
    text = "The council planted 2,400 oaks last winter. Its plan, backed by residents, is to plant 6,000 more by 2031."
    assert _unit_of(text, 6000) == "oaks"


def test_extra_with_no_noun_in_a_new_paragraph_is_more_of_the_plural_named_before():
    text = (
        "The ministry funded 3,100 midwifery places this year.\n\n"
        "The union welcomed the places but said ministers had promised 900 extra in their manifesto."
    )
    assert _unit_of(text, 900) == "places"
