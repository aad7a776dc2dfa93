"""Quantities of round 26: figures the engine left out, read as two claims, or read with the wrong unit."""

from decimal import Decimal

from tests.ingest_helpers import revisions


def test_it_reads_a_budget_and_the_final_bill_after_it_as_one_revision():
    text = "The bridge repair was budgeted at 12 million florins. The final bill came to 19 million florins."
    assert revisions(text) == [(Decimal(19000000), "florins", Decimal(12000000))]


def test_it_reads_an_expectation_and_what_is_now_thought_as_one_revision():
    text = "We expected all 40 buses on the road by June. We now think 31 will be running by the autumn."
    assert revisions(text) == [(Decimal(31), "buses", Decimal(40))]


def test_it_reads_a_target_raised_in_the_next_sentence_as_one_revision():
    text = "The school set out with a target of 80,000 crowns. Governors raised the target to 95,000 crowns in May."
    assert revisions(text) == [(Decimal(95000), "crowns", Decimal(80000))]


def test_it_keeps_a_forecast_and_what_now_happens_as_two_claims():
    text = "Planners forecast that 9,000 cars a day would use the tunnel. It now carries 4,100 cars a day."
    assert [r[2] for r in revisions(text)] == [None, None]
