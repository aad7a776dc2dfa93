"""Round 32: revisions told in other words ("not the Y in its first estimate", "revising an earlier estimate of Y")."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _found(text: str) -> list[tuple[Decimal | None, str, Decimal | None]]:
    return [(m.value, m.unit, m.previous_value) for m in extract(clean_text(text))]


def test_the_value_in_its_first_estimate_is_the_value_replaced():
    text = "The bureau said rents had risen 7.4 percent over the year, not the 5 percent in its first estimate."
    assert _found(text) == [(Decimal("7.4"), "percent", Decimal("5"))]


def test_the_value_predicted_in_an_earlier_version_is_the_value_replaced():
    text = (
        "The model projects the Farmers' Party to win 61 seats, short of the 66 it had predicted in an earlier version."
    )
    assert _found(text) == [(Decimal("61"), "seats", Decimal("66"))]


def test_revising_an_earlier_estimate_of_gives_the_value_replaced():
    text = (
        "The forestry office said about 9,300 hectares of woodland had burned, revising an earlier estimate of "
        "7,800 hectares."
    )
    assert _found(text) == [(Decimal("9300"), "hectares", Decimal("7800"))]


def test_now_i_pay_after_last_year_is_one_revision():
    text = '"Last year the licence was 30 crowns. Now I pay 45, and nobody explains why," said Tamsin Orrel.'
    assert _found(text) == [(Decimal("45"), "crowns", Decimal("30"))]


def test_when_i_arrived_there_were_gives_the_value_replaced():
    text = '"We have 95 volunteers now. When I arrived there were 40, and most of them were students," Ilse Brand said.'
    assert _found(text) == [(Decimal("95"), "volunteers", Decimal("40"))]


def test_the_number_given_as_counts_what_the_number_is_of():
    text = (
        "The agency said the scheme will reach 52,000 more homes next year.\n\n"
        "A previous version of this notice gave the number of accredited surveyors as 808. The correct figure is 880."
    )
    assert _found(text) == [(Decimal("52000"), "homes", None), (Decimal("880"), "surveyors", Decimal("808"))]


def test_a_bare_level_of_goods_sales_counts_the_goods():
    text = "The federation said bicycle sales had risen to 41,000 this year, up from 36,500 last year."
    assert _found(text) == [(Decimal("41000"), "bicycles", Decimal("36500"))]


def test_a_revised_forecast_for_a_places_sales_counts_the_goods():
    text = "The importers' group said it cut its forecast for Tervish tractor sales this year to 2,100 from 2,600."
    assert _found(text) == [(Decimal("2100"), "tractors", Decimal("2600"))]


def test_that_is_down_from_one_figureless_sentence_after_the_figure():
    text = (
        "Northgrid says power is back for all but about 900 customers. A spokesman says the rest should be "
        "reconnected by 21:00. That is down from 3,100 still without power at noon."
    )
    assert _found(text) == [(Decimal("900"), "customers", Decimal("3100"))]


def test_a_revision_after_that_figure_has_gone_up():
    text = (
        "A survey last year put the repair bill at 8 million crowns. That figure has gone up. Our engineers now put "
        "it at 11 million crowns."
    )
    assert _found(text) == [(Decimal("11000000"), "crowns", Decimal("8000000"))]


def test_cut_that_to_takes_the_unit_of_the_figure_that_refers_to():
    text = (
        "Sales rose 40 per cent in March, the firm said.\n\n"
        '"We had 120 drivers in 2024. We have cut that to 40 this year," said Ann Rook, its owner.'
    )
    assert _found(text) == [(Decimal("40"), "percent", None), (Decimal("40"), "drivers", Decimal("120"))]


def test_the_revised_estimate_is_replaces_the_sum_first_budgeted():
    text = (
        "The board had first budgeted 4.1 million crowns for the bridge, but the revised estimate published on "
        "Monday is 5.6 million crowns, officials said."
    )
    assert _found(text) == [(Decimal("5600000"), "crowns", Decimal("4100000"))]


def test_revised_to_a_level_from_that_figure_replaces_the_figure_before():
    text = (
        "The shelter had 2,300 people on its register in May, the agency said. It has revised the shelter's "
        "population to 3,150 from that figure."
    )
    assert _found(text) == [(Decimal("2300"), "people", None), (Decimal("3150"), "people", Decimal("2300"))]


def test_an_answer_revises_the_figure_the_question_cited_and_both_stay_claims():
    text = (
        "Morning Report, Radio Tarn, 3 March. Presenter Ola Brekke speaks to councillor Ivo Sand about the harbour "
        "wall.\n\n"
        "BREKKE: Councillor, how bad is the damage?\n\n"
        "SAND: It's serious. The storm took out a long stretch of the wall.\n\n"
        "BREKKE: Your own survey last year put the repair bill at 6 million crowns.\n\n"
        "SAND: That was an estimate made before the storm. We have revised it. Our engineers now put it at 8.5 million "
        "crowns.\n\n"
        "BREKKE: Thank you.\n"
    )
    found = extract(text)  # the programme's opening line names the two speakers of the turns
    assert [(m.value, m.unit, m.previous_value, m.speaker) for m in found] == [
        (Decimal("6000000"), "crowns", None, "Your own survey last year"),
        (Decimal("8500000"), "crowns", Decimal("6000000"), "Ivo Sand"),
    ]
    assert found[1].quote.startswith("Your own survey last year put the repair bill")
