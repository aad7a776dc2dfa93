"""The settled rule "Statistics of time are claims" of tests/ingest_labelling.md, round 34: an average, a target, a
legal maximum or the span a rule allows, stated as a figure of time, is a claim; one person's or one event's span
stays a duration and no claim (a deadline a rule sets one body is a claim since session 25)."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal, str, str | None, str]]:
    return [(m.value, m.unit, m.speaker, m.stance) for m in extract(clean_text(text)) if m.value is not None]


# An average the subject of its clause


def test_an_average_that_took_a_time_is_a_claim():
    assert _figures("The average ambulance handover took 41 minutes, against a target of 15.") == [
        (Decimal(41), "minutes", None, "asserts"),
        (Decimal(15), "minutes", None, "asserts"),
    ]


def test_an_average_that_has_taken_years_is_a_claim():
    assert _figures("The average retrofit has taken 3.8 years from approval to completion.") == [
        (Decimal("3.8"), "years", None, "asserts"),
    ]


def test_the_average_is_a_time_is_a_claim():
    assert _figures("Nationally the average is 16 weeks, the agency says.") == [
        (Decimal(16), "weeks", "agency", "asserts"),
    ]


def test_an_average_time_told_with_a_long_noun_phrase_is_a_claim():
    text = "The chief said the average time to reach an emergency call in rural areas was 19 minutes."
    assert _figures(text) == [(Decimal(19), "minutes", "chief", "asserts")]


# A target or a limit


def test_a_target_set_off_from_its_figure_is_a_claim():
    assert _figures("The national target for those calls, known as category two, is 18 minutes.") == [
        (Decimal(18), "minutes", None, "asserts"),
    ]


def test_time_allowed_per_building_is_a_claim():
    assert _figures("Inspectors said they had been given no more than 20 minutes per building.") == [
        (Decimal(20), "minutes", "Inspectors", "asserts"),
    ]


# The span a rule allows for each of many


def test_a_rule_that_patients_be_treated_within_weeks_is_a_claim():
    assert _figures("The minister said patients must be treated within 18 weeks.") == [
        (Decimal(18), "weeks", "minister", "asserts"),
    ]


def test_a_requirement_that_repairs_be_made_safe_within_hours_is_a_claim():
    text = "The regulator requires emergency repairs to be made safe within 24 hours."
    # the regulator's own act with its own figure, as the session-23 rule settles (its example is this sentence)
    assert _figures(text) == [(Decimal(24), "hours", "regulator", "asserts")]


def test_nobody_should_wait_more_than_weeks_is_a_claim():
    assert _figures("The minister said nobody should wait more than 26 weeks for surgery.") == [
        (Decimal(26), "weeks", "minister", "asserts"),
    ]


# One person's or one event's span, one act's deadline: no claim


def test_one_persons_wait_and_one_strikes_length_are_no_claims():
    assert _figures("He waited nine days for his case. The strike lasted three weeks.") == []


def test_a_deadline_a_rule_sets_one_body_is_a_claim():
    # a limit a rule sets is a claim whoever it binds (tests/ingest_labelling.md, session 25)
    figures = _figures("If the budget fails, the finance office must produce a new one within 21 days.")
    assert [(value, unit) for value, unit, _, _ in figures] == [(Decimal(21), "days")]


def test_a_limit_counted_from_an_event_is_a_claim():
    # a period a rule requires of everyone it covers is a claim ("Frequencies and periods a rule sets")
    assert [f[0] for f in _figures("Appeals must be lodged within 60 days of the letter.")] == [Decimal(60)]


def test_how_long_a_thing_keeps_is_no_claim():
    assert _figures("A hard cheese is fine for a year, but the soft ones have to go within 6 weeks.") == []
