"""
What a scraped page's head says of the article: its headline and its date, for the source an import stores.

    guess_headline(raw)   # "Harrowmere reservoir falls to lowest level in three decades", or "" if none reads as one
    guess_published(raw)  # date(2026, 3, 3) from "Tuesday 3 March 2026, 06:00 | Updated 11:42", or None
    guess_byline(raw)     # "Celine Abara-Voss and Dmitri Halme" from "By Celine Abara-Voss and Dmitri Halme, Economics"
    guess_masthead(raw)   # "The Brackenhythe Courier", the first line above the site's menu, or ""

A page's head runs from its masthead and menus down to the byline or the first paragraph of the article: the
headline is the first line there that reads as one (in title case or, as most news sites now write them, in
sentence case) and is about what the article is about: most of its words come again in the article, which the
site's taglines, offers and cookie notices above it ("Get the Post delivered for 2.20 crowns a week") do not.
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
    EMAIL_OR_URL,
    FURNITURE_HEADINGS,
    FURNITURE_LINES,
    RELEASE_MARK,
    STAMP,
    WORD,
    html_to_text,
    is_prose,
    normalise_line,
)
from ingest.dates import find_date

HEAD_LINES = 60  # a headline stands near the top of the page
HEADLINE_WORDS = (3, 30)  # "Henrike Vossberg obituary"
ABOUT_THE_ARTICLE = 0.3  # the share of a headline's words of four letters or more that come again in the article
# A date in digits, day first as in the rest of the world: "11.12.2026", "19/07/2024"
NUMERIC_DATE = re.compile(r"(?<![\d.])(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})(?![\d.])")
DATELINE = 60  # characters: "TROMSLAND, 1 December 2026 - " opens a paragraph
DATELINE_END = re.compile(r"\s*(?:[-–—:]|\(\w+\)\s*[-–—])")  # the dash after it, or a wire's "(KNS) -"
# An outlet's name: a few words, capitalised or in capitals, no figures ("The Brackenhythe Courier", "KORVANE NEWS")
MASTHEAD_NAME = re.compile(
    r"(?:[A-Z][\w'’&.-]*|of|the|and|for|on|in|&)(?: (?:[A-Z][\w'’&.-]*|of|the|and|for|on|in|&)){0,7}"
)
# A menu or a breadcrumb: "News | Sport | Weather", "World › Europe", "News > Environment"; or, as printed, spaced out
MENU = re.compile(r"[|·≡•›»]|\s>\s")
SPACED_MENU = re.compile(r"\S\s{2,}\S")  # "Home  World  Business", "HOME   WORLD   EUROPE"
MASTHEAD_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[|·•›»]\s*|\s+::?\s+")  # "Name | LIVE", "Name  ::  LIVE"
# Lines of the head that are the page's, not the article's: credits and captions, labels of a release, calls to
# sign up, reading times; "Interview by ...", "Photographs by ..." under a headline
PAGE_LINE = re.compile(
    r"^\W*(?:photo|photograph|picture|image|video|credit|source|ref|embargoed|interview|words|photographs|"
    r"reporting|written|edited|editing|listen|watch|advertisement|programme)\b|"
    r"^\W*(?:breaking|now playing|subscribers?(?: only)?|become a member|free to read|free trial|live scores)\s*:|"
    r"\b(?:photo|photograph|picture|credit)s?\s*:|\bnewsletter\b|\bsubscribe\b|\bsign up\b|\bmin(?:ute)?s?\.? read\b|"
    r"\b(?:updated|published|posted)\b|\bcomments?\b|\bcookies?\b|\[[^\]]{1,20}\]",
    re.IGNORECASE,
)

# A note about the page itself, which may stand above its headline: "This is a press release published as
# supplied.", "This article is more than 2 days old", "This is an edited transcript."
PAGE_NOTE = re.compile(
    r"^This (?:is (?:an? )?(?:\w+ )?(?:press release|transcript|article|story|page)\b|"
    r"(?:article|story|page|transcript|press release) (?:is|was|has|appears)\b)"
)


def guess_headline(raw: str) -> str:
    """The page's headline: the first line of its head that reads as one; "" when none does."""
    # each line as printed (a menu spaced out, "HOME   WORLD   EUROPE", loses its spaces once normalised) and normalised
    pairs = [(raw_line, line) for raw_line in raw.splitlines() if (line := normalise_line(raw_line))]
    lines = [line for _, line in pairs]
    menus = [_is_menu(raw_line, line) for raw_line, line in pairs]
    end = _head_end(lines[:HEAD_LINES])
    article = {_stem(word) for line in lines[end:] for word in WORD.findall(line)}
    for i, line in enumerate(lines[:end]):
        if menus[i] or (i + 1 < len(lines) and menus[i + 1]) or not _reads_as_headline(line):
            continue  # a menu, or the masthead above it
        long_words = [_stem(word) for word in WORD.findall(line) if len(word) >= 4]
        if long_words and sum(word in article for word in long_words) >= ABOUT_THE_ARTICLE * len(long_words):
            return line
    return ""


