"""Review of round 32: the bugs the review mended, on invented sentences."""

from __future__ import annotations

import time

from ingest.page_head import PAGE_NOTE, guess_headline


def test_a_note_that_transcripts_may_contain_errors_is_a_page_note():
    assert PAGE_NOTE.match("Programme transcripts are typed in haste and may contain errors.") is not None
    assert PAGE_NOTE.match("This line may contain errors, says the transcript.") is None


def test_a_long_line_of_transcripts_is_read_in_linear_time():
    raw = "Harbour wall repairs to cost more\n\n" + "transcript " * 20000 + "\n"
    started = time.perf_counter()
    guess_headline(raw)
    assert time.perf_counter() - started < 2.0  # about 24 s while the note's pattern backtracked over each word
