"""Dates as news text gives them, resolved against the article's publication date."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ingest.cues import ODD_CASE

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# The names as patterns, for the modules that read a time around a figure
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a month as a dateline or a timeline writes it short ("Jan 12", "Sept 3", "Oct. 2028")
MONTH_SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"  # fmt: skip

PART_OF_MONTH = re.compile(rf"\b(early|mid|late)[- ]{_MONTH}(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?")
WEEKDAY = re.compile(r"\b(?:on\s+|last\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
RELATIVE = re.compile(r"\b(last week|this week|last month|yesterday|today|earlier this month|last year)\b", re.I)
# What find_date tests a sentence for before a pattern reads it (keep in step with the patterns above): a day of
# the month in digits and a month's name by its first three letters, in the case these patterns read it with; a word
# each match of the patterns read without case contains, looked for in the sentence in lower case, which serves
# unless it has one of ODD_CASE's letters
_DIGIT = re.compile(r"\d")
_NEEDS_DIGITS = (MONTH_DAY, DAY_MONTH)
_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NEEDS_WORDS = {PART_OF_MONTH: ("early", "mid", "late"), RELATIVE: ("week", "month", "yesterday", "today", "year")}


def find_date(sentence: str, published: date | None) -> tuple[date | None, date | None, str, tuple[int, int] | None]:
    """
    The first date the sentence gives: (day or range start, range end or None, the words, their span).
    Without a publication date, only dates that carry their year are resolved.
    """
    candidates = []
    # most sentences give no date: a pattern runs only if the sentence has what it cannot match without
    digits = any(month in sentence for month in _MONTH_PREFIXES) and _DIGIT.search(sentence) is not None
    lowered = sentence.lower() if ODD_CASE.search(sentence) is None else None
    for pattern, resolve in (
        (PART_OF_MONTH, _part_of_month),
        (MONTH_DAY, _month_day),
        (DAY_MONTH, _day_month),
        (WEEKDAY, _weekday),
        (RELATIVE, _relative),
    ):
        if (not digits and pattern in _NEEDS_DIGITS) or (pattern is WEEKDAY and "day" not in sentence):
            continue
        needs = _NEEDS_WORDS.get(pattern)
        if needs and lowered is not None and not any(word in lowered for word in needs):
            continue
        for match in pattern.finditer(sentence):
            resolved = resolve(match, published)
            if resolved is not None:
                candidates.append((match.start(), match, resolved))
    if not candidates:
        return None, None, "", None
    _, match, (start, end) = min(candidates, key=lambda c: c[0])
    return start, end, match.group(0), match.span()


def _year(month: int, day: int, given: str | None, published: date | None) -> int | None:
    if given:
        return int(given)
    if published is None:
        return None
    year = published.year
    try:
        if date(year, month, day) > published + timedelta(days=7):  # "December 30" read in January
            year -= 1
    except ValueError:
        return None
    return year


def _safe(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(match, published):
    month, day = MONTHS[match.group(1).lower().rstrip(".")], int(match.group(2))
    found = _safe(_year(month, day, match.group(3), published), month, day)
    return (found, None) if found else None


def _day_month(match, published):
    day, month = int(match.group(1)), MONTHS[match.group(2).lower().rstrip(".")]
    found = _safe(_year(month, day, match.group(3), published), month, day)
    return (found, None) if found else None


def _part_of_month(match, published):
    part, month = match.group(1).lower(), MONTHS[match.group(2).lower().rstrip(".")]
    year = _year(month, 1, match.group(3), published)
    if year is None:
        return None
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[part]
    return date(year, month, first_day), date(year, month, last_day)


def _weekday(match, published):
    if published is None:
        return None
    back = (published.weekday() - WEEKDAYS[match.group(1).lower()]) % 7
    if match.group(0).lower().startswith("last") and back == 0:
        back = 7
    return published - timedelta(days=back), None


def _relative(match, published):
    if published is None:
        return None
    words = match.group(1).lower()
    monday = published - timedelta(days=published.weekday())
    if words == "yesterday":
        return published - timedelta(days=1), None
    if words == "today":
        return published, None
    if words == "last week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if words == "this week":
        return monday, published
    if words == "earlier this month":
        return published.replace(day=1), published
    if words == "last month":
        last_of_previous = published.replace(day=1) - timedelta(days=1)
        return last_of_previous.replace(day=1), last_of_previous
    if words == "last year":
        return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
    return None
