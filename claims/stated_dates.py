"""
When something was said, as precisely as the source said it.

Sources often date a statement loosely: "early October", "in October", "last year". An appearance
stores the first day of that span (``stated_on``) with its precision, so lists still sort by date,
and readers see the words the precision allows ("early October 2024"), never an exact day the
source did not give. Pure functions of a date and a precision: no queries.
"""

from __future__ import annotations

import calendar
import datetime

from django.db import models


class DatePrecision(models.TextChoices):
    DAY = "day", "the day"
    EARLY_MONTH = "early_month", "early in the month (1st to 10th)"
    MID_MONTH = "mid_month", "mid-month (11th to 20th)"
    LATE_MONTH = "late_month", "late in the month (21st to the end)"
    MONTH = "month", "the month"
    YEAR = "year", "the year"


# The day of the month each part of a month starts on.
_PART_START = {DatePrecision.EARLY_MONTH: 1, DatePrecision.MID_MONTH: 11, DatePrecision.LATE_MONTH: 21}
_PART_WORD = {DatePrecision.EARLY_MONTH: "early", DatePrecision.MID_MONTH: "mid-", DatePrecision.LATE_MONTH: "late"}


def span(date: datetime.date, precision: str) -> tuple[datetime.date, datetime.date]:
    """The first and last day a date of this precision may mean."""
    last_of_month = calendar.monthrange(date.year, date.month)[1]
    if precision == DatePrecision.YEAR:
        return datetime.date(date.year, 1, 1), datetime.date(date.year, 12, 31)
    if precision == DatePrecision.MONTH:
        return date.replace(day=1), date.replace(day=last_of_month)
    if precision in _PART_START:
        first = _PART_START[DatePrecision(precision)]
        last = {1: 10, 11: 20, 21: last_of_month}[first]
        return date.replace(day=first), date.replace(day=last)
    return date, date


def first_day(date: datetime.date, precision: str) -> datetime.date:
    """What ``stated_on`` stores for a date of this precision: the first day it may mean."""
    return span(date, precision)[0]


def precision_of_range(start: datetime.date, end: datetime.date | None) -> DatePrecision:
    """
    The precision of a date range as import finds it ("early October" is 1 to 10 October): the
    narrowest precision whose span holds the whole range.
    """
    if end is None or end <= start:
        return DatePrecision.DAY
    for precision in (DatePrecision.EARLY_MONTH, DatePrecision.MID_MONTH, DatePrecision.LATE_MONTH):
        first, last = span(start, precision)
        if first <= start and end <= last:
            return precision
    if (start.year, start.month) == (end.year, end.month):
        return DatePrecision.MONTH
    return DatePrecision.YEAR if start.year == end.year else DatePrecision.DAY


def stated_date_text(date: datetime.date, precision: str) -> str:
    """Readers' words: '13 October 2024', 'early October 2024', 'mid-October 2024', 'October 2024', '2024'."""
    month = date.strftime("%B")
    if precision == DatePrecision.YEAR:
        return str(date.year)
    if precision == DatePrecision.MONTH:
        return f"{month} {date.year}"
    if precision in _PART_WORD:
        word = _PART_WORD[DatePrecision(precision)]
        return f"{word}{'' if word.endswith('-') else ' '}{month} {date.year}"
    return f"{date.day} {month} {date.year}"


def stated_date_iso(date: datetime.date, precision: str) -> str:
    """ISO 8601 at the precision given: '2024-10-13', '2024-10' (any part of a month), '2024'."""
    if precision == DatePrecision.YEAR:
        return f"{date.year:04d}"
    if precision == DatePrecision.DAY:
        return date.isoformat()
    return f"{date.year:04d}-{date.month:02d}"
