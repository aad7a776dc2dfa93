"""Review of round 32: the bugs the review mended, on invented sentences."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.page_head import PAGE_NOTE


def test_a_note_that_transcripts_may_contain_errors_is_a_page_note():
    assert PAGE_NOTE.match("Programme transcripts are typed in haste and may contain errors.") is not None
    assert PAGE_NOTE.match("This line may contain errors, says the transcript.") is None


def test_a_long_line_of_transcripts_is_read_once():
    # the note's first "transcript" is held in an atomic group, so a long line of them is scanned once, not once for
    # each (about 24 s on 200 KB before); bench/long_lines.py times it
    assert "(?>.*?\\btranscripts?\\b).*" in PAGE_NOTE.pattern
    assert PAGE_NOTE.match("Programme " + "transcript " * 200 + "may contain errors.") is not None


def _found(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text))]


def test_a_reporting_verb_right_before_sales_names_no_goods():
    text = "The guild said sales of folding kayaks rose to 9,400 this year."
    assert _found(text) == [(Decimal(9400), "sales", "guild")]


def test_wholesale_sales_name_no_goods_but_kayak_sales_do():
    assert _found("The guild said wholesale sales rose to 9,400.") == [(Decimal(9400), "sales", "guild")]
    assert _found("The guild said kayak sales rose to 9,400.") == [(Decimal(9400), "kayaks", "guild")]
