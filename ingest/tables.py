"""
Tables read as tables: a block of rows whose cells are set apart by "|", tabs or runs of spaces.

A table's cells are bare figures ("24,600", "Cost: 1,600 million"): what they count is said once, above them, in
the column's header ("Cost (m)", "Votes"), the row's label, or the caption ("PRICES PER HECTARE (tolnars)", "All
figures tolvars, first full year"), and who gives them in a "Source:" line. Read sentence by sentence, a row has
none of that, so its figures went unread or took the unit of whatever the page counted last. The reader finds the
blocks of a page once, and the engine asks it, for each sentence that is a row, the unit of the row's bare figures
and whose they are. A block is a table only with at least two rows of the same number of cells that give figures
after their label: a single "Label: value" line, a run of dates or a line of aligned words is none. A row may be
followed by a note ("POST NOTE: ...") before the next row: an annotated table is still one table. A table with no
unit in its header, label or caption tells nothing and is left to the sentence reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What sets a row's cells apart: a bar, a tab, or two spaces or more
CELL_BREAK = re.compile(r"\s*\|\s*|\t+| {2,}")
# A cell that gives a figure, maybe after a label of its own ("Cost: about 1,250 million", "290,000", "12.5%")
FIGURE_CELL = re.compile(
    r"^(?:[A-Z][\w ]{0,20}:\s*)?(?:about\s+|around\s+)?[$€£]?\d[\d,.]*(?:\s*(?:%|per\s+cent|million|billion|m|bn))?$"
)
# A year or a span of years, which heads a column or names a row and is no figure ("2027/28", "2024-25")
YEAR_CELL = re.compile(r"^(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?$")
# A unit a header or caption gives in brackets: "(tolnars)", "Cost (m tolvars)", "(per cent of capacity)"
BRACKETED_UNIT = re.compile(r"\((?:in\s+)?(?:m\s+|bn\s+|millions?\s+of\s+)?(?P<unit>[a-z][a-z ]{1,30}?)\)", re.I)
# A caption that says what every figure is in: "All figures tolvars", "All figures in kestels"
ALL_FIGURES_IN = re.compile(r"\bAll\s+figures\s+(?:are\s+)?(?:in\s+)?(?P<unit>[a-z]+)\b", re.I)
# Heads of a column or caption that count something, each with the unit of its figures
COUNTING_HEADS = {
    "votes": "votes",
    "seats": "seats",
    "%": "percent",
    "per cent": "percent",
    "percent": "percent",
}
# Heads of a column or caption that give sums of money: their figures are in the page's currency
MONEY_HEADS = re.compile(
    r"\b(?:cost|costs|saving|savings|price|prices|yield|budget|spend|spending|funding|required|funded|"
    r"allocated|pledged|paid|fee|fees|rent)\b",
    re.I,
)
# A "Source:" line, or a caption's "Source: ..." sentence: whose the figures are
SOURCE = re.compile(r"\bSources?:\s*(?P<source>[^.;\n]+)")
# Words of a source that name its part or its document, not who gives it: "Commonweal Party costings unit"
SOURCE_TAIL = re.compile(r"(?:,.*|\s+(?:costings\s+unit|press\s+release|returns|figures|data|analysis)\b.*)$")
# A candidate's result on a line of its own, no bar between name and votes: "Aske Brunholm (Commonweal) 1,862"
RESULT_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} \([A-Z][^()]{1,40}\)"
RESULT_ROW = re.compile(rf"^(?P<who>{RESULT_NAME}) (?P<votes>\d[\d,]*)$")
RESULT_CELL = re.compile(RESULT_NAME)
RESULT_ROW_END = re.compile(r"\) \d[\d,]*$", re.M)
# A heading over an election's results: "QUARRY WARD - declared 23:48", "Commonweal gain from Civic Renewal"
RESULTS_HEADING = re.compile(r"\b(?:results?|declared|declaration|elected|gain|hold|count|by-election)\b", re.I)
# What a page must name for such lines to be votes: a vote, a ward, a party, a poll, an election's count (a football
# report's "Weekend results" or a club's "Officers elected" names none of them)
VOTE_WORDS = re.compile(
    r"\b(?:votes?|voted|voters?|voting|wards?|part(?:y|ies)|polls?|polling|ballots?|(?:by-)?elections?|turnout|"
    r"the\s+count)\b",
    re.I,
)
# A bracket that holds a role or a side, not a party: "Mary Jones (Treasurer) 14", "Jon Ash (Harbour Rovers) 2"
NOT_A_PARTY = re.compile(
    r"\b(?:treasurer|captain|chair\w*|secretary|president|coach|manager|director|member|FC|Rovers|United|Athletic|"
    r"Wanderers|Town|Club)\b",
    re.I,
)
# The longest line a caption set off by a blank line may be: a longer one is a paragraph of prose
CAPTION_LENGTH = 100
# How many lines of notes may stand between two rows of one table
NOTES_BETWEEN_ROWS = 3
# The currency a money column is in, resolved by the engine from the page's figures
PAGE_CURRENCY = "page currency"


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[int, int], ...]  # (start, end) of each row's line in the page
    unit: str  # what the table's bare figures count, or PAGE_CURRENCY
    source: str | None  # who the caption or "Source:" line says gives them


def _cells(line: str) -> list[str]:
    if ") " in line and line[-1:].isdigit() and (result := RESULT_ROW.match(line.strip())):
        return [result.group("who"), result.group("votes")]
    return [cell for cell in CELL_BREAK.split(line.strip()) if cell]


def _figures_after_label(cells: list[str]) -> bool:
    return len(cells) >= 2 and any(FIGURE_CELL.match(c) and not YEAR_CELL.match(c) for c in cells[1:])


def _unit_named(words: str) -> str:
    """The unit a header, label or caption names, "" if none."""
    for found in (ALL_FIGURES_IN.search(words), BRACKETED_UNIT.search(words)):
        if found is not None:
            return found.group("unit").strip().lower()
    lowered = words.lower()
    for head, unit in COUNTING_HEADS.items():
        if re.search(rf"(?<!\w){re.escape(head)}(?!\w)", lowered):
            return unit
    return PAGE_CURRENCY if MONEY_HEADS.search(words) else ""


def _source_named(lines: list[str]) -> str | None:
    for line in lines:
        found = SOURCE.search(line)
        if found is not None:
            return SOURCE_TAIL.sub("", found.group("source").strip()) or None
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the page, blank ones too: a blank line ends a caption."""
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def find_tables(text: str) -> list[Table]:
    """The tables of a page that say what their figures count, in page order."""
    return [table for _, _, table in _tables(text)]


