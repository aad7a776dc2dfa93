"""
Lists with the unit given once (tests/ingest_labelling.md, "Lists with the unit given once"): in a list of results
or prices whose unit is given once, each figure is a claim in the list's unit (an election count's votes or seats,
a market report's currency), while bare numbers outside such a list, box scores, years and identifiers stay as they
were.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _units(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}


def test_a_gapped_list_of_results_carries_the_first_items_unit():
    text = (
        "The Coast Party held Dunmere after a recount on Friday. "
        "Mirren Dale of the Coast Party won 8,215 votes, Osric Penn of the Tenants' League 4,960 and Ada Rusk of the "
        "Greens 1,207. Turnout was down on the last election."
    )
    units = _units(text)
    assert units[Decimal(8215)] == "votes"
    assert units[Decimal(4960)] == "votes"
    assert units[Decimal(1207)] == "votes"


def test_a_gapped_list_after_a_bare_first_figure_keeps_the_papers_unit():
    text = (
        "The count ended at dawn.\n\n"
        "With 70 of 120 seats declared, the Harbour Party has won 38 and the Moor Alliance 22, the commission "
        "said."
    )
    assert _units(text)[Decimal(22)] == "seats"


def test_a_verbless_list_with_the_unit_on_its_first_item():
    text = (
        "The Valley Alliance held the seat after a long count at the town hall. The declared result was Tamsin Orley "
        "of the Valley Alliance 6,304 votes, Bram Kettle of the Labour Union 3,871, Ines Vahl of the Greens 902."
    )
    units = _units(text)
    assert units[Decimal(6304)] == "votes"
    assert units[Decimal(3871)] == "votes"
    assert units[Decimal(902)] == "votes"


def test_a_box_score_line_is_no_list_of_claims():
    text = "Rovers won the final 88-79.\n\nHARBOUR ROVERS: Lund 27, Marsh 19, Tebbit 14, Okafor 11"
    units = _units(text)
    assert Decimal(27) not in units and Decimal(19) not in units


def test_an_identifiers_noun_after_a_count_is_no_list_item():
    text = "The hospital had a quiet weekend. On Saturday its doctors treated 30 patients, and Ward 7."
    assert Decimal(7) not in _units(text)


def test_a_named_thing_with_a_number_stays_no_count():
    text = "The airline flew 240 passengers on Tuesday, and Flight 302 landed late."
    assert Decimal(302) not in _units(text)


def test_a_price_per_kilo_after_a_count_is_in_the_reports_currency():
    text = (
        "Cod averaged 4.20 korbs a kilo at the Wenmouth auction. "
        "Plaice sold at 3.10 korbs a kilo, with some 260 boxes on offer. Whiting slipped to 1.95 a kilo."
    )
    assert _units(text)[Decimal("1.95")] == "korbs"


def test_a_run_of_prices_goes_on_in_the_currency_across_paragraphs():
    text = (
        "Cod averaged 4.20 korbs a kilo at the Wenmouth auction, and 900 boxes were sold.\n\n"
        "At Dunsby quay 310 boxes were sold, and cod there fetched 3.85 a kilo. Large plaice made 2.60 at Dunsby."
    )
    units = _units(text)
    assert units[Decimal("3.85")] == "korbs"
    assert units[Decimal("2.60")] == "korbs"


def test_no_currency_is_given_to_a_bare_figure_a_kilo_in_an_article_without_prices():
    text = "Rations were cut to 2 a day for the 40 families in the camp."
    assert _units(text).get(Decimal(2)) != "korbs"
