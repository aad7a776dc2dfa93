"""
Round 41: an official document's figures are the public body's that issued it, where the body is named on the page's
masthead, title or reference lines, or in the paper's introduction, and in no heading in capitals. A government
office's own page printing a notice it issued (its masthead naming the office among its parts, the notice's title and
its reference line, no byline) is the office's, as a press release is its issuer's; a council's report or decision
notice a paper prints under an introduction that says it prints the document and who issued it is the council's, up to
the paper's own notes. A paper's story about such a document, and a page whose head gives no reference, stay as they
were.
"""

import pytest

from ingest.extraction import extract
from tests.ingest_helpers import speaker_of_value

# -- a public body's own page --------------------------------------------------------------------------------------
# (the masthead's line, the body as its figures' speaker)
OFFICES = {
    "office": ("GOV.KR  |  Ministry of Finance  |  Karran Sanctions Office", "Karran Sanctions Office"),
    "authority": ("gov.ost  |  Ostrel Licensing Authority", "Ostrel Licensing Authority"),
    "tribunal": ("JUSTICE.VL  |  Vellan Employment Tribunal", "Vellan Employment Tribunal"),
}
# (the notice's title, its reference line)
NOTICES = {
    "sanctions": ("Financial Sanctions Notice: Dravo (Northern Region)", "Notice reference: KSO/DRV/2027/02"),
    "decision": ("Notice of decision: Harbour Row premises", "Reference: LA-2027-0418"),
    "issued": ("Enforcement order: Quay Street works", "Issued: 14 March 2027"),
}


