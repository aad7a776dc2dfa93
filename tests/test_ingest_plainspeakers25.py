"""
Session 25: speakers of plain claims, the figures a sentence gives with its reporting clause elsewhere or carried from
the sentences before (tests/ingest_labelling.md: court reports, carrying on a report, a body's background, market
reports).
"""

from __future__ import annotations

from ingest.story import _court
from tests.ingest_helpers import speakers_by_figure

COURT_PAGE = (
    "Pell Marine was fined on Friday for breaking sanctions.\n\n"
    'Judge Irmelin Sarr was not persuaded. "The court accepts that the cargo passed through your hands," '
    "Judge Sarr said as she passed sentence. She fined Pell Marine 4.5 million drenns and ordered the "
    "confiscation of 2.1 million drenns held in its accounts.\n"
)


def test_a_judge_named_in_full_and_by_surname_is_one_court():
    assert _court(COURT_PAGE) == "Judge Irmelin Sarr"


def test_a_fine_and_a_confiscation_the_judge_orders_are_the_judges():
    found = speakers_by_figure(COURT_PAGE)
    assert found["4.5 million drenns"] == "Judge Irmelin Sarr"
    assert found["2.1 million drenns"] == "Judge Irmelin Sarr"


def test_a_tribunal_named_by_its_kind_orders_for_the_judge():
    page = (
        "An employment tribunal in Saltmere has ordered Brenmoor Foods to pay 14,200 dallins to a line worker.\n\n"
        "Judge Mirela Ostrand said the company had acted unfairly.\n"
    )
    assert speakers_by_figure(page)["14,200 dallins"] == "Judge Mirela Ostrand"


def test_an_order_to_repay_set_off_with_an_age_is_the_judges():
    page = (
        "A former bookkeeper was jailed for 18 months. Judge Amund Rosseland ordered Karl Steen, 51, to repay "
        "230,000 tallets.\n"
    )
    assert speakers_by_figure(page)["230,000 tallets"] == "Judge Amund Rosseland"


def test_a_bodys_measurement_programme_speaks_for_the_body():
    page = (
        "Obesity among children has reached its highest level, the Public Health Agency said on Wednesday.\n\n"
        "Some 21 percent of children aged 11 were obese last year, the agency's school measurement programme found.\n"
    )
    assert speakers_by_figure(page)["Some 21 percent"] == "Public Health Agency"


def test_figures_given_according_to_a_sources_own_figures_run_on():
    page = (
        "Night buses carried 2.1 million passengers last year, according to Castelmor Transit's figures. "
        "That is 36 per cent fewer than before the metro extension.\n"
    )
    assert speakers_by_figure(page)["36 per cent"] == "Castelmor Transit"


def test_a_currency_move_is_no_bodys_figure():
    page = (
        "Inflation rose to 4.1 percent in February, the statistics office said. "
        "The drenn fell 1.2 percent against the ellu.\n"
    )
    assert speakers_by_figure(page)["1.2 percent"] is None


def test_a_bond_yield_is_no_bodys_figure():
    page = (
        "Inflation rose to 4.1 percent in February, the statistics office said. "
        "The two-year yield rose 18 basis points.\n"
    )
    assert speakers_by_figure(page)["18 basis points"] is None


def test_a_bodys_background_in_the_reporters_voice_has_no_speaker():
    page = "Brenmoor, which did not comment after the hearing, employs about 1,100 people in the region.\n"
    assert speakers_by_figure(page)["about 1,100 people"] is None


def test_a_bodys_background_after_its_report_has_no_speaker():
    page = (
        "The monitoring mission recorded 1,140 ceasefire violations in the week to Sunday, its chief, Colonel Ines "
        "Arbogast, said. The mission runs four observation posts along the river and has about 90 monitors.\n"
    )
    assert speakers_by_figure(page)["about 90 monitors"] is None


def test_a_body_set_off_and_given_its_is_what_the_company_takes_up():
    page = (
        "Halvec Therapeutics, which makes the drug, raised its estimate of eligible patients to 64,000.\n\n"
        "The company has set a list price of 9,400 crowls a month.\n"
    )
    assert speakers_by_figure(page)["9,400 crowls"] == "Halvec Therapeutics"


def test_a_person_speaking_for_the_company_is_not_its_name():
    page = (
        "Stenmark Aggregates wants to extend its quarry.\n\n"
        "Opening for the company, Viktor Alm said the quarry was a pillar of the local economy. The quarry supports "
        "86 jobs, Alm said. The company has offered 1.5 million skellars for a village bypass fund.\n"
    )
    assert speakers_by_figure(page)["1.5 million skellars"] == "Stenmark Aggregates"


def test_a_gift_a_body_gives_is_its_own_act():
    page = "The club has a sauna on the shore. The Orvessan Lottery Fund gave 45,000 skellars towards it.\n"
    assert speakers_by_figure(page)["45,000 skellars"] == "Orvessan Lottery Fund"


def test_a_national_target_stated_alone_is_no_bodys_figure():
    page = (
        "Ambulances took an average of 41 minutes to reach patients last month, up from 33 minutes a year earlier, "
        "according to figures from the Western Vale Ambulance Service.\n\n"
        "The national target for those calls, known as category two, is 18 minutes.\n"
    )
    assert speakers_by_figure(page)["18 minutes"] is None


BRIEFS = (
    "KESTLEMOUTH, 26 January - Cod made 6.20 marrels a kilo at the Kestlemouth Fish Auction on Tuesday. Haddock eased "
    "to 3.90. Landings totalled 1,870 boxes, the auction said.\n\n"
    "FENHARROW, 26 January - The egg packer Brightyolk will raise the price it charges supermarkets by 9 per cent from "
    "1 March. Its farmers are paid 1.48 marrels a dozen, the company said.\n\n"
    "CASTRAN, 26 January - Tarreland Air plans to cut eight routes, a senior executive said.\n"
)


def test_a_body_named_after_its_kind_acts_by_its_name():
    assert speakers_by_figure(BRIEFS)["9 per cent"] == "Brightyolk"


def test_the_company_takes_up_the_body_named_after_its_kind():
    assert speakers_by_figure(BRIEFS)["1.48 marrels"] == "Brightyolk"
