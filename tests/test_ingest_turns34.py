"""
Round 34 (turns): first-person figures in transcripts and Q&As are the turn's speaker's, however the page marks its
turns. A generated matrix of made-up pages: turn labels in many styles, the cast introduced in different ways, turns
that run over several paragraphs, a first-person figure in each turn (tests/ingest_labelling.md, "Transcripts" and
"Q&A interview").
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import cache

import pytest

from ingest.extraction import clean_text, extract

PRESENTER = ("Ruth", "Okafor", "Ms", "Presenter")
MINISTER = ("Anna", "Velsberg", "Dr", "Minister")
SKIPPER = ("Tomas", "Drennick", "Mr", "Skipper")
Person = tuple[str, str, str, str]


def _full(person: Person) -> str:
    return f"{person[0]} {person[1]}"


# How a label style writes the turn of a person, the n-th turn of the page: the text the turn's paragraph opens with
LabelStyle = Callable[[Person, int], str]
STYLES: dict[str, LabelStyle] = {
    "caps_surname": lambda p, n: f"{p[1].upper()}: ",
    "full_name": lambda p, n: f"{_full(p)}: ",
    "caps_full_with_role": lambda p, n: f"{_full(p).upper()} ({p[3]}): ",
    "surname_dash": lambda p, n: f"{p[1]} - ",
    "bracketed_surname": lambda p, n: f"[{p[1]}] ",
    "timestamp_caps_surname": lambda p, n: f"00:{12 + n:02d}:31 {p[1].upper()}: ",
    "bold_surname": lambda p, n: f"**{p[1]}:** ",
    "own_line_caps_surname_colon": lambda p, n: f"{p[1].upper()}:\n",
    "own_line_full_name_colon": lambda p, n: f"{_full(p)}:\n",
    "own_line_caps_surname": lambda p, n: f"{p[1].upper()}\n",
    "own_line_full_name": lambda p, n: f"{_full(p)}\n",
    "titled_surname": lambda p, n: f"{p[2]} {p[1]}: ",
    "caps_titled_surname": lambda p, n: f"{p[2].upper()} {p[1].upper()}: ",
    "roles_for_presenter_and_minister": lambda p, n: (
        "Presenter: " if p is PRESENTER else "The Minister: " if p is MINISTER else f"{p[2]} {p[1]}: "
    ),
    "caps_presenter_role": lambda p, n: "PRESENTER: " if p is PRESENTER else f"{p[1].upper()}: ",
    "interviewer_role": lambda p, n: "Interviewer: " if p is PRESENTER else f"{p[1]}: ",
}

# How the page introduces its cast, before the first turn (the presenter's own first turn may do it instead)
INTRODUCTIONS = {
    "guests_list": (
        "A transcript of Harbour Hour, broadcast on Tuesday evening.\n\n"
        "Guests: Anna Velsberg, the health minister; Tomas Drennick, a trawler skipper from Holt.",
        "",
    ),
    "present_list": (
        "A transcript of Harbour Hour, broadcast on Tuesday evening.\n\n"
        "Present: Ruth Okafor, presenter; Anna Velsberg, health minister; Tomas Drennick, trawler skipper.",
        "",
    ),
    "standfirst": (
        "Ruth Okafor spoke to the health minister, Anna Velsberg, and the trawler skipper Tomas Drennick about the "
        "closure of the Holt clinic.",
        "",
    ),
    "presenter_introduces": (
        "A transcript of Harbour Hour, broadcast on Tuesday evening.",
        "Good evening. With me are the health minister, Anna Velsberg, and Tomas Drennick, who skippers a trawler "
        "out of Holt. ",
    ),
}

# (speaker, paragraphs) of each turn; the presenter's first paragraph gets the introduction's greeting, if any
TURNS: list[tuple[Person, list[str]]] = [
    (PRESENTER, ["The waiting list in Holt stands at 6,100 patients. Minister, what are you doing about it?"]),
    (MINISTER, ["We have hired 40 nurses since January.", "I went to the ward myself and I counted 12 empty beds."]),
    (PRESENTER, ["And how has the port fared this year?"]),
    (SKIPPER, ["We landed 350 tonnes of cod last month.", "I employ 14 deckhands on my two boats."]),
    (PRESENTER, ["Minister, a last word?"]),
    (MINISTER, ["We will open 3 new surgeries by the autumn."]),
]
# each figure and whose it is: a guest's own, or (None) the presenter's background, no guest's
FIGURES = {6100: None, 40: MINISTER, 12: MINISTER, 350: SKIPPER, 14: SKIPPER, 3: MINISTER}


def _transcript(style: str, introduction: str) -> str:
    head, greeting = INTRODUCTIONS[introduction]
    paragraphs = [head]
    for n, (person, lines) in enumerate(TURNS):
        first = (greeting if n == 0 else "") + lines[0]
        paragraphs.append(STYLES[style](person, n) + first)
        paragraphs += lines[1:]
    return "\n\n".join(paragraphs)


# A Q&A with one interviewee: (question label, answer label)
QA_STYLES = {
    "q_a_colon": ("Q: ", "A: "),
    "q_a_stop": ("Q. ", "A. "),
    "question_answer": ("Question: ", "Answer: "),
    "interviewer_surname": ("Interviewer: ", "Velsberg: "),
    "presenter_full_name": ("Presenter: ", "Anna Velsberg: "),
    "q_caps_surname": ("Q: ", "VELSBERG: "),
    "bold_q_a": ("**Q:** ", "**A:** "),
}
QA_INTRODUCTIONS = {
    "spoke_to": ("Ruth Okafor spoke to the health minister, Anna Velsberg, about the closure of the Holt clinic.", ""),
    "interviewed": ("We interviewed Anna Velsberg, the health minister, about the closure of the Holt clinic.", ""),
    "guests_list": ("Harbour Hour, Tuesday evening.\n\nGuest: Anna Velsberg, the health minister.", ""),
    "asker_introduces": (
        "Harbour Hour, Tuesday evening.",
        "With me is the health minister, Anna Velsberg. ",
    ),
}
QA_TURNS = [
    ["The waiting list in Holt stands at 6,100 patients. What are you doing about it?"],
    ["We have hired 40 nurses since January.", "I went to the ward myself and I counted 12 empty beds."],
    ["And the surgeries?"],
    ["We will open 3 new surgeries by the autumn."],
]
QA_FIGURES = {6100: None, 40: MINISTER, 12: MINISTER, 3: MINISTER}


def _qa(style: str, introduction: str) -> str:
    head, greeting = QA_INTRODUCTIONS[introduction]
    asks, answers = QA_STYLES[style]
    paragraphs = [head]
    for n, lines in enumerate(QA_TURNS):
        label = asks if n % 2 == 0 else answers
        paragraphs.append(label + (greeting if n == 0 else "") + lines[0])
        paragraphs += lines[1:]
    return "\n\n".join(paragraphs)


@cache
def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def _check(text: str, value: int, owner: Person | None) -> None:
    speakers = _speakers(text)
    assert Decimal(value) in speakers, f"{value} not found"
    speaker = speakers[Decimal(value)]
    if owner is None:
        # the presenter's or interviewer's own background figure: never a guest's
        assert speaker not in {_full(MINISTER), _full(SKIPPER)}
    else:
        assert speaker == _full(owner)


@pytest.mark.parametrize("value", sorted(FIGURES))
@pytest.mark.parametrize("introduction", sorted(INTRODUCTIONS))
@pytest.mark.parametrize("style", sorted(STYLES))
def test_it_gives_a_transcript_turns_figure_to_its_speaker(style: str, introduction: str, value: int) -> None:
    _check(_transcript(style, introduction), value, FIGURES[value])


@pytest.mark.parametrize("value", sorted(QA_FIGURES))
@pytest.mark.parametrize("introduction", sorted(QA_INTRODUCTIONS))
@pytest.mark.parametrize("style", sorted(QA_STYLES))
def test_it_gives_a_qa_answers_figure_to_the_one_interviewed(style: str, introduction: str, value: int) -> None:
    _check(_qa(style, introduction), value, QA_FIGURES[value])
