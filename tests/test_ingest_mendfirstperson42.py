"""
Review of firstperson42 (merge b4650651): the HIGH findings. A one-word title-case label that answers a question in
the first person twice is read as a person by that word ("Update:", "Verdict:"), and once a transcript has one named
answerer every unsourced figure in an unlabelled-speaker question goes to the byline, though the one asking is a
candidate or a committee chair, not the paper. Each passes at the base (d1f4741e) or gave no one there.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def test_a_live_pages_update_that_answers_a_reader_stays_the_papers():
    page = (
        "THE WEXLEY GAZETTE\nLive | News\n\nFlooding in Wexley: live updates\n\nBy Hester Vane\n\n"
        "Reader: How many homes have been evacuated so far?\n\n"
        "Update: We understand 140 homes on Mill Lane have been evacuated, and our reporter is at the scene.\n\n"
        "Reader: Is the bridge open?\n\n"
        "Update: We are told the bridge is shut and 2 rest centres are open.\n\n"
        "Correction: We earlier said 170 homes; the figure is 140.\n\n"
        "(c) 2027 The Wexley Gazette Ltd\n"
    )
    speakers = _speakers(page)
    assert speakers[Decimal(140)] != "Update"
    assert speakers[Decimal(2)] != "Update"
    assert speakers[Decimal(140)] in {"THE WEXLEY GAZETTE", "The Wexley Gazette"}


FACT_CHECK = (
    "THE WEXLEY GAZETTE\nNews | Fact check\n\nFACT CHECK\n\nBy Hester Vane\n\n"
    "Claim: Did the council really spend 12 million merls on roads last year?\n\n"
    "Verdict: We found it spent 9 million, by our count of its accounts.\n\n"
    "Claim: Has it fixed 400 potholes since March?\n\n"
    "Verdict: We counted 310 in its own returns.\n\n"
    "Claim: Did it hire 30 staff?\n\n"
    "Verdict: Our check of the payroll found 22.\n\n"
    "(c) 2027 The Wexley Gazette Ltd\n"
)


def test_a_fact_checks_verdict_put_as_an_answer_is_the_outlets_not_verdicts():
    speakers = _speakers(FACT_CHECK)
    assert speakers[Decimal(9_000_000)] != "Verdict"
    assert speakers[Decimal(9_000_000)] in {"THE WEXLEY GAZETTE", "The Wexley Gazette", "Hester Vane"}


def test_a_claim_a_fact_check_asks_about_is_never_the_checkers():
    # the claim examined is its claimant's (ingest_labelling.md), never the byline's as an interviewer's question
    speakers = _speakers(FACT_CHECK)
    for value in (12_000_000, 400, 30):
        assert speakers.get(Decimal(value)) != "Hester Vane"


HUSTINGS = (
    "THE KELVARDY HERALD\nNews | Politics\n\nHUSTINGS\n\n"
    "The two candidates for Ambry West met at the town hall on Tuesday.\n\n"
    "By Ola Penrith\nWednesday 12 May 2027\n\n"
    "Marsh: Rents here rose 14 per cent last year. What will you do about it?\n\n"
    "Draper: We will build. I have a plan for 600 homes.\n\n"
    "Marsh: Your council sold 90 plots to developers. Why?\n\n"
    "Draper: Because we needed the money for our schools, and I stand by it.\n\n"
    "Marsh: Bus fares went up by 30 pence. Is that fair?\n\n"
    "Draper: It is not, and I will freeze them.\n\n"
    "(c) 2027 The Kelvardy Herald Ltd\n"
)


def test_a_candidates_question_at_a_hustings_is_never_the_reporters():
    speakers = _speakers(HUSTINGS)
    assert speakers[Decimal(14)] != "Ola Penrith"
    assert speakers[Decimal(30)] != "Ola Penrith"


def test_a_committee_chairs_question_is_never_the_reporters():
    page = (
        "THE KELVARDY HERALD\nNews | Politics\n\nWhat was said at the health committee\n\n"
        "By Ola Penrith\nThursday 13 May 2027\n\n"
        "Chair: Waiting lists reached 41,000 in March. How did it get so bad?\n\n"
        "Director: We lost 120 nurses last year and I could not replace them.\n\n"
        "Chair: And this year?\n\n"
        "Director: We have hired 85 so far and our target is 150.\n\n"
        "Chair: Thank you.\n\n"
        "(c) 2027 The Kelvardy Herald Ltd\n"
    )
    speakers = _speakers(page)
    assert speakers[Decimal(41_000)] != "Ola Penrith"
    assert speakers[Decimal(120)] != "Director"


# MEDIUM (M1, M2): a role's or kin's label is no surname, and a presenter's question is not the web writer's


def _transcript(asker: str, answerer: str, questions: tuple[str, ...], answers: tuple[str, ...]) -> str:
    turns = "".join(f"{asker}: {q}\n\n{answerer}: {a}\n\n" for q, a in zip(questions, answers, strict=True))
    return (
        f"THE AMBRY COURIER\nNews | Local\n\nWhat was said\n\nBy Kwame Ode\n\n{turns}(c) 2027 The Ambry Courier Ltd\n"
    )


@pytest.mark.parametrize(("asker", "answerer"), [("Counsel", "Witness"), ("Chair", "Clerk"), ("Mother", "Son")])
def test_a_role_or_kin_label_that_answers_is_no_surname(asker: str, answerer: str) -> None:
    page = _transcript(
        asker,
        answerer,
        ("How much was it?", "And after that?", "Why?"),
        ("I took about 200 merls a week.", "We set 48,000 merls.", "I watched 2 films, that is all."),
    )
    speakers = _speakers(page)
    assert all(speakers.get(Decimal(value)) != answerer for value in (200, 48_000, 2))


def test_a_presenters_question_is_not_the_web_writers() -> None:
    page = _transcript(
        "Presenter",
        "Tollefsen",
        ("Leaks cost the region 118 million litres a day last year. Why so many?", "And the plan?", "Is it enough?"),
        ("The pipes are old. We replaced 40 kilometres.", "We will cut leaks by 11 per cent.", "I think it is."),
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(118_000_000)) != "Kwame Ode"
    assert speakers.get(Decimal(40)) == "Tollefsen"
