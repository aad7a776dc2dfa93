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


# -- mended findings (findings_documents36.md): where a header block or a numbering is no document, or where it ends ---

MEMO_INTRO = (
    "Leaked memo shows hospital faces winter beds shortfall\n\nBy Idris Callow, Health Correspondent\n\n"
    "The memo below was sent by the trust's chief operating officer to ward managers last week.\n\n"
)
MEMO_BODY = (
    "\n\nWe expect to be 80 beds short at the peak of winter if admissions follow last year's pattern.\n\n"
    "I am asking every ward to release 2 nurses to the escalation wards from December.\n\nDelphine\n\n"
    "The trust declined to comment on the memo."
)


def test_a_memo_with_no_sign_off_does_not_take_the_papers_paragraphs_after_it():
    # finding 1
    page = (
        MEMO_INTRO + "From: Delphine Ashgrove, Chief Operating Officer\nTo: Ward managers\nSubject: Winter planning\n\n"
        "We expect to be 80 beds short at the peak of winter if admissions follow last year's pattern.\n\n"
        "I am asking every ward to release two nurses to the escalation wards from December.\n\n"
        "The trust runs 1,150 beds across two sites and employs about 7,000 staff.\n\n"
        "Unison's regional organiser, Brann Tolley, said nurses were already working 12-hour shifts without breaks."
    )
    speakers = _mentions(page)
    assert speakers[Decimal(80)] == "Delphine Ashgrove"
    assert speakers[Decimal(1150)] != "Delphine Ashgrove"
    assert speakers[Decimal(7000)] != "Delphine Ashgrove"


def test_a_transfer_round_ups_from_and_to_clubs_are_no_senders():
    # finding 2
    page = (
        "Deadline day: every deal done\n\nBy Rhys Amberley\n\n"
        "It was a busy deadline day in the league, with clubs spending heavily in the final hours.\n\n"
        "Kofi Alder\nFrom: Harbury Town\nTo: Castleford Rovers\nFee: 2 million pounds\n\n"
        "The winger scored 14 goals last season and has signed a four-year contract.\n\n"
        "Matti Rusk\nFrom: Castleford Rovers\nTo: Dunmore City\n\n"
        "The defender made 120 appearances for Rovers. His manager said he was sad to see him go."
    )
    speakers = _mentions(page)
    assert speakers[Decimal(14)] != "Harbury Town"
    assert speakers[Decimal(120)] != "Castleford Rovers"


def test_a_columnists_paragraphs_after_a_quoted_memo_stay_the_columnists():
    # finding 3
    page = (
        "Opinion: the council's secret memo says it all\n\nBy Gideon Threlkeld, Columnist\n\n"
        "I have seen many council memos in my 20 years writing this column, but none like this.\n\n"
        "From: Fenella Grout, Director of Finance\nTo: All heads of service\nDate: 3 May 2031\n\n"
        "We must find 8 million pounds of savings by the end of the year, and every service will be asked to cut by "
        "6 per cent.\n\n"
        "I think the director is right to be worried. I counted 14 empty council buildings on my walk to work this "
        "week.\n\nI would sell half of them tomorrow and save the libraries."
    )
    speakers = _mentions(page)
    assert speakers[Decimal(14)] != "Fenella Grout"
    assert speakers[Decimal(50)] != "Fenella Grout"
    column = (
        "Your money: my refund took 11 weeks\n\nBy Marnie Quell\n\n"
        "I get dozens of letters each week about delayed refunds, and this one is typical.\n\n"
        "From: Osric Penhallow\nTo: Your Money\n\n"
        "I contacted Sunvale and the company said it had been dealing with 3,000 cancellations at once.\n\n"
        "In my experience, firms that take more than 30 days to pay are breaking their own terms. I have seen this "
        "happen to 40 readers this year alone."
    )
    speakers = _mentions(column)
    assert speakers[Decimal(30)] != "Osric Penhallow"
    assert speakers[Decimal(40)] != "Osric Penhallow"


