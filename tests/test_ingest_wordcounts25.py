"""Counts in words of round 25: what "with", "in", a relative clause or a source leaves a count, and what not."""

from decimal import Decimal

from tests.ingest_helpers import figures, mentions


def test_a_count_after_with_is_what_a_thing_has_or_whom_it_was_done_with():
    assert figures("Sir, I run a café with four part-time staff.") == [(Decimal(4), "staff")]
    assert figures("Talks with two companies were under way, she said.") == [(Decimal(2), "companies")]
    text = "The night passed peacefully, with two arrests for public order offences, a police spokesman said."
    assert figures(text) == [(Decimal(2), "arrests")]
    # a condition set off by commas, or a circumstance the words after the noun make of it, is no count
    assert figures("Even at 40 lumas a dose, with two doses, the vaccine pays for itself.") == [(Decimal(40), "lumas")]
    assert figures("Harriers are 13 points behind with five games to play.") == [(Decimal(13), "points")]


def test_bodies_that_open_a_report_are_the_act_counted_not_its_sources():
    text = "Two other water companies have warned they may follow Carrow Water with bans of their own."
    assert figures(text) == [(Decimal(2), "companies")]
    assert figures("Four parish councils have written to object.") == [(Decimal(4), "councils")]
    # people a reporter spoke to, or the bodies they are drawn from, stay the sources
    assert figures("Two senior pilots said morale had collapsed.") == []
    assert figures("Officials at two health ministries said the plan was late.") == []


def test_a_relative_clause_that_says_what_they_do_names_the_set_counted():
    text = "It counts the jobs of cleaners and the three firms that supply the plant with contract engineers."
    assert (Decimal(3), "firms") in figures(text)
    # ... unless the article counted that set before: the same claim again
    text = (
        "The broadcaster plans to close four of its regional studios. "
        '"We have 300 members in the four studios that would close," he said.'
    )
    assert [f for f in figures(text) if f[1] == "studios"] == [(Decimal(4), "studios")]


def test_line_staff_are_counted_not_a_phone_line():
    text = '"We sent home all forty line staff on full pay," said the managing director.'
    assert figures(text) == [(Decimal(40), "staff")]


def test_no_ending_an_answer_is_no_identifier_before_a_count_in_words():
    text = "Did they all agree? No. Two of the nine trustees wrote to the minister."
    assert (Decimal(2), "trustees") in figures(text)
    assert (Decimal(6), "students") in figures("I said no. Half a dozen of my students came to the meeting.")


def test_the_other_n_before_its_verb_is_the_rest_of_a_whole():
    text = "Two of the five analysts raised their targets; the other three left theirs unchanged."
    assert (Decimal(3), "analysts") in figures(text)
    text = "That compares with 26.1 in Harl and 27.5 in Ostmere, the valley's other two towns."
    assert (Decimal(2), "towns") not in figures(text)


def test_a_pronoun_before_said_makes_the_source_nouns_a_count():
    text = "The ministry said it would expel twelve Tarsovian diplomats who it said had helped arrange the shipments."
    assert [(m.value, m.unit) for m in mentions(text)] == [(Decimal(12), "diplomats")]


def test_where_a_body_has_or_runs_things_is_its_size():
    assert figures("They own schools in five cities.") == [(Decimal(5), "cities")]
    assert figures("Nordvale now employs 8,400 people in seven countries.") == [
        (Decimal(8400), "people"),
        (Decimal(7), "countries"),
    ]
    assert figures("The bird flu spread to farms in four provinces.") == []


def test_the_places_something_happened_at_are_counted_and_no_clause_joins_the_noun():
    text = "The pontoon has sunk in three places, and boats have had to move across the bay."
    assert figures(text) == [(Decimal(3), "places")]


def test_a_share_hyphened_before_the_figure_it_names_is_a_share():
    text = '"We do not recognise the one-in-eight figure," she said.'
    assert figures(text) == [(Decimal("12.5"), "percent")]
    assert figures("The wall was built against a one-in-100-year flood.") == []


def test_n_more_in_a_paragraph_that_counted_nothing_is_more_of_the_noun_named_before():
    text = "There will be more warnings before the spring. I would bet on a dozen more by the end of February."
    assert figures(text) == [(Decimal(12), "warnings")]
