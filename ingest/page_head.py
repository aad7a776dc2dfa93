"""
What a scraped page's head says of the article: its headline and its date, for the source an import stores.

    guess_headline(raw)   # "Harrowmere reservoir falls to lowest level in three decades", or "" if none reads as one
    guess_published(raw)  # date(2026, 3, 3) from "Tuesday 3 March 2026, 06:00 | Updated 11:42", or None
    guess_byline(raw)     # "Celine Abara-Voss and Dmitri Halme" from "By Celine Abara-Voss and Dmitri Halme, Economics"
    guess_masthead(raw)   # "The Brackenhythe Courier", the first line above the site's menu, or ""

A page's head runs from its masthead and menus down to the byline or the first paragraph of the article: the
headline is the first line there that reads as one (in title case or, as most news sites now write them, in
sentence case) and is about what the page is about: one of its longer words comes again below it, as none of the
site's taglines, offers and cookie notices above it ("Get the Post delivered for 2.20 crowns a week") may.
The standfirst, photo captions and stamps come after it. The date is the first whole date (with its year) on a
line of the head or the byline's stamp below it, or else in the first paragraph's dateline ("TROMSLAND, 1 December
2026 - ..."): the engine resolves "on Monday" against it. Pure Python, like ingest.cleaning.
"""

from __future__ import annotations

import re
from datetime import date

from ingest.cleaning import (
    BULLET,
    BYLINE,
    DATED,
    DATESTAMP,
    DOMAIN_MASTHEAD,
    EMAIL_OR_URL,
    FURNITURE_HEADINGS,
    FURNITURE_LINES,
    RELEASE_MARK,
    SOLE_BYLINE,
    STAMP,
    WORD,
    copyright_holders,
    html_to_text,
    is_prose,
    normalise_line,
    outlet_key,
    release_mark,
)
from ingest.cues import LEGAL_FORMS, PUBLISHER_WORDS, SECTION_STRAPS
from ingest.dates import find_date

