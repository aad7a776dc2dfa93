"""
A body's meeting papers printed on a news page: an officer's report under the body's name in capitals, whose labels
say which officer wrote it ("Report of the Harbourmaster (Captain Ada Roe)"), and a meeting's minutes, which name
each speaker by name or by office ("The Treasurer reported that ...", "The fundraising director proposed ...").
The report's figures are the officer's (the body is only where it goes); in minutes an office the page tied to no
name speaks for itself, and "she said" in a minuted item is the officer that item minuted.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speakers(page: str) -> dict[Decimal, str | None]:
    text = clean_text(page)
    return {m.value: m.speaker for m in extract(text) if m.value is not None}


# -- an officer's report under its body's name in capitals, its labels naming the officer who wrote it

# (the body's name in capitals, as the page's text names it)
BODIES = [
    ("KELSO HARBOUR BOARD", "Kelso Harbour Board"),
    ("MARLOW VALE DISTRICT COUNCIL", "Marlow Vale District Council"),
    ("ORSETT WATER AUTHORITY", "Orsett Water Authority"),
]
# (the author's label, the officer it names)
AUTHORS = [
    ("Report of the Harbourmaster (Captain Ada Roe)", "Ada Roe"),
    ("Report of: Director of Housing (Tomas Brink)", "Tomas Brink"),
    ("Report by: Mirren Holt, Operations Manager", "Mirren Holt"),
    ("Prepared by: Edda Lorne, Senior Engineer", "Edda Lorne"),
]
OTHER_LABELS = [
    ["Meeting of 9 March 2031", "Agenda item 7: Moorings and dues"],
    ["HOUSING COMMITTEE - 9 MARCH 2031", "AGENDA ITEM 4", "Status: For decision"],
]
REPORT_PARAGRAPHS = [
    ("The contractor has removed 14,200 cubic metres of silt so far.", "14200"),
    ("The cost is now forecast at 2.6 million crowns for the year.", "2600000"),
    ("About 37 per cent of the berths were empty in February.", "37"),
]


def _report_page(body: str, labels: list[str], paragraphs: list[str], after: list[str]) -> str:
    return "\n".join(
        [
            "THE HARL COURIER",
            "Home | News | Council | Sport",
            "",
            "Board asked to approve the plan on Thursday",
            "The officer's report to Thursday's meeting, and what members make of it",
            "",
            "By Edda Marsh",
            "Monday 2 March 2031, 17:10",
            "",
            "The board will be asked on Thursday to approve the plan. We print the report's main sections.",
            "",
            body,
            *labels,
            "",
            "1. Purpose",
            "To ask the Board to approve the plan and to note the revised costs.",
            "",
            "2. Current position",
            "\n".join(paragraphs),
            "",
            "\n\n".join(after),
            "",
            "(c) 2031 The Harl Courier",
        ]
    )


@pytest.mark.parametrize("body,name", BODIES)
@pytest.mark.parametrize("author,officer", AUTHORS)
@pytest.mark.parametrize("labels", OTHER_LABELS)
@pytest.mark.parametrize("paragraph,value", REPORT_PARAGRAPHS)
def test_it_gives_an_officers_report_to_the_officer_who_wrote_it(body, name, author, officer, labels, paragraph, value):
    page = _report_page(body, [*labels, author], [paragraph], [])
    assert _speakers(page).get(Decimal(value)) == officer


@pytest.mark.parametrize("body,name", BODIES)
@pytest.mark.parametrize("paragraph,value", REPORT_PARAGRAPHS)
def test_it_keeps_a_report_with_no_author_label_the_bodys(body, name, paragraph, value):
    page = _report_page(body, OTHER_LABELS[1], [paragraph], [])
    assert _speakers(page).get(Decimal(value)) == name


@pytest.mark.parametrize("author,officer", AUTHORS)
def test_it_leaves_a_member_quoted_after_the_report_their_own(author, officer):
    after = ["Kit Boscawen, a skipper, said he would oppose the rise. He pays about 4,100 crowns a year, he said."]
    page = _report_page(BODIES[0][0], [*OTHER_LABELS[0], author], [REPORT_PARAGRAPHS[0][0]], after)
    assert _speakers(page).get(Decimal("4100")) == "Kit Boscawen"


@pytest.mark.parametrize("author", ["Report of the Board of the Kelso Harbour Authority", "Report by the council"])
def test_it_keeps_a_report_a_body_wrote_the_bodys(author):
    page = _report_page(BODIES[1][0], [*OTHER_LABELS[1], author], [REPORT_PARAGRAPHS[1][0]], [])
    assert _speakers(page).get(Decimal("2600000")) == "Marlow Vale District Council"


# -- a meeting's minutes: each speaker by name or by office

MINUTES_MARKS = [
    ("Present: A. Roe (Chair), T. Brink (Treasurer), M. Holt, E. Lorne", ""),
    ("", "Resolved: to approve the plan."),
    ("Present: 41 members. Apologies: 5.", "RESOLVED: that the levy be approved."),
]
# (what the office minuted says, its figure)
OFFICES = [
    ("The fundraising director proposed a target of 2.4 million crowns for 2032.", "2400000", "fundraising director"),
    ("The finance officer said the reserves stood at 610,000 crowns.", "610000", "finance officer"),
    ("The company secretary reported that 38 members had not paid.", "38", "company secretary"),
]


def _minutes_page(present: str, resolved: str, items: list[str]) -> str:
    return "\n".join(
        [
            "THE HARL COURIER | News | Charities | Money",
            "",
            "The leaked minutes: how the board was told",
            "",
            "By Edda Marsh",
            "7 November 2031, 09:00",
            "",
            "The Courier has obtained the minutes of the board meeting. We print the relevant items.",
            "",
            "THE HARL TRUST",
            "Minutes of the meeting of the Board of Trustees, held on 12 March 2031",
            "",
            present,
            "",
            "\n\n".join(items),
            "",
            resolved,
            "",
            "(c) The Harl Courier 2031",
        ]
    )


@pytest.mark.parametrize("present,resolved", MINUTES_MARKS)
@pytest.mark.parametrize("sentence,value,office", OFFICES)
def test_it_gives_a_minuted_office_its_own_voice(present, resolved, sentence, value, office):
    before = "M. Holt asked whether a valuation had been obtained. The Chair said one would be circulated."
    page = _minutes_page(present, resolved, [f"{before} {sentence}"])
    assert _speakers(page).get(Decimal(value)) == office


PRONOUN_ITEMS = [
    (
        "The Director of Nursing reported that crews had waited 3,460 hours in August. "
        "The national limit is 15 minutes. The average handover had taken 47 minutes, she said.",
        "47",
        "Director of Nursing",
    ),
    (
        "The Director of Finance reported a forecast overspend of 6.2 million crowns. "
        "Agency staff accounted for about 40 per cent of it, she said.",
        "40",
        "Director of Finance",
    ),
]


@pytest.mark.parametrize("present,resolved", MINUTES_MARKS)
@pytest.mark.parametrize("item,value,office", PRONOUN_ITEMS)
def test_it_gives_a_minuted_pronoun_to_the_officer_of_its_item(present, resolved, item, value, office):
    earlier = "The Medical Director said theatres had run at 78 per cent of capacity. He asked for a plan."
    page = _minutes_page(present, resolved, [earlier, item])
    assert _speakers(page).get(Decimal(value)) == office


def test_it_still_gives_a_news_storys_role_to_the_person_who_spoke():
    page = "\n".join(
        [
            "THE HARL COURIER | News | Courts",
            "",
            "Fraud trial hears of missing funds",
            "",
            "By Edda Marsh",
            "7 November 2031, 09:00",
            "",
            "Imogen Farr said the accounts showed 45,000 crowns had gone missing. The sum was later put at "
            "52,000 crowns, the prosecutor said.",
            "",
            "(c) The Harl Courier 2031",
        ]
    )
    assert _speakers(page).get(Decimal("52000")) == "Imogen Farr"


# -- near misses: a news page that only talks about minutes, or a paragraph that opens on "Resolved"/"Present", prints
# none; a role there is still the person the page named in it ("Ada Roe, who has led the council")

MINUTES_IN_PROSE = [
    "Opposition members say the minutes of last month's meeting were never published.",
    "The draft minutes were leaked to the Courier on Friday.",
    "The minutes, seen by the Courier, run to 14 pages.",
    "Its minutes record no vote on the sale.",
    "Resolved to end the dispute, members voted on Friday.",
    "Present at the launch were dozens of residents.",
]


def _news_page(paragraphs: list[str]) -> str:
    return "\n\n".join(
        [
            "THE HARL COURIER\nHome | News | Sport",
            "Leader defends the budget",
            "By Edda Marsh\nMonday 2 March 2031, 17:10",
            *paragraphs,
        ]
    )


@pytest.mark.parametrize("mention", MINUTES_IN_PROSE)
def test_a_news_page_that_mentions_minutes_keeps_a_role_the_person_named(mention):
    page = _news_page(
        [
            "Ada Roe, who has led the council since 2029, defended the budget on Monday.",
            mention,
            "The council leader said the reserves stood at 3.2 million crowns.",
        ]
    )
    assert _speakers(page).get(Decimal("3200000")) == "Ada Roe"


# -- in minutes, "she said" after another person was named is not the speaker before them

NAMED_SINCE = [
    "Cllr Ada Roe called that unfair.",
    "Ada Roe, the opposition leader, called that unfair.",
]


@pytest.mark.parametrize("present,resolved", MINUTES_MARKS)
@pytest.mark.parametrize("named", NAMED_SINCE)
def test_a_minuted_pronoun_after_another_person_named_is_not_the_speaker_before(present, resolved, named):
    item = f"Cllr Tomas Brink said the levy would rise to 1,350 crowns. {named} It would hit 400 families, she said."
    page = _minutes_page(present, resolved, [item])
    speakers = _speakers(page)
    assert speakers.get(Decimal("1350")) == "Tomas Brink"
    assert speakers.get(Decimal("400")) == "Ada Roe"


# -- a report label that names no person or office, or two officers at once, leaves the report its body's


@pytest.mark.parametrize(
    "author",
    [
        "Report from March 2031 inspection",
        "Report of Survey KHB-2031-07",
        "Report of the Chief Executive and the Treasurer",
        "Report by: Harbourmaster & Chief Engineer",
    ],
)
def test_a_report_label_naming_no_officer_keeps_the_report_the_bodys(author):
    page = _report_page(BODIES[0][0], [*OTHER_LABELS[0], author], [REPORT_PARAGRAPHS[0][0]], [])
    assert _speakers(page).get(Decimal("14200")) == "Kelso Harbour Board"


@pytest.mark.parametrize(
    "author,officer",
    [("Report of the Treasurer", "Treasurer"), ("Reporting officer: Head of Finance", "Head of Finance")],
)
def test_a_report_label_naming_an_office_still_gives_the_office(author, officer):
    page = _report_page(BODIES[0][0], [*OTHER_LABELS[0], author], [REPORT_PARAGRAPHS[0][0]], [])
    assert _speakers(page).get(Decimal("14200")) == officer
