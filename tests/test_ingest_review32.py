"""Review of round 32: the bugs the review mended, on invented sentences."""

from __future__ import annotations

import time
from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.page_head import PAGE_NOTE, guess_headline


def test_a_note_that_transcripts_may_contain_errors_is_a_page_note():
    assert PAGE_NOTE.match("Programme transcripts are typed in haste and may contain errors.") is not None
    assert PAGE_NOTE.match("This line may contain errors, says the transcript.") is None


def test_a_long_line_of_transcripts_is_read_in_linear_time():
    raw = "Harbour wall repairs to cost more\n\n" + "transcript " * 20000 + "\n"
    started = time.perf_counter()
    guess_headline(raw)
    assert time.perf_counter() - started < 2.0  # about 24 s while the note's pattern backtracked over each word


def _found(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text))]


def test_a_reporting_verb_right_before_sales_names_no_goods():
    text = "The guild said sales of folding kayaks rose to 9,400 this year."
    assert _found(text) == [(Decimal(9400), "sales", "guild")]


def test_wholesale_sales_name_no_goods_but_kayak_sales_do():
    assert _found("The guild said wholesale sales rose to 9,400.") == [(Decimal(9400), "sales", "guild")]
    assert _found("The guild said kayak sales rose to 9,400.") == [(Decimal(9400), "kayaks", "guild")]