def guess_published(raw: str, *, html: bool = False) -> date | None:
    """
    The page's date: the first whole date on a line of its head that is no paragraph (a stamp, a dateline, a release's
    "For immediate release: 20 March 2026"), down to the article's second paragraph; else the dateline opening its
    first paragraph ("TROMSLAND, 1 December 2026 - ..."). None when neither gives a day with its year.
    """
    text = html_to_text(raw) if html else raw
    lines = [line for line in (normalise_line(line) for line in text.splitlines()[:HEAD_LINES]) if line]
    byline = next((i for i, line in enumerate(lines) if BYLINE.match(line)), 0)
    paragraphs = [i for i, line in enumerate(lines) if i > byline and is_prose(line)]
    end = paragraphs[1] if len(paragraphs) > 1 else len(lines)  # a standfirst may read as one, above the stamp
    for line in lines[:end]:
        day = _whole_date(line) if not is_prose(line) else None
        if day is not None:
            return day
    for i in paragraphs[:2]:
        day, _, _, span = find_date(lines[i][:DATELINE], None)
        if day is not None and span is not None and DATELINE_END.match(lines[i][span[1] :]):
            return day
    return None


def guess_byline(raw: str, *, html: bool = False) -> str:
    """The writers' names as the page's byline prints them, without its "By" and the writer's role; "" if none."""
    text = html_to_text(raw) if html else raw
    for line in (normalise_line(line) for line in text.splitlines()[:HEAD_LINES]):
        found = BYLINE.match(line)
        if found is not None:
            return found.group(0)[len("By") :].strip()
    return ""


def guess_masthead(raw: str, *, html: bool = False) -> str:
    """The outlet's name as the first line gives it above the site's menu ("HealthWatch Pellaria - news for ...")."""
    text = html_to_text(raw) if html else raw
    lines = [
        (raw_line.strip(), line) for raw_line in text.splitlines()[:HEAD_LINES] if (line := normalise_line(raw_line))
    ]
    if len(lines) < 2 or not (MENU.search(lines[1][1]) or SPACED_MENU.search(lines[1][0])):
        return ""
    # the name before a bar or dash and what the page is ("Skellan Courier  ::  LIVE", "The Ledger | Business")
    parts = [part.strip() for part in MASTHEAD_PARTS.split(lines[0][0]) if part.strip()]
    if not parts or SPACED_MENU.search(parts[0]):
        return ""  # a menu itself: "MARKETS   ECONOMY   TECH"
    name = normalise_line(parts[0])
    if len(parts) > 1 and _acronym_of(name, normalise_line(parts[1])):
        name = normalise_line(parts[1])  # "ABN | Ardesia Broadcasting Network": the name the initials stand for
    return name if MASTHEAD_NAME.fullmatch(name) and not FURNITURE_LINES.match(name) else ""


def _acronym_of(short: str, name: str) -> bool:
    """Whether a word in capitals is the initials of a name's capitalised words ("ABN", "Ardesia Broadcasting News")."""
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return short.isupper() and " " not in short and len(short) >= 2 and short == initials


def _is_menu(raw_line: str, line: str) -> bool:
    """
    A menu or breadcrumb, as printed or normalised; not the byline or stamp under a headline that sets its parts
    apart with bars the same way ("By Greta Hollis | 20 May 2027 | Updated 15:10", "Updated 20 May 2027 | 17:42").
    """
    if not (MENU.search(line) or SPACED_MENU.search(raw_line.strip())):
        return False
    return not (BYLINE.match(line) or STAMP.match(line) or DATED.match(line))


def _whole_date(line: str) -> date | None:
    """A date with its year on a line of the head: "Tuesday 3 March 2026, 06:00", "NOVEMBER 20, 2026", "11.12.2026"."""
    numeric = NUMERIC_DATE.search(line)
    if numeric is not None:
        day, month, year = (int(part) for part in numeric.group("day", "month", "year"))
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return find_date(line.title() if line.isupper() else line, None)[0]  # without a publication date: with its year


def _stem(word: str) -> str:
    """A word's first five letters: enough to meet it again as "trained" for "train", "Korea" for "Korean"."""
    return word[:5].lower()


def _head_end(lines: list[str]) -> int:
    """Where the head ends: at the byline, else at the first paragraph that ends as a sentence does."""
    for i, line in enumerate(lines):
        if BYLINE.match(line) or (is_prose(line) and line.rstrip("\"”’'").endswith(".") and not PAGE_NOTE.match(line)):
            return i
    return len(lines)


def _reads_as_headline(line: str) -> bool:
    words = WORD.findall(line)
    if not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1]:
        return False
    if len(words) < 0.6 * len(line.split()):
        return False  # a market ticker, a list of figures: "LUNE/USD 0.6615 ORX 4,102.33 +1.2%"
    if all(word.isupper() for word in words if len(word) > 1):
        return False  # a wire's slug, a section label or a masthead in capitals: "OSW ORVANDY SPORTS WIRE"
    if line.startswith(("[", "(")) or line.endswith(")"):
        return False  # a caption or a credit: "[Photo: ...]", "... (Rosa Kemper / The Calloway Ledger)"
    furniture = (BULLET, FURNITURE_LINES, FURNITURE_HEADINGS, DATESTAMP, DATED, STAMP, EMAIL_OR_URL, RELEASE_MARK)
    if any(pattern.match(line) for pattern in furniture) or PAGE_LINE.search(line):
        return False
    return not (is_prose(line) and line.endswith("."))  # a caption or the standfirst's sentence
