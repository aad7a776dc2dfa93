"""
Mend of round 45 (tableunits): the reviewer's HIGH findings. A block's heading or first line gives its noun only to the
rows that count it: not to a row that counts people or money ("Killed", "Raised for the hospice"), nor to a row that
names a noun of its own ("- Parking spaces"); a scale word or "brackets" in a key is no currency; a generic heading
("Stats at a glance") names no unit; a plural of sums of money ("Expenses claimed") is no count; and the times of a
listings box ("Lane swim: 12.30") are no counts.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract

OPEN = (
    "Figures released for the year\n\n"
    "The county's services have released their figures for last year, which show a mixed picture.\n\n"
)
CLOSE = (
    '\n\nThe chief officer, Dan Price, said the service was proud of its crews. "They go towards danger when others '
    'run from it," he said.\n\nThe service will publish a full report in the spring.\n'
)


def _found(block: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(OPEN + block + CLOSE))]


def test_participle_rows_counting_people_or_money_keep_out_of_the_first_row_s_noun():
    # HIGH: "Raised", "Killed", "Injured", "Affected" count money or people, not what the first line counts
    found = _found("Tickets sold for the charity ball: 400\nRaised for the hospice: 12,000\nDonated by sponsors: 3,500")
    assert (Decimal(12000), "tickets") not in found, found
    assert (Decimal(3500), "tickets") not in found, found
    found = _found("Fires attended by crews: 320\nStarted deliberately: 110\nInjured: 14\nRescued: 37")
    assert (Decimal(14), "fires") not in found, found
    assert (Decimal(37), "fires") not in found, found
    found = _found("Crashes recorded on county roads: 412\nKilled: 9\nSeriously injured: 88")
    assert (Decimal(9), "crashes") not in found, found


def test_bulleted_rows_naming_their_own_noun_keep_it():
    # HIGH: base read 140 spaces, 12 storeys, 40 letters, 1,900 signatures
    found = _found("Homes proposed on the site: 320\n- Parking spaces: 140\n- Storeys: 12\n- Affordable: 64")
    assert (Decimal(140), "homes") not in found, found
    assert (Decimal(12), "homes") not in found, found
    found = _found("Objections lodged with the council: 212\n- Letters of support: 40\n- Petition signatures: 1,900")
    assert (Decimal(40), "objections") not in found, found
    assert (Decimal(1900), "objections") not in found, found


def test_a_scale_in_a_sums_bracket_is_no_currency():
    # HIGH: "(cost in millions)" gave 42 "millions"
    found = _found("Spending by department next year (cost in millions)\nHousing: 42\nParks: 9\nRoads: 21")
    assert not any(unit in ("millions", "thousands") for _, unit in found), found
    found = _found("Savings by department (savings in thousands)\nHousing: 420\nParks: 90\nRoads: 210")
    assert not any(unit in ("millions", "thousands") for _, unit in found), found


def test_a_key_in_brackets_is_no_currency():
    # HIGH: "proposed (current fees in brackets)", the key this merge reads, gave 8 "brackets"
    found = _found(
        "Parking charges for a day, proposed (current fees in brackets)\nTown centre: 8 (6)\nSeafront: 10 (7)\n"
        "Station: 6 (5)"
    )
    assert not any(unit == "brackets" for _, unit in found), found
    found = _found(
        "New homes by ward (previous values in brackets)\nAbbey: 120 (100)\nCastle: 95 (80)\nDockside: 210 (150)"
    )
    assert not any(unit == "brackets" for _, unit in found), found


def test_a_generic_heading_s_noun_is_no_unit():
    # HIGH: base read 240 staff and 3 sites
    for heading in ("Stats at a glance", "Statistics at a glance", "Essentials at a glance"):
        found = _found(f"{heading}\nStaff: 240\nSites: 3\nExport markets: 14")
        assert (Decimal(240), heading.split()[0].lower()) not in found, (heading, found)
        assert (Decimal(3), heading.split()[0].lower()) not in found, (heading, found)


def test_a_plural_of_sums_of_money_is_no_count():
    # HIGH: councillors' expenses, party donations, council tax bills are sums, not counts
    cases = [
        ("Expenses claimed by councillors\nCllr Ann Smith: 14,200\nCllr Bob Jones: 9,850\nCllr Cara Singh: 11,300",
         "expenses"),
        ("Donations received by party\nLabour: 1,200,000\nConservatives: 950,000\nGreens: 42,000", "donations"),
        ("Bills in each council tax band\nBand A: 1,204\nBand B: 1,405\nBand D: 1,806", "bills"),
        ("Debts owed by the clubs\nRovers: 12,000,000\nUnited: 8,500,000\nAthletic: 2,000,000", "debts"),
    ]  # fmt: skip
    for block, noun in cases:
        found = _found(block)
        assert not any(unit == noun for _, unit in found), (noun, found)


def test_clock_times_in_a_listings_box_are_no_counts():
    # HIGH: "Lane swim: 12.30" under "Sessions at the leisure centre" gave 12.3 sessions
    found = _found("Sessions at the leisure centre\nEarly swim: 7\nLane swim: 12.30\nFamily splash: 4")
    assert not any(unit == "sessions" for _, unit in found), found
    found = _found("Classes held at the library\nKnitting: 10\nChess club: 2\nHomework club: 4")
    assert not any(unit == "classes" for _, unit in found), found
    found = _found("Events on this weekend\nFarmers' market: 9\nQuiz night at the Crown: 8\nBrass band concert: 3")
    assert not any(unit == "events" for _, unit in found), found
