"""
How often a service runs, and a period a rule allows or requires of whoever it covers, are claims; one person's or one
event's span stays a duration (tests/ingest_labelling.md, "Frequencies and periods a rule sets" and the session-21 rule
on statistics of time).
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> dict[Decimal, tuple[str, Decimal | None]]:
    return {m.value: (m.unit, m.previous_value) for m in extract(clean_text(text)) if m.value is not None}


def test_a_service_running_every_so_many_minutes_is_a_claim():
    assert Decimal(25) in _figures("The Pellow ferry now runs every 25 minutes between the two quays.")


def test_a_train_every_so_many_minutes_is_a_claim():
    assert Decimal(8) in _figures("Commuters on the loop line will get a train every 8 minutes at peak times.")


def test_a_change_of_frequency_gives_the_earlier_one_as_previous_value():
    figures = _figures("Trams on the harbour line will run every 12 minutes instead of every 10.")
    assert figures[Decimal(12)][1] == Decimal(10)
    assert Decimal(10) not in figures


def test_days_a_week_a_service_opens_are_a_claim():
    assert Decimal(4) in _figures("The branch library will open four days a week from April.")


def test_a_change_of_nights_a_week_is_a_revision():
    figures = _figures("The sleeper service will run three nights a week instead of five.")
    assert figures[Decimal(3)][1] == Decimal(5)


def test_one_persons_days_a_week_stay_a_duration():
    assert Decimal(5) not in _figures("Anneke Brill, 52, who drives to the dialysis unit five days a week, said so.")


def test_one_persons_every_so_often_stays_a_duration():
    assert Decimal(15) not in _figures("She rang the coastguard every 15 minutes for most of the night.")


def test_a_period_a_party_has_to_appeal_is_a_claim():
    assert Decimal(35) in _figures("The haulier has 35 days to appeal against the ruling.")


def test_a_period_everyone_covered_has_to_act_is_a_claim():
    assert Decimal(120) in _figures("Under the scheme's rules, ticket holders have 120 days to claim a refund.")


def test_notice_a_rule_requires_is_a_claim():
    assert Decimal(9) in _figures("Operators must give 9 weeks' notice of a timetable change.")
    assert Decimal(6) in _figures("The code requires 6 weeks' notice of any branch closure.")


def test_notice_one_party_was_given_stays_a_duration():
    assert Decimal(4) not in _figures("We were given 4 weeks' notice of the new charge.")


def test_a_limit_a_rule_sets_for_anyone_of_a_kind_is_a_claim():
    text = "The guidance says a child with a suspected fracture should see a specialist within 48 hours."
    assert Decimal(48) in _figures(text)


def test_a_limit_counted_from_an_event_is_still_a_claim():
    assert Decimal(45) in _figures("Objections must be lodged within 45 days of the notice.")


def test_payments_due_within_a_period_are_a_claim():
    assert Decimal(30) in _figures("Grants are due within 30 days of an approved application.")


def test_the_term_for_paying_a_fine_is_a_claim():
    assert Decimal(21) in _figures("Each penalty is 80 korbs, reduced to 40 korbs if paid within 21 days.")
    assert Decimal(28) in _figures("The charge doubles if it is not paid within 28 days.")


def test_a_target_that_a_share_is_served_within_a_period_is_a_claim():
    assert Decimal(6) in _figures("The national target is that 95 per cent of callers are seen within 6 weeks.")


def test_no_one_of_a_kind_taking_longer_than_a_limit_is_a_claim():
    assert Decimal(40) in _figures("The standard says no inspection should take longer than 40 minutes.")


def test_a_size_limit_stays_a_threshold():
    assert Decimal(300) not in _figures("Entries should be no longer than 300 words.")


def test_hours_every_one_of_a_kind_must_complete_are_a_claim():
    assert Decimal(1800) in _figures("Every apprentice must complete 1,800 hours of supervised work.")


def test_one_persons_term_to_serve_stays_a_duration():
    assert Decimal(9) not in _figures("He must serve 9 years before he can apply for parole.")


def test_one_events_span_stays_a_duration():
    figures = _figures("Marta Kell waited 11 weeks for the operation. He was jailed for seven years.")
    assert Decimal(11) not in figures
    assert Decimal(7) not in figures
