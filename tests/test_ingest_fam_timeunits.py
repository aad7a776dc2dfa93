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
    assert _values(text) == {Decimal(4): "hours"}


def test_it_keeps_a_rest_period_a_rule_requires_of_each_one():
    assert _values("The rules require an officer to rest for at least 10 hours in any 24.") == {Decimal(10): "hours"}


def test_it_drops_the_period_a_rate_of_time_is_counted_in():
    text = "The company has 38 deck officers. The rules require an officer to rest for at least 10 hours in any 24."
    assert _values(text) == {Decimal(38): "officers", Decimal(10): "hours"}


def test_it_keeps_the_notice_a_contract_needs():
    assert _values("Under the contract any change to the timetable needs 12 weeks' notice.") == {Decimal(12): "weeks"}


def test_it_keeps_the_days_a_party_has_in_which_to_act():
    assert _values("Brenmoor has 42 days in which to lodge an appeal.") == {Decimal(42): "days"}


def test_it_keeps_the_hours_a_rule_gives_from_an_event():
    text = "The new rules give a boat 36 hours from its last haul to land the catch."
    assert _values(text) == {Decimal(36): "hours"}


def test_it_keeps_how_far_a_date_was_put_back():
    assert _values("The shipyard said sea trials had been put back another 16 weeks.") == {Decimal(16): "weeks"}


def test_it_keeps_an_advance_on_a_plan():
    text = "The Ardlow bypass opened to traffic on Monday, three weeks earlier than planned."
    assert _values(text) == {Decimal(3): "weeks"}


def test_it_keeps_an_average_told_by_its_verb():
    text = "Its boats are averaging 5.5 sea days a week this spring, the association says."
    assert _values(text) == {Decimal("5.5"): "days"}


def test_it_reads_a_period_lengthened_as_a_revision():
    text = "In January the government lengthened paid parental leave from 26 weeks to 32."
    assert (Decimal(32), "weeks", Decimal(26)) in revisions(text)


def test_it_keeps_a_ships_departures_every_so_many_hours():
    text = "On Saturdays the ship shuttles to Tollan, leaving Bramwick every three hours."
    assert _values(text) == {Decimal(3): "hours"}


def test_it_reads_a_changed_weekly_timetable_in_days_a_week():
    text = "The line has since gone on to four days a week instead of six, he said."
    assert (Decimal(4), "days a week", Decimal(6)) in revisions(text)
