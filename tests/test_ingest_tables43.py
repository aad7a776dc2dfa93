"""
Figures in lists and tables whose unit is named once, above them (session 43, tables43): a list of "Label: figure"
rows under a lead-in line that names a rate ("..., merks a tonne", "(average price, marrens a litre)", "prices in
tolders per kilo") or closes on a bracketed unit ("(flights a week):") gives each row's bare figure that unit, with the
row's label naming the item, not the unit ("Prawn tails: 11.80" is tolders per kilo, not tails). Near misses keep the
base's reading: a lead-in that names no unit, a menu, a figure with a unit of its own, a single row.
"""

from datetime import date
from decimal import Decimal

from ingest.extraction import clean_text, extract

STORY = (
    "Prices moved again this week, traders in Haldane Cross said on Friday, and dealers expect little change before "
    "the new year, according to the exchange."
)


def _found(text: str, published: date = date(2026, 10, 16)) -> list[tuple[Decimal | None, str, Decimal | None]]:
    return [(m.value, m.unit, m.previous_value) for m in extract(clean_text(text), published=published)]


def _page(lead: str, rows: str) -> str:
    return f"{STORY}\n\n{lead}\n{rows}\n\n{STORY}\n"


def test_it_gives_a_lists_rows_the_rate_its_lead_in_names_after_a_comma():
    found = _found(_page("Exchange settlement prices, merks a tonne", "- Zinc: 2,585\n- Lead: 1,912\n- Copper: 8,460"))
    assert (Decimal(2585), "merks a tonne", None) in found
    assert (Decimal(1912), "merks a tonne", None) in found
    assert (Decimal(8460), "merks a tonne", None) in found


def test_it_reads_a_rate_in_a_lead_ins_bracket_and_keeps_the_rows_earlier_figure():
    found = _found(
        _page(
            "THIS WEEK (average price, marrens a litre)",
            "Petrol: 1.874, up from 1.855 last week\nDiesel: 1.932, up from 1.921\nCheapest region: Harnley, 1.829",
        )
    )
    assert (Decimal("1.874"), "marrens a litre", Decimal("1.855")) in found
    assert (Decimal("1.932"), "marrens a litre", Decimal("1.921")) in found
    assert (Decimal("1.829"), "marrens a litre", None) in found


def test_it_reads_a_measure_per_volume_named_in_a_tables_caption():
    found = _found(
        _page(
            "Table 1: Dust (PM10), micrograms per cubic metre, quarterly mean",
            "- Station D1, Rookby Lane: 31\n- Station D2, school field: 22",
        )
    )
    assert (Decimal(31), "micrograms per cubic metre", None) in found
    assert (Decimal(22), "micrograms per cubic metre", None) in found


def test_it_takes_the_unit_from_a_bracket_that_closes_the_lead_in_over_any_earlier_count():
    text = (
        "The airline today announced the lease of four more turboprop aircraft, taking its fleet to 23 aircraft.\n\n"
        "New routes from Skelmory, winter 2029-30 (flights a week):\n- Olmstad: 4\n- Karrow Point: 7\n- Brellin: 3\n\n"
        "The airline said the routes would start in November, according to its chief executive.\n"
    )
    found = _found(text, date(2029, 6, 1))
    assert (Decimal(4), "flights a week", None) in found
    assert (Decimal(7), "flights a week", None) in found
    assert (Decimal(3), "flights a week", None) in found


def test_it_names_the_item_by_the_label_not_the_unit_and_reads_a_keyed_bracket_as_earlier():
    text = _page(
        "Average prices in tolders per kilo; Monday's averages in brackets\n",
        "Haddock, large: 4.36 (4.10)\nPrawn tails: 11.80 (12.60)\nCrushed ice, 20mm: 0.95",
    )
    found = _found(text, date(2027, 10, 12))
    assert (Decimal("4.36"), "tolders per kilo", Decimal("4.10")) in found
    assert (Decimal("11.80"), "tolders per kilo", Decimal("12.60")) in found
    assert (Decimal("0.95"), "tolders per kilo", None) in found
    assert not any(unit == "mm" for _, unit, _ in found)


