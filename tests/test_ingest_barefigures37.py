"""
Round 37: a spokesperson no body is named for speaks for the body the sentence before named as the one
responding ("The board did not confirm that. A spokeswoman said ..."); and a bare figure whose noun the question
just asked or the clause before gives ("How many rangers are there? - Twelve").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speaker_of(text: str, value: Decimal) -> str | None:
    return next(m.speaker for m in extract(clean_text(text)) if m.value == value)


def test_a_bare_spokeswoman_speaks_for_the_body_of_the_sentence_before():
    text = (
        "The Varnholt Water Board has raised its charges twice this year, customers say. "
        "Two engineers said the leaks had cost far more.\n\n"
        "The board did not confirm that. A spokeswoman said repairs had cost 12 million florins."
    )
    assert (_speaker_of(text, Decimal(12000000)) or "").removeprefix("The ") == "Varnholt Water Board"


def test_a_bare_spokesman_after_a_sentence_with_no_body_stays_unnamed():
    text = (
        "The Varnholt Water Board has raised its charges twice this year, customers say.\n\n"
        "Rain fell all week in the valley. A spokesman said repairs had cost 12 million florins."
    )
    assert "Varnholt" not in (_speaker_of(text, Decimal(12000000)) or "")
