"""
Spans of time the labelling rules make claims (tests/ingest_labelling.md, session 25: "Spans of time: claim or
duration"), that the engine took for durations (round 43): a notice period given or taken ("by giving 7 days' written
notice", "cancelled with less than 24 hours' notice"), a span "within" counted from an event, told in any tense
("had to do so within 28 days of receiving their letters"), and a delay stated as a figure ("the delay could be eight
months", "put the likely delay at closer to eight months"). One person's own notice, a share's window and a past
event's length stay durations.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _spans(text: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None and m.unit in UNITS]


UNITS = {"days", "weeks", "months", "hours", "minutes", "years"}


def test_it_reads_a_notice_period_a_contract_gives():
    text = "Either Party may terminate this Agreement by giving 7 days' written notice to the other Party."
    assert _spans(text) == [(Decimal(7), "days")]


def test_it_reads_a_notice_period_a_body_gave_or_will_give():
    assert _spans("One said the chain had given salons 30 days' notice.") == [(Decimal(30), "days")]
    text = "Staff who are selected for redundancy will be given at least 12 weeks' notice."
    assert _spans(text) == [(Decimal(12), "weeks")]


def test_it_reads_a_notice_period_a_rule_takes_with():
    text = "Appointments cancelled with less than 24 hours' notice lose the deposit."
    assert _spans(text) == [(Decimal(24), "hours")]


def test_it_leaves_ones_own_notice_a_duration():
    assert _spans('"We were given 3 weeks\' notice of the rise," she said.') == []
    assert _spans('"I have seen an understudy go on with 20 minutes\' notice," he said.') == []


def test_it_reads_a_span_within_an_event_told_in_the_past():
    text = (
        "The board's chief executive said groups that wished to appeal had to do so within 28 days of receiving "
        "their decision letters."
    )
    assert _spans(text) == [(Decimal(28), "days")]
    text = "The two sides agreed to open a crossing, at Sarrel, within 7 days of the signing of this communique."
    assert _spans(text) == [(Decimal(7), "days")]


def test_it_leaves_a_shares_window_and_a_place_alone():
    # a share's window: the share is the claim, not its span
    text = "One in eight teachers leaves the profession within five years of qualifying, the figures show."
    assert (Decimal(5), "years") not in _spans(text)
    text = "The council said 94 per cent of routes were treated within four hours of the first frost warning."
    assert _spans(text) == []
    # a past event's length from one's own event stays a duration
    assert _spans("A boy died within 36 hours of being sent home, his family said.") == []
    # no event: a past span "within" stays as it was
    assert _spans("We had 61 rescuers on the debris field within three hours.") == []


def test_it_reads_a_delay_stated_as_a_figure():
    text = "One of your own committee members says the delay could be eight months."
    assert _spans(text) == [(Decimal(8), "months")]
    text = "A member said the airport had privately put the likely delay to the runway at closer to eight months."
    assert _spans(text) == [(Decimal(8), "months")]
    assert _spans("The longest delay we have recorded is 26 hours, the company said.") == [(Decimal(26), "hours")]


def test_it_leaves_a_past_events_length_a_duration():
    assert _spans("The road, which was closed for three hours, reopened on Monday, the council said.") == []
    assert _spans("The heatwave lasted 11 days, the agency said.") == []


def test_it_reads_a_notice_period_counted_back_from_an_event():
    text = "If you were told less than 14 days before departure, you are owed compensation."
    assert _spans(text) == [(Decimal(14), "days")]
    assert _spans("A patch test is needed at least 48 hours before any colour service.") == [(Decimal(48), "hours")]


def test_it_leaves_one_bodys_occasion_before_an_event_a_duration():
    text = "She said the committee had been given the noise study only two days before its vote."
    assert _spans(text) == []


def test_it_reads_a_lead_time_after_a_clock_time():
    text = "The company said its first alert went out at 6 a.m., more than seven hours before the gates opened."
    assert _spans(text) == [(Decimal(7), "hours")]
    text = "The warning was issued at 21:05, more than two hours before the peak, the agency said."
    assert _spans(text) == [(Decimal(2), "hours")]


def test_it_leaves_a_place_in_time_without_a_clock_alone():
    assert _spans("Rovers levelled five minutes before half-time through Danny Quill.") == []
    assert _spans("The race has reached its limit of 1,500 entries, five weeks before the race.") == []
