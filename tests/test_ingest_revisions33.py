"""Revisions the sweep of round 33 still missed: an earlier value given in the sentence after the figure."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal | None, str | None, Decimal | None, str | None, str]]:
    return [
        (m.value, m.unit, m.previous_value, m.speaker, m.stance)
        for m in extract(clean_text(text))
        if m.value is not None
    ]


def test_a_bare_count_predicted_before_is_the_earlier_value_of_the_count():
    text = (
        "The drivers' union says 42,000 members joined the march through the capital. "
        "It had predicted 30,000 on Monday."
    )
    assert _claims(text) == [(Decimal(42000), "members", Decimal(30000), "drivers' union", "asserts")]


def test_a_forecast_change_of_its_own_after_an_outcome_stays_a_claim():
    text = (
        "Ticket sales fell 8 percent over the winter, the resort board said. "
        "The board had forecast a fall of 3 percent in the spring."
    )
    claims = _claims(text)
    assert [c[0] for c in claims] == [Decimal(8), Decimal(3)]
    assert all(c[2] is None for c in claims)


def test_a_body_named_after_its_head_noun_gives_the_earlier_value():
    text = (
        "Kellby Harriers won the title on Saturday. The final was watched by 7,315 people, the club said. "
        "Harriers had first given the attendance as 7,020 at the interval, but raised it later."
    )
    assert _claims(text) == [(Decimal(7315), "people", Decimal(7020), "club", "asserts")]


def test_health_visitors_and_credit_unions_are_counted_as_the_compound_names_them():
    text = (
        "The county now has 23 health visitors, down from 31 in 2019, the trust said. "
        "The regulator said the number of credit unions had fallen to 58 from 90."
    )
    assert _claims(text) == [
        (Decimal(23), "health visitors", Decimal(31), "trust", "asserts"),
        (Decimal(58), "credit unions", Decimal(90), "regulator", "asserts"),
    ]


def test_a_level_reached_at_a_record_counts_the_subject_not_the_agent():
    text = (
        "School meals served by the town's kitchens rose to a record 2.3 million last year, up from 1.9 million "
        "the year before, the council said."
    )
    assert _claims(text) == [(Decimal(2300000), "meals", Decimal(1900000), "council", "asserts")]
