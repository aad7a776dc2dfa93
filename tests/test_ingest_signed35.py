"""
Round 35 (signed): a document printed whole in one person's voice (a speech whose head names its speaker, a chair's
statement or an open letter signed off at its end): its own figures are its speaker's or first signer's, as a
column's are its writer's; figures it gives to others stay theirs. A generated matrix of made-up pages, with guards:
a news story quoting a speech, a letters page, a story with a byline and a closing "X is a reporter" line.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from ingest.extraction import clean_text, extract

PEOPLE = [("Oriane", "Vasquell"), ("Teodor", "Brannholt"), ("Lise", "Marwick-Penn")]
BODIES = ["Fenwater Growers Co-operative", "Holmcliff Housing Trust", "Castelby Ferries"]
MASTHEAD = "The Brackwater Gazette | Home | News | Business | Opinion\nSign in | Subscribe"
BODY = [
    "This has been a difficult year for all of us, and I want to thank everyone who stayed with us through it.",
    "Turnover fell to 412 million crowns in the year to March, as prices came off their highs last winter.",
    "Even so, we paid our suppliers an average of 27.5 crowns a crate across the whole of the year.",
    "We took on 64 new staff and opened a depot in the north, which is already running at full strength.",
    "The regulator's figures show that 1,230 complaints were made across the sector, and it expects more.",
    "I will stand down next year, and I am proud of what we have built together over that time.",
]
OWN = [412000000, Decimal("27.5"), 64]
OTHERS = {1230: "regulator"}


def _head(form: str, name: str, body: str) -> str:
    return {
        "chair_statement": f'In full: "A difficult year"\n{body}\'s chair writes to members. We print her statement.\n'
        "Published 3 March 2029\n\nChair's statement",
        "extract_statement": f"Chief executive's statement\n{body} annual report 2028-29, pages 4-6",
        "open_letter": f"Open letter: 'Act now on the depots'\nManagers at {body} have written to the minister."
        "\nPublished 3 March 2029\n\nTo the Minister for Transport\n\nDear Minister,",
        "speech_in_full": f"In full: {name}'s speech to the {body} conference\nThe text as delivered.\n3 March 2029",
        "full_text_speech": f"Full text: {name}'s keynote speech\nPublished 3 March 2029",
    }[form]


def _tail(form: str, name: str, body: str, layout: str) -> str:
    if form.startswith("speech") or form == "full_text_speech":
        return "Thank you."
    closing = "Yours sincerely,\n\n" if form == "open_letter" else ""
    if layout == "name_over_role":
        return f"{closing}{name}\nChair, {body}"
    if layout == "name_with_role":
        return f"{closing}Dr {name}, chair, {body}"
    return f"{closing}{name}, chair, {body}\nAda Quell, treasurer, {body}\nand 12 other signatories"


FORMS = ["chair_statement", "extract_statement", "open_letter", "speech_in_full", "full_text_speech"]
LAYOUTS = ["name_over_role", "name_with_role", "several_signers"]


def _page(form: str, person: tuple[str, str], body: str, layout: str) -> str:
    name = " ".join(person)
    parts = [MASTHEAD, _head(form, name, body), *BODY, _tail(form, name, body, layout), "More from Business"]
    return "\n\n".join(parts)


@cache
def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("n", range(len(PEOPLE)))
@pytest.mark.parametrize("form", FORMS)
def test_document_figures_are_its_voice(form: str, n: int, layout: str) -> None:
    person, body = PEOPLE[n], BODIES[n]
    speakers = _speakers(_page(form, person, body, layout))
    for value in OWN:
        assert speakers.get(Decimal(value)) == " ".join(person), (value, speakers)
    for value, whose in OTHERS.items():
        assert whose in (speakers.get(Decimal(value)) or "").lower(), (value, speakers)


def test_news_story_quoting_a_speech_is_not_the_speech() -> None:
    page = "\n\n".join(
        [
            MASTHEAD,
            "Minister promises 40 more inspectors\nBy Hanna Crewe\n3 March 2029",
            "The minister told a conference on Tuesday that inspections would double from January.",
            "Some 212 care homes were rated inadequate last year, according to the Care Standards Board.",
            "Providers said the plan would cost each home about 1,850 crowns a visit, a figure the ministry disputes.",
            "Ines Dorr\nChair, Providers Association",
        ]
    )
    assert _speakers(page).get(Decimal(212)) != "Ines Dorr"


def test_letters_page_stays_letters() -> None:
    page = "\n\n".join(
        [
            MASTHEAD,
            "Letters: the depot closures\nLetters to the editor",
            "Sir, the depot at Holm closed last year and 64 jobs went with it, which nobody at the council noticed.",
            "Petra Lunn, Holm",
            "Sir, I have counted 12 buses a day through our village, and not one of them stops for the school.",
            "Arvid Soll, Castelby",
        ]
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(64)) == "Petra Lunn"
    assert speakers.get(Decimal(12)) == "Arvid Soll"


def test_news_story_with_reporter_line_is_the_papers() -> None:
    page = "\n\n".join(
        [
            MASTHEAD,
            "Depot to close with loss of 64 jobs\nBy Hanna Crewe\n3 March 2029",
            "The Holm depot will close in June with the loss of 64 jobs, the company said on Tuesday.",
            "It handled 412 million crowns of freight last year, down from a peak a decade ago.",
            "Staff were told at a meeting on Monday morning, and unions said they would fight it.",
            "Hanna Crewe is a reporter at the Gazette.",
        ]
    )
    assert _speakers(page).get(Decimal(412)) != "Hanna Crewe"
