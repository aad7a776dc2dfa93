"""
Round 35 (turns): a committee's or an inquiry's transcript labels its turns by a role with the person's name in brackets
or after a comma ("Chair (Ingrid Solvane MP):", "Counsel to the inquiry, Mr Pell:"), numbers its questions ("Q14
Chair:") and puts a member's letters after the name ("Tom Ellery MP:"); each turn is the named person's, and the role
alone later ("Chair:", "CHAIR:") is that person again. And a Q&A question that puts a figure from a named source to the
guest ("The regulator says 40 per cent of bills are wrong. Is that right?") gives it to that source, not to the guest
nor the interviewer (tests/ingest_labelling.md, "Q&A interview" and "A body named in a Q&A question"). A generated
matrix of made-up pages, built as tests/test_ingest_turns34.py builds its own, plus guards.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from tests.test_ingest_turns34 import _speakers

Person = tuple[str, str, str]  # given name, surname, title
CHAIR: Person = ("Ingrid", "Solvane", "Ms")
WITNESS: Person = ("Petra", "Halloway", "Dr")
MEMBER: Person = ("Tomas", "Ellery", "Mr")
COUNSEL: Person = ("Aldo", "Pellworth", "Mr")
BODY = "Coastal Water Board"


def _full(person: Person) -> str:
    return f"{person[0]} {person[1]}"


# How a label style writes a person's turn: (person, first turn of theirs on the page, question number) -> the text the
# turn's paragraph opens with. The chair and the counsel are labelled by role; the witness and the member by name.
CommitteeStyle = Callable[[Person, bool, int], str]


def _chair_bracket_full(p: Person, first: bool, q: int) -> str:
    if p is CHAIR:
        return f"Chair ({_full(p)} MP): " if first else "Chair: "
    return f"{_full(p)} MP: " if p is MEMBER else f"{_full(p)}: "


def _the_chair_titled(p: Person, first: bool, q: int) -> str:
    if p is CHAIR:
        return f"The Chair ({p[2]} {p[1]}): " if first else "The Chair: "
    return f"{p[2]} {_full(p)}: " if first else f"{p[2]} {p[1]}: "


def _numbered(p: Person, first: bool, q: int) -> str:
    if p is CHAIR:
        return f"Q{q} Chair ({_full(p)}): " if first else f"Q{q} Chair: "
    return f"Q{q} {_full(p)}: " if p is MEMBER else f"{_full(p)}: "


def _role_comma_name(p: Person, first: bool, q: int) -> str:
    if p is CHAIR:
        return f"Counsel to the inquiry, {_full(COUNSEL)}: " if first else f"{COUNSEL[2]} {COUNSEL[1]}: "
    return f"{_full(p)}: "


def _witness_bracket_body(p: Person, first: bool, q: int) -> str:
    if p is WITNESS:
        return f"Witness ({p[2]} {_full(p)}, {BODY}): " if first else f"{p[2]} {p[1]}: "
    if p is CHAIR:
        return f"Chair ({_full(p)}): " if first else "Chair: "
    return f"{_full(p)} MP: "


def _mixed_then_caps(p: Person, first: bool, q: int) -> str:
    if p is CHAIR:
        return f"Chair ({_full(p)}): " if first else "CHAIR: "
    return f"{_full(p).upper()}: " if first else f"{p[1].upper()}: "


STYLES: dict[str, CommitteeStyle] = {
    "chair_bracket_full_name": _chair_bracket_full,
    "the_chair_bracket_title": _the_chair_titled,
    "numbered_questions": _numbered,
    "role_comma_name": _role_comma_name,
    "witness_bracket_body": _witness_bracket_body,
    "bracket_then_caps_role": _mixed_then_caps,
}

# How the page introduces its cast, before the first turn
INTRODUCTIONS = {
    "witnesses_line": (
        "Harbour Committee: the sewage outfall\nUncorrected transcript of oral evidence, Tuesday 4 May\n\n"
        f"Members present: {_full(CHAIR)} (Chair); {_full(MEMBER)}.\n"
        f"Witnesses: {WITNESS[2]} {_full(WITNESS)}, chief executive, {BODY}"
    ),
    "labels_only": "Harbour Committee: the sewage outfall\nUncorrected transcript of oral evidence, Tuesday 4 May",
    "prose": (
        "Harbour Committee: the sewage outfall\n\n"
        f"The committee, chaired by {_full(CHAIR)}, questioned {_full(WITNESS)}, the chief executive of the {BODY}, "
        "on Tuesday."
    ),
}

# (speaker, paragraph) of each turn; the second witness answer opens on a figure, as a bare answer may ("412 ...")
TURNS: list[tuple[Person, str]] = [
    (CHAIR, "Good morning. When the outfall was approved its cost was put at 740 million crowns. What is it now?"),
    (WITNESS, "Our latest estimate is 1.12 billion crowns. I cannot rule out a further rise."),
    (CHAIR, "So the cost has gone up by about half."),
    (WITNESS, "On the first baseline, yes."),
    (MEMBER, "How much has the contractor been paid so far?"),
    (WITNESS, "412 million crowns to the end of March. Another 86 million is held back until the tests are passed."),
    (MEMBER, "Behind by more than a third, then."),
    (WITNESS, "That is a fair reading."),
    (CHAIR, "Then we will want the change log within 14 days."),
    (WITNESS, "You will have it."),
]
# each figure and whose turn it is in (the chair's: the counsel's in the role-and-name style, who asks in that role)
FIGURES = {740000000: CHAIR, 1120000000: WITNESS, 50: CHAIR, 412000000: WITNESS, 86000000: WITNESS, 14: CHAIR}
FIGURES_MEMBER = {Decimal("33.3"): MEMBER}


def _committee(style: str, introduction: str) -> str:
    seen: set[str] = set()
    paragraphs = [INTRODUCTIONS[introduction]]
    for n, (person, line) in enumerate(TURNS):
        paragraphs.append(STYLES[style](person, person[1] not in seen, 14 + n) + line)
        seen.add(person[1])
    return "\n\n".join(paragraphs)


def _owner(style: str, person: Person, text: str) -> str:
    """Whose the turn is: by full name, or by surname where the page never gives the full name ("The Chair (Ms X)")."""
    person = COUNSEL if style == "role_comma_name" and person is CHAIR else person
    return _full(person) if _full(person).lower() in text.lower() else person[1]


@pytest.mark.parametrize("value", sorted(FIGURES))
@pytest.mark.parametrize("introduction", sorted(INTRODUCTIONS))
@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_role_labelled_turns_figure_is_the_named_persons(style: str, introduction: str, value: int) -> None:
    text = _committee(style, introduction)
    speakers = _speakers(text)
    assert Decimal(value) in speakers, f"{value} not found"
    assert speakers[Decimal(value)] == _owner(style, FIGURES[value], text)


@pytest.mark.parametrize("introduction", sorted(INTRODUCTIONS))
@pytest.mark.parametrize("style", ["chair_bracket_full_name", "numbered_questions", "witness_bracket_body"])
def test_a_members_turn_labelled_with_letters_after_the_name_is_theirs(style: str, introduction: str) -> None:
    speakers = _speakers(_committee(style, introduction))
    assert speakers.get(Decimal("33.3")) == _full(MEMBER)


# Guards: a bracketed aside in prose is no label, and a chair's label with no one named leaves the turn unnamed
def test_a_bracketed_aside_in_prose_is_no_label() -> None:
    text = (
        "Harbour Committee: the sewage outfall\n\n"
        "The committee (chaired by Ingrid Solvane) heard that the outfall cost 740 million crowns. "
        "Petra Halloway, the board's chief executive, said the cost had risen to 1.12 billion crowns.\n\n"
        "The contractor (Ferrol Marine) has been paid 412 million crowns, according to the board's accounts."
    )
    speakers = _speakers(text)
    assert speakers.get(Decimal(740000000)) != _full(CHAIR)
    assert speakers.get(Decimal(412000000)) != _full(CHAIR)


def test_a_chair_label_whose_brackets_name_no_one_gives_no_one_the_turn() -> None:
    text = "\n\n".join(
        [INTRODUCTIONS["labels_only"]]
        + [
            ("Chair (sitting in public): " if person is CHAIR else f"{_full(person)}: ") + line
            for person, line in TURNS
            if person is not MEMBER
        ]
    )
    speakers = _speakers(text)
    assert speakers.get(Decimal(740000000)) not in {_full(WITNESS), "sitting in public"}
    assert speakers.get(Decimal(1120000000)) == _full(WITNESS)


# A Q&A whose questions put a figure from a named source to the guest
GUEST = "Dagmar Rellstab"
INTERVIEWER = "Mirren Ostby"
QA_FORMS = {
    "q_a_labels": (
        f"By {INTERVIEWER}\n\nDagmar Rellstab has run Kestrel Water since 2024. We asked her about bills and leaks.",
        "Q: ",
        "A: ",
    ),
    "unlabelled_answers_questions": (
        f"Kestrel Water's chief on the bills row\n{GUEST} answers questions on bills and leaks\n\n"
        f"Interview by {INTERVIEWER}\n\nTwo weeks after the regulator's report, she sat down with us in Quillby.",
        "",
        "",
    ),
    "unlabelled_spoke_to": (
        f"By {INTERVIEWER}\n\nThe chief executive of Kestrel Water, {GUEST}, spoke to us about bills and leaks.",
        "",
        "",
    ),
}
# the question put, and the source its figure is (None: the interviewer's own, no guest's)
QUESTIONS = {
    "the_regulator_says": ("The regulator says 40 per cent of bills are wrong. Is that right?", 40, "regulator"),
    "the_minister_says_you": (
        "The minister says you promised to fix 95 per cent of leaks within a day. Did you?",
        95,
        "minister",
    ),
    "campaigners_say": ("Campaigners say 1,300 homes were flooded. Do you accept that?", 1300, "Campaigners"),
    "your_union_says": ("Your staff union says pay is 8 per cent below the average. Is it?", 8, "staff union"),
    "your_minister_said": ("Your water minister said 3,400 pipes had burst. Is that right?", 3400, "water minister"),
    "no_source": ("Bills rose 23 per cent last year. Why?", 23, None),
}
ANSWERS = [
    "We checked every one of those accounts ourselves. Fewer than 2 in 100 were wrong, and I said so at the time.",
    "We have hired 60 more engineers since January, and I expect to hire more.",
]


def _qa(form: str, question: str) -> str:
    head, asks, answers = QA_FORMS[form]
    paragraphs = [head]
    asked, _, _ = QUESTIONS[question]
    for q, a in [(asked, ANSWERS[0]), ("And the engineers?", ANSWERS[1])]:
        paragraphs += [asks + q, answers + a]
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("question", sorted(QUESTIONS))
@pytest.mark.parametrize("form", sorted(QA_FORMS))
def test_a_questions_figure_is_the_source_it_names(form: str, question: str) -> None:
    speakers = _speakers(_qa(form, question))
    _, value, source = QUESTIONS[question]
    assert Decimal(value) in speakers, f"{value} not found"
    found = speakers[Decimal(value)]
    assert found != GUEST
    if source is None:
        assert found in {None, INTERVIEWER}
    else:
        assert found is not None and source.lower() in found.lower()
    assert speakers[Decimal(60)] == GUEST  # the answers stay the guest's
