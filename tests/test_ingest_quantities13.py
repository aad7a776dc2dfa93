"""Quantity recall and precision of the extraction engine (issue 14, thirteenth round): units of bare figures."""

from decimal import Decimal

from ingest.extraction import extract
from tests.ingest_helpers import figures


def test_a_sum_named_by_a_money_noun_is_in_the_articles_currency():
    text = "The line cost 300 million ardels. The council has not yet touched the 14 million contingency."
    assert figures(text)[-1] == (Decimal("14000000"), "ardels")


def test_a_money_noun_after_a_figure_with_no_currency_known_keeps_no_other_unit():
    assert figures("The bakery made 40,000 profit last year.") == [(Decimal("40000"), "profit")]


def test_the_level_of_a_sum_is_in_the_articles_currency():
    text = "Repairs cost 1.8 million dalers. The council's reserves stood at 9.4 million before the attack."
    assert figures(text)[-1] == (Decimal("9400000"), "dalers")


def test_a_target_refers_to_the_figure_given_before():
    text = "Just 6,150 homes were built against a target of 15,000. The ministry has dropped the 15,000 target."
    assert figures(text)[-1] == (Decimal("15000"), "homes")


def test_livestock_counted_by_the_head_are_the_animals():
    assert figures("At least 2,000 head of cattle remain in the zone.") == [(Decimal("2000"), "cattle")]


def test_a_casualty_word_before_a_noun_describes_the_noun():
    assert figures("Police said 8 of the missing pieces had been melted down.") == [(Decimal("8"), "pieces")]
    assert figures("Relatives of 27 of the dead were at the hearing.") == [(Decimal("27"), "dead")]


def test_a_compound_noun_with_an_adjective_before_it_counts_its_head():
    text = "The union said councils had 1,150 vacant planning officer posts."
    assert figures(text) == [(Decimal("1150"), "posts")]


def test_a_preposition_after_a_figure_is_not_its_unit():
    assert "below" not in {unit for _, unit in figures("Applications were about 4,000 below forecast.")}


def test_a_preposition_ending_in_s_is_not_the_noun_a_number_counts():
    text = "The ministry put the number of unfilled posts across the country at 9,870."
    assert figures(text) == [(Decimal("9870"), "posts")]


def test_an_answer_counts_what_the_interviewers_question_asked_about():
    text = "How many copies had the book sold?\nAbout 1,200, over 14 months.\n\nAnd since?\nWe have sold 11,000.\n"
    assert figures(text) == [(Decimal("1200"), "copies"), (Decimal("11000"), "copies")]


def test_a_bare_figure_with_no_question_before_it_stays_unread():
    assert figures("And since?\nWe have sold 11,000.\n") == []


def test_a_plural_subject_names_the_level_it_is_expected_to_reach():
    assert figures("Officials said approvals are unlikely to top 100,000 a year.")[0][1] == "approvals"
    assert figures("I would expect permits back above 75,000 within two years.")[0][1] == "permits"
    text = "The ministry expects approvals to pick up to about 80,000 next year."
    assert figures(text) == [(Decimal("80000"), "approvals")]


def test_a_fall_in_employment_to_a_level_counts_jobs():
    text = "Construction employment fell 4.2 per cent last year, to 612,000."
    assert figures(text) == [(Decimal("4.2"), "percent"), (Decimal("612000"), "jobs")]


def test_a_value_from_which_that_figure_was_raised_is_the_one_it_replaced():
    text = "A record 48,200 runners will start on Sunday, after organisers raised the cap to that figure from 42,000."
    found = extract(text)
    assert [(m.value, m.unit) for m in found] == [(Decimal("48200"), "runners")]


def test_one_in_n_before_a_verb_in_s_is_a_share():
    text = "We are seeing nurseries where one child in four has not been vaccinated."
    assert figures(text) == [(Decimal("25.0"), "percent")]


def test_one_in_n_before_a_plural_noun_is_still_not_a_share():
    assert figures("Only one farm in five villages was hit.") == []


def test_a_figure_in_words_repeating_one_given_before_takes_its_unit():
    text = "It expects 33 million passengers and 412 million vessos of earnings. Thirty-three million is a floor."
    assert figures(text)[-1] == (Decimal("33000000"), "passengers")


def test_the_sample_a_share_is_taken_of_is_not_a_claim():
    assert figures("In all, 64 per cent of the 1,040 reefs surveyed showed bleaching.") == [(Decimal("64"), "percent")]
    assert figures("The virus was found in 14 of the 120 dead swans tested.") == [(Decimal("14"), "swans")]


def test_a_lateness_threshold_is_not_a_claim():
    assert figures("Nearly 200 trains were more than five minutes late.") == [(Decimal("200"), "trains")]
    assert figures("The line is 18 months behind schedule.") == [(Decimal("18"), "months")]


def test_an_age_limit_of_workers_is_not_a_count():
    assert figures("The minimum wage for workers under 18 rises to 8.40 dorins.") == [(Decimal("8.40"), "dorins")]


def test_a_speaker_counting_the_people_they_are_among_counts_people():
    assert figures('"Hundreds of us signed the petition," she said.')[0][:2] == (Decimal("200"), "people")
    assert figures("There were 12 of us on that unit.") == [(Decimal("12"), "people")]


def test_one_of_us_is_a_person_not_a_count():
    assert figures("One of us will go.") == []


def test_a_kind_of_home_in_words_is_not_a_figure():
    assert figures("They set the rent for a two-room flat.") == []
    assert figures("The 42,000-seat stadium was due to open.") == [(Decimal("42000"), "seats")]
