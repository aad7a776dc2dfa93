"""
Earlier figures in rows, lists and tables (round 39): a row's figure followed by last period's, in brackets with a cue
("9.40 (last week 9.10)"), bare under a key that says brackets hold the earlier figures or with the row's change after
it ("11,240 tonnes (9,870), up 13.9 per cent"), or in a table's column headed by an earlier time ("| 2027 | 2026 |").
The row's figure is a revision, the earlier one its previous value and no claim of its own; a bare bracket with
nothing to say what it holds stays a claim of its own.
"""

from datetime import date
from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

PROSE = (
    "The figures were published on Friday and drew comment from across the trade, which had expected a quieter "
    "autumn than the one it got.\n\n"
    "Buyers said the market would settle once the winter weather arrived and the boats stayed in harbour for a "
    "few weeks."
)


def _figures(text: str, published: date | None = None) -> list[tuple[Decimal | None, Decimal | None]]:
    return [(m.value, m.previous_value) for m in extract(clean_text(text), published=published) if m.value is not None]


def _rows_page(key: str, rows: list[str]) -> str:
    return f"LIST OF ALLOCATIONS\n{key}\n\n" + "\n".join(rows) + "\n\n" + PROSE


CHANGE_ROWS = [
    ("Northern cod: 12,400 tonnes (10,900), up 13.8 per cent", Decimal(12400), Decimal(10900)),
    ("Spring barley: 3,150 tonnes (3,600), down 12.5%", Decimal(3150), Decimal(3600)),
    ("Ward beds: 214 beds (214), unchanged", Decimal(214), Decimal(214)),
    ("Licences issued: 8,020 licences (7,400), up by 8.4 per cent", Decimal(8020), Decimal(7400)),
]


@pytest.mark.parametrize(("row", "value", "previous"), CHANGE_ROWS)
def test_it_reads_a_bare_bracket_as_the_earlier_figure_when_the_row_says_how_much_it_changed(row, value, previous):
    page = _rows_page("Issued: 3 March 2031", [row, "Other stocks: see annex"])
    assert (value, previous) in _figures(page)


CUED_ROWS = [
    ("Incidents handled: 31 (previous week 26)", Decimal(31), Decimal(26)),
    ("Total income: 4.75 million kroner (previous year: 4.10 million)", Decimal(4750000), Decimal(4100000)),
    ("Calls answered: 1,240 calls (last month 1,105)", Decimal(1240), Decimal(1105)),
    ("Members: 612 members (a year ago 580)", Decimal(612), Decimal(580)),
]


@pytest.mark.parametrize(("row", "value", "previous"), CUED_ROWS)
def test_it_reads_a_bracket_that_names_its_time_before_its_figure_as_the_earlier_figure(row, value, previous):
    page = _rows_page("Weekly summary", [row, "Volunteers on call: 44"])
    found = _figures(page)
    assert (value, previous) in found
    assert all(v != previous for v, _ in found if previous != value)


KEYS = [
    "Figures for 2030 are given in brackets.",
    "Last year's landings are shown in brackets.",
    "Prices are averages per kilo, with Thursday's averages in brackets.",
    "Tonnes landed; previous week in brackets.",
]


@pytest.mark.parametrize("key", KEYS)
def test_it_reads_bare_brackets_under_a_key_that_says_they_hold_the_earlier_figures(key):
    rows = ["Herring: 4,100 tonnes (3,800)", "Mackerel: 2,950 tonnes (3,120)", "Sprat: 640 tonnes (700)"]
    found = _figures(_rows_page(key, rows))
    assert (Decimal(4100), Decimal(3800)) in found
    assert (Decimal(2950), Decimal(3120)) in found
    assert (Decimal(640), Decimal(700)) in found


M = 1_000_000
TABLES = [
    # bars, the later year first
    (
        "Reserves at 31 March (kroner)\n| Fund | 2030 | 2029 |\n| General | 1,450,000 | 1,310,000 |\n"
        "| Building | 420,000 | 515,000 |",
        None,
        [(Decimal(1_450_000), Decimal(1_310_000)), (Decimal(420_000), Decimal(515_000))],
    ),
    # aligned by spaces, the earlier year first
    (
        "SPENDING BY DEPARTMENT (million kroner)\nDepartment    2029    2030\nRoads    145    131\nParks    515    420",
        None,
        [(Decimal(131 * M), Decimal(145 * M)), (Decimal(420 * M), Decimal(515 * M))],
    ),
    # "this year" beside the year to come, on a page of this year, with a column of the change
    (
        "GRANTS BY FIELD (million kroner)\nField    this year    2031    change\nRoads    145    131    -9.7%\n"
        "Parks    515    420    -18.4%",
        date(2030, 5, 2),
        [(Decimal(131 * M), Decimal(145 * M)), (Decimal(420 * M), Decimal(515 * M))],
    ),
]


@pytest.mark.parametrize(("table", "published", "revisions"), TABLES)
def test_it_reads_the_column_of_the_earlier_time_as_the_earlier_figure_of_each_row(table, published, revisions):
    found = _figures(f"Kettering council has set its budget.\n\n{table}\n\n{PROSE}", published)
    for value, previous in revisions:
        assert (value, previous) in found
        assert (previous, None) not in found


