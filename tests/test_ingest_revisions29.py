"""Round 29: revised figures (a value with the one it replaced) and lead figures the engine never read."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract


def _mentions(text: str) -> list[Mention]:
    return extract(clean_text(text))


def _one(text: str, value: str) -> Mention:
    found = [m for m in _mentions(text) if m.value == Decimal(value)]
    assert len(found) == 1, [(m.value, m.unit, m.previous_value) for m in _mentions(text)]
    return found[0]


def test_a_level_counts_the_subject_named_before_a_place_phrase():
    mention = _one(
        "Passenger numbers at the main ferry terminal in Ostbury fell to 41,500 in the year to June, "
        "down from 52,000 the year before, the port authority said.",
        "41500",
    )
    assert mention.unit == "passengers"
    assert mention.previous_value == Decimal(52000)


def test_a_long_number_of_subject_counts_its_noun_and_takes_the_earlier_value_given_next():
    text = (
        "The number of children treated for smoke inhalation after the fire at the depot on the edge of "
        "Marrowby has risen to 34, the county health service said on Tuesday. "
        "The service had reported 21 cases on Sunday."
    )
    mention = _one(text, "34")
    assert mention.unit == "children"
    assert mention.previous_value == Decimal(21)
    assert not [m for m in _mentions(text) if m.value == Decimal(21)]


def test_a_comparison_with_a_season_of_an_earlier_year_gives_the_value_replaced():
    mention = _one(
        "Clinics reported 2,140 missed appointments in the first quarter, compared with 1,310 in winter 2024.",
        "2140",
    )
    assert mention.previous_value == Decimal(1310)


def test_the_value_replaced_may_be_described_in_four_words():
    mention = _one(
        "The crowd of 8,870 was the stadium's biggest since 2019, up from a previous high this spring of 7,420.",
        "8870",
    )
    assert mention.previous_value == Decimal(7420)


def test_a_units_abbreviation_in_brackets_does_not_hide_the_value_replaced():
    mention = _one(
        "Solar output in Derrin rose to 2.4 gigawatt hours (GWh) in the second quarter from 1.7 GWh a year earlier.",
        "2.4",
    )
    assert mention.previous_value == Decimal("1.7")


def test_a_bare_value_reached_counts_what_the_value_it_replaced_named():
    mention = _one(
        "We are hiring 60 more cleaning staff, and we will cut the largest lecture groups from 120 students to 80.",
        "80",
    )
    assert mention.unit == "students"
    assert mention.previous_value == Decimal(120)


def test_a_bare_value_reached_counts_what_the_article_counted_the_value_it_replaced_in():
    text = "The firm meant to build 30 of its own depots by 2031.\n\nWe have cut that plan to 18, from 30."
    mention = _one(text, "18")
    assert mention.unit == "depots"
    assert mention.previous_value == Decimal(30)


def test_a_number_word_reached_before_the_one_it_replaced_counts_the_noun_named():
    mention = _one("The agency raised the number of closed schools to seven from four.", "7")
    assert mention.unit == "schools"
    assert mention.previous_value == Decimal(4)


def test_a_small_count_told_with_its_change_is_a_claim():
    mention = _one("The lifeboat station now works with two boats in winter, down from four a decade ago.", "2")
    assert mention.unit == "boats"
    assert mention.previous_value == Decimal(4)


def test_days_counted_with_their_change_are_a_claim():
    mention = _one("The pass has been shut on 9 days so far this winter, up from 3 in the whole of last winter.", "9")
    assert mention.unit == "days"
    assert mention.previous_value == Decimal(3)


def test_an_age_a_rule_sets_changed_is_a_claim_in_years():
    mention = _one("The assembly voted to raise the retirement age to 68 from 66 by 2040.", "68")
    assert mention.unit == "years"
    assert mention.previous_value == Decimal(66)


def test_a_duration_after_another_figure_keeps_its_clause_change_off():
    found = _mentions("The board will spend 30 million marks over four years, up from 12 million in the last plan.")
    assert not [m for m in found if m.unit == "years"]


def test_the_figure_first_proposed_is_the_value_replaced():
    mention = _one("That leaves 84 social flats rather than the 130 first proposed.", "84")
    assert mention.previous_value == Decimal(130)


def test_the_figure_disclosed_before_is_the_value_replaced():
    mention = _one(
        "Thieves took records of 2.2 million patients, nearly twice the 1.2 million it disclosed in June.",
        "2200000",
    )
    assert mention.previous_value == Decimal(1200000)


def test_a_forecast_set_against_its_outcome_stays_a_claim_of_its_own():
    found = _mentions("The levy raised 180 million marks, short of the 240 million it had forecast.")
    assert [m.value for m in found if m.value == Decimal(240000000)]


def test_an_offer_first_proposed_then_raised_is_one_revision():
    text = "The council had proposed a rise of 3 percent in March but raised its offer to 4.5 percent after talks."
    mention = _one(text, "4.5")
    assert mention.previous_value == Decimal(3)
    assert not [m for m in _mentions(text) if m.value == Decimal(3)]


def test_a_subjects_own_figure_then_the_level_it_fell_to_is_one_revision():
    mention = _one("His pension pot of 86,000 marks had fallen to about 9,000 marks by the spring.", "9000")
    assert mention.previous_value == Decimal(86000)


def test_a_paragraph_ending_on_a_contact_address_keeps_its_figures():
    text = (
        "Live: dock strike, day two\n\n"
        "Some background: the port handles about 41,000 containers a week, according to harbour data. "
        "Send us your views: live@courier.example\n"
    )
    assert "41,000 containers" in clean_text(text)
    assert _one(text, "41000").unit == "containers"


def test_a_shares_earlier_value_is_not_a_counts():
    text = "The board said 58.2 per cent of pupils passed in at least four subjects, down from 60.1 per cent last year."
    found = {m.figure: m.previous_value for m in _mentions(text)}
    assert found["58.2 per cent"] == Decimal("60.1")
    assert found["at least four subjects"] is None


def test_an_earlier_value_naming_another_unit_is_another_figures():
    text = "A dozen eggs cost 4.10 marks last week, up from 3.20 marks in May, the statistics office said."
    found = {m.figure: m.previous_value for m in _mentions(text)}
    assert found.get("A dozen eggs") is None  # the dozen a price is given for is no count (engine27c)
    assert found["4.10 marks"] == Decimal("3.20")


def test_a_change_told_after_a_count_of_its_own_is_that_counts():
    text = "Surveyors visited 38 reefs and counted 6,400 nesting pairs, down from about 9,000 pairs in 2001."
    found = {m.figure: m.previous_value for m in _mentions(text)}
    assert found.get("38 reefs") is None  # the sites a study visited are its sample, no figure (engine27h)
    assert found["6,400 nesting pairs"] == Decimal(9000)


def test_an_earlier_value_of_another_order_of_size_is_another_figures():
    text = "The fund for the 280,000 nurses has a deficit of 3.1 billion marks, up from 2.4 billion a year earlier."
    found = {m.figure: m.previous_value for m in _mentions(text)}
    assert found["280,000 nurses"] is None
    assert found["3.1 billion marks"] == Decimal(2400000000)
