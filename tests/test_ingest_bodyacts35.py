"""
A body's own act with its own figure is that body speaking, and a results story's results lines are the company's,
as the session-23 rules in tests/ingest_labelling.md settle them ("A body's own act with its own figure", "Results
story", "Court report"); a description of a body stays with no speaker.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[Decimal | None, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def test_an_appeal_a_body_launches_is_its_figure():
    text = "The Harrowby Canal Trust has launched an appeal to raise 2.4 million korbs to restore the lock gates."
    assert _speakers(text)[Decimal("2400000")] == "Harrowby Canal Trust"


def test_an_application_a_body_makes_is_its_figure():
    text = "Pellmoor Quarries has applied to extend its working area to 48 hectares."
    assert _speakers(text)[Decimal(48)] == "Pellmoor Quarries"


def test_a_party_raising_its_own_claim_gives_the_new_figure():
    text = "The tenants raised their claim to 92,000 korbs from 70,000 in the spring."
    assert _speakers(text)[Decimal(92000)] == "tenants"


def test_a_description_of_a_body_has_no_speaker():
    text = "The Harrowby Canal Trust employs 35 people and owns 60 kilometres of towpath."
    assert _speakers(text)[Decimal(35)] is None


def test_a_results_story_gives_its_unverbed_results_lines_to_the_company():
    text = (
        "Brellin Foods reported a pre-tax profit of 12.5 million korbs for 2026, down from 14 million. "
        "Revenue fell 4 per cent to 310 million korbs, and the dividend was held at 0.22 korbs a share.\n\n"
        "The wage bill was 41 million korbs."
    )
    speakers = _speakers(text)
    assert speakers[Decimal(310000000)] == "Brellin Foods"
    assert speakers[Decimal("0.22")] == "Brellin Foods"
    assert speakers[Decimal(41000000)] == "Brellin Foods"


def test_a_club_whose_accounts_show_a_loss_for_the_year_is_a_results_story():
    text = (
        "Haldon Rovers lost 2.1 million korbs in the year to June 2026, the club's accounts show. "
        "The wage bill was 4.4 million korbs."
    )
    assert _speakers(text)[Decimal(4400000)] == "Haldon Rovers"


def test_a_budget_a_body_approves_is_its_figure_but_not_one_in_a_clause_after_it():
    text = (
        "The district council on Monday approved a 96 million korb budget, after a long meeting in which members "
        "argued over a 3% rise in parking charges."
    )
    speakers = _speakers(text)
    assert speakers[Decimal(96000000)] == "district council"
    assert speakers[Decimal(3)] is None


def test_a_fine_a_regulator_imposes_is_its_figure():
    text = "The Marlow Energy Regulator fined Tessford 3.1 million korbs last year."
    assert _speakers(text)[Decimal(3100000)] == "Marlow Energy Regulator"


def test_a_limit_a_regulator_requires_is_its_figure():
    text = "The Marlow Energy Regulator requires leaks to be repaired within 12 hours."
    assert _speakers(text)[Decimal(12)] == "Marlow Energy Regulator"


def test_a_rule_is_no_speaker():
    text = "National rules say pupils must be offered a place within 20 school days."
    assert _speakers(text)[Decimal(20)] is None


def test_a_target_a_body_sets_for_others_is_its_figure():
    text = (
        "The Tessford Health Board published its figures on Monday. The board's target is that nobody should wait "
        "more than 40 weeks."
    )
    assert _speakers(text)[Decimal(40)] == "The Tessford Health Board"


def test_a_body_s_own_aim_named_in_the_possessive_is_the_body_s():
    # tests/ingest_labelling.md, "Settled in session 27": the owner named in the possessive speaks for its target
    text = "Housebuilding slowed again. The government's target is 45,000 homes a year."
    assert _speakers(text)[Decimal(45000)] == "government"


def test_a_results_story_s_board_and_bare_annual_report_are_the_company():
    text = (
        "Brellin Foods reported a pre-tax profit of 12.5 million korbs for 2026, down from 14 million. "
        "The Brellin Workers' Union said it would fight job cuts. "
        "The chief executive's pay rose to 820,000 korbs, the annual report shows. "
        "The board proposed a dividend of 0.31 korbs a share."
    )
    speakers = _speakers(text)
    assert speakers[Decimal(820000)] == "Brellin Foods"
    assert speakers[Decimal("0.31")] == "Brellin Foods"


def test_its_document_in_an_according_to_is_the_body_the_sentence_opens_on():
    text = "The Tessford Ferry Authority pays the operator 3.9 million korbs a year, according to its budget."
    assert _speakers(text)[Decimal(3900000)] == "Tessford Ferry Authority"


def test_a_description_before_the_body_s_second_verb_of_saying_has_no_speaker():
    text = "The cleaning contractor, Brightway Services, employs 140 people in the town and has said no jobs will go."
    assert _speakers(text)[Decimal(140)] is None


def test_its_accounts_mean_the_named_body_the_sentence_opens_on_even_if_it_reads_like_a_person():
    text = (
        "Prosecutors said the fraud ran for six years. "
        "Dalbo Bakeries had revenue of 31 million korbs in 2025, according to its latest accounts."
    )
    assert _speakers(text)[Decimal(31000000)] == "Dalbo Bakeries"


def test_claiming_money_is_no_report_of_it():
    text = "Under the new scheme, pensioners can claim a grant worth 300 korbs."
    assert _speakers(text)[Decimal(300)] is None
    text = "The firms claimed refunds worth about 12 million korbs, the prosecutor, Ada Lind, told the jury."
    assert _speakers(text)[Decimal(12000000)] == "Ada Lind"


def test_a_record_result_is_still_the_company_s():
    text = (
        "Brellin Foods reported a pre-tax profit of 12.5 million korbs for 2026, down from 14 million. "
        "Its order book stood at a record 96 million korbs."
    )
    assert _speakers(text)[Decimal(96000000)] == "Brellin Foods"


def test_a_statement_read_in_court_is_its_maker_s_not_the_clause_after_said():
    text = (
        "A former driver for the firm, whose statement was read to the court, said the depot sent out at least "
        "14 unsafe lorries after an inspection in May."
    )
    maker = "A former driver for the firm, whose statement was read to the court"
    assert _speakers(text)[Decimal(14)] == maker
