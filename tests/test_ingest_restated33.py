"""A figure named again as someone's figure ("the council's figure of 4,200", "the figure of 37") counts what it
counted when first given, and a later sentence that faults it disputes it (round 33)."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal | None, str | None, str | None, str]]:
    return [(m.value, m.unit, m.speaker, m.stance) for m in extract(clean_text(text)) if m.value is not None]


def test_a_figure_named_again_and_faulted_keeps_its_first_unit_and_is_disputed():
    text = (
        "The Brindle Arena said 4,200 visitors came to the opening weekend. The tourist board questioned the "
        "number. It said the arena's figure of 4,200 included free tickets given to staff."
    )
    claims = _claims(text)
    assert (Decimal(4200), "visitors", "Brindle Arena", "asserts") in claims
    assert (Decimal(4200), "visitors", "tourist board", "disputes") in claims
    assert not any(unit == "tickets" for _, unit, _, _ in claims)


def test_a_figure_named_again_before_a_verb_in_s_keeps_its_first_unit():
    text = (
        "The Tolworth Gazette found that 6,300 tenants were waiting for repairs. "
        '"The Gazette\'s figure of 6,300 double-counts households with two claims," a council spokesman said.'
    )
    claims = _claims(text)
    assert (Decimal(6300), "tenants", "a council spokesman", "disputes") in claims
    assert not any(unit == "households" for _, unit, _, _ in claims)


def test_a_figure_named_again_at_the_end_of_a_clause_takes_its_first_unit():
    text = (
        "The coastguard said 37 fishermen were missing after the storm. "
        'The harbour master said the true death toll was "at least double" the coastguard\'s figure of 37.'
    )
    claims = _claims(text)
    assert (Decimal(37), "fishermen", "harbour master", "asserts") in claims
    assert not any(unit == "deaths" for _, unit, _, _ in claims)


def test_the_days_something_happened_on_are_a_count_and_named_again_keep_their_unit():
    text = (
        "A ranger, who asked not to be named, said the beach had been closed to swimmers on 23 days this summer. "
        "The parks department said the figure of 23 included closures for a festival."
    )
    claims = _claims(text)
    assert (Decimal(23), "days", "A ranger, who asked not to be named", "asserts") in claims
    assert (Decimal(23), "days", "parks department", "disputes") in claims


def test_a_crew_missing_on_nights_is_a_count_of_nights():
    text = "A firefighter, who asked not to be named, said the station had no crew on 17 nights last month."
    assert _claims(text) == [(Decimal(17), "nights", "A firefighter, who asked not to be named", "asserts")]


def test_a_bare_figure_set_against_the_one_just_given_counts_what_that_one_counts():
    text = (
        "The union said 400 workers would lose their jobs. "
        "The ministry said the fund was 900 lunets, not 400, and that more would follow."
    )
    claims = _claims(text)
    # the 400 put aside by "not" is the ministry's dispute of it (tests/ingest_labelling.md, "Denials and disputes")
    assert (Decimal(400), "lunets", "ministry", "disputes") in claims
    assert (Decimal(400), "workers", "union", "asserts") in claims
