"""
Session 34: revisions the engine missed, each told over two sentences (tests/ingest_labelling.md, "An earlier value in
time", and the session-31 and session-33 rules for a printed figure and its correction). The sentences are made up.
"""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract
from tests.ingest_helpers import PUBLISHED

CORRECTIONS_PAGE = """The Fenwick Herald
Home | News | Sport

Corrections and clarifications

Compiled by Mara Lindqvist, Readers' Editor
Thursday 4 March 2027

Our report on the harbour (1 March) said the new pontoon would hold 140 boats. It holds 120 boats, not 140.

Our story on the library (2 March) said the branch lent 9,200 books last year. The council has told us the figure is \
9,800, not 9,200.
"""

FACT_CHECK_WITH_CORRECTIONS = """The Fenwick Herald
Home | News | Sport

Fact check: were the ferry fares really frozen?

By Nils Arvid, fact-check reporter
Thursday 4 March 2027

The minister said on Sunday that fares had not risen. The operator's own tables show a return rose to 14 crowns in \
January.

Correction (4 March, 10:00): An earlier version of this article said that the operator ran 26 sailings a week. The \
operator's figure is 22.

Correction to another article: In our report on the harbour published on Monday, we said that berths would cost 900 \
crowns a year. The correct figure is 850 crowns.
"""


def _page(page: str) -> list[Mention]:
    return [m for m in extract(clean_text(page), published=PUBLISHED) if m.value is not None]


def _text(text: str) -> list[Mention]:
    return [m for m in extract(text, published=PUBLISHED) if m.value is not None]


def test_it_reads_a_correction_set_against_a_printed_figure_with_not_as_one_revision():
    found = _page(CORRECTIONS_PAGE)
    corrected = [m for m in found if m.value == Decimal(120)]
    assert [(m.unit, m.previous_value) for m in corrected] == [("boats", Decimal(140))]
    assert corrected[0].quote.startswith("Our report on the harbour")


def test_it_keeps_the_not_figure_as_a_dispute_and_drops_the_printed_one():
    found = _page(CORRECTIONS_PAGE)
    wrong = [(m.stance, m.previous_value) for m in found if m.value == Decimal(140)]
    assert wrong == [("disputes", None)]


def test_it_gives_a_sources_correction_with_not_the_printed_figure_as_previous_value():
    found = _page(CORRECTIONS_PAGE)
    assert [m.previous_value for m in found if m.value == Decimal(9800)] == [Decimal(9200)]


def test_it_reads_a_correction_note_in_an_ordinary_article_as_a_revision():
    found = _page(FACT_CHECK_WITH_CORRECTIONS)
    assert [m.previous_value for m in found if m.value == Decimal(22)] == [Decimal(26)]
    assert all(m.value != Decimal(26) for m in found)


def test_it_reads_what_we_said_in_a_correction_note_as_the_value_replaced():
    found = _page(FACT_CHECK_WITH_CORRECTIONS)
    assert [m.previous_value for m in found if m.value == Decimal(850)] == [Decimal(900)]
    assert all(m.value != Decimal(900) for m in found)


def test_it_keeps_a_sources_own_we_said_in_a_quotation_as_two_claims():
    found = _text('"We said 40 jobs would go," the manager said. "Now 55 jobs will go."')
    assert sorted((m.value, m.previous_value) for m in found) == [(Decimal(40), None), (Decimal(55), None)]


def test_it_takes_an_earlier_value_given_with_a_determiner_in_the_next_sentence():
    found = _text("The bypass will cost 231 million crowns. That is up from the 148 million budget set in 2024.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(231_000_000), Decimal(148_000_000))]


def test_it_takes_it_was_and_a_past_time_as_the_value_before():
    found = _text("The register showed 11,870 households at the end of September. It was 11,420 in March.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(11870), Decimal(11420))]


def test_it_keeps_it_was_with_no_figure_after_it_as_a_claim_of_its_own():
    found = _text("The mill employs 300 people. It was founded in 1990 with 12 staff.")
    assert sorted((m.value, m.previous_value) for m in found) == [(Decimal(12), None), (Decimal(300), None)]


def test_it_sets_a_value_when_you_took_the_job_before_the_value_now():
    found = _text("The backlog stood at 9,940 cases when you took the job. It is now 11,870.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(11870), Decimal(9940))]


def test_it_keeps_it_was_after_a_forecast_as_a_claim_of_its_own():
    found = _text("Our pass rate will drop to around 8 per cent. It was 24 per cent five years ago.")
    assert sorted((m.value, m.previous_value) for m in found) == [(Decimal(8), None), (Decimal(24), None)]


def test_it_takes_any_record_beaten_as_the_value_before():
    found = _text("The final drew 31,412 fans, beating the ground record of 29,870 set in 2019.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(31412), Decimal(29870))]


def test_it_takes_a_record_beaten_in_the_next_sentence_as_the_value_before():
    found = _text("The gauge reached 39.6C on Thursday. That beat the national record of 38.9C, set in 2019.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal("39.6"), Decimal("38.9"))]


def test_it_takes_the_level_before_a_change_by_an_amount_as_the_value_before():
    found = _text("Claims for the grant rose by 2,900 to 97,400, the office said.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(97400), Decimal(94500))]


def test_it_sets_no_level_before_a_change_in_another_unit():
    found = _text("Applications rose by 9 per cent to 2,450 this round.")
    assert [m.previous_value for m in found if m.value == Decimal(2450)] == [None]


def test_it_takes_a_price_someone_cut_from_an_amount_as_the_value_before():
    found = _text("Members paid 6 crowns a night, a price the club cut from 9 for the winter.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(6), Decimal(9))]


def test_it_takes_a_fall_from_an_amount_as_the_value_before():
    found = _text("Twenty-two ferries ran on Monday, the operator said, a fall from 35 on Friday.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(22), Decimal(35))]


def test_it_sets_a_month_against_another_month_as_the_value_before():
    found = _text("The hotline took 310 calls in September, against 395 in August.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(310), Decimal(395))]


def test_it_keeps_a_month_against_a_figure_of_no_month_apart():
    found = _text("The hotline took 310 calls, against 395 in August.")
    assert sorted((m.value, m.previous_value) for m in found) == [(Decimal(310), None), (Decimal(395), None)]


def test_it_sets_the_part_not_the_whole_against_the_value_before():
    found = _text("The survey found 86 of the 410 wells were dry in 2026, against 51 in 2025.")
    assert sorted((m.value, m.previous_value) for m in found) == [(Decimal(86), Decimal(51)), (Decimal(410), None)]


def test_it_reads_a_month_of_last_year_as_an_earlier_period():
    found = _text("The busiest month was July, with 19,700 crossings, against 18,150 in July last year.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(19700), Decimal(18150))]


def test_it_takes_a_frequency_replaced_past_where_the_service_runs():
    found = _text(
        "The board had promised trams every 12 minutes on the Brill to Ockley line, instead of every 20 minutes."
    )
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(12), Decimal(20))]


def test_it_takes_a_period_replaced_past_the_date_the_change_starts():
    found = _text("Coaches will run the route every three hours from 4 May instead of every hour, the firm said.")
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(3), Decimal(1))]