def test_it_leaves_a_list_under_a_lead_in_that_names_no_unit():
    rows = f"- Zinc: 2,585\n- Lead: 1,912\n\n{STORY}\n\nEntries\n- Dogs entered: 2,140\n- Breeds scheduled: 164"
    found = _found(_page("Exchange settlement prices, merks a tonne", rows))
    assert (Decimal(2140), "dogs", None) in found
    assert (Decimal(2585), "merks a tonne", None) in found
    assert not any(value in (2140, 164) and unit == "merks a tonne" for value, unit, _ in found)


def test_it_leaves_a_menu_a_single_row_and_figures_with_units_of_their_own():
    menu = _found(_page("Menu, fennets a head", "Tiramisu: 7.00\nLemon tart: 6.50"))
    assert not any(unit == "fennets a head" for _, unit, _ in menu)
    single = _found(_page("Settlement prices, merks a tonne", "- Zinc: 2,585"))
    assert not any(unit == "merks a tonne" for _, unit, _ in single)
    own = _found(_page("Readings, micrograms per cubic metre", "Mean discharge: 1,380 cubic metres a day\nFat: 21g"))
    assert not any(unit == "micrograms per cubic metre" for _, unit, _ in own)


def test_it_reads_no_unit_from_a_bracket_that_names_a_part_or_a_body():
    parts = _found(_page("Department: meetings (of which with business)", "Finance: 318 (194)\nEnergy: 276 (171)"))
    assert not any(unit == "of which with business" for _, unit, _ in parts)
    body = _found(_page("Local aggregates (Merrovian Aggregates Index)", "Building sand: 12.10\nGravel: 9.80"))
    assert not any(unit == "merrovian aggregates index" for _, unit, _ in body)


REGISTRATIONS = (
    "New car registrations rose 4.2 per cent in September, according to figures published on Friday by the Motor "
    "Traders' Society.\n\n"
    "TOP BRANDS, SEPTEMBER 2028\n"
    "{header}\n"
    "Halden | 5,190 | 13.5% | 12.8%\n"
    "Vessen | 4,420 | 11.5% | 11.9%\n"
    "Source: Motor Traders' Society\n\n"
    "Electric cars took a quarter of the market, the society said, and sales are expected to rise again next month.\n"
)


def test_it_reads_a_column_headers_plural_noun_as_the_unit_of_its_bare_figures():
    header = "Brand | Registrations | Market share | Share now"
    found = _found(REGISTRATIONS.format(header=header), date(2028, 10, 7))
    assert (Decimal(5190), "registrations", None) in found
    assert (Decimal(4420), "registrations", None) in found


def test_it_reads_a_share_a_year_ago_column_as_the_earlier_figure_of_the_share_column():
    header = "Brand | Registrations | Market share | Share a year ago"
    found = _found(REGISTRATIONS.format(header=header), date(2028, 10, 7))
    assert (Decimal("13.5"), "percent", Decimal("12.8")) in found
    assert (Decimal("11.5"), "percent", Decimal("11.9")) in found
    assert not any(value == Decimal("12.8") and previous is None for value, _, previous in found)


def test_it_reads_no_header_noun_over_a_league_tables_points_or_beside_another_bare_column():
    league = (
        "The league published its table on Sunday, after the last round of matches, the organisers said.\n\n"
        "Team | Points\nHarbour Rovers | 41\nMoor Athletic | 38\n\n"
        "The season ends next month, when the top two go up, the league said in a statement.\n"
    )
    assert not any(unit == "points" for _, unit, _ in _found(league))
    ships = (
        "Inspectors checked every ferry in the fleet last year, the maritime agency said on Monday.\n\n"
        "Table: Deficiencies found, 2026\nOperator | Ships | Deficiencies\nSaltpenny | 6 | 41\nKestrel Line | 4 | 17\n"
        "Source: Maritime Agency\n\n"
        "The agency said it would publish the full inspection reports next month, according to its chief.\n"
    )
    assert not any(unit == "ships" and value in (41, 17) for value, unit, _ in _found(ships))
