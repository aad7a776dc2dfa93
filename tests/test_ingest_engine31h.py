"""
What a court ordered, in a court report (issue 14, session 31): the fine, award, time to pay and interest the court or
its judge gives are the judge's by name (tests/ingest_labelling.md, "Court report" and "What a court ordered, told after
the order").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def _judge(speaker: str | None) -> bool:
    return speaker is not None and speaker.endswith("Petra Lunde")


COURT_REPORT = """Removals firm fined for keeping advance payments

A removals firm that kept customers' advance payments was fined 64,000 brels by the district court on Tuesday and
ordered to repay 215 customers.

Ostby Removals admitted breaching consumer law. The prosecutor, Karl Vinter, said 390 customers had been affected.

Judge Petra Lunde said the firm had treated the payments as its own. "This was no oversight," she said. "It was a
habit." She gave the firm 45 days to repay the rest with interest at 3 per cent.

Employment Judge Petra Lunde also heard a claim from a former porter. She awarded him 9,800 brels, made up of a basic
award of 3,200 brels and compensation for lost pay.
"""


def test_it_gives_a_fine_by_the_court_named_by_its_kind_to_the_judge():
    claims = _claims(COURT_REPORT)
    assert any(value == Decimal(64000) and _judge(speaker) for value, _, speaker in claims)


def test_it_gives_the_order_the_fine_goes_on_to_in_its_sentence_to_the_judge():
    claims = _claims(COURT_REPORT)
    assert any(value == Decimal(215) and _judge(speaker) for value, _, speaker in claims)


def test_it_gives_the_time_to_pay_to_the_judge_the_pronoun_goes_on_with():
    claims = _claims(COURT_REPORT)
    assert any(value == Decimal(45) and unit == "days" and _judge(speaker) for value, unit, speaker in claims)


def test_it_gives_the_interest_on_the_time_to_pay_to_the_judge():
    claims = _claims(COURT_REPORT)
    assert any(value == Decimal(3) and _judge(speaker) for value, _, speaker in claims)


def test_it_gives_a_part_of_an_award_to_the_judge():
    claims = _claims(COURT_REPORT)
    assert any(value == Decimal(3200) and _judge(speaker) for value, _, speaker in claims)
