"""
Tables read as tables (issue 14, session 37): a generated matrix of layouts (bars, tabs, runs of spaces), of where
the unit is said (a column header, a bracket in the caption, "All figures ...", a money header in the page's
currency) and of sources ("Source: ..." line or none), each expecting every figure cell read in the table's unit
and given to the source the table names; and near misses that must stay as they are.
"""

import itertools

import pytest

from ingest.extraction import extract
from ingest.speakers import looks_like_body
from ingest.tables import find_tables

INTRO = (
    "Orlen board sets out its repair plans\n\nBy Ada Vell\n\n"
    "The Orlen district board met on Tuesday to agree its repair plans for the year ahead. Its housing fund has 4.2 "
    "million dravs to spend this year, the board said, and members asked for the figures ward by ward.\n\n"
)
OUTRO = (
    "\n\nMembers said the figures showed the river wards had waited longest. The chair said the board would "
    "publish a fuller plan in the spring, after the tenants' groups had been asked.\n\nThe board meets again in May."
)
ROWS = [("North ward", "1,240", "1,310"), ("River ward", "860", "905"), ("Hill ward", "2,075", "1,985")]
VALUES = {"1240", "1310", "860", "905", "2075", "1985"}
BREAKS = {"bars": " | ", "tabs": "\t", "spaces": "     "}
# (caption, header cells, the unit the cells are read in)
UNIT_SOURCES = {
    "header bracket": ("Repairs by ward", ("Ward", "Last year (homes)", "This year (homes)"), "homes"),
    "caption bracket": ("REPAIRS BY WARD (homes)", ("Ward", "Last year", "This year"), "homes"),
    "all figures": ("Repairs by ward. All figures homes.", ("Ward", "Last year", "This year"), "homes"),
    "money header": ("Grants by ward", ("Ward", "Cost last year", "Cost this year"), "dravs"),
    "votes header": ("Count by ward", ("Ward", "Votes 2026", "Votes 2027"), "votes"),
}
SOURCES = {"none": None, "source line": "Orlen District Board"}


def _table(layout: str, unit_source: str, source: str | None) -> str:
    caption, header, _ = UNIT_SOURCES[unit_source]
    cut = BREAKS[layout]
    lines = [caption, cut.join(header), *(cut.join(row) for row in ROWS)]
    if source:
        lines.append(f"Source: {source} returns")
    return INTRO + "\n".join(lines) + OUTRO


def _cells(text: str) -> dict[str, tuple[str, str | None]]:
    return {f"{m.value:f}".split(".")[0]: (m.unit, m.speaker) for m in extract(text) if m.unit}


MATRIX = list(itertools.product(BREAKS, UNIT_SOURCES, SOURCES))


@pytest.mark.parametrize(("layout", "unit_source", "source"), MATRIX)
def test_it_reads_every_cell_in_the_unit_the_table_names(layout, unit_source, source):
    cells = _cells(_table(layout, unit_source, SOURCES[source]))
    unit = UNIT_SOURCES[unit_source][2]
    assert {value: cells.get(value, ("", None))[0] for value in VALUES} == dict.fromkeys(VALUES, unit)


@pytest.mark.parametrize(("layout", "unit_source"), list(itertools.product(BREAKS, UNIT_SOURCES)))
def test_it_gives_the_cells_to_the_source_line(layout, unit_source):
    cells = _cells(_table(layout, unit_source, SOURCES["source line"]))
    assert {cells.get(value, ("", None))[1] for value in VALUES} == {"Orlen District Board"}


@pytest.mark.parametrize("layout", BREAKS)
def test_it_reads_rows_with_notes_between_them(layout):
    cut = BREAKS[layout]
    text = (
        "PLAN TABLE. All figures dravs. Source: Orlen Greens.\n"
        f"Item 1{cut}New depot{cut}Cost: 1,400 million\n"
        "NOTE: The board puts this higher.\n"
        f"Item 2{cut}Road levy{cut}Yield: 350 million\n"
    )
    cells = _cells(INTRO + text + OUTRO)
    assert (cells["1400000000"], cells["350000000"]) == (("dravs", "Orlen Greens"), ("dravs", "Orlen Greens"))


def test_it_takes_no_year_heading_a_column_as_a_figure():
    text = INTRO + "Homes repaired (homes)\nWard | 2026 | 2027\nNorth | 1,240 | 1,310\nRiver | 860 | 905" + OUTRO
    assert not {"2026", "2027"} & set(_cells(text))


# -- near misses ------------------------------------------------------------------------------------------------


def test_it_finds_no_table_in_a_single_label_and_value_line():
    assert find_tables(INTRO + "Turnout: 41 per cent" + OUTRO, looks_like_body) == []


def test_it_finds_no_table_in_aligned_words():
    text = INTRO + "Ward      Member      Party\nNorth     Ada Vell    Greens\nRiver     Ivo Marr    Civic" + OUTRO
    assert find_tables(text, looks_like_body) == []


def test_it_finds_no_table_in_a_list_of_dates():
    text = INTRO + "Key dates\n4 March    First reading\n18 April   Second reading\n2 June     Vote" + OUTRO
    assert find_tables(text, looks_like_body) == []


def test_it_finds_no_table_in_a_navigation_bar():
    assert find_tables("Home | News | Sport | Business\n" + INTRO + OUTRO, looks_like_body) == []


def test_it_leaves_a_market_strip_with_no_unit_to_the_sentence_reader():
    text = INTRO + "Orlen All-Share   6,412.20   -0.4%\nOrlen Mills       12.60      -2.1%" + OUTRO
    assert find_tables(text, looks_like_body) == []
