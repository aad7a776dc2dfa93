"""
Round 36 (notices): two forms of page made of separate items, each with its own issuer.

A notices page (planning applications, licensing, orders, tenders, announcements): each notice's figures are its
issuer's act, the one the item opens on ("Orlen Pallets Ltd. Erection of a 14-metre warehouse"), signs it ("Signed:
Captain Aldo Fenn, Harbour Master.") or, when the item names no one, the body its section heading in capitals names
("QUENBY WATER COMPANY - SUPPLY INTERRUPTION"); a heading that names no body ("SALE BY TENDER") gives none.

A parliamentary written question and its answer: the question's figures are its asker's, the answer's the answering
minister's (who answers for the government), the figures a body provided for the answer that body's, and a standard
stated among them no one's.

A generated matrix of made-up pages, with guards: a news story under a site menu that lists "Notices" and has
headings in capitals, a story reporting a written answer, and a notice under a heading that names no body.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from ingest.extraction import clean_text, extract

MASTHEAD = "The Quenby Herald | Home | News | Sport | Business | Notices | Jobs\nSubscribe | Sign in"


@cache
def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


# -- notices pages -----------------------------------------------------------------------------------------------------
NOTICE_HEADS = {
    "public_notices": "Public notices: planning, licensing and orders\nWeek ending 9 March 2029",
    "label_and_headline": "NOTICES\n\nOfficial notices and announcements\nThe week's notices from around the district",
    "breadcrumb": "Home > Notices > Legal notices\n\nLegal and official notices\nPublished every Friday",
}
STAMP = "Friday 9 March 2029, 07:00"
FOOTER = (
    "Family notices cost 30 crowns for up to 50 words. Notices are published as supplied.\n\n(c) 2029 Quenby Herald Ltd"
)
PLACING = "To place a notice email notices@quenbyherald.example. Notices cost from 42 crowns."
WATER = "Quenby Water Company"
COUNCIL = "Brindlemoor District Council"


def _heading(body: str, subject: str, style: str) -> str:
    body, subject = body.upper(), subject.upper()
    return {"body_first": f"{body} - {subject}", "subject_first": f"{subject} - {body}", "colon": f"{body}: {subject}"}[
        style
    ]


def _notices_page(head: str, style: str, furniture: bool) -> str:
    items = [
        _heading(WATER, "Supply interruption", style),
        "Water will be turned off in Ashgrove and Tennet Row between 22:00 on 14 March and 05:00 on 15 March while a "
        "new main is laid. About 4,200 homes will be affected.",
        _heading(COUNCIL, "Planning applications", style),
        "Ref 29/0112/FUL. Orlen Pallets Ltd. Erection of a 14-metre warehouse with a yard for 36 lorries at the "
        "former brickworks, Kiln Lane.",
        "Tova Brisk, Elm Farm, has applied for a licence to take up to 30,000 cubic metres of water a year from the "
        "River Quen for irrigation.",
        "HARBOUR OF SKELLOW - NOTICE TO MARINERS No. 4/2029",
        "The channel buoys have been moved for dredging. Vessels must keep to a speed of no more than 6 knots in the "
        "inner channel. Signed: Captain Aldo Fenn, Harbour Master.",
        "SALE BY TENDER",
        "Brisco & Hale are instructed to offer 32 hectares of grazing land at Low Quen in one lot. Guide price: "
        "450,000 crowns. Tenders close at noon on 30 March.",
    ]
    parts = [MASTHEAD, head, STAMP, *([PLACING] if furniture else []), *items]
    if furniture:
        parts.append(FOOTER)
    return "\n\n".join(parts)


NOTICE_SPEAKERS = {
    4200: WATER,
    14: "Orlen Pallets Ltd",
    36: "Orlen Pallets Ltd",
    30000: "Tova Brisk",
    6: "Aldo Fenn",
    32: "Brisco & Hale",
    450000: "Brisco & Hale",
}


@pytest.mark.parametrize("furniture", [True, False])
@pytest.mark.parametrize("style", ["body_first", "subject_first", "colon"])
@pytest.mark.parametrize("head", sorted(NOTICE_HEADS))
def test_each_notice_is_its_issuers(head: str, style: str, furniture: bool) -> None:
    speakers = _speakers(_notices_page(NOTICE_HEADS[head], style, furniture))
    for value, issuer in NOTICE_SPEAKERS.items():
        assert speakers.get(Decimal(value)) == issuer, (value, speakers)
    for price in (42, 30, 50):
        assert Decimal(price) not in speakers, (price, speakers)  # the page selling its space for notices


def test_notice_under_a_heading_naming_no_body_is_no_ones() -> None:
    # "Notice is given that ..." under "ELECTION NOTICE": the item names no issuer and its heading names no body
    page = "\n\n".join(
        [
            MASTHEAD,
            NOTICE_HEADS["public_notices"],
            STAMP,
            "ELECTION NOTICE",
            "Notice is given that a poll will be held on 22 March 2029. There are 5 candidates for the ward.",
            "ROAD CLOSURE - BRINDLEMOOR DISTRICT COUNCIL",
            "Mill Street will be closed to traffic for resurfacing. About 900 vehicles a day use the street.",
            "SALE BY AUCTION",
            "Fenn & Daughters will sell 48 lots of farm machinery at Low Quen yard.",
        ]
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(5)) is None, speakers
    assert speakers.get(Decimal(900)) == COUNCIL, speakers
    assert speakers.get(Decimal(48)) == "Fenn & Daughters", speakers


def test_news_story_with_capital_headings_is_no_notices_page() -> None:
    # a site menu that lists "Notices" over a story whose sections are headed in capitals: its figures keep the news
    # reading (a body's background told by no one is no one's)
    page = "\n\n".join(
        [
            MASTHEAD,
            "Water cut-off planned as Quenby main is replaced",
            "By Dana Orrel\n" + STAMP,
            "THE WORKS",
            "Water will be turned off in Ashgrove and Tennet Row next week while a new main is laid. About 4,200 homes "
            "will be affected.",
            "QUENBY WATER COMPANY - WHAT IT SAYS",
            "The company said the main was laid in 1931 and had burst 14 times since January.",
            "THE COST",
            "The work will cost about 2.1 million crowns, which the company will pay from its reserves.",
        ]
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(4200)) is None, speakers


def test_what_notices_cost_someone_is_a_figure() -> None:
    # not the page's price for a notice: what notices cost a body is a figure of the story's
    page = "\n\n".join(
        [
            MASTHEAD,
            "Council spends more on legal notices",
            "By Dana Orrel\n" + STAMP,
            "The council said its statutory notices cost 48,000 crowns last year, up from 31,000 the year before.",
        ]
    )
    assert Decimal(48000) in _speakers(page)


# -- written questions -------------------------------------------------------------------------------------------------
ASKER = ("Ilse", "Marrowby")
ANSWERER = ("Corin", "Ashvale")
ASKED = {
    "asked_by": "Asked by {name}",
    "tabled_by": "Tabled by {name} (Quenby East), 2 March 2029",
    "question_from": "Question from {name}",
}
ANSWERED = {
    "answered_by": "Answered by {name}, Minister for Transport",
    "answer_bracket": "Answer (Minister {name}), 9 March 2029",
    "answered_on": "Answered by Minister {name} on 9 March 2029",
}
PROVIDERS = {
    "none": "",
    "active": "The Roads Inspectorate has provided the following figures.",
    "passive": "The following figures have been provided by the Roads Inspectorate.",
}


def _written_page(asked: str, answered: str, provider: str, question_label: bool) -> str:
    parts = [
        "Quenby Parliament News | Home | Politics | Written answers\nSign in | Search",
        "Written question: bridge inspections",
        "Each week we publish selected written questions and answers from the parliamentary record.",
    ]
    if question_label:
        parts.append("Question")
    parts += [
        ASKED[asked].format(name=" ".join(ASKER)),
        "To ask the Minister for Transport how many road bridges were inspected last year. Official figures show "
        "that 38 per cent of bridges in the eastern region were not inspected on time.",
        ANSWERED[answered].format(name=" ".join(ANSWERER)),
    ]
    if PROVIDERS[provider]:
        parts.append(PROVIDERS[provider])
    parts += [
        "In 2028, 1,460 bridges were inspected, and 212 were found to need repairs.",
        "The government has set aside an additional 19 million crowns for bridge repairs this year. We have also "
        "recruited 45 new inspectors.",
        "Notes\nWritten answers are published as provided by the government.",
    ]
    return "\n\n".join(parts)


@pytest.mark.parametrize("question_label", [True, False])
@pytest.mark.parametrize("provider", sorted(PROVIDERS))
@pytest.mark.parametrize("answered", sorted(ANSWERED))
@pytest.mark.parametrize("asked", sorted(ASKED))
def test_written_question_figures(asked: str, answered: str, provider: str, question_label: bool) -> None:
    speakers = _speakers(_written_page(asked, answered, provider, question_label))
    asker, answerer = " ".join(ASKER), " ".join(ANSWERER)
    assert speakers.get(Decimal(38)) == asker, speakers
    assert speakers.get(Decimal(19000000)) == answerer, speakers
    assert speakers.get(Decimal(45)) == answerer, speakers
    provided = "Roads Inspectorate" if PROVIDERS[provider] else answerer
    assert speakers.get(Decimal(1460)) == provided, speakers


def test_story_reporting_a_written_answer_is_no_written_question() -> None:
    # a news story that reports a written answer in its own prose has no labels: its reading is the news page's
    page = "\n\n".join(
        [
            MASTHEAD,
            "Bridge repairs to get 19 million crowns",
            "By Dana Orrel\n" + STAMP,
            "The government has set aside an additional 19 million crowns for bridge repairs, the transport minister, "
            "Corin Ashvale, said in a written answer to Ilse Marrowby.",
            "Ms Marrowby said 38 per cent of bridges in the eastern region were not inspected on time.",
        ]
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(19000000)) == "Corin Ashvale", speakers
    assert speakers.get(Decimal(38)) == "Ilse Marrowby", speakers


# -- mend (findings_notices36) -----------------------------------------------------------------------------------------
def test_news_story_headlined_on_notices_is_no_notices_page() -> None:
    # finding 1, 2: a story about redundancy notices with subheads in capitals keeps its "she said"/"he said" speakers,
    # and a subhead naming a group ("THE UNION") is no issuer
    page = "\n\n".join(
        [
            "Marlby Steel issues redundancy notices",
            "By Hanne Torvik, industry reporter",
            "Tuesday 4 June 2030, 06:00",
            "Marlby Steel has begun sending notices to staff at its Quay Road works.",
            "THE JOBS",
            "Chief executive Ilse Brandt told a meeting of managers that demand had collapsed.",
            '"We will lose 900 posts by Christmas," she said.',
            "THE UNION",
            "Kaspar Holm, who leads the steelworkers' union, was angry.",
            '"Our members have given 30 years to this plant," he said. "We will ballot 2,400 of them."',
            "WHAT NEXT",
            "The company's lawyers said talks would last 45 days.",
        ]
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(900)) == "Ilse Brandt", speakers
    assert speakers.get(Decimal(30)) == "Kaspar Holm", speakers


def test_what_a_bodys_notices_cost_at_a_sentence_start_is_a_figure() -> None:
    # finding 3: "Its notices cost", "Council notices cost", "Penalty notices cost": no page selling its space
    page = "\n\n".join(
        [
            "Audit criticises Orland council spending",
            "The audit office said the council spent too much on advertising. Its notices cost 48,000 crowns last "
            "year.",
            "The notices cost 95 crowns each to print, auditor Lene Sand said.",
            "Penalty notices cost 60 crowns until now. From July they will cost 120 crowns, the council said.",
        ]
    )
    speakers = _speakers(page)
    assert Decimal(48000) in speakers and Decimal(95) in speakers and Decimal(60) in speakers, speakers


def test_second_written_question_on_a_page_is_its_own_answerers() -> None:
    # finding 4: a later label opens the next question; its answer is not the first answerer's
    page = "\n\n".join(
        [
            "Written answers, 15 September 2028",
            "Tabled by Petra Haldane (Ostwick North)",
            "To ask the Minister for Health how many paramedics were recruited. I understand 120 posts are vacant.",
            "Answered by Mireille Dunmore, Minister for Health",
            "We recruited 340 paramedics this year.",
            "Tabled by Oskar Lind (Marlby East)",
            "To ask the Minister for Roads what the bypass cost. Reports put it at 90 million crowns.",
            "Answered by Tomas Vell, Minister for Roads",
            "The bypass cost 84 million crowns.",
        ]
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(340)) == "Mireille Dunmore", speakers
    assert speakers.get(Decimal(84000000)) in (None, "Tomas Vell"), speakers


def test_reader_question_and_prose_answer_are_no_written_question() -> None:
    # finding 5: "Answer: <a sentence>" names no answerer; the sentence is no speaker
    page = "\n\n".join(
        [
            "Money clinic: your questions answered",
            "By Ruth Cavell",
            "Question from Ada Fenn, Marlby: My pension pays 1,200 crowns a month. Will it rise?",
            "Answer: The state pension rises by 4.1 per cent in April, the pensions board said. That adds about 49 "
            "crowns a month.",
        ]
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(49)) in (None, "Ruth Cavell", "pensions board"), speakers


def test_notices_page_with_no_stamp_keeps_its_headings() -> None:
    # finding 7: no byline or stamp in the head; the notices label ends it. Finding 9: a short item ("About 3,100 homes
    # will be affected.", "Guide price: 400,000 crowns.") under its heading keeps the page's headings
    page = "\n\n".join(
        [
            "Public notices",
            "ORLAND WATER COMPANY - SUPPLY INTERRUPTION",
            "Water will be turned off in Ashby between 22:00 and 05:00.",
            "About 3,100 homes will be affected.",
            "ORLAND DISTRICT COUNCIL - ROAD CLOSURE",
            "Mill Street will be closed for 6 weeks from 1 April.",
            "SALE BY TENDER",
            "Guide price: 400,000 crowns.",
        ]
    )
    assert _speakers(page).get(Decimal(3100)) == "Orland Water Company", _speakers(page)


def test_notices_page_short_items_keep_headings() -> None:
    # finding 9: with a stamp, short items under each heading
    page = "\n\n".join(
        [
            "Public notices",
            "Friday 9 March 2029, 07:00",
            "ORLAND DISTRICT COUNCIL - ROAD CLOSURES",
            "Kelby Road, Ashby, will be closed for 6 weeks from 1 April.",
            "ORLAND WATER COMPANY - SUPPLY INTERRUPTION",
            "About 3,100 homes will be affected.",
            "SALE BY TENDER",
            "Guide price: 400,000 crowns.",
        ]
    )
    assert _speakers(page).get(Decimal(3100)) == "Orland Water Company", _speakers(page)


def test_provided_figures_lead_in_ending_in_a_colon() -> None:
    # finding 8: "has provided the following figures:" as a lead-in the cleaner would drop; the figures are the body's
    page = "\n\n".join(
        [
            "Written question: ambulance response times",
            "Asked by: Petra Haldane MP",
            "To ask the Minister for Health what the average response time was. Official figures showed the average "
            "was 58 minutes.",
            "Answered by: Mireille Dunmore MP, Minister for Health",
            "The government has provided an additional 22 million crowns.",
            "The National Ambulance Service has provided the following figures:",
            "The average response time was 41 minutes in August.",
        ]
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(41)) == "National Ambulance Service", speakers
    assert speakers.get(Decimal(22000000)) == "Mireille Dunmore", speakers


def test_notices_page_with_title_case_headings() -> None:
    # finding 6: the form's common variant with its headings in title case
    page = "\n\n".join(
        [
            "Public notices",
            "Friday 9 March 2029, 07:00",
            "Orland Water Company - Supply interruption",
            "Water will be turned off in Ashby between 22:00 and 05:00. About 3,100 homes will be affected.",
            "Orland District Council - Planning applications",
            "Ref 29/0112/FUL. Kettle Pallets Ltd. Erection of a 12-metre warehouse with a yard for 30 lorries.",
            "Sale by tender",
            "Brisco & Hale are instructed to offer 28 hectares of land. Guide price: 400,000 crowns.",
        ]
    )
    speakers = _speakers(page)
    assert speakers.get(Decimal(3100)) == "Orland Water Company", speakers
    assert speakers.get(Decimal(30)) == "Kettle Pallets Ltd", speakers