HEAD_LINES = 60  # a headline stands near the top of the page
HEADLINE_WORDS = (3, 30)  # "Henrike Vossberg obituary"
# A date in digits, day first as in the rest of the world: "11.12.2026", "19/07/2024"; or year first: "2026-11-11"
NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})(?![\d.])|"
    r"(?<![\d-])(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})(?![\d-])"
)
ISO_PARTS = ("iso_day", "iso_month", "iso_year")
CAPITALS_WORD = re.compile(r"\b[A-Z]{3,}\b")  # a month as a stamp may print it: "11:30, 19 JAN 2027"
TAGLINE_WORDS = 3  # "Independent. Local. Paid for by readers.": a tagline's fragments run to fewer words each
# A standfirst's article: a headline leaves them out ("Energy bills to climb again in April")
ARTICLE = re.compile(r"\b(?:the|a|an)\b", re.IGNORECASE)
# Where the article's body ends: its copyright line, the links to other stories under it
FOOTER = re.compile(
    r"©|\bcopyright\b|\ball rights reserved\b|^(?:more on this (?:story|topic)|related(?: stories| articles)?|"
    r"read more|most read|more from|you may also like|more stories)\b",
    re.IGNORECASE,
)
DATELINE = 60  # characters: "TROMSLAND, 1 December 2026 - " opens a paragraph
DATELINE_END = re.compile(r"\s*(?:[-–—:]|\(\w+\)\s*[-–—])")  # the dash after it, or a wire's "(KNS) -"
# An outlet's name: a few words, capitalised or in capitals, no figures ("The Brackenhythe Courier", "KORVANE NEWS")
MASTHEAD_NAME = re.compile(
    r"(?:[A-Z][\w'’&.-]*|of|the|and|for|on|in|&)(?: (?:[A-Z][\w'’&.-]*|of|the|and|for|on|in|&)){0,7}"
)
# A menu or a breadcrumb: "News | Sport | Weather", "World › Europe", "News > Environment"; or, as printed, spaced out
MENU = re.compile(r"[|·≡•›»]|\s>\s")
SECTION_STRAP = re.compile(rf"(?i:{SECTION_STRAPS})")
CRUMBS = re.compile(r"\s+>\s+|\s*[›»]\s*")  # the steps of a breadcrumb: "News > Environment", "World › Europe"
SPACED_MENU = re.compile(r"\S\s{2,}\S")  # "Home  World  Business", "HOME   WORLD   EUROPE"
BREADCRUMB = re.compile(r"\S\s/\s\S.*\s/\s\S")  # "Home / Education / Universities": two slashes, not a credit's one
# A label in capitals set apart by spaces from the headline after it: "LIVE  Dengue outbreak in the capital"
SPACED_LABEL = re.compile(r"^\s*[A-Z]{2,}(?: [A-Z]{2,})?\s{2,}(?P<headline>(?=[^a-z]*[a-z])\S+(?: \S+){2,})\s*$")
# A wire's note on the version of its story, set before its headline: "UPDATE 2-", "REFILE-", "CORRECTED-"
WIRE_VERSION = re.compile(r"^(?:UPDATE|REFILE|CORRECTED|WRAPUP)(?: \d+)?-(?=[A-Z'\"‘“])")
LABEL_CAPITALS = 0.75  # "TRANSCRIPT: ARDLE TONIGHT, MBS Television": a label, mostly in capitals
KICKER_WORDS = 4  # "The long read", "Second Division play-offs": a section's or a series' label above the headline
STANDFIRST_WORDS = 12  # the long line under a short headline that runs on to the byline is its standfirst
MENU_AFTER_PARTS = 3  # the name and two sections of the site's menu after it on its line
MENU_PARTS = re.compile(r"\s*[|·•›»]\s*")  # the bars and dots between a menu's sections on the masthead's line
MENU_SECTION_WORDS = 3  # "Fact-check", "Reality Check", "Cost of living": a section's name is a few words
MASTHEAD_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[|·•›»]\s*|\s+::?\s+")  # "Name | LIVE", "Name  ::  LIVE"
# Lines of the head that are the page's, not the article's: credits and captions, labels of a release, calls to
# sign up, reading times; "Interview by ...", "Photographs by ..." under a headline. A credit's word only before "by"
# or a colon ("Written question: ...", "In pictures: ..." are headlines), a stamp's word only before a date, a time or
# "ago" ("... reservoir: updated cost and timetable" is one), a newsletter but another's ("Get our free Morning
# Briefing newsletter", not "...: a food bank's newsletter to its volunteers"); the site's calls to its reader, to
# take its app or its emails ("Download the Herald app for ...", "Get the Vale Weekly in your inbox"), to pay for its
# journalism ("Support the Herald: independent journalism costs money") or to say it likes it ("Enjoying our
# coverage?"), and a syndication's credit ("Originally published by The Vale Review")
PAGE_LINE = re.compile(
    r"^\W*(?:photo|photograph|picture|image|video|credit|source|ref|embargoed|listen|watch|advertisement)\b|"
    r"^\W*(?:interview|words|photographs|pictures|reporting|written|edited|editing|programme)(?: and \w+)?(?: by\b|:)|"
    r"^\W*(?:breaking|now playing|subscribers?(?: only)?|become a member|free to read|free trial|live scores)\s*:|"
    r"(?<!\bin )\b(?:photo|photograph|picture|credit)s?\s*:|(?<!['’]s )(?<!s['’] )\bnewsletters?\b|\bsubscribe\b|"
    r"(?:^|:)\W*sign up\b|"
    r"^\W*(?:get|download|install|try)\b.*\b(?:app|inbox|alerts|e-?edition)\b|"
    r"^\W*(?:support|donate to|back|fund)\s+(?:us|our|the\s+\w+)\b.*\b(?:journalism|reporting|newsroom)\b|"
    r"^\W*(?:support|donate to)\s+us\b|^\W*(?:enjoying|enjoyed|enjoy|like|liked|love|value|valued)\s+(?:our|this)\b|"
    r"^\W*(?:originally|first) (?:published|posted|appeared|ran)\b|^\W*(?:republished|reproduced) (?:from|with)\b|"
    r"\bmin(?:ute)?s?\.? read\b|"
    r"\b(?:updated|published|posted)\b(?=\W*(?:on |at )?(?:\d|[a-z]{3,9}\.? \d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
    r"(?:an? |\d+ )?\w+ ago\b))|"
    r"\bcomments?\b|\bcookies?\b|\[[^\]]{1,20}\]",
    re.IGNORECASE,
)

