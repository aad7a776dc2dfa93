"""
Word quantities and spans the engine missed or miscounted (round 26d): a span of time a plan, a promise or a forecast
names after "within" (a claim, as session 25's rules make an estimate of time needed or left, in words or in digits);
a count in words after a share of a noun, which counts that noun; a share set off after the figure it is a share of;
a count in words standing alone as the object of "need" or of a modal and its verb; the time a supply is
enough for; and a share of the time given in its periods ("two nights in five").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_a_promise_to_finish_within_a_span_in_words_is_a_claim():
    text = "The water board said it will repair the main under Mill Lane within three weeks."
    assert _figures(text) == [(Decimal(3), "weeks", "water board")]


def test_what_would_follow_within_a_span_is_a_claim():
    text = "A spokeswoman for the ferry operator said the rest of the fleet would return to service within four days."
    assert _figures(text) == [(Decimal(4), "days", "ferry operator")]


def test_an_expectation_of_time_to_pay_back_is_a_claim_in_digits_too():
    text = "The college says it spent 90,000 crowns on the boiler and expects it to pay for itself within 12 years."
    assert _figures(text)[-1] == (Decimal(12), "years", "college")


def test_what_is_due_within_a_span_is_a_claim():
    text = "Only 300 of the 1,000 tents have reached the valley. The rest are due within nine days, the agency said."
    assert _figures(text)[-1] == (Decimal(9), "days", "agency")


def test_a_loan_s_condition_to_be_met_within_a_span_is_a_claim():
    text = "The bank lent the city 40 million crowns on condition that its deficit is halved within two years."
    assert (Decimal(2), "years", None) in _figures(text)


def test_a_count_in_words_after_a_share_of_a_noun_counts_that_noun():
    text = (
        "Half the pubs in the village now close on Mondays; three have shut for good since the spring, "
        "the landlord said."
    )
    assert _figures(text) == [(Decimal(50), "percent", "landlord"), (Decimal(3), "pubs", "landlord")]


def test_a_share_set_off_after_the_figure_it_is_a_share_of_is_a_claim():
    text = "The hospice said it needed 600,000 crowns for the roof and has raised 200,000, about a third."
    assert _figures(text)[-1] == (Decimal("33.3"), "percent", "hospice")


def test_a_count_in_words_that_is_what_is_needed_counts_what_was_counted_before():
    text = 'The lifeboat station\'s manager said: "We have four trained helms on the rota. We need at least ten."'
    assert _figures(text)[-1] == (Decimal(10), "helms", "lifeboat station's manager")


def test_a_count_in_words_after_a_modal_and_its_verb_counts_what_the_sentence_counted():
    text = '"The county has 30 paramedic vacancies, and we can fill twelve," the director said.'
    assert _figures(text)[-1] == (Decimal(12), "vacancies", "director")


def test_the_time_a_supply_is_enough_for_is_a_claim():
    text = "The water company said its reservoirs held enough water for about eleven weeks without rain."
    assert _figures(text) == [(Decimal(11), "weeks", "water company")]


def test_a_share_of_the_time_in_its_periods_is_a_share_and_a_threshold_of_it_is_none():
    text = (
        "The ward manager said the theatre stood idle three days in ten because of staff shortages.\n\n"
        "The report said 18 per cent of drivers were stopped at least one day in five."
    )
    assert _figures(text) == [(Decimal(30), "percent", "ward manager"), (Decimal(18), "percent", "report")]
