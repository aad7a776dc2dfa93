"""Quantity recall and precision of the extraction engine (issue 14, fourteenth round): heads, revisions, words."""

from decimal import Decimal

from ingest.cleaning import clean
from ingest.extraction import extract
from tests.ingest_helpers import figures, revisions


def test_a_plural_without_s_heads_its_noun_phrase():
    assert figures("Wardens counted 7,300 pink-footed geese on the marsh.") == [(Decimal("7300"), "geese")]


def test_a_relational_head_keeps_the_nouns_of_its_compound():
    assert figures("The strike closed offices for 52,000 civil servants.") == [(Decimal("52000"), "civil servants")]
    assert figures("All 14 crew members were rescued by a trawler.") == [(Decimal("14"), "crew members")]
    assert figures("The club said 640 new members had joined.") == [(Decimal("640"), "members")]


def test_a_comparing_adjective_is_not_part_of_a_compound():
    found = figures("The cooperative has 31 growers, and two of its smaller members have left.")
    assert (Decimal("2"), "members") in found


def test_a_figure_hyphened_to_the_articles_currency_is_a_sum_in_it():
    text = "Rents average 900 dorvins a month. The town offers a 2,500-dorvin moving grant to nurses."
    assert figures(text)[-1] == (Decimal("2500"), "dorvins")


def test_a_subject_opening_on_modifiers_is_counted_by_its_plural_head():
    assert revisions("Average weekly overtime hours fell to 4.5 from 6.2, the port said.") == [
        (Decimal("4.5"), "hours", Decimal("6.2"))
    ]


def test_a_named_population_counts_its_members_when_the_article_does():
    text = (
        "Officers said 80 prisoners shared cells.\n\nThe ministry cut its forecast for the prison population to "
        "12,300 from 12,900."
    )
    assert revisions(text)[-1] == (Decimal("12300"), "prisoners", Decimal("12900"))


def test_findings_listed_under_a_subheading_are_read():
    raw = (
        "By Ana Ruiz\n\nThe audit office published its review of the region's bridges on Monday, and its "
        "findings are stark.\n\nKey findings\n- 212 bridges need urgent repairs\n- the repair bill rose to 84 "
        "million from 61 million\n\nThe ministry said it would respond next month."
    )
    found = [(m.value, m.unit) for m in extract(clean(raw))]
    assert (Decimal("212"), "bridges") in found


def test_a_revision_told_over_two_sentences_is_one():
    text = (
        "The agency first put the damage at 30 million lorns in May. It has now raised that estimate to "
        "52 million lorns."
    )
    found = extract(text)
    assert [(m.value, m.previous_value) for m in found] == [(Decimal("52000000"), Decimal("30000000"))]
    assert found[0].quote == text


def test_originally_then_now_in_one_sentence_is_a_revision():
    text = "The ring road, originally costed at 300 million lorns, is now expected to cost 410 million lorns."
    assert revisions(text) == [(Decimal("410000000"), "lorns", Decimal("300000000"))]


def test_then_and_now_in_two_sentences_is_a_revision():
    text = "Last year the orchard sold 800 crates. This year it sold 350."
    found = extract(text)
    assert [(m.value, m.unit, m.previous_value) for m in found] == [(Decimal("350"), "crates", Decimal("800"))]
    assert found[0].quote == text


def test_a_present_with_its_own_unit_stays_a_claim_of_its_own():
    text = "Last year the farm exported 70 per cent of its wool. This year it sold 900 bales at home."
    assert [m.previous_value for m in extract(text)] == [None, None]


def test_a_change_from_an_earlier_year_is_not_an_origin():
    assert revisions("The colony had shrunk to 40 seals from 65 three years ago.") == [
        (Decimal("40"), "seals", Decimal("65"))
    ]


def test_a_figure_from_a_place_is_still_an_origin():
    assert [m.previous_value for m in extract("The fire brigade sent 220 firefighters from 9 stations.")] == [
        None,
        None,
    ]


def test_a_number_word_standing_alone_counts_what_was_counted():
    text = 'The survey counted 95 wells in the valley. "I found nine," said a farmer.'
    assert figures(text)[-1] == (Decimal("9"), "wells")


