"""
Figures in digits the engine missed on unseen news (issue 14, session 26): spans of time a body, a court or an
agreement sets, or a forecast gives (tests/ingest_labelling.md, session 25: "Spans of time: claim or `duration`").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from tests.ingest_helpers import cleaned_revisions


def _claims(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_a_deadline_a_court_orders_is_a_claim():
    text = "The magistrate fined the haulier 9,000 dalts and ordered it to pay costs of 1,150 dalts within 21 days."
    assert (Decimal(21), "days", None) in _claims(text)


def test_a_period_a_body_says_is_due_is_a_claim():
    text = "Another 2,000 tents have been ordered. The rest are due within 14 days, the relief agency said."
    assert (Decimal(14), "days", "relief agency") in _claims(text)


def test_a_deadline_an_agreement_set_is_a_claim():
    text = "Under the truce, all detainees were to be freed within 60 days of the signing."
    assert (Decimal(60), "days", None) in _claims(text)


def test_a_forecast_of_the_time_needed_is_a_claim():
    text = "The port authority expects the new quay to pay for itself within 12 years."
    assert (Decimal(12), "years", "port authority") in _claims(text)


def test_a_level_a_plural_subject_stands_at_counts_that_subject():
    text = "Appeals awaiting a hearing at the tribunal stand at 9,300, up from 7,450 last year, court figures show."
    assert (Decimal(9300), "appeals", Decimal(7450)) in cleaned_revisions(text)


def test_a_level_a_plural_subject_is_counts_that_subject():
    text = "Sheep entries, which the show counts apart from cattle, were 1,140, down from 1,310."
    assert (Decimal(1140), "entries", Decimal(1310)) in cleaned_revisions(text)


def test_a_level_in_a_clause_joined_by_and_counts_its_own_subject():
    text = "Ticket sales slipped by a tenth, and adult visitors numbered 18,200, against 20,900 the year before."
    assert (Decimal(18200), "visitors", Decimal(20900)) in cleaned_revisions(text)


def test_a_whole_counted_and_picked_out_by_a_relative_clause_names_its_parts():
    text = "Of the 86 hospitals that replied, 61 had closed a ward, the federation said."
    assert (Decimal(61), "hospitals", "federation") in _claims(text)


def test_a_figure_put_under_a_level_is_no_age():
    text = "The alliance says 6,500 fighters crossed the river. The rebels say the figure is under 2,000."
    assert (Decimal(2000), "fighters", "rebels") in _claims(text)


def test_a_span_written_as_the_modifier_of_a_consultation_is_a_claim():
    text = "The health board said a 12-week consultation on the plans would open in March."
    assert (Decimal(12), "weeks", "health board") in _claims(text)


def test_a_span_written_as_the_modifier_of_a_deadline_is_a_claim():
    text = "The regulator said it had given the water company a 60-day deadline to repair the outfall."
    assert (Decimal(60), "days", "regulator") in _claims(text)


def test_a_span_written_as_the_modifier_of_a_delay_is_a_claim():
    text = "Travellers can claim a refund after a 45-minute delay."
    assert (Decimal(45), "minutes", None) in _claims(text)


def test_a_statistic_that_is_now_a_span_is_a_claim():
    text = "The average is now 19 weeks from referral to treatment, the health board said."
    assert (Decimal(19), "weeks", "health board") in _claims(text)


def test_a_notice_period_counted_back_from_an_event_is_a_claim():
    text = "Objections must be sent 21 days before the hearing, the planning office said."
    assert (Decimal(21), "days", "planning office") in _claims(text)


def test_a_span_after_within_is_no_value_a_distance_came_from():
    text = "Under the accord, each army must pull its guns back at least 20 kilometres from the border within 45 days."
    assert (Decimal(45), "days", None) in _claims(text)
