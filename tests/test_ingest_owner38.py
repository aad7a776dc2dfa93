"""
A body's own document published as its page, in its voice with no sign-off: a situation report, an intelligence
update, a committee's report. Its heading names the kind of document and the body stands on that line or on a line of
its own beside it; the figures the document gives without a reporting verb are the body's (ingest.cleaning
.OWN_DOCUMENT_KIND), as a press release's are its issuer's. A news story about such a document is the paper's.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

MENU = "Brindlemoor Portal | Reports | Maps | Funding | Contact"

# (the heading, the body's line beside it or None, the body, where the body's line stands)
HEADS = [
    ("Harl Valley Floods - Situation Report No. 4", "Marrow Relief Coordination Office (MRCO)", "below"),
    ("Harl Valley Floods: Flash Update No. 2", "Marrow Relief Coordination Office", "below"),
    ("Marrow Relief Coordination Office, Situation Report No. 7", None, "same"),
    ("Marrow Relief Coordination Office - Weekly Bulletin, 3 March", None, "same"),
    ("Defence Intelligence update: Ostren border, 4 May 2031", "From: Ministry of Defence", "below"),
    ("Intelligence assessment: Ostren border, 4 May 2031", "Published by the Ministry of Defence", "below"),
    ("Harl Valley Floods - Sitrep 12", "Marrow Relief Coordination Office", "above"),
    ("Petitions Committee, Second Report of Session 2030-31", None, "same"),
    ("Harl Valley Floods daily update, 9 June", "Issued by: Marrow Relief Coordination Office", "below"),
]
OWNERS = {
    "Marrow Relief Coordination Office": "Marrow Relief Coordination Office",
    "Ministry of Defence": "Ministry of Defence",
    "Petitions Committee": "Petitions Committee",
}
# (the paragraph, the figure, in a unit), none with a reporting verb
BODIES = [
    ("An additional 3,400 family tents are needed before the rains return in October.", "3400"),
    ("Water trucking has been increased to eleven trips a day across the three camps.", "11"),
    ("About 27 per cent of new arrivals are children under the age of five, and most walked.", "27"),
    ("The force near the border now numbers around 5,200 personnel, supported by artillery.", "5200"),
]


def _owner_of(heading: str, beside: str | None, place: str) -> str:
    if place == "same":
        return next(body for body in OWNERS if heading.startswith(body))
    return next(body for body in OWNERS if beside is not None and body in beside)


def _page(heading: str, beside: str | None, place: str, paragraphs: list[str]) -> str:
    head = [MENU, "Home > Publications"]
    if place == "above" and beside is not None:
        head.append(beside)
    head.append(heading)
    if place == "below" and beside is not None:
        head.append(beside)
    head.append("Reporting period: 1-3 March 2031")
    return "\n".join(head) + "\n\n" + "\n\n".join(paragraphs) + "\n\nContact | Privacy | Cookies\n"


def _speakers(page: str) -> dict[Decimal, str | None]:
    text = clean_text(page)
    return {m.value: m.speaker for m in extract(text) if m.value is not None}


@pytest.mark.parametrize("heading,beside,place", HEADS)
@pytest.mark.parametrize("paragraph,value", BODIES)
def test_a_bodys_own_document_gives_its_unreported_figures_to_the_body(heading, beside, place, paragraph, value):
    page = _page(heading, beside, place, [paragraph, "The next report will be issued on Friday."])
    assert _speakers(page).get(Decimal(value)) == OWNERS[_owner_of(heading, beside, place)]


@pytest.mark.parametrize("heading,beside,place", HEADS)
def test_a_figure_its_sentence_gives_to_another_stays_theirs(heading, beside, place):
    paragraphs = [
        "An additional 3,400 family tents are needed before the rains return in October.",
        "The Harl Red Cross reports that 14 of its volunteers were injured on Tuesday.",
    ]
    speakers = _speakers(_page(heading, beside, place, paragraphs))
    assert speakers.get(Decimal("14")) == "Harl Red Cross"


# -- near misses: the paper's story about a document, a link or a menu naming the kind, a kind with no body beside it


def test_a_news_story_under_its_byline_about_a_situation_report_is_not_the_bodys():
    page = (
        "THE HARL COURIER\nNews | Sport | Opinion\n\nAid agencies' situation report warns of a hard winter\n"
        "By Edda Lorne\n12 March 2031\n\n"
        "An additional 3,400 family tents are needed before the rains return in October.\n"
    )
    assert _speakers(page).get(Decimal("3400")) is None


def test_a_signup_line_naming_a_daily_briefing_is_no_heading():
    page = (
        "THE HARL COURIER\nSign up for our daily briefing\nMarrow Relief Coordination Office\n\n"
        "An additional 3,400 family tents are needed before the rains return in October.\n"
    )
    assert _speakers(page).get(Decimal("3400")) is None


def test_a_link_to_a_situation_report_is_no_heading():
    page = (
        "THE HARL COURIER\nRelated: Situation report No. 3\nMarrow Relief Coordination Office\n\n"
        "An additional 3,400 family tents are needed before the rains return in October.\n"
    )
    assert _speakers(page).get(Decimal("3400")) is None


def test_a_situation_report_heading_with_no_body_beside_it_names_no_one():
    page = (
        "Harl Valley Floods - Situation Report No. 4\nReporting period: 1-3 March 2031\nHarl river basin\n\n"
        "An additional 3,400 family tents are needed before the rains return in October.\n"
    )
    assert _speakers(page).get(Decimal("3400")) is None


def test_an_ordinary_news_page_is_unchanged():
    page = (
        "THE HARL COURIER\nNews | Sport\n\nTents run short in the valley camps\n\n"
        "An additional 3,400 family tents are needed before the rains return in October.\n"
    )
    assert _speakers(page).get(Decimal("3400")) is None


# -- a text several parties issue jointly: its figures no sentence gives to one side are theirs together

JOINT_HEADS = [
    (
        "Joint Communique of the Republic of Arden and the Republic of Vell",
        "Republic of Arden and the Republic of Vell",
    ),
    (
        "Joint Statement by the Kingdom of Orsa and the Republic of Vell, 4 May",
        "Kingdom of Orsa and the Republic of Vell",
    ),
    (
        "Joint Declaration between Harl County Council and Vell District Council",
        "Harl County Council and Vell District Council",
    ),
]
JOINT_BODIES = [
    ("The two sides agreed that Vell will contribute 12 million dunars to the cost of the new bridge.", "12000000"),
    ("The two sides agreed to open a second crossing point within 14 days of signing.", "14"),
    ("The Parties shall deploy at least 300 monitors along the river road.", "300"),
]


@pytest.mark.parametrize("heading,parties", JOINT_HEADS)
@pytest.mark.parametrize("paragraph,value", JOINT_BODIES)
def test_a_joint_texts_figures_are_its_parties_together(heading, parties, paragraph, value):
    page = (
        f"MINISTRY OF FOREIGN AFFAIRS\nHome | Press | Documents\n\n{heading}\nOstabel, 18 May 2031\n\n"
        f"1. The ministers met in Ostabel on 18 May.\n\n2. {paragraph}\n\nDone at Ostabel in two languages.\n"
    )
    assert _speakers(page).get(Decimal(value)) == parties


def test_a_news_story_under_its_byline_about_a_joint_statement_is_not_the_parties():
    page = (
        "THE HARL COURIER\nNews | Sport\n\nJoint Statement by the Republic of Arden and the Republic of Vell\n"
        "By Edda Lorne\n\nThe two sides agreed to open a second crossing point within 14 days of signing.\n"
    )
    assert _speakers(page).get(Decimal("14")) is None


# -- a report a news page prints under its body's name in capitals, over the report's title and labels

BODY_HEADINGS = [
    ("MARLOW VALE DISTRICT COUNCIL", "Marlow Vale District Council"),
    ("ORSETT SCHOOLS INSPECTORATE", "Orsett Schools Inspectorate"),
    ("KELSO HARBOUR AUTHORITY", "Kelso Harbour Authority"),
]
TITLES = [
    ["Inspection of Brook Lane Primary School, Harl", "Inspection dates: 7 and 8 October 2030"],
    # (a report whose labels name its author is the author's: tests/test_ingest_minutes39.py)
    ["HOUSING COMMITTEE - 9 MARCH 2031", "AGENDA ITEM 7", "Wards affected: all"],
    ["Annual review of moorings", "Reference: KHA/2031/04", "Status: for decision"],
]
REPORT_PARAGRAPHS = [
    ("The service has an annual budget of 2.6 million crowns, of which 410,000 crowns must be saved.", "2600000"),
    ("Attendance across the five sites averaged 1,240 visits a week last year, down from 1,730.", "1240"),
    ("About 37 per cent of the places were empty on the night of the count in November.", "37"),
]


def _carried_report(heading: str, title: list[str], paragraphs: list[str], after: list[str]) -> str:
    return "\n".join(
        [
            "THE HARL COURIER",
            "Home | News | Council | Sport",
            "",
            "Read the report: what the council will decide on Monday",
            "Councillors meet on Monday. This is the report they will consider, as the body published it.",
            "",
            "By Edda Lorne",
            "Thursday 5 March 2031, 18:30",
            "",
            heading,
            *title,
            "",
            "\n\n".join(paragraphs),
            "",
            "\n\n".join(after),
            "",
            "Share: Email | X",
        ]
    )


@pytest.mark.parametrize("heading,body", BODY_HEADINGS)
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("paragraph,value", REPORT_PARAGRAPHS)
def test_a_report_printed_under_its_bodys_name_in_capitals_is_the_bodys(heading, body, title, paragraph, value):
    page = _carried_report(heading, title, ["The purpose of this report is to set out the options.", paragraph], [])
    assert _speakers(page).get(Decimal(value)) == body


@pytest.mark.parametrize("heading,body", BODY_HEADINGS)
def test_a_figure_the_report_gives_to_another_stays_theirs(heading, body):
    paragraph = "Harl Police told officers that reports of damage near the site rose by 18 per cent last year."
    page = _carried_report(heading, TITLES[1], [REPORT_PARAGRAPHS[0][0], paragraph], [])
    assert _speakers(page).get(Decimal("18")) == "Harl Police"


@pytest.mark.parametrize("heading,body", BODY_HEADINGS)
def test_the_papers_note_after_the_report_is_not_the_bodys(heading, body):
    after = ["Our analysis: the Courier found 64 empty flats on the estate last week."]
    page = _carried_report(heading, TITLES[0], [REPORT_PARAGRAPHS[0][0]], after)
    assert _speakers(page).get(Decimal("64")) != body


@pytest.mark.parametrize("heading,body", BODY_HEADINGS)
def test_the_response_the_paper_reports_after_the_report_is_the_responders(heading, body):
    after = ["The head teacher, Ada Roe, said the school had since trained 14 of its 16 teaching staff."]
    page = _carried_report(heading, TITLES[0], [REPORT_PARAGRAPHS[0][0]], after)
    assert _speakers(page).get(Decimal("16")) == "Ada Roe"


def test_a_crosshead_naming_the_council_is_no_bodys_report():
    page = _carried_report("THE COUNCIL", TITLES[0], [REPORT_PARAGRAPHS[0][0]], [])
    assert _speakers(page).get(Decimal("2600000")) is None


def test_a_bodys_name_in_capitals_straight_over_prose_is_the_papers_crosshead():
    page = _carried_report("MARLOW VALE DISTRICT COUNCIL", [], [REPORT_PARAGRAPHS[0][0]], [])
    assert _speakers(page).get(Decimal("2600000")) is None


def test_a_bodys_minutes_are_in_the_voices_they_record_not_the_bodys():
    title = ["Minutes of the meeting of the Board held in public on 4 March 2031", "Present: Ada Roe (Chair)"]
    page = _carried_report("MARLOW VALE HEALTH BOARD", title, [REPORT_PARAGRAPHS[0][0]], [])
    assert _speakers(page).get(Decimal("2600000")) is None


# -- news pages the rules must leave alone: a heading that only names a body's document, with none of its own form


@pytest.mark.parametrize(
    "head",
    [
        # a section label ending in a body word over a news headline naming a weekly update
        "THE HARL COURIER\nLocal Government\nCouncil weekly update: bins go fortnightly",
        # a news headline naming a body's bulletin or briefing, no byline
        "THE HARL COURIER\nNews | Health\n\nNational Health Service weekly bulletin: waiting lists grow again",
        "THE HARL COURIER\nNews | Health\n\nScottish Government daily briefing: hospital admissions fall",
        # a story about a situation report
        "Harl Evening Post\nNews | World\n\nUN Refugee Agency situation report warns of tent shortage\nPosted 4 May",
        # an outlet whose name ends in a body word, straight above a "Situation report" headline
        "Kessel News Service\nSituation report: Harl floods, day three",
    ],
)
def test_a_news_headline_naming_a_bodys_document_gives_the_page_to_no_body(head):
    page = f"{head}\n\nAbout 40,000 households will get fortnightly collections from June.\n"
    assert _speakers(page).get(Decimal("40000")) is None


def test_an_outlets_name_over_a_numbered_situation_report_is_no_issuer():
    page = "Kessel News Service\nSituation report No. 3\n\nAbout 40,000 people have left their homes since Monday.\n"
    assert _speakers(page).get(Decimal("40000")) is None


def test_a_story_about_a_situation_report_keeps_its_other_sources_and_its_masthead():
    page = (
        "Harl Evening Post\nNews | World\n\nUN Refugee Agency situation report warns of tent shortage\nPosted 4 May\n\n"
        "The agency says 3,400 tents are needed. Aid workers on the ground put the figure nearer 5,000.\n\n"
        "The Post counted 60 families sleeping in the open on Tuesday.\n"
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal("5000")) != "UN Refugee Agency"
    assert speakers.get(Decimal("60")) in (None, "Harl Evening Post")


@pytest.mark.parametrize(
    "under",
    [
        "Posted 4 May\nUpdated 5 May\nReading time: 3 minutes\nBy Edda Lorne",
        "Posted 4 May\n\nThe two neighbours will open a second crossing within 14 days, diplomats expect.",
        "Updated 5 May 2031, 10:40",
    ],
)
def test_a_news_page_headed_by_a_joint_statements_title_is_not_the_parties(under):
    page = (
        "Harl Evening Post\nNews | World\n\nJoint Statement by the Republic of Arden and the Republic of Vell\n"
        f"{under}\n\nAnalysts believe as many as 3,000 people a day could cross.\n"
    )
    assert _speakers(page).get(Decimal("3000")) != "Republic of Arden and the Republic of Vell"


@pytest.mark.parametrize(
    "crosshead,subhead",
    [
        ("ENVIRONMENT AGENCY", "Response: what happens next"),
        ("HARL DISTRICT COUNCIL", "At a glance"),
        ("KELSO HARBOUR AUTHORITY", "What the authority does"),
    ],
)
def test_the_papers_crosshead_naming_a_body_over_one_subhead_is_no_bodys_document(crosshead, subhead):
    page = (
        "THE HARL COURIER\nHome | News\n\nFlood defences fail again\n\nBy Edda Lorne\n\n"
        "Most of the town flooded on Sunday, its leader said on Monday.\n\n"
        f"{crosshead}\n{subhead}\n\nThe body employs 1,900 people and runs 14 libraries.\n"
    )
    assert _speakers(page).get(Decimal("1900")) is None


@pytest.mark.parametrize("heading,body", BODY_HEADINGS)
def test_the_papers_own_finding_after_the_report_is_not_the_bodys(heading, body):
    after = ["The Courier understands 300 homes will be surveyed this week."]
    page = _carried_report(heading, TITLES[0], [REPORT_PARAGRAPHS[0][0]], after)
    assert _speakers(page).get(Decimal("300")) != body


@pytest.mark.parametrize("heading,body", BODY_HEADINGS)
def test_a_response_with_an_appositive_ends_the_report(heading, body):
    after = [
        "Ms Roe, the head teacher, said the school had improved since.",
        "The school, which has 420 pupils, opened in 1998 on the site of a mill.",
    ]
    page = _carried_report(heading, TITLES[0], [REPORT_PARAGRAPHS[0][0]], after)
    assert _speakers(page).get(Decimal("420")) is None
