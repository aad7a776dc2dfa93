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


MONEY_CLINIC = (
    "Money clinic\n\n"
    "Your questions answered: a pension gap and a loan\n"
    "Answered by Ida Brun, Money Editor\n\n"
    "I have 14,000 crowns in a pension I forgot about. How do I find it?\n"
    "Karl Vinter, Holby\n\n"
    "Write to the old employer first. Most schemes reply within a month, and I found three that answered in a week.\n\n"
    "Our loan of 92,000 crowns is at 6.1 per cent. A broker has offered us 5.4 per cent. Should we switch?\n"
    "Marta and Jens Hollin, Dunmere\n\n"
    "Probably. The saving on a loan that size is about 640 crowns a year, by my sums."
)


def test_a_couple_signing_a_readers_question_speaks_for_its_figures() -> None:
    speakers = _speakers(MONEY_CLINIC)
    assert speakers[Decimal(14000)] == "Karl Vinter"
    assert speakers[Decimal(92000)] == "Marta and Jens Hollin"
    assert speakers[Decimal("6.1")] == "Marta and Jens Hollin"
    assert speakers[Decimal(640)] == "Ida Brun"


def test_a_standfirst_that_says_who_talks_to_whom_names_the_interviewer() -> None:
    text = (
        "The Holby Star\n\n"
        "Saturday Interview\n\n"
        "'We will not cut the buses': the transport chief on fares\n\n"
        "Ida Lund, the region's transport director, talks to Tom Hale\n\n"
        "Ida Lund has run the region's buses and trams since 2024. This interview has been edited for length.\n\n"
        "Fares rose 9 per cent in January. Will they rise again?\n\n"
        "Not this year. We have frozen them until March, and I have told the board so.\n\n"
        "How many drivers are you short?\n\n"
        "We are 40 drivers short today, down from 70 in the spring."
    )
    speakers = _speakers(text)
    assert speakers[Decimal(9)] == "Tom Hale"
    assert speakers[Decimal(40)] == "Ida Lund"
