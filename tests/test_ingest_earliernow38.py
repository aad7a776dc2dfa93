"""
The session-21 rule "An earlier value in time" (tests/ingest_labelling.md) widened: of two figures of one thing in
adjacent clauses, set at two different times by their own words, the more recent is the claim and the earlier its
previous_value, whether the more recent is "now" in words, in the present tense, a later past time, or a newer
source restating the same measure; the earlier may be told first or second. Forecasts, targets and comparisons
across places stay separate claims.
"""

from datetime import date
from decimal import Decimal

from ingest.earlier_now import pair_earlier_and_now
from ingest.extraction import clean_text, extract


def _figures(text: str) -> dict[Decimal, tuple[str, Decimal | None, str]]:
    return {m.value: (m.unit, m.previous_value, m.quote) for m in extract(clean_text(text)) if m.value is not None}


def test_the_present_tense_is_the_value_now():
    figures = _figures('"In 2008 we had 520 beekeepers in this guild. We have 310 left," said the guild secretary.')
    assert figures[Decimal(310)][1] == Decimal(520)
    assert Decimal(520) not in figures


def test_two_past_years_the_later_is_the_claim():
    figures = _figures("In 1985 the lake held 44 nesting pairs of grebes. It held 12 in 2021, the society says.")
    assert figures[Decimal(12)][1] == Decimal(44)
    assert Decimal(44) not in figures


def test_last_year_is_later_than_a_year_before_it():
    text = clean_text(
        "The mill ground 9,000 tonnes of oats in 2011. Last year it ground 14,000 tonnes, its owner said."
    )
    mentions = pair_earlier_and_now(text, extract(text), date(2013, 5, 1))
    values = {m.value: m.previous_value for m in mentions if m.value is not None}
    assert values[Decimal(14000)] == Decimal(9000)
    assert Decimal(9000) not in values


def test_the_earlier_value_told_second():
    figures = _figures("We had 37 lambs last spring. We had 22 in 2016, so the flock is recovering.")
    assert figures[Decimal(37)][1] == Decimal(22)
    assert Decimal(22) not in figures


def test_existential_there_takes_up_the_thing_counted():
    figures = _figures("When I was a boy in 1962 there were 11 bakeries on the high street. There are 2 now.")
    assert figures[Decimal(2)][1] == Decimal(11)
    assert Decimal(11) not in figures


def test_a_newer_source_restates_the_same_measure():
    figures = _figures(
        "A regional census in 2012 put the share of rented homes at 31 percent. The new survey puts it at 36 percent."
    )
    assert figures[Decimal(36)][1] == Decimal(31)
    assert Decimal(31) not in figures


def test_existential_there_in_another_place_stays_two_claims():
    figures = _figures("In 2010 there were 50 clinics in the north. There are 30 clinics in the south now.")
    assert Decimal(50) in figures
    assert figures[Decimal(30)][1] is None


def test_two_undated_past_clauses_stay_two_claims():
    figures = _figures("The ferry carried 800 cars when I started. It carried 950 cars back then too.")
    assert Decimal(800) in figures
    assert Decimal(950) in figures


def test_a_present_tense_target_is_no_value_now():
    figures = _figures("In 2019 we had 40 volunteers. We aim to have 60 volunteers.")
    assert Decimal(40) in figures
    assert figures[Decimal(60)][1] is None


def test_a_need_for_this_year_is_no_value_now():
    figures = _figures("Rainfall was 40 per cent of normal last winter. We need 130 per cent of normal this winter.")
    assert Decimal(40) in figures
    assert figures[Decimal(130)][1] is None
