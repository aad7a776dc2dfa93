"""
Mend 35e: the column35 rule (a page that says it is a column gives its writer the figures in their own voice) must not
fire on a news page's menu, share bar or notes: a share bar's "Comment" button ("Share | Comment | Print"), a short menu
that lists the opinion section ("News / Opinion / Sport"), a menu or buttons printed one a line ("NEWS", "OPINION"),
a news story's paragraph on a book's author ("The author is a former ferry captain ..."), a note on a staff reporter,
a reporter's newsletter, a match commentator's byline. A news story's background has no speaker, and a live blog's
posts each stand alone (tests/ingest_labelling.md, "Settled by blind18's writer", "Live blog").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

REPORTER = "Tomas Ekdahl"
BODY = [
    "Varlen council has approved 14 new bus routes, to start in September.",
    "The city has 212,000 residents and its bus network carries 38,000 passengers a day.",
    "The transport committee chair, Ilse Brandt, said the routes would cost 4.2 million a year to run.",
    "About 60 per cent of households in the east of the city do not own a car.",
]
BACKGROUND = (212000, 38000, 60)


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def _news(head: list[str], byline: str = f"By {REPORTER}", under: list[str] | None = None, tail: str = "") -> str:
    lines = ["The Varlen Gazette", *head, "Council approves 14 new bus routes for Varlen", byline]
    lines += ["Tuesday 4 May 2027, 09:15", *(under or []), *BODY]
    lines += [tail] if tail else []
    lines += ["(c) 2027 Varlen Gazette"]
    return "\n\n".join(lines)


PAGES = {
    # H1: a share bar's comments button
    "share_bar": _news(["News", "Share | Comment | Print"]),
    "share_bar_reporters_role": _news(["News", "Share | Comment | Print"], f"By {REPORTER}, Transport Correspondent"),
    "comment_share": _news(["Comment / Share"], REPORTER),
    # H2: a short menu with the opinion section first or second
    "menu_home_opinion": _news(["Home | Opinion | Sport | Weather"]),
    "menu_slashes": _news(["News / Opinion / Sport"]),
    # H3: a menu or buttons one a line, in capitals
    "caps_menu_one_a_line": _news(["NEWS", "SPORT", "OPINION", "BUSINESS"]),
    "caps_buttons_one_a_line": _news([], under=["SHARE", "COMMENT", "SAVE"]),
    # M2: a note on a staff reporter
    "staff_writer_note": _news(
        ["The Varlen Gazette | News | Politics | Opinion | Sport | Puzzles"],
        tail="The writer is a member of the Gazette's transport desk.",
    ),
    # L1: a reporter's newsletter
    "newsletter_note": _news(
        ["The Varlen Gazette | News | Politics | Opinion | Sport | Puzzles"],
        tail=f"{REPORTER} writes about transport every week in the Gazette's Commuter newsletter.",
    ),
}


@pytest.mark.parametrize("value", BACKGROUND)
@pytest.mark.parametrize("page", sorted(PAGES))
def test_a_news_storys_background_stays_no_ones_under_a_menu_or_share_bar(page: str, value: int) -> None:
    speakers = _speakers(PAGES[page])
    assert Decimal(value) in speakers
    assert speakers[Decimal(value)] is None


def test_a_news_storys_paragraph_on_a_books_author_does_not_make_it_a_column() -> None:
    page = "\n\n".join(
        [
            "The Varlen Gazette | News | Politics | Opinion | Sport | Puzzles",
            "Harbour memoir wins 20,000 prize",
            f"By {REPORTER}",
            "Tuesday 4 May 2027, 09:15",
            "A memoir of life on the Holm ferries has won the 20,000-crell Varlen Book Prize.",
            "The author is a former ferry captain who worked on the Kessway route for 31 years.",
            "The prize drew 184 entries this year, the organisers said.",
            "The town library has 52,000 books on loan.",
        ]
    )
    assert _speakers(page)[Decimal(52000)] is None


def test_a_live_blog_under_a_share_bar_keeps_each_posts_figures_their_own() -> None:
    page = "\n\n".join(
        [
            "The Varlen Gazette",
            "Share | Comment | Print",
            "Live: Storm Edda hits the coast",
            "Posted by Jonah Pell on 4 May 2027",
            "10:15\nThe coastguard has rescued 3 people from a yacht off Skerrin.",
            "09:58\nWinds reached 140 km/h at Varlen airport overnight, the met office said. The airport handles 5.1 "
            "million passengers a year.",
            "09:40\nThe city has 212,000 residents and about 9,000 live in areas at risk of flooding.",
        ]
    )
    speakers = _speakers(page)
    assert speakers[Decimal(3)] is not None and "coastguard" in speakers[Decimal(3)]
    for value in ("5100000", "212000", "9000"):
        assert speakers[Decimal(value)] is None


def test_a_match_commentators_report_is_news() -> None:
    page = "\n\n".join(
        [
            "The Varlen Gazette | News | Politics | Opinion | Sport | Puzzles",
            "Varlen Rovers 3 Holm Athletic 1",
            "By Bo Lind, Radio Varlen football commentator",
            "Saturday 8 May 2027, 17:05",
            "Varlen Rovers beat Holm Athletic 3-1 in front of 11,400 fans at Kessway Park. The win lifts Rovers to "
            "fifth, and the club has now sold 9,800 season tickets for next year.",
        ]
    )
    speakers = _speakers(page)
    assert speakers[Decimal(11400)] is None
    assert speakers[Decimal(9800)] is None