# A note about the page itself, which may stand above its headline: "This is a press release published as
# supplied.", "This article is more than 2 days old", "This is an edited transcript."
COOKIES = re.compile(r"\bcookies\b", re.IGNORECASE)  # "We and our partners use cookies. Accept | Reject"
PAGE_NOTE = re.compile(
    r"^This (?:is (?:an? )?(?:\w+ )?(?:press release|transcript|article|story|page)\b|"
    r"(?:article|story|page|transcript|press release) (?:is|was|has|appears)\b)|"
    # "Presented by ... Programme transcripts ... may contain errors.": the first "transcript" is held (an atomic
    # group), so a long line of many is read once, not once for each
    r"^(?>.*?\btranscripts?\b).*\bmay contain errors\b"
)
# A line of a block of fields, a short label and its value: "Publisher: Orrin Interactive", "Release date: 8 Feb 2028";
# one such line alone may be a headline ("State of the game: crates, cuts and the road to Patch 1.2"), and so may the
# first of a run, the record's name over its fields; the rest of the run are fields
FIELD = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’()-]+){0,3}:\s+\S")
FIELD_RUN = 3
MENU_SECTIONS = re.compile(r"\s{2,}|\s*[|·•›»]\s*")  # "SALTMARROW   News | Support": the name, then sections
# A link back to a section the site's menu names: "Back to news" under "News | Support | Store"
BACK_LINK = re.compile(
    r"^(?:back|return) to (?:the |all )?(?P<section>.+?)\W*$", re.IGNORECASE
)  # "Title: ...", "Publisher: ...", "Developer: ..."
# A date on a line of the head that is not the page's: the end of a period ("Playoffs | 19 February - 5 March 2028",
# "Reporting period: 1 July - 31 December 2027"), a start ("Tracked since 8 February 2028", "(issued 19 January
# 2028)") or an aside in brackets ("quarterfinal, Korrin Wolves v Saltcoast Five (22 February 2028)")
_DAY_MONTH_YEAR = r"(?:\d{1,2}\s+[A-Za-z]{3,}\.?,?\s+\d{4}|[A-Za-z]{3,}\.?\s+\d{1,2},?\s+\d{4})"
OTHER_DATE = re.compile(
    r"(?:\b(?:since|from|until|till|issued|between)\s+|\(\s*|(?<![\d:.])\d{1,2}(?:\s+[A-Za-z]{3,}\.?)?\s*[-–—]\s*|"
    r"\bto\s+)" + _DAY_MONTH_YEAR,
    re.IGNORECASE,
)
# A credit closing a caption: "... (Rosa Kemper / The Calloway Ledger)", "(Photo: Harlund Herald)"; not a headline's
# own aside: "Village shop: the buyout is on (and we need your money)"
CREDIT_AT_END = re.compile(r"\((?:[^()]*[/©]|\W*(?:photo|photograph|picture|image|credit)s?\b)[^()]*\)$", re.IGNORECASE)


