"""
A document a news page prints whole under its short introduction, known by its header block or its numbering, speaks
in its author's voice: a memo's or a letter's figures are the one it is "From:" (and its "I" and "we" are theirs, no
column of the paper's byline), a judgment's numbered paragraphs ("[12] ...") are the judge's but for what they say
a party told the court, and the paper's introduction and what follows the document are the paper's.
"""

from decimal import Decimal
from itertools import product

import pytest

from ingest.extraction import clean_text, extract

HEAD = (
    "THE BRACKWATER HERALD | herald.qx\n"
    "News | Business | Transport | Opinion\n"
    "News > Transport\n\n"
    "Leaked: ferry refit is running months late\n"
    "The finance director warned the chair in writing\n\n"
    "By Sela Mortimer, Transport Reporter\n"
    "Tuesday 4 March 2031, 07:10\n"
    "Share | Email | Print\n\n"
)
FOOT = "\n\nRelated\n- Brackwater Ferries timetable cut\n\n(c) 2031 Brackwater Herald Ltd\nCookies: Accept | Settings\n"
INTRODUCTION = (
    "The note below was sent last week by the finance director of Brackwater Ferries, Oriel Maddox, to the "
    "chair of its board. We print it in full.\n\n"
    "A spokesman for Brackwater Ferries said the company would not comment on a leaked document.\n\n"
)
SENDER = "From: Oriel Maddox, Finance Director, Brackwater Ferries"
RECIPIENT = "To: Tobin Earle, Chair"
EXTRA_LINES = {
    "none": [],
    "dated": ["Date: 26 February 2031"],
    "subject": ["Date: 26 February 2031", "Subject: Refit of the Gull and the Tern"],
    "re_ref": ["Re: Refit programme", "Ref: BF/FD/112"],
    "cc": ["Cc: Board members", "Date: 26 February 2031"],
}
GREETINGS = {"none": "", "first_name": "Tobin,\n", "dear": "Dear Mr Earle,\n"}
SIGN_OFFS = {
    "first_name": "\nOriel",
    "yours": "\nYours sincerely,\nOriel Maddox",
    "rule": "\n---",
}
PARAGRAPHS = [
    "I have looked again at the refit figures before the board meets next week.",
    "We are 14 weeks behind the refit schedule on the Gull, and the Tern has not yet gone into dry dock.",
    "I need 25 more engineers on the yard over the spring if we are to sail in June.",
]
AFTER = (
    '\n\nThe chair, Tobin Earle, said the board had not discussed the note. "We carry 9,000 passengers a day '
    'and they come first," he said.'
)


