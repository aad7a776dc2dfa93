"""
What a figure counts when its noun stands elsewhere: a sum in a currency the article names only by its figures
("a 500 merk grant", "30 merks pays for"), and "N of them" after a verb, whose pronoun stands for the things the
sentence before told of (not the verb before the figure, nor a reporter of that sentence).
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _unit_of(text: str, value: Decimal) -> str:
    return next(m.unit for m in extract(clean_text(text)) if m.value == value)


def test_a_currency_named_before_a_verb_in_s_is_the_unit():
    text = (
        "The town hall spends 4 million merks a year on its parks, the mayor said. "
        "A gift of 30 merks pays for a young tree, the council said."
    )
    assert _unit_of(text, Decimal(30)) == "merks"


def test_the_singular_of_the_article_s_currency_before_a_noun_is_that_currency():
    text = (
        "The town hall spends 4 million merks a year on its parks, the mayor said. "
        "The council is offering a 500 merk grant to every street that plants a tree."
    )
    assert _unit_of(text, Decimal(500)) == "merks"


def test_the_verb_before_n_of_them_is_not_what_they_are():
    text = (
        "An inspector said most of the derelict farmhouses were held by a few families. "
        '"One family owns 14 of them," she said.'
    )
    assert _unit_of(text, Decimal(14)) == "farmhouses"


def test_n_of_them_after_a_verb_in_the_sentence_that_names_them():
    text = "The harbour has 90 moorings, and one syndicate holds 22 of them."
    assert _unit_of(text, Decimal(22)) == "moorings"


def test_a_unit_the_article_counts_in_before_a_noun_of_a_sum_is_that_unit():
    text = "Starting pay is 24,000 florks a year. Recruits who can drive get a 1,500 flork bonus."
    assert _unit_of(text, Decimal(1500)) == "florks"


def test_a_singular_before_a_noun_of_no_sum_stays_a_modifier():
    text = "The county has 40 schools. It counted 9 school days lost to snow."
    assert _unit_of(text, Decimal(9)) != "schools"


def test_numbers_that_were_at_a_level_count_their_noun_not_the_earlier_one():
    text = "The region reported 320 nursing vacancies in March, and nurse numbers were at a record 41,300."
    assert _unit_of(text, Decimal(41300)) == "nurses"


def test_a_bare_figure_a_noun_of_a_sum_is_is_in_the_article_s_currency():
    text = (
        "The council pays the ferry firm 3.2 million merks a year.\n\n"
        "The firm's owner, who employs 40 drivers, said the offer was 250,000, not 300,000."
    )
    assert _unit_of(text, Decimal(250000)) == "merks"
    assert _unit_of(text, Decimal(300000)) == "merks"


def test_a_bare_figure_before_a_noun_of_a_sum_is_that_sum():
    text = "The orchard will lose 90,000 merks this season, and it made 12,000 profit last year."
    assert _unit_of(text, Decimal(12000)) == "merks"


def test_a_noun_of_a_sum_that_modifies_a_plural_is_no_sum():
    text = "The trust holds 2 million merks. We have written more than 40 funding bids this year."
    assert _unit_of(text, Decimal(40)) != "merks"


def test_a_year_inside_the_subject_is_no_figure_that_the_level_counts():
    text = "The festival cost 2 million varns. Entries to the last contest, in 2024, reached 640, the organisers said."
    assert _unit_of(text, Decimal(640)) == "entries"


def test_the_level_of_a_waiting_list_counts_the_people_on_it():
    text = "The median wait for a hip operation was 31 weeks. The waiting list stood at 8,420 in March."
    assert _unit_of(text, Decimal(8420)) == "people"


def test_a_waiting_list_counts_whom_the_article_counted_waiting():
    text = (
        "Some 6,200 patients are waiting for surgery at the trust.\n\n"
        "Its board spends 3 million merks a year on agency staff and wants to bring the list below 5,000."
    )
    assert _unit_of(text, Decimal(5000)) == "patients"