def test_a_number_word_standing_alone_takes_the_named_count():
    text = 'The union disputed the count of closed branches. "Forty is wrong," it said.'
    assert figures(text) == [(Decimal("40"), "branches")]


def test_one_and_number_words_before_a_noun_are_not_read_alone():
    assert figures("The survey counted 95 wells. One was dry.") == [(Decimal("95"), "wells")]
    assert figures("The 95 wells were counted in two days.") == [(Decimal("95"), "wells")]


def test_a_fronted_whole_gives_the_unit_of_its_part():
    assert figures("Of the new recruits, 44 left within a year, the force said.") == [(Decimal("44"), "recruits")]


def test_an_age_after_a_capitalised_plural_is_no_count():
    assert figures("Adults over 70 made up a third of the queue.") == [(Decimal("33.3"), "percent")]


def test_the_age_after_a_speakers_title_and_name_is_no_count():
    assert figures('"We saw 40 lorries," said its director, Ola Berg, 58.') == [(Decimal("40"), "lorries")]


def test_one_in_a_thousand_is_a_share():
    assert figures("Doctors said 1 in 1,000 vaccinated children had a fever.") == [(Decimal("0.1"), "percent")]


def test_more_of_what_a_list_counted_before():
    raw = (
        "By Ana Ruiz\n\nThe audit office published its review of the region's sports halls on Monday, and its "
        "findings are stark.\n\nWhat we found\n- 61 halls have closed since 2020\n- 14 more have been sold to "
        "developers\n\nThe ministry said it would respond next month."
    )
    found = [(m.value, m.unit) for m in extract(clean(raw))]
    assert (Decimal("14"), "halls") in found


def test_a_figure_after_a_colon_gives_the_quantity_spoken_of():
    text = "The clerk said fewer absentee ballots had arrived than in May: 8,200, she said."
    assert figures(text)[0] == (Decimal("8200"), "absentee ballots")


def test_a_year_before_a_singular_noun_is_no_count():
    assert figures("Engineers said the original 1974 concrete had cracked in 40 places.") == [(Decimal("40"), "places")]
    assert figures("The mill employs 1900 staff.") == [(Decimal("1900"), "staff")]


def test_a_unit_the_article_counts_in_heads_its_figure():
    text = "Profit rose to 90 million skel. A dividend of 2.40 skel pleases shareholders, the chair said."
    assert figures(text)[-1] == (Decimal("2.40"), "skel")


def test_a_population_forecast_to_reach_a_level():
    text = (
        "Inspectors met 40 prisoners on the wing.\n\nOfficials said the national prison population was "
        "forecast to reach 18,600 by next spring."
    )
    assert figures(text)[-1] == (Decimal("18600"), "prisoners")


def test_a_duration_a_label_or_a_target_gives_is_the_statistic():
    assert figures("Average wait for a cataract operation: 23 weeks") == [(Decimal("23"), "weeks")]
    assert figures("The target is 4 hours.") == [(Decimal("4"), "hours")]
    assert figures("The pool was closed for a minimum of 30 days.") == []


def test_a_change_reads_past_the_months_it_spans():
    text = "The average response time rose to 14 minutes between May and August, from 9 minutes a year earlier."
    assert revisions(text) == [(Decimal("14"), "minutes", Decimal("9"))]


def test_a_hundred_of_a_larger_scale_multiplies_both():
    text = 'The board put the loss at 300,000 marks a week. "Three hundred thousand a week is invented," a critic said.'
    assert figures(text)[-1] == (Decimal("300000"), "marks")
    assert figures("Two hundred million euros was set aside.") == [(Decimal("200000000"), "euros")]


def test_a_temperature_below_zero_is_negative():
    assert figures("Overnight the gauge read minus 11 degrees.") == [(Decimal("-11"), "degrees")]


def test_the_parts_of_an_argument_and_a_speakers_holdings_are_no_claims():
    assert figures("Economists point to three main reasons for the fall.") == []
    assert figures('"Prices are too low," said Per Lund, who owns three trawlers.') == []


def test_an_average_age_given_as_a_number_is_no_count():
    assert figures("The average age was 38.") == []


def test_a_hyphened_measure_of_a_named_place():
    assert figures("Divers surveyed the 640-kilometre Selka Reef.") == [(Decimal("640"), "kilometres")]


