"""
fix41b: a body's own site whose name stands on the first line set apart by spaces, not a bar, from its menu
("CRESTLINE ESPORTS   Events | Teams | Rules") or from the name its initials stand for ("KGCB  Kelvardy Games
Classification Board"), and a brand's site whose copyright line names the company that owns it ("SALTMARROW" over
"(c) 2028 Brightwater Forge Ltd."): the page's own unattributed figures are the body's. Near misses keep no owner: a
paper's masthead over its menu, a magazine whose owner is a media company, a blog, a menu spaced out.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract
from ingest.page_head import guess_masthead

COOKIES = "This site uses cookies to remember your settings. Accept | Decline\n\n"


def _speaker_of(page: str, value: str) -> str | None:
    speakers = [m.speaker for m in extract(clean_text(page)) if m.value == Decimal(value)]
    assert speakers, f"{value} not extracted"
    return speakers[0]


def _site(first: str, title: str, body: str, footer: str, menu: str = "") -> str:
    return f"{first}\n{menu}\n{COOKIES}{title}\nLast updated 4 March 2028\n\n{body}\n\n{footer}\n"


BODY = (
    "The spring cup runs for three weeks in Munsbridge, and every match is played in the hall on Quay Row. We sold "
    "all 2,300 seats for the final in a day, and the waiting list is longer than it has ever been.\n\n"
    "Tickets for the group games are still on sale. Doors open an hour before the first match, and the bar closes at "
    "the end of the last one."
)

POSITIVES = [
    # a company's own site: its name in capitals, spaced from its menu, and its copyright line with its legal form
    (
        _site(
            "HARROWDEEP GAMING   Events | Spring Cup | Teams | Tickets | Rules",
            "Spring Cup 2028",
            BODY,
            "(c) 2028 Harrowdeep Gaming Ltd. All rights reserved.",
        ),
        "2300",
        "Harrowdeep Gaming",
    ),
    # a board's own site: its initials, then its name, then its menu on the next line
    (
        _site(
            "MRTB  Marrow River Tourism Board",
            "Spring Cup 2028",
            BODY.replace("We sold", "The Board sold"),
            "Marrow River Tourism Board, 2 Quay Row, Munsbridge. (c) MRTB 2028.",
            menu="Home | Visit | Events | For businesses | About us",
        ),
        "2300",
        "Marrow River Tourism Board",
    ),
    # a game's masthead over its developer's site: the copyright line, after a trademark sentence, names the owner
    (
        _site(
            "LANTERNDEEP   News | Support | Store | Community | Sign in",
            "Patch 1.2 notes",
            BODY,
            "Lanterndeep is a trademark of Orrin Interactive. (c) 2028 Holloway Forge Ltd. All rights reserved.",
        ),
        "2300",
        "Holloway Forge",
    ),
]


@pytest.mark.parametrize(("page", "value", "owner"), POSITIVES)
def test_a_site_s_own_figures_are_its_owner_s(page: str, value: str, owner: str) -> None:
    assert _speaker_of(page, value) == owner


NEAR_MISSES = [
    # a paper's masthead spaced from its menu of a paper's sections: its page is no body's site
    _site(
        "THE KELDMOOR COURIER   News | Sport | Opinion | Puzzles",
        "Spring Cup sells out",
        BODY.replace("We sold", "Organisers sold"),
        "(c) 2028 Keldmoor Courier Ltd.",
    ),
    # a magazine owned by a media company under another name
    _site(
        "HARBOUR LIVING   Homes | Food | Travel | Subscribe",
        "Spring Cup sells out",
        BODY.replace("We sold", "Organisers sold"),
        "Harbour Living is published monthly. (c) 2028 Tessel Media Ltd.",
    ),
    # a blog in small letters, in its writer's voice, with no owner's copyright line
    _site(
        "marrownotes   Posts | About | Contact",
        "Spring Cup sells out",
        BODY.replace("We sold", "Organisers sold"),
        "Powered by a blogging platform.",
    ),
]


@pytest.mark.parametrize("page", NEAR_MISSES)
def test_no_owner_for_a_paper_s_magazine_s_or_blog_s_page(page: str) -> None:
    assert _speaker_of(page, "2300") is None


@pytest.mark.parametrize(
    ("first", "name"),
    [
        ("CRESTLINE ESPORTS   Events | Tidebreak Masters | Teams | Watch", "CRESTLINE ESPORTS"),
        ("KGCB  Kelvardy Games Classification Board", "Kelvardy Games Classification Board"),
        # a menu spaced out, and initials before words they do not stand for, name no site
        ("HOME   WORLD   EUROPE   BUSINESS", ""),
        ("LIVE  Dengue outbreak in the capital", ""),
    ],
)
def test_the_name_spaces_set_apart_on_the_first_line(first: str, name: str) -> None:
    page = f"{first}\nHome | Search | Decisions | About us\n\nA heading for the page\n\n{BODY}\n"
    assert guess_masthead(page) == name


# mend (review findings 1-3, 5): a caption's credit in the body, a holding company's name, a maker's copy quoted on a
# retailer's page and a section strap spaced from its menu give no owner to the page
WE_NEWS = (
    "By Ada Roe, Sport Reporter\n\n"
    "The spring cup runs for three weeks in Munsbridge. We counted 2,300 people queuing outside the hall on "
    "Quay Row on Saturday morning, and the waiting list is longer than ever.\n\n"
    "Tickets for the group games are still on sale."
)
CAPTION = "Crowds outside the hall on Quay Row. (c) Quayside Pictures Ltd\n\n"


@pytest.mark.parametrize(
    ("page", "value", "speaker"),
    [
        # a photo credit after its caption is the picture's holder, not the site's
        (
            _site("Harbour Living | Homes | Food | Travel | Subscribe", "Spring Cup sells out", CAPTION + WE_NEWS, ""),
            "2300",
            "Harbour Living",
        ),
        (
            _site("HARBOUR LIVING   Homes | Food | Travel | Subscribe", "Spring Cup sells out", CAPTION + WE_NEWS, ""),
            "2300",
            "HARBOUR LIVING",
        ),
        # a magazine its holding company owns: the reporter's 'we' is the magazine's, never the owner's
        (
            _site(
                "HARBOUR LIVING   Homes | Food | Travel | Subscribe",
                "Spring Cup sells out",
                WE_NEWS,
                "Harbour Living is published monthly. (c) 2028 Tessel Holdings plc.",
            ),
            "2300",
            "HARBOUR LIVING",
        ),
        # a retailer quoting its maker's copy: the 'we' after "From the maker, Corvel Audio:" is not the retailer's
        (
            _site(
                "GEARBARN   Shop | Deals | Brands | Help",
                "Corvel Rover 2 headphones",
                "From the maker, Corvel Audio: We tuned the Rover 2 for 40 hours of playback and tested it over "
                "1,200 times.\n\nFree delivery on orders over 30 crowns.",
                "(c) 2028 Gearbarn Ltd. All rights reserved.",
            ),
            "1200",
            None,
        ),
        # a section strap spaced from its menu is no masthead
        (_site("LIVE   Scores | Fixtures | Tables", "Spring Cup sells out", WE_NEWS, ""), "2300", None),
    ],
)
def test_credits_holding_companies_quoted_makers_and_straps_own_no_page(
    page: str, value: str, speaker: str | None
) -> None:
    assert _speaker_of(page, value) == speaker


@pytest.mark.parametrize(
    "first", ["SPORT   Football | Cricket | Rugby", "MARKETS   Stocks | Bonds | Currencies", "LIVE   Scores | Fixtures"]
)
def test_a_section_strap_before_a_menu_is_no_masthead(first: str) -> None:
    page = f"{first}\nHome | Search | About us\n\nA heading for the page\n\n{BODY}\n"
    assert guess_masthead(page) == ""
