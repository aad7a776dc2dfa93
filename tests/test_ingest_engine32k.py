"""
Q&A interviews (tests/ingest_labelling.md, "Q&A interview"): a question is the interviewer's whole turn, also where it
goes on after its question mark with a statement that gives a figure; only the paragraph after it answers.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.interviews import find_interview

FERRY_QA = (
    "Running the island ferry\n\n"
    "By Pia Rennick\n\n"
    "Oskar Brandt has run the Stellholm ferry company since 2018. We spoke to Oskar Brandt at the slipway.\n\n"
    "How busy was the summer?\n\n"
    "We carried 212,000 passengers, our best year so far.\n\n"
    "And the winter timetable? The island council wants 9 crossings a day.\n\n"
    "We can run 6 crossings with the boats we have, and I have told them so.\n\n"
    "Will fares rise?\n\n"
    "Why would they? We held them for the third winter running."
)


def test_a_question_going_on_with_a_statement_is_the_interviewers_turn_not_an_answer() -> None:
    text = clean_text(FERRY_QA)
    interview = find_interview(text)
    assert interview is not None
    statement = text.index("The island council wants")
    assert interview.asks_at(statement)
    assert not interview.answers_at(statement)
    # an answer that opens on a question of its own, and speaks, stays an answer
    assert interview.answers_at(text.index("Why would they?"))
    speakers = {m.value: m.speaker for m in extract(text)}
    assert speakers[Decimal(9)] != "Oskar Brandt"
    assert speakers[Decimal(6)] == "Oskar Brandt"
    assert speakers[Decimal(212000)] == "Oskar Brandt"
