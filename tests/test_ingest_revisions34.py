"""Round 34: an earlier value in time is the claim's previous value; a dispute holds only the figure it names."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal | None, str | None, Decimal | None, str | None, str]]:
    return [
        (m.value, m.unit, m.previous_value, m.speaker, m.stance)
        for m in extract(clean_text(text))
        if m.value is not None
    ]


def test_a_figure_after_putting_the_figure_lower_is_asserted_not_disputed():
    text = (
        "The union said 620 jobs would go. "
        "The company put the figure much lower, saying that only 140 posts would be cut."
    )
    assert _claims(text) == [
        (Decimal(620), "jobs", None, "union", "asserts"),
        (Decimal(620), "jobs", None, "company", "disputes"),
        (Decimal(140), "posts", None, "company", "asserts"),
    ]


def test_a_figure_after_not_accepting_that_figure_is_asserted_not_disputed():
    text = (
        "The union said 620 jobs would go. "
        "The company did not accept that figure, saying that only 140 posts would be cut."
    )
    assert _claims(text)[1:] == [
        (Decimal(620), "jobs", None, "company", "disputes"),
        (Decimal(140), "posts", None, "company", "asserts"),
    ]


def test_the_figure_a_refusal_names_stays_disputed():
    text = "The union said 620 jobs would go. The company did not recognise the figure of 620 jobs."
    assert _claims(text)[-1] == (Decimal(620), "jobs", None, "company", "disputes")