def test_time_measured_out_in_supply_or_weather_is_the_statistic():
    assert figures("Gas stocks stood at 41 days of normal consumption.") == [(Decimal("41"), "days")]
    assert figures("The town had 17 days of frost in January.") == [(Decimal("17"), "days")]
    assert figures("Deaths were counted over the 12 days of the heatwave.") == []


def test_days_of_a_kind_are_counted():
    assert figures("Pupils lost 6 school days to the floods.") == [(Decimal("6"), "days")]


def test_time_a_change_adds_or_a_pace_misses_by_is_the_statistic():
    assert figures("The diversion is adding about 15 minutes to journeys.") == [(Decimal("15"), "minutes")]
    assert figures("The leaders ran the first mile 20 seconds too fast.") == [(Decimal("20"), "seconds")]
    assert figures("Branches opened for fewer than 12 hours a week.") == [(Decimal("12"), "hours")]


def test_a_share_in_words_compared_with_an_earlier_one_in_words_is_a_change():
    text = (
        "Rail now carries roughly a quarter of freight, the ministry said, compared with about a tenth ten years ago."
    )
    assert revisions(text) == [(Decimal("25.0"), "percent", Decimal("10.0"))]
    text = "Wind supplies nearly a third of the grid's power, against a fifth five years ago."
    assert revisions(text) == [(Decimal("33.3"), "percent", Decimal("20.0"))]


def test_now_it_is_refers_to_the_figure_of_the_sentence_before():
    text = "In 2018 about one in five of the trees survived a dry summer. Now it is nearer 45 percent."
    found = extract(text)
    assert [(m.value, m.unit, m.previous_value) for m in found] == [(Decimal("45"), "percent", Decimal("20.0"))]


def test_a_list_led_in_by_according_to_an_acronym_is_read():
    raw = (
        "By Ana Ruiz\n\nThe rail operator set out its new timetable on Monday, promising faster trips and more "
        "seats for commuters.\n\nAccording to NRX:\n- About 300 extra seats an hour will be added on the coast line\n"
        "- Four of the 12 stations on the valley branch will close on Sundays\n\nUnions said they would study it."
    )
    found = [(m.value, m.unit) for m in extract(clean(raw))]
    assert (Decimal("300"), "seats") in found


def test_a_number_word_that_names_a_rank_is_no_count():
    assert figures("The drug passed its phase three trial.") == []
    assert figures("Forecasters warned of a category four storm.") == []
    assert figures("Most of the fees went to the big four firms.") == []


def test_only_a_large_bare_figure_falls_back_on_the_people_named_near_it():
    assert figures("Protesters said the motion passed with 27, short of the majority.") == []
    assert figures("Organisers said the march drew protesters from the whole region, about 4,000 in all.") == [
        (Decimal("4000"), "protesters")
    ]


def test_a_name_before_a_sum_in_millions_is_no_identifier():
    assert figures("The city has paid Marrowgate 45 million lorns so far.") == [(Decimal("45000000"), "lorns")]


def test_a_count_of_named_staff_reads_past_the_name_and_a_modifier():
    text = "Three former Norvel site managers, who asked not to be named, said the budget was cut."
    assert figures(text) == []
    assert figures("The firm hired two senior Velm engineers last year.") == [(Decimal("2"), "engineers")]


def test_a_share_changed_later_in_the_clause_is_not_the_samples_earlier_value():
    text = "In a survey of 900 adults published on Friday, 52 percent backed the plan, up from 44 percent in May."
    assert revisions(text) == [(Decimal("52"), "percent", Decimal("44"))]  # the sample is no claim (issue 16)


def test_a_frequency_before_a_reflexive_or_a_second_clause():
    assert figures("I have written to them 8 times and nobody has replied.")[0] == (Decimal("8"), "times")
    assert figures("I saw the show 5 times myself.") == [(Decimal("5"), "times")]


def test_a_plural_without_an_s_joins_no_clause_after_and():
    text = '"My family keeps 60 sheep and there was never money for college," she said.'
    assert figures(text) == [(60, "sheep")]


def test_a_compound_joined_by_and_still_takes_its_plural_head():
    text = "The coastguard sent 50 search and rescue specialists to the island."
    assert figures(text) == [(50, "specialists")]