def table_lines(text: str) -> list[range]:
    """
    The lines of each table of a page that says what its figures count, by number, from its caption to its Source
    line: the cleaner keeps them together, with their cells apart, for find_tables to read again in the cleaned text.
    """
    return [range(first, last + 1) for first, last, _ in _tables(text)]


def barred(row: str) -> str:
    """A row with its cells set apart by bars, which the cleaner's joining of space runs leaves apart."""
    return " | ".join(_cells(row))


def _tables(text: str) -> list[tuple[int, int, Table]]:
    """Each table with a unit, with the numbers of its first line (its caption's) and its last (its Source line's)."""
    if "|" not in text and "\t" not in text and "   " not in text and not RESULT_ROW_END.search(text):
        return []  # most pages: no table at all
    lines = _lines(text)
    tables: list[tuple[int, int, Table]] = []
    at = 0
    while at < len(lines):
        block = _block_at(text, lines, at)
        if not block:
            at += 1
            continue
        caption = _caption(text, lines, at)
        table = _read_table(text, lines, at, block, caption)
        if table is not None:
            sourced = _sourced(text, lines, block[-1])
            set_off = bool(caption) and not text[lines[at - 1][0] : lines[at - 1][1]].strip()
            tables.append((at - len(caption) - set_off, block[-1] + sourced, table))
        at = block[-1] + 1
    return tables


