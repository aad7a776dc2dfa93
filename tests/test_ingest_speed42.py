"""Session 42's speed work on the engine: what it no longer does twice or tries in vain, counted, never timed, and
the readings its cheap guards stand before, unchanged (the guards only turn away texts their patterns cannot match)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from ingest import documents, not_counts, speakers
from ingest.cleaning import normalise_line
from ingest.extraction import clean_text, extract
from ingest.not_counts import not_a_count
from ingest.numbers import _numbers

STORY = (
    "Ada Roe, the harbour master, said 40 boats had been moored in the basin.\n\n"
    "Ada Roe said a further 12 boats were expected by Friday.\n\n"
    "Ada Roe said the fees would rise by 3 per cent in April.\n\n"
    "The Harbour Board said 7 berths would close for repairs.\n"
)


def _not_a_count(sentence: str, figure: str) -> bool:
    m = next(m for m in _numbers(sentence) if m.group(0).strip() == figure)
    return not_a_count(sentence, m, Decimal(figure.replace(",", "")))


# Each rule behind a guard on the text's last word still reads its figure (positives), and a figure after another
# word is still a count (negatives); the dotless i and the long s, which IGNORECASE takes for "i" and "s", pass the
# guard as they pass the pattern
@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Asked about the mill, she is 81 and still works there.", "81", True),
        ("Asked about the mill, she ıs 81 and still works there.", "81", True),
        ("Asked about the mill, she waſ 81 and still worked there.", "81", True),
        ("The average age of those who died was 41.", "41", True),
        ("The rescue crew found a boy of 2 in the car.", "2", True),
        ("It was one of the company's top 10 investors.", "10", True),
        ("Six fires larger than 10,000 hectares burned.", "10,000", True),
        ("The board will send kits to people at 50 from next year.", "50", True),
        ("The trial reached phase 3 in May.", "3", True),
        ("The trial reached PHAſE 3 in May.", "3", True),
        ("Passengers on Flight SK 302 were delayed.", "302", True),
        ("The board said it had 40 staff at the site.", "40", False),
        ("The crew found 12 boats in the basin.", "12", False),
        ("The council said it would hire 30 more wardens.", "30", False),
    ],
)
def test_it_reads_a_figure_behind_each_guard_as_before(sentence: str, figure: str, expected: bool) -> None:
    assert _not_a_count(sentence, figure) is expected


class _CountingRe:
    """The re module as not_counts calls it, recording every pattern searched for."""

    def __init__(self) -> None:
        self.searched: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    def search(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        self.searched.append(pattern)
        return re.search(pattern, string, flags)


def test_it_tries_no_pattern_that_must_end_on_another_word(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingRe()
    monkeypatch.setattr(not_counts, "re", counting)
    assert not _not_a_count("The board said it had 40 staff at the site.", "40")
    # the patterns that end on "is/was/...", "of/aged", "top", "than", "at" or two capitals, after "had"
    guarded = ("would have been)\\s+$", "(?:of|aged)\\s+$", "top\\s+$", "than\\s+$", "at\\s+$", "{2,4})\\s+$")
    assert [p for p in counting.searched if p.endswith(guarded)] == []


def test_it_tries_no_rank_pattern_where_no_rank_noun_ends_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str] = []
    real = not_counts.RANK_NOUN_BEFORE

    class Counting:
        def search(self, text: str) -> re.Match[str] | None:
            tried.append(text)
            return real.search(text)

    monkeypatch.setattr(not_counts, "RANK_NOUN_BEFORE", Counting())
    assert not _not_a_count("The board said it had 40 staff at the site.", "40")
    assert tried == []
    assert _not_a_count("The trial reached phase 3 in May.", "3")
    assert len(tried) == 1


def test_it_asks_each_name_test_of_a_phrase_once_a_page() -> None:
    extract(STORY)
    for cached in speakers._PAGE_CACHED:
        info = cached.cache_info()
        assert info.misses == info.currsize  # each phrase worked out once, then answered from what was kept
    assert speakers._looks_like_person.cache_info().hits > 0  # "Ada Roe", asked of in each paragraph


def test_it_forgets_the_name_tests_answers_of_the_page_before() -> None:
    extract(STORY)
    alone = [cached.cache_info().currsize for cached in speakers._PAGE_CACHED]
    extract("The Mill Trust said 300 trees had been planted in Oskley and 2,000 more would follow by 2030.\n")
    extract(STORY)
    assert [cached.cache_info().currsize for cached in speakers._PAGE_CACHED] == alone


def test_the_cleaner_normalises_each_line_of_a_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = []
    forget = normalise_line.cache_clear

    def clear() -> None:
        kept.append(normalise_line.cache_info())
        forget()

    monkeypatch.setattr(normalise_line, "cache_clear", clear)
    raw = (
        "The Harwick Ledger\n\nNews | Sport | Opinion\n\n"
        + STORY
        + "\n© 2026 The Harwick Ledger. All rights reserved.\n"
    )
    clean_text(raw)
    lines = raw.split("\n")
    # page_head read every line before the cleaner: the cleaner's own reading of each is answered from it
    assert kept[-1].hits >= len(lines)
    assert kept[-1].misses <= len(set(lines)) + len(lines) // 2  # and each line worked out once (with a few parts)
    assert normalise_line.cache_info().currsize == 0  # forgotten once the page's lines are read


def test_it_reads_for_prose_only_the_paragraphs_that_may_introduce_a_printed_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []
    prose = documents.prose_paragraph

    def counting(line: str) -> bool:
        read.append(line)
        return prose(line)

    monkeypatch.setattr(documents, "prose_paragraph", counting)
    text = "".join(
        f"The harbour board met on day {n} and agreed the plan for the basin and its berths.\n\n" for n in range(200)
    )
    assert documents._printed_official_document(text) == []
    assert len(read) == 2  # the first two paragraphs of prose, not all 200
