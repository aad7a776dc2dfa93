"""
Mends from the second review of the session-27 engine work. A figure said to be realistic is affirmed, not faulted
("The ministry said its target of 250,000 homes is realistic"); "anywhere near" and "anything like" say a figure is
far from the truth only after a negation or a doubt ("If anywhere near 5,000 fans turn up" is a condition).
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _stances(text: str) -> list[tuple[Decimal | None, str | None, str]]:
    return [(m.value, m.speaker, m.stance) for m in extract(clean_text(text)) if m.value is not None]


def test_a_figure_called_realistic_is_asserted():
    assert (Decimal(250000), "ministry", "asserts") in _stances(
        "The ministry said its target of 250,000 homes is realistic."
    )


def test_a_figure_never_realistic_is_still_disputed():
    assert (Decimal(250000), "Ada Roe", "disputes") in _stances(
        "Ada Roe said the target of 250,000 homes was never realistic."
    )


def test_anywhere_near_in_a_condition_disputes_nothing():
    assert (Decimal(5000), "police", "asserts") in _stances(
        "If anywhere near 5,000 fans turn up, the roads will jam, the police said."
    )


def test_anything_like_after_a_doubt_and_nowhere_near_still_dispute():
    assert (Decimal(5000), "Organisers", "disputes") in _stances(
        "Organisers said they doubted anything like 5,000 fans would come."
    )
    assert (Decimal(5000), "police", "disputes") in _stances("The police said nowhere near 5,000 fans came.")
