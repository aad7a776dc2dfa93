"""
Tables read as reviewers and labels read them (issue 14, session 38). A generated matrix of made-up pages, each read
through clean_text and extract as an import does, over the layouts a page sets its cells apart with (bars, tabs,
runs of spaces):

- a cell's mention quotes its row as the page prints it: "North ward 1,240" where the page aligns its cells with
  spaces or a tab, "North ward | 1,240" where it prints bars, never a bar the page does not print;
- with no "Source:" line, the body a caption names ("Orlen Housing Trust: grants by ward", "Orlen Housing Trust's
  grants", "Table 2: Orlen Housing Trust figures") gives the table's cells, when the page names that body outside the
  table too;
- a cell's bracketed earlier figure ("1,240 (was 1,180)", "1,240 (previously 1,180)", "1,240 (1,180)") is the cell's
  previous value, no claim of its own;
- a unit in brackets with a scale ("(million dravs)", "(m dravs)") scales the table's bare figures, not its signed
  or percentage ones;
- a table whose every figure cell writes "%" is read as percentages though no header names a unit, and a table the
  article goes on after under a heading of its own is in the body.

Near misses stay as they are: a caption's first words that name nobody ("Segment results", "Repairs by ward", a name
the page names nowhere else), a bracketed figure in another unit, a table followed by a furniture box.
"""

import itertools

import pytest

from ingest.extraction import clean_text, extract

HEAD = (
    "THE ORLEN GAZETTE\nHome | News | Council | Sport | Sign in\n\n"
    "Orlen board sets out its repair plans\n\nBy Ada Vell, Housing Reporter\n\n"
    "The Orlen district board met on Tuesday to agree its repair plans for the year ahead. Its housing fund has 4.2 "
    "million dravs to spend this year, the board said, and members asked for the figures ward by ward.\n\n"
)
BODY_AFTER = (
    "\n\nMembers said the figures showed the river wards had waited longest. I think the board will publish a "
    "fuller plan in the spring, after the tenants' groups have been asked.\n\n"
)
TAIL = "Most read\n1 | Bridge closes | 2 | Bus fares\nAbout us | Contact | Jobs\n(c) 2027 Orlen Gazette Ltd"
BREAKS = {"bars": " | ", "tabs": "\t", "spaces": "      "}
ROWS = [("North ward", "1,240"), ("River ward", "860"), ("Hill ward", "2,075")]


def _mentions(raw: str):
    return extract(clean_text(raw))


def _value(mention) -> str:
    return f"{mention.value:f}".rstrip("0").rstrip(".")


def _table(cut: str, caption: str, header: tuple[str, ...], rows) -> str:
    return "\n".join([caption, cut.join(header), *(cut.join(row) for row in rows)])


# -- 1. the quote of a cell is its row, as the page prints it -------------------------------------------------------
@pytest.mark.parametrize(("layout", "columns"), list(itertools.product(("tabs", "spaces"), (1, 2))))
def test_a_cell_quotes_its_row_without_a_bar_the_page_does_not_print(layout, columns):
    cut = BREAKS[layout]
    rows = [(label, value, "95")[: columns + 1] for label, value in ROWS]
    header = ("Ward", "Homes repaired", "Homes waiting")[: columns + 1]
    raw = HEAD + _table(cut, "Repairs by ward (homes)", header, rows) + BODY_AFTER + TAIL
    quotes = {_value(m): " ".join(m.quote.split()) for m in _mentions(raw)}
    for row in rows:
        assert quotes[row[1].replace(",", "")] == " ".join(row)
        assert "|" not in quotes[row[1].replace(",", "")]


def test_a_barred_table_keeps_its_bars_in_the_quote():
    raw = HEAD + _table(" | ", "Repairs by ward (homes)", ("Ward", "Homes"), ROWS) + BODY_AFTER + TAIL
    quotes = {_value(m): m.quote for m in _mentions(raw)}
    assert quotes["1240"] == "North ward | 1,240"


