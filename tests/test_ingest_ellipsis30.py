"""A bare figure whose unit an earlier sentence or paragraph gives (round 30)."""

from decimal import Decimal

from ingest.extraction import extract


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.unit) for m in extract(text) if m.value is not None]


def test_noun_less_subject_in_the_next_paragraph_takes_the_unit_counted_last():
    text = (
        "The union said the number of ward beds has fallen by 1,200.\n\n"
        "The ministry said the true fall was 340 once new units were counted."
    )
    assert (Decimal(340), "beds") in _figures(text)


def test_put_the_figure_at_in_the_next_paragraph():
    text = "Rescuers said 61 climbers were stranded.\n\nThe army put the total at 48."
    assert (Decimal(48), "climbers") in _figures(text)


def test_no_unit_carried_into_a_year_or_a_time():
    text = "The union said 1,200 beds had gone.\n\nThe ministry said it was 2019 when the cuts began."
    assert all(value != Decimal(2019) for value, _ in _figures(text))


def test_no_unit_carried_from_a_share():
    text = "Turnout fell 12 per cent.\n\nThe council said the true fall was 340."
    assert (Decimal(340), "percent") not in _figures(text)


def test_an_average_of_a_bare_figure_counts_the_sentence_count():
    found = _figures("The nurses made 9,100 home visits last year, an average of about 25 a day.")
    assert (Decimal(25), "visits") in found


def test_an_average_below_a_rate_counts_the_rate_not_its_base():
    found = _figures("The region has 7 hospice beds per 100,000 people, below the national average of 12.")
    assert (Decimal(12), "beds") in found
    assert (Decimal(12), "people") not in found


def test_level_after_a_share_counts_the_head_of_a_subject_with_a_phrase_after_it():
    found = _figures("Applications for nursing degrees dropped by a third, to 2,400.")
    assert (Decimal(2400), "applications") in found


def test_level_after_a_share_past_a_between_phrase():
    found = _figures("Bookings between May and the end of June fell 14 percent from a year earlier, to 9,800.")
    assert (Decimal(9800), "bookings") in found
