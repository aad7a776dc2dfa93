"""
Mends of mend26b: spans of time that session 26's "within N" deadlines and forecasts let in as claims, which are a
sentence a court gave or one person's experience, a `duration` (tests/ingest_labelling.md, "Settled in session 25").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _spans(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.unit in ("days", "weeks", "months", "minutes")]


def test_the_time_a_court_adds_to_a_sentence_is_no_deadline():
    # the 60 days to pay is a deadline the court sets; the extra year served if he does not is a sentence
    text = "The judge ordered Carr to pay back 40,000 within 60 days or serve an extra 9 months in jail."
    assert _spans(text) == [(Decimal(60), "days")]
    text = "She ordered him to repay the money within 30 days or serve a further 6 months."
    assert _spans(text) == [(Decimal(30), "days")]


def test_the_term_a_sentence_is_suspended_for_is_the_sentence():
    text = "The magistrate gave Lund a 10-week jail sentence, suspended for 18 months, and fined him 2,000."
    assert _spans(text) == []
    # a limit a rule sets stays a claim
    assert _spans("Appeals must be lodged within 21 days.") == [(Decimal(21), "days")]


def test_one_persons_own_time_taken_is_no_statistic():
    assert _spans("My walk to the nearest bus stop now takes 35 minutes instead of ten.") == []
    assert _spans("My commute usually takes 50 minutes, she said.") == []
    # a journey's usual time, told of no one, is a statistic
    assert _spans("The crossing to the island now takes 35 minutes.") == [(Decimal(35), "minutes")]