# -- 2. a caption's body owns the table's cells ----------------------------------------------------------------------
BODIES = ("Orlen Housing Trust", "Brask Mutual", "Vellmoor Water Board", "OHT")
CAPTIONS = {
    "colon": "{body}: grants by ward this year (dravs)",
    "possessive": "{body}'s grants by ward this year (dravs)",
    "numbered": "Table 2: {body} figures, grants by ward (dravs)",
    "bracketed": "Grants by ward this year ({body} figures, spring 2027)",
}


@pytest.mark.parametrize(("body", "caption", "layout"), list(itertools.product(BODIES, CAPTIONS, BREAKS)))
def test_the_body_a_caption_names_gives_the_cells(body, caption, layout):
    opening = f"{body} has published its grants for the year, ward by ward.\n\n"
    table = _table(BREAKS[layout], CAPTIONS[caption].format(body=body), ("Ward", "Grant (dravs)"), ROWS)
    speakers = {_value(m): m.speaker for m in _mentions(HEAD + opening + table + BODY_AFTER + TAIL)}
    assert [speakers.get(v.replace(",", "")) for _, v in ROWS] == [body] * len(ROWS)


NO_OWNER = (
    "Segment results, grants by ward (dravs)",  # "Segment" heads a column: no body
    "Repairs by ward (dravs)",
    "Kestrel Lane Trust: grants by ward (dravs)",  # a body the page names nowhere else
    "GRANTS BY WARD: THIS YEAR (dravs)",
    "Grants by ward (Kestrel Lane figures, in dravs)",
)


@pytest.mark.parametrize(("caption", "layout"), list(itertools.product(NO_OWNER, BREAKS)))
def test_a_caption_naming_no_body_gives_the_cells_to_no_one(caption, layout):
    table = _table(BREAKS[layout], caption, ("Segment", "Grant"), ROWS)
    speakers = {_value(m): m.speaker for m in _mentions(HEAD + table + BODY_AFTER + TAIL)}
    assert not {speakers.get(v.replace(",", "")) for _, v in ROWS} & {"Segment", "Kestrel Lane Trust", "GRANTS"}


# -- 3. a cell's bracketed earlier figure is its previous value --------------------------------------------------------
EARLIER = {"was": "{now} (was {then})", "previously": "{now} (previously {then})", "bare": "{now} ({then})"}
FIGURES = {"homes": ("1,240", "1,180", "Homes (number)"), "percent": ("4.39%", "4.65%", "Rate")}


@pytest.mark.parametrize(("form", "figure", "layout"), list(itertools.product(EARLIER, FIGURES, BREAKS)))
def test_a_cells_bracketed_earlier_figure_is_its_previous_value(form, figure, layout):
    now, then, head = FIGURES[figure]
    rows = [("North ward", EARLIER[form].format(now=now, then=then), "75%"), ("River ward", "860", "60%")]
    head = f"{head.split()[0]} 2027 (2026)" if form == "bare" else head  # a bare bracket: its header says it is earlier
    table = _table(BREAKS[layout], "Orlen repairs this year (homes)", ("Ward", head, "Share done"), rows)
    found = [(_value(m), m.previous_value) for m in _mentions(HEAD + table + BODY_AFTER + TAIL)]
    now_value, then_value = now.strip("%").replace(",", ""), then.strip("%").replace(",", "")
    assert (now_value, float(then_value)) in [(v, float(p)) for v, p in found if p is not None]
    assert then_value not in [v for v, _ in found]


@pytest.mark.parametrize("layout", BREAKS)
def test_a_bracketed_figure_in_another_unit_stays_a_claim(layout):
    rows = [("North ward", "1,240 (12%)", "300"), ("River ward", "860 (9%)", "120")]
    table = _table(BREAKS[layout], "Orlen repairs this year (homes)", ("Ward", "Homes", "Waiting"), rows)
    found = {_value(m): m.previous_value for m in _mentions(HEAD + table + BODY_AFTER + TAIL)}
    assert found.get("1240", "missing") is None and "12" in found


