"""
Q&A interviews (tests/ingest_labelling.md, "Q&A interview"): the answers are the interviewee's own, a person's, also
when the interviewee leads a body the introduction opens on (a vicar and her church, a chief executive and the
company).
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.interviews import find_interview


def _speakers(text: str) -> dict[Decimal | None, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text))}


VICAR_QA = (
    "Saving the chapel roof\n\n"
    "By Tom Hale\n\n"
    "St Mirren's Chapel in Dunholt has stood since 1310. Thieves took its lead in May. "
    "The vicar, the Rev Ann Roe, spoke to Tom Hale.\n\n"
    "How much was taken?\n\n"
    "About 60 square metres, in one night. The insurers paid out 22,000 crowns.\n\n"
    "How much have you raised?\n\n"
    "We stand at 41,500 crowns, which I still can't believe.\n\n"
    "How many come on a Sunday?\n\n"
    "We counted 3,100 visits last year."
)


def test_the_one_who_spoke_to_the_interviewer_is_the_interviewee_not_the_body_opened_on() -> None:
    interview = find_interview(clean_text(VICAR_QA))
    assert interview is not None
    assert interview.interviewee == "Ann Roe"
    speakers = _speakers(VICAR_QA)
    assert speakers[Decimal(22000)] == "Ann Roe"
    assert speakers[Decimal(41500)] == "Ann Roe"
    assert speakers[Decimal(3100)] == "Ann Roe"


def test_spoke_to_us_names_the_interviewee_too() -> None:
    text = VICAR_QA.replace("The vicar, the Rev Ann Roe, spoke to Tom Hale.", "Its vicar, Ann Roe, spoke to us.")
    interview = find_interview(clean_text(text))
    assert interview is not None
    assert interview.interviewee == "Ann Roe"