def _mentions(text: str) -> dict[Decimal | None, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def _memo(order: str, extra: str, greeting: str, sign_off: str, numbered: bool, furniture: bool) -> str:
    header = [SENDER, RECIPIENT] if order == "from_first" else [RECIPIENT, SENDER]
    header = [*header, *EXTRA_LINES[extra]] if extra != "cc" else [header[0], *EXTRA_LINES[extra], header[1]]
    body = [f"{n}. {p}" if numbered else p for n, p in enumerate(PARAGRAPHS, start=1)]
    page = (
        INTRODUCTION
        + "\n".join(header)
        + "\n\n"
        + GREETINGS[greeting]
        + "\n".join(body)
        + "\n"
        + SIGN_OFFS[sign_off]
        + AFTER
    )
    return HEAD + page + FOOT if furniture else page


MEMO_CELLS = list(product(["from_first", "to_first"], EXTRA_LINES, GREETINGS, SIGN_OFFS, [True, False], [True, False]))


@pytest.mark.parametrize(("order", "extra", "greeting", "sign_off", "numbered", "furniture"), MEMO_CELLS)
def test_a_memo_printed_whole_is_its_senders(order, extra, greeting, sign_off, numbered, furniture):
    speakers = _mentions(_memo(order, extra, greeting, sign_off, numbered, furniture))
    assert speakers[Decimal(14)] == "Oriel Maddox"
    assert speakers[Decimal(25)] == "Oriel Maddox"
    # what follows the document is the paper's again, its quotation its speaker's
    assert speakers[Decimal(9000)] == "Tobin Earle"


LETTER_ONE = (
    "From: Halsey Quarrender, Director, Office of the Water Ombudsman\n"
    "To: Mirela Stroud, Chief Executive, Fenmoor Water\n"
    "Date: 2 May 2031\n\n"
    "Dear Ms Stroud,\n"
    "I am writing about the handling of billing complaints. My office has received 340 complaints about your "
    "company since January.\n"
    "Yours sincerely,\n"
    "Halsey Quarrender\n\n"
)
LETTER_TWO = (
    "From: Mirela Stroud, Chief Executive, Fenmoor Water\n"
    "To: Halsey Quarrender, Director, Office of the Water Ombudsman\n"
    "Date: 16 May 2031\n\n"
    "Dear Mr Quarrender,\n"
    "Thank you for your letter. We answered 96 per cent of billing complaints within ten working days last year.\n"
    "Yours sincerely,\n"
    "Mirela Stroud\n"
)


@pytest.mark.parametrize(("between", "furniture"), list(product([True, False], [True, False])))
def test_letters_printed_one_after_another_are_each_their_senders(between, furniture):
    introduction = (
        "The Assembly's Utilities Committee has published the correspondence. The letters below are printed as "
        "sent.\n\n"
    )
    link = "The company replied two weeks later:\n\n" if between else ""
    page = introduction + LETTER_ONE + link + LETTER_TWO + "\nThe committee will hear from both in June."
    speakers = _mentions(HEAD + page + FOOT if furniture else page)
    assert speakers[Decimal(340)] == "Halsey Quarrender"
    assert speakers[Decimal(96)] == "Mirela Stroud"


JUDGES = ["Judge Perpetua Vennick", "His Honour Judge Perpetua Vennick", "District Judge Perpetua Vennick"]


@pytest.mark.parametrize(("judge", "between", "furniture"), list(product(JUDGES, [True, False], [True, False])))
def test_a_judgments_numbered_paragraphs_are_the_judges(judge, between, furniture):
    page = (
        "A landlord has been ordered to pay a former tenant for a broken boiler. Below are extracts from the "
        f"judgment of {judge}, handed down at Tollbridge County Court on Friday.\n\n"
        "[21] The claimant, Mr Anselm Drey, went without heating for most of the winter, and I accept his account.\n\n"
        + ("The landlord had argued that the boiler was new.\n\n" if between else "")
        + "[22] I assess damages at 30 per cent of the rent paid over the period.\n\n"
        "[23] The defendant must replace the boiler within 28 days of this order.\n\n"
        'Mr Drey said outside court: "I wrote to them 12 times."'
    )
    speakers = _mentions(HEAD + page + FOOT if furniture else page)
    assert speakers[Decimal(30)] == "Perpetua Vennick"
    assert speakers[Decimal(28)] == "Perpetua Vennick"
    assert speakers[Decimal(12)] == "Anselm Drey"


# -- near misses: pages that look like the form but are not, which keep their reading ----------------------------------


def test_an_email_newsletters_own_header_is_no_document_it_prints():
    page = (
        "From: The Brackwater Herald <news@herald.qx>\n"
        "Subject: This week: ferries and fares\n"
        "Date: Friday 7 March 2031\n\n"
        "Good morning. The ferry company carried 2.1 million passengers last year, its annual report says.\n\n"
        "Brackwater Ferries said fares would rise by 4 per cent in April."
    )
    speakers = _mentions(page)
    assert speakers[Decimal(4)] == "Brackwater Ferries"


def test_a_from_line_with_no_to_line_is_no_memo():
    page = (
        "Ferry refit grants extended to 12 more vessels\n"
        "From: Department for Ports and Shipping\n"
        "Published 3 March 2031\n\n"
        "The refit grant scheme will be extended to a further 12 vessels, the department announced today. "
        'Ports minister Jory Callan said: "We will spend 40 million korbs on it."'
    )
    speakers = _mentions(page)
    assert speakers[Decimal(40000000)] == "Jory Callan"


def test_a_columnists_own_first_person_stays_theirs():
    page = (
        "THE BRACKWATER HERALD | herald.qx\nNews | Opinion\n\nThe ferry has lost its way\n\n"
        "By Sela Mortimer\nTuesday 4 March 2031\n\n"
        "I have sailed on the Gull for twenty years. I counted 40 empty seats on Monday's crossing.\n\n"
        "My own view is that the company has lost its way. The company now runs 14 sailings a day, down from 20."
    )
    speakers = _mentions(page)
    assert speakers[Decimal(14)] == "Sela Mortimer"


def test_numbered_paragraphs_with_no_judge_named_are_not_a_judgment():
    page = (
        "The ferry company set out its plan on Monday.\n\n"
        "[1] The company will carry 9,000 passengers a day by June.\n\n"
        "[2] It will cut fares by 5 per cent for residents."
    )
    speakers = _mentions(page)
    assert speakers[Decimal(5)] != "Perpetua Vennick"


INTRODUCERS = {
    "Tessford Harbour Board": "Tessford Harbour Board has published the following summary of the responses.",
    "district council": "The district council's planning team published the following summary on Monday evening.",
    "Harlow Vale Trust": "The Harlow Vale Trust issued the report below to its members last week.",
}
HEADING_STYLES = {"stopped": "{n}. {title}", "bare": "{n} {title}"}
SECTIONS = [
    ("Overview", "The consultation ran for eight weeks and received 1,460 responses."),
    ("Main concerns", "Noise at night was the concern raised most often, in 388 responses."),
    ("Cost", "The estimated cost of the new quay is 7.4 million korbs, most of it from a national grant."),
    ("Next steps", "The revised plan keeps 46 berths for fishing boats on the quay."),
]


def _numbered(owner: str, style: str, reaction_heading: bool, furniture: bool) -> str:
    sections = "\n".join(
        f"{HEADING_STYLES[style].format(n=n, title=title)}\n{paragraph}"
        for n, (title, paragraph) in enumerate(SECTIONS, start=1)
    )
    page = (
        INTRODUCERS[owner]
        + " It goes to a vote in July.\n\n"
        + "NEW QUAY AT TESSFORD\nSUMMARY OF CONSULTATION RESPONSES\n\n"
        + sections
        + ("\n\nReaction" if reaction_heading else "")
        + '\n\nIlsa Brennock, who chairs the Quayside Residents, said the plan was rushed. "We collected 2,300 '
        'signatures in a week," she said.'
    )
    return HEAD + page + FOOT if furniture else page


@pytest.mark.parametrize(
    ("owner", "style", "reaction_heading", "furniture"),
    list(product(INTRODUCERS, HEADING_STYLES, [True, False], [True, False])),
)
def test_a_bodys_document_in_numbered_sections_is_the_bodys(owner, style, reaction_heading, furniture):
    speakers = _mentions(_numbered(owner, style, reaction_heading, furniture))
    assert speakers[Decimal(1460)] == owner
    assert speakers[Decimal(388)] == owner
    assert speakers[Decimal(7400000)] == owner
    assert speakers[Decimal(46)] == owner
    assert speakers[Decimal(2300)] == "Ilsa Brennock"


def test_a_most_read_boxs_numbered_headlines_are_no_document():
    page = (
        "The harbour board said the quay would cost 7.4 million korbs.\n\n"
        "Most read\n"
        "1. Tessford ferry fares to rise\n"
        "2. Harbour board chief steps down\n"
        "3. Quay plan draws 1,460 responses\n"
    )
    speakers = _mentions(page)
    assert speakers[Decimal(7400000)] == "harbour board"
    assert Decimal(1) not in speakers
