"""
speed45's cheap tests before slow patterns: each skips a pattern where a condition its every match implies fails (a
word it needs in the text, the word it ends on). Checked on every line of the labelled articles, at every figure (as
not_a_count reads the text before one), and on made-up probes, odd letter cases included, so that an edit of a
pattern that outgrows its test fails here.
"""

from pathlib import Path

import pytest

from ingest import cleaning, dates, not_counts, story
from ingest.number_words import NUMBER
from ingest.numbers import _NUMBER_WORDS, _numbers

ARTICLES = sorted(Path(__file__).parent.glob("ingest_*/*.txt"))
ODD_CASE = "İıſK"  # letters IGNORECASE matches to ASCII ones

# The text before a figure, as each gated pattern reads it, in several cases
BEFORE_PROBES = [
    "For advice, call us on ",
    "Text the helpline on ",
    "If it is an emergency, ",
    "Please ring ",
    "Send a message ",
    "The figure, quoting incident number ",
    "callers quoting reference no. ",
    "quote the log ",
    "quoting case ",
    "quoting occurrence ",
    "quoting your job ",
    "a sculpture measuring ",
    "a panel measuring  ",
    "27 incidents for every ",
    "three staff per ",
    "The poll surveyed about ",
    "She interviewed ",
    "The team questioned nearly ",
    "They polled more than ",
    "We sampled over ",
    "We obtained the figures from all ",
    "Family notices cost ",
    "Notices are charged at ",
    "first 3 months for ",
    "($1 = ",
    "(",
    "Call +44 20 ",
]
BEFORE_PROBES += [p.upper() for p in BEFORE_PROBES] + [p.title() for p in BEFORE_PROBES]
BEFORE_PROBES += ["A panel MEASURİNG ", "a panel meaſuring ", "quoting ıncıdent ", "ſurveyed "]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return [line for path in ARTICLES for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def befores(lines) -> list[str]:
    """The hundred characters before each figure of every line, as not_a_count reads them, and the probes."""
    found = [line[: m.start()][-100:] for line in lines for m in _numbers(line)]
    return found + BEFORE_PROBES + [f"In 2024, {p}" for p in BEFORE_PROBES]


# Each gated pattern of not_a_count, and the test on the text's last word it is tried only after
ENDING_GATES = {
    "PHONE_BEFORE": lambda ending: ending.endswith(not_counts._PHONE_ENDINGS),
    "QUOTED_REFERENCE_BEFORE": lambda ending: ending.endswith(not_counts._REFERENCE_ENDINGS),
    "SAMPLED_BEFORE": lambda ending: ending.endswith(not_counts._SAMPLED_ENDINGS),
    "SIZE_MEASURING_BEFORE": lambda ending: ending.endswith("measuring"),
    "RATE_BASE_BEFORE": lambda ending: ending.endswith(("every", "per")),
    "OUR_EVIDENCE_BEFORE": lambda ending: ending.endswith("all"),
}
# Each gated pattern of not_a_count, and the text it needs
TEXT_GATES = {
    "NOTICE_PRICE_BEFORE": "otices",
    "INTRO_OFFER_BEFORE": "irst",
    "RATE_NOTE_BEFORE": "(",
    "INTERNATIONAL_DIALLING_BEFORE": "+",
}


@pytest.mark.parametrize("name", sorted(ENDING_GATES))
def test_it_tries_a_pattern_wherever_the_text_ends_on_its_word(befores, name):
    pattern = getattr(not_counts, name)
    matched = [near for near in befores if pattern.search(near)]
    assert matched, name  # the probes reach the pattern
    for near in matched:
        assert ENDING_GATES[name](not_counts._folded_ending(near)), (name, near)


@pytest.mark.parametrize("name", sorted(TEXT_GATES))
def test_it_tries_a_pattern_wherever_the_text_has_what_it_needs(befores, name):
    pattern = getattr(not_counts, name)
    matched = [near for near in befores if pattern.search(near)]
    assert matched, name
    for near in matched:
        assert TEXT_GATES[name] in near, (name, near)


def test_it_skips_a_pattern_where_the_text_ends_on_another_word():
    for near in ("the committee met on Monday, measured ", "surveying ", "a referendum per cent ", "quoting "):
        ending = not_counts._folded_ending(near)
        assert not any(gate(ending) for gate in ENDING_GATES.values() if gate is not ENDING_GATES["PHONE_BEFORE"])


def test_the_folded_ending_is_wide_enough_for_every_gated_word():
    words = [*not_counts._PHONE_ENDINGS, *not_counts._REFERENCE_ENDINGS, *not_counts._SAMPLED_ENDINGS, "measuring"]
    assert max(map(len, words)) <= not_counts._LAST_WORD_WIDTH


def test_it_finds_the_copyright_lines_the_pattern_finds(lines):
    probes = [
        "© 2026 The Harwick Ledger. All rights reserved.",
        "(c) 2027 Brightwater Forge Ltd.",
        "(C) Carrow Transport Authority 2026",
        "COPYRIGHT 2025 Ostry Media",
        "CopyRight Halden Press",
        "Copyrİght 2026 Odd Case Ltd",
        "A footer line. (c) 2028 Lumastream.",
        "Photo: the harbour at dawn",
    ]
    for line in lines + probes:
        found, shortcut = cleaning.COPYRIGHT_HOLDER.match(line), cleaning._copyright_line(line)
        assert (found and found.span()) == (shortcut and shortcut.span()), line


def test_every_judge_and_court_named_holds_the_word_it_is_tried_after(lines):
    text = "\n".join(lines)
    judges = [m.group() for m in story.JUDGE_NAMED.finditer(text)]
    courts = [m.group() for m in story.COURT_NAMED.finditer(text)]
    assert judges and courts
    assert all(any(title in judge for title in story._JUDGE_TITLES) for judge in judges)
    assert all("Court" in court for court in courts)


def test_it_reads_a_court_report_by_its_judge_or_its_court():
    assert story._court("Judge Mira Tolland fined the firm. Judge Tolland said it had failed.") == "Judge Mira Tolland"
    assert story._court("The case was heard at Ravensford Crown Court on Monday.") == "Ravensford Crown Court"
    assert story._court("The council said repairs would cost 40,000.") is None


def test_every_day_and_month_holds_a_month_named_by_its_first_three_letters(lines):
    probes = ["on 4 Sept. 2026", "from March 3rd", "the 21st of December", "May 9, 2027", "by Jan 12"]
    for text in lines + probes:
        for pattern in dates._NEEDS_DIGITS:
            for m in pattern.finditer(text):
                assert any(month in m.group() for month in dates._MONTH_PREFIXES), (text, m.group())


def test_it_names_a_survey_where_the_pattern_finds_one(lines):
    probes = ["A Poll of 800 shoppers", "the surveys found", "Polled in May", "the pollster said", "a trolley"]
    for text in lines + probes:
        assert story._names_survey(text) == (story.SURVEY_NAMED.search(text) is not None), text


def test_it_tries_number_at_every_word_a_number_begins_with():
    for word in ("two", "Twenty", "hALF", "a", "an", "dozen", "hundred", "usd", "eur"):
        assert word.lower() in _NUMBER_WORDS
    for word in ("the", "said", "to", "in", "on"):
        assert word not in _NUMBER_WORDS
    # an odd-case letter that IGNORECASE folds to an ASCII one keeps the word tried
    for text in ("some sıx hundred", "about ſix million", "roughly twelve", "they said the"):
        assert [m.span() for m in _numbers(text)] == [m.span() for m in NUMBER.finditer(text)], text
