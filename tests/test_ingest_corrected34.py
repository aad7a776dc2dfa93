"""A bare "X, not Y": the figure put aside is disputed by whoever sets it right (tests/ingest_labelling.md)."""

from decimal import Decimal

from ingest.extraction import extract


def figures(text: str) -> list[tuple[str, Decimal | None, str, str | None, str]]:
    return [(m.figure, m.value, m.unit, m.speaker, m.stance) for m in extract(text) if m.value is not None]


def test_the_figure_put_aside_is_disputed_by_the_one_who_corrects_it():
    text = '"The number of inspectors is 118, not 94," the minister, Vesna Petrova, said.'
    assert figures(text) == [
        ("118", Decimal(118), "inspectors", "Vesna Petrova", "asserts"),
        ("94", Decimal(94), "inspectors", "Vesna Petrova", "disputes"),
    ]


def test_a_correction_of_an_earlier_claim_in_words_disputes_it():
    text = 'The association said 12 boats were lost. "It was seven, not 12," said Per Lothe, the board\'s chairman.'
    assert figures(text) == [
        ("12 boats", Decimal(12), "boats", "association", "asserts"),
        ("seven", Decimal(7), "boats", "Per Lothe", "asserts"),
        ("12", Decimal(12), "boats", "Per Lothe", "disputes"),
    ]


def test_a_list_and_a_contrast_without_not_stay_assertions():
    text = "The union said 40 posts were cut in March, 25 in April and not all of them were filled."
    assert [stance for *_, stance in figures(text)] == ["asserts", "asserts"]
