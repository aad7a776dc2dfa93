"""Session 25: figures a body gives by its own act, or by carrying on its report, that the engine gave no one."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure


def test_a_cabinet_acting_is_a_body_acting():
    text = "The cabinet approved a reconstruction budget of 300 million drenns at an emergency meeting."
    assert speakers_by_figure(text)["300 million drenns"] == "cabinet"


def test_an_order_a_body_gives_is_its_own_act():
    text = (
        "Pelmora's health ministry ordered an emergency vaccination drive on Tuesday after confirmed measles cases "
        "rose to 3,140 this year."
    )
    assert speakers_by_figure(text)["3,140"] == "Pelmora's health ministry"


def test_an_order_to_pay_that_a_body_is_given_is_not_its_own():
    text = "Greyholm Chemicals was fined 40,000 florens and ordered to pay 310,000 florens in costs."
    assert speakers_by_figure(text)["310,000 florens"] != "Greyholm Chemicals"


def test_a_judge_ordering_is_left_to_the_court_report():
    text = (
        "VARNHELM, 10 March - A former bookkeeper was jailed for 18 months. Judge Amund Rosseland ordered Karl "
        "Steen, 51, to repay 230,000 tallets."
    )
    assert speakers_by_figure(text)["230,000 tallets"] == "Judge Amund Rosseland"


def test_a_body_by_its_short_name_acting_in_the_simple_past():
    text = (
        "Gravetide Waste Ltd pleaded guilty to breaching its permit.\n\n"
        "Gravetide offered 120,000 dolvers towards the clean-up in August."
    )
    assert speakers_by_figure(text)["120,000 dolvers"] == "Gravetide Waste Ltd"


def test_a_figure_set_against_the_one_just_given_is_told_by_the_same_source():
    text = (
        "Tuberculosis cases rose by almost a third last year, the Public Health Agency said on Tuesday.\n\n"
        "The agency recorded 1,184 cases of tuberculosis last year, up from 906 the year before. In Kelvaig "
        "province the rate was 17.2 per 100,000, against 6.1 in Dovreth."
    )
    found = speakers_by_figure(text)
    assert found["6.1"] == found["17.2"] == "Public Health Agency"


def test_a_standing_level_set_against_a_figure_is_not_compared_by_its_source():
    text = (
        "THE TARROWGATE COURIER\nNews | City | Transport | Business | Sport | Opinion | Explainers\n\n"
        "Can I pay to jump the queue?\nNot officially. Booking apps buy up cancellations and resell them. The "
        "Courier found slots advertised for up to 400 sollins, against the official fee of 68 sollins."
    )
    found = speakers_by_figure(text)
    assert found["up to 400 sollins"] is not None
    assert found["68 sollins"] is None


def test_that_leaves_carries_on_the_figures_just_given():
    text = (
        "The health board's figures show that the number of GPs working in the Marrow Valley fell to 58 last year "
        "from 66 in 2022. That leaves one doctor for every 2,140 patients."
    )
    assert speakers_by_figure(text)["2,140 patients"] == "health board"


def test_that_is_opening_the_next_paragraph_carries_on_the_figures_in_its_first_clause():
    text = (
        "More than 310,000 people aged 70 to 79 have had the new shingles vaccine since March, the Health "
        "Protection Agency said on Wednesday.\n\n"
        "That is 38 per cent of those eligible, short of the 60 per cent the ministry had aimed for."
    )
    found = speakers_by_figure(text)
    assert found["38 per cent"] == "Health Protection Agency"
    assert found["60 per cent"] != "Health Protection Agency"


def test_a_claim_a_body_brings_is_its_own():
    text = "Pell Marine has brought a separate claim for 8 million drenns against the customs service."
    assert speakers_by_figure(text)["8 million drenns"] == "Pell Marine"


def test_what_a_body_hands_out_opens_or_is_running_is_its_own_act():
    found = speakers_by_figure(
        "The Marrow Valley Rivers Agency has handed out several thousand sandbags from its depot.\n\n"
        "Ulverby council has opened three rest centres.\n\n"
        "The council is running a free shuttle bus to the station every 15 minutes."
    )
    assert found["several thousand sandbags"] == "Marrow Valley Rivers Agency"
    assert found["three rest centres"] == "Ulverby council"
    assert found["15 minutes"] == "council"


def test_what_a_body_runs_as_background_has_no_speaker():
    found = speakers_by_figure("The bus company runs 14 routes. The station opened 12 new platforms in 1961.")
    assert found.get("14 routes") is None


def test_a_market_report_datelined_by_its_market_and_day_is_the_markets():
    text = (
        "Market report by Jonna Vell\n\n"
        "Halberstad Flower Auction, Monday: Red roses led a busy clock, with long-stemmed lines making 1.84 velts a "
        "stem, up from 1.12 a week ago.\n\n"
        "Shorter reds averaged 1.27 velts."
    )
    found = speakers_by_figure(text)
    assert found["1.84 velts"] == found["1.27 velts"] == "Halberstad Flower Auction"
