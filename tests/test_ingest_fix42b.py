"""
fix42b: a body's own site may head its pages with its domain before its menu ("kittwear.em | Women | Men | Sale"),
not its name. The domain stands for the name the page writes as a name of its own ("Kittwear"), and a copyright line
may give that name as its group's ("Kittwear Group Ltd"): with a "we" voice and no journalist's byline, the page is
the body's and its unreported figures are the body's. A paper's domain over a bylined story, a domain whose name the
page never writes, or a page that never says "we" stays as it was.
"""

import pytest

from tests.ingest_helpers import speaker_of_value

# (the masthead's line, the footer's copyright line, the body as its figures' speaker)
SITES = {
    "domain and group": (
        "brindlewear.em | Women | Men | Kids | Sale",
        "Terms | Privacy | (c) 2028 Brindlewear Group Ltd",
        "Brindlewear",
    ),
    "domain and company": (
        "www.tallowfinch.kt | Shop | Help | My account",
        "(c) 2028 Tallowfinch Ltd. Cookie settings",
        "Tallowfinch",
    ),
    "brand and imprint": (
        "loopfold | Buy | Sell | Wardrobe | Help",
        "Loopfold Ltd, Ludwick. Terms | Privacy | Cookies",
        "Loopfold",
    ),
    "name and imprint": (
        "HOUNDSAFE - the dog rescue charity\nHome | Adopt | Donate | News",
        "Houndsafe, 22 Canal Wharf, Ambry AB1 2QS. Registered charity no. 1140922",
        "Houndsafe",
    ),
    "name and group": (
        "GLEAMCAST\nBrowse | Creators | Help",
        "(c) 2028 Gleamcast Holdings plc | Privacy",
        "Gleamcast",
    ),
}


def _page(masthead: str, footer: str, owner: str, *, byline: str = "", we: bool = True) -> str:
    opening = "Our fee is 180 marrels for each visit." if we else "The fee is 180 marrels for each visit."
    lines = [
        masthead,
        "",
        "About us > Reports > Autumn 2027",
        "",
        f"{owner} autumn report",
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
    assert speaker_of_value(_page(masthead, footer, owner), value) == owner


# (a company's own name and legal form under its masthead is its site whatever the byline: fix41b's _company_site)
@pytest.mark.parametrize("site", ["domain and group", "name and group", "brand and imprint", "name and imprint"])
def test_bylined_page_is_no_owners(site: str) -> None:
    masthead, footer, owner = SITES[site]
    for byline in ("By Ada Roe, Reporter", "By the Data Desk: Ada Roe"):
        assert speaker_of_value(_page(masthead, footer, owner, byline=byline), 1184) != owner


@pytest.mark.parametrize("site", SITES)
def test_page_not_speaking_as_the_body_is_no_owners(site: str) -> None:
    masthead, footer, owner = SITES[site]
    assert speaker_of_value(_page(masthead, footer, owner, we=False), 1184) != owner


@pytest.mark.parametrize("site", SITES)
def test_page_another_holds_is_no_owners(site: str) -> None:
    masthead, _, owner = SITES[site]
    assert speaker_of_value(_page(masthead, "© 2027 Harwick Aggregator Media", owner), 1184) != owner


def test_domain_the_page_never_names_is_no_owner() -> None:
    # the page writes the name in words apart ("Brindle Wear"), not as the domain's one name
    page = _page("brindlewear.em | Women | Men | Kids | Sale", "(c) 2028 Brindle Wear Ltd", "Brindle Wear")
    assert speaker_of_value(page, 1184) is None


def test_paper_domain_over_a_bylined_story_is_no_owner() -> None:
    page = _page(
        "ledger.em | News | Sport | Opinion", "(c) 2028 Ledger Group Ltd", "Ledger", byline="By Ada Roe, Reporter"
    )
    assert speaker_of_value(page, 1184) is None


def test_paper_media_group_is_no_owner() -> None:
    page = _page("harwick.em | News | Sport | Opinion", "(c) 2028 Harwick Media Group Ltd", "Harwick")
    assert speaker_of_value(page, 1184) is None


def test_menu_in_small_letters_is_no_owner() -> None:
    page = _page("home | news | sport | weather", "Home Counties Ltd, Ludwick. Terms", "Home")
    assert speaker_of_value(page, 1184) is None


def test_paper_imprint_over_a_bylined_story_is_no_owner() -> None:
    page = _page(
        "HARWICK\nNews | Sport | Opinion", "Harwick, 1 High Street, Ambry.", "Harwick", byline="By Ada Roe, Reporter"
    )
    assert speaker_of_value(page, 1184) is None