# -- 4. a bracketed unit's scale ------------------------------------------------------------------------------------
SCALES = {"(million dravs)": 10**6, "(m dravs)": 10**6, "(bn dravs)": 10**9}


@pytest.mark.parametrize(("bracket", "layout", "where"), list(itertools.product(SCALES, BREAKS, ("caption", "header"))))
def test_a_bracketed_scale_scales_the_bare_figures(bracket, layout, where):
    rows = [("North ward", "301", "+2%"), ("River ward", "112", "+9%")]
    caption = f"Spending by ward {bracket}" if where == "caption" else "Spending by ward"
    header = ("Ward", "Spend" if where == "caption" else f"Spend {bracket}", "Change")
    found = {(_value(m), m.unit) for m in _mentions(HEAD + _table(BREAKS[layout], caption, header, rows) + BODY_AFTER)}
    scale = SCALES[bracket]
    assert {(str(301 * scale), "dravs"), (str(112 * scale), "dravs"), ("2", "percent"), ("9", "percent")} <= found


# -- 5. a table of percentages, and one the article goes on after under a heading -----------------------------------
@pytest.mark.parametrize("layout", BREAKS)
def test_a_table_of_percentages_with_no_unit_named_is_read(layout):
    rows = [("Halvik", "96%"), ("Brennet", "93%"), ("Any operator", "98%")]
    table = _table(
        BREAKS[layout], "Results for your area\nShare of homes with signal, by operator", ("Operator", "Signal"), rows
    )
    quotes = {_value(m): " ".join(m.quote.split()) for m in _mentions(HEAD + table + BODY_AFTER + TAIL)}
    assert quotes.get("96", "").replace(" |", "") == "Halvik 96%"


@pytest.mark.parametrize(("layout", "heading"), list(itertools.product(BREAKS, ("North ward", "What the board said"))))
def test_a_table_the_article_goes_on_after_under_a_heading_is_read(layout, heading):
    table = _table(BREAKS[layout], "Repairs by ward (homes)", ("Ward", "Homes"), ROWS)
    after = (
        f"\n\n{heading}\nMembers said the figures showed the river wards had waited longest, and asked for more.\n\n"
    )
    values = {_value(m) for m in _mentions(HEAD + table + after + TAIL)}
    assert {"1240", "860", "2075"} <= values


@pytest.mark.parametrize("layout", BREAKS)
def test_a_table_followed_by_a_furniture_box_stays_out_of_the_body(layout):
    table = _table(BREAKS[layout], "Repairs by ward (homes)", ("Ward", "Homes"), ROWS)
    after = "\n\nMost read\nBridge closes for repairs after the storm, the council says it will take weeks.\n\n"
    values = {_value(m) for m in _mentions(HEAD + table + after + TAIL)}
    assert not {"1240", "860", "2075"} & values


@pytest.mark.parametrize(("layout", "caption"), list(itertools.product(BREAKS, ("colon", "bracketed"))))
def test_a_table_under_the_same_header_takes_the_source_of_the_one_before(layout, caption):
    body = "Vellmoor Water Board"
    opening = f"{body} has published its grants for the year, ward by ward.\n\n"
    first = _table(BREAKS[layout], CAPTIONS[caption].format(body=body), ("Ward", "Grant (dravs)"), ROWS)
    second = _table(BREAKS[layout], "Compare with last year", ("Ward", "Grant (dravs)"), [("Low ward", "455")])
    second += "\n" + BREAKS[layout].join(("Moor ward", "390"))
    raw = HEAD + opening + first + "\n\nThe grants were set in March.\n\n" + second + BODY_AFTER + TAIL
    speakers = {_value(m): m.speaker for m in _mentions(raw)}
    assert (speakers.get("455"), speakers.get("390")) == (body, body)