def _office_page(masthead: str, title: str, reference: str, *, byline: bool = False) -> str:
    lines = [
        masthead,
        "Home > Notices > Current notices",
        "",
        title,
        reference,
        "Print this page | Download as PDF (120 KB)",
        *(["By Ada Roe, Reporter"] if byline else []),
        "",
        "1. Introduction",
        "The office has today added 6 designations to the consolidated list. The list now names 52 persons.",
        "",
        "2. Total",
        "Assets frozen under this notice total 14.2 million crowns.",
        "",
        "Enquiries: 1 Exchequer Row | notices@gov.example",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("office", OFFICES)
@pytest.mark.parametrize("notice", NOTICES)
@pytest.mark.parametrize("value", [6, 52, 14200000])
def test_an_official_page_is_its_issuing_body(office, notice, value):
    masthead, body = OFFICES[office]
    title, reference = NOTICES[notice]
    assert speaker_of_value(_office_page(masthead, title, reference), value) == body


@pytest.mark.parametrize("notice", NOTICES)
def test_an_official_page_under_a_byline_is_no_body_s(notice):
    # a news page reporting the notice, its byline in its head
    title, reference = NOTICES[notice]
    page = _office_page(OFFICES["office"][0], title, reference, byline=True)
    assert speaker_of_value(page, 14200000) != "Karran Sanctions Office"


def test_an_official_page_with_no_reference_is_no_body_s():
    page = _office_page(OFFICES["office"][0], "Financial Sanctions Notice: Dravo", "Print this page")
    assert speaker_of_value(page, 14200000) != "Karran Sanctions Office"


def test_a_page_whose_title_names_no_document_is_no_body_s():
    page = _office_page(OFFICES["office"][0], "Sanctions: what the list is for", "Reference: KSO/DRV/2027/02")
    assert speaker_of_value(page, 14200000) != "Karran Sanctions Office"


# -- a body's document a paper prints under its introduction --------------------------------------------------------
# (the introduction, the body as its figures' speaker)
INTRODUCTIONS = {
    "prints_below": (
        "The Herald prints below the decision notice issued by Marrow District Council's licensing sub-committee "
        "on Thursday. Headings have been shortened.",
        "Marrow District Council",
    ),
    "in_full": (
        "The Herald prints in full every food hygiene report on a Marrow restaurant rated 2 or below. This one was "
        "issued by Marrow District Council's food safety team on Monday. It appears as issued.",
        "Marrow District Council",
    ),
    "issued_after": (
        "The Herald prints the inspection report below. It was issued by the Orrin Fire Authority last week.",
        "Orrin Fire Authority",
    ),
    "printed_as_published": (
        "The Orrin Water Authority published the consultation paper on Wednesday. The extract below is sections 3 "
        "and 4, printed as published; our notes are in brackets.",
        "Orrin Water Authority",
    ),
    # (these two main's carried-text reader already gives on this page; a real one ending its first section at a
    # "Background" heading under the body's name, blind85's, it did not: kept as regressions)
    "subject_published": (
        "The Orrin Fire Authority this morning published the summary of its statutory inquiry into the depot fire. "
        "The summary is printed in full below. Our notes follow it.",
        "Orrin Fire Authority",
    ),
    "body_for_a_place": (
        "The Charity Commission for Marlowen published its inquiry report on Tuesday. It is printed in full below.",
        "Charity Commission for Marlowen",
    ),
}
# (a line of the document, its figure's value)
DOCUMENT_LINES = {
    "sentence": ("The sub-committee received 38 objections from residents.", 38),
    "condition": ("At least 3 licensed door supervisors on duty from 21:00 until closing.", 3),
    "deadline": ("A pest control contract must be in place within 14 days.", 14),
}


def _printed_page(
    introduction: str, line: str, notes: str = "[Herald notes] ", heading: str = "LICENSING SUB-COMMITTEE: DECISION"
) -> str:
    lines = [
        "The Marrow Herald | News | Food & Drink | Sport | Opinion",
        "",
        "The Harbour Inn's late licence: the council's decision",
        "",
        "By Cass Reed, Reporter",
        "Friday 5 March 2027, 11:20",
        "",
        introduction,
        "",
        heading,
        "Premises: The Harbour Inn, 2 Wharf Lane",
        "",
        "Background",
        "",
        line,
        "",
        "Any party may appeal within 21 days of this notice.",
        "",
        notes + "The landlord, Ewan Tarr, said he would take on 5 extra staff.",
        "",
        "Marrow Brewing said the later hours would be worth about 90,000 crowns a year.",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("introduction", INTRODUCTIONS)
@pytest.mark.parametrize("line", DOCUMENT_LINES)
def test_a_printed_official_document_is_its_issuer_s(introduction, line):
    intro, body = INTRODUCTIONS[introduction]
    text, value = DOCUMENT_LINES[line]
    assert speaker_of_value(_printed_page(intro, text), value) == body
    # (the issuer's name in capitals over the document, its first section's heading "Background" under it)
    assert speaker_of_value(_printed_page(intro, text, heading=body.upper()), value) == body


@pytest.mark.parametrize("introduction", INTRODUCTIONS)
def test_the_paper_s_notes_after_the_document_stay_theirs(introduction):
    intro, _ = INTRODUCTIONS[introduction]
    page = _printed_page(intro, DOCUMENT_LINES["sentence"][0])
    assert speaker_of_value(page, 5) == "Ewan Tarr"
    assert speaker_of_value(page, 90000) == "Marrow Brewing"


# near misses: an introduction that prints nothing, names no issuing public body, or reports a document's news
NOT_PRINTED = {
    "reports_only": "Marrow District Council's licensing sub-committee issued its decision notice on Thursday.",
    "company_issuer": "The Herald prints below the notice issued by Marrow Brewing Limited on Thursday.",
    "no_kind": "The Herald prints below the letter sent by Marrow District Council on Thursday to residents.",
    "no_issuer": "The Herald prints below the decision notice, which was issued on Thursday after a long hearing.",
}


@pytest.mark.parametrize("introduction", NOT_PRINTED)
def test_no_printed_official_document_no_issuer(introduction):
    page = _printed_page(NOT_PRINTED[introduction], DOCUMENT_LINES["sentence"][0])
    assert speaker_of_value(page, 38) != "Marrow District Council"


def test_the_document_s_own_notes_heading_stays_its_issuer_s():
    intro, body = INTRODUCTIONS["prints_below"]
    page = _printed_page(intro, "THE COUNCIL'S NOTES\nThe sub-committee received 38 objections from residents.")
    assert speaker_of_value(page, 38) == body


def test_the_paper_naming_itself_ends_the_document():
    intro, body = INTRODUCTIONS["prints_below"]
    page = _printed_page(intro, DOCUMENT_LINES["sentence"][0], notes="").replace(
        "Any party may appeal", "The Herald counted 44 homes on the lane.\n\nAny party may appeal"
    )
    assert speaker_of_value(page, 38) == body
    assert speaker_of_value(page, 44) != body


# -- mend (findings_owners41a) --------------------------------------------------------------------------------------
def _news(intro: str, *paragraphs: str) -> str:
    head = [
        "The Marrow Herald | News | Food & Drink | Sport | Opinion",
        "",
        "The Harbour Inn's late licence: the council's decision",
        "",
        "By Cass Reed, Reporter",
        "Friday 5 March 2027, 11:20",
        "",
        intro,
        "",
    ]
    return "\n".join(head + [line for paragraph in paragraphs for line in (paragraph, "")]) + "\n"


def _office(masthead: str, title: str, reference: str, *paragraphs: str) -> str:
    head = [masthead, "Home > Notices > Current notices", "", title, reference, ""]
    return "\n".join(head + [line for paragraph in paragraphs for line in (paragraph, "")]) + "\n"


def test_the_paper_s_own_paragraphs_after_an_unmarked_document_stay_the_paper_s():
    # findings_owners41a #1: no notes marker after the document, which closes on its appeal line
    intro, body = INTRODUCTIONS["prints_below"]
    page = _news(
        intro,
        "LICENSING SUB-COMMITTEE: DECISION",
        "The sub-committee received 38 objections from residents.",
        "Any party may appeal within 21 days of this notice.",
        "Last year 12 pubs in the district lost their late licences, up from 4 in 2025.",
        "Business rates on the inn rose by 18 per cent in April.",
    )
    assert speaker_of_value(page, 38) == body
    assert speaker_of_value(page, 12) is None
    assert speaker_of_value(page, 18) is None


def test_an_unmarked_document_with_no_closing_is_no_body_s():
    # findings_owners41a #1: where the document ends is not known, so no paragraph after the introduction is given
    intro, _ = INTRODUCTIONS["prints_below"]
    page = _news(
        intro,
        "LICENSING SUB-COMMITTEE: DECISION",
        "The sub-committee received 38 objections from residents.",
        "Business rates on the inn rose by 18 per cent in April.",
    )
    assert speaker_of_value(page, 18) is None


def test_an_appeal_window_is_a_rule_s_not_the_issuer_s():
    # findings_owners41a #3: a notice's appeal window is a rule's, no speaker (ingest_labelling.md, "A body's own act")
    page = _office(
        "GOV.KR  |  Ministry of Finance  |  Karran Sanctions Office",
        "Financial Sanctions Notice: Dravo",
        "Notice reference: KSO/DRV/2027/02",
        "The office has today added 6 designations to the list.",
        "A designated person may appeal within 21 days of this notice.",
    )
    assert speaker_of_value(page, 6) == "Karran Sanctions Office"
    assert speaker_of_value(page, 21) is None
    intro, body = INTRODUCTIONS["prints_below"]
    printed = _printed_page(intro, DOCUMENT_LINES["sentence"][0])
    assert speaker_of_value(printed, 38) == body
    assert speaker_of_value(printed, 21) is None


def test_a_printed_letter_about_a_body_s_licence_is_no_body_s():
    # findings_owners41a #4: the kind must be what is printed, not a word the introduction mentions
    page = _news(
        "The Herald prints below in full a letter from residents about the licence issued by Marrow District Council "
        "last month.",
        "We, the undersigned, counted 212 late-night disturbances since the licence was granted.",
        "Yours faithfully, Harbour Lane residents",
    )
    assert speaker_of_value(page, 212) != "Marrow District Council"


def test_a_third_party_s_reading_inside_the_document_is_its_own():
    # findings_owners41a #2: the document reporting a residents' association's count
    intro, body = INTRODUCTIONS["prints_below"]
    page = _news(
        intro,
        "LICENSING SUB-COMMITTEE: DECISION",
        "The sub-committee received 38 objections from residents.",
        "In its written submission the Harbour Residents' Association counted 212 households within 100 metres.",
        "Any party may appeal within 21 days of this notice.",
    )
    assert speaker_of_value(page, 38) == body
    assert speaker_of_value(page, 212) == "Harbour Residents' Association"


def test_the_paper_s_reaction_heading_ends_the_document():
    # findings_owners41a #9: the paper's "Reaction" heading, as a cleaned page keeps it (the cleaner drops a bare one
    # over a page's last paragraph, and then the document, with no closing line, is no one's)
    intro, body = INTRODUCTIONS["prints_below"]
    page = "\n\n".join(
        [
            intro,
            "The sub-committee received 38 objections from residents.",
            "Reaction",
            "Some 60 regulars have signed a petition backing the inn.",
        ]
    )
    mentions = {int(m.value): m.speaker for m in extract(page)}
    assert mentions[38] == body
    assert mentions[60] is None


@pytest.mark.parametrize(
    "masthead",
    [
        "acme.example  |  Acme Energy Ltd  |  Customer Service",  # findings_owners41a #5: a company's page
        "Marrow Chess Club  |  Members  |  Club Committee",  # #6: a club's
        "Marrow Herald  |  Courts  |  Marrow Magistrates' Court",  # #8: a paper's court section
    ],
)
def test_a_private_body_s_or_a_paper_s_masthead_is_no_official_page(masthead):
    page = _office(
        masthead, "Notice of price changes", "Reference: PRC/2027/3", "The standing charge rises by 12 per cent."
    )
    assert speaker_of_value(page, 12) is None
