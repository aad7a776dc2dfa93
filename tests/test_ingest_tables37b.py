"""
Tables kept for the table reader (issue 14, session 37): the cleaner keeps a table in the article's body whole, its
caption, rows and Source line, with its cells apart, so the engine reads each cell in the table's unit. A generated
matrix of layouts (bars, tabs, runs of spaces, a caption set off by a blank line, notes between rows) and units,
each read through clean_text and extract as an import does; candidates' result lines under a results heading read
as votes; and near misses that must stay as they are: page furniture that looks like a table, a table under the
body (tests/ingest_labelling.md, "Figures outside the body"), and result lines under no results heading.
"""

import itertools

import pytest

from ingest.extraction import clean_text, extract

HEAD = (
    "THE ORLEN GAZETTE\nHome | News | Council | Sport | Sign in\nShare: Facebook | X | Email\n\n"
    "Orlen board sets out its repair plans\n\nBy Ada Vell\n\n"
    "The Orlen district board met on Tuesday to agree its repair plans for the year ahead. Its housing fund has 4.2 "
    "million dravs to spend this year, the board said, and members asked for the figures ward by ward.\n\n"
)
BODY_AFTER = (
    "\n\nMembers said the figures showed the river wards had waited longest. The chair said the board would "
    "publish a fuller plan in the spring, after the tenants' groups had been asked.\n\n"
)
TAIL = "Most read\n1 | Bridge closes | 2 | Bus fares\nAbout us | Contact | Jobs\n(c) 2027 Orlen Gazette Ltd"
ROWS = [("North ward", "1,240", "1,310"), ("River ward", "860", "905"), ("Hill ward", "2,075", "1,985")]
VALUES = {"1240", "1310", "860", "905", "2075", "1985"}
BREAKS = {"bars": " | ", "tabs": "\t", "spaces": "     "}
# (caption, header cells, the unit the cells are read in)
UNITS = {
    "header bracket": ("Repairs by ward", ("Ward", "Last year (homes)", "This year (homes)"), "homes"),
    "caption bracket": ("REPAIRS BY WARD (homes)", ("Ward", "Last year", "This year"), "homes"),
    "all figures": ("Repairs by ward. All figures homes.", ("Ward", "Last year", "This year"), "homes"),
    "money header": ("Grants by ward", ("Ward", "Cost last year", "Cost this year"), "dravs"),
}
SETTINGS = ("caption above", "caption set off", "notes between rows")


def _table(layout: str, unit: str, setting: str) -> str:
    caption, header, _ = UNITS[unit]
    cut = BREAKS[layout]
    rows = [cut.join(row) for row in ROWS]
    if setting == "notes between rows":
        rows = [f"{row}\nNOTE: The board counts this ward's flats separately." for row in rows]
    return "\n".join([caption + ("\n" if setting == "caption set off" else ""), cut.join(header), *rows])


def _cells(raw: str) -> dict[str, str]:
    return {f"{m.value:f}".split(".")[0]: m.unit for m in extract(clean_text(raw)) if m.unit}


MATRIX = list(itertools.product(BREAKS, UNITS, SETTINGS))


@pytest.mark.parametrize(("layout", "unit", "setting"), MATRIX)
def test_it_reads_every_cell_of_a_table_in_the_body(layout, unit, setting):
    cells = _cells(HEAD + _table(layout, unit, setting) + BODY_AFTER + TAIL)
    assert {value: cells.get(value, "") for value in VALUES} == dict.fromkeys(VALUES, UNITS[unit][2])


@pytest.mark.parametrize("layout", BREAKS)
def test_it_gives_the_cells_to_the_source_line(layout):
    raw = HEAD + _table(layout, "header bracket", "caption above") + "\nSource: Orlen District Board" + BODY_AFTER
    speakers = {m.speaker for m in extract(clean_text(raw)) if f"{m.value:f}".split(".")[0] in VALUES}
    assert speakers == {"Orlen District Board"}


RESULT_HEADINGS = ("NORTH WARD - declared 01:20", "Result: North ward", "Greens gain from Civic")
CANDIDATES = [("Ada Vell", "Greens", "1,904"), ("Ivo Marr", "Civic Party", "1,377"), ("Rui Dane", "Liberals", "215")]


@pytest.mark.parametrize(("heading", "count"), list(itertools.product(RESULT_HEADINGS, (2, 3))))
def test_it_reads_result_lines_under_a_results_heading_as_votes(heading, count):
    lines = [f"{name} ({party}) {votes}" for name, party, votes in CANDIDATES[:count]]
    cells = _cells(HEAD + heading + "\n" + "\n".join(lines) + BODY_AFTER + TAIL)
    expected = {votes.replace(",", "") for *_, votes in CANDIDATES[:count]}
    assert {value: cells.get(value, "") for value in expected} == dict.fromkeys(expected, "votes")