def guess_headline(raw: str) -> str:
    """The page's headline: the first line of its head that reads as one; "" when none does."""
    # each line as printed (a menu spaced out, "HOME   WORLD   EUROPE", loses its spaces once normalised), normalised,
    # and the block of lines it stands in (blocks are set apart by blank lines)
    rows: list[tuple[str, str, int]] = []
    block = 0
    for raw_line in raw.splitlines():
        line = normalise_line(raw_line)
        if line:
            rows.append((raw_line, line, block))
        else:
            block += 1
    lines = [_headline_text(raw_line, line) for raw_line, line, _ in rows]
    menus = [_is_menu(raw_line, line) for raw_line, line, _ in rows]
    # the site's masthead and menu, and the taglines, offers and alerts under the menu
    under_menu, header = _site_header(rows, menus)
    end = _head_end(lines[:HEAD_LINES], header)
    # the last line of the article's body each word stands on: a line's word comes again below it when it stands on a
    # later line of the body (not in the footer's menu, its copyright line or the links to other stories under it)
    first = next((j for j in range(end, len(lines)) if _paragraph(lines[j])), len(lines))
    body_end = next((j for j in range(first, len(lines)) if FOOTER.search(lines[j])), len(lines))
    last_line = {_stem(word): j for j, line in enumerate(lines[:body_end]) for word in WORD.findall(line)}
    # the outlet's name on a line of its own under the menu ("The Harwick Ledger", as its copyright line names it)
    owners = {outlet_key(holder) for holder in copyright_holders(lines)}
    fields = _field_lines(rows)
    sections = {
        normalise_line(part).lower()
        for i, (raw_line, _, _) in enumerate(rows)
        if menus[i]
        for part in MENU_SECTIONS.split(raw_line)
    }
    candidates = [
        i
        for i in range(under_menu, end)
        if not menus[i]
        and i not in fields
        and not _back_link(lines[i], sections)
        and _reads_as_headline(lines[i])
        and _about(lines[i], i, last_line)
        and _dateline(lines[i]) is None
        and outlet_key(lines[i]) not in owners
    ]
    # a line under the menu in its block is the headline only when no line below the header reads as one (a
    # breadcrumb, "News > Environment", may be the page's first menu)
    below = [i for i in candidates if i >= header] or candidates
    for i in below:
        if not _kicker(i, lines, set(below), [block for _, _, block in rows]):
            return lines[i]
    # else the page's own title as the last step of its breadcrumb ("News > Autumn Fair 2026: the facts and figures")
    for i in range(min(end, len(lines))):
        crumbs = CRUMBS.split(lines[i]) if menus[i] else []
        # (longer than a section's name: "Home > News > Cost of living" names the section, not the story)
        last = crumbs[-1] if len(crumbs) > 1 else ""
        if len(WORD.findall(last)) > MENU_SECTION_WORDS and _reads_as_headline(last) and last.lower() not in sections:
            return last
    return ""


def _back_link(line: str, sections: set[str]) -> bool:
    """A link back to a section of the site its menu names ("Back to news"), not a headline ("Back to school")."""
    link = BACK_LINK.match(line)
    return link is not None and link.group("section").lower() in sections


def _field_lines(rows: list[tuple[str, str, int]]) -> set[int]:
    """
    The lines of the head in a run of fields, one under another in their block, but the first: a record's fields, not
    a headline; the first may be the record's name, set out as a field's are ("Financial Sanctions Notice: Ambrevo").
    """
    fields: set[int] = set()
    run: list[int] = []
    for i, (_, line, block) in enumerate([*rows[:HEAD_LINES], ("", "", -1)]):
        if run and (not FIELD.match(line) or block != rows[run[-1]][2]):
            if len(run) >= FIELD_RUN:
                fields.update(run[1:])
            run = []
        if FIELD.match(line):
            run.append(i)
    return fields


def _headline_text(raw_line: str, line: str) -> str:
    """A line without the label a page or a wire sets before a headline: "LIVE  Fire at ...", "UPDATE 2-Fire at ..."."""
    labelled = SPACED_LABEL.match(raw_line)
    if labelled is not None:
        line = normalise_line(labelled.group("headline"))
    return WIRE_VERSION.sub("", line)