@pytest.mark.parametrize("layout", BREAKS)
def test_a_table_under_another_header_takes_no_source_from_the_one_before(layout):
    body = "Vellmoor Water Board"
    opening = f"{body} has published its grants for the year, ward by ward.\n\n"
    first = _table(BREAKS[layout], CAPTIONS["colon"].format(body=body), ("Ward", "Grant (dravs)"), ROWS)
    second = _table(BREAKS[layout], "Homes repaired", ("Ward", "Homes repaired"), [("Low ward", "455")])
    second += "\n" + BREAKS[layout].join(("Moor ward", "390"))
    raw = HEAD + opening + first + "\n\nThe grants were set in March.\n\n" + second + BODY_AFTER + TAIL
    speakers = {_value(m): m.speaker for m in _mentions(raw)}
    assert body not in (speakers.get("455"), speakers.get("390"))


# -- 6. mends (findings_tables38): a scale only where it belongs, an owner only a body, a bare bracket only when said --
MIXED = {
    "caption, percent column": ("Spending by ward (million dravs)", ("Ward", "Spend", "Change (%)"), "4", "percent"),
    "caption, count column": ("Spending by ward (million dravs)", ("Ward", "Spend", "Staff (nurses)"), "140", "nurses"),
    "header, count column": ("Spending by ward", ("Ward", "Budget (m dravs)", "Staff"), "140", None),
    "header, percent column": ("Spending by ward", ("Ward", "Budget (bn dravs)", "Change (%)"), "4", None),
}


@pytest.mark.parametrize(("case", "layout"), list(itertools.product(MIXED, BREAKS)))
def test_a_bracketed_scale_leaves_a_column_with_a_unit_of_its_own_alone(case, layout):
    caption, header, figure, unit = MIXED[case]
    rows = [("North ward", "12.5", figure), ("River ward", "8", "95")]
    mentions = _mentions(HEAD + _table(BREAKS[layout], caption, header, rows) + BODY_AFTER)
    found = [(_value(m), m.unit) for m in mentions if " ward" in m.quote and "board" not in m.quote]
    values = [v for v, _ in found]
    assert (
        figure in values
        and "95" in values
        and not [v for v in values if v.startswith(("140", "4", "95")) and len(v) > 3]
    )
    if unit is not None:
        assert (figure, unit) in found


COMMON_CAPTIONS = {
    "Mortgage": (
        "Mortgage lenders raised their rates again, brokers said. Mortgage holders face higher payments.\n\n",
        "Mortgage rates this week (%)",
        ("Deal", "Rate (%)"),
        [("Two-year fix", "4.39%"), ("Five-year fix", "4.12%")],
    ),
    "Petrol": (
        "Petrol prices rose for a third week, motoring groups said. Petrol now costs more than in spring.\n\n",
        "Petrol prices by region (pence)",
        ("Region", "Price (pence)"),
        [("North", "142"), ("South", "147")],
    ),
    "London": (
        "London saw the sharpest rise in rents of any region this year, letting agents said.\n\n",
        "London: average monthly rent by borough (dravs)",
        ("Borough", "Rent (dravs)"),
        [("Camden", "2,450"), ("Hackney", "2,100")],
    ),
    "Harbour": (
        "Harbour figures were the worst of the year, the council said. Harbour residents waited longest.\n\n",
        "Harbour figures by street (homes)",
        ("Street", "Homes (homes)"),
        [("Quay Row", "41"), ("Mill Lane", "37")],
    ),
}


@pytest.mark.parametrize(("word", "layout"), list(itertools.product(COMMON_CAPTIONS, BREAKS)))
def test_a_caption_opening_with_a_common_noun_or_place_owns_nothing(word, layout):
    prose, caption, header, rows = COMMON_CAPTIONS[word]
    found = _mentions(HEAD + prose + _table(BREAKS[layout], caption, header, rows) + BODY_AFTER + TAIL)
    speakers = {m.speaker for m in found if any(row[0] in m.quote for row in rows)}
    assert speakers and word not in speakers


