"""
Long list pages stay linear (round 43): a results table of many rows, a council's list of streets under a lead-in that
names its unit, a live page of many short posts. Three parts of the engine read the whole page so far for each
sentence: whether the figure before is still listed (``in`` over every mention), which table row a sentence opens
(every row of the table), and the bodies a live page named (every time a body was introduced). These guards count that
work, not time, between a page of 200 and one of 800 rows, and check the rows still give what they gave.
"""

from __future__ import annotations

import re
from decimal import Decimal

import ingest.speakers
import ingest.tables
from ingest.extraction import clean_text, extract
from ingest.mentions import Mention

PARTIES = ["Labour", "Conservative", "Green", "Reform", "Lib Dem"]
STREETS = ["High Street", "Church Road", "Station Road", "Mill Lane", "Park Avenue", "Oak Close", "Elm Grove"]


def _results(rows: int) -> str:
    lines = [f"| Ward {i // 5 + 1} | Candidate {i} | {PARTIES[i % 5]} | {100 + i * 37 % 4900:,} |" for i in range(rows)]
    return (
        "Election results 2024\n\nThe returning officer declared the results on Friday.\n\n"
        "| Ward | Candidate | Party | Votes |\n|---|---|---|---|\n"
        + "\n".join(lines)
        + "\n\nTurnout was 34 per cent, the council said.\n"
    )


def _council(rows: int) -> str:
    lines = [f"{STREETS[i % 7]} ({chr(65 + i // 7 % 26)}{i // 182 + 1}): {3 + (i * 13) % 397}" for i in range(rows)]
    return (
        "Pothole reports by street, 2024\n\nWestshire County Council said on Tuesday that it had received 12,400 "
        "reports of potholes last year.\n\nReports by street (potholes):\n" + "\n".join(lines) + "\n\n"
        "The council said the list would be updated monthly.\n"
    )


def _live(posts: int) -> str:
    lines = [f"{10 + i // 60 % 12:02d}:{i % 60:02d}\nPolice said {2 + i % 88} people were held." for i in range(posts)]
    return "Live: protests in the city centre\n\n" + "\n\n".join(lines) + "\n"


def _counting(monkeypatch, cls, name: str) -> list[int]:
    """Counts the calls of ``cls.name`` while the test runs."""
    calls = [0]
    original = getattr(cls, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(cls, name, counted)
    return calls


def _linear(work, short: str, long: str) -> tuple[int, int]:
    before = work[0]
    extract(clean_text(short))
    small = work[0] - before
    extract(clean_text(long))
    large = work[0] - before - small
    # four times the rows, about four times the work; a quadratic part gives sixteen times
    assert large <= 5 * small + 200, (small, large)
    return small, large


def test_it_compares_mentions_linearly_in_a_long_results_table(monkeypatch):
    compared = _counting(monkeypatch, Mention, "__eq__")
    _linear(compared, _results(200), _results(800))


def test_it_compares_mentions_linearly_in_a_long_council_list(monkeypatch):
    compared = _counting(monkeypatch, Mention, "__eq__")
    _linear(compared, _council(200), _council(800))


class _CountedRows(tuple):
    """A table's rows that count each row read, by a scan or by index."""

    read = [0]

    def __iter__(self):
        for row in tuple.__iter__(self):
            _CountedRows.read[0] += 1
            yield row

    def __getitem__(self, key):
        _CountedRows.read[0] += 1
        return tuple.__getitem__(self, key)


def test_it_finds_a_sentences_table_row_without_reading_every_row(monkeypatch):
    original = ingest.tables.Table.__init__

    def counted_rows(self, rows, *args, **kwargs):
        original(self, _CountedRows(rows), *args, **kwargs)

    monkeypatch.setattr(ingest.tables.Table, "__init__", counted_rows)
    _CountedRows.read = [0]
    short, long = _results(200), _results(800)
    table = ingest.tables.find_tables(str(clean_text(long)), lambda _: False, None)
    assert table and len(table[0].rows) == 800  # the rows are read through the counting rows
    _CountedRows.read = [0]
    _linear(_CountedRows.read, short, long)


class _CountedArticle:
    """speakers._ARTICLE, counting its substitutions (each a name of a body read)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.subs = [0]

    def sub(self, *args, **kwargs):
        self.subs[0] += 1
        return self.pattern.sub(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_it_reads_a_live_pages_bodies_once(monkeypatch):
    article = _CountedArticle(ingest.speakers._ARTICLE)
    monkeypatch.setattr(ingest.speakers, "_ARTICLE", article)
    _linear(article.subs, _live(200), _live(800))


def test_it_still_reads_each_row_and_post():
    # what must not change: each row gives its votes, each street its reports, each post its arrests, by its source
    votes = [m for m in extract(clean_text(_results(200))) if m.unit == "votes"]
    assert len(votes) == 200 and votes[0].value == Decimal(100) and votes[-1].value == Decimal(100 + 199 * 37 % 4900)
    council = [m for m in extract(clean_text(_council(200))) if m.value is not None]
    assert council[0].value == Decimal(12400) and len(council) == 201
    live = extract(clean_text(_live(200)))
    assert len(live) == 200 and all(m.speaker == "Police" for m in live)


def test_it_still_pairs_a_revision_with_the_figure_before():
    # what must not change: the figure before, still listed, is revised by the next sentence
    text = (
        "The ministry first put the gap at 140 million tolars in March. "
        "It has now raised that estimate to 212 million tolars."
    )
    found = [m for m in extract(clean_text(text)) if m.value is not None]
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(212_000_000), Decimal(140_000_000))]
