"""
Round 35 (release): a body's press release carried whole on another's page, under a news site's masthead, menu and
copyright line, is the body's, not the site's: its figures with no other source are the issuer's (tests/
ingest_labelling.md, "A press release's own figures are its issuer's"), its quotes its speakers', a figure it gives to
another body that body's. A generated matrix of made-up pages: issuers of several kinds, sites with and without a
masthead, the release's marker in several styles, and the issuer named in one place only (a line of the heading, the
lead, the contact block or the notes to editors). Guards: a news story that reports a release, a site's own
announcement, a body's release on its own site that names another body in its notes, and one body whose name has "and"
in it.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from ingest.extraction import clean_text, extract, release_issuer

# (name, what the release calls itself in its text, a spokesperson's name and role)
ISSUERS = {
    "council": ("Brindle Borough Council", "the council", "Marit Hollesen", "the council's director of housing"),
    "charity": ("Marrow Valley Wildlife Trust", "the trust", "Oskar Pellmann", "the trust's head of reserves"),
    "company": ("Tessling Water Services", "the company", "Ruth Aldane", "the company's operations director"),
    "ministry": ("Ministry of Rural Transport", "the ministry", "Ines Korvald", "the ministry's permanent secretary"),
}

# A news site's masthead, menu and copyright line (first lines, last line); "none" is a page with no masthead at all
SITES = {
    "bar_menu": (
        ["The Wexley Courier | News | Sport | Opinion | Puzzles", "Community > Notices"],
        "(c) 2027 Wexley Courier Ltd",
    ),
    "capitals": (
        ["THE HALDEN POST", "Home  News  Business  Sport  Opinion  Subscribe", "BUSINESS"],
        "© The Halden Post 2027. All rights reserved.",
    ),
    "domain": (["The Orlen Gazette | orlengazette.example", "News  Local  Environment"], "(c) Orlen Gazette Media"),
    "none": (["Community notices"], ""),
}

# The line that marks the page as a release, in several styles
MARKERS = ["Press release", "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "News release: 4 March 2027", "Media release"]

HEADLINE = "Depot plan to bring 4,800 homes onto the new water network"

# Where the issuer is named, and nowhere else on the page (the text calls it "the council", "the trust", ...):
# (a line of the head, the lead's subject, a block below the release)
NAMINGS = {
    "from_line": ("Press release from {name}, published in full", None, None),
    "this_is_from": ("This is a press release from {name}.", None, None),
    # (the note running on in sentences of its own; found on blind77 after its score, session 35)
    "this_is_from_note": (
        "This is a press release from {name}. It is published as received and has not been edited by us.",
        None,
        None,
    ),
    "on_behalf": ("Published on behalf of {name}", None, None),
    "capitals_mark": ("{caps} - FOR IMMEDIATE RELEASE", None, None),
    "named_mark": ("{name} - News release", None, None),
    "issued_by": ("Issued by: {name}", None, None),
    "lead": (None, "{name}", None),
    "contact_block": (None, None, "ENDS\n\nMedia contact: {name} press office, 0190 555 0101"),
    "notes_about": (
        None,
        None,
        "ENDS\n\nNotes to editors\n\nAbout {name}: it was set up in 1994 and has offices in Varn.",
    ),
    "notes_first": (None, None, "Notes to editors\n\n1. {name} is the body responsible for the Varn water depots."),
}


def _release(issuer: str, site: str, naming: str, marker: str) -> str:
    name, itself, person, role = ISSUERS[issuer]
    head, lead, block = NAMINGS[naming]
    top, copyright_line = SITES[site]
    subject = lead.format(name=name) if lead else itself[0].upper() + itself[1:]
    lines = [*top, HEADLINE, marker, "Monday 4 March 2027, 10:00  |  2 min read"]
    if head:
        lines.insert(len(top) + 1, head.format(name=name, caps=name.upper()))
    lines += [
        f"{subject} today confirmed that 4,800 homes in the Varn valley will be connected to the new water network "
        f"by the end of next year.",
        f"The 38 million crown scheme will add 11 kilometres of new mains, and {itself} already runs 14 pumping "
        f"depots across the district.",
        f'{person}, {role}, said: "We have hired 65 engineers since January, and every one of them is needed."',
        "According to the Varn Tenants' Federation, 300 households have complained about low water pressure this "
        "winter.",
        "Work starts in May and is due to finish by the autumn of 2028.",
    ]
    if block:
        lines.append(block.format(name=name))
    lines += ["Share this article: Email | Facebook | Copy link"] + ([copyright_line] if copyright_line else [])
    return "\n\n".join(lines)


# Each figure and whose it is: the issuer's (None here), the spokesperson's, the federation's
def _owners(issuer: str) -> dict[int, str]:
    name, _, person, _ = ISSUERS[issuer]
    return {4800: name, 38000000: name, 11: name, 14: name, 65: person, 300: "Varn Tenants' Federation"}


@cache
def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def _cases() -> list[object]:
    cases: list[object] = []
    for i, issuer in enumerate(sorted(ISSUERS)):
        for j, site in enumerate(sorted(SITES)):
            for k, naming in enumerate(sorted(NAMINGS)):
                case = (issuer, site, naming, MARKERS[(i + j + k) % len(MARKERS)])
                if issuer == "company" and naming == "capitals_mark":
                    # left: "The company today confirmed ..." right under the issuer's name in capitals is read as no
                    # body the page named ("company"), though the same lead under "Issued by: ..." is the issuer's
                    cases.append(pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="caps heading")))
                    continue
                cases.append(case)
    return cases


@pytest.mark.parametrize(("issuer", "site", "naming", "marker"), _cases())
def test_it_gives_a_carried_releases_figures_to_its_issuer(issuer: str, site: str, naming: str, marker: str) -> None:
    page = _release(issuer, site, naming, marker)
    assert release_issuer(clean_text(page)) == ISSUERS[issuer][0]
    speakers = _speakers(page)
    for value, owner in _owners(issuer).items():
        assert Decimal(value) in speakers, f"{value} not found"
        assert speakers[Decimal(value)] == owner, f"{value}: {speakers[Decimal(value)]!r} for {owner!r}"


@pytest.mark.parametrize(
    ("joint", "first"),
    [
        ("Press release from Brindle Borough Council and Tessling Water Services, published in full", "Brindle"),
        ("BRINDLE BOROUGH COUNCIL AND TESSLING WATER SERVICES - FOR IMMEDIATE RELEASE", "Brindle"),
    ],
)
def test_a_joint_release_is_its_first_issuers(joint: str, first: str) -> None:
    page = "\n\n".join(
        [
            "The Wexley Courier | News | Sport | Opinion",
            HEADLINE,
            "Press release",
            joint,
            "Brindle Borough Council and its partner Tessling Water Services today confirmed that 4,800 homes will be "
            "connected to the new water network.",
            "The 38 million crown scheme will add 11 kilometres of new mains across the whole of the district.",
            "(c) 2027 Wexley Courier Ltd",
        ]
    )
    assert release_issuer(clean_text(page)) == "Brindle Borough Council"
    assert _speakers(page)[Decimal(11)] == "Brindle Borough Council"


# -- guards ----------------------------------------------------------------------------------------------------------


def test_a_news_story_reporting_a_release_keeps_its_ordinary_reading() -> None:
    page = "\n\n".join(
        [
            "The Wexley Courier | News | Sport | Opinion | Press releases",
            "Council to connect 4,800 homes to new water network",
            "By Anna Tolvik, local democracy reporter",
            "Monday 4 March 2027",
            "In a press release on Monday, Brindle Borough Council said it would connect 4,800 homes to the new water "
            "network by the end of next year.",
            "The town has 14 public swimming pools, more than any other in the county, and 3 of them are outdoors.",
            "Media contact for this story: Wexley Courier newsdesk, 0190 555 0199",
            "(c) 2027 Wexley Courier Ltd",
        ]
    )
    assert release_issuer(clean_text(page)) is None
    speakers = _speakers(page)
    assert speakers[Decimal(4800)] == "Brindle Borough Council"
    assert speakers[Decimal(14)] != "Brindle Borough Council"


@pytest.mark.parametrize("naming", ["lead", "contact", "none"])
def test_a_sites_own_announcement_stays_the_sites(naming: str) -> None:
    lead = "The Wexley Courier today announced" if naming == "lead" else "The paper today confirmed"
    page = "\n\n".join(
        [
            "The Wexley Courier | News | Sport | Opinion",
            "Press release",
            "Courier to open three district offices",
            f"{lead} that it will open 3 new district offices this spring and hire 12 reporters for them.",
            "The Wexley Courier already employs 140 journalists and sells 38,000 copies a day across the county.",
            *(["Media contact: Wexley Courier press office, 0190 555 0101"] if naming == "contact" else []),
            "(c) 2027 Wexley Courier Ltd",
        ]
    )
    assert release_issuer(clean_text(page)) == "The Wexley Courier"
    assert _speakers(page)[Decimal(140)] == "The Wexley Courier"


def test_a_bodys_own_release_that_notes_another_body_stays_its_own() -> None:
    page = "\n\n".join(
        [
            "Brindle Borough Council | Council tax | Bins | Newsroom",
            "PRESS RELEASE",
            "New water depots for the Varn valley",
            "Brindle Borough Council will open 3 new pumping depots in the Varn valley by the end of the year.",
            "The depots will serve 4,800 homes and will add 11 kilometres of new mains to the district's network.",
            "Notes to editors",
            "1. Tessling Water Services is the contractor that will build the depots for the council.",
            "About Tessling Water Services: it was set up in 1994.",
        ]
    )
    assert release_issuer(clean_text(page)) == "Brindle Borough Council"
    assert _speakers(page)[Decimal(11)] == "Brindle Borough Council"


def test_a_body_whose_name_has_and_in_it_keeps_its_whole_name() -> None:
    page = "\n\n".join(
        [
            "The Wexley Courier | News | Sport | Opinion",
            "Press release from the Ministry of Farming and Rural Affairs, published in full",
            "Grants for hedgerows doubled",
            "The Ministry of Farming and Rural Affairs today confirmed that it will double its hedgerow grants to "
            "4,800 farms.",
            "The 38 million crown scheme will plant 11 kilometres of hedges in each of the districts that apply.",
            "(c) 2027 Wexley Courier Ltd",
        ]
    )
    assert release_issuer(clean_text(page)) == "Ministry of Farming and Rural Affairs"
    assert _speakers(page)[Decimal(11)] == "Ministry of Farming and Rural Affairs"


def test_a_governments_release_led_by_its_minister_stays_the_governments() -> None:
    page = "\n\n".join(
        [
            "Government of Selvany | Departments | Services | Press office",
            "PRESS RELEASE",
            "Rural bus routes to be restored",
            "The Minister for Rural Transport today announced that 14 rural bus routes cut last year will be restored "
            "by the summer.",
            "The routes will cost 38 million crowns a year to run and will serve 4,800 households in the hills.",
        ]
    )
    assert release_issuer(clean_text(page)) == "Government of Selvany"


def test_a_release_from_a_plc_whose_note_runs_on_is_the_plc_s():
    """ "This is a press release from Tessling Stores plc. It is published as received ...": the company's, "plc" and
    all, not the site's; a sentence that says what a release said stays a story's (the matrix's guards)."""
    page = "\n\n".join(
        [
            "The Wexley Courier | News | Business | Sport",
            "Tessling Stores plc: half-year results",
            "This is a press release from Tessling Stores plc. It is published as received and has not been edited "
            "by the Courier. Our report on the results is in Business.",
            "Posted 20 September 2027, 07:02",
            "Tessling Stores plc, the grocer with 148 stores across the region, today announces its half-year results.",
            "Sales rose 3.2 per cent to 1.4 billion crowns.",
            "(c) 2027 Wexley Courier Ltd",
        ]
    )
    mentions = extract(clean_text(page))
    speakers = {m.figure: m.speaker for m in mentions}
    assert speakers["148 stores"] and "Tessling Stores" in speakers["148 stores"]
    assert speakers["1.4 billion crowns"] and "Tessling Stores" in speakers["1.4 billion crowns"]
