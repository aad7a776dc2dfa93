"""
Round 40: whose document a page is, when its owner is no paper's masthead. A company's document printed in full under
its registered name in capitals ("BRINMOOR MINERALS PLC", "NORREL SMELTING LIMITED - SUSTAINABILITY REPORT") is the
company's, its "we" lines too, up to the paper's own notes ("Argus notes"); and a page of a body's own site (its
masthead a playhouse's, a gallery's, a trust's, no byline, its prose speaking as the body) is the body's, as a press
release is its issuer's (tests/ingest_labelling.md). A paper's own page, bylined or under a paper's name, stays the
paper's.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

# (the company's line in capitals, the company as its figures' speaker)
COMPANIES = {
    "plc": ("HALLOW QUARRIES PLC", "Hallow Quarries"),
    "limited": ("TESSIDE SMELTING LIMITED", "Tesside Smelting"),
    "ltd_with_title": ("KELMER FOODS LTD - TRADING UPDATE", "Kelmer Foods"),
    "holdings": ("ORRAN HOLDINGS", "Orran Holdings"),
}

# (the document's line, its figure's value): a labelled figure, a sentence with no "said", the company's "we"
LINES = {
    "field": ("- Stone sold: 412,000 tonnes, down 3 per cent.", 412000),
    "prose": ("Capital spending for the year is unchanged at 96 million dalders.", 96000000),
    "we": ("We spent 640,000 dalders on training in the quarter.", 640000),
}


def _company_page(heading: str, line: str) -> str:
    lines = [
        "THE PELLOW ARGUS",
        "News | Business | Sport | Opinion",
        "",
        "BUSINESS",
        "The quarterly update, in full",
        "The company's report for the three months to June, printed in full, with our notes",
        "",
        "By Idris Fell",
        "Tuesday 15 September 2026, 08:30",
        "",
        heading,
        "Quarterly update, three months to 30 June 2026",
        "Highlights",
        line,
        "- Orders received: 1,150 tonnes.",
        "Outlook",
        "Full-year guidance is lowered to between 150,000 and 156,000 tonnes, from 162,000 tonnes.",
        "Argus notes",
        "The shares fell 6.5 per cent by midday. The union is asking for 8.5 per cent more for its 2,300 members.",
        "",
        "(c) 2026 Pellow Argus Ltd",
    ]
    return "\n".join(lines) + "\n"


def _mention(text: str, value: int):
    return next((m for m in extract(clean_text(text)) if m.value == Decimal(value)), None)


@pytest.mark.parametrize("line", sorted(LINES))
@pytest.mark.parametrize("company", sorted(COMPANIES))
def test_it_gives_a_companys_document_under_its_registered_name_to_the_company(company, line):
    heading, speaker = COMPANIES[company]
    text, value = LINES[line]
    found = _mention(_company_page(heading, text), value)
    assert found is not None
    assert found.speaker is not None and speaker.lower() in found.speaker.lower()


@pytest.mark.parametrize("company", sorted(COMPANIES))
def test_it_leaves_the_papers_notes_after_a_companys_document_to_the_paper(company):
    heading, speaker = COMPANIES[company]
    found = _mention(_company_page(heading, LINES["field"][0]), 2300)
    assert found is not None
    assert found.speaker is None or speaker.lower() not in found.speaker.lower()


# near miss: a crosshead of the paper's own in capitals is no company's name
def test_it_gives_no_owner_under_a_papers_crosshead_in_capitals():
    found = _mention(_company_page("THE FIGURES IN FULL", LINES["prose"][0]), 96000000)
    assert found is not None and found.speaker is None


# (the body's masthead, the line its page is posted under, a sentence speaking as the body, the body as its speaker)
SITES = {
    "playhouse": (
        "ALDERMOOR PLAYHOUSE",
        "Posted Wednesday 13 October 2027 by the Playhouse press office",
        "The Playhouse building fund has raised 1.9 million lauvels of its target, the Playhouse said.",
        "Aldermoor Playhouse",
    ),
    "orchestra": (
        "KESTELBORG PHILHARMONIC ORCHESTRA",
        "Published Friday 8 October 2027",
        "Our learning team worked with 41 schools this year, more than ever before, and we will do more next year.",
        "Kestelborg Philharmonic Orchestra",
    ),
    "gallery": (
        "NATIONAL GALLERY OF LAUVRIA",
        "Announcement, Tuesday 26 October 2027, 11:00",
        "The Gallery will show the painting free of charge from 1 December, in the room where it hung a century ago.",
        "National Gallery of Lauvria",
    ),
    "trust": (
        "Orrish Hearing Trust",
        "Published 9 May 2027",
        "This is the fourth year we have tracked waiting lists across the country, using requests to every board.",
        "Orrish Hearing Trust",
    ),
}


def _site_page(
    masthead: str,
    stamp: str,
    speaking: str,
    *,
    byline: bool = False,
    menu: str = "About | What's on | Support us | Contact",
) -> str:
    lines = [
        masthead,
        menu,
        "",
        "News > Announcements",
        "",
        "A record year, and what comes next",
        "",
        *(["By Hanna Lisk"] if byline else []),
        stamp,
        "",
        "Ticket income rose to 4.62 million lauvels last season, from 4.1 million the season before.",
        "",
        speaking,
        "",
        '"We sold 71,000 tickets last year and we are planning for 96,000," said Jonas Pell, the director.',
        "",
        "Share this page: Facebook | Email",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("site", sorted(SITES))
def test_it_gives_a_bodys_own_site_its_unreported_figures(site):
    masthead, stamp, speaking, speaker = SITES[site]
    found = _mention(_site_page(masthead, stamp, speaking), 4620000)
    assert found is not None
    assert found.speaker == speaker


# a byline on a body's own site is its own staff's: the page is still the body's
def test_it_gives_a_bylined_page_of_a_bodys_own_site_to_the_body():
    masthead, stamp, speaking, speaker = SITES["playhouse"]
    found = _mention(_site_page(masthead, stamp, speaking, byline=True), 4620000)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize("site", sorted(SITES))
def test_it_leaves_a_quoted_figure_on_a_bodys_site_to_its_speaker(site):
    masthead, stamp, speaking, _ = SITES[site]
    found = _mention(_site_page(masthead, stamp, speaking), 71000)
    assert found is not None
    assert found.speaker is not None and "Pell" in found.speaker


LONGER = "The results will be published in full next month, with the replies of everyone named."


# near misses: a paper's page names itself in its prose too ("The Lantern compared prices"), as a bylined one does,
# and a news outlet whose name holds a body's word ("Broadcasting Service") is no body's own site
@pytest.mark.parametrize(
    ("masthead", "speaking", "byline"),
    [
        ("THE LUSK LANTERN", f"The Lantern compared prices at five supermarkets this week. {LONGER}", False),
        ("ESTERVALE NOW", f"We compared prices at five supermarkets this week. {LONGER}", False),
        ("VESSORIAN BROADCASTING SERVICE", f"The service has asked the council for its figures. {LONGER}", False),
        ("THE KESTLOW TIMES", f"The council has not replied, the Times understands. {LONGER}", True),
    ],
)
def test_it_leaves_a_papers_own_page_in_the_papers_voice(masthead, speaking, byline):
    found = _mention(_site_page(masthead, "Published Friday 8 October 2027", speaking, byline=byline), 4620000)
    assert found is not None
    assert found.speaker is None


# a firm's name in capitals whose second word is "&" ("QUILL & LUSK"), which the page writes as a name elsewhere
def test_it_reads_a_firms_name_with_an_ampersand_as_its_documents_masthead():
    page = _company_page("QUILL & LUSK", LINES["field"][0]).replace(
        "printed in full, with our notes", "printed in full, with our notes. This month: Quill & Lusk"
    )
    found = _mention(page, 412000)
    assert found is not None
    assert found.speaker is not None and "quill & lusk" in found.speaker.lower()


WE = "We welcomed more visitors than ever before this year, and we will open two new rooms in the spring."
TOLD_US = "The council told us the change would affect about 4,200 regular users, according to its own figures."


# a trade paper or a local news site may be named like a body ("The Lowfield Forum"): what the page says of itself
# decides. A reporter's "told us" is no proof of the body's voice, and "told the Forum" is the paper naming itself.
@pytest.mark.parametrize(
    "speaking",
    [TOLD_US, "The council told the Forum that the change would affect about 4,200 regular users this winter."],
)
def test_it_leaves_a_page_told_things_as_a_reporter_is_in_the_papers_voice(speaking):
    found = _mention(_site_page("THE LOWFIELD FORUM", "Published Friday 8 October 2027", speaking), 4620000)
    assert found is not None and found.speaker is None


# near miss: a body's own survey "told us" too, on a page that speaks as the body elsewhere
def test_it_gives_a_bodys_site_its_figures_where_its_survey_told_it():
    speaking = f"{TOLD_US} This is the fourth year we have tracked the figures, using requests to every council."
    found = _mention(_site_page("KESTLOW CIVIC SOCIETY", "Published Friday 8 October 2027", speaking), 4620000)
    assert found is not None and found.speaker == "Kestlow Civic Society"


# near miss: a body's own site asks its public, "you told us"
def test_it_gives_a_bodys_site_its_figures_where_its_public_told_it():
    speaking = "You told us the opening hours were too short, so we will open two more evenings from the spring."
    found = _mention(_site_page("KESTLOW CIVIC SOCIETY", "Published Friday 8 October 2027", speaking), 4620000)
    assert found is not None and found.speaker == "Kestlow Civic Society"


# near miss: a body's own site says it was told things too, and speaks as the body elsewhere
def test_it_gives_a_bodys_site_its_figures_where_it_was_told_by_name():
    speaking = "Residents told the Society the hours were too short, so we will open two more evenings in the spring."
    found = _mention(_site_page("KESTLOW CIVIC SOCIETY", "Published Friday 8 October 2027", speaking), 4620000)
    assert found is not None and found.speaker == "Kestlow Civic Society"


# a name that says how often or where the outlet comes out, or that it broadcasts, is a news outlet's, whatever body's
# word it also holds
@pytest.mark.parametrize("masthead", ["LOCAL GOVERNMENT DAILY", "HOUSING ASSOCIATION TODAY", "VALE CHANNEL FIVE"])
def test_it_leaves_a_page_under_a_news_outlets_name_with_a_bodys_word_in_the_papers_voice(masthead):
    found = _mention(_site_page(masthead, "Published Friday 8 October 2027", WE), 4620000)
    assert found is not None and found.speaker is None


# a paper's word before a body's kind names the body ("Globe Theatre", "Independent Office")
@pytest.mark.parametrize(
    ("masthead", "speaker"),
    [
        ("KESTLOW GLOBE THEATRE", "Kestlow Globe Theatre"),
        ("INDEPENDENT OFFICE FOR POLICE CONDUCT", "Independent Office for Police Conduct"),
    ],
)
def test_it_gives_a_bodys_own_site_its_figures_where_its_name_holds_a_papers_word(masthead, speaker):
    found = _mention(_site_page(masthead, "Published Friday 8 October 2027", WE), 4620000)
    assert found is not None and found.speaker == speaker


# a paper's sections in the page's menu say the page is a paper's
def test_it_leaves_a_page_with_a_papers_sections_under_a_bodys_name_in_the_papers_voice():
    menu = "Home | News | Sport | Opinion | Jobs"
    page = _site_page("THE LOWFIELD FORUM", "Published Friday 8 October 2027", WE, menu=menu)
    found = _mention(page, 4620000)
    assert found is not None and found.speaker is None


# "US" in capitals is the country, not the body speaking ("faster than US rates do")
def test_it_reads_no_first_person_in_us_in_capitals():
    speaking = "The levy is the highest in the region, and it rises faster than US rates do, the figures show clearly."
    found = _mention(_site_page("KESTLOW CIVIC SOCIETY", "Published Friday 8 October 2027", speaking), 4620000)
    assert found is not None and found.speaker is None


# near miss: "us" in lower case is the body's
def test_it_reads_the_first_person_in_us_in_lower_case():
    speaking = "The levy is the highest in the region, and it costs us more each year than it did, the figures show."
    found = _mention(_site_page("KESTLOW CIVIC SOCIETY", "Published Friday 8 October 2027", speaking), 4620000)
    assert found is not None and found.speaker == "Kestlow Civic Society"
