"""
An earlier value in time told in the sentence before or after, or in the clause before a semicolon, is the later
figure's previous_value and no claim of its own (tests/ingest_labelling.md, session-21 rule "An earlier value in
time"); a comparison across places or groups stays two claims.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> dict[Decimal, tuple[str, Decimal | None, str]]:
    return {m.value: (m.unit, m.previous_value, m.quote) for m in extract(clean_text(text)) if m.value is not None}


def test_a_past_year_then_today_in_the_next_sentence():
    figures = _figures("Brellin had 40 tanneries in 1995. It has 12 today, the guild says.")
    assert figures[Decimal(12)][1] == Decimal(40)
    assert Decimal(40) not in figures
    assert "40 tanneries in 1995. It has 12 today" in figures[Decimal(12)][2]


def test_when_i_trained_then_this_year():
    figures = _figures('"My class had 30 apprentices when I started. This year it has seven," the tutor said.')
    assert figures[Decimal(7)][1] == Decimal(30)
    assert Decimal(30) not in figures


def test_the_earlier_value_told_in_the_sentence_after():
    figures = _figures("This winter the depot gritted 410 roads. Last winter it was 520 roads, the council said.")
    assert figures[Decimal(410)][1] == Decimal(520)
    assert Decimal(520) not in figures


def test_first_estimated_then_now_after_a_semicolon():
    figures = _figures(
        "The board first estimated the refit at 4 million korbs in 2024; it now puts the whole bill at 7.2 million."
    )
    assert figures[Decimal(7200000)][1] == Decimal(4000000)
    assert Decimal(4000000) not in figures


def test_when_i_worked_there_then_today_by_a_smaller_number():
    figures = _figures(
        "When I worked at the depot, we ran the night shift with 14 drivers. Today it is run by 6 drivers."
    )
    assert figures[Decimal(6)][1] == Decimal(14)
    assert Decimal(14) not in figures


def test_a_comparison_across_places_stays_two_claims():
    figures = _figures("The north had 50 clinics in 2010. Today the south has 30 clinics, the ministry said.")
    assert Decimal(50) in figures
    assert figures[Decimal(30)][1] is None


def test_figures_in_other_paragraphs_are_not_paired():
    figures = _figures("Brellin had 40 tanneries in 1995.\n\nIt has 12 tanneries today, the guild says.")
    assert Decimal(40) in figures
    assert figures[Decimal(12)][1] is None


def test_a_forecast_is_no_earlier_value():
    figures = _figures("The town has 12 tanneries today. By 2030 it will have 20 tanneries, the guild says.")
    assert Decimal(20) in figures
    assert figures[Decimal(12)][1] is None


def test_a_target_set_against_last_year_stays_two_claims():
    figures = _figures("Attendance was only 38 per cent last year. We want to get that above half this year.")
    assert Decimal(38) in figures


def test_a_hope_for_this_year_is_no_value_now():
    figures = _figures("We sold about 700 pies last year. This year we'll be lucky to sell 300 pies.")
    assert Decimal(700) in figures


def test_a_past_year_opening_the_sentence_after():
    figures = _figures('"We now get about 40 calls a night," the warden said. "In 2018 it was nine."')
    assert figures[Decimal(40)][1] == Decimal(9)
    assert Decimal(9) not in figures
