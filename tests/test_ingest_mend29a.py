"""
Mend 29a: spans of time after session 28's review. "average" makes a span a statistic only when the average one's
verb governs it; a forecast of how long something will last is a duration (tests/ingest_labelling.md, session 29),
while a limit a rule sets and time left before a thing can happen stay claims; one person's time needed, time off
and plan are no claims; a sum in millions takes no unit of time from the paragraph.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_it_reads_no_statistic_of_time_in_a_period_that_labels_the_average_ones_change():
    text = "The average rent in the city has doubled in five years, the agency said."
    assert (Decimal(5), "years") not in _figures(text)


def test_it_keeps_the_span_the_average_ones_verb_governs():
    assert (Decimal(6), "hours") in _figures("The average pupil gets 6 hours of swimming lessons a year.")


def test_it_reads_a_persons_forecast_lay_off_as_a_duration():
    text = "Hansen will be in hospital for at least six weeks, his club said."
    assert (Decimal(6), "weeks") not in _figures(text)


def test_it_reads_a_forecast_closure_as_a_duration():
    assert (Decimal(5), "days") not in _figures("Schools in the district will close for at least five days.")


def test_it_keeps_a_span_the_clause_gives_to_a_rule():
    text = (
        "Cattle may not leave a holding, and the ban will run for at least 21 days after the last confirmed case, "
        "under the animal health rules."
    )
    assert (Decimal(21), "days") in _figures(text)


def test_it_keeps_what_a_rule_will_require_for_a_span():
    text = "Graduates who take the places will have to work in farm practice for at least five years."
    assert (Decimal(5), "years") in _figures(text)


def test_it_keeps_the_time_left_before_a_thing_can_happen():
    text = "Two traders said imported cargoes would not land for at least six weeks."
    assert (Decimal(6), "weeks") in _figures(text)


def test_it_reads_the_time_one_person_needs_as_their_own():
    text = "The surgeon said she would need about 14 months to recover from the operation."
    assert (Decimal(14), "months") not in _figures(text)


def test_it_reads_quoted_time_off_as_no_span_to_check():
    assert (Decimal(2), "weeks") not in _figures('She takes "two weeks" off every summer.')


def test_it_reads_one_persons_plan_as_no_limit():
    assert (Decimal(48), "hours") not in _figures("His plan is to stay within 48 hours of the border.")


def test_it_gives_a_sum_in_millions_no_unit_of_time_from_the_paragraph():
    text = "Buses run every 20 minutes. The company hopes to raise 40 million over the year."
    assert (Decimal(40000000), "minutes") not in _figures(text)


def test_it_reads_how_long_a_closure_will_last_as_a_duration():
    text = "The ministry confirmed that schools in the capital would close for 10 days."
    assert (Decimal(10), "days") not in _figures(text)


def test_it_keeps_the_period_a_duty_gives_those_it_covers():
    text = "Under its rules, the union must give members at least 21 days to vote on the offer."
    assert (Decimal(21), "days") in _figures(text)


def test_it_keeps_a_period_allowed_from_an_event_named_in_several_words():
    text = "Parties have 30 days after the end of each quarter to report their donations."
    assert (Decimal(30), "days") in _figures(text)


def test_it_keeps_a_delay_whose_object_is_set_off_by_a_description():
    text = (
        "The cut will delay the launch of Vigil-2, an Earth-observation satellite built partly at the agency's plant "
        "at Kelling Moor, by at least 18 months, Udd said."
    )
    assert (Decimal(18), "months") in _figures(text)


def test_it_keeps_an_advance_on_a_plan_given_after_a_comma():
    text = "The fibre build is ahead of plan, by about three months, and the price rise is sticking."
    assert (Decimal(3), "months") in _figures(text)


def test_it_keeps_a_delay_against_what_a_contract_required():
    text = "A former manager said staff had been told to pay farmers 14 days later than their contracts required."
    assert (Decimal(14), "days") in _figures(text)


def test_it_reads_how_long_children_now_wait_as_a_statistic():
    text = "A dentist said that children are now waiting about 30 weeks for extractions under anaesthetic."
    assert (Decimal(30), "weeks") in _figures(text)
