"""
Review of lists42 (merge 74288fa0): the HIGH findings. A table of contents' page numbers are no figures, even
with a unit in the prose above; a court report's "Charge: fraud, 3 counts" is no labelled figure.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _values(text: str) -> set[Decimal]:
    return {m.value for m in extract(clean_text(text)) if m.value is not None}


def test_a_contents_list_gives_no_figures_under_prose_with_a_unit():
    text = (
        "Annual report of the Varnholt Water Board\n\n"
        "The board's annual report was published on Monday. It says leakage fell by 8 per cent over the year.\n\n"
        "Contents\n"
        "Chair's statement ........ 3\n"
        "Chief executive's review ........ 7\n"
        "Financial statements ........ 42\n\n"
        "The chief executive, Oskar Lind, said 214 kilometres of main had been replaced. "
        '"We are on track," he said.\n\n'
        "The board will publish its next report in June.\n"
    )
    values = _values(text)
    assert Decimal(214) in values
    assert not values & {Decimal(3), Decimal(7), Decimal(42)}


def test_a_court_reports_box_gives_no_count_of_charges():
    text = (
        "Court hears fraud case\n\n"
        "A former bank manager stood trial at Ostmere crown court on Monday.\n\n"
        "Defendant: Harlan Voss, 52, of Quay Street\n"
        "Charge: fraud, 3 counts\n"
        "Plea: not guilty\n\n"
        "Prosecutor Elin Rask told the jury Voss had taken 412,000 marrens from customers over four years.\n\n"
        "The trial continues. Voss denies the charges.\n"
    )
    values = _values(text)
    assert Decimal(412000) in values
    assert Decimal(3) not in values


def _found(text: str) -> dict[Decimal, tuple[str, str]]:
    return {m.value: (m.unit, m.quote) for m in extract(clean_text(text)) if m.value is not None}


def test_a_menu_under_its_caption_gives_no_prices():
    text = (
        "New bistro opens on Quay Street\n\n"
        "The Harbour Table opened on Friday, run by chef Mira Holt.\n\n"
        "Menu prices (marrens):\n"
        "Fish soup ........ 9.50\n"
        "Lamb shank ....... 18.00\n"
        "Apple tart ....... 6.00\n\n"
        "Holt said the bistro had cost 240,000 marrens to fit out.\n"
    )
    values = _values(text)
    assert not values & {Decimal("9.50"), Decimal(18), Decimal(6)}


def test_a_row_naming_another_measure_takes_no_unit_from_the_caption():
    text = (
        "Brekke wins Ostmere seat\n\n"
        "The count finished at 2am on Friday, the returning officer said.\n\n"
        "Votes cast (number):\n"
        "Anna Brekke, Liberal ........ 14,220\n"
        "Jon Sund, Labour ........ 12,904\n"
        "Turnout ........ 61.2\n\n"
        "Brekke said she was grateful to voters.\n"
    )
    found = _found(text)
    assert found[Decimal(14220)][0] == "number"
    assert found.get(Decimal("61.2"), ("", ""))[0] != "number"


def test_a_four_dot_ellipsis_in_prose_still_ends_a_sentence():
    text = (
        "Storm leaves homes dark\n\n"
        "The storm hit the coast on Friday night.\n\n"
        "Residents waited.... 300 homes were still without power on Sunday, the grid operator said.\n\n"
        "Repairs continue.\n"
    )
    quotes = [quote for unit, quote in _found(text).values() if unit == "homes"]
    assert quotes == ["300 homes were still without power on Sunday, the grid operator said."]
