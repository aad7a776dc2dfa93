"""The review of session 25's engine diffs, mended (notes/review25.md, findings 2-10 and 12-15): each rule tied to
the clause it reads."""

from decimal import Decimal

from ingest.speakers import SpeakerMemory
from tests.ingest_helpers import figures, speakers_by_figure


def unit_of(text: str, value: str) -> str:
    """The unit the engine gives the figure of ``value`` in ``text`` ("" when it suggests none)."""
    return next((unit for found, unit in figures(text) if found == Decimal(value)), "")


def test_a_measure_with_its_unit_is_no_magnitude_on_a_page_about_a_quake():
    assert unit_of("The tremors began in May. The pool measured 2.5 metres deep.", "2.5") == "metres"
    text = "A magnitude 5.1 earthquake struck on Monday. A crack in the road measured 3 metres wide."
    assert unit_of(text, "3") == "metres"
    assert unit_of("The quake measured 5.8.", "5.8") == "magnitude"


def test_measuring_on_a_page_about_a_quake_is_a_magnitude_as_its_unit_reads_it():
    assert unit_of("The tremors began in May. One measuring 4.2 hit the town on Sunday.", "4.2") == "magnitude"


def test_a_rise_against_a_time_before_is_no_currency_move():
    page = (
        "Exports rose 4.1 percent in March, the statistics office said. "
        "Imports rose 2.2 percent against the same month last year.\n"
    )
    assert speakers_by_figure(page)["2.2 percent"] == "statistics office"
    page = (
        "Exports rose 4.1 percent in March, the statistics office said. "
        "The lune fell 0.9 per cent against the dollar after the vote.\n"
    )
    assert speakers_by_figure(page)["0.9 per cent"] is None


def test_a_standing_rule_takes_the_speaker_from_its_own_clause_only():
    page = (
        "Exports rose 4.1 percent in March, the statistics office said. "
        "The legal limit on borrowing is 3 percent of output, and debt rose 2 percent.\n"
    )
    found = speakers_by_figure(page)
    assert found["3 percent"] is None
    assert found["2 percent"] == "statistics office"


def test_a_person_set_off_by_a_role_is_no_body_its_names():
    page = (
        "Greyweir Spirits builds stills.\n\n"
        "Anna Berg, a local farmer, sold its barley to the distillery. "
        "The company has offered 1.5 million skellars to the town.\n"
    )
    assert speakers_by_figure(page)["1.5 million skellars"] != "Anna Berg"
    page = (
        "Greyweir Spirits builds stills.\n\n"
        "Mara Lind, the chief executive, defended its pay policy. "
        "The company has offered 1.5 million skellars to the town.\n"
    )
    assert speakers_by_figure(page)["1.5 million skellars"] != "Mara Lind"
    page = (
        "Greyweir Spirits, the family-owned distillery, has applied to build a visitor centre beside its warehouses. "
        "The company has offered 1.5 million skellars to the town.\n"
    )
    assert speakers_by_figure(page)["1.5 million skellars"] == "Greyweir Spirits"


def test_parties_a_relative_clause_describes_are_still_the_parties_named_before():
    assert figures("The two sides that met on Monday agreed nothing.") == []
    assert (Decimal(3), "firms") in figures("The three firms that supply the plant were paid.")


def test_the_other_n_before_a_participle_that_describes_a_noun_points_back():
    text = "Two of the five officers were injured; the other three armed officers were unhurt."
    assert unit_of(text, "3") == ""


def test_us_is_a_group_of_people_something_was_done_to():
    assert unit_of("She said complaints have increased. Dozens of us were asked to leave", "24") == "people"
    assert unit_of("She said complaints were rejected. Dozens of us were asked to leave", "24") == "people"
    assert unit_of("She said workers have complained. Dozens of us were asked to leave", "24") == "people"
    assert unit_of('A porter said staff were fined too, "dozens of us every month".', "24") == "staff"


def test_bodies_acting_are_named_by_a_bodys_kind():
    assert figures("Three firms have warned of job cuts.") == [(Decimal(3), "firms")]
    assert figures("Four charities have written to object.") == [(Decimal(4), "charities")]
    assert figures("Two houses said they would vote against it.") == []


def test_the_yield_on_a_bond_is_a_market_price():
    page = (
        "Exports rose 4.1 percent in March, the statistics office said. "
        "The yield on two-year government bonds dropped 12 basis points.\n"
    )
    assert speakers_by_figure(page)["12 basis points"] is None


def test_where_a_person_did_something_is_no_count():
    assert figures("He ran a marathon in three cities.") == []
    assert figures("The band played in three places.") == []
    assert figures("The main tank was cracked in 14 places.") == [(Decimal(14), "places")]


def test_a_number_to_call_is_no_count_whoever_answers_it():
    assert figures("Call the 111 line operators.") == []


def test_a_bare_dimension_takes_the_unit_the_same_dimension_was_given_in():
    assert unit_of("The river is 40 kilometres long. The levee is 4 high.", "4") != "kilometres"
    text = '"It is barely 4 metres wide at the bridge. A coach is 2.5 wide without its mirrors," he said.'
    assert unit_of(text, "2.5") == "metres"


def test_a_place_a_body_is_home_to_opens_its_background():
    page = (
        "The national statistics office raised its estimate of growth in the north to 2.4 percent.\n\n"
        "The north outgrew the country as a whole, which expanded 1.9 percent, according to the office.\n\n"
        "The region is home to about 1.3 million people. Its output was worth 41.6 billion stennets, the office said.\n"
    )
    assert speakers_by_figure(page)["about 1.3 million people"] is None


def test_reading_the_opening_is_no_part_of_what_the_memory_holds():
    assert "_reading_opening" not in repr(SpeakerMemory())
