"""
Any document a page carries whole under a line naming its owner speaks in that owner's voice: the introduction names
the owner and a document noun with a carrying verb ("The port authority's notice is reproduced below", "We print the
text as delivered"), and each figure in the body after it that no sentence gives to someone else is the owner's, the
document's "we" the owner. The paper's notes after the document, and a news story that only mentions a document, keep
the base's reading.
"""

from decimal import Decimal
from itertools import product

import pytest

from ingest.extraction import clean_text, extract

HEAD = (
    "THE SALTMERE COURIER | courier.qx\n"
    "News | Harbour | Education | Sport | Opinion\n\n"
    "{headline}\n\n"
    "By Hesper Calloway, Staff Reporter\n"
    "Thursday 9 October 2031, 10:20\n"
    "Share | Email | Print\n\n"
)
FOOT = "\n\nRelated\n- Saltmere harbour dredging\n\n(c) 2031 Saltmere Courier Ltd\n"
# (owner, document noun, a body sentence with its figure, the figure)
KINDS = {
    "port_notice": (
        "Saltmere Port Authority",
        "notice to mariners",
        "Vessels over 40 metres must request a pilot before entering the inner basin.",
        Decimal(40),
    ),
    "university": (
        "Brenwick University",
        "statement",
        "We will recruit 85 additional teaching staff before the spring term begins.",
        Decimal(85),
    ),
    "club_letter": (
        "Saltmere Rowing Club",
        "letter to members",
        "Our membership fee will rise to 210 crowns from the new season onwards.",
        Decimal(210),
    ),
    "water_board": (
        "Ostry Water Board",
        "bulletin",
        "Supplies to 3,400 homes in the east of the town remain interrupted this morning.",
        Decimal(3400),
    ),
}
INTRODUCTIONS = {
    "reproduced_below": "The {owner}'s {noun} is reproduced below as issued on Wednesday evening.",
    "in_full": "The {owner} issued the following {noun} on Wednesday. We print it in full.",
    "as_sent": "The {owner} sent the {noun} on Wednesday afternoon, and we publish it as sent.",
    "sender_apposition": "The head of the {owner}, Marit Selwyn, sent the following {noun} hours after the Harbour "
    "Inspectorate's report. We print it in full.",
    "permission": "The {noun} below was issued by the {owner} on Wednesday and is republished with permission.",
}
OPENINGS = {
    "plain": "",
    "context": "This {noun} sets out the arrangements that apply from Monday.\n\n",
}


def _page(kind: str, introduction: str, opening: str, after: str = "") -> str:
    owner, noun, body, _ = KINDS[kind]
    head = HEAD.format(headline=f"The {noun} in full")
    intro = INTRODUCTIONS[introduction].format(owner=owner, noun=noun)
    return head + intro + "\n\n" + OPENINGS[opening].format(noun=noun) + body + after + FOOT


def _speakers(text: str) -> dict[Decimal | None, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


@pytest.mark.parametrize(("kind", "introduction", "opening"), list(product(KINDS, INTRODUCTIONS, OPENINGS)))
def test_carried_document_figure_is_its_owners(kind: str, introduction: str, opening: str) -> None:
    owner, _, _, value = KINDS[kind]
    speakers = _speakers(_page(kind, introduction, opening))
    # the one the introduction says sent it owns it, not the body it heads nor another's report it mentions
    assert speakers.get(value) == ("Marit Selwyn" if introduction == "sender_apposition" else owner)


@pytest.mark.parametrize("kind", list(KINDS))
def test_paper_notes_after_the_document_stay_the_papers(kind: str) -> None:
    # "Our notes:" turns back to the paper: its own count is no one's, as on any news page
    after = "\n\nOur notes: The Courier counted 17 complaints about the change by Thursday morning."
    speakers = _speakers(_page(kind, "in_full", "plain", after))
    assert speakers.get(Decimal(17)) is None


@pytest.mark.parametrize("kind", ["port_notice", "water_board"])
def test_news_story_mentioning_a_document_keeps_the_base(kind: str) -> None:
    # a news story whose introduction carries nothing: the figure told by no one stays no one's
    owner, _, body, value = KINDS[kind]
    text = (
        HEAD.format(headline="Changes announced")
        + f"The {owner} announced changes on Wednesday, and residents reacted angrily at a meeting.\n\n"
        + body
        + FOOT
    )
    assert _speakers(text).get(value) is None


def test_a_sentence_giving_the_figure_to_another_keeps_that_speaker() -> None:
    page = _page("university", "in_full", "plain")
    page = page.replace(
        "We will recruit 85", "The students' union says 120 posts were lost last year. We will recruit 85"
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(85)) == "Brenwick University"
    assert speakers.get(Decimal(120)) != "Brenwick University"


# findings_owner36: a news intro that only mentions a document, or says it was published elsewhere, carries none
NEWS_INTROS = {
    "text_of_bill": (
        "MPs on the Saltmere Assembly began debating the text of the Water Supply Bill on Tuesday, with the Ostry "
        "Water Board warning of shortages."
    ),
    "published_elsewhere": (
        "Council leader Amos Reddy resigned on Monday after 9 years in the post. His resignation letter was "
        "published in full on the council website."
    ),
    "statement_reads": (
        "Saltmere Rovers sacked manager Tobin Reyes on Monday after a run of nine defeats. The statement reads: "
        "the club thanks him for his service."
    ),
    "carried_below": "The Saltmere Met Office said the cold snap carried temperatures well below freezing overnight.",
    "published_below_inline": (
        "A Saltmere landlord was fined 8,000 crowns on Monday. The judgment, published below by the court, "
        "criticised the Saltmere City Council's inspectors."
    ),
}


@pytest.mark.parametrize("intro", list(NEWS_INTROS))
def test_news_intro_naming_a_document_carries_none(intro: str) -> None:
    text = (
        HEAD.format(headline="News") + NEWS_INTROS[intro] + "\n\nTurnout at the last election was 31 per cent." + FOOT
    )
    assert _speakers(text).get(Decimal(31)) is None


def test_paper_paragraph_after_a_document_stays_the_papers() -> None:
    # no end marker: the paper naming the owner in the third person again ends the document (finding 4)
    after = "\n\nThe dispute with Brenwick University began in January. Some 2,600 lectures have been cancelled since."
    speakers = _speakers(_page("university", "in_full", "plain", after))
    assert speakers.get(Decimal(85)) == "Brenwick University"
    assert speakers.get(Decimal(2600)) != "Brenwick University"


def test_owner_by_a_titled_person() -> None:
    # "sent to the Association by tenant Ivy Rourke", "delivered by Finance Minister Aurel Dast" (findings 8, 9)
    for intro, owner in [
        ("The letter sent to the Saltmere Housing Association by tenant Ivy Rourke is reproduced below.", "Ivy Rourke"),
        (
            "We print the text as delivered by Finance Minister Aurel Dast at the Saltmere Chamber of Commerce "
            "on Monday.",
            "Aurel Dast",
        ),
    ]:
        text = HEAD.format(headline="In full") + intro + "\n\nMy rent has risen by 300 crowns in a year." + FOOT
        assert (_speakers(text).get(Decimal(300)) or "").endswith(owner)
