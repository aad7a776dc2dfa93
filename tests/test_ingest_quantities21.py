"""Quantities of round 21: revisions told in two sentences or of "that target", the subject a level counts, job
losses, flows in litres a second, a ground's capacity."""

from decimal import Decimal

from tests.ingest_helpers import figures, revisions


def test_a_revision_of_that_number_in_the_next_sentence_replaces_the_figure_first_said():
    text = (
        "The water board first said 480 wells would have to be capped. On Tuesday it raised that number to 615, "
        "the board said."
    )
    assert revisions(text) == [(Decimal(615), "wells", Decimal(480))]


def test_a_revision_of_it_in_the_next_sentence_replaces_the_figure_a_body_put():
    text = "In April the mayor had put the repair bill at 40 million florins. On Monday she raised it to 52 million."
    assert revisions(text) == [(Decimal(52_000_000), "florins", Decimal(40_000_000))]


def test_that_target_cut_later_in_the_sentence_revises_the_figure_it_refers_to():
    text = "The ferry line was meant to carry 310,000 cars a year, but the operator has now cut that target to 260,000."
    assert revisions(text) == [(Decimal(260_000), "cars", Decimal(310_000))]


def test_passenger_traffic_that_would_reach_a_figure_counts_passengers():
    text = "The port said passenger traffic would reach 7 million a year by 2040."
    assert figures(text) == [(Decimal(7_000_000), "passengers")]


def test_an_estimate_of_job_losses_counts_jobs():
    text = "The receivers raised their estimate of job losses to 840 from 610 on Friday."
    assert revisions(text) == [(Decimal(840), "jobs", Decimal(610))]


def test_a_forecast_for_job_cuts_counts_jobs():
    text = "The median forecast for job cuts among the bankers polled was 2,300."
    assert figures(text) == [(Decimal(2300), "jobs")]


def test_a_subject_with_a_hyphenated_age_group_counts_the_level_past_an_adverb():
    text = "Admissions among over-80s rose sharply, to 412 from 350."
    assert revisions(text) == [(Decimal(412), "admissions", Decimal(350))]


def test_the_subject_of_a_contrasting_clause_is_what_its_level_counts():
    text = "Sales by dealers fell by 14 per cent, while sales by private sellers rose slightly, to 9,870."
    assert figures(text)[-1] == (Decimal(9870), "sales")


def test_the_subject_of_a_reported_clause_is_what_its_level_counts():
    text = "The survey office, in a note to ministers, said landslips along the coast road had risen to 64 this year."
    assert figures(text) == [(Decimal(64), "landslips")]


def test_litres_a_second_is_a_flow_in_litres_per_second():
    text = "The quarry pumps about 640 litres a second out of the aquifer, the agency said."
    assert figures(text) == [(Decimal(640), "litres per second")]


def test_a_bare_figure_a_ground_holds_counts_its_seats():
    assert figures("The club made a loss of 4 million pounds last year. Elm Park holds 18,500.")[-1] == (
        Decimal(18_500),
        "seats",
    )


def test_a_bare_capacity_counts_seats():
    assert figures("The new arena has a capacity of 12,800.") == [(Decimal(12_800), "seats")]


def test_an_age_after_a_people_noun_opening_the_sentence_is_no_count():
    assert figures("Pupils under 11 make up a third of the riders.") == [(Decimal("33.3"), "percent")]


def test_an_age_after_a_person_is_no_count():
    assert figures("There were 2.6 workers for every person over 70 in 2001.") == [(Decimal("2.6"), "workers")]
