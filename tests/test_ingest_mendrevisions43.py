"""
Mends for the revisions43 review (HIGH and MEDIUM findings): a seasonal "from <month> to <month>" price, a second
source's "the correct figure is" after "was given/reported as X by <someone>", a group or place after the date, and
"the new number 4 route". Made-up pages; plain asserts over clean_text + extract.
"""

from datetime import date
from decimal import Decimal

from ingest.extraction import clean_text, extract

PUBLISHED = date(2027, 10, 13)


def _figures(text):
    found = extract(clean_text(text), published=PUBLISHED)
    return [(m.value, m.unit, m.previous_value, m.speaker) for m in found if m.value is not None]


# HIGH: a seasonal price "from June to August" is not a change from a date; the off-season price still stands
def test_it_keeps_an_off_season_price_beside_a_seasonal_one_from_a_month_to_a_month():
    figures = _figures(
        "Entry to the Marrow Park lido costs 5 dorns, rising to 7 dorns from June to August, the parks trust said."
    )
    assert any(value == Decimal(5) and previous is None for value, _, previous, _ in figures)
    assert all(previous is None for _, _, previous, _ in figures)


def test_it_keeps_a_room_rate_beside_a_peak_rate_from_a_month_until_a_month():
    figures = _figures("Rooms cost 90 lirons a night, rising to 140 lirons a night from July until September.")
    assert any(value == Decimal(90) and previous is None for value, _, previous, _ in figures)
    assert all(previous is None for _, _, previous, _ in figures)


# HIGH: "the correct figure is" in another source's mouth is a dispute, not a correction: both claims stand
def test_it_keeps_a_figure_another_source_disputes_as_a_claim_of_its_own():
    figures = _figures(
        "Turnout was reported as 61 per cent by the commission. The opposition said the correct figure is 48 per cent."
    )
    assert any(value == Decimal(61) and previous is None for value, _, previous, _ in figures)
    assert any(value == Decimal(48) and previous is None for value, _, previous, _ in figures)


def test_it_keeps_a_ministry_toll_that_hospital_sources_dispute():
    figures = _figures("The death toll was given as 14 by the ministry; hospital sources say the correct number is 22.")
    assert any(value == Decimal(14) and previous is None for value, _, previous, _ in figures)
    assert any(value == Decimal(22) and previous is None for value, _, previous, _ in figures)


def test_it_keeps_organisers_count_that_police_call_wrong_on_a_page():
    text = (
        "Attendance row\n\nBy Siri Okonkwo\n\nAttendance at Saturday's march was given as 12,000 by organisers. "
        'Police said the correct figure is 8,000.\n\nOrganiser Bede Harlan said: "We counted every one of them."\n'
    )
    figures = _figures(text)
    assert any(value == Decimal(12000) for value, _, _, _ in figures)
    assert all(previous is None for _, _, previous, _ in figures)


# MEDIUM: the new value applies from the date only to a group or place named after the date; the old one still stands
def test_it_keeps_a_fine_beside_a_higher_one_for_repeat_offenders_after_the_date():
    figures = _figures(
        "The fixed penalty is 80 dorns, rising to 120 dorns from January for repeat offenders, the council said."
    )
    assert any(value == Decimal(80) and previous is None for value, _, previous, _ in figures)


def test_it_keeps_a_speed_beside_a_faster_one_in_some_towns_after_the_date():
    figures = _figures("Speeds average 40 megabits, rising to 90 megabits from January in towns on the new network.")
    assert any(value == Decimal(40) and previous is None for value, _, previous, _ in figures)


# MEDIUM: "number" in TAKEN_UP takes "The new number 4 route" (another route) for the first clause's measure
def test_it_does_not_take_a_route_number_for_the_measure_taken_up():
    figures = _figures("In 2010 the route had 12 stops. The new number 4 route has 9 stops.")
    assert any(value == Decimal(12) and previous is None for value, _, previous, _ in figures)
    assert any(value == Decimal(9) and previous is None for value, _, previous, _ in figures)
