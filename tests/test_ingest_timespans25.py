"""
Spans of time as claims or durations (tests/ingest_labelling.md, session 25, "Spans of time: claim or duration"): a
limit, a statistic, a delay, an estimate of time needed, a frequency or a measured time is a claim, told by the word
that governs the span; a tenure, one person's experience, a past event's length or a plan's term stays a duration.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _spans(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}


def test_a_limit_a_rule_sets_one_body_is_a_claim():
    assert _spans("Under takeover rules, Pellam must now publish its offer document within 28 days.") == {
        Decimal(28): "days"
    }
    assert _spans("Under employment law, it must consult staff for at least 45 days before any notices.") == {
        Decimal(45): "days"
    }


def test_a_limit_told_by_required_should_has_to_be_or_aim_is_a_claim():
    assert Decimal(15) in _spans("It requires a recovery plan to be filed within 15 months of a valuation date.")
    assert Decimal(21) in _spans("The agency is required by law to process an application within 21 days.")
    assert Decimal(6) in _spans("National guidance says it should be finished within six months.")
    assert Decimal(48) in _spans("A sudden death has to be reported to us within 48 hours.")
    assert Decimal(5) in _spans("We aim to open an inquest within five working days.")
    # a need, not a limit
    assert _spans("A hard cheese is fine for a year, but the soft ones have to go within 6 weeks.") == {}


def test_a_standard_for_each_of_many_and_a_usual_time_are_claims():
    assert Decimal(48) in _spans("Halmway will answer every claim within 48 hours.")
    assert Decimal(10) in _spans("A body is normally released to the family within 10 days.")


def test_a_usual_length_is_a_claim():
    assert _spans("The season usually lasts about eight weeks, and this one started early.") == {Decimal(8): "weeks"}


def test_an_average_placed_after_its_noun_is_a_claim():
    text = "Palloch had the shortest average sleep, at 6.5 hours, and the Hennick Islands the longest, at 7.3 hours."
    assert _spans(text) == {Decimal("6.5"): "hours", Decimal("7.3"): "hours"}


def test_the_most_a_law_allows_is_a_claim_but_a_term_a_court_gave_is_not():
    assert _spans("The maximum penalty for the offence is 10 years.") == {Decimal(10): "years"}
    assert _spans("The offence carries a maximum penalty of two years in prison.") == {Decimal(2): "years"}
    assert _spans("He was jailed for life with a minimum term of 15 years.") == {}


def test_a_delay_is_a_claim_but_a_pages_data_notice_is_not():
    assert Decimal(14) in _spans("It reached the Moon after a launch delayed by 14 months because of a fault.")
    assert Decimal(3) in _spans("The cut would delay a planned upgrade by at least three years.")
    assert _spans("Market data delayed by 15 minutes.") == {}


def test_a_hold_up_is_a_claim():
    assert Decimal(11) in _spans("The first shipment has been held up for 11 days at the Velk crossing.")
    assert Decimal(13) in _spans("The doses have been held at the border for 13 days.")


def test_time_needed_is_a_claim_but_a_plans_term_and_a_past_occasion_are_not():
    assert _spans('"At the current rate it would take 25 years," she said.') == {Decimal(25): "years"}
    assert Decimal("1.3") in _spans("Radio signals take about 1.3 seconds to cross to Earth, the office said.")
    assert _spans("Construction is due to start in 2028 and to take 2 years.") == {}
    assert _spans('"It took us three weeks to get an appointment," she said.') == {}


def test_time_added_to_the_usual_is_a_claim():
    assert _spans('"We walk an extra 40 minutes each way," she said.') == {Decimal(40): "minutes"}


def test_a_frequency_is_a_claim_but_not_a_span_a_clause_is_about():
    assert _spans('"We should now expect one like this every 20 years or so," he said.') == {Decimal(20): "years"}
    assert Decimal(6) not in _spans("Every six months we wait, I expect two or three of my patients to die.")


def test_an_advance_foreseen_is_a_claim_but_a_past_events_timing_is_not():
    assert Decimal(10) in _spans("Our models suggest the season will start about 10 days earlier by 2050.")
    assert _spans("Forty minutes later she lay on her side in the channel.") == {}


def test_an_interval_an_average_and_a_change_in_a_time_are_claims():
    assert Decimal(2) in _spans("Each course is two doses, given two to six months apart.")
    assert Decimal(38) in _spans('"Our own count is 38 weeks on average," she said.')
    assert Decimal(21) in _spans("The average was 8.9 minutes, 21 seconds longer than a year earlier.")


def test_the_term_a_rule_gives_and_a_time_measured_are_claims():
    assert _spans("An adult passport is valid for 10 years.") == {Decimal(10): "years"}
    assert _spans("Our reporter timed the queue at the station at 35 minutes.") == {Decimal(35): "minutes"}


def test_a_period_set_them_is_a_claim_but_not_the_speakers_own():
    assert _spans("A spokesman said they had 72 hours to leave the country.") == {Decimal(72): "hours"}
    assert _spans("The council has fined the company and given it 30 days to pay.") == {Decimal(30): "days"}
    assert _spans('"We had ten minutes to leave," said a farmer.') == {}


def test_how_late_a_date_slipped_is_a_claim():
    assert _spans("In Norgatt, a plant of the same design opened in 2031, three years late.") == {Decimal(3): "years"}


def _revisions(text: str) -> dict[Decimal, Decimal | None]:
    return {m.value: m.previous_value for m in extract(clean_text(text)) if m.value is not None}


def test_a_frequency_changed_now_gives_the_one_it_replaced():
    assert _revisions('"It comes every 40 minutes now instead of every 20," she said.') == {Decimal(40): Decimal(20)}


def test_a_frequency_replaced_by_every_month_or_year_reads_in_its_own_unit():
    assert _revisions('"I go to my clinic every three months now instead of every month," she said.') == {
        Decimal(3): Decimal(1)
    }
    assert _revisions("The survey will run every two years instead of every year.") == {Decimal(2): Decimal(1)}
