"""Quantities of round 21, second pass: a speaker counting their own people after a sampling verb."""

from decimal import Decimal

from ingest.extraction import clean_text
from tests.ingest_helpers import figures


def test_a_figure_of_our_own_members_after_surveyed_is_the_surveys_size():
    # a survey's size is no claim (ingest_labelling.md, session 21), the speaker's own members too
    text = '"We surveyed 2,300 of our growers and most told us they would plant less," the guild chair said.'
    assert figures(text) == []


def test_a_figure_of_us_after_interviewed_counts_people():
    text = '"The inspector interviewed 140 of us over two days," one nurse said.'
    assert figures(text) == [(Decimal(140), "people")]


def test_a_small_bare_figure_goes_on_from_a_count_of_its_size_not_a_sum_in_millions():
    text = (
        "The board said it had bought 640 electric buses for 85 million florins, and that the first 120 would run "
        "from March."
    )
    assert figures(text) == [
        (Decimal(640), "buses"),
        (Decimal(85_000_000), "florins"),
        (Decimal(120), "buses"),
    ]


def test_a_small_bare_figure_after_only_a_sum_in_millions_is_not_that_currency():
    text = "The council took 3 million florins in parking fines, according to a paper to its board (item 9 of 12)."
    assert (Decimal(9), "florins") not in figures(text)


def test_a_linking_verb_after_a_figure_is_not_what_it_counts():
    text = "Officials said 40 inspectors would be hired. Nobody explained how a few dozen became 40, the union said."
    assert all(unit != "became" for _, unit in figures(text))


def test_an_auxiliary_before_a_level_is_not_its_subject():
    text = (
        "The number of households left without running water after a burst main on the northern ring road near the "
        "old mining town of Carrow has fallen to 140, the utility said on Friday."
    )
    assert all(unit != "has" for _, unit in figures(text))


def test_a_line_about_what_a_thing_covers_is_the_articles_not_a_note_on_its_writer():
    text = (
        "The new reservoir will open in May.\n\n"
        "The lake covers 31 hectares of former farmland.\n\n"
        "Ana Pell covers water and energy for the Courier.\n"
    )
    cleaned = clean_text(text)
    assert "The lake covers 31 hectares" in cleaned
    assert "Ana Pell" not in cleaned
    assert (Decimal(31), "hectares") in figures(text)
