"""
The engine's shortcuts past its slow patterns find what the patterns themselves find: each skips positions or texts
on a condition its pattern implies (a letter a number can start with, a word a date needs), which an edit of the
pattern can outgrow. Checked on every line of the labelled articles and on the words the patterns are built from.
"""

import re
from pathlib import Path

import pytest

from ingest import cleaning, dates, numbers
from ingest.number_words import CURRENCIES, NUMBER, UNITS_WORDS
from ingest.numbers import _PROPORTION_START, FRACTIONS, PROPORTION, _numbers, _scan

ARTICLES = sorted(Path(__file__).parent.glob("ingest_*/*.txt"))
ODD_CASE = "İıſK"  # letters IGNORECASE matches to ASCII ones


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return [line for path in ARTICLES for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def _probes() -> list[str]:
    """Each number word, fraction and currency code in several cases, alone and after other words."""
    words = [*UNITS_WORDS, *FRACTIONS, *(code for code in CURRENCIES if code.isalpha()), "half", "a dozen"]
    words += [w.upper() for w in words] + [w.capitalize() for w in words]
    texts = [f"{before}{w}{after}" for w in words for before in ("", "x ", "(") for after in ("", " 40", " million")]
    texts += [f"some {c}ix and {c}even, {c}ome {c}one" for c in ODD_CASE]
    return [*texts, "£5", "$3.2bn", "€40", "¥9", "USD 4", "3-1", "one in five", "2 out of 3", "a third of them"]


def test_numbers_scan_finds_what_finditer_finds(lines):
    for text in lines + _probes():
        assert _spans(_numbers(text)) == _spans(NUMBER.finditer(text)), text


def test_proportion_scan_finds_what_finditer_finds(lines):
    for text in lines + _probes():
        assert _spans(_scan(PROPORTION, _PROPORTION_START, text)) == _spans(PROPORTION.finditer(text)), text


def test_furniture_prose_shortcut_agrees_with_the_search(lines):
    probes = [
        "Contributed reporting by A. Writer",
        "Photo: REUTERS/Someone",
        "A crowd, (AP Photo/Jo Bloggs)",
        "Pictured here via Reuters",
        "1,204 people are reading this",
        "All Rights Reserved",
        "Getty Images",
    ]
    probes += [f"Text {c} with odd case, via AP" for c in ODD_CASE]
    for line in lines + probes + [f"Intro. {p}" for p in probes]:
        assert cleaning._furniture_prose(line) == bool(cleaning.FURNITURE_PROSE.search(line)), line


def _find_date_unguarded(sentence, published):
    candidates = []
    for pattern, resolve in (
        (dates.PART_OF_MONTH, dates._part_of_month),
        (dates.MONTH_DAY, dates._month_day),
        (dates.DAY_MONTH, dates._day_month),
        (dates.WEEKDAY, dates._weekday),
        (dates.RELATIVE, dates._relative),
    ):
        for match in pattern.finditer(sentence):
            resolved = resolve(match, published)
            if resolved is not None:
                candidates.append((match.start(), match, resolved))
    if not candidates:
        return None, None, "", None
    _, match, (start, end) = min(candidates, key=lambda c: c[0])
    return start, end, match.group(0), match.span()


def test_find_date_guards_skip_no_date(lines):
    from datetime import date

    published = date(2024, 10, 24)
    probes = ["in EARLY October", "Mid-March", "LAST WEEK", "Yesterday", "on Monday", "3 May", "May 3, 2024"]
    probes += [f"la{c}t week" for c in ODD_CASE] + [f"ear{c}y October" for c in ODD_CASE]
    for sentence in lines + probes:
        assert dates.find_date(sentence, published) == _find_date_unguarded(sentence, published), sentence


def test_number_start_covers_every_currency_sign():
    signs = {c for c in re.findall(r"\[([^\]]*)\]", NUMBER.pattern)[0]}
    assert all(numbers._NUMBER_START.match(sign) for sign in signs)
