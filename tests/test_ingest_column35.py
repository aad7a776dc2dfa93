"""
Round 35 (column): an opinion column's own figures are its writer's, also where the writer never says "I"
(tests/ingest_labelling.md, "Settled by blind18's writer": "An opinion column's own figures are its writer's"). The page
must say it is a column: a section head that files it as one ("OPINION", "Opinion | Transport", "COMMENT | ..."), a
byline or a line that calls its writer a columnist, a note on the columnist, or its word that its views are the
writer's. A generated matrix of made-up pages: byline styles, section heads, notes on the writer above or below the
prose; figures the column gives to others stay theirs. Guards: a news story under a byline, on a site whose menu
lists an opinion section, keeps its background no one's.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from ingest.extraction import clean_text, extract

WRITER = "Maren Solberg"

BYLINES = {
    "by": f"By {WRITER}",
    "by_columnist_role": f"By {WRITER}, Courier columnist",
    "name_above_stamp": WRITER,
}
SECTIONS = {
    "caps_opinion": "OPINION",
    "opinion_breadcrumb": "Opinion | Transport",
    "home_opinion_columnists": "Home > Opinion > Columnists",
    "caps_comment_breadcrumb": "COMMENT | ISLANDS",
    "column_with_name": f"COLUMN | {WRITER.upper()}",
    "op_ed": "Op-Ed",
}
# a note on the writer, above the prose or after it, that says the page is a column (or nothing)
NOTES = {
    "none": ("", ""),
    "head_writes_on": (f"{WRITER} writes about the islands every Monday.", ""),
    "tail_views_own": ("", "The views expressed in this column are the writer's own."),
    "tail_the_writer_is": ("", "The writer is a former ferry captain and chairs the Holm community council."),
}

BODY = [
    "Last winter the Kessway ferry carried 412,000 passengers between Holm and the mainland, and most of them were "
    "not tourists.",
    "The ferry company says it will cut 12 sailings a week from May, to save money on fuel and crews.",
    "Some 3,700 islanders depend on the crossing for work, school and hospital visits.",
    "The harbour board has promised a review, but the review will not report until the autumn. The island deserves "
    "better than a review.",
]
# each figure and whose it is: the writer's own, or the body the column gives it to
FIGURES = {412000: WRITER, 3700: WRITER, 12: "ferry company"}


def _page(section: str, byline: str, note: tuple[str, str], menu: str = "News | Sport | Opinion | Weather") -> str:
    head_note, tail_note = note
    lines = [f"The Holm Courier | {menu}"]
    lines += [section] if section else []
    lines += [
        "The island ferry cut is a false economy",
        "Fewer sailings will cost Holm far more than they save",
        byline,
        "Monday 3 May 2027, 08:00",
    ]
    lines += [head_note] if head_note else []
    lines += BODY
    lines += [tail_note] if tail_note else []
    lines += ["Share | Email | Copy link", "(c) 2027 Holm Courier Ltd"]
    return "\n\n".join(lines)


@cache
def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def _check(text: str, value: int, owner: str | None) -> None:
    speakers = _speakers(text)
    assert Decimal(value) in speakers, f"{value} not found"
    speaker = speakers[Decimal(value)]
    if owner == WRITER:
        assert speaker == WRITER
    elif owner is None:
        assert speaker != WRITER  # a news story's background is never its reporter's
    else:
        assert speaker is not None and owner in speaker.lower()


@pytest.mark.parametrize("value", sorted(FIGURES))
@pytest.mark.parametrize("note", sorted(NOTES))
@pytest.mark.parametrize("byline", sorted(BYLINES))
@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_a_column_filed_as_one_gives_its_own_figures_to_its_writer(
    section: str, byline: str, note: str, value: int
) -> None:
    _check(_page(SECTIONS[section], BYLINES[byline], NOTES[note]), value, FIGURES[value])


@pytest.mark.parametrize("value", sorted(FIGURES))
@pytest.mark.parametrize("note", ["head_writes_on", "tail_views_own", "tail_the_writer_is"])
def test_a_column_known_by_its_note_alone_gives_its_own_figures_to_its_writer(note: str, value: int) -> None:
    # no section head, only the site's menu: the note says the page is a column
    _check(_page("", BYLINES["by"], NOTES[note]), value, FIGURES[value])


@pytest.mark.parametrize("value", sorted(FIGURES))
@pytest.mark.parametrize("section", ["", "OPINION"])
def test_a_columnists_byline_alone_makes_the_page_a_column(section: str, value: int) -> None:
    _check(_page(section, BYLINES["by_columnist_role"], NOTES["none"]), value, FIGURES[value])


# Guards: a news story under its reporter's byline is not a column, whatever its site's menu lists
NEWS_HEADS = {
    "menu_lists_opinion": ("", "News | Sport | Opinion | Weather", f"By {WRITER}"),
    "menu_lists_comment": ("", "News | Comment | Sport | Weather", f"By {WRITER}"),
    "news_section": ("NEWS | TRANSPORT", "News | Sport | Opinion | Weather", f"By {WRITER}, Transport Reporter"),
    "comment_button": ("Comment", "News | Sport | Opinion | Weather", f"By {WRITER}"),
    "name_above_stamp": ("", "News | Sport | Opinion | Weather", WRITER),
    "long_menu_with_opinion": ("Home | News | Politics | Business | Opinion | Sport", "Weather", f"By {WRITER}"),
    "caps_menu_lists_opinion": ("HOME   NEWS   SPORT   OPINION   WEATHER", "Weather", f"By {WRITER}"),
}
NEWS_FIGURES = {412000: None, 3700: None, 12: "ferry company"}


@pytest.mark.parametrize("value", sorted(NEWS_FIGURES))
@pytest.mark.parametrize("head", sorted(NEWS_HEADS))
def test_a_news_story_under_a_byline_keeps_its_background_no_ones(head: str, value: int) -> None:
    section, menu, byline = NEWS_HEADS[head]
    _check(_page(section, byline, NOTES["none"], menu=menu), value, NEWS_FIGURES[value])


def test_a_letters_page_filed_under_opinion_is_not_a_column() -> None:
    page = "\n\n".join(
        [
            "The Holm Courier | News | Sport | Opinion | Weather",
            "OPINION | LETTERS",
            "Letters: the ferry, the pier and the school",
            f"Edited by {WRITER}, Letters Editor",
            "Monday 3 May 2027, 08:00",
            "We had 41 letters about the ferry this week. Here is a selection.",
            "I counted 14 cancelled sailings in March alone, and nobody at the ferry office could tell me why.",
            "Ada Brekke, Holm",
            "The council spends 2 million sellings a year on the pier and the ferry still runs late.",
            "Jon Vik, Sandnes",
        ]
    )
    speakers = _speakers(page)
    assert speakers[Decimal(14)] == "Ada Brekke"
    assert speakers[Decimal(2000000)] == "Jon Vik"


# A blog's post in its writer's first person, signed "Posted by X on ...": its own figures are the writer's, as a
# column's are; a post with no "I" of the writer's, or one a desk posted, keeps its background no one's
POSTED_BYLINES = {
    "posted_on_date": f"Posted by {WRITER} on 3 May 2027 at 8:12pm",
    "posted_bare": f"Posted by {WRITER}",
}
BLOG_BODY = [
    "Right, I promised an update on the ferry and here it is. I went down to the pier on Saturday to see for myself.",
    "By my count the Kessway ferry carried 412,000 passengers last winter, and I reckon most of them were islanders.",
    "The ferry company says it will cut 12 sailings a week from May.",
]


def _blog(byline: str, body: list[str]) -> str:
    head = ["HOLM NOTES", "News and goings-on from Holm. Run by one person with a laptop.", "Home | About | Contact"]
    head += ["Ferry cuts: what I found at the pier", byline, "Filed under: Island life"]
    return "\n\n".join([*head, *body, "Holm Notes is not affiliated with the council."])


@pytest.mark.parametrize("byline", sorted(POSTED_BYLINES))
def test_a_blog_posts_first_person_figures_are_its_writers(byline: str) -> None:
    speakers = _speakers(_blog(POSTED_BYLINES[byline], BLOG_BODY))
    assert speakers[Decimal(412000)] == WRITER
    assert "ferry company" in (speakers[Decimal(12)] or "").lower()


def test_a_desks_post_is_no_ones_column() -> None:
    body = ["The Kessway ferry carried 412,000 passengers last winter, most of them islanders.", BLOG_BODY[2]]
    speakers = _speakers(_blog("Posted by Courier Community Desk | 3 May 2027 at 08:05", body))
    assert speakers[Decimal(412000)] is None


def test_a_post_with_no_first_person_keeps_its_background_no_ones() -> None:
    body = ["The Kessway ferry carried 412,000 passengers last winter, most of them islanders.", BLOG_BODY[2]]
    speakers = _speakers(_blog(POSTED_BYLINES["posted_on_date"], body))
    assert speakers[Decimal(412000)] != WRITER
