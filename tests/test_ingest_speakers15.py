"""Speakers of issue 15: transcripts, interviews without Q and A, and the bodies that own a document."""

from datetime import date

from ingest.extraction import extract
from ingest.mentions import Mention


def mentions(text: str) -> list[Mention]:
    return [m for m in extract(text, published=date(2026, 5, 4)) if m.value is not None]


def speakers(text: str) -> list[str | None]:
    return [m.speaker for m in mentions(text)]


def test_an_interviewee_introduced_after_a_sentence_ending_in_a_month_answers():
    text = (
        "The regatta closed with a loss the harbour board put at 2 million florins in August. "
        "Ruth Calloway, 61, the regatta's secretary, spoke to the Gazette about the accounts.\n\n"
        "Where did the money go?\n\n"
        "We spent 900,000 florins on moorings and our insurers charged far more than we planned.\n\n"
        "Would you run it again?\n\n"
        "I would, but we would sell 20,000 more tickets first."
    )
    assert speakers(text)[-2:] == ["Ruth Calloway", "Ruth Calloway"]
