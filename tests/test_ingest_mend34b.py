"""
Mend of review34b's findings on durations34, revision34 and disputes34: ordinary news wording the new rules read as a
correction, a denial, a revised span, days counted, an earlier month or an earlier value (tests/ingest_labelling.md,
"An earlier value in time", "Spans of time", "Denials and disputes"). The pages are made up.
"""

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract
from tests.ingest_helpers import PUBLISHED


def _found(page: str) -> list[Mention]:
    return [m for m in extract(clean_text(page), published=PUBLISHED) if m.value is not None]


def _claims(page: str) -> list[tuple[Decimal | None, str, str | None, Decimal | None]]:
    return [(m.value, m.unit, m.speaker, m.previous_value) for m in _found(page) if m.stance == "asserts"]


def test_as_we_reported_is_no_correction_of_the_figure_it_tells():
    page = (
        "Floods hit Varna\n\n"
        "As we reported on Monday, the council said 140 homes were flooded in the old town.\n\n"
        "The fire service said 95 homes had been evacuated by Tuesday night.\n"
    )
    assert _claims(page) == [
        (Decimal(140), "homes", "council", None),
        (Decimal(95), "homes", "fire service", None),
    ]


def test_we_reported_last_month_keeps_its_figure_and_the_next_one_is_no_revision():
    page = (
        "Hospital waiting lists\n\n"
        "We reported last month that 2,300 patients were waiting for hip operations at Carrow General.\n\n"
        "The hospital now has 2,650 patients on the list, its chief executive said.\n"
    )
    found = _claims(page)
    assert [value for value, *_ in found] == [Decimal(2300), Decimal(2650)]
    assert all(previous is None for *_, previous in found)


def test_no_such_thing_as_denies_no_figure():
    page = (
        "Harbour council to resurface coastal road\n\n"
        "The council will spend 4 million crowns on repairs to the coastal road, its finance officer said on "
        "Tuesday.\n\n"
        "Ms Hale, the council leader, said there was no such thing as a quick fix for the road.\n"
    )
    assert [m for m in _found(page) if m.stance in ("denies", "disputes")] == []


def test_no_such_noun_no_sentence_told_of_denies_no_figure():
    page = (
        "Plant closure\n\n"
        "Tarn Steel said on Friday that 420 jobs would go at its Ulm plant.\n\n"
        "Mr Bell, a shop steward, said there was no such danger to the smelter.\n"
    )
    assert [m for m in _found(page) if m.stance in ("denies", "disputes")] == []


def test_a_span_from_a_date_or_an_hour_is_no_span_revised():
    page = (
        "Summer closures\n\n"
        "The arts festival will run for ten days from 3 August, the organisers said.\n\n"
        "The castle will be closed for six weeks from 12 May for repairs, the trust said.\n\n"
        "The bridge will be shut for 15 hours from 7am on Sunday, the council said.\n"
    )
    assert _claims(page) == []


def test_a_span_cut_from_another_span_is_still_revised():
    page = "Theatre\n\nThe rehearsals were cut to four weeks from six, the director said.\n"
    assert _claims(page) == [(Decimal(4), "weeks", "director", Decimal(6))]


def test_a_past_event_length_or_a_night_spent_is_no_count_of_days():
    page = (
        "Search for missing fishermen ends\n\n"
        "The search went on for four days with divers combing the lake, police said.\n\n"
        "Ms Orr spent three nights when the storm hit in a shelter at the school, she said.\n"
    )
    assert _claims(page) == []


def test_a_later_month_set_against_a_figure_is_a_claim_of_its_own():
    page = (
        "Ambulance waits\n\n"
        "The ambulance service answered 86 per cent of calls within eight minutes in March, against 91 per cent in "
        "April, its report showed.\n"
    )
    assert [(value, previous) for value, _, _, previous in _claims(page)] == [(Decimal(86), None), (Decimal(91), None)]


def test_an_earlier_month_set_against_a_figure_is_its_previous_value():
    page = (
        "Ambulance waits\n\n"
        "The ambulance service answered 86 per cent of calls within eight minutes in September, against 91 per cent "
        "in August, its report showed.\n\n"
        "It answered 84 per cent of calls within eight minutes in January, against 88 per cent in December, the "
        "report showed.\n"
    )
    assert [(value, previous) for value, _, _, previous in _claims(page)] == [
        (Decimal(86), Decimal(91)),
        (Decimal(84), Decimal(88)),
    ]


def test_it_was_according_to_another_source_is_that_source_s_claim():
    page = (
        "Rail operator trims timetable\n\n"
        "The operator now runs 14 trains a day between Avel and Brack, it said on Monday.\n\n"
        "It was 20 in March, before the strike began, according to union figures.\n"
    )
    assert _claims(page) == [
        (Decimal(14), "trains", "operator", None),
        (Decimal(20), "trains", "union", None),
    ]


def test_it_was_in_a_past_month_by_the_same_source_is_still_the_earlier_value():
    page = (
        "Port\n\nThe port handled 9,400 containers in June, the harbour board said. It was 11,420 in March, it said.\n"
    )
    assert _claims(page) == [(Decimal(9400), "containers", "harbour board", Decimal(11420))]


def test_a_study_no_sentence_told_of_disputes_no_figure():
    page = (
        "Road deaths\n\n"
        "The interior ministry said 46 people died on the roads in the first half of the year.\n\n"
        "A road safety charity disputed the study, saying many deaths on farm tracks were left out.\n"
    )
    assert [m for m in _found(page) if m.stance in ("denies", "disputes")] == []


def test_we_said_then_a_sentence_setting_it_right_is_still_a_correction():
    page = (
        "Beacon briefing\n\n"
        "TAMSIN ORRELL: We did. We said 212 million litres a day leaked. The reports actually say 121 million.\n"
    )
    assert [(m.value, m.previous_value) for m in _found(page)] == [(Decimal(121000000), Decimal(212000000))]


def test_no_such_target_denies_the_figure_a_target_was_told_by():
    page = (
        "Stops\n\n"
        "An officer told me his shift was expected to make at least six stops a night. "
        "The force says there is no such target.\n"
    )
    assert [(m.value, m.speaker) for m in _found(page) if m.stance == "denies"] == [(Decimal(6), "force")]


def test_a_month_late_in_the_year_before_is_the_earlier_value_of_one_early_in_the_next():
    page = (
        "Medicines\n\n"
        "Officials said 86 medicines on the essential list were out of stock in March, against 51 in December.\n"
    )
    assert [(m.value, m.previous_value) for m in _found(page)] == [(Decimal(86), Decimal(51))]