def _site_header(rows: list[tuple[str, str, int]], menus: list[bool]) -> tuple[int, int]:
    """
    Where the site's header ends: after its first menu (a cookie notice's "Accept | Reject" may stand above the
    masthead), and the lines under the menu in its block ("Your local news since 1874", "Breaking news alerts: text
    HERALD to 64400") unless that block runs on to the article's byline, stamp or first paragraph (under a line that
    reads as its headline); none when a byline or a stamp comes before any menu. The line under the menu, and the
    header's end.
    """
    head = rows[:HEAD_LINES]
    menu = next((i for i, (_, line, _) in enumerate(head) if menus[i] and not COOKIES.search(line)), None)
    if menu is None or any(_stamp(line) for _, line, _ in head[:menu]):
        return 0, 0
    block = [j for j in range(menu + 1, len(head)) if head[j][2] == head[menu][2]]
    # a paragraph is the article's under a line that reads as its headline; straight under the menu it is the site's
    # notice or offer ("You have 3 free articles left this month. Subscribe for full access.")
    titled = next((k for k in block if _reads_as_headline(head[k][1])), len(head))
    if any(_stamp(head[j][1]) or (j > titled and is_prose(head[j][1])) for j in block):
        return menu + 1, menu + 1
    return menu + 1, menu + 1 + len(block)


def _paragraph(line: str) -> bool:
    """A paragraph of running text; not a stamp that reads as one: "August 12, 2025, 6:30 p.m.", "Updated ... a.m."."""
    return is_prose(line) and not (_stamp(line) or DATESTAMP.match(line))


def _stamp(line: str) -> bool:
    """A byline or a stamp: "By Greta Hollis", "Updated 20 May 2027", "Tuesday 3 March 2026, 06:00"."""
    return bool(_byline(line) or STAMP.match(line) or DATED.match(line))


def _byline(line: str) -> bool:
    """
    A byline: "By Greta Hollis", and a credit the cleaner keeps as one ("Compiled by Maren Stoll, Readers' Editor",
    "Answered by Hattie Brume"), which ends the head as a byline does and is no headline.
    """
    return bool(BYLINE.match(line) or SOLE_BYLINE.match(line))


def _about(line: str, i: int, last_line: dict[str, int]) -> bool:
    """
    Whether one of the longer words of a line comes again below it on the page (a tagline's or an offer's do not): a
    headline may say what the article says in words of its own ("What the museums are selling": "sale"), and a section's
    ("Farming news in brief") or a series' title shares few words with the stories under it.
    """
    return any(last_line.get(_stem(word), -1) > i for word in WORD.findall(line) if len(word) >= 4)


def _kicker(i: int, lines: list[str], candidates: set[int], blocks: list[int]) -> bool:
    """
    A section's or series' label above the headline ("The long read", "Second Division play-offs"): a short line with
    a longer headline under it; not a short headline ("Henrike Vossberg obituary") over a standfirst that runs on to
    the byline.
    """
    words = len(WORD.findall(lines[i]))
    if words > KICKER_WORDS or i + 1 not in candidates:
        return False
    under = len(WORD.findall(lines[i + 1]))
    if under <= words:
        return False
    if (
        blocks[i + 1] == blocks[i]
        and (i + 2 == len(lines) or blocks[i + 2] != blocks[i])
        and ARTICLE.search(lines[i + 1])
    ):
        # the short headline and its standfirst, a block of their own above the byline: a standfirst is written with
        # its articles ("The week's smaller stories from the quays"), a headline under its kicker leaves them out
        # ("Cost of living" over "Energy bills to climb again in April")
        return False
    return not (under >= STANDFIRST_WORDS and i + 2 not in candidates)