def test_a_numbered_documents_last_section_does_not_take_the_papers_reaction():
    # finding 4
    page = (
        "The city council's transport team published the following summary of its consultation on Friday.\n\n"
        "1. Overview\nThe consultation ran for eight weeks and received 2,140 responses from residents.\n\n"
        "2. Who responded\nMost responses came from people living within a mile of the proposed lanes.\n\n"
        "3. Next steps\nThe council will put a revised scheme to its cabinet in the autumn.\n\n"
        "Shopkeepers on Quarry Road said trade had already fallen by 20 per cent since the roadworks began.\n\n"
        "The road carries about 14,000 vehicles a day, according to the paper's own count last year."
    )
    speakers = _mentions(page)
    assert speakers[Decimal(2140)] == "city council"
    assert speakers[Decimal(14000)] != "city council"


def test_an_email_this_article_form_is_no_document():
    # finding 5
    page = (
        "Rail fares to rise 6 per cent\n\nBy Tamsin Orrel\n\n"
        "Rail fares will rise by 6 per cent in March, the Transport Department said on Wednesday.\n\n"
        "Email this article\nTo: Enter recipient's address\nFrom: Your name\nMessage: optional\n\n"
        "Passenger groups said commuters on the Wexford line already paid 4,200 pounds a year for a season ticket.\n\n"
        "The railway carries 80,000 passengers a day on its busiest routes."
    )
    assert _mentions(page)[Decimal(80000)] != "Your name"


def test_a_travel_pieces_flight_box_is_no_document():
    # finding 6
    page = (
        "Three days in Valmora\n\nBy Iona Brisk\n\n"
        "Valmora has become one of the most popular city breaks in the region, with visitor numbers up sharply.\n\n"
        "From: Leeds Bradford\nTo: Valmora International\nDate: daily in summer\n\n"
        "Flights take about two and a half hours and return fares start at 89 pounds if you book early.\n\n"
        "The old town has more than 40 churches, and the cathedral alone draws 2 million visitors a year."
    )
    speakers = _mentions(page)
    assert speakers[Decimal(89)] != "Leeds Bradford"
    assert speakers[Decimal(40)] != "Leeds Bradford"


def test_date_lines_are_no_numbered_headings():
    # finding 7
    page = (
        "The health board has published the following figures on staffing at the unit.\n\n"
        "Midwife vacancies stood at 31 in January, against a workforce of 140.\n\n"
        "12 March 2030\nA mother's complaint led inspectors to visit, and they found 9 shifts a week were short.\n\n"
        "9 June 2030\nThe unit was closed to new admissions for two weeks after 3 senior midwives resigned.\n\n"
        "21 January 2031\nThe paper revealed that 46 families had lodged complaints, and a review was ordered."
    )
    speakers = _mentions(page)
    assert speakers[Decimal(9)] != "health board"
    assert speakers[Decimal(3)] != "health board"


def test_a_team_of_a_body_is_the_bodys():
    # finding 8
    page = (
        "Emails released under freedom of information show Pelham Water was told about the burst main in March.\n\n"
        "From: Customer Services, Pelham Water\nTo: Ada Rowntree\n\n"
        "Thank you for your report. Our engineers will visit within 5 working days.\n\n---\n\n"
        "Ms Rowntree said no engineer came for 11 weeks."
    )
    assert _mentions(page)[Decimal(5)] == "Pelham Water"


@pytest.mark.parametrize(
    "header",
    [
        "From: Delphine Ashgrove\nSent: 14 November 2031 09:12\nTo: Ward managers\nSubject: Winter planning",
        "FROM: Delphine Ashgrove, Chief Operating Officer\nTO: Ward managers\nSUBJECT: Winter planning",
    ],
)
def test_a_memo_as_a_mail_client_prints_it_is_its_senders(header):
    # findings 9 and 10
    speakers = _mentions(MEMO_INTRO + header + MEMO_BODY)
    assert speakers[Decimal(80)] == "Delphine Ashgrove"
    assert speakers[Decimal(2)] == "Delphine Ashgrove"


def test_footnotes_on_a_court_page_are_no_judgment():
    # finding 11
    page = (
        "A landlord who let 14 damp flats in Corvane was fined at Corvane Crown Court on Thursday.\n\n"
        "Judge Alaric Penrose said the tenants had lived with black mould for years.\n\n"
        "[1] Figures from the Corvane Housing Survey 2030, which found 9 per cent of rented homes had serious damp.\n"
        "[2] The national average is 4 per cent, according to the Office for Housing Statistics."
    )
    assert _mentions(page)[Decimal(9)] != "Alaric Penrose"
