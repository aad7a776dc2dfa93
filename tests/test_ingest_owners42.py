"""
Round 42: a body's own site names its owner twice, on its masthead and in its copyright line, whatever the name says of
its kind ("Brindle Cat Rescue", "Tallow & Finch", "Gleamcast"). A page whose masthead the copyright line gives as its
owner, with no journalist's byline in its head, that speaks as the body in the first person, is the body's: its figures
no one else is named as giving are the body's, as a press release's are its issuer's. A paper's or a magazine's page
(a byline, an interviewer's line), a page another owns, or a page that never says "we" stays as it was.
"""

import pytest

from tests.ingest_helpers import speaker_of_value

# (the masthead's line, the footer's copyright line, the body as its figures' speaker)
SITES = {
    "rescue": (
        "Brindle Cat Rescue | Adopt | Donate | About us",
        "© Brindle Cat Rescue 2027 | Privacy",
        "Brindle Cat Rescue",
    ),
    "firm": ("TALLOW & FINCH\nAuctions | Buy | Sell", "(c) 2027 Tallow & Finch. Cookie settings", "Tallow & Finch"),
    "platform": (
        "gleamcast  Browse | Creators | Help",
        "Gleamcast Ltd, company no. 0881. (c) 2028 Gleamcast.",
        "Gleamcast",
    ),
    "tracker": (
        "Countwise   Charts | Trending | API",
        "Follow us for weekly charts. Data (c) Countwise 2028.",
        "Countwise",
    ),
}


def _page(masthead: str, footer: str, *, byline: str = "", we: bool = True) -> str:
    opening = "Our fee is 180 marrels for each visit." if we else "The fee is 180 marrels for each visit."
    lines = [
        masthead,
        "",
        "Home > Reports > Autumn 2027",
        "",
        "Autumn report",
        *([byline] if byline else []),
        "",
        opening + " It covers only about a third of what the work costs before it is finished.",
        "",
        "Last year 1,184 visits were made across the county, up from 960 the year before, and more are planned.",
        "",
        footer,
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("value", [180, 1184])
def test_own_site_figures_are_the_owners(site: str, value: int) -> None:
    masthead, footer, owner = SITES[site]
    assert speaker_of_value(_page(masthead, footer), value) == owner


@pytest.mark.parametrize("site", SITES)
def test_bylined_page_is_no_owners(site: str) -> None:
    masthead, footer, owner = SITES[site]
    for byline in ("By Ada Roe, Reporter", "Interview by Ada Roe", "By the Data Desk: Ada Roe"):
        assert speaker_of_value(_page(masthead, footer, byline=byline), 1184) != owner


@pytest.mark.parametrize("site", SITES)
def test_page_not_speaking_as_the_body_is_no_owners(site: str) -> None:
    masthead, footer, owner = SITES[site]
    assert speaker_of_value(_page(masthead, footer, we=False), 1184) != owner


@pytest.mark.parametrize("site", SITES)
def test_page_another_holds_is_no_owners(site: str) -> None:
    masthead, _, owner = SITES[site]
    assert speaker_of_value(_page(masthead, "© 2027 Harwick Aggregator Media"), 1184) != owner


def test_paper_holding_its_own_page_is_no_owner() -> None:
    page = _page("THE HARWICK LEDGER\nNews | Sport | Opinion", "© 2027 The Harwick Ledger", byline="By Ada Roe")
    assert speaker_of_value(page, 1184) is None