def guess_published(raw: str, *, html: bool = False) -> date | None:
    """
    The page's date: the first whole date on a line of its head that is no paragraph (a stamp, a dateline, a release's
    "For immediate release: 20 March 2026"), down to the article's second paragraph; else the dateline opening its
    first paragraph ("TROMSLAND, 1 December 2026 - ..."). None when neither gives a day with its year.
    """
    text = html_to_text(raw) if html else raw
    lines = [line for line in (normalise_line(line) for line in text.splitlines()[:HEAD_LINES]) if line]
    byline = next((i for i, line in enumerate(lines) if BYLINE.match(line)), 0)
    # (a headline that asks, "Does the city recycle half its waste?", or a tagline, "Independent. Paid for by readers.",
    # reads as a paragraph but is none; a paragraph ending in a quote, or a short one, is one)
    paragraphs = [i for i, line in enumerate(lines) if i > byline and _paragraph(line) and not _heading(line)]
    end = paragraphs[1] if len(paragraphs) > 1 else len(lines)  # a standfirst may read as one, above the stamp
    for line in lines[:end]:
        if not STAMP.match(line):
            # without a period, a start or an aside: "Reporting period: 13-15 September 2027   Issued: 15 September"
            line = OTHER_DATE.sub(" ", line)
        day = _whole_date(line) if not _paragraph(line) else None
        if day is not None:
            return day
    for i in paragraphs[:2]:
        day = _dateline(lines[i])
        if day is not None:
            return day
    return None


def _dateline(line: str) -> date | None:
    """The date of the dateline opening a paragraph ("TROMSLAND, 1 December 2026 - ..."); None when none opens it."""
    day, _, _, span = find_date(line[:DATELINE], None)
    if day is not None and span is not None and DATELINE_END.match(line[span[1] :]):
        return day
    return None


def _heading(line: str) -> bool:
    """
    A headline that asks ("Fact check: Did the ferry carry 2 million people last year?") or a tagline of fragments
    ("Independent. Local. Paid for by readers."): either reads as a paragraph but is none.
    """
    if line.endswith("?") and _reads_as_headline(line):
        return True
    sentences = [part for part in re.split(r"[.!?]+\s+", line) if part]
    return len(sentences) > 1 and len(WORD.findall(line)) < TAGLINE_WORDS * len(sentences)


def guess_byline(raw: str, *, html: bool = False) -> str:
    """The writers' names as the page's byline prints them, without its "By" and the writer's role; "" if none."""
    text = html_to_text(raw) if html else raw
    for line in (normalise_line(line) for line in text.splitlines()[:HEAD_LINES]):
        found = BYLINE.match(line)
        if found is not None:
            return found.group(0)[len("By") :].strip()
    return ""


def guess_masthead(raw: str, *, html: bool = False) -> str:
    """
    The outlet's name as the first line gives it above the site's menu ("HealthWatch Pellaria - news for ..."), or
    else as a line of the page's head gives it on its own under the menu when the copyright line names the same
    owner ("The Harwick Ledger" ... "© 2026 The Harwick Ledger. All rights reserved.").
    """
    text = html_to_text(raw) if html else raw
    lines = [
        (raw_line.strip(), line) for raw_line in text.splitlines()[:HEAD_LINES] if (line := normalise_line(raw_line))
    ]
    return _name_above_menu(lines, text) or _owner_in_head(text, [line for _, line in lines])


def _owner_in_head(text: str, head: list[str]) -> str:
    """A line of the head, above the byline or the first paragraph, that is the owner the copyright line names."""
    owners = {outlet_key(holder) for holder in copyright_holders([normalise_line(line) for line in text.splitlines()])}
    for line in head[: _head_end(head, 0)]:
        if outlet_key(line) in owners and MASTHEAD_NAME.fullmatch(line) and not FURNITURE_LINES.match(line):
            return line
    return ""


