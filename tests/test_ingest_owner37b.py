"""
A document a news page prints among its paragraphs in its owner's voice, known by its own head and sign-off: a heading
in capitals naming its kind ("ENFORCEMENT NOTICE", "FLOOD WARNING BULLETIN"), its issuing line ("Issued by: ..."), its
sign-off ("Yours sincerely," over a name and a role). The cleaner keeps these lines, and the figures between them are
the owner's (ingest.documents.SIGNED); the paper's paragraphs after the sign-off are the paper's again.
"""

from decimal import Decimal
from itertools import product

import pytest

from ingest.extraction import clean_text, extract

HEAD = (
    "THE ORRIN GAZETTE | gazette.qx\n\n"
    "{headline}\n\n"
    "By Teodor Vance, Local Affairs Reporter\n"
    "Friday 14 November 2031, 09:10\n"
    "Share | Email | Print\n\n"
)
FOOT = "\n\nRelated\n- Orrin valley roads\n\n(c) 2031 Orrin Gazette Ltd\n"
# (heading in capitals, the issuing body, a person signing with a role, the body sentence with its figure)
KINDS = {
    "enforcement": (
        "ENFORCEMENT NOTICE",
        "Varnholt District Council",
        ("Ada Roe", "Chief Planning Officer"),
        "The yard has stored 140 vehicles on the site without permission.",
        Decimal(140),
    ),
    "bulletin": (
        "FLOOD WARNING BULLETIN",
        "Orrin Water Board",
        ("Piet Marsk", "Duty Controller"),
        "River levels are expected to rise by 2 metres before Sunday night.",
        Decimal(2),
    ),
    "ballot": (
        "BALLOT NOTICE",
        "Keldmoor Nurses Union",
        ("Greta Lund", "General Secretary"),
        "Members will vote on the offer of a 6 per cent rise until 3 December.",
        Decimal(6),
    ),
    "chair": (
        "STATEMENT FROM THE CHAIR",
        "Harrowfield Hospitals Trust",
        ("Ines Dorr", "Chair"),
        "We have cut the longest waits by 18 per cent since the spring.",
        Decimal(18),
    ),
}
INTRODUCTION = "The document was sent to residents on Thursday. It reads:\n\n"
AFTER = "\n\nA neighbour, Halvard Greaves, said 35 families had complained to the council."


def _page(kind: str, head: bool, sign: str) -> str:
    heading, body, (person, role), sentence, _ = KINDS[kind]
    lines = [heading] if head else []
    if sign == "issued":
        lines += [sentence, f"Issued by: {body}"]
    elif sign == "signed":
        lines += [sentence, f"Signed: {person}, {role}, {body}"]
    elif sign == "yours":
        lines += ["Dear residents,", sentence, "Yours sincerely,", person, f"{role}, {body}"]
    else:
        lines += [sentence]
    return HEAD.format(headline="What the notice says") + INTRODUCTION + "\n".join(lines) + AFTER + FOOT


def _speakers(text: str) -> dict[Decimal | None, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def _owner(kind: str, sign: str) -> str:
    _, body, (person, _), _, _ = KINDS[kind]
    return person if sign in ("signed", "yours") else body


@pytest.mark.parametrize("kind, sign", list(product(KINDS, ["issued", "signed", "yours"])))
def test_it_gives_a_signed_document_figure_to_its_owner(kind: str, sign: str) -> None:
    figure = KINDS[kind][4]

    speakers = _speakers(_page(kind, head=True, sign=sign))

    assert speakers.get(figure) in (_owner(kind, sign), KINDS[kind][1])


@pytest.mark.parametrize("kind, sign", list(product(KINDS, ["issued", "yours"])))
def test_it_gives_the_figure_to_the_signer_without_a_heading(kind: str, sign: str) -> None:
    figure = KINDS[kind][4]

    speakers = _speakers(_page(kind, head=False, sign=sign))

    assert speakers.get(figure) in (_owner(kind, sign), KINDS[kind][1])


@pytest.mark.parametrize("kind, sign", list(product(KINDS, ["issued", "signed", "yours"])))
def test_it_keeps_the_papers_paragraph_after_the_sign_off(kind: str, sign: str) -> None:
    speakers = _speakers(_page(kind, head=True, sign=sign))

    assert speakers.get(Decimal(35)) == "Halvard Greaves"


@pytest.mark.parametrize("section", ["IN FIGURES", "BACKGROUND", "WHAT HAPPENS NEXT"])
def test_it_gives_nothing_under_a_section_head_of_the_papers(section: str) -> None:
    text = (
        HEAD.format(headline="Council closes depots")
        + f"The council met on Monday.\n\n{section}\nThe scheme cost 44 million last year."
        + FOOT
    )

    assert _speakers(text).get(Decimal(44_000_000)) is None


def test_it_leaves_a_story_quoting_a_letter_in_part() -> None:
    text = (
        HEAD.format(headline="Minister writes to council")
        + "In a letter seen by the Gazette, the minister told the council that 30 posts would go. "
        "The council leader, Mira Holt, said 12 more were at risk." + FOOT
    )

    speakers = _speakers(text)

    assert speakers.get(Decimal(12)) == "Mira Holt"


def test_it_leaves_a_column_signed_by_its_writer() -> None:
    text = (
        HEAD.format(headline="Why our libraries matter")
        + "I have used the town library for 40 years.\n\nThe council wants to close 3 branches.\n\n"
        "Yours sincerely,\nMira Holt\nRetired Librarian, Orrin" + FOOT
    )

    speakers = _speakers(text)

    assert speakers.get(Decimal(3)) != "Mira Holt"


def test_it_leaves_a_report_about_a_notice() -> None:
    text = (
        HEAD.format(headline="Yard ordered to close")
        + "Varnholt District Council has served an enforcement notice on the yard. The notice says 140 vehicles are "
        "stored there. The owner, Piet Kell, said 12 people would lose their jobs." + FOOT
    )

    speakers = _speakers(text)

    assert speakers.get(Decimal(12)) == "Piet Kell"


@pytest.mark.parametrize("crosshead", ["THE RESPONSE", "THE REPLY", "THE WARNING"])
def test_it_gives_nothing_under_a_crosshead_naming_no_issuer(crosshead: str) -> None:
    # findings_owner37b #1: the paper's crosshead over its own paragraph, the body named above only as the one that
    # drew the scheme up (the page prints nothing of theirs)
    text = (
        HEAD.format(headline="Bins row deepens")
        + "The new rota was drawn up by Varnholt District Council after a review last spring.\n\n"
        f"{crosshead}\n\nResidents have lodged 2,300 objections since March.\n\n"
        "Campaigner Ilse Brandt told the Gazette that 400 homes had missed a collection." + FOOT
    )

    assert _speakers(text).get(Decimal(2300)) is None


@pytest.mark.parametrize("heading", ["PRIVACY NOTICE", "COOKIE NOTICE", "COPYRIGHT NOTICE"])
def test_it_gives_nothing_in_a_privacy_box(heading: str) -> None:
    # findings_owner37b #2: the site's cookie box is furniture, no one's (least of all the story's council)
    text = (
        HEAD.format(headline="Bins row deepens")
        + "Varnholt District Council will review bin collections after 1,200 complaints, its leader said on Monday."
        f"\n\nThe review will report in June.\n\n{heading}\n"
        "We use cookies to improve your experience. We share your data with 12 partners. By continuing you agree."
        + FOOT
    )

    assert _speakers(text).get(Decimal(12)) is None