# -- near misses ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", BREAKS)
def test_it_leaves_a_table_under_the_body_as_furniture(layout):
    cells = _cells(HEAD + BODY_AFTER + _table(layout, "header bracket", "caption above") + "\n\n" + TAIL)
    assert not VALUES & set(cells)


def test_it_leaves_result_lines_under_no_results_heading_unread_as_votes():
    lines = "\n".join(f"{name} ({party}) {votes}" for name, party, votes in CANDIDATES)
    cells = _cells(HEAD + "Player ratings\n" + lines + BODY_AFTER + TAIL)
    assert "votes" not in {cells.get(votes.replace(",", "")) for *_, votes in CANDIDATES}


@pytest.mark.parametrize(
    "furniture",
    [
        "Home | News | Sport | Business | Weather",
        "Most read\n1 | Council tax to rise | 2,400 shares\n2 | Bridge to close | 1,900 shares",
        "About us | Contact | Jobs | Advertise\nTerms | Privacy | Cookies | Help",
        "Orlen All-Share   6,412.20   -0.4%\nOrlen Mills       12.60      -2.1%",
    ],
)
def test_it_still_drops_furniture_that_looks_like_a_table(furniture):
    plain = clean_text(HEAD + BODY_AFTER + TAIL)
    assert clean_text(HEAD + furniture + "\n\n" + BODY_AFTER + TAIL) == plain


# -- review of tables37b (findings 1 to 4) -----------------------------------------------------------------------
SPORT_HEAD = (
    "Harbour Rovers go top after late win\n\nBy Nils Oder\n\n"
    "Harbour Rovers went top of the Coast League on Saturday after a late win at Fenwick, their third in a row.\n\n"
)
SPORT_AFTER = (
    "\n\nThe manager, Eda Moss, said the squad had earned the points. Rovers play Kelby at home next Saturday.\n"
)


@pytest.mark.parametrize(
    ("page", "figures"),
    [
        (
            SPORT_HEAD
            + "Weekend results\nJon Ash (Harbour Rovers) 2\nOla Berg (Fenwick Town) 1\nPer Lund (Harbour Rovers) 1"
            + SPORT_AFTER,
            {"2", "1"},
        ),
        (
            "Rowing club names new officers\n\nBy Ada Vell\n\n"
            "The Kelby Rowing Club held its annual meeting on Monday night in the boathouse.\n\n"
            "Officers elected\nMary Jones (Treasurer) 14\nTom Reed (Captain) 6\n\n"
            "The figures beside each name are the years each has rowed with the club, the secretary said.\n",
            {"14", "6"},
        ),
    ],
)
def test_it_reads_no_votes_where_the_page_names_no_vote_and_the_bracket_is_no_party(page, figures):
    """Goals under "Weekend results", club officers' years under "Officers elected": no vote, ward or party."""
    cells = _cells(page)
    assert "votes" not in {cells.get(figure) for figure in figures}


@pytest.mark.parametrize(
    "caption", ["MOST READ (views)", "Trending (views)", "Popular (views)", "Related (views)", "Markets (points)"]
)
def test_it_drops_a_furniture_box_between_paragraphs(caption):
    raw = (
        "Council agrees budget for next year\n\nBy Ada Vell\n\n"
        "The Orlen council agreed its budget on Tuesday after a long debate over the cost of road repairs.\n\n"
        f"{caption}\nBridge closes for repairs | 12,400\nBus fares to rise | 9,800\nSchool wins award | 7,150\n\n"
        "Councillors voted 31 to 9 for the plan, which raises spending on roads by 4 per cent.\n"
    )
    values = {f"{m.value:f}".split(".")[0] for m in extract(clean_text(raw))}
    assert not {"12400", "9800", "7150"} & values


def test_it_keeps_a_table_whose_source_line_is_set_off_by_a_blank_line():
    raw = (
        "Market prices rise again\n\nBy Ada Vell\n\n"
        "Traders at the Kelby market said on Friday that prices had risen again this winter.\n\n"
        "Prices per crate (tolnars)\nApples | 120\nPears | 90\n\nSource: Kelby traders' group\n\n"
        "Shoppers said they would buy less this winter, and the council said it would look at stall fees.\n"
    )
    read = {f"{m.value:f}".split(".")[0]: (m.unit, m.speaker) for m in extract(clean_text(raw))}
    assert {value: read.get(value) for value in ("120", "90")} == dict.fromkeys(
        ("120", "90"), ("tolnars", "Kelby traders' group")
    )
