"""Quantity recall and precision of the extraction engine (issue 14, twelfth round): units, bounds, words."""

from decimal import Decimal

from ingest.extraction import extract


def figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(text)]


def first(text: str):
    found = extract(text)
    assert found, text
    return found[0]


def test_it_reads_nearer_as_an_approximate_figure_of_what_was_counted():
    text = "The union said 700 jobs would go. It said the true number of jobs at risk was nearer 1,000."
    found = extract(text)[-1]
    assert (found.value, found.unit, found.figure) == (Decimal("1000"), "jobs", "nearer 1,000")


def test_it_counts_the_periods_a_partitive_names():
    assert figures("Prices rose faster than wages in seven of the last ten years.") == [(Decimal("7"), "years")]
    assert figures("The firm lost money in 9 of its last 10 months.") == [(Decimal("9"), "months")]


def test_it_still_leaves_out_a_span_of_time():
    assert figures("The talks lasted ten years.") == []


def test_it_reads_a_frequency_adjective_as_a_modifier_of_the_noun():
    text = "The airline must give up 12 of its 40 daily take-off and landing slots."
    assert figures(text) == [(Decimal("12"), "slots"), (Decimal("40"), "slots")]


def test_a_bare_figure_that_a_number_refers_to_takes_the_paragraphs_unit():
    text = (
        "The metro has 48 stations.\n\nCampaigners said 20,000 riders had left. "
        "The authority said its survey put the number who had switched at nearer 8,000."
    )
    assert figures(text)[-1] == (Decimal("8000"), "riders")
