"""
Mend 29d: the review of mend29a's spans of time. A span followed by a rule ("under the ... laws") is a limit the rule
sets only where a modal or future verb governs it, not what happened under the rule; a wait "about" so long is a
statistic only while it goes on, not one event's wait; the time one person needs for a task with an object is an
estimate, not their own experience; a closure a duty or an order sets is a limit, not a forecast closure.
"""

from decimal import Decimal

from tests.ingest_helpers import figures


def test_it_reads_a_span_spent_under_a_law_as_a_span():
    text = "The journalist was detained for 28 days under the new security law before she was released."
    assert (Decimal(28), "days") not in figures(text)
    assert (Decimal(20), "years") not in figures("Women in the province lived for 20 years under strict religious law.")


def test_it_keeps_a_span_a_rule_lets_a_body_use():
    text = "Police can hold a suspect for 14 days under terrorism laws, far longer than for other crimes."
    assert (Decimal(14), "days") in figures(text)


def test_it_reads_one_events_wait_of_about_so_long_as_a_span():
    text = "Passengers waited about two hours on the tarmac before the plane was allowed to return to the stand."
    assert (Decimal(2), "hours") not in figures(text)
    text = "Families are waiting around 18 months for a council house in the borough."
    assert (Decimal(18), "months") in figures(text)


def test_it_keeps_one_persons_estimate_of_the_time_a_task_needs():
    text = "He will need at least 12 months to finish the repairs, the builder said."
    assert (Decimal(12), "months") in figures(text)


def test_it_keeps_a_closure_a_duty_or_an_order_sets():
    assert (Decimal(30), "days") in figures("The regulator ordered the plant to shut for 30 days after the leak.")
    assert (Decimal(14), "days") in figures("Pubs in the district must close for 14 days under the order.")
    assert (Decimal(6), "weeks") not in figures("The council will close the road for six weeks from Monday.")
