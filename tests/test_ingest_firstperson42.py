"""
Round 42 (first person): a Q&A whose turns are labelled by the paper's short name and the interviewee's surname
("Chronicle: ... Why?", "Calloway: Our three cremators were installed in 1994."), on a page whose introduction,
which named the interviewee in full, the cleaner has dropped with the headline. The surname label that answers the
paper's questions in the first person is the interviewee, and the answers' figures are theirs by it
(tests/ingest_labelling.md, "Q&A interview"); never the byline's, who only asks. A matrix of made-up pages, and the
pages the rule must leave alone: labels that answer no question, and turns that do not speak in the first person.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_ingest_turns34 import _speakers

PAPERS = {"Gazette": "The Wexley Gazette", "Courier": "The Ambry Courier", "Herald": "The Kelvardy Herald"}
SURNAMES = ("Tollemache", "Brannock", "Odell")
# What an answer says, in the first person, with its figure: (the answer, the figure)
ANSWERS = (
    ("We did 61 cremations last week, which is more than usual.", 61),
    ("I have 24 empty desks and nobody to sit at them.", 24),
    ("Our budget this year is 2.9 million merls, and it is not enough.", 2_900_000),
)


def _page(paper: str, surname: str, answer: str) -> str:
    masthead = PAPERS[paper]
    return (
        f"{masthead.upper()}\nNews | Sport | Opinion\n\nINTERVIEW\n\n"
        f"'We are not a profit centre': the manager on fees and waits\n\n"
        "By Hester Vane\nWednesday 12 May 2027, 07:00\n\n"
        f"{paper}: Families are paying more this year. Why?\n\n"
        f"{surname}: Because the building is wearing out. I would rather not have put the fee up.\n\n"
        f"{paper}: And the waiting list?\n\n"
        f"{surname}: {answer}\n\n"
        f"{paper}: What comes next?\n\n"
        f"{surname}: We will replace the old ovens next spring, and our staff are ready for it.\n\n"
        f"(c) 2027 {masthead} Ltd\n"
    )


@pytest.mark.parametrize(("answer", "value"), ANSWERS)
@pytest.mark.parametrize("surname", SURNAMES)
@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_it_gives_an_answer_to_the_surname_that_answers_the_paper(
    paper: str, surname: str, answer: str, value: int
) -> None:
    speakers = _speakers(_page(paper, surname, answer))
    assert speakers[Decimal(value)] == surname


@pytest.mark.parametrize("surname", SURNAMES)
def test_it_keeps_a_label_that_answers_no_question_a_heading(surname: str) -> None:
    # "Claim:" then "Verdict:": a fact check's headings, neither asking, never a person's turns
    page = (
        "THE WEXLEY GAZETTE\nNews | Sport\n\nFACT CHECK\n\nBy Hester Vane\n\n"
        "Claim: The council says it spent 12 million on roads.\n\n"
        "Verdict: We found it spent 9 million, by our count of its accounts.\n\n"
        "Claim: The council says it fixed 400 potholes.\n\n"
        "Verdict: We counted 310 in its own returns.\n\n"
        "Claim: The council says it hired 30 staff.\n\n"
        f"Verdict: Our check of the payroll found 22, {surname} says.\n"
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(9)) != "Verdict"
    assert speakers.get(Decimal(310)) != "Verdict"


def test_it_keeps_a_turn_that_speaks_in_no_first_person_no_ones() -> None:
    # the answers never say "I" or "we": nothing says the label is a person answering
    page = (
        "THE WEXLEY GAZETTE\nNews | Sport\n\nBy Hester Vane\n\n"
        "Gazette: How many came?\n\n"
        "Summary: About 4,000 people came to the fair.\n\n"
        "Gazette: And the year before?\n\n"
        "Summary: About 3,100 came to the fair in 2026.\n\n"
        "Gazette: And the stalls?\n\n"
        "Summary: There were 120 stalls.\n"
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(4000)) != "Summary"
    assert speakers.get(Decimal(120)) != "Summary"


def test_it_keeps_the_full_name_the_page_gives_the_surname() -> None:
    page = _page("Gazette", "Calloway", "We did 61 cremations last week, which is more than usual.").replace(
        "By Hester Vane",
        "Idris Calloway has run the crematorium since 2016. We asked him about the rise.\n\nBy Hester Vane",
    )
    assert _speakers(page)[Decimal(61)] in {"Idris Calloway", "Calloway"}


QUESTIONS = (
    ("Families are paying 220 merls more this year.", 220),
    ("The new ovens cost 4.2 million merls.", 4_200_000),
)


def _asked(paper: str, question: str, *, introduced: bool) -> str:
    page = _page(paper, "Calloway", "We did 61 cremations last week.").replace(
        "Families are paying more this year.", question
    )
    if introduced:
        page = page.replace(
            "By Hester Vane",
            "Idris Calloway has run the crematorium since 2016. We asked him about the rise.\n\nBy Hester Vane",
        )
    return page


@pytest.mark.parametrize(("question", "value"), QUESTIONS)
@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_it_gives_a_questions_own_figure_to_the_byline(paper: str, question: str, value: int) -> None:
    # "Chronicle: Families are paying 220 merls more this year. Why?": the interviewer's own figure, the byline's
    # (tests/ingest_labelling.md, "Q&A interview"), in a transcript whose answers are the interviewee's
    assert _speakers(_asked(paper, question, introduced=True))[Decimal(value)] == "Hester Vane"


@pytest.mark.parametrize(("question", "value"), QUESTIONS)
def test_it_keeps_a_questions_own_figure_the_bylines_with_the_interviewee_by_surname(question: str, value: int) -> None:
    # a guard: where the page names the interviewee by the label alone, the question stays the byline's as at main
    assert _speakers(_asked("Courier", question, introduced=False))[Decimal(value)] == "Hester Vane"


def test_it_leaves_a_figure_the_question_gives_a_source_to_that_source() -> None:
    page = _page("Gazette", "Calloway", "We did 61 cremations last week.").replace(
        "Families are paying more this year.", "Funeral directors say fees rose by 40 per cent."
    )
    assert _speakers(page)[Decimal(40)] != "Hester Vane"
