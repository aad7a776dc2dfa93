"""
Engine 28a: spans of time the labelling rules make claims (limits, estimates, statistics of time), an ordinal
"second" that is no unit of time, and counts the rules keep that the engine dropped.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_the_second_of_a_run_ranks_the_batch_and_is_no_unit_of_time():
    text = "The mill ordered 900,000 sacks in May. By June it had filled about 250,000 of the second batch."
    assert (Decimal(250000), "sacks") in _figures(text)


def test_a_limit_a_body_states_as_its_policy_is_a_claim():
    text = "The water board's stated policy is to repair a burst main within 12 hours of a call."
    assert (Decimal(12), "hours") in _figures(text)


def test_a_forecast_of_how_long_a_closure_will_last_is_a_duration():
    # tests/ingest_labelling.md, session 29: a body's closure forecast is background, as a plan's term is
    text = "The harbour authority said the quay would be closed to lorries for at least nine days."
    assert (Decimal(9), "days") not in _figures(text)


def test_time_needed_is_an_estimate_and_a_claim():
    text = '"We would need about 16 months to rebuild the sluice gates," the engineer said.'
    assert (Decimal(16), "months") in _figures(text)


def test_a_quoted_time_to_take_is_an_estimate():
    text = 'A builder said the repairs would take "at least eight weeks".'
    assert (Decimal(8), "weeks") in _figures(text)


def test_the_average_one_as_subject_makes_its_span_a_statistic():
    text = "The survey found the average patient stayed in hospital for 6.5 days."
    assert (Decimal("6.5"), "days") in _figures(text)


def test_the_usual_time_is_a_statistic_of_time():
    text = "A clerk at the registry told us the usual time is five to seven days."
    assert (Decimal(5), "days") in _figures(text)


def test_a_period_that_labels_an_average_stays_no_claim():
    text = "We set the deaths against the average for the same weeks in the previous five years."
    assert (Decimal(5), "years") not in _figures(text)