def _name_above_menu(lines: list[tuple[str, str]], written: str = "") -> str:
    """The first line's name when the site's menu stands under it or after it on its line; "" otherwise."""
    # the site's menu under the name, or on its line after it, two sections or more ("Radio Ostrava Online |
    # Fact-check | Reality Check"), not one label of what the page is ("Vesta News Live | Marrenta Votes 2026")
    # Set apart by a menu's bars or dots, each section a few words: a headline's dashes ("Floods - what we know so far
    # - live updates") set apart its own parts, no menu
    sections = [section for section in MENU_PARTS.split(lines[0][0]) if section.strip()] if lines else []
    menu_after = (
        len(lines) > 1
        and len(sections) >= MENU_AFTER_PARTS
        and all(len(section.split()) <= MENU_SECTION_WORDS for section in sections[1:])
    )
    if len(lines) < 2 or not (MENU.search(lines[1][1]) or SPACED_MENU.search(lines[1][0]) or menu_after):
        return ""
    # the name before a bar or dash and what the page is ("Skellan Courier  ::  LIVE", "The Ledger | Business")
    parts = [part.strip() for part in MASTHEAD_PARTS.split(lines[0][0]) if part.strip()]
    if parts and SPACED_MENU.search(parts[0]):
        # a menu itself ("MARKETS   ECONOMY   TECH"), or the name set apart by spaces from the menu or the name its
        # initials stand for ("CRESTLINE ESPORTS   Events | Teams | Rules", "KGCB  Kelvardy Games Classification Board")
        return _spaced_name(lines[0][0], written)
    name = normalise_line(parts[0])
    if DOMAIN_MASTHEAD.fullmatch(name):
        return _domain_name(name, written)
    if len(parts) > 1 and _acronym_of(name, normalise_line(parts[1])):
        name = normalise_line(parts[1])  # "ABN | Ardesia Broadcasting Network": the name the initials stand for
    return name if MASTHEAD_NAME.fullmatch(name) and not FURNITURE_LINES.match(name) else ""


def _domain_name(domain: str, written: str) -> str:
    """
    fix42b: the name a site's domain masthead stands for, as the page writes it as a name of its own, capital first
    and nothing joined to it ("kittwear.em" over "Kittwear Group Ltd" and "We sell clothing": "Kittwear"). "" when the
    page never writes the domain's name so, as a paper's domain ("skellancourier.kt") stands for words its page
    writes apart ("Skellan Courier"); a paper's page names itself, but signs its stories (site_owner's ``bylined``).
    """
    label = DOMAIN_MASTHEAD.fullmatch(domain)
    if label is None:
        return ""
    word = label.group("label")
    if SECTION_STRAP.fullmatch(word) or FURNITURE_LINES.match(word):
        return ""  # a menu's first section in small letters ("home | news | sport"), no site's name
    # (mendfix42b: not a word that only opens a sentence or a line, "Wandering was never the plan", "Loop the cable
    # twice", unless the company's legal form or a group word follows it, "Loopshelf Ltd, Ludwick")
    for found in re.finditer(rf"(?<![\w.@/-]){word[0].upper()}{re.escape(word[1:])}(?![\w.@/-])", written):
        before = written[: found.start()].rstrip(" \t")
        if (before and before[-1] not in "\n.!?:;\"“‘'") or _COMPANY_AFTER.match(written, found.end()):
            return found.group(0)
    return ""


_COMPANY_AFTER = re.compile(rf"\s+(?i:{PUBLISHER_WORDS}|{LEGAL_FORMS})\b")


def _spaced_name(raw_line: str, written: str) -> str:
    """
    fix41b: the site's name where spaces, not a bar, set it apart on its line: before the menu, two sections or more
    of a few words each ("CRESTLINE ESPORTS   Events | Tidebreak Masters | Teams"), or as the initials before the name
    they stand for ("KGCB  Kelvardy Games Classification Board"). A brand the site prints in small letters is written
    as the page writes it ("lumastream": "Lumastream"). "" for a menu spaced out ("HOME   WORLD   EUROPE").
    """
    chunks = [chunk.strip() for chunk in re.split(r"\s{2,}", raw_line.strip()) if chunk.strip()]
    if len(chunks) < 2 or MENU_PARTS.search(chunks[0]) or SECTION_STRAP.fullmatch(chunks[0]):
        return ""  # (a section's strap over its menu, "SPORT   Football | Cricket | Rugby", names no site)
    name, after = normalise_line(chunks[0]), normalise_line(chunks[1])
    sections = [section for section in MENU_PARTS.split(after) if section.strip()]
    menu = len(sections) >= 2 and all(len(section.split()) <= MENU_SECTION_WORDS for section in sections)
    if not menu and len(chunks) == 2 and _acronym_of(name, after):
        name = after
    elif not menu:
        return ""
    if name.islower() and " " not in name:
        name = next(
            (
                found.group()
                for found in re.finditer(rf"\b{re.escape(name)}\b", written, re.I)
                if found.group()[0].isupper()
            ),
            "",
        )
    return name if MASTHEAD_NAME.fullmatch(name) and not FURNITURE_LINES.match(name) else ""


