"""
The tables43 review's HIGH and MEDIUM findings (mendtables43): a lead-in's bracket is a unit only when it names one, a
timetable's times are no claims, a row's label keeps its own counted noun, money heads and money rates are money, a
column of route, gate or extension numbers is no count, and a menu is known by its dishes and prices. Made-up pages;
see /work/notes/findings_tables43.md for the outputs at base and head.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract

PRE = (
    "Harnley council published the figures on Monday, its finance director said, and councillors will debate them "
    "next week.\n\n"
)
POST = "\n\nThe council said the figures would be reviewed in the spring, according to its finance director.\n"

FACTBOX = (
    "Kessel Bridge to close for a year of repairs\n"
    "\n"
    "By Arno Leith\n"
    "\n"
    "Monday 8 February 2027\n"
    "\n"
    "The Kessel Bridge over the river Ambre will close to traffic in June for a year of repairs, the "
    "regional roads authority said on Monday.\n"
    "\n"
    "Kessel Bridge (key facts):\n"
    "Opened: 1931\n"
    "Span: 412\n"
    "Vehicles a day: 23,000\n"
    "\n"
    'The authority said diversions would add up to 20 minutes to journeys. "There is no safe way to keep '
    'it open," said its chief engineer, Mira Sollen.\n'
    "\n"
    "Repairs are expected to cost 41 million dalers.\n"
)
QUARRY = (
    "Aggregate prices steady at Haldane Cross quarries\n\nBy Corin Vask\n\nTuesday 9 March 2027\n\n"
    "Prices for building aggregates held steady in February, according to the Haldane Cross quarry owners' "
    "association.\n\n"
    "Quarry prices, merks a tonne\nCrushed limestone: 14.80\nBuilding sand: 12.10\nLorries loaded a day: 312\n\n"
    '"Demand from the housing sites has kept every quarry busy," said the association\'s secretary, Rolf Dane.\n\n'
    "The association said it expected prices to rise in the spring.\n"
)
FUEL = (
    "Fuel prices fall for third week\n"
    "\n"
    "By Telka Marrow\n"
    "\n"
    "Friday 9 April 2027\n"
    "\n"
    "Drivers paid less for fuel again this week, the motoring association said on Friday.\n"
    "\n"
    "Average prices this week, marrens a litre\n"
    "Petrol: 1.874 (1.902)\n"
    "Diesel: 1.932 (1.951)\n"
    "Number of stations surveyed: 412\n"
    "\n"
    '"There is more room for prices to fall," said the association\'s fuel spokesman, Lars Ebbe.\n'
    "\n"
    "The association surveys prices every Thursday.\n"
)


def _found(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text))]


def _units(block: str) -> set[str]:
    return {unit for _, unit in _found(PRE + block + POST)}


# H1: a lead-in's bracketed note, qualifier or key is read as the unit of every row under it


def test_it_reads_no_unit_from_a_results_lists_provisional_bracket():
    page = (
        "Voters in Harnley have chosen to keep their town council after a referendum on Thursday, the returning "
        "officer announced in the early hours.\n\n"
        "Result (provisional):\nYes: 4,212\nNo: 3,870\n\n"
        'The turnout was 41 per cent, the returning officer, Dana Merrit, said. "The result will be confirmed once '
        'the postal ballots are checked," she said.\n'
    )
    assert not any(unit == "provisional" for _, unit in _found(page))


def test_it_reads_no_unit_from_a_key_that_says_what_the_brackets_hold():
    units = _units("Confirmed cases by district (last week in brackets):\nHarnley: 48 (31)\nOlmstad: 22 (19)")
    assert "last week in brackets" not in units


def test_it_reads_no_unit_from_a_factboxs_bracket_and_keeps_a_labels_own_unit():
    found = _found(FACTBOX)
    assert not any(unit == "key facts" for _, unit in found)
    assert (Decimal(23000), "vehicles") in found  # the base's reading


def test_it_reads_no_unit_from_other_bracketed_notes_over_a_list():
    for lead in (
        "Season tickets (each):",
        "Cruise calls by port (this year):",
        "Final score (aggregate):",
        "Our readers' poll (closed):",
        "Bin collections (fortnightly):",
    ):
        units = _units(f"{lead}\nHarnley: 48\nOlmstad: 22\nKarrow Point: 30")
        assert lead.split("(")[1].rstrip("):") not in units, lead


def test_it_reads_no_unit_from_a_blank_line_set_off_headings_bracket():
    units = _units("Bacteria counts (median)\n\nNorth Sands: 42\nHarbour Beach: 310\nKessel Cove: 18")
    assert "median" not in units


# H2: a timetable's times under a lead-in's bracket are claims


def test_it_makes_no_claim_of_a_ferry_timetables_times():
    found = _found(
        PRE + "First sailings from Skelmory (weekdays):\nHarnley: 7.15\nOlmstad: 8.40\nKarrow Point: 9.05" + POST
    )
    assert not any(value in (Decimal("7.15"), Decimal("8.40"), Decimal("9.05")) for value, _ in found)


# H3: a row whose own label names what it counts loses that unit to the lead-in's rate


def test_it_keeps_the_unit_a_rows_label_names_under_a_rate_lead_in():
    found = _found(QUARRY)
    assert (Decimal(312), "merks a tonne") not in found
    assert (Decimal(312), "lorries") in found  # the base's reading


def test_it_keeps_a_count_row_under_a_fuel_price_lead_in():
    found = _found(FUEL)
    assert (Decimal(412), "marrens a litre") not in found
    assert (Decimal(412), "stations") in found  # the base's reading


# H4: a column header that names a sum of money is read as a count of that noun


def test_it_reads_no_count_unit_from_a_money_column_header():
    for head, rows in (
        ("Bank | Profits", "Halden Bank | 412\nOrrin Mutual | 287"),
        ("Council | Reserves | Change", "Harnley | 18.4 | -12%\nOlmstad | 9.1 | -31%"),
        ("Director | Salaries", "Ida Pell | 182,000\nJon Varr | 154,000"),
    ):
        units = _units(f"{head}\n{rows}\nSource: Ambre Valley Audit Office")
        assert not units & {"profits", "reserves", "salaries"}, head


# H5: a lead-in's rate whose noun is a sum of money is read as a count rate


def test_it_reads_no_count_rate_from_a_lead_in_that_names_charges_rents_or_fares():
    for lead, unit in (
        ("Charges per hour:", "charges per hour"),
        ("Rents per month:", "rents per month"),
        ("Fares per day, by zone", "fares per day"),
        ("Tolls per day:", "tolls per day"),
    ):
        assert unit not in _units(f"{lead}\nMarket Square: 2.40\nStation Road: 1.80"), lead


# M1: a column of identifiers (route, gate, phone extension numbers) under a plural header is a count


def test_it_makes_no_count_of_a_column_of_route_gate_or_extension_numbers():
    for head, rows, unit in (
        ("Destination | Routes", "Harnley | 47\nOlmstad | 112\nKarrow Point | 9", "routes"),
        ("Team | Extensions", "Housing | 4412\nInsurance claims | 4418", "extensions"),
        ("Flight | Gates", "KX 212 | 14\nKX 318 | 9", "gates"),
    ):
        assert unit not in _units(f"{head}\n{rows}"), head


# M2: a restaurant's list of dishes under a currency bracket, with no word "menu", gives claims


def test_it_makes_no_claim_of_a_restaurants_dishes_under_a_currency_bracket():
    found = _found(
        PRE
        + "Lunch at the Anchor this week (zorins):\nRoast hake, salsa verde: 19.00\nCrab soup: 7.50\nLemon tart: 6.50"
        + POST
    )
    assert not any(value in (Decimal(19), Decimal("7.5"), Decimal("6.5")) for value, _ in found)