def test_it_keeps_a_bare_bracket_with_nothing_to_say_what_it_holds_a_claim_of_its_own():
    page = _rows_page("Issued: 3 March 2031", ["Admissions: 1,240 patients (310)", "Discharges: see annex"])
    assert all(p is None for _, p in _figures(page))


def test_it_keeps_a_bracket_a_part_or_a_note_a_claim_of_its_own_under_no_key():
    page = _rows_page("Weekly summary", ["Staff: 240 staff (30 part-time), up 4 per cent", "Posts open: 12"])
    assert all(p is None for _, p in _figures(page))


def test_it_does_not_carry_a_key_past_prose_to_a_later_list():
    page = (
        "Figures for 2030 are given in brackets.\n\nHerring: 4,100 tonnes (3,800)\nMackerel: 2,950 tonnes (3,120)\n\n"
        f"{PROSE}\n\nSprat: 640 tonnes (700)\nPilchard: 120 tonnes (90)\n\n{PROSE}"
    )
    found = _figures(page)
    assert (Decimal(640), Decimal(700)) not in found


def test_it_does_not_pair_the_columns_of_a_run_of_three_years():
    table = (
        "SPENDING (million kroner)\nDepartment    2028    2029    2030\nRoads    150    145    131\n"
        "Parks    530    515    420"
    )
    found = _figures(f"Kettering council has set its budget.\n\n{table}\n\n{PROSE}")
    assert all(p is None for _, p in found)


def test_it_reads_a_row_with_dotted_leaders_as_its_label_and_figure():
    rows = [
        "Cod loin, skinned .......... 14.20 kroner (last week 13.60)",
        "Hake fillet ................ 11.80 kroner",
        "Smoked haddock ............. 9.95 kroner (last week 9.95)",
    ]
    found = _figures(_rows_page("Prices per kilo, delivered.", rows))
    assert (Decimal("14.20"), Decimal("13.60")) in found
    assert (Decimal("11.80"), None) in found
    assert (Decimal("9.95"), Decimal("9.95")) in found


# Mend (findings_columns39): a key makes bare brackets earlier figures only when it says the brackets hold the
# earlier period's figures; a year or a day named for the figures outside them, or a later year, does not
NOT_KEYS = [
    # a year that is the figures' own, with another count in brackets (H1)
    ("Entries in 2031, with girls in brackets.", date(2031, 3, 3)),
    # a day that is the figures' own, with a part in brackets (H2)
    ("Monday's votes cast, postal votes in brackets.", date(2031, 3, 3)),
    # a later year: a forecast is no earlier figure (H3)
    ("Landings this year in tonnes; forecast for 2032 in brackets.", date(2031, 3, 3)),
    ("Figures for 2032 are given in brackets.", date(2031, 3, 3)),
    ("Previous forecasts in brackets.", date(2031, 3, 3)),
]


@pytest.mark.parametrize(("key", "published"), NOT_KEYS)
def test_it_keeps_bare_brackets_claims_of_their_own_under_a_key_that_does_not_say_they_are_earlier(key, published):
    rows = ["Herring: 4,100 tonnes (1,800)", "Mackerel: 2,950 tonnes (1,120)", "Sprat: 640 tonnes (200)"]
    found = _figures(_rows_page(key, rows), published)
    assert all(p is None for _, p in found)
    assert (Decimal(1800), None) in found


def test_it_reads_a_key_of_an_earlier_year_on_a_dated_page():
    rows = ["Herring: 4,100 tonnes (3,800)", "Mackerel: 2,950 tonnes (3,120)"]
    found = _figures(_rows_page("Figures for 2030 are given in brackets.", rows), date(2031, 3, 3))
    assert (Decimal(4100), Decimal(3800)) in found


def test_it_reads_a_long_run_of_dots_in_linear_time():
    import time

    page = (
        "THE HARL COURIER\n\nReport\n\nMonday 3 March 2031\n\nThe board said 40 homes were built.\nNotes"
        + "." * 20000
        + "end\n\nThe council said 12 schools had closed.\n"
    )
    start = time.monotonic()
    _figures(page)
    assert time.monotonic() - start < 3


def test_it_keeps_a_bare_bracket_a_claim_of_its_own_when_the_change_after_it_does_not_fit_the_two_figures():
    # 1,240 against 310 would be a rise of 300 per cent, not 4: the 310 is a part (findings_columns39 M1)
    rows = ["Nurses: 1,240 nurses (310), up 4 per cent", "Doctors: 420 doctors (95), up 2 per cent"]
    found = _figures(_rows_page("Staffing report", rows))
    assert all(p is None for _, p in found)
    assert (Decimal(310), None) in found


def test_it_does_not_pair_a_year_with_a_target_year_far_ahead():
    # the 2040 column holds targets, not revisions of the 2030 actuals (findings_columns39 M2)
    table = (
        "Emissions by sector (thousand tonnes)\n| Sector | 2030 | 2040 |\n| Transport | 420 | 210 |\n"
        "| Farming | 310 | 250 |"
    )
    found = _figures(f"Kettering council has set its plan.\n\n{table}\n\n{PROSE}", date(2031, 3, 3))
    assert all(p is None for _, p in found)
    assert (Decimal(420_000), None) in found