def _acronym_of(short: str, name: str) -> bool:
    """Whether a word in capitals is the initials of a name's capitalised words ("ABN", "Ardesia Broadcasting News")."""
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return short.isupper() and " " not in short and len(short) >= 2 and short == initials


def _is_menu(raw_line: str, line: str) -> bool:
    """
    A menu or breadcrumb, as printed or normalised, the site's name before it or not ("SALTMARROW   News | Support |
    Store"); not the byline or stamp under a headline that sets its parts apart with bars the same way ("By Greta
    Hollis | 20 May 2027 | Updated 15:10", "Updated 20 May 2027 | 17:42").
    """
    if not (MENU.search(line) or BREADCRUMB.search(line) or SPACED_MENU.search(raw_line.strip())):
        return False
    labelled = SPACED_LABEL.match(raw_line)
    if labelled is not None and not MENU.search(labelled.group("headline")):
        return False  # a label and the headline: "LIVE  Dengue outbreak in the capital"
    return not (BYLINE.match(line) or STAMP.match(line) or DATED.match(line))


def _whole_date(line: str) -> date | None:
    """A date with its year on a line of the head: "Tuesday 3 March 2026, 06:00", "NOVEMBER 20, 2026", "11.12.2026"."""
    numeric = NUMERIC_DATE.search(line)
    if numeric is not None:
        parts = numeric.group("day", "month", "year") if numeric.group("day") else numeric.group(*ISO_PARTS)
        day, month, year = (int(part) for part in parts)
        try:
            return date(year, month, day)
        except ValueError:
            return None
    # without a publication date: with its year; a month in capitals as a word ("19 JAN 2027")
    return find_date(CAPITALS_WORD.sub(lambda word: word.group(0).title(), line), None)[0]


def _stem(word: str) -> str:
    """
    A word's first five letters, without a plural's or a possessive's "s" and what follows a hyphen: enough to meet it
    again as "trained" for "train", "Korea" for "Korean", "votes" for "vote", "rent" for "Rent-cap".
    """
    return word.split("-")[0].lower().removesuffix("’s").removesuffix("'s").rstrip("s")[:5]


def _head_end(lines: list[str], header: int) -> int:
    """
    Where the head ends: at the byline, else at the first paragraph that ends as a sentence does; not at the site's
    header, a cookie notice, nor a note that the page carries a press release as supplied.
    """
    for i, line in enumerate(lines):
        if _byline(line):
            return i
        if i < header or PAGE_NOTE.match(line) or release_mark(line) or COOKIES.search(line):
            continue
        if is_prose(line) and line.rstrip("\"”’'").endswith("."):
            return i
    return len(lines)


def _reads_as_headline(line: str) -> bool:
    words = WORD.findall(line)
    if not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1]:
        return False
    if len(words) < 0.6 * len(line.split()):
        return False  # a market ticker, a list of figures: "LUNE/USD 0.6615 ORX 4,102.33 +1.2%"
    capitals = [word for word in words if len(word) > 1]
    if sum(word.isupper() for word in capitals) >= LABEL_CAPITALS * len(capitals):
        return False  # a wire's slug, a section label or a masthead in capitals: "OSW ORVANDY SPORTS WIRE"
    if line.startswith(("[", "(")) or CREDIT_AT_END.search(line):
        return False  # a caption or a credit: "[Photo: ...]", "... (Rosa Kemper / The Calloway Ledger)"
    furniture = (BULLET, FURNITURE_LINES, FURNITURE_HEADINGS, DATESTAMP, DATED, STAMP, EMAIL_OR_URL, RELEASE_MARK)
    if any(pattern.match(line) for pattern in furniture) or PAGE_LINE.search(line) or release_mark(line):
        return False
    return not (is_prose(line) and line.endswith("."))  # a caption or the standfirst's sentence
