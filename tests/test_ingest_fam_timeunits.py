"""
Periods a rule sets, moves of a date on a schedule, averages of time and changed timetables are claims; the bare period
a time is counted in is no count (tests/ingest_labelling.md, the session-21 rule on statistics of time and the
session-23 rule on frequencies and periods a rule sets).
"""

from decimal import Decimal

from tests.ingest_helpers import mentions, revisions


def _values(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in mentions(text) if m.value is not None}


def test_it_keeps_a_rule_period_in_words_after_within():
    assert _values("The law says a place must be offered within four months of an application.") == {
        Decimal(4): "months"
    }


def test_it_keeps_a_standard_whose_plural_subject_is_set_off_from_its_verb():
    text = "Patients who arrive at the emergency department in Orrington are supposed to be seen within four hours."
    assert Decimal(4) in _values(text)


def test_it_keeps_a_rest_period_a_rule_requires_of_each_one():
    assert Decimal(10) in _values("The rules require an officer to rest for at least 10 hours in any 24.")


def test_it_drops_the_period_a_rate_of_time_is_counted_in():
    text = "The company has 38 deck officers. The rules require an officer to rest for at least 10 hours in any 24."
    assert Decimal(24) not in _values(text)


def test_it_keeps_the_notice_a_contract_needs():
    assert Decimal(12) in _values("Under the contract any change to the timetable needs 12 weeks' notice.")


def test_it_keeps_the_days_a_party_has_in_which_to_act():
    assert Decimal(42) in _values("Brenmoor has 42 days in which to lodge an appeal.")


def test_it_keeps_the_hours_a_rule_gives_from_an_event():
    assert Decimal(36) in _values("The new rules give a boat 36 hours from its last haul to land the catch.")


def test_it_keeps_how_far_a_date_was_put_back():
    assert Decimal(16) in _values("The shipyard said sea trials had been put back another 16 weeks.")


def test_it_keeps_an_advance_on_a_plan():
    assert Decimal(3) in _values("The Ardlow bypass opened to traffic on Monday, three weeks earlier than planned.")


def test_it_keeps_an_average_told_by_its_verb():
    assert Decimal("5.5") in _values("Its boats are averaging 5.5 sea days a week this spring, the association says.")


def test_it_reads_a_period_lengthened_as_a_revision():
    text = "In January the government lengthened paid parental leave from 26 weeks to 32."
    assert (Decimal(32), "weeks", Decimal(26)) in revisions(text)


def test_it_keeps_a_ships_departures_every_so_many_hours():
    assert Decimal(3) in _values("On Saturdays the ship shuttles to Tollan, leaving Bramwick every three hours.")


def test_it_reads_a_changed_weekly_timetable_in_days_a_week():
    text = "The line has since gone on to four days a week instead of six, he said."
    assert (Decimal(4), "days a week", Decimal(6)) in revisions(text)