NOT_EARLIER = {
    "subset": ("Operations by ward (operations)", ("Ward", "Operations", "Beds"), "1,240 (310)", "1240", "310"),
    "half-time": ("Weekend scores (goals)", ("Team", "Goals (half-time)", "Shots"), "3 (1)", "3", "1"),
    "of which": ("Repairs by ward (homes)", ("Ward", "Homes (of which urgent)", "Staff"), "860 (120)", "860", "120"),
}


@pytest.mark.parametrize(("case", "layout"), list(itertools.product(NOT_EARLIER, BREAKS)))
def test_a_bare_bracketed_figure_with_no_earlier_cue_stays_a_claim(case, layout):
    caption, header, cell, now, inner = NOT_EARLIER[case]
    rows = [("North ward", cell, "40"), ("River ward", "980 (205)", "35")]
    found = [
        (_value(m), m.previous_value)
        for m in _mentions(HEAD + _table(BREAKS[layout], caption, header, rows) + BODY_AFTER)
    ]
    assert (now, None) in found and inner in [v for v, _ in found] and all(p is None for _, p in found)


SAID_EARLIER = {
    "header previous": ("Repairs by ward (homes)", "Homes (previous)"),
    "header last year": ("Repairs by ward (homes)", "Homes (last year)"),
    "header years": ("Repairs by ward (homes)", "Homes 2027 (2026)"),
    "caption": ("Repairs by ward (homes)\nLast year's figures in brackets", "Homes"),
}


@pytest.mark.parametrize(("case", "layout"), list(itertools.product(SAID_EARLIER, BREAKS)))
def test_a_bare_bracketed_figure_under_a_header_that_says_earlier_is_the_previous_value(case, layout):
    caption, head = SAID_EARLIER[case]
    rows = [("North ward", "1,240 (1,180)", "40"), ("River ward", "980 (905)", "35")]
    table = _table(BREAKS[layout], caption, ("Ward", head, "Staff"), rows)
    found = [(_value(m), m.previous_value) for m in _mentions(HEAD + table + BODY_AFTER)]
    assert ("1240", 1180) in [(v, p) for v, p in found if p is not None] and "1180" not in [v for v, _ in found]


@pytest.mark.parametrize(
    ("caption", "layout"),
    list(itertools.product(("What our reporters found on Friday", "Beds we counted on Friday"), BREAKS)),
)
def test_the_papers_own_table_takes_no_source_from_the_one_before(caption, layout):
    first = _table(
        BREAKS[layout], "Beds by ward", ("Ward", "Beds (beds)"), [("North ward", "40"), ("River ward", "35")]
    )
    first += "\nSource: Vellmoor Water Board"
    second = _table(BREAKS[layout], caption, ("Ward", "Beds (beds)"), [("North ward", "31"), ("River ward", "22")])
    raw = HEAD + first + "\n\nThe Gazette visited every ward on Friday.\n\n" + second + BODY_AFTER + TAIL
    speakers = {_value(m): m.speaker for m in _mentions(raw)}
    assert (
        speakers.get("40") == "Vellmoor Water Board" and "31" in speakers and speakers["31"] != "Vellmoor Water Board"
    )


@pytest.mark.parametrize(
    ("bracket", "layout"),
    list(itertools.product(("(thousands of patients)", "(thousand patients)", "(in thousands of patients)"), BREAKS)),
)
def test_a_thousands_bracket_scales_by_a_thousand(bracket, layout):
    table = _table(
        BREAKS[layout],
        f"Waiting lists by ward {bracket}",
        ("Ward", "Waiting"),
        [("North ward", "120"), ("River ward", "95")],
    )
    found = {(_value(m), m.unit) for m in _mentions(HEAD + table + BODY_AFTER + TAIL)}
    assert {("120000", "patients"), ("95000", "patients")} <= found