def _sourced(text: str, lines: list[tuple[int, int]], last: int) -> int:
    """How many lines after a table's last row reach its "Source:" line: 1 straight after, 2 past a blank line, as a
    page may set it off; 0 for none."""
    for gap in (1, 2):
        if last + gap >= len(lines):
            return 0
        if SOURCE.match(text, lines[last + gap][0]) is not None:
            return gap
        if text[lines[last + gap][0] : lines[last + gap][1]].strip():
            return 0
    return 0


def _block_at(text: str, lines: list[tuple[int, int]], at: int) -> list[int]:
    """The numbers of the lines that are rows of a table opening at line ``at`` (its header too), or []."""
    opening = _cells(text[lines[at][0] : lines[at][1]])
    width = len(opening)
    if width < 2:
        return []
    headed = not _figures_after_label(opening)
    block = [at]
    following = at + 1
    while following < len(lines) and following - block[-1] <= NOTES_BETWEEN_ROWS + 1:
        cells = _cells(text[lines[following][0] : lines[following][1]])
        if len(cells) == width and _figures_after_label(cells):
            block.append(following)
        elif headed and len(block) == 1:
            return []  # a header is followed by a row at once
        following += 1
    figured = [n for n in block if _figures_after_label(_cells(text[lines[n][0] : lines[n][1]]))]
    return block if len(figured) >= 2 else []


def _caption(text: str, lines: list[tuple[int, int]], at: int) -> list[str]:
    """
    The line or two above a table's first row, up to a blank line; or, set off from the table by a blank line as a
    page may print it, the short lines above that blank ("TABLE A1: HOW WE PAY FOR IT", "All figures tolvars."), not
    the paragraph of prose a table follows.
    """
    caption = [text[s:e] for s, e in lines[max(0, at - 2) : at]]
    if caption and not caption[-1].strip():
        caption = [text[s:e] for s, e in lines[max(0, at - 3) : at - 1]]
        short = caption and all(0 < len(line) <= CAPTION_LENGTH for line in caption[-1:])
        return [line for line in caption if 0 < len(line) <= CAPTION_LENGTH] if short else []
    return caption[1:] if caption and not caption[0].strip() else caption


def _read_table(text: str, lines: list[tuple[int, int]], at: int, block: list[int], caption: list[str]) -> Table | None:
    header = _cells(text[lines[at][0] : lines[at][1]])
    headed = not _figures_after_label(header)
    rows = block[1:] if headed else block
    after = [text[s:e] for s, e in lines[block[-1] + 1 : block[-1] + 1 + max(1, _sourced(text, lines, block[-1]))]]
    unit = _unit_named(" ".join(header[1:])) if headed else ""
    unit = unit or next((u for u in map(_unit_named, reversed(caption)) if u), "")
    unit = unit or ("votes" if _results(text, lines, rows, caption) else "")
    if not unit:
        return None
    return Table(tuple(lines[n] for n in rows), unit, _source_named([*caption, *after]))


def _results(text: str, lines: list[tuple[int, int]], rows: list[int], caption: list[str]) -> bool:
    """Candidates' results under a heading that says they are results: their figures are votes."""
    names = [_cells(text[lines[n][0] : lines[n][1]])[0] for n in rows]
    return (
        any(RESULTS_HEADING.search(line) for line in caption)
        and all(RESULT_CELL.fullmatch(name) and not NOT_A_PARTY.search(name[name.index("(") :]) for name in names)
        and VOTE_WORDS.search(text) is not None
    )


def table_at(tables: list[Table], start: int) -> Table | None:
    """The table whose row opens at ``start``, if the sentence there is a row."""
    for table in tables:
        if table.rows[0][0] <= start <= table.rows[-1][1]:
            return table if any(s <= start < e for s, e in table.rows) else None
    return None


def cells_apart(row: str) -> str:
    """The row with its tabs as bars, of the same length: a tab sets two figures apart ("2,075\t1,985" is no one
    number, as "2,075 1,985" may be), as a bar does."""
    return row.replace("\t", "|")
