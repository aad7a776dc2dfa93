"""Session 43's speed work on the engine: the cheap tests put before patterns that search a whole text or sentence, the
word lists the cheap tests are derived from, and the line cache forgotten with a page's other answers. What each cheap
test stands before still reads as it did (the negatives); the guards themselves are counted, never timed."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from ingest import cues, interviews, not_counts, speakers, story
from ingest.cleaning import normalise_line
from ingest.extraction import clean_text, extract
from ingest.not_counts import not_a_count
from ingest.numbers import _numbers


def _not_a_count(sentence: str, figure: str) -> bool:
    m = next(m for m in _numbers(sentence) if m.group(0).strip() == figure)
    return not_a_count(sentence, m, Decimal(figure.replace(",", "")))


class _Counting:
    """A compiled pattern that records each text it is asked to search."""

    def __init__(self, real: re.Pattern[str]) -> None:
        self.real = real
        self.searched: list[str] = []

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        self.searched.append(text)
        return self.real.search(text, *args)


def test_it_derives_the_age_guards_from_the_verb_lists() -> None:
    # the cheap test on the last word and the pattern are built from one list, so a verb added to it reaches both
    assert set(not_counts._AGE_STATED_ENDINGS) == {"is", "was", "turned", "be", "been"}
    assert set(not_counts._AVERAGE_AGE_ENDINGS) == {"was", "is", "of", "at", "about"}
    for verb in cues.AGE_STATING_VERBS:
        assert not_counts.AGE_STATED_BEFORE.search(f"we think she {verb} ")
    for verb in cues.AVERAGE_AGE_VERBS:
        assert not_counts.AVERAGE_AGE_BEFORE.search(f"The median age {verb}  ")  # "stood at" across any spacing


def test_it_tries_no_aged_pattern_where_the_text_has_no_age(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(not_counts.AGED_BEFORE)
    monkeypatch.setattr(not_counts, "AGED_BEFORE", counting)
    assert not _not_a_count("The board said it had 40 staff at the site.", "40")
    assert counting.searched == []
    assert _not_a_count("The school takes pupils aged four to 16 from the valley.", "16")
    assert len(counting.searched) == 1


def test_it_tries_no_band_pattern_where_no_band_word_ends_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(not_counts.SUPERLATIVE_BAND_BEFORE)
    monkeypatch.setattr(not_counts, "SUPERLATIVE_BAND_BEFORE", counting)
    assert not _not_a_count("The board said the best firms had 40 staff at the site.", "40")
    assert counting.searched == []
    assert _not_a_count("It was the best-selling phone under 200 sarns last year.", "200")
    assert counting.searched


def test_it_lets_the_band_guard_past_a_currency_sign_or_a_newline() -> None:
    assert not_counts._ends_on_band_word("the best-selling phone under £")
    assert not_counts._ends_on_band_word("the best-selling phone under  \n")
    assert not_counts._ends_on_band_word("the best-selling phone below $ \n")
    assert not not_counts._ends_on_band_word("the best-selling phone in £")
    assert not not_counts._ends_on_band_word("")


def test_it_tries_no_numbering_pattern_where_no_numbering_word_ends_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    numbered = _Counting(not_counts.NUMBERED_BY_BEFORE)
    provision = _Counting(not_counts.PROVISION_BEFORE)
    monkeypatch.setattr(not_counts, "NUMBERED_BY_BEFORE", numbered)
    monkeypatch.setattr(not_counts, "PROVISION_BEFORE", provision)
    assert not _not_a_count("The board said it had 40 staff at the site.", "40")
    assert numbered.searched == provision.searched == []
    assert _not_a_count("The hotel is on HIGHWAY 61 south.", "61")
    assert len(numbered.searched) == 1
    assert _not_a_count("Fines are set under rule 12.4 of the code.", "12.4")
    assert len(provision.searched) == 1


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The figure is on page 12 of the report.", "12", True),
        ("The figure is on PAGE 12 of the report.", "12", True),
        ("It was flight  302 that was delayed.", "302", True),
        ("The hotel is on Highway 61 south.", "61", True),
        ("See #3 on the list.", "3", True),
        ("It cuts the risk of type 2 diabetes.", "2", True),
        ("The ban is set out in Clause 4 of the code.", "4", True),
        ("The ban is set out in clause 4.3 of the code.", "4.3", True),
        ("Fines are set under rule 12.4 of the code.", "12.4", True),
        ("Under military rule 3,000 people were detained.", "3,000", False),
        ("The trains ran behind schedule 412 times.", "412", False),
        ("The council will reschedule 300 bin collections.", "300", False),
    ],
)
def test_it_reads_a_numbered_thing_as_before(sentence: str, figure: str, expected: bool) -> None:
    assert _not_a_count(sentence, figure) is expected


def test_it_searches_the_page_for_no_role_it_does_not_name(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []
    real = re.search

    def counting(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        searched.append(pattern if isinstance(pattern, str) else pattern.pattern)
        return real(pattern, string, flags)

    monkeypatch.setattr(re, "search", counting)
    text = "The health minister, Anna Velsberg, said 40 wards would close. Piet Vander said 12 would stay open."
    assert interviews._role_holder("Chair", text, ["Anna Velsberg", "Piet Vander"]) is None
    assert [p for p in searched if "Velsberg" in p or "Vander" in p] == []


@pytest.mark.parametrize(
    ("label", "text", "holder"),
    [
        ("The Minister", "The health minister, Anna Velsberg, said 40 wards would close.", "Anna Velsberg"),
        ("MINISTER", "Anna Velsberg, the health minister, said 40 wards would close.", "Anna Velsberg"),
        ("The Minister", "The Minister, Anna Velsberg, said 40 wards would close.", None),  # no lower-case role
        ("Health Minister", "The minister of health, Anna Velsberg, said 40 wards would close.", None),
        ("Chair", "The health minister, Anna Velsberg, said 40 wards would close.", None),
    ],
)
def test_it_finds_a_role_holder_as_before(label: str, text: str, holder: str | None) -> None:
    assert interviews._role_holder(label, text, ["Anna Velsberg", "Piet Vander"]) == holder


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Asked about the mill, she is 81 and still works there.", "81", True),
        ("Asked about the mill, who would have been 67.", "67", True),
        ("The average age of those who died was 41.", "41", True),
        ("The median age stood at 44.", "44", True),
        ("The school takes pupils aged four to 16 from the valley.", "16", True),
        ("The clinic sees patients AGED 65 and over.", "65", True),
        ("It was the best-selling phone under 200 sarns last year.", "200", True),
        ("The board said it had 40 staff at the site.", "40", False),
        ("The average bill rose to 41 sarns.", "41", False),
        ("The council sold 200 phones under contract.", "200", False),
    ],
)
def test_it_reads_a_figure_behind_each_new_guard_as_before(sentence: str, figure: str, expected: bool) -> None:
    assert _not_a_count(sentence, figure) is expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will hire 40 wardens," said the minister, Ada Roe.\n', "Ada Roe"),
        ('"We will hire 40 wardens", said Ada Roe.\n', "Ada Roe"),
        ("The council will hire 40 wardens, said Ada Roe.\n", "Ada Roe"),
    ],
)
def test_it_reads_an_inverted_reporting_clause_as_before(text: str, speaker: str) -> None:
    found = extract(clean_text(text))
    assert [m.speaker for m in found if m.value == Decimal(40)] == [speaker]


def test_it_forgets_the_lines_a_page_head_read_as_a_page_starts() -> None:
    normalise_line("A headline  read by page_head alone")
    assert normalise_line.cache_info().currsize > 0
    speakers.clear_page_caches()
    assert normalise_line.cache_info().currsize == 0
    extract(clean_text("The Mill Trust said 300 trees had been planted in Oskley.\n"))  # and reading goes on as ever
    assert normalise_line.cache_info().currsize == 0


def test_it_tries_no_fact_check_pattern_on_a_page_without_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    desk = _Counting(story.DESK_AT_WORK)
    head = _Counting(story.FACT_CHECK_HEAD)
    monkeypatch.setattr(story, "DESK_AT_WORK", desk)
    monkeypatch.setattr(story, "FACT_CHECK_HEAD", head)
    extract(clean_text("The Harbour Board said 7 berths would close for repairs.\n"))
    assert desk.searched == head.searched == []
    extract(clean_text('Kessel said "40 berths will close".\n\nPost Verify checks claims by public figures.\n'))
    assert desk.searched and head.searched


def test_it_lets_a_page_that_may_name_a_desk_at_work_past_the_cheap_test() -> None:
    assert story._may_name_desk_at_work("How we check: we ask the office.")
    assert story._may_name_desk_at_work("Post Verify rates claims by the damage done.")
    assert story._may_name_desk_at_work("The desk rates statements by the evidence.")
    assert not story._may_name_desk_at_work("The bank rates rose again.")
    assert not story._may_name_desk_at_work("The claims and statements were read.")
