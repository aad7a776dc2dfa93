"""
Round 35 (faq): a body's own questions and answers printed whole on a news page, under the paper's introduction that
says whose they are ("Varn District Council published the page below"), are the body's: each answer's figures with no
other source are its, its "we" is the body, and a figure a question gives to someone else ("Q. Critics say ...") is
theirs, the label read off (tests/ingest_labelling.md, "A press release's own figures are its issuer's", the same rule
for any document a page carries whole). The paper's introduction and its note after the document keep their reading.
A generated matrix of made-up pages: owners of several kinds, labels in several styles, with and without a site's
masthead. Guards: a news story that reports an FAQ, and a Q&A interview with a person.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from ingest.extraction import clean_text, extract

OWNERS = {
    "council": "Varn District Council",
    "trust": "Helmsby Hospitals Trust",
    "authority": "Orlen Harbour Authority",
    "ministry": "Ministry of Rural Transport",
}

# (question label, answer label)
LABELS = {"q_dot": ("Q. ", "A. "), "q_colon": ("Q: ", "A: "), "words": ("Question: ", "Answer: ")}

SITES = {
    "masthead": ["THE WEXLEY COURIER  |  courier.example", "Home  News  Transport  Sport  Opinion"],
    "none": [],
}

INTRODUCTIONS = {
    "published": "{owner} published the page below on its website on Monday. We print its answers as it wrote them.",
    "has_put": "Readers asked about the new depot. {owner} has put its own guide online, and we reproduce it in full.",
}


def _page(owner: str, labels: str, site: str, introduction: str) -> str:
    q, a = LABELS[labels]
    lines = [
        *SITES[site],
        "Depot plan: the questions and answers, in full",
        "By Ansel Marrick, Transport Reporter",
        INTRODUCTIONS[introduction].format(owner=owner),
        f"{q}What is being built?",
        f"{a}A depot for 23 buses, with a workshop and a charging yard.",
        f"{q}How much will it cost?",
        f"{a}The estimate is 86 million crowns, up from 71 million crowns last year.",
        f"{q}How many people will work there?",
        f"{a}We expect to employ about 140 staff once it opens.",
        f"{q}Critics say it will take 900 lorries a week. Is that right?",
        f"{a}No. The real number is nearer 260 a week.",
        "[Courier note: The depot's neighbours said in a survey that 61 per cent of them opposed it.]",
    ]
    return "\n\n".join(lines) + "\n"


@cache
def _speakers(owner: str, labels: str, site: str, introduction: str) -> dict[Decimal, str | None]:
    text = clean_text(_page(owner, labels, site, introduction))
    return {m.value: m.speaker for m in extract(text) if m.value is not None}


MATRIX = [
    (owner, labels, site, introduction)
    for owner in OWNERS
    for labels in LABELS
    for site in SITES
    for introduction in INTRODUCTIONS
]


@pytest.mark.parametrize(("owner", "labels", "site", "introduction"), MATRIX)
def test_answers_are_the_owners(owner: str, labels: str, site: str, introduction: str) -> None:
    found = _speakers(OWNERS[owner], labels, site, introduction)
    for value in ("23", "86000000", "140", "260"):
        assert found.get(Decimal(value)) == OWNERS[owner], (value, found)


@pytest.mark.parametrize(("owner", "labels", "site", "introduction"), MATRIX)
def test_a_question_names_its_own_source(owner: str, labels: str, site: str, introduction: str) -> None:
    found = _speakers(OWNERS[owner], labels, site, introduction)
    assert found.get(Decimal("900")) == "Critics"


@pytest.mark.parametrize(("owner", "labels", "site", "introduction"), MATRIX)
def test_the_papers_note_after_it_is_not_the_owners(owner: str, labels: str, site: str, introduction: str) -> None:
    found = _speakers(OWNERS[owner], labels, site, introduction)
    assert found.get(Decimal("61")) != OWNERS[owner]


def test_a_story_that_reports_an_faq_is_read_as_news() -> None:
    text = clean_text(
        "Depot plan costs rise\n\nBy Ansel Marrick\n\n"
        "Varn District Council published a page of questions and answers on Monday.\n\n"
        "It said the depot would cost 86 million crowns. A haulier, Per Lund, said 900 lorries a week would use it.\n\n"
        "Residents said 61 per cent of them opposed it.\n"
    )
    found = {m.value: m.speaker for m in extract(text)}
    assert found.get(Decimal("900")) == "Per Lund"
    assert found.get(Decimal("61")) != "Varn District Council"


def test_a_qa_interview_with_a_person_is_hers() -> None:
    text = clean_text(
        "Ten minutes with the depot's manager\n\nBy Ansel Marrick\n\n"
        "Varn District Council appointed Ilse Brandvold to run the new depot. We spoke to Ilse Brandvold about it.\n\n"
        "Q. How big is the depot?\n\nA. I will run a yard of 23 buses.\n\n"
        "Q. How many staff?\n\nA. I have hired 140 people so far.\n\n"
        "Q. And the cost?\n\nA. I was told we had 86 million crowns to spend.\n"
    )
    found = {m.value: m.speaker for m in extract(text)}
    assert found.get(Decimal("140")) == "Ilse Brandvold"
