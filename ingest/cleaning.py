"""
From a scraped page to the article's text: drop the page furniture, repair split words.

Page furniture (other headlines, "most read" and "you may also like" blocks, comment counters,
share prompts, numbered widgets) is full of numbers that look like claims, so it goes before
anything else reads the text. What stays is the body as paragraphs, one per line, which
becomes the source's snapshot: quotes are anchored in exactly this text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import pairwise

from ingest.cues import (
    COMPANY_SUFFIXES,
    DATA_LINE_HEDGES,
    EVENT_HEADS,
    FIRST_PERSON,
    FROM_LABEL_DETERMINERS,
    INSTITUTION_HEADS,
    ISSUING_VERBS_LESS_RELEASE,
    LEGAL_FORMS,
    NEWS_MEDIUM_WORDS,
    NEWS_OUTLET_WORDS,
    NEWSPAPER_WORDS,
    ODD_CASE,
    OFFICIAL_BODY_HEADS,
    OFFICIAL_DOCUMENT_KINDS,
    ORG_HEADS,
    OWN_REPORT_KINDS,
    PAPER_WORK_NOUNS,
    PLAIN_SAYING,
    POSTING_VERBS,
    PRIVATE_BODY_HEADS,
    PUBLISHER_WORDS,
    PUBLISHING_PARTS,
    REPLYING_PARTS,
    SITE_SECTIONS,
    form_alternation,
    has_cue,
    introduces_words,
)
from ingest.dates import MONTH_NAME
from ingest.not_counts import POSTBAG_AFTER
from ingest.numbers import GLUED_UNIT, KEYED_ROW, PRICE_LIST_LABEL
from ingest.sentences import POST_STAMP, split_sentences
from ingest.tables import DOTTED_LEADER, barred, earlier_key, table_lines

# Headings that open a block of links to other pages; everything up to the next real paragraph goes. A section's
# "More sport", "More business" is one of them: the page's links to the rest of its section.
FURNITURE_HEADINGS = re.compile(
    r"^\W*(\[[^\]]+\]\s*)?(latest (stories|posts|news)|most (read|popular|viewed|shared)|popular( now)?|"
    r"weekly best( articles)?|must[- ]reads?|you may also like|you might also like|related( articles| stories)?|"
    r"recommended( for you)?|trending( now)?|more (from|stories|news)|more [a-z]+\W*$|read more|top stories|"
    r"editor'?s picks|"
    r"don'?t miss|also read|read next|(?:also|more) in [A-Z][\w ]{0,20}$|"
    # the slots a page sets between its paragraphs, which no list of stories follows
    r"(?P<slot>get in touch|follow us|newsletter|sign up|advertisement|sponsored))\b",
    re.IGNORECASE,
)
# A table's caption that makes it page furniture as FURNITURE_HEADINGS do, wherever it stands: "Markets (close)"
FURNITURE_TABLE = re.compile(r"^\W*markets?\b", re.IGNORECASE)
# A live page's summary of its own entries ("Key events" then "- Westgrid says 86,000 homes are still without power",
# "Key points" then "- Prosecution says 86,500 vantels paid"): each item is an entry the page tells in full below, with
# its source, so the list is the page's index, not news
LIVE_SUMMARY_HEADING = re.compile(r"^\W*key\s+(?:events|(?P<points>points))\W*$", re.IGNORECASE)
# Posts under their own time stamps that make a page live where "Key points" alone does not (an ordinary article opens
# on a "Key points" box too): the list followed by a post's stamp, or at least this many stamps on the page
LIVE_STAMPS = 3
# Headings that open what a page keeps after its article, to the end: a release's "ENDS" and notes to editors, the
# method box ("How we did this", "How the poll was done"), the company's note on itself ("About Serra Minerals (from
# the company)"), links to more on the story. Their figures describe the source, not the news.
TRAILER_HEADINGS = re.compile(
    r"^\W*(?:more\s+on\s+this\s+story|how\s+(?:the|this|our)\s+(?:poll|survey)\s+was\s+(?:done|carried\s+out|conducted)|"
    r"about\s+[A-Z][^.!?:]*\(from\s+the\s+(?:company|organi[sz]ation|charity)\))\W*$",
    re.IGNORECASE,
)
# A reader-comments section: its heading ("Comments (12)", "Comments: 57", "12 comments"), then the comments, each
# on its line after the commenter's name ("Marjorie T: Put us down for 4 shares!"). The readers' lines are no part
# of the article (the same heading at the top of a page, over prose, is only a count and drops alone).
COMMENTS_HEADING = re.compile(r"^\W*(?:(?:reader\s+)?comments?\s*[:(]?\s*\d{0,6}\s*\)?|\d{1,6}\s+comments?)\W*$", re.I)
COMMENT_LINE = re.compile(r"^[A-Z][\w.'’-]{0,30}(?:\s[A-Z][\w.'’-]{0,30}){0,2}:\s+\S")
# A market report's list of prices (numbers.PRICE_LIST_LABEL): the whole line of its items, sellers' names and
# figures, a sentence however many capitals it has
PRICE_LIST_LINE = re.compile(PRICE_LIST_LABEL.pattern + r"[^\n]*\d[^\n]*\.$")
# Whole lines that are never prose.
FURNITURE_LINES = re.compile(
    r"^\W*(comments?\s*\d*|\d+\s*comments?|share( it| this( article| story)?)?( on)?\W*|tweet|print|e-?mail|"
    r"copy link|views?\s*\d*|\d+\s*views?|reply|like|follow|subscribe|log ?in|sign in|menu|search|home|"
    r"quick access to .*|direct access to .*|skip to .*|.*spot_img.*|.*quotes delayed.*|data provided by .*)\W*$",
    re.IGNORECASE,
)
# The note on the writer a page keeps above or below its prose: "Hugo Almeida-Strand is the Review's economics
# commentator.", "Hester Vandamme writes on money every Sunday.", "Rhys Amberley is the Observer's education editor."
# One idea read three ways: FURNITURE_PROSE drops it (with the reporter's "covers", "reports on"), WRITER_NOTE lets
# interviews.find_columnist name a first-person narrator by it, the narrower COLUMNIST_NOTE makes a page a column.
_A_COLUMN = r"a\s+(?:weekly|monthly|regular)\s+column"
# how often the writer writes may come before what on: "writes every Saturday on life in the city", "writes weekly on"
_HOW_OFTEN = r"(?:(?:every|each)\s+(?:other\s+)?[A-Za-z]+|weekly|fortnightly|monthly|daily)\s+"
_WRITES = rf"writes\s+(?:{_HOW_OFTEN})?(?:on|about|for|{_A_COLUMN})"
_WRITER_ROLES = "columnist|commentator|writer|critic|editor|correspondent"


def _writer_note(*, roles: str, does: str, copula: str = "is|was") -> str:
    """A capitalised name of two to four words, then what the writer is ("is the ... editor") or does ("writes on")."""
    return (
        r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:"
        rf"(?:{copula})\s+(?:the\s+|an?\s+)?[^.\n]{{0,60}}?\b(?:{roles})\b|(?:{does})\b)"
    )


# The reporter's note, in the present: "Ana Pell is the Courier's health reporter.", "Ana Pell covers health." Read
# case-sensitively inside FURNITURE_PROSE, so its name must be capitalised: under IGNORECASE "The plant covers 31
# hectares" read as a note on a writer named "The plant" and a line of the article was dropped as the page's.
_REPORTER_NOTE = _writer_note(
    roles=f"{_WRITER_ROLES}|reporter", does=r"covers|reports\s+on|writes\s+about", copula="is"
)
# the writer's credit a page may sign with in place of a byline: "Written by Anna Reel", "Words by Jo Pike"
_CREDITED_BY = r"(?:additional\s+)?reporting by\b|editing by\b|written by\b|words by\b"
# Lines that read like prose but are the page's, not the article's: copyright lines, update and
# publication stamps, bylines and the reporter's bio, photo captions and credits, related links.
FURNITURE_PROSE = re.compile(
    r"^\W*(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved|reproduction without permission|"
    r"this (?:story|article) (?:has been|was) "
    rf"(?:updated|amended|corrected)|{_CREDITED_BY}|"
    r"photo(?:graph)?s?\s*(?:caption)?\s*:|image(?:\s+credit)?\s*:|credit\s*:|caption\s*:|source\s*:|"
    # a caption by where its picture is: "Pictured: ...", "Above: ...", "Main image: ...", "(From left) Ana Holt, 41"
    r"(?:pictured|above|top|inset|main\s+(?:image|picture|photo)|(?:from\s+)?left(?:\s+to\s+right)?|"
    r"clockwise\s+from\s+(?:top\s+)?left)\s*[:)]|"
    r"(?:related|read more|topics|our standards|see also|watch)\s*:|more on this story|related coverage|"
    r"follow (?:him|her|them|us)\b|contact\s*:|click here\b|sign up\b|listen to this article|"
    r"notes? (?:to|for) editors\b|this (?:article|story) (?:first\s+)?(?:appears|appeared) in\b|"
    # the method box and the subscription offer: how the newsroom worked and what it sells, not what it reports
    r"how we did (?:this|it)\b|methodology\s*:|about (?:this|the) data\s*:|subscribe\b|"
    # "Correction, 19 June: An earlier version of this article said ...": the newsroom amending its page, whose
    # figures are the wrong ones it withdrew and the ones the body already gives
    r"corrections?(?:\s*,[\w ,]{0,30}?(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?)?\s*:\s|"
    r"an earlier version of this (?:article|story|report)\b|"
    # the page's notes to its readers: how long comments stay open, what letters it takes ("The Courier welcomes
    # letters of up to 250 words", "Write to us: ... Please keep them under 250 words"), and an event's listing of
    # prices after the body ("Tickets from 12 marks; under-16s 6 marks."), verbless, which the article never states
    r"(?:join\s+the\s+(?:conversation|debate|discussion)\s*:\s*)?comments\s+(?:are|will\s+be|remain)\s+(?:open|closed)\b|"
    r"write\s+to\s+us\b|have\s+your\s+say\b|"
    r"letters\s+may\s+be\s+edited\b|(?:the\s+)?(?:[\w'’-]+\s+){0,3}?welcomes\s+(?:letters|submissions|contributions)\b|"
    r"tickets?\s+(?:from|:)\s*[^\s\w]?\d)"
    r"|\b[\d,]+ (?:people|readers) (?:are|were) (?:following|reading|watching) this\b"
    r"|\b(?:contributed (?:reporting|to this (?:report|story|article))|all rights reserved|getty images)\b"
    r"|\b(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA)(?: Photo)?/|\((?:AP|AFP|Reuters|EPA) Photo|\bvia (?:Reuters|AP|AFP)\W*$"
    rf"|^(?-i:{_REPORTER_NOTE})",
    re.IGNORECASE,
)
# (FURNITURE_PROSE's credit alone, read by _signed_head)
CREDIT_BYLINE = re.compile(rf"^\W*(?:{_CREDITED_BY})", re.IGNORECASE)
# Past a line's first character only FURNITURE_PROSE's branches without "^" can match, and each needs one of these
# (keep in step with them), looked for in the line in lower case; the four letters IGNORECASE matches to ASCII ones
# that lower() does not turn into them (İ ı ſ K) send a line to the whole search
_FURNITURE_PROSE_INNER = (
    "people ",
    "readers ",
    "contributed ",
    "all rights reserved",
    "getty images",
    "/",
    "photo",
    "via ",
)


def _furniture_prose(line: str) -> bool:
    """Whether FURNITURE_PROSE.search(line) finds anything, without trying its every branch at every position."""
    if FURNITURE_PROSE.match(line):
        return True
    if ODD_CASE.search(line) is None:
        lowered = line.lower()
        if not any(needed in lowered for needed in _FURNITURE_PROSE_INNER):
            return False
    return FURNITURE_PROSE.search(line, 1) is not None


# The page speaking to its reader about itself: its metered wall ("You have read 3 of 5 free articles this month"), its
# appeals ("More than 3,000 readers have backed our journalism this year. Will you join them?", "Our reporting is
# funded by 12,000 members like you") and offers ("Get 3 months for 1 telvar. Cancel anytime.", "Download our app,
# rated 4.8 by 9,000 readers", "Get the Courier delivered: subscribe from 2.99 vorns a month"). A line is the page's
# when it has one of these words and either speaks to "you" or opens on a command; no one in the article is quoted or
# reported in it, which keeps a letter's "your report said". The words are the page's own things, not a bare
# "subscribe" or "subscription", which the article uses of anything sold by the month ("If you subscribe to the
# council's green-waste collection, the annual charge rises to 60", "Streaming subscriptions rose to 4.1 million"):
# a subscription only as the offer itself, its price after it or a button ("[Subscribe]", "| Subscribe").
_PAGE_ITSELF = re.compile(
    r"\b(?:unlimited\s+access|free\s+(?:articles?|trial)|this\s+offer|subscribe\s+(?:now|today|from|for)\b|"
    r"our\s+(?:journalism|journalists|newsroom|app|newsletters?|series|website|site)|articles?\s+this\s+month)\b|"
    r"[\[|]\s*subscribe\b",
    re.IGNORECASE,
)
_TO_READER = re.compile(
    r"\byou(?:r|['’]ve|['’]re|['’]ll)?\b|^\W*(?:save|get|try|join|enjoy|unlock|claim|start|download)\b", re.IGNORECASE
)
# A price by the week, the month or the year, and another after "or": "5 skarls a month, or 50 skarls a year" (the
# token read up to its first digit, so a long one is not tried at each of its digits)
_OFFER_PRICE = (
    r"[^\s\d]*\d\S*(?:\s+[a-z]+)?\s+(?:a|per)\s+(?:week|month|year)"
    r"(?:,?\s+or\s+[^\s\d]*\d\S*(?:\s+[a-z]+)?\s+(?:a|per)\s+(?:week|month|year))?"
)
# The offer's own terms, opening the line or a sentence of it ("Subscribe from 4 reks a month. Cancel any time.",
# "Plus: every podcast for 3.99 a month. First 30 days free.", "Buy it from the Post Bookshop for 29.95. Delivery
# charges may apply.", "Free delivery on orders over 30"), not a rule the article reports ("firms must let customers
# cancel anytime")
OFFER_TERMS = re.compile(
    r"(?:^|[.!:|)]\s+)\W*(?:cancel\s+any\s?time\b|delivery\s+charges\s+may\s+apply\b|"
    # a free trial or free delivery only as the line's closing sentence ("First month free."), not a sentence of the
    # news that goes on ("Free delivery on orders over 40 lints is now offered by 8 of the 10 biggest chains",
    # "First two weeks free. Some 4,100 pupils signed up")
    r"(?:first\s+(?:\w+\s+)?(?:days?|weeks?|months?)\s+free|"
    r"free\s+(?:\w+\s+)?delivery\s+on\s+(?:all\s+)?orders\s+over\s+\S+?(?:\s+[a-z]+)?)\s*[.!]?\s*$)",
    re.IGNORECASE,
)
# A membership's price as the line's closing sentence: "Join from 5 skarls a month.", "Support court reporting from 5
# skarls a month.", "Become a Chronicle member from 6 ruvens a month.", a bare "From 5 skarls a month.", "Free for 30
# days, then 2 pellars a month." The sentence opens on the offer, so the news's own "Fares will rise from 5 skarls a
# month" is none; and the offer is the page's even where a word of its ("reporting", "briefing") reads as a cue
MEMBERSHIP_OFFER = re.compile(
    r"(?:^|[.!:|)]\s+)\W*(?:"
    r"(?:(?:join(?:\s+us|\s+the\s+[A-Z][\w'’]*)?|become\s+an?\s+(?:[A-Z][\w'’]*\s+)?member|"
    r"support\s+(?:us|the\s+[A-Z][\w'’]*|(?:[a-z]+\s+){0,2}?(?:journalism|reporting|coverage)))\s+from|from)\s+"
    + _OFFER_PRICE
    + r"|free\s+for\s+(?:\d+|[a-z]+)\s+(?:days|weeks|months),\s+then\s+"
    + _OFFER_PRICE
    # and a newsletter's call, closing its line: "The five stories that move markets, in your inbox by 6.30am. Sign up
    # free."
    + r"|sign\s+up\s+(?:free|now|here|today))\s*[.!]?\s*$",
    re.IGNORECASE,
)

# The page's own voice before its offer: "our reporting", "in your inbox", "you"
_PAGE_VOICE = re.compile(r"\b(?:our|your|you)\b", re.IGNORECASE)


def _speaks_to_reader(line: str) -> bool:
    """Whether the line is the page's word to its reader about itself (_PAGE_ITSELF), not the article's."""
    if (offer := MEMBERSHIP_OFFER.search(line)) is not None and not re.search(r"[\"“”]", line):
        # the offer closing a line that is the page's own, not a reported paragraph that ends on a price or a call
        # ("The council said 4,300 households had registered ... Sign up here."): what goes before it carries no cue
        # of news, or speaks as the page to its reader ("our reporting is free to read because ...", "your inbox")
        before = line[: offer.start()]
        if not has_cue(before) or _PAGE_VOICE.search(before) is not None:
            return True
    # (the short pattern first: few lines speak to the reader, and the page's words for itself are many)
    if OFFER_TERMS.search(line) is None and (_TO_READER.search(line) is None or _PAGE_ITSELF.search(line) is None):
        return False
    return not re.search(r"[\"“”]", line) and not has_cue(line)


# An item of a ranked list under a furniture heading, numbered without a stop ("1 Council tax to rise ...", "02 Ferry
# fares ..."): read as an item only while the numbers count up from 1, so a paragraph opening on a count after
# "Advertisement" ("12 Labour MPs voted against") stays
RANKED_ITEM = re.compile(r"^\s*0?(\d{1,2})\s+[A-Z]")
# A finite verb's auxiliary or modal, which a headline leaves out ("Council tax to rise by 4.9 per cent in April.",
# "Man, 45, charged after crash") and a sentence of the story keeps ("Social care will get 30 million more")
_AUXILIARY = re.compile(r"\b(?:will|would|could|can|may|might|must|shall|should|is|are|was|were|has|have|had)\b")


def _told(line: str) -> bool:
    """Whether a numbered line is a sentence of the story (a cue, an auxiliary), not the headline of a ranked list."""
    return _AUXILIARY.search(line) is not None or has_cue(line)


BULLET = re.compile(r"^\s*([•·▪●◦\-*–]|\d{1,2}[.)])\s+")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
STAMP = re.compile(r"^\W*(?:(?:last|first)\s+)?(?:updated|published|posted)\b", re.IGNORECASE)  # "Updated 3 hours ago"
# "August 12, 2025, 6:30 p.m.", "Sunday 14 September 2025 18:02 BST": a stamp, not a sentence
DATESTAMP = re.compile(
    r"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}\b[^a-z]{0,40}(?:[ap]\.?m\.?|gmt|bst|utc|cet)?[^a-z]{0,12}$",
    re.IGNORECASE,
)
EMAIL_OR_URL = re.compile(r"^\S+@\S+\.\S+$|^https?://\S+$")


BYLINE = re.compile(
    r"^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})?\b"
)
# A headline quoting someone: 'Judge says four firms "shared a spreadsheet"', 'Letters: "My 3 water butts are empty"'
QUOTED_HEADLINE = re.compile(r"[^.!?,…;:][\"”’']$")


def clean(raw: str, *, html: bool = False, masthead: str | None = None) -> CleanedText:
    text = html_to_text(raw) if html else raw
    is_prose.cache_clear()  # its answers are kept for this page's lines only: the cleaner asks of most lines twice
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found = table_lines("\n".join(raw_lines))
    in_tables = {n for lines in found for n in lines}
    lines = [_table_row(line) if n in in_tables else normalise_line(line) for n, line in enumerate(raw_lines)]
    normalise_line.cache_clear()  # the page's lines are read, by ingest.page_head before this and here: see there
    tables = [[lines[n] for n in table if lines[n]] for table in found]
    lines = [_signed_quotation(line) if line[:1] in '"“' else line for line in lines if line]
    head = _release_head(lines)
    lines = _repair_split_words(lines)
    byline = _byline_at(lines)  # where the page's head ends, read once for both
    named = [] if head else _standfirst_document(lines, byline)
    # (read before the head goes: the standfirst that says the page prints a document, PRINTS_DOCUMENT_HERE)
    # (the paper's own words, not a quotation in its headline or standfirst: "'We produce more milk than the county
    # drinks', say dairy farmers" prints no document: findings_owners45 MEDIUM 2)
    prints_document = byline is not None and any(
        PRINTS_DOCUMENT_HERE.search(QUOTED_IN_HEAD.sub("", line)) for line in lines[:byline]
    )
    lines = _drop_standfirst(lines, byline)
    letters = _signed_letters(lines) or _signed_questions(lines)
    posts = [] if letters else _signed_posts(lines)
    own = _own_lines(_outlet_names(lines, masthead))
    body = _drop_pull_quotes(
        _drop_furniture(lines, signed=bool(letters or posts), own=own, tables=tables, prints_document=prints_document)
    )
    body = _mark_letters(body, letters) if letters else _mark_posts(body, posts) if posts else body
    headed = _headed_documents(lines) + _numbered_document(lines)
    body = _mark_headed(body, headed) if headed else body
    body = [line for line in body if line not in head]
    body = [*named, *body] if body and named and named[0] not in body else body
    cleaned = "\n\n".join(head + body)
    # the minutes' labels are furniture the cleaner drops ("Present: B. Ruddock (Chair), O. Greaves"), read before
    return CleanedText(
        cleaned,
        masthead=masthead if not head and body else None,
        minutes=prints_minutes("\n".join(lines)),
        holders=tuple(copyright_holders(lines)),
        marks=tuple(footer_marks(lines)),
        papers=papers_furniture(lines),
        bylined=byline is not None or _signed_head(lines),
        menu=next((line for line in lines[:3] if "|" in line), ""),
    )


# -- the outlet's name ---------------------------------------------------------------------------------------------
class CleanedText(str):
    """
    A page's cleaned text, which is the source's snapshot (nothing in it the page did not say), carrying beside it the
    outlet whose page it is as its masthead names it ("The Wexley Courier"), for a page in the outlet's own voice (no
    press release): the paper's own figures ("Our reporter counted 300 people", "by our count") are the paper's, by
    its name. Stored, it is a plain string again; services.source_extract names the outlet from the source's publisher.
    """

    masthead: str | None
    minutes: bool  # whether the page prints a meeting's minutes (prints_minutes), read from its lines before cleaning
    holders: tuple[str, ...]  # the owners the page's copyright lines name (copyright_holders), which the cleaner drops
    marks: tuple[str, ...]  # the names a mark and a year give in the page's last lines (footer_marks), as may a credit
    papers: bool  # whether the page's head, which the cleaner drops, is a paper's (papers_furniture)
    bylined: bool  # whether the page's head is signed: a byline or the stamp that stands for one (_signed_head)
    menu: str  # the page's menu, its first line in its head set apart by bars, which the cleaner drops (site_owner)

    def __new__(
        cls,
        text: str,
        *,
        masthead: str | None = None,
        minutes: bool = False,
        holders: tuple[str, ...] = (),
        marks: tuple[str, ...] = (),
        papers: bool = False,
        bylined: bool = False,
        menu: str = "",
    ) -> CleanedText:
        cleaned = super().__new__(cls, text)
        cleaned.masthead = masthead
        cleaned.minutes = minutes
        cleaned.holders = holders
        cleaned.marks = marks
        cleaned.papers = papers
        cleaned.bylined = bylined
        cleaned.menu = menu
        return cleaned


def publisher(text: str) -> str | None:
    """The outlet a cleaned text's page is in the voice of, by its masthead; None when not known."""
    return getattr(text, "masthead", None)


def prints_minutes_page(text: str) -> bool:
    """Whether a cleaned text's page prints a meeting's minutes: as clean() read its lines, else as the text shows."""
    return bool(getattr(text, "minutes", False)) or prints_minutes(text)


# -- letters pages ---------------------------------------------------------------------------------------------------
# A letters page says so in its head: "OPINION | LETTERS", "Letters to the editor", "Letters: The Christmas lights";
# a short line (a site's menu names "Letters" among many sections); whose letters they are may stand before it
# ("Opinion > Your letters", "Readers' letters"), and the sections above it in a breadcrumb that may open on the
# outlet's name ("Radio Ostrava Online | Opinion | Letters"); such a breadcrumb ends on the letters, as a site's menu
# that goes on past them ("News | Sport | Letters | Weather") or a headline ("Market row: letters show") does not
_LETTERS = r"(?:(?:your|readers['’]?|our)\s+)?letters\b(?:\s+to\s+the\s+editor)?"
LETTERS_HEAD = re.compile(
    rf"^\W*(?:(?:[A-Za-z]+\s*[|>/»:-]+\s*)?{_LETTERS}|"
    rf"(?:[A-Za-z][\w'’&.]*(?:\s+[\w'’&.]+){{0,3}}?\s*[|>/»:-]+\s*){{1,3}}{_LETTERS}\W*$)",
    re.IGNORECASE,
)
LETTERS_HEAD_WITHIN = 25  # lines from the top
# or in the byline that credits its letters editor, under a headline that opens on the letters however long it is:
# "Letters: the tram, the library hours and the harbour wall", then "Edited by Freya Holm, Letters Editor", "Compiled
# by Ann Roe, letters editor" (an editor's credit, never a letter's signature); the credit alone heads the letters
# editor's own column or postbag feature too ("Inbox: ...", "What you told us about ..."), which is no letters page
LETTERS_EDITOR_BYLINE = re.compile(
    r"^(?i:(?:(?:compiled|edited|selected)\s+)?by)\s+[A-Z][^,\n]{2,60},\s+(?i:(?:the\s+)?letters\s+editor)\W*$"
)
LETTERS_HEADLINE = re.compile(rf"^\W*{_LETTERS}\s*[:|–—-]", re.IGNORECASE)
# A name as a signature gives it, titles and initials allowed: "Harald Quist", "D. Okonkwo-Hale", "Councillor Per
# Elstad", "Dr Ana de Roy"; and a couple's, their given names joined ("Ruth and Tomas Lind", "Ann & Per Holm") or
# their full names ("Sarah Ndlovu and Pieter Ndlovu")
_SIGNED_TITLE = r"(?:Councillor|Cllr|Dr|Prof|Professor|Rev|Revd|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+"
# (a couple's full names only with the place a signature gives after them, ", Orrick": a title-case crosshead, "Ferry
# Fares and Harbour Parking", reads the same without it)
_NAME_PARTICLES = ("van", "von", "de", "der", "da", "di", "le", "la")  # a name's joining words, kept in lower case
_SIGNED_NAME = (
    r"(?:[A-Z][a-z'’]+\s+(?:and|&)\s+(?=[A-Z][a-z'’]+\s+[A-Z])|"
    r"[A-Z][a-z'’]+\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*\s+(?:and|&)\s+(?=[A-Z][a-z'’]+\s+[A-Z][^,\n]*,\s*[A-Z]))?"
    rf"(?:{_SIGNED_TITLE})?"
    r"(?:[A-Z]\.\s*|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*\s+)(?:(?:[A-Z]\.\s*|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*|"
    rf"(?:{'|'.join(_NAME_PARTICLES)})\b)\s*){{0,3}}?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*"
)
# The line that signs a letter off, right under its last paragraph: a name, perhaps after a dash and before what the
# writer is or where they live ("Henning Lie, Lie & Daughter Hardware, Skellmouth", "- D. Okonkwo-Hale", "Ruth
# Dallimore (Mrs), Brannock"), or a writer who asked not to be named ("A council worker (name and address
# supplied)", "Name and address supplied", "Name and address supplied, Saltmarket")
LETTER_SIGNATURE = re.compile(
    r"^(?:[-–—]\s*)?(?:(?P<unnamed>(?:(?:An?|The)\s+[^()\n.!?]{2,60}?\s*)?\(?"
    r"(?i:name\s+(?:and\s+address\s+)?(?:supplied|withheld))\)?)(?:\s*,\s*[A-Z][^.!?:;()\n]{1,40})?|"
    rf"(?P<name>{_SIGNED_NAME})(?:\s+\((?:Mrs|Mr|Ms|Miss|Dr)\))?(?:\s*,\s*[^.!?:;\n]{{1,80}})?)$"
)
MIN_LETTERS = 2
# A letter may be signed at its top instead, on a line of its own over its paragraphs, as the page gives it: "FROM
# TESSA GORRINGE, CRANE HILL", "From Councillor Ada Roe, Harland ward:"; the name reads as a signature once out of
# capitals (letter_header_signature), and gives the writer's place after a comma as a signature does. A headline or
# section label that opens on "From" gives none ("From Bad To Worse Again", "FROM OUR ARCHIVE"), nor opens on a
# determiner or possessive ("From The Archives, 1975")
LETTER_HEADER = re.compile(
    rf"^(?i:from)\s+(?!(?i:{FROM_LABEL_DETERMINERS})\b)"
    r"(?P<signed>[A-Z][^\n:,]{1,80},\s*[A-Z][^\n:]{0,60}?|(?i:name\s+(?:and\s+address\s+)?(?:supplied|withheld)))\s*:?$"
)
# The paper's own note or reply after a letter, which is no part of it: "The Letters Editor writes: ...", "Editor's
# note:", "The Gazette replies: ...", "Ed: ...", "Our reply: ..."
EDITORS_NOTE = re.compile(
    r"^(?:(?i:(?:the\s+)?(?:letters\s+)?editor(?:['’]s\s+note\b|\s+writes\b))|[A-Z][^:\n]{0,40}\b(?:replies|responds|comments|writes)\s*:|"
    r"(?i:ed(?:itor)?\.?|our\s+(?:reply|response))\s*:)"
)
# The greeting a letter opens on: "Sir, I have been ...", "Dear Editor, ...", "Madam - ...". A paragraph that opens so
# is a letter's first: the paragraph above it (the editor's introduction, another's words the editor sums up) is not
SALUTATION = re.compile(r"^(?:Dear\s+)?(?:Sir|Madam|Editor|Sir\s+or\s+Madam)\s*[,:–—-]\s*\S")


# The letters editor's own words above a letter: the introduction that counts the postbag or says a selection follows
# ("We received 214 letters ... Here is a selection."), or a link that tells of a letter in the third person ("One
# letter came from a reader ... She writes that ..."). A letter speaks for its writer, never of the letters.
EDITORS_LINE = re.compile(
    r"\b(?:[Hh]ere\s+(?:is|are)\s+a\s+selection|a\s+selection\s+(?:follows|here)|(?:print|publish)\s+a\s+selection|"
    # (the editor's "we", not a writer's "I have had 140 emails from members")
    r"(?<!\bI\s)(?<!\bI\shave\s)(?<!\bI['’]ve\s)"
    rf"(?:received|had)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d{POSTBAG_AFTER.pattern}|postbag|"
    r"of\s+you\s+wrote|letter\s+came\s+from|(?:[Hh]e|[Ss]he|[Tt]hey)\s+writes\s+that)\b"
)


def letter_header_signature(line: str) -> re.Match[str] | None:
    """
    The signature a letter's header line gives ("FROM TESSA GORRINGE, CRANE HILL" as "Tessa Gorringe, Crane Hill"),
    read as LETTER_SIGNATURE reads one under a letter; None for any other line.
    """
    header = LETTER_HEADER.match(line)
    if header is None or is_prose(line):
        return None
    signed = header.group("signed")
    if signed.isupper():
        # (a name's joining words stay in lower case: "NAME AND ADDRESS SUPPLIED", "ANNA DE ROY")
        signed = re.sub(
            rf"(?<=\s)(?:And|Of|The|Address|Supplied|Withheld|{'|'.join(p.title() for p in _NAME_PARTICLES)})\b",
            _lower,
            signed.title(),
        )
    return LETTER_SIGNATURE.match(signed)


def _lower(word: re.Match[str]) -> str:
    return word.group().lower()


def _letters_page(lines: list[str]) -> bool:
    """
    Whether the page says in its head that it is letters ("Opinion > Letters", "Letters to the editor"), or credits
    its letters editor ("Edited by Ann Roe, Letters Editor") under a headline that opens on the letters.
    """
    head = lines[:LETTERS_HEAD_WITHIN]
    return any(len(line.split()) <= 8 and LETTERS_HEAD.match(line) for line in head) or (
        any(LETTERS_EDITOR_BYLINE.match(line) for line in head) and any(LETTERS_HEADLINE.match(line) for line in head)
    )


def _signed_letters(lines: list[str]) -> list[tuple[str, list[str]]]:
    """
    A letters page's letters: each the line that signs it off and the run of prose paragraphs right above it. The
    page must say it is letters in its head and sign off at least two; a heading, the line of the letter before
    or a paragraph that opens on a greeting ("Sir, ...", the letter's first) ends a letter's run.
    """
    if not _letters_page(lines):
        return []
    letters = []
    for i, line in enumerate(lines):
        signed = LETTER_SIGNATURE.match(line)
        if signed is None or is_prose(line) or i == 0 or not is_prose(lines[i - 1]):
            continue
        if letter_header_signature(line) is not None:
            continue  # "From Ada Roe, Millrace" heads the next letter; it signs none off
        first = i - 1
        while (
            first > 0
            and is_prose(lines[first - 1])
            and not LETTER_SIGNATURE.match(lines[first - 1])
            and not SALUTATION.match(lines[first])
            # (nor the paragraph under another letter's header line, "From Ada Roe, Harland ward:", which is that one's)
            and (first < 2 or letter_header_signature(lines[first - 2]) is None)
        ):
            first -= 1
        if not SALUTATION.match(lines[first]):
            # the editor's introduction or link above the letter is no part of it; the editor writes only between
            # one letter's signature and the next one's first line, so a letter that opens on a greeting has none
            editors = [k for k in range(first, i - 1) if EDITORS_LINE.search(lines[k])]
            first = editors[-1] + 1 if editors else first
        letters.append((line, lines[first:i]))
    signed_below = {line for _, paragraphs in letters for line in paragraphs}
    for i, line in enumerate(lines):
        if letter_header_signature(line) is None:
            continue
        end = i + 1
        while (
            end < len(lines)
            and is_prose(lines[end])
            and lines[end] not in signed_below
            and not EDITORS_LINE.search(lines[end])
            and not EDITORS_NOTE.match(lines[end])
        ):
            end += 1
        if end > i + 1:
            letters.append((line, lines[i + 1 : end]))  # signed at its top, which _mark_letters keeps first
    return letters if len(letters) >= MIN_LETTERS else []


# A readers'-questions page says so in its head: "Money > Ask Fenna", "Your questions answered", "Money clinic", or
# a byline "Answered by Olwen Farrity"; a news story's crossheads under a quoted question are no readers' signatures
QUESTIONS_HEAD = re.compile(
    r"^\W*(?:[A-Za-z][\w'’&.]*(?:\s+[\w'’&.]+){0,3}?\s*[|>/»:-]+\s*)?(?:ask\s+[A-Z]|answered\s+by\b)|"
    r"\b(?:(?:your|readers['’]?)\s+(?:[a-z]+\s+){0,3}questions|money\s+clinic|agony\s+aunt|problem\s+page)\b",
    re.IGNORECASE,
)
# A reader's own voice in the paragraphs of a question is in the first person (FIRST_PERSON), which an answer, told to
# the reader ("you are owed ..."), is not
SECOND_PERSON = re.compile(r"\b[Yy]ou(?:rs?)?\b")


def _questions_page(lines: list[str]) -> bool:
    """Whether the page says in its head that it answers readers' questions ("Ask Fenna", "Answered by ...")."""
    return any(len(line.split()) <= 12 and QUESTIONS_HEAD.search(line) for line in lines[:LETTERS_HEAD_WITHIN])


def _signed_questions(lines: list[str]) -> list[tuple[str, list[str]]]:
    """
    A readers'-questions page in a letter's layout (an advice column that prints readers' letters and answers them):
    each reader's question, then the line that signs it with the reader's town ("Joanne Tull, Harnby"), then the
    answer with no label, at least twice, on a page whose head says it answers readers' questions. Each is kept as a
    letter is, the question with its signature under it, so the question's own figures are its signer's and the
    answer stays the answerer's (tests/ingest_labelling.md, "A readers'-questions page").
    """
    if not _questions_page(lines):
        return []
    questions = []
    for i, line in enumerate(lines[1:-1], start=1):
        signed = LETTER_SIGNATURE.match(line)
        if (
            signed is None
            or not (signed.group("unnamed") or "," in line)  # a bare title-case line is a crosshead
            or "?" not in lines[i - 1]
            or is_prose(line)
            or not is_prose(lines[i - 1])
            or not _answer(lines[i + 1])
        ):
            continue
        first = i - 1
        # a question told over paragraphs ("My mother paid ..." / "Is she entitled ...?") is its reader's throughout:
        # back over the reader's own paragraphs, short of the line that signed the question before and of the
        # answer's first paragraph under it
        while (
            first > 1
            and is_prose(lines[first - 1])
            and FIRST_PERSON.search(lines[first - 1])
            and not SECOND_PERSON.search(lines[first - 1])
            and not LETTER_SIGNATURE.match(lines[first - 2])
        ):
            first -= 1
        questions.append((line, lines[first:i]))
    return questions if len(questions) >= MIN_LETTERS else []


def _mark_letters(body: list[str], letters: list[tuple[str, list[str]]]) -> list[str]:
    """
    Each letter kept as one block, its paragraphs a line apart with the line that signs it off, as the page gave it,
    last (the furniture filter had dropped that line), so attribution can give the letter's own figures to the one
    who signed it (ingest.interviews.find_letters). Nothing is written into the text that the page did not say: the
    cleaned text is the source's snapshot.
    """
    for signature, paragraphs in letters:
        kept = [p for p in paragraphs if p in body]
        if not kept:
            continue
        at = body.index(kept[0])
        if body[at : at + len(kept)] != kept:
            continue
        signed_at_top = letter_header_signature(signature) is not None
        body[at : at + len(kept)] = ["\n".join([signature, *kept] if signed_at_top else [*kept, signature])]
    return body


def letter_block_signature(lines: list[str]) -> tuple[re.Match[str], bool] | None:
    """
    The signature of a letter kept as one block (_mark_letters, its ``lines``) and whether it signs the letter at its
    top: its last line, as a letter is signed under it, else its first, a letter's header ("FROM TESSA GORRINGE,
    CRANE HILL"). How ingest.interviews.find_letters reads back a block _mark_letters wrote; both tell a top signature
    by letter_header_signature, the one test of it (_mark_letters of the signature it is given, before any block).
    """
    if len(lines) < 2:
        return None
    signed = LETTER_SIGNATURE.match(lines[-1])
    if signed is not None:
        return signed, False
    header = letter_header_signature(lines[0])
    return None if header is None else (header, True)


# -- signed posts ------------------------------------------------------------------------------------------------------
# A page of posts each signed above it by its writer, on the line a review site, a forum or a guest book stamps it
# with: the writer as they signed, perhaps the site's tag in brackets or their town after a comma, then a bar, the
# verb and when ("Petra V., Velleby | Reviewed 13 April 2027", "Dunmore Analytics (verified business) | Reviewed 14
# April 2027", "Name withheld at reviewer's request | Reviewed 20 April 2027"); not a byline ("By Ann Roe | Posted
# 3 May"), which signs the page, nor a stamp of the page's ("Updated | Posted 3 May")
# The writer's name looks like a name: capitalised words with their initials, particles and "&" ("Petra V.", "Tove &
# Anders L.", "Dunmore Analytics", "Anna van Berg"), a handle, or as they asked to be shown ("Name withheld at
# reviewer's request", "Anonymous"); not a headline's lowercase words ("Roads closed on the coast"), nor a score line's
# or an address's figures ("Brann 2-1 Viking", "Harbour Road 14"). A reader's picture's credit label is no part of it
# ("Photo: Kari Dahl, Bergen | Submitted 3 May 2027" is Kari Dahl's), and a byline's job title is no town ("Marta
# Kovac, Political Editor | Posted 3 May 2027" signs the page, not a post)
_POST_NAME_WORD = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*\.?"
_POST_NAME = (
    rf"(?:@|u/)[\w.-]+|(?i:name\s+withheld|anonymous)\b[^|()\n,\d]{{0,50}}?|{_POST_NAME_WORD}"
    rf"(?:\s+(?:{_POST_NAME_WORD}|&|and|van|von|der|den|de|da|di|du|la|le|af|al|bin|ibn)){{0,4}}"
)
_BYLINE_ROLE = rf"(?i:{_WRITER_ROLES}|reporter|photographer|staff|desk|producer)"
POST_SIGNED = re.compile(
    r"^(?!(?i:by|updated|last|first|page)\b)(?:(?i:photo|picture|image|video|words)s?(?:\s+by)?\s*:\s*)?"
    rf"(?P<name>{_POST_NAME})(?:\s*\([^()\n]{{1,40}}\))?"
    rf"(?:,\s*(?![^|,()\n]*\b{_BYLINE_ROLE}\b)[A-Z][^|,()\n]{{1,40}})?\s*\|\s*(?i:{'|'.join(POSTING_VERBS)})(?:\s+on)?\s+"
    r"(?P<when>[^|\n]{0,40}\d[^|\n]{0,40})$"
)
# The heading a news page sets over the comments under its article ("Reader comments", "Comments (12)", "Have your
# say"): a writer's line above it is the article's byline ("Marta Kovac | Posted 3 May 2027"), no post
COMMENTS_HEADING = re.compile(
    r"^\W*(?:(?:(?:readers?['’]?|your|user|latest|top|all)\s+)?(?:comments?|responses|replies|discussion|reactions)"
    r"(?:\s*\(\d[\d,]*\))?|\d[\d,]*\s+comments?|join\s+the\s+(?:discussion|conversation)|have\s+your\s+say)\W*$",
    re.IGNORECASE,
)
# A live page, by the label in its head ("LIVE: Storm Elin", "Storm Elin - live updates"): its timed entries, even
# under a reporter's name ("Anna Berg | Posted 09:12"), are the page's, no posts
LIVE_HEAD = re.compile(
    r"^\W*LIVE\b|^\W*Live\s*[:|–—-]|\b(?i:live\s+(?:updates|blog|coverage|reporting)|as\s+it\s+happened)\b"
)
# or a reply to one, which the site heads with who replied and when: "Response from the business, posted 4 March
# 2027", "Reply from @ashelby_nails - 5 May, 22:31", "Response from Hotel Arvo | 2 June 2027"
POST_REPLY = re.compile(
    r"^(?i:(?:response|reply)\s+from)\s+(?P<name>(?:@|u/)?[\w][^,|\n]{1,60}?)\s*(?:,\s*(?i:posted|replied|written)?|"
    r"\s[-–—|])\s*(?:on\s+)?(?P<when>[^|\n]{0,40}\d[^|\n]{0,40})$"
)
# or a social post, headed by its writer's name and handle and when: "Mira Halden @haldenandco - 5 May, 21:48",
# "Ana Roy (@anaroy) · 3 June 2027"
POST_BY_HANDLE = re.compile(
    r"^(?P<name>[A-Z][^@|()\n]{1,60}?)\s+\(?@\w+\)?\s*[-–—·|]\s*(?P<when>[^|\n]{0,40}\d[^|\n]{0,40})$"
)
# or a forum's post, headed by its writer's handle alone and what they did: "u/ravelsby_rachel asked:", "@millwatch
# replied:", "u/site_community:"
POST_BY_HANDLE_ALONE = re.compile(
    rf"^(?P<name>(?:u/|@)[\w.-]+)(?:\s+(?i:asked|replied|answered|wrote|said|{'|'.join(POSTING_VERBS)}))?\s*:$"
)
# a reply headed only by what replies ("Response from the business", "Reply from the owner"), whose sign-off under
# it names who (post_block_signer)
POST_REPLY_UNNAMED = re.compile(r"^the\s+[a-z]+(?:\s+[a-z]+)?$")
MAX_SIGN_OFF_WORDS = 8


def post_signature(line: str) -> re.Match[str] | None:
    """
    The line a signed post is headed with (POST_SIGNED, POST_REPLY, POST_BY_HANDLE, POST_BY_HANDLE_ALONE), its writer
    as ``name``; None for any other.
    """
    if "|" not in line and "@" not in line and "u/" not in line and " from " not in line.lower():
        return None
    return (
        POST_SIGNED.match(line)
        or POST_REPLY.match(line)
        or POST_BY_HANDLE.match(line)
        or POST_BY_HANDLE_ALONE.match(line)
    )


def _sign_off(line: str) -> bool:
    """Whether a line under a post can sign it off: short, no sentence, no figure ("Client Care Team, Hotel Arvo")."""
    return (
        not is_prose(line)
        and len(line.split()) <= MAX_SIGN_OFF_WORDS
        and not re.search(r"[\d|:.!?]", line)
        and line[:1].isupper()
    )


def _signed_posts(lines: list[str]) -> list[tuple[str, list[str]]]:
    """
    A page of signed posts (reviews, comments, a forum's or a guest book's posts): each the line that heads it with
    its writer (post_signature) and the run of prose paragraphs under it, up to the next such line or anything that
    is not prose; a reply signed off under it by what replies only ("Response from the business", then "Client Care
    Team, Garrowin Events Group") keeps that line last. Two posts at least, as a letters page signs two letters.
    """
    comments = next((i for i, line in enumerate(lines) if COMMENTS_HEADING.match(line)), -1)
    live = any(LIVE_HEAD.search(line) for line in lines[:5])
    posts = []
    for i, line in enumerate(lines):
        signed = post_signature(line)
        if signed is None or is_prose(line):
            continue
        if signed.re is POST_SIGNED and (i < comments or live):
            continue  # the article's byline over its comments, a live page's timed entry
        end = i + 1
        while end < len(lines) and is_prose(lines[end]) and post_signature(lines[end]) is None:
            end += 1
        if end == i + 1:
            continue
        if end < len(lines) and _sign_off(lines[end]):
            end += 1
        posts.append((line, lines[i + 1 : end]))
    return posts if len(posts) >= MIN_LETTERS else []


def _mark_posts(body: list[str], posts: list[tuple[str, list[str]]]) -> list[str]:
    """
    Each signed post kept as one block, as _mark_letters keeps a letter: the line that heads it first, its paragraphs,
    and the line that signs a reply off last where the page gives one (the furniture filter had dropped both lines),
    so ingest.interviews.find_letters gives the post's figures to its writer (post_block_signer).
    """
    for heading, paragraphs in posts:
        sign_off = [paragraphs[-1]] if not is_prose(paragraphs[-1]) else []
        kept = [p for p in paragraphs if p in body and is_prose(p)]
        if not kept:
            continue
        at = body.index(kept[0])
        if body[at : at + len(kept)] != kept:
            continue
        body[at : at + len(kept)] = ["\n".join([heading, *kept, *sign_off])]
    return body


def post_block_signer(lines: list[str]) -> str | None:
    """
    Who signed a post kept as one block (_mark_posts, its ``lines``): the writer its heading names, without the
    site's tag or their town ("Petra V.", "Dunmore Analytics"); for a reply headed only by what replies ("the
    business"), the business its sign-off names after the part of it that replied ("Client Care Team, Garrowin Events
    Group"), or the one who signs ("Maria Lund, General Manager"). None for any other block.
    """
    if len(lines) < 2:
        return None
    heading = post_signature(lines[0])
    if heading is None:
        return None
    name = heading.group("name").strip()
    if not POST_REPLY_UNNAMED.match(name):
        return name
    if len(lines) < 3 or not _sign_off(lines[-1]):
        return None
    parts = [part.strip() for part in lines[-1].lstrip("-–— ").split(",")]
    if len(parts) > 1 and re.search(rf"\b(?i:{REPLYING_PARTS})$", parts[0]):
        return parts[-1]
    return parts[0]


# A document the page prints whole under its introduction, known by its header block: a memo's or a letter's lines
# "From: Halvard Greaves, Project Director" and "To: Marten Oakhollow, Chief Executive", in either order, among its
# "Date:", "Subject:", "Re:", "Ref:" and "Cc:" lines. A newsletter's own "From:" over its "Subject:" has no "To:".
HEADER_LINE = re.compile(
    r"^(?P<label>From|To|Cc|Bcc|Sent|Date|Subject|Re|Ref|Importance|Attachments?)\s*:\s*\S", re.IGNORECASE
)
MAX_GREETING_LINES = 3  # the lines between a header block and the document's first paragraph: "Dear Mr Glassey,"
# the line that ends a document: a rule, a valediction; or the sender's own name (SIGNED_BY_SENDER)
SIGN_OFF = re.compile(
    r"^(?:[-_*=]{3,}.*|(?:Yours|Regards|Kind\s+regards|Best\s+wishes|Best|Many\s+thanks|Thanks|Sincerely)\b.{0,40})$",
    re.IGNORECASE,
)


def _signed_off(line: str, sender: str) -> bool:
    """Whether ``line`` ends the document from ``sender`` (its "From:" line): a rule, a valediction or their name."""
    if SIGN_OFF.match(line.strip()):
        return True
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", line)
    return bool(words) and words[0] in re.findall(r"[A-Za-z][A-Za-z'-]*", sender.partition(":")[2])


def _headed_documents(lines: list[str]) -> list[tuple[str, list[str]]]:
    """
    The documents printed whole under a page's introduction, each by its header block (HEADER_LINE, a "From:" and a
    "To:" among them) and its run of prose paragraphs under it, past its greeting ("Marten,", "Dear Ms Parlow,") and
    up to its sign-off ("Yours sincerely," or the signer's name, which is no prose) or a rule ("---"). Each is the
    header's "From:" line and its paragraphs. A header block above any prose is the page's own (an email newsletter's
    "From: The Lamp"), not a document it prints.
    """
    if "from" not in "".join(lines).lower():
        return []
    documents = []
    i = 0
    seen_prose = False
    while i < len(lines):
        if not HEADER_LINE.match(lines[i]):
            seen_prose = seen_prose or is_prose(lines[i])
            i += 1
            continue
        first = i
        while i < len(lines) and HEADER_LINE.match(lines[i]):
            i += 1
        header = lines[first:i]
        labels = [found.group("label").lower() for line in header if (found := HEADER_LINE.match(line))]
        sender = next((line for line in header if line.lower().startswith("from")), "")
        if not seen_prose or "to" not in labels or labels.count("from") != 1:
            continue
        start = i
        while start < min(i + MAX_GREETING_LINES, len(lines)) and not is_prose(lines[start]):
            start += 1
        end = start
        while end < len(lines) and is_prose(lines[end]) and not HEADER_LINE.match(lines[end]):
            if re.match(r"[-_*=]{3,}", lines[end]):
                break  # a rule, run into the paper's paragraph after it ("--- The chair said ...")
            end += 1
        if end > start and (end == len(lines) or not _signed_off(lines[end], sender)):
            # no sign-off or rule says where the document ends, and the page's own paragraphs may follow it (a
            # column's, a travel piece's under its flight box): only a memo's or a letter's first paragraph, under
            # its "Subject:" or its greeting ("Dear Commissioner,"), is surely the document's
            greeted = any(line.rstrip().endswith(",") for line in lines[i:start])
            end = start + 1 if greeted or "subject" in labels or "re" in labels else start
        if end > start:
            documents.append((sender, lines[start:end]))
        i = end
    return documents


# A body's document printed whole under the page's introduction, known by its numbered sections: "1. Overview", "2. Who
# responded", "2.1 Respondents", each heading a line of its own over the section's paragraphs
NUMBERED_HEADING = re.compile(
    r"^\d{1,2}(?:\.\d{1,2})?\.?\s+"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"  # a date's
    r"[A-Z][^.!?:\n]{0,60}$"
)
MIN_SECTIONS = 3  # two numbered lines may be a list's; three headings over prose are a document's sections


def _numbered_document(lines: list[str]) -> list[tuple[str, list[str]]]:
    """
    A document in numbered sections under a page's introduction: its first numbered heading, and the run of its
    headings and prose paragraphs after it, up to the first line that is neither (the paper's own heading over the
    reaction, "Reaction", or its links); at least MIN_SECTIONS headings, each over prose, after some prose of the
    page's own.
    """
    headings = [i for i, line in enumerate(lines) if NUMBERED_HEADING.match(line) and not is_prose(line)]
    if len(headings) < MIN_SECTIONS or not any(is_prose(line) for line in lines[: headings[0]]):
        return []
    end = headings[0] + 1
    while end < len(lines) and (end in headings or is_prose(lines[end])):
        end += 1
    # the last section no longer than the longest before it: the paper's reaction may follow with no heading over it
    sections = [i for i in headings if i < end]
    longest = max((later - earlier - 1 for earlier, later in pairwise(sections)), default=1)
    end = min(end, sections[-1] + 1 + max(longest, 1))
    # (each heading over the prose of its section: a "Most read" box's numbered headlines run one under another)
    if sum(1 for i in headings if i < end and i + 1 < end and is_prose(lines[i + 1])) < MIN_SECTIONS:
        return []
    return [(lines[headings[0]], lines[headings[0] + 1 : end])]


def _unnumbered(line: str, paragraph: str) -> bool:
    """Whether ``line`` is ``paragraph`` as the furniture filter kept it, without its number ("1. You asked ...")."""
    return paragraph.endswith(" " + line) and 2 * len(line) > len(paragraph)


def _mark_headed(body: list[str], documents: list[tuple[str, list[str]]]) -> list[str]:
    """
    Each headed document kept as one block, its "From:" line first, then its paragraphs a line apart, as the page gave
    them (the furniture filter had dropped the header), so attribution gives the document's figures to its sender
    (ingest.documents.find_documents), as _mark_letters keeps a letter with its signature.
    """
    for sender, paragraphs in documents:
        # (a numbered paragraph's number, "1. You asked ...", the furniture filter has dropped)
        kept = [line for p in paragraphs for line in body if line == p or _unnumbered(line, p)]
        if not kept:
            continue
        at = body.index(kept[0])
        if body[at : at + len(kept)] != kept:
            continue
        body[at : at + len(kept)] = ["\n".join([sender, *kept])]
    return body


# -- press releases --------------------------------------------------------------------------------
# A body's press release says so on a line of its own near its top: "PRESS RELEASE", "News release", "For immediate
# release: 20 March 2026"; not a menu's "Press releases", nor an aggregator's "Press release | Source: X"
# A body's press office, named as the sender of its releases: "PRESS OFFICE", "Media Centre", "Newsroom"
_PRESS_OFFICE = (
    r"(?:(?:the\s+)?(?:press|news|media)\s*(?:office|room|centre|center|desk|team)|media\s+relations|"
    r"communications(?:\s+(?:office|team|unit))?)"
)
RELEASE_MARK = re.compile(
    # after the press office that sent it, which is no issuer: "PRESS OFFICE - FOR IMMEDIATE RELEASE"
    rf"^\W*(?:{_PRESS_OFFICE}\s+[-–—:|]\s+)?"
    r"(?:(?:press|news|media)\s+release|for\s+immediate\s+release)\b(?!s)[^|\n]{0,40}$",
    re.IGNORECASE,
)
RELEASE_MARK_WITHIN = 12  # lines from the top
# A marker that names its issuer before it, on a line of its own: "Ministry of Transport - Press release"; not an
# aggregator's "Press release | Source: X" nor a menu's "News | Press releases"
# The issuer's name as its masthead gives it on the page's first line: "Ministry of Agriculture and Rural Affairs,
# Republic of Ombara", "National Union of Arable Farmers" (the part before a comma is the name), or with the name of
# its press pages after a bar or dash: "Kerran Valley Hospice | Press Office", "Nordline - Newsroom"
_ORGANISATION_NAME = r"(?:The )?[A-Z][\w'’&.-]*(?: (?:of|for|and|the|on|in|&|[A-Z][\w'’&.-]*)){1,9}"
_PRESS_PAGES = r"\s+[|–—-]\s+(?i:(?:press|news|media)\s*(?:office|room|centre|center|desk)|media\s+relations)"
# A company's legal form after its name, which is no part of the name it speaks by: "HALMWAY INSURANCE plc"
_LEGAL_FORM = rf"(?:\s+(?i:{LEGAL_FORMS}))?"
# A site's menu on its masthead's line, after its name: "Vellmark Interior Ministry | Statistics | Fire and rescue"
_MENU = r"(?:\s+\|\s+[^|\n]{1,30}){1,8}"
MASTHEAD = re.compile(
    rf"^(?P<name>{_ORGANISATION_NAME}){_LEGAL_FORM}(?:,\s+[A-Z][^|\n]{{0,60}}|{_PRESS_PAGES}|{_MENU})?$"
)
# or in capitals, before any of its markers: "CASTMOOR BOROUGH COUNCIL - FOR IMMEDIATE RELEASE" (not "PRESS RELEASE -
# FOR IMMEDIATE RELEASE", a marker twice)
NAMED_RELEASE_MARK = re.compile(
    rf"^(?!(?i:(?:press|news|media)\s+release|{_PRESS_OFFICE})\b)(?P<name>{_ORGANISATION_NAME})\s+[-–—:]\s+"
    r"(?i:(?:press|news|media)\s+release|for\s+immediate\s+release)$"
)
# "(c) 2026 Halvorsen Polar Research Institute", "© Carrow Metropolitan Transport Authority 2026. All rights reserved."
COPYRIGHT_HOLDER = re.compile(
    # (after a footer's sentence too: "Saltmarrow is a trademark of Orrin Interactive. (c) 2028 Brightwater Forge Ltd.")
    # (a year after the mark, as a footer's line carries, not a caption's credit: "Crowds on Quay Row. (c) Quayside
    # Pictures Ltd" is the photo's holder)
    r"^(?:[A-Z][^.©\n]{0,150}\.\s+(?=(?:©|\(c\))\s*\d{4}\b))?\W*(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?P<holder>[A-Z][^.|\n]*?)(?:,?\s+\d{4})?(?:\.|\s*\||$)",
    re.IGNORECASE,
)
# the mark inside a footer's line, a year on one side of the holder's name: "(c) 2028 Lumastream.", "Data (c)
# PlayerPulse 2028." (owners42). A credit reads the same ("Photo (c) Tom Hale 2027.", "Portrait (c) Ada Roe 2028.",
# a list's "(b) traders and (c) 2028 Review Panel."), so the names it gives are no owner's (footer_marks)
_MARKED_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,4}"
FOOTER_MARK = re.compile(
    rf"(?:©|\((?i:c)\))\s*(?:\d{{4}}\s+(?P<before>{_MARKED_NAME})|(?P<after>{_MARKED_NAME})\s+\d{{4}})"
    r"(?=\s*[.,|]|\s*$)"
)
# fix42b: a footer's imprint, the body's name at the head of its line and its address or its number after a comma
# ("Stakeback, 22 Canal Wharf, Ambry AB1 2QS. Registered charity no. 1140922", "Loopshelf Ltd, Ludwick. Terms")
# mendfix42b: only a short line, and after the comma an address (a house number and its street, "22 Canal Wharf", or
# a postcode, "Ashby Road, Hallowmere HW3 9PL") or, after a name in its legal form, a place alone ("Loopfold Ltd,
# Ludwick."): never a caption ("Ambry, 2025: the high street under water.") nor a story's last sentence ("Bramble,
# the market's oldest trader, said ...")
_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}"  # "AB1 2QS", "HW3 9PL"
FOOTER_IMPRINT = re.compile(
    rf"^(?=.{{0,120}}$)(?:(?P<name>{_MARKED_NAME}),\s+(?:\d{{1,4}}[A-Za-z]?\s+[A-Z][a-z]|[^.:;]{{0,60}}\b{_POSTCODE}\b)"
    rf"|(?P<company>{_MARKED_NAME}\s+(?i:{LEGAL_FORMS})\.?),\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s*(?:[.|]|$))"
)
# fix42b: a site's domain as its masthead, before its menu ("kittwear.em | Women | Men | Kids | Sale"), or its brand
# in small letters with no domain ("loopshelf | Buy | Sell | Help"): ingest.page_head, site_owner
DOMAIN_MASTHEAD = re.compile(r"(?:www\.)?(?P<label>[a-z][a-z0-9]*)(?:\.[a-z]{2,4})?")
# a desk's or a team's byline, which BYLINE (a person's name) does not read: "By the Meridian Data Desk: ...", "By
# the Fenmoor Farmer live team: ..." (owners42)
DESK_BYLINE = re.compile(r"^By\s+the\s+[A-Z]")


# A release carried as supplied on another's page names its issuer on a line of its own: "Issued by: Lowfield Trust",
# "Supplied by: Orrin Health Service, Communications Office" (the body, then the office of it that sent it)
ISSUED_BY = re.compile(
    # or with its marker: "Press release issued by the Hesketh Moor Railway Trust"
    r"^(?i:(?:(?:press|news|media)\s+release\s+)?(?:issued|supplied)\s+by)\s*:?\s+(?:the\s+)?"
    rf"(?P<name>{_ORGANISATION_NAME})(?:,\s+[A-Z][^|\n]{{0,50}}?)?\.?$"
)
# A line of a release another page carries that says whose release it is, which marks the page as one: "Press release
# from Castmoor Borough Council, published in full", "This is a press release from Orrin Water.", "Published on behalf
# of the Marrow Valley Trust"
_NO_REPORT = (
    r"(?![^|\n]*\b(?:said|says|say|put|puts|claimed|claims|stated|states|warned|warns|added|showed|shows|"
    r"told|tells|estimated|estimates)\b)"
)
RELEASE_FROM = re.compile(
    r"^(?i:(?:this\s+is\s+)?(?:an?\s+)?(?:press|news|media)\s+release\s+(?:(?:issued|sent)\s+)?(?:from|by)|"
    r"(?:this\s+(?:release|article|page)\s+(?:is|was)\s+)?(?:published|issued|released|sent)\s+on\s+behalf\s+of)"
    # then a note on the line ("published in full"), not a sentence reporting what it said: "A news release from Varn
    # Police, issued on Sunday, said three men had been arrested." is a story's
    # A note may also run on in sentences of its own: "This is a press release from X. It is published as received
    # and has not been edited by the Standard."
    rf"\s*:?\s+(?:the\s+)?(?P<name>{_ORGANISATION_NAME}(?:\s+(?:plc|ltd|Ltd|Limited|Inc))?)"
    rf"(?:[,;]\s+(?![^|\n]*,){_NO_REPORT}[^|\n]{{0,60}}?|\.\s+(?=[A-Z]){_NO_REPORT}[^|\n]{{0,200}}?)?\.?$"
)
# A page's note that it carries a body's press release as supplied, in place of a "PRESS RELEASE" line: "This press
# release is published as supplied.", "The Courier publishes selected press releases from public bodies as supplied."
# "Business | Press releases - published as received, not written or checked by ..." (a section line saying so)
SUPPLIED_RELEASE = re.compile(
    r"^[^\n]{0,60}?\b(?:press|news|media)\s+releases?\b[^|\n]{0,40}?\bas\s+(?:supplied|received)\b", re.IGNORECASE
)
# A release's lead names its issuer as the subject of its announcing verb, after any dateline: "Orrin Water today
# announced that ...", "LARVIK, 4 May 2026 - The Orrin Health Service (OHS) has announced ..."
RELEASE_LEAD = re.compile(
    r"^(?:[A-Z][A-Za-z.'’ -]*,[^-–—\n]{0,40}?\s[-–—]\s+|[A-Z][A-Z.'’ ]+\s[-–—]\s+)?"
    rf"(?P<name>{_ORGANISATION_NAME})(?:\s+\([A-Z][A-Za-z]{{1,9}}\))?"
    # with its partner in the release: "Castmoor Borough Council and its partner Vellan Heat Partners today confirmed"
    rf"(?:\s+and\s+(?:its|their)\s+(?:[a-z-]+\s+){{1,2}}(?:the\s+)?{_ORGANISATION_NAME})?"
    # what the body is, set off by commas: "Ardle Valley Dairies, the farmer-owned cooperative, today announced"
    r"(?:,\s+(?:the|an?)\s+[^,\n]{3,60},)?\s+(?:has\s+|have\s+)?"
    r"(?:today\s+|this\s+(?:morning|week)\s+|on\s+[A-Z][a-z]+day\s+)?"
    r"(?:announc|confirm|unveil|launch|publish|reveal|award|approv)(?:ed|es|s)?\b"
)
# A release's contact block or notes to editors, below its text, naming the body that sent it: "Media contact:
# Brindle Borough Council press office, 0190 555 0101", "For more information, contact the Orrin Water media team",
# "About Orrin Water" (the note on the body itself), and the first of the notes to editors: "1. Orrin Water is the ..."
RELEASE_CONTACT = re.compile(
    r"^(?i:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries)|for\s+(?:more|further)\s+information|"
    r"contacts?|enquiries)\b[^|\n]{0,60}?\b(?:the\s+)?"
    rf"(?P<office>{_ORGANISATION_NAME})\s+(?i:press|media|communications|news)\s+(?:office|team|desk)\b|"
    rf"^(?i:about)\s+(?:the\s+)?(?P<about>{_ORGANISATION_NAME})\s*(?::|$)"
)
# A lead's subject that is a post, not a body: "The Minister for Transport today announced ...", in the release of the
# ministry or government whose site it is
OFFICE_HOLDER = re.compile(
    r"^(?:The\s+)?(?:[A-Z][a-z]+\s+)?(?:Minister|Secretary|Mayor|President|Chancellor|Governor|Commissioner|"
    r"Councillor|Chair|Chairman|Chairwoman|Director)\b"
    # not a body named after the post: "The Data Commissioner's Office"
    r"(?![’']s?\s+(?:Office|Department|Unit|Team)\b)"
)
NOTES_TO_EDITORS = re.compile(r"^\W*(?:notes?\s+(?:to|for)\s+editors?|editors['’]?\s+notes?)\W*$", re.IGNORECASE)
NOTED_BODY = re.compile(
    rf"^(?:\d{{1,2}}[.)]\s+)?(?:The\s+)?(?P<name>{_ORGANISATION_NAME})\s+(?:is|are)\s+(?:the|an?)\b"
)


# A statistics publisher's own release of its figures, by the line that dates it: "Official statistics  |  Release
# date: 10 March 2027, 08:00  |  Next release: 9 June 2027", "Statistical bulletin | Released 4 May"
STATISTICS_RELEASE = re.compile(
    r"^\W*(?:(?:official|national|experimental)\s+statistics|statistical\s+(?:release|bulletin))\s*[|:–—-]\s*"
    r"(?:release\s+date|released|published)\b"
    # or its dating line alone, which gives the next release too: "Published 14 October 2027  |  Next update 13 January"
    r"|^\W*(?:published|released|release\s+date)\b[^|\n]{0,40}\|\s*next\s+(?:update|release|publication)\b",
    re.IGNORECASE,
)


RELEASE_MARKS = (NAMED_RELEASE_MARK, RELEASE_FROM, RELEASE_MARK, SUPPLIED_RELEASE, STATISTICS_RELEASE)


# A body's own document published as its page, printed whole in its voice with no sign-off: its heading names its kind,
# a periodic report a body issues in its own name ("Korrada Displacement - Situation Report No. 3", "Defence
# Intelligence update: Korrada highlands", "Foreign Affairs Committee, First Report of Session 2027-28"), and the body
# stands on that line before a comma or on a line of its own beside it ("Joint Humanitarian Coordination Office (JHCO)",
# "From: Ministry of Defence"). Its figures are the body's as a release's are its issuer's (_release_head)
OWN_DOCUMENT_KIND = re.compile(
    r"\b(?i:situation\s+report|sitrep|flash\s+update|intelligence\s+(?:update|assessment)|"
    r"(?:daily|weekly)\s+(?:update|bulletin|briefing)|(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+"
    r"report\s+of\s+(?:the\s+)?session)\b"
)
# a text several parties issue jointly, naming them after its kind: "Joint Communique of the Republic of Tolquin and the
# Republic of Lunadria", "Joint Statement by the Governments of Arden and Vell": its figures are theirs together
JOINT_DOCUMENT = re.compile(
    r"^(?i:joint\s+(?:communiqu[eé]|statement|declaration))\s+(?i:of|by|between|from)\s+(?:the\s+)?"
    rf"(?P<name>{_ORGANISATION_NAME}\s+(?:and|&)\s+(?:the\s+)?{_ORGANISATION_NAME})(?:,.*)?$"
)
# the body on the heading's line before a comma, or on a line of its own: its name, perhaps its initials after it
_OWN_DOCUMENT_ISSUER = re.compile(
    rf"^(?:(?i:from|issued\s+by|published\s+by)\s*:?\s+)?(?:the\s+)?(?P<name>{_ORGANISATION_NAME})"
    r"(?:\s+\([A-Z]{2,8}\))?(?:,.*)?"
)
# a menu's, a breadcrumb's or a link's line naming the kind, no heading: "Sign up for our daily briefing >"
OWN_DOCUMENT_NOT_HEADING = re.compile(r"[|>]|^(?i:sign\s+up|subscribe|get|read|related|see|more|latest)\b")
# a word of a body's name (speakers' ORG_HEADS): what makes "Joint Humanitarian Coordination Office" a body, not a
# place or a topic
_BODY_WORD = re.compile(rf"(?i:\b(?:{ORG_HEADS})\b)")
OWN_DOCUMENT_BESIDE = 3  # lines under (or one above) the heading in which the body's own line may stand
# what follows the kind on a body's own heading: its number or its date ("Situation Report No. 3", "Weekly Bulletin, 3
# March", ": Korrada highlands, 16 September 2027", "of Session 2027-28"), or nothing; a news headline goes on to say
# something about it ("situation report warns of tent shortage", "weekly bulletin: waiting lists grow again")
OWN_DOCUMENT_TAIL = re.compile(r"\W*|.*\d.*")
# a joint text's own dateline under its title, where and when it was done: "Ostabel, 18 September 2027" (a news page
# about one has its post stamp, "Posted 4 May", or a byline there instead)
JOINT_DATELINE = re.compile(r"[A-Z][\w'’. -]{1,40},\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b.*")


def release_mark(line: str) -> bool:
    """
    A line marking a page as a press release: its "PRESS RELEASE" line (after its issuer's name, if it names it), or a
    note that it is one as supplied.
    """
    return _marked(line) is not None


def _marked(line: str) -> re.Match[str] | None:
    """The match of the first mark a release line makes; a marker that names its issuer first."""
    return next((found for mark in RELEASE_MARKS if (found := mark.match(line))), None)


def _release_head(lines: list[str]) -> list[str]:
    """
    A body's press release keeps its masthead and its "PRESS RELEASE" line at the head of the snapshot: the page is
    that body speaking, and the engine gives the release's own figures to it (ingest.interviews.find_issuer). Only
    when the masthead is the page's first line and names the page's copyright holder, if the page names one: an
    aggregator's page ("HealthWire | Press release") is not the body's. A release another page carries, under a line
    that says whose it is ("Issued by: ...", "Press release from ...", "CASTMOOR BOROUGH COUNCIL - FOR IMMEDIATE
    RELEASE"), is the issuer's whoever's masthead stands above it; so is one whose text never names the masthead's
    owner, when its lead or its contact block names the body that sent it (_release_sender).
    """
    marker, mark = next(
        ((i, found) for i, line in enumerate(lines[:RELEASE_MARK_WITHIN]) if (found := _marked(line))), (None, None)
    )
    if marker is None or mark is None:
        return _own_document_head(lines) or _official_page_head(lines)
    named = next(
        (
            found
            for line in lines[: marker + RELEASE_MARK_WITHIN]
            if (found := NAMED_RELEASE_MARK.match(line) or RELEASE_FROM.match(line) or ISSUED_BY.match(line))
        ),
        None,
    )
    if named is not None:  # "Ministry of Transport - Press release", "Issued by: Lowfield Trust": whose it is
        return [_issuer_name(named.group("name"), lines), lines[marker]]
    # the marker itself is no masthead; nor is the masthead of a page that says it carries releases as supplied
    carried = any(SUPPLIED_RELEASE.match(line) for line in lines[:RELEASE_MARK_WITHIN])
    masthead = MASTHEAD.match(lines[0]) if marker and not carried else None
    if masthead is None:
        return _release_sender(lines, marker)
    name = outlet_key(masthead.group("name"))
    holders = [outlet_key(holder) for holder in copyright_holders(lines)]
    # the masthead's own line or the one under it, which names whose part it is ("Ministry of Energy" over "Government
    # of Ulvenna"): a ministry's site is its government's
    names = [name] + ([outlet_key(lines[1])] if len(lines) > 1 and MASTHEAD.match(lines[1]) and marker > 1 else [])
    if holders and not any(n in holder or holder in n for holder in holders for n in names):
        return []
    # a site's masthead over a release that never names the site: the release is its sender's, if it names one
    prose = [line.lower() for line in lines[marker + 1 :] if _paragraph(line) and "release" not in line.lower()]
    # nor calls it what it is ("the council", "we")
    itself = _speaks_as(masthead.group("name"), lines[marker + 1 :])
    if not itself and not any(n in line for n in names for line in prose):
        sender = _release_sender(lines, marker, site=True)
        if sender and outlet_key(sender[0]) not in names:
            return sender
    return [lines[0], lines[marker]]


def _own_document_head(lines: list[str]) -> list[str]:
    """
    The head of a body's own document published as its page (OWN_DOCUMENT_KIND): the body its heading line names
    before the kind ("Marrow Relief Agency situation report No. 2", "Foreign Affairs Committee, First Report of
    Session"), or its own line beside the heading names, and the heading, kept as a release's head is. Not under or
    over a byline (a news story about a situation report is the paper's), nor a menu's or a link's line.
    """
    for i, line in enumerate(lines[:RELEASE_MARK_WITHIN]):
        if BYLINE.match(line):
            return []
        joint = JOINT_DOCUMENT.match(line)
        if joint is not None:
            under = lines[i + 1 : i + 1 + OWN_DOCUMENT_BESIDE]
            dated = any(JOINT_DATELINE.fullmatch(other) for other in under)
            return [joint.group("name"), line] if dated and not any(BYLINE.match(other) for other in under) else []
        kind = OWN_DOCUMENT_KIND.search(line)
        if kind is None or len(line) > 120 or OWN_DOCUMENT_NOT_HEADING.search(line) or is_prose(line):
            continue
        if not OWN_DOCUMENT_TAIL.fullmatch(line[kind.end() :]):
            return []
        beside = [line[: kind.start()].rstrip(" ,:;-–—"), *lines[i + 1 : i + 1 + OWN_DOCUMENT_BESIDE]]
        beside += lines[max(0, i - 1) : i]
        if any(BYLINE.match(candidate) for candidate in beside):
            return []
        for candidate in beside:
            found = _OWN_DOCUMENT_ISSUER.fullmatch(candidate)
            name = found.group("name") if found is not None else ""
            if found is not None and _BODY_WORD.search(name) and not news_outlet_name(name) and not is_prose(candidate):
                return [_issuer_name(found.group("name"), lines), line]
        return []
    return []


# -- a public body's official document published as its own page ------------------------------------------------------
# A government's, a regulator's or a council's own page printing an official document it issued in its own name: a
# sanctions notice, a notice of decision, a register entry. Nothing in it says "said": the site's masthead names the
# issuing body, among the parts its bars set apart ("GOV.VM | Ministry of Finance | Velmarsh Sanctions Office", the
# last and most particular body), the title names the document's kind ("Financial Sanctions Notice: Ambrevo") and a
# line gives its reference ("Notice reference: VSO/AMB/2027/04"). Its figures are the body's, as a release's are its
# issuer's (_release_head); a news page about such a document has a byline or a paper's menu in its head instead.
# (a head word anywhere in a masthead part, which _ORGANISATION_NAME has already read as a name; kept apart from
# ingest.documents._OFFICIAL_BODY, which wants the head last or before "of"/"for": the two disagree on masthead parts
# the test pages print ("High Court, Marvaso", "Council news"), so one reader would change what a page's issuer is)
_OFFICIAL_BODY_WORD = re.compile(rf"(?i:\b(?:{OFFICIAL_BODY_HEADS})\b)")
# (a masthead part naming a company or a club: findings_owners41a #5, #6)
_PRIVATE_BODY_WORD = re.compile(rf"(?i:\b(?:{PRIVATE_BODY_HEADS})\b)")
OFFICIAL_TITLE = re.compile(rf"\b(?i:{OFFICIAL_DOCUMENT_KINDS})\b")
# (its reference, a code with a digit, or the date it was issued: "Case reference: CUO-2027-118406", "Ref: LIC/2027/14",
# "Issued: 20 September 2027")
OFFICIAL_REFERENCE = re.compile(
    r"^(?:[A-Z][\w ]{0,30}\s)?(?i:reference|ref\.?)(?:\s+(?i:no\.?|number))?\s*:\s*\S*\d"
    r"|^(?i:issued|date\s+of\s+issue)\s*:\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b"
)
OFFICIAL_MASTHEAD_PARTS = re.compile(r"\s+\|\s+")


def official_title(line: str) -> re.Match[str] | None:
    """A line titling an official document by its kind, in a title's mixed case, no menu's or breadcrumb's line."""
    if line.isupper() or len(line) > 120 or OWN_DOCUMENT_NOT_HEADING.search(line):
        return None
    return OFFICIAL_TITLE.search(line)


def _official_page_head(lines: list[str]) -> list[str]:
    """
    The head of a public body's own page printing an official document it issued: the body its masthead's line names
    last among its parts, and the document's title, kept as a release's head is. Only where the page's head gives the
    document's reference or issue date, and has no byline or paper's menu (a news page about the notice).
    """
    head = lines[:RELEASE_MARK_WITHIN]
    if not head or "|" not in head[0] or papers_furniture(head) or any(BYLINE.match(line) for line in head):
        return []
    if not any(OFFICIAL_REFERENCE.match(line) for line in head):
        return []
    parts = OFFICIAL_MASTHEAD_PARTS.split(head[0].strip())
    if any(_PRIVATE_BODY_WORD.search(part) or news_outlet_name(part) for part in parts):
        return []  # a company's, a club's or a paper's page: its "Customer Service" or its court section is no issuer's
    bodies = [part for part in parts if re.fullmatch(_ORGANISATION_NAME, part) and _OFFICIAL_BODY_WORD.search(part)]
    title = next((line for line in head[1:] if official_title(line) and not is_prose(line)), None)
    if not bodies or title is None:
        return []
    return [_issuer_name(bodies[-1], lines), title]


# A news outlet's name's words, which its own text hardly calls it by ("the news", "the post")
_OUTLET_WORDS = set(NEWS_OUTLET_WORDS.split("|"))


def _speaks_as(name: str, lines: list[str]) -> bool:
    """
    Whether a release's own text, quotes aside, speaks as the body its masthead names without spelling out its name: in
    the first person ("We now manage 26 reserves") or by its kind ("The council owns 5 leisure centres", "the health
    service" for "Orrin Health Service", "the ministry" for "Ministry of Rural Transport").
    """
    words = [word.lower() for word in re.findall(r"[\w'’&-]+", name) if word.lower() != "the"]
    heads = {words[-1]} | ({words[words.index("of") - 1]} if "of" in words[1:] else set())
    heads -= _OUTLET_WORDS | _NAME_LINKS
    before = "|".join(re.escape(word) for word in words if word not in _NAME_LINKS)
    kinds = "|".join(re.escape(head) for head in sorted(heads))
    itself = re.compile(
        # "we", "our", "us", not "US" (the country: "faster than US rates do")
        r"\b(?-i:[Ww]e|[Oo]ur|us|Us)\b" + (rf"|\bthe\s+(?:(?:{before})\s+)?(?:{kinds})\b" if kinds else ""),
        re.IGNORECASE,
    )
    for line in lines:
        if "|" in line or SENTENCE_END.search(line) is None:
            continue
        if itself.search(re.sub(r"[\"“][^\"”\n]*[\"”]", "", line)):
            return True
    return False


def _release_sender(lines: list[str], marker: int, *, site: bool = False) -> list[str]:
    """
    The head of a release another page carries with no line naming its issuer: the body its lead, the release's first
    paragraph below the marker, says announced what it tells ("Orrin Water today announced that ..."), or else the
    body its contact block or notes to editors name ("Media contact: Orrin Water press office", "About Orrin Water").
    A lead's post-holder ("The Minister for Transport today announced") is no sender under a site's masthead, whose
    release it is; with no masthead, the post-holder is the issuer ("The Mayor of Greater Varn").
    """
    lead = next((line for line in lines[marker + 1 : marker + RELEASE_MARK_WITHIN] if _paragraph(line)), None)
    found = RELEASE_LEAD.match(lead) if lead is not None else None
    office_holder = site and OFFICE_HOLDER.match(found.group("name")) is not None if found is not None else False
    if found is not None and MASTHEAD.match(found.group("name")) and not office_holder:
        return [_issuer_name(found.group("name"), lines), lines[marker]]
    below = lines[marker + 1 :]
    for i, line in enumerate(below):
        contact = RELEASE_CONTACT.match(line)
        noted = NOTED_BODY.match(below[i + 1]) if NOTES_TO_EDITORS.match(line) and i + 1 < len(below) else None
        if contact is not None:
            body: str | None = contact.group("office") or contact.group("about")
        else:
            body = noted.group("name") if noted else None
        if body is not None and MASTHEAD.match(body) is not None:
            return [_issuer_name(body, lines), lines[marker]]
    return []


def _issuer_name(name: str, lines: list[str]) -> str:
    """
    The issuer as its release names it in its text: the first of a joint release's bodies ("Castmoor Borough Council
    and Vellan Heat Partners": the council, when the page names the partner apart), as the text spells a name its
    heading gives in capitals ("CASTMOOR BOROUGH COUNCIL": "Castmoor Borough Council").
    """
    text = "\n".join(lines)
    name = name.rstrip(".")  # "This is a press release from Orrin Water."
    for joint in JOINT.finditer(name):
        first, second = name[: joint.start()], name[joint.end() :]
        if MASTHEAD.match(first) and MASTHEAD.match(second) and _named_apart(second, first, text):
            name = first
            break
    if not name.isupper():
        return name
    spelled = re.compile(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b", re.IGNORECASE)
    written = next((found.group() for found in spelled.finditer(text) if not found.group().isupper()), None)
    # a name the text never spells but in capitals is written as names are: "Marrow Valley Wildlife Trust", "NHS"
    return written or " ".join(_name_word(word, first=i == 0) for i, word in enumerate(name.split()))


def heading_name(name: str, text: str) -> str:
    """A body's name a heading gives in capitals, as ``text`` spells it or as names are written ("Maurenne Ferries")."""
    return _issuer_name(name, text.split("\n"))


_NAME_LINKS = {"of", "for", "and", "the", "on", "in"}


def _name_word(word: str, *, first: bool) -> str:
    """A word of a name in capitals as a name writes it: a linking word small, an initialism ("NHS") as it is."""
    if word.lower() in _NAME_LINKS and not first:
        return word.lower()
    return word if len(word) <= 3 and not re.search(r"[AEIOUY]", word) else word.capitalize()


JOINT = re.compile(r"\s+(?:and|AND|&)\s+")


def _named_apart(second: str, first: str, text: str) -> bool:
    """Whether the text names the second of two bodies other than after the first ("X and Y"): a body of its own."""
    joined = re.compile(rf"{re.escape(first)}\s+(?:and|&)\s+$", re.IGNORECASE)
    # as a name is written, capitals and all ("Social care providers" is no "Social Care"), unless the heading gives it
    # in capitals ("TESSLING WATER SERVICES")
    case = re.IGNORECASE if second.isupper() else re.NOFLAG
    return any(
        joined.search(text, max(0, found.start() - len(first) - 8), found.start()) is None
        for found in re.finditer(rf"\b{re.escape(second)}\b", text, case)
    )


def _paragraph(line: str) -> bool:
    return len(line) >= 80 and SENTENCE_END.search(line) is not None and "|" not in line


def outlet_key(name: str) -> str:
    """An outlet's or body's name as a key, "The", case and spacing aside ("The Harwick Ledger": "harwick ledger")."""
    return " ".join(re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).lower().split())


def _copyright_line(line: str) -> re.Match[str] | None:
    """
    COPYRIGHT_HOLDER.match(line), tried only on a line with its mark: "©", "(c)" or "copyright" in any case (no
    letter of "pyr" has another case that IGNORECASE matches); most lines of a page have none.
    """
    if "©" in line or "(c" in line or "(C" in line or "pyr" in line.lower():
        return COPYRIGHT_HOLDER.match(line)
    return None


def copyright_holders(lines: list[str]) -> list[str]:
    """The names the page's copyright lines give its owner ("© 2026 The Harwick Ledger. All rights reserved.")."""
    return [found.group("holder") for line in lines if (found := _copyright_line(line))]


def footer_marks(lines: list[str]) -> list[str]:
    """
    owners42: on a page with no copyright line, the names a mark and a year give inside its last three lines
    ("Company no. 0881. (c) 2028 Lumastream.", "Data (c) PlayerPulse 2028."). A photographer's or an agency's credit
    reads the same ("Photo (c) Tom Hale 2027.", "Pictures (c) PA Media 2027"), as may a list's third item, so these
    names only confirm the masthead as the page's owner (site_owner): they never say another owns the page, nor name
    the outlet (_outlet_names), nor make a masthead (page_head). fix42b: so does an imprint heading one of those lines,
    the body's name and its address after a comma ("Stakeback, 22 Canal Wharf, Ambry"), without its legal form.
    """
    if any(_copyright_line(line) for line in lines):
        return []
    marks = [mark.group("before") or mark.group("after") for line in lines[-3:] for mark in FOOTER_MARK.finditer(line)]
    # (an imprint's name without its legal form: it confirms a masthead on an unsigned page only, _held_site, never
    # as the company's own name whatever the byline, _company_site)
    imprints = [
        _HOLDER_FORM.sub("", found.group("name") or found.group("company"))
        for line in lines[-3:]
        if (found := FOOTER_IMPRINT.match(line))
    ]
    return marks + imprints


def release_issuer(text: str) -> str | None:
    """The body whose press release a cleaned text is, by the head clean() kept for it; None for any other page."""
    head = text.split("\n\n", 2)
    masthead = MASTHEAD.match(head[0])
    if masthead is None or len(head) < 2:
        return None
    kind = OWN_DOCUMENT_KIND.search(head[1]) or JOINT_DOCUMENT.match(head[1]) or official_title(head[1])
    own = kind is not None and "\n" not in head[1] and not is_prose(head[1])
    return masthead.group("name") if release_mark(head[1]) or own else None


_MEDIUM_WORD = re.compile(rf"(?i:\b(?:{NEWS_MEDIUM_WORDS})\b)")
_NEWSPAPER_WORD = re.compile(rf"(?i:\b(?:{NEWSPAPER_WORDS})\b)")


def news_outlet_name(name: str) -> bool:
    """
    Whether a name is a news outlet's: one holding a word that says how often or where it comes out, or that it
    broadcasts ("Local Government Daily", "Vale Channel Five", "Vessorian Broadcasting Service"), or a paper's word no
    body's kind follows ("The Carnbrae Argus", "Harwick Ledger"; not "Kestlow Globe Theatre", "Independent Office for
    Police Conduct", bodies whose kind comes last).
    """
    if _MEDIUM_WORD.search(name):
        return True
    papers = list(_NEWSPAPER_WORD.finditer(name))
    rest = name[papers[-1].end() :] if papers else ""
    return bool(papers) and not (_BODY_WORD.search(rest) or _INSTITUTION_WORD.search(rest))


# A menu of a paper's sections in a page's head ("Home | News | Sport | Opinion"; not "Subscribe", a theatre's season)
_PAPERS_SECTIONS = re.compile(r"\b(?:Sport|Opinion|Obituaries|Puzzles|Crosswords?|E-edition|Classifieds)\b")


def papers_furniture(lines: list[str]) -> bool:
    """
    Whether a page's head, which the cleaner drops, says the page is a paper's: a menu of a paper's sections. Not a
    byline, which on a body's site is its own staff's (an orchestra's foreword by its chair, a programme note by its
    dramaturg).
    """
    return any("|" in line and _PAPERS_SECTIONS.search(line) for line in lines[:25])


def site_owner(
    text: str,
    masthead: str | None,
    *,
    holders: tuple[str, ...] = (),
    marks: tuple[str, ...] = (),
    papers: bool = False,
    bylined: bool = True,
    menu: str = "",
) -> str | None:
    """
    The body whose own site a cleaned page is, in whose voice its unreported figures are, as a press release's are its
    issuer's (tests/ingest_labelling.md): the masthead the page's head names (CleanedText.masthead) where it names a
    body by its kind (ORG_HEADS, INSTITUTION_HEADS) and is no news outlet's name (news_outlet_name), and the page's
    prose, quotations aside, speaks as that body: in the first person ("We gave 112 concerts") or by its kind ("the
    Playhouse said"). A masthead is no proof (a trade paper's "Lowfield Forum"), so the page must not show a
    paper's sections in its head (``papers``, CleanedText.papers), and "told us" or "told the Forum", a reporter's
    words as much as a body's survey's ("12 boards told us"), is no proof of its voice. A byline is its own staff's on
    a body's site. Not a page whose copyright line names another owner (an aggregator's,
    ``holders``, CleanedText.holders), nor a page of minutes, which say who said what at a meeting. As the page spells
    the name ("ALDERMOOR PLAYHOUSE": "Aldermoor Playhouse").
    """
    if not masthead or news_outlet_name(masthead) or papers:
        return None
    masthead = _brand_owner(masthead, holders) or masthead
    keys = [outlet_key(holder) for holder in holders]
    # (a holder the masthead's name by its initials is the same owner: "(c) KGCB 2028" under "Kelvardy Games
    # Classification Board")
    initials = "".join(word[0] for word in masthead.split() if word[:1].isupper()).lower()
    if keys and not any(outlet_key(masthead) in key or key in outlet_key(masthead) or key == initials for key in keys):
        return None  # a page another owns (an aggregator's), whatever body's name heads it
    if prints_minutes_page(text):
        return None  # a body's minutes record who said what at its meeting, in no one voice
    if not (
        _BODY_WORD.search(masthead)
        or _INSTITUTION_WORD.search(masthead)
        or _event_site(masthead)
        # (mendfix42b: a domain's name before the menu, "harl.em | News | Weather", stands for a paper's site as
        # readily as a body's, so its company's name confirms it on an unsigned page only, as _held_site's names do)
        or (not (bylined and _domain_menu(masthead, menu)) and _company_site(masthead, holders or marks))
        or (not bylined and _held_site(masthead, holders or marks, news=news_outlet_name(menu)))
    ):
        return None  # a brand of its own ("The Lusk Lantern", "Estervale Now"): a paper, which names itself too
    # what someone "told us" or "told the Forum" is no proof of the page's voice either way: a reporter writes it of
    # the paper, a body's site of its survey ("12 boards told us"), so the page must speak as the body elsewhere
    last = re.escape(re.findall(r"[\w'’&-]+", masthead)[-1])
    told = re.compile(rf"(?<![Yy]ou\s)\b(?i:told|tells|telling)\s+(?:us|the\s+(?i:{last}))\b")
    untold = [told.sub("", line) for line in text.split("\n") if _paragraph(line)]
    if not _speaks_as(masthead, untold):
        return None
    return _issuer_name(masthead, text.split("\n"))


_INSTITUTION_WORD = re.compile(rf"(?i:\b(?:{INSTITUTION_HEADS})\b)")
_EVENT_WORD = re.compile(rf"(?i:\b(?:{EVENT_HEADS})(?:\s+\d{{4}})?$)")


_HOLDER_FORM = re.compile(rf"\s+(?i:{LEGAL_FORMS})\.?$")
# (a publisher's word and its legal form, "Harl Group Ltd", "Gleamcast Holdings plc": PUBLISHER_WORDS, which say a
# paper's owner, so _held_site reads it as the body's own group only under a menu that is no news outlet's)
_GROUP_FORM = re.compile(rf"\s+(?i:{PUBLISHER_WORDS})\s+(?i:{LEGAL_FORMS})\.?$")


def _domain_menu(masthead: str, menu: str) -> bool:
    """mendfix42b: whether the page's menu opens on its site's domain, the masthead's name ("harl.em | News")."""
    found = DOMAIN_MASTHEAD.fullmatch(menu.split("|")[0].strip())
    return found is not None and found.group("label") == outlet_key(masthead)


def _company_site(masthead: str, holders: tuple[str, ...]) -> bool:
    """
    fix41b: a brand's masthead that the page's copyright line gives as a company's name, the brand and its legal form
    and nothing between ("CRESTLINE ESPORTS" over "(c) 2028 Crestline Esports Ltd"): the company's own site. A paper's
    owner is a media group under another name, or a name news_outlet_name knows ("Lusk Lantern Media Ltd").
    """
    return any(
        (form := _HOLDER_FORM.search(holder)) is not None and outlet_key(holder[: form.start()]) == outlet_key(masthead)
        for holder in holders
    )


def _held_site(masthead: str, holders: tuple[str, ...], *, news: bool = False) -> bool:
    """
    owners42: a masthead of a name of its own ("Pennyfold Animal Rescue", "HARROWGATE & VENN", "Lumastream") that the
    page's copyright line gives as its owner, the same name or it and its legal form: the body's own site, on a page
    with no journalist's byline (site_owner's ``bylined``). A paper's or a wire's brand holds its own page too, but
    signs its stories, and its name most often says it is a paper (news_outlet_name).
    """
    key = outlet_key(masthead)
    for holder in (holder.strip().rstrip(".") for holder in holders):
        form = _HOLDER_FORM.search(holder)
        if outlet_key(holder if form is None else holder[: form.start()]) == key:
            return True
        # fix42b: the group the brand heads, by its name and its legal form ("Kittwear Group Ltd"); mendfix42b: not
        # under a news outlet's menu (``news``, "News | Business | Weather"), where it is the paper's owner ("Harl
        # Group Ltd")
        group = None if news else _GROUP_FORM.search(holder)
        if group is not None and outlet_key(holder[: group.start()]) == key:
            return True
    return False


# (the words of a publisher's name: a paper's owner, "Lusk Media Group Ltd", whose brand's page is the paper's)
_PUBLISHER_WORD = re.compile(rf"(?i:\b(?:{PUBLISHER_WORDS}|{NEWS_MEDIUM_WORDS})\b)")


def _brand_owner(masthead: str, holders: tuple[str, ...]) -> str | None:
    """
    fix41b: the company whose site a brand's masthead heads, where the page's one copyright line gives a company by
    its legal form under another name ("SALTMARROW" over "(c) 2028 Brightwater Forge Ltd.": the developer's site for
    its game), as the holder's name is written without its form. Not a masthead naming a body by its kind, whose page
    it is (site_owner), nor a publisher's name (a paper's owner, "Lusk Media Group Ltd").
    """
    if len(holders) != 1 or _BODY_WORD.search(masthead) or _INSTITUTION_WORD.search(masthead) or _event_site(masthead):
        return None
    holder = holders[0].strip().rstrip(".")
    form = _HOLDER_FORM.search(holder)
    name = holder[: form.start()].strip() if form is not None else ""
    if not name or _PUBLISHER_WORD.search(name) or news_outlet_name(name) or outlet_key(name) == outlet_key(masthead):
        return None
    return name if re.fullmatch(_ORGANISATION_NAME, name) else None


def _event_site(masthead: str) -> bool:
    """
    owners41b: a masthead that names an event by its kind, last ("Pellbury Food Festival", "ARLENNE INTERNATIONAL MOTOR
    SHOW", "Keld Book Fair 2027"): its own site and press kit speak as the body that runs it.
    """
    return _EVENT_WORD.search(masthead) is not None


def release_body(text: str) -> str:
    """A cleaned text without the head clean() kept for a press release: the release itself, to take a title from."""
    return text.split("\n\n", 2)[-1] if release_issuer(text) else text


def _signed_head(lines: list[str]) -> bool:
    """
    Whether a writer or a desk signs the page in its head, in a form _byline_at does not cut the head at: the sole
    byline ("Reviewed by Ann Roe", "Interview by Petra Skaile"), a blog's ("Posted by Jo Pike on 3 May 2028"), the
    credit the cleaner drops as furniture ("Written by Anna Reel", "Words by ..."), a desk's ("By the Data Desk: ..."),
    or a name over or beside its stamp, as _writer_line reads it ("Jo Pike | 3 May 2028"). owners42: such a page is a
    magazine's or a paper's, whose brand does not own the figures it reports (site_owner's ``bylined``).
    """
    for i, line in enumerate(lines[:25]):
        if len(line.split()) > 14:
            continue
        if SOLE_BYLINE.match(line) or POSTED_BY.match(line) or DESK_BYLINE.match(line) or CREDIT_BYLINE.match(line):
            return True
        # (the name and its stamp on one line, set apart as _writer_line reads them: "Jo Pike | 3 May 2028")
        name, _, stamp = [*re.split(r"\s+([|·•])\s+", line, maxsplit=1), "", ""][:3]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        dated = DATED.match(stamp) if stamp else DATED.match(following) or STAMP.match(following)
        if NAME_LINE.match(name) and dated:
            return True
    return False


def _byline_at(lines: list[str]) -> int | None:
    """The line of the byline, or of the one stamp that stands for it, under the page's head; None if none."""
    byline = next((i for i, line in enumerate(lines[:25]) if BYLINE.match(line) and len(line.split()) <= 14), None)
    return byline if byline is not None else _stamp_after_standfirst(lines)


def _drop_standfirst(lines: list[str], byline: int | None) -> list[str]:
    """
    Everything above the byline (``byline``, _byline_at) is the page's head: the headline and the standfirst that
    sums the story up ("The agency has recorded 640 deaths. The real toll is higher."), whose figures the body gives
    again.
    """
    if byline is None:
        return lines
    # a Q&A's introduction may stand above its byline: the sentence naming whom it asks stays, for the answers
    # (a standfirst that names its interviewer may read as a headline by its capitals: "Imelda Rask has run the
    # Gaming Authority for four years. Fenella Ruddock asked her about fines", ASKED_BY_PRONOUN)
    prose = [is_prose(line) or ASKED_BY_PRONOUN.search(line) is not None for line in lines[:byline]]
    interview = any(prose) and _is_interview(lines)
    initials = _initials_labels(lines[byline:]) if interview else set()
    head = [
        line if not is_line_prose else _whom_asked(line) or _initialled(line, initials) if interview else ""
        for line, is_line_prose in zip(lines[:byline], prose, strict=True)
    ]
    return [line for line in head if line] + lines[byline:]


# A Q&A's answer labelled by its speaker's initials: "AM: Because we see ...", "HVL: We have 96 inspectors."
INITIALS_LABEL = re.compile(r"(?P<initials>[A-Z]{2,3}):\s")
# a name in the standfirst, its words (and the parts of a double-barrelled one) giving the initials: "Hedda Varnum-Lyle"
INITIALLED_NAME = re.compile(r"\b[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){1,2}\b")


def initials(name: str) -> str:
    """A name's initials, as a Q&A labels its answers: "Agnes Merriwether" AM, "Hedda Varnum-Lyle" HVL."""
    return "".join(word[0] for word in re.split(r"[ -]+", name) if word)


def _initials_labels(lines: list[str]) -> set[str]:
    """The initials that label two answers or more of a Q&A."""
    found = Counter(label.group("initials") for line in lines if (label := INITIALS_LABEL.match(line)))
    return {label for label, count in found.items() if count >= 2}


def _initialled(line: str, labels: set[str]) -> str:
    """The sentence of a Q&A's standfirst that names the one whose initials label its answers, kept for them."""
    if not labels:
        return ""
    for a, b in split_sentences(line):
        if any(initials(name.group()) in labels for name in INITIALLED_NAME.finditer(line, a, b)):
            return line[a:b]
    return ""


# A standfirst's opening that names the body's document the story reports, by its owner: "The Statistics Office of
# Corvenia's Quarterly Haulage Bulletin, out on Thursday, shows lorries carrying less", "The Village Halls Network's
# annual survey, out this week, paints the bleakest picture in its history" (up to the end of its sentence)
STANDFIRST_DOCUMENT = re.compile(
    # (a name of two words or more: not "League's annual report", a kind)
    r"^(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w'’&-]*)){1,8}['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:figures|data|statistics|report|review|survey|study|audit|census|bulletin|accounts|table|index)"
    # then its verb, perhaps after a phrase set off by commas: not "The Ferryman's Daughter review: ..."
    r"(?:,[^,.!?;:]{1,60},)?\s+[a-z][^.!?;:]*"
)
# A figure in it, which the body gives again: a digit or a number word
HEAD_FIGURE = re.compile(
    r"\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|dozens?|hundreds?|thousands?|"
    r"millions?|double|doubled|twice|triple|tripled|an?\s+(?:third|quarter|fifth|tenth))\b"
)


def _standfirst_document(lines: list[str], byline: int | None) -> list[str]:
    """
    The sentence of the page's head (above ``byline``, _byline_at) that names the document the story reports and its
    owner, with no figure of its own, kept at the head of the text: the body may give the document's figures without
    ever naming whose they are (tests/ingest_labelling.md, "Statistics release").
    """
    for line in lines[:byline] if byline is not None else []:
        # its first sentence whole: the match stops at any full stop, as in "show St. Ives had 42mm", whose figure
        # is the sentence's own all the same
        sentence = next((line[a:b] for a, b in split_sentences(line)), line)
        found = STANDFIRST_DOCUMENT.match(sentence)
        if found is not None and HEAD_FIGURE.search(sentence) is None:
            return [found.group().rstrip(" ,;:")]
    return []


# A Q&A's introduction saying whom the interviewer asked: "We asked its warden, Ebba Strand, what has gone
# wrong.", "I spoke to the founder, Ada Roe, about ..."; the answers below it are that person's
WHOM_ASKED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:We|I)\s+(?:asked|interviewed|met|(?:spoke|talked)\s+(?:to|with))\s[^.!?]*[.!?]"
)


# ... the one asked by a pronoun only, named in the sentence before: "We asked him about pay, tips and jobs."
# (or by the interviewer's name: "Imelda Rask runs the authority. Fenella Ruddock asked her about fines", a standfirst
# that may end on no stop and so read as a headline)
ASKED_BY_PRONOUN = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<asker>We|I|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+"
    r"(?:asked|interviewed|met|(?:spoke|talked)\s+(?:to|with))\s+(?:him|her|them)\b[^.!?]*(?:[.!?]|$)"
)


# ... or told the other way round, the one asked speaking to the interviewer: "The chair of the Harrowby Lifeboat
# Trust, Mirela Dunmore, spoke to our reporter Owen Tarrant." A sentence so full of names reads as a headline by its
# capitals alone (is_prose), but no headline runs "spoke to" in lower case and ends on a full stop.
# The verbs, as ingest.interviews reads them too: "spoke to", "talks with", "has been speaking to", "sat down with"
SPOKE_TO = (
    r"\b(?:spoke|speaks|talked|talks|has\s+spoken|has\s+talked|(?:has\s+been|is)\s+(?:speaking|talking)|sat\s+down)"
    r"\s+(?:to|with)\s+"
)
SPOKE_TO_INTERVIEWER = re.compile(SPOKE_TO + r"(?:us|me|our\s|my\s|[A-Z])[^.!?]*\.$")


def _whom_asked(line: str) -> str:
    """The sentence of a Q&A's standfirst that says whom the interviewer asked, kept; the rest is the page's head."""
    by_pronoun = ASKED_BY_PRONOUN.search(line)
    if by_pronoun is not None and by_pronoun.start() > 0:
        # "Dev Carrow has organised kitchen workers since 2019. We asked him about pay.": the one asked is named in
        # the sentence before, kept with it
        # (the interviewer's name is no one the answers are: "Fenella Ruddock asked her ..." goes, as the byline does)
        before = PROSE_SENTENCE_BREAK.split(line[: by_pronoun.start()].rstrip())
        asked = by_pronoun.group(0).rstrip()
        return f"{before[-1]} {asked}" if by_pronoun.group("asker") in {"We", "I"} else before[-1]
    found = WHOM_ASKED.search(line)
    if found is None and SPOKE_TO_INTERVIEWER.search(line) is not None:
        sentences = PROSE_SENTENCE_BREAK.split(line)
        if len(sentences) > 1 and re.match(r"(?:She|He|They)\s", sentences[-1]):
            # "Imogen Varrick has been the ombudsman since 2022. She spoke to Tamsin Wetherell.": the one who spoke
            # is named in the sentence before, kept with it
            return " ".join(sentences[-2:])
        return sentences[-1]
    return found.group(0) if found else ""


def _is_interview(lines: list[str]) -> bool:
    """A Q&A: questions standing as paragraphs, each answered by prose after it, at least twice."""
    return sum(1 for i, line in enumerate(lines[:-1]) if _asks(line) and _answer(lines[i + 1])) >= 2


def _stamp_after_standfirst(lines: list[str]) -> int | None:
    """
    A page with no byline: the one date or "Published" stamp near its top, after at most two lines of prose (the
    standfirst that sums the story up) and before the body; not a live blog's, whose posts each carry a stamp.
    """
    stamps = [i for i, line in enumerate(lines[:40]) if DATESTAMP.match(line) or (STAMP.match(line) and len(line) < 80)]
    if len(stamps) != 1 or stamps[0] >= 25:
        return None
    at = stamps[0]
    prose_before = sum(1 for line in lines[:at] if is_prose(line))
    prose_after = sum(1 for line in lines[at + 1 : at + 6] if is_prose(line))
    return at if 1 <= prose_before <= 2 and prose_after >= 2 else None


def _drop_pull_quotes(body: list[str]) -> list[str]:
    """A quotation set apart as its own paragraph that the article gives again in its text is a pull quote."""
    kept = []
    for i, line in enumerate(body):
        inner = line.strip().strip("\"“”'‘’").strip()
        quoted = line.strip()[:1] in '"“‘' and len(inner) > 20
        if quoted and any(inner in other for j, other in enumerate(body) if j != i):
            continue
        kept.append(line)
    return kept


# A fact-check's line stating the claim it checks: "CLAIM: ...", "THE CLAIM: ...", "The claim: ...", "What was
# said: ...", and one of several, numbered: "Claim 3: ..."; an annotated speech's extract, each followed by the
# checker's notes, is one too ('THE SPEECH: "We have built 1,400 homes ..."', 'What she said: "..."'): the speaker's
# words quoted, whom the introduction names ("Mayor Oswin Trebarrow spoke for 22 minutes ..."); a news page's box of
# several people's reactions ('What they said: "..." - dock worker Ansgar Holm') checks no one's words
CLAIM_LINE = re.compile(
    r"^(?:(?:THE\s+)?CLAIM|(?:[Tt]he\s+)?[Cc]laim|WHAT\s+WAS\s+(?:SAID|CLAIMED)|What\s+was\s+(?:said|claimed)|"
    r"(?:THE\s+)?SPEECH|(?:[Tt]he\s+)?[Ss]peech|WHAT\s+(?:HE|SHE)\s+SAID|What\s+(?:he|she)\s+said)"
    r"(?:[ \t]+\d{1,2})?\s*:[ \t]+(?=\S)",
    re.MULTILINE,
)
# A claim a page checks, printed as a line of its own: the words quoted, then who said them in brackets ('"Crime in
# Millfield is up by half." (Civic Alliance)'), as a fact-check of leaflets or manifestos lists them; the bracket is the
# claimant, not a wire's credit
QUOTED_CLAIM_LINE = re.compile(
    r"^[\"“](?P<claim>[^\"“”\n]{12,})[\"”][ \t]*\((?P<claimant>[A-Z][^()\n]{1,60})\)[ \t]*$", re.MULTILINE
)
# the words a claim line quotes, which the page keeps whatever the line ends in ('- Ilse Marr, Prime Minister'); an
# apostrophe within a word opens and closes none ("The speech: Ravn's pledge of 300,000 homes and the party's new tax")
CLAIM_QUOTED = re.compile(r"(?:[\"“‘]|(?<!\w)')[^\"“”‘’]{12,}?(?:[\"”]|[’'](?!\w))")


def claim_line(line: str) -> bool:
    """A fact-check's line stating the claim it checks, in quotation marks: kept as the article's, prose or not."""
    if QUOTED_CLAIM_LINE.match(line):
        return True
    label = CLAIM_LINE.match(line)
    return label is not None and CLAIM_QUOTED.search(line, label.end()) is not None


# A reader's letter or a vox pop: a quotation signed off with a dash and a name, and perhaps a place
# ('"I would pay it happily." - Jo Bell, Fellgate'), which reads as a quotation with its reporting clause after
SIGNED_QUOTATION = re.compile(
    r"^(?P<quote>[\"“][^\"“”]{20,}?)(?P<stop>[.!?])[\"”]\s+[-–—]\s*"
    r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*){1,3})(?:,\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?$"
)


def _signed_quotation(line: str) -> str:
    signed = SIGNED_QUOTATION.match(line)
    if signed is None:
        return line
    stop = "," if signed.group("stop") == "." else signed.group("stop")
    place = f" of {signed.group('place')}" if signed.group("place") else ""
    return f'{signed.group("quote")}{stop}" said {signed.group("who")}{place}.'


def _table_row(line: str) -> str:
    """A table's line normalised cell by cell, its cells kept apart by the bar or tab barred() sets between them."""
    return "\t".join(normalise_line(cell) for cell in barred(line).split("\t"))


# ingest.page_head reads a page's lines before the cleaner does (its head three times over), and the cleaner reads them
# again: each line's answer is kept until clean() has read the page's lines, then forgotten
@functools.lru_cache(maxsize=4096)
def normalise_line(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\t", " ")
    line = (re.sub(r" {2,}", " ", line) if "  " in line else line).strip()
    if (line[-1:].isalpha() or line.endswith(")")) and not QUOTED_CLAIM_LINE.match(line):
        line = WIRE_CREDIT_AT_END.sub("", line)
    return CONTACT_TAIL.sub("", line) if "@" in line else line


# "... its owner said. – Reuters", "... the ministry said. — WNS", "... was closed. (Wire)": the agency credited after
# the paragraph's last sentence, as some papers print it, which would leave the paragraph ending on no sentence
WIRE_CREDIT_AT_END = re.compile(
    r"(?<=[.!?”\"’])\s+(?:[—–-]+\s*(?:[A-Z]{2,6}|[A-Z][a-z]+)|\((?:[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\))$"
)


# "... the ministry's figures show. Send us your views: live@paper.example": a call for readers' mail after a
# paragraph's last sentence, which would leave the paragraph ending on no sentence and dropped as furniture
CONTACT_TAIL = re.compile(r"(?<=[.!?])\s+[^.!?@]{0,60}?:?\s*\S+@\S+\.[A-Za-z]+$")


# "... in next year's budget. (1 pellan = 0.31 dorvins)", "($1 = 0.92 euros)": an exchange-rate note after the text
# (tried only where a run of spaces begins: a match inside a run is never the leftmost one, and a long run of spaces is
# then read once)
RATE_NOTE_AT_END = re.compile(r"(?<!\s)\s*\(\s*[$€£]?\d[\d.,]*\s*[A-Za-z]*\s*=\s*[$€£]?\d[\d.,]*\s*[A-Za-z ]*\)$")


# Six runs of word characters: is_prose's floor, found without listing every word of a long paragraph (tried only
# where a word begins: a match inside a word is never the leftmost one, and a line of one long word, a pasted link or
# encoded image, is then read once instead of once for each of its characters)
_SIX_WORDS = re.compile(r"\b\w+(?:\W+\w+){5}")
# An editor signing off at the end of their own paragraph: "... Here is a selection. Nora Fielding, Letters Editor",
# "... – Ines Callow, letters editor"
EDITOR_SIGNS_OFF_AT_END = re.compile(
    r"(?<=[.!?])\s+(?:[-–—]\s*)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:[A-Za-z][\w'’]*\s+){0,2}[Ee]ditor$"
)


@functools.lru_cache(maxsize=4096)
def is_prose(line: str) -> bool:
    """A paragraph of running text: enough words, mostly lower-case, ending like a sentence."""
    if line.endswith(")"):
        line = RATE_NOTE_AT_END.sub("", line)
    if _SIX_WORDS.search(line) is None or not SENTENCE_END.search(line):
        return False
    words = WORD.findall(line)
    if not words:
        return False
    if QUOTED_HEADLINE.search(line) and not re.search(r"[.!?]\s", line) and len(words) <= 20:
        return False  # a headline that ends on a quotation, with no full stop anywhere
    inner = words[1:] or words
    capitalised = sum(1 for w in inner if w[0].isupper())
    # a paragraph of several sentences is prose however many names it gives ("The returning officer declared Viktor
    # Hallmark (Reform) elected with 19,804 votes. Dagny Rustad (Commonwealth) 18,377, ..."): no headline or menu runs
    # on over full stops, but for a run of headlines in title case ("Council Cuts Library Hours Again. Harbour Board
    # Sells Old Pier."): one sentence at least must run in lower case
    sentences = PROSE_SENTENCE_BREAK.split(line)
    several = len(sentences) >= 3 and len(words) >= 25
    return (
        capitalised / len(inner) < 0.5
        or (several and any(_runs_in_lower_case(s) for s in sentences))
        or SPOKE_TO_INTERVIEWER.search(line) is not None
    )


# Where one sentence of running text ends and the next begins: a stop after a small letter, a figure or a bracket,
# then a capital ("... 42mm. The", "... (Reform). Dagny"); not after an initial ("J. Roe") nor "U.K."
PROSE_SENTENCE_BREAK = re.compile(r"(?<=[a-z\d)][.!?])[\"”’]?\s+(?=[\"“]?[A-Z])")


def _runs_in_lower_case(sentence: str) -> bool:
    """A sentence of running text: six words or more, under half of them after the first capitalised."""
    inner = WORD.findall(sentence)[1:]
    return len(inner) >= 5 and sum(1 for w in inner if w[0].isupper()) / len(inner) < 0.5


def _heads_off(line: str) -> bool:
    """A byline or a stamp, which ends a page's head: what stands under it is the body."""
    byline = (BYLINE.match(line) or SOLE_BYLINE.match(line)) and len(line.split()) <= 14
    return bool(byline or DATED.match(line) or DATESTAMP.match(line) or (STAMP.match(line) and len(line) < 80))


def _drop_furniture(
    lines: list[str],
    *,
    signed: bool = False,
    own: OwnLines | None = None,
    tables: list[list[str]] | None = None,
    prints_document: bool = False,
) -> list[str]:
    """
    The article's lines without the page's furniture. ``signed``: the page is readers' signed letters or questions
    (_signed_letters, _signed_questions), whose editor or answerer its byline names. ``own``: the lines that are the
    outlet's own by its name (_own_lines). ``tables``: the lines of each table the raw page holds (table_lines).
    ``prints_document``: the page's head, gone from ``lines``, says the page prints a document (PRINTS_DOCUMENT_HERE).
    """
    body: list[str] = []
    tail = _page_tail(lines, own.offer) if own else len(lines)
    in_block, rank, stories = False, 0, False
    kept_lists = _body_lists(lines)
    fields = _labelled_fields(lines, tail)
    # a transcript: turns labelled in capitals, a few of them sentences long
    transcript = sum(1 for line in lines if LABELLED_TURN.match(line) and is_prose(line)) >= 3
    # an opinion page ("Opinion | Economy", "Opinion > Columns") or one with a note on its columnist
    # (or whose head files it as a column in capitals, "OPINION", "COMMENT | ISLANDS": not a menu in capitals that
    # lists the section, "HOME   WORLD   OPINION   VIDEO")
    column = any(
        (OPINION_SECTION.search(line) or _opinion_head(lines, i)) and not is_prose(line)
        for i, line in enumerate(lines[:25])
    ) or any(COLUMNIST_NOTE.match(line) for line in lines)
    # a book review or a readers' editor's column, written in its writer's voice as a column is (tests/
    # ingest_labelling.md, "Settled in session 28")
    own_voice = _own_voice_byline(lines)
    # (or a blog's post, signed "Posted by Kit Roe on 3 September": its writer's byline is kept as a column's is)
    column = column or own_voice or any(POSTED_BY.match(line) for line in lines[:25])
    # a Q&A: questions standing as paragraphs, each answered by prose after it
    interview = _is_interview(lines)
    # a letters page, whose own lines are its editor's (its byline) wherever the site files it ("News > Letters")
    letters = signed or _letters_page(lines)
    # (a page that says it is a column, not a review's, a Q&A's or letters: its writer's byline keeps their role)
    form = column and not own_voice and not interview and not letters and _column_form(lines)
    in_comments = False
    named_turns = (
        set() if letters else _bare_name_turns(lines) | _side_headings(lines)
    )  # (a letter's signature is a name alone too)
    # where the page's head ends: its byline or its stamp ("Interview by Tom Hale", "Monday 7 March 2027, 07:00")
    head_end = next((i for i, line in enumerate(lines[:25]) if _heads_off(line)), 25)
    notices = set() if letters or interview or transcript else _notice_headings(lines, head_end)
    notice_heads = notices | (set() if letters or transcript else _written_question_labels(lines))
    if not (letters or interview or transcript or notices):
        notice_heads |= _document_marks(lines, head_end, own.work if own else None, prints_document=prints_document)
    # a speech, a statement or an open letter printed whole: its figures are in its speaker's or signer's voice, kept
    # as a column's writer's is (tests/ingest_labelling.md)
    document = "" if letters or interview or transcript else _signed_document(lines)
    if document:
        body.append(f"By {document}, {COLUMNIST_ROLE}")
    kept_tables = _body_tables(lines, tables) if tables else {}
    keys: list[int] = []  # where in the body a key to a list's brackets stands (_keys_over_rows)
    for i, line in enumerate(lines):
        if i in kept_tables:
            if kept_tables[i]:
                body.append(kept_tables[i])
            continue
        if in_comments and COMMENT_LINE.match(line):
            continue
        in_comments = False
        if COMMENTS_HEADING.match(line) and i + 1 < len(lines) and COMMENT_LINE.match(lines[i + 1]):
            in_comments = True
            continue
        if i in kept_lists:
            if kept_lists[i]:
                body.append(kept_lists[i])
            continue
        if body and (TRAILER_HEADINGS.match(line) or (own and own.about.match(line))) and not is_prose(line):
            break
        if i >= tail and own and own.offer.search(line):
            continue  # "Sentinel Digital: 9.90 marrels a month." under the article: the outlet selling itself
        if (heading := FURNITURE_HEADINGS.match(line)) and not is_prose(line):
            in_block, rank, stories = True, 0, heading.group("slot") is None
            continue
        if in_block and not is_prose(line):
            continue
        ranked = RANKED_ITEM.match(line) if in_block and stories and not _told(line) else None
        if ranked and int(ranked.group(1)) == rank + 1:
            rank += 1  # "Most read" then "1 Council tax to rise by 4.9 per cent in April.", "2 Man, 45, charged ..."
            continue
        in_block = False
        if BULLET.match(line) or FURNITURE_LINES.match(line) or EMAIL_OR_URL.match(line):
            continue
        # (a Q&A's byline is kept too: its questions are its interviewer's, tests/ingest_labelling.md "Q&A interview")
        writer = _writer_line(lines, i, own_voice, column, interview) if column or interview or letters else ""
        standfirst = not writer and (interview or transcript) and i < 25
        # (one that says they answer questions only in the page's head, above its byline or stamp: under them it is
        # the body's first paragraph, or an answer, whose figures are claims)
        head = standfirst and i < head_end and (i == 0 or not lines[i - 1].endswith("?"))
        if standfirst and (
            named := INTERVIEWEE_STANDFIRST.match(line) or (ANSWERS_QUESTIONS.match(line) if head else None)
        ):
            # "Hamid Roe, founder of Quarry Hill Brewing, on a brutal year": the one the Q&A's introduction may
            # name only by role ("We asked its founder ..."), or a transcript's labels by surname alone ("VARGA:"),
            # kept so attribution can give the answers to them
            writer = f"{named.group('who') or named.group('guest')}."
        if writer and form and writer.startswith("By ") and "," not in writer:
            writer = f"{writer}, {COLUMNIST_ROLE}"  # the column's writer, in whose voice its figures are
        if writer:
            body.append(writer)
            if interview and (turned := STANDFIRST_INTERVIEWER.search(line)) and writer.endswith(turned.group("name")):
                # "Ida Lund, the region's transport director, talks to Tom Hale": the one who talks is the one
                # asked, kept as INTERVIEWEE_STANDFIRST keeps its "who" for an introduction that says only "She"
                body.append(f"{line[: turned.start()]}.")
            continue
        if _furniture_prose(line) or DATESTAMP.match(line) or (STAMP.match(line) and len(line.split()) <= 12):
            continue
        if _speaks_to_reader(line):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        asked = bool(body) and _asks(line) and _answer(following) if following else False
        # a transcript's speaker label on its own line, or a turn too short to read as prose, says who speaks
        cast = CAST_LIST.match(line) is not None and (transcript or not any(c.isdigit() for c in line))
        labelled = _labels_turn(line, following) or (transcript and _short_turn(line)) or cast or i in named_turns
        labelled = labelled or i in notice_heads
        listed = PRICE_LIST_LINE.match(line) or claim_line(line) or i in fields
        # a live post's time stamp on its own line above the post ("16:20"), kept: each post stands alone, and the
        # text alone must say where one ends (tests/ingest_labelling.md, "Live blog")
        listed = listed or (POST_STAMP.fullmatch(line) is not None and is_prose(following))
        # a letters editor's introduction signed at its end: prose for the sentences it signs (only on a letters
        # page: elsewhere "... help keep the Gazette free for all. Nora Fielding, Editor" is an appeal)
        signed_intro = letters and line.lower().endswith("editor") and is_prose(EDITOR_SIGNS_OFF_AT_END.sub("", line))
        if i in notices and NOTICE_HEADING.fullmatch(line) is None:
            body.append(line.upper())  # a notices page's heading in title case, in the form's capitals
        elif is_prose(line) or signed_intro or asked or labelled or listed or _introduces(line, following):
            body.append(fields.get(i, line))
        elif earlier_key(line):
            keys.append(len(body))
            body.append(line)
        elif (stamp := POST_STAMP.match(line)) is not None and is_prose(following):
            # a stamp with a label over the post ("14:20 - Watch: the scene at the station"): the label goes, but the
            # stamp stays to end the post before it
            body.append(stamp.group().rstrip(" \t-–—|:"))
    return _keys_over_rows(body, keys) if keys else body


def _keys_over_rows(body: list[str], keys: list[int]) -> list[str]:
    """
    The body without the keys (tables.earlier_key) that stand over no row kept: a key that says the bare figures in
    brackets under it are the earlier ones ("Fees from 1 May (last year's fee in brackets)") is kept over the list's
    rows, so that the reader pairs each row's figure with the one it replaced (numbers.KEYED_ROW); over none, it is a
    caption's note like any other, no line of the article. A paragraph of prose after it is no row of the list ("The
    harbour now has 60 moorings (52), the board said." when the list's rows were dropped): the key goes.
    """
    dropped = {at for at in keys if at + 1 >= len(body) or not KEYED_ROW.match(body[at + 1]) or is_prose(body[at + 1])}
    return [line for at, line in enumerate(body) if at not in dropped]


def _body_tables(lines: list[str], tables: list[list[str]]) -> dict[int, str]:
    """
    The tables in the article's body, by line: each is kept whole, its caption, rows and Source line one paragraph
    with its lines apart, for the engine's table reader (ingest/tables.py); its first line maps to it, every other
    to "". A table the article's prose does not go on after (past a line of its totals, "Majority 1,812 | Turnout
    41.2%") is under the body, furniture as a results box under the story is (tests/ingest_labelling.md, "Figures
    outside the body"), and is left to the furniture rules.
    """
    kept: dict[int, str] = {}
    # from the last table up, so that a table straight over another kept one (a price box's metals' list over its
    # aggregates' list, each under its own lead-in) is kept as the one under it is
    for table in reversed(tables):
        at = next((i for i, line in enumerate(lines) if line == table[0] and lines[i : i + len(table)] == table), None)
        if at is None:
            continue
        if FURNITURE_HEADINGS.match(table[0]) or FURNITURE_TABLE.match(table[0]):
            continue  # a "Most read" or "Markets" box is furniture wherever it stands, between paragraphs too
        end = at + len(table)
        following = next((n for n in range(end, len(lines)) if is_prose(lines[n]) or not _has_digit(lines[n])), None)
        after = lines[following] if following is not None else ""
        if following is not None and _section_heading(after) and following + 1 < len(lines):
            after = lines[following + 1]  # the article goes on under a heading of its own ("Water (Orlen)")
            if not is_prose(after) and _has_digit(after):
                # ... or past a block of rows of its own, a register's entries under their heading, to the prose
                # under them, which goes on for more than a line (a page's one line of small print under a box of
                # events is no article going on)
                prose = [line for line in lines[following + 2 : following + 2 + ROWS_PAST] if is_prose(line)]
                after = prose[0] if len(prose) >= 2 and not any(map(_furniture_prose, prose)) else ""
        if (is_prose(after) and not _furniture_prose(after)) or (following is not None and kept.get(following)):
            kept.update(dict.fromkeys(range(at, end), ""))
            kept[at] = "\n".join(table)
    return kept


def _has_digit(line: str) -> bool:
    return any(c.isdigit() for c in line)


def _section_heading(line: str) -> bool:
    """A short heading over the article's next part ("Water (Orlen)", "What the editor says"), not a
    furniture box's ("Related", "Most read")."""
    return (
        0 < len(line) <= SECTION_HEADING_LENGTH
        and line[0].isupper()
        and not line.endswith((".", ":", "?", "!"))
        and not FURNITURE_HEADINGS.match(line)
        and not is_prose(line)
    )


# How many lines of another block of rows under a heading a table's following prose may be found past
ROWS_PAST = 8
# The longest a heading over a part of the article may be
SECTION_HEADING_LENGTH = 60


# -- the outlet's own lines ------------------------------------------------------------------------------------------
# The words of a publisher's legal name that are no part of the name it prints ("Klaxon Media Group Ltd": Klaxon)
_CORPORATE_WORDS = re.compile(
    rf"(?:\s+(?:{LEGAL_FORMS}|co|company|{PUBLISHER_WORDS}))+\.?$",
    re.IGNORECASE,
)


# What an outlet sells under its own name ("Sentinel Digital", "Weekend Klaxon", "Klaxon Travel Deals", "Ledger Markets
# Data"): a label by the name and one of these is the outlet's offer, by the name and another word ("Post Office Ltd",
# "Club Star Rating") may be the article's (only an edition's day or time stands before the name: "Weekend Klaxon")
_PRODUCT_WORDS = (
    r"Premium|Pro|Plus|Digital|Weekend|Weekender|Weekly|Daily|Sunday|Saturday|Morning|Evening|Briefing|Brief|Radio|TV|"
    r"Travel|Deals?|Offers?|Shop|Store|Club|Events|Markets|Data|Check|Puzzles|Crossword|Newsletter|App|Edition|Extra|"
    r"Insider|Live|Podcast|Books|Archive|Subscriptions?|Magazine"
)


def _outlet_names(lines: list[str], masthead: str | None) -> list[str]:
    """
    The outlet's names: its masthead's and its copyright holder's, without "The" or a company's legal form ("The Korrdal
    Sentinel", "Korrdal Sentinel Media Ltd": "Korrdal Sentinel").
    """
    found = [masthead] if masthead else []
    found += copyright_holders(lines[-12:])
    names = [_CORPORATE_WORDS.sub("", re.sub(r"^the\s+", "", name.split(",")[0].strip(), flags=re.I)) for name in found]
    return [name for name in names if re.fullmatch(r"[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,5}", name, re.I)]


@dataclass(frozen=True)
class OwnLines:
    """What of a page is the outlet's own by its name (_own_lines): a heading over its note on itself, its offers."""

    about: re.Pattern[str]
    offer: re.Pattern[str]
    # its own work named by its name, in a box's heading or label: "WHAT THE POST FOUND", "Post reporters", "Ledger
    # analysis of ..." (PAPER_WORK_NOUNS), which no body's document it prints is
    work: re.Pattern[str]


def _own_lines(names: list[str]) -> OwnLines | None:
    """
    The outlet's note on itself under the article, by its name as heading ("About Corvane Therapeutics", over a
    release's note on the company), and its offers, by its name and a product's as their label ("Sentinel Digital:
    9.90 marrels a month", "Weekend Klaxon: 2 skelds in shops", "Klaxon Travel Deals: 7 nights from 399 skelds") or by
    an offer made to its readers ("Lantern readers can order it for 25 dorrins"). A paper names itself by the last word
    of its name (the Sentinel, the Klaxon), capitalised as the page prints it; an article's sentence that names it
    another way ("A Sentinel analysis found", "a poll of 1,200 Sentinel readers", "Post Office Ltd: 40 branches") or a
    common noun its name ends in ("Waiting times:") is none.
    """
    if not names:
        return None
    full = "|".join(sorted({re.escape(name) for name in names}, key=lambda w: (-len(w), w)))
    last = {name.split()[-1] for name in names}
    brand = (
        "(?:" + "|".join(sorted({re.escape(word) for word in last} | {re.escape(w.capitalize()) for w in last})) + ")"
    )
    edition = rf"(?:Weekend|Sunday|Saturday|Daily|Morning|Evening)\s+{brand}"
    # (as printed, or in capitals in a heading: "WHAT THE POST FOUND")
    printed = {re.escape(form) for word in last for form in (word, word.capitalize(), word.upper())}
    named = "(?:" + "|".join(sorted(printed)) + ")"
    product = rf"(?:{edition}|{brand}(?:\s+[A-Z][\w'’]*)?\s+(?:{_PRODUCT_WORDS}))"
    return OwnLines(
        about=re.compile(rf"^\W*about\s+(?:the\s+)?(?i:{full})\W*$", re.IGNORECASE),
        offer=re.compile(
            rf"^\W*(?:The\s+)?(?:(?i:{full})|{product})(?:\s+[A-Z][\w'’]*){{0,2}}\s*:\s|"
            rf"\b{brand}(?:\s+[A-Z][\w'’]*)?\s+(?:readers|members|subscribers)\s+(?:can\s+(?:now\s+)?)?(?:order|buy|get|claim|save|"
            r"book|enjoy|receive)\b"
        ),
        work=re.compile(
            rf"\b(?i:what\s+the)\s+{named}\s+(?i:found|learned|counted)\b|"
            rf"\b{named}(?:['’][sS])?\s+(?i:{PAPER_WORK_NOUNS})\b"
        ),
    )


def _page_tail(lines: list[str], offer: re.Pattern[str]) -> int:
    """
    Where the page's foot begins: the first of the lines at its end that are no prose of the article (menus, links,
    notes on the page, copyright) or the outlet's own offers.
    """
    tail = len(lines)
    while tail and (
        offer.search(lines[tail - 1])
        or not is_prose(lines[tail - 1])
        or _furniture_prose(lines[tail - 1])
        or _speaks_to_reader(lines[tail - 1])
    ):
        tail -= 1
    return tail


# One writer's byline: "By Hester Vandamme", "By Henrietta Vos-Adeyemi, Economics Editor" (not "By X and Y"), and a
# Q&A's or a letters page's: "Interview by Petra Skaile", "Compiled by Harriet Solbeck, letters editor", "Edited by
# Hedda Brun, Letters Editor", "Selected by Ada Roe, Letters Editor"
SOLE_BYLINE = re.compile(
    r"^(?:By|(?:Interview(?:ed)?|Compiled|Edited|Selected|Reviewed|Answered)\s+by)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*"
    r"(?:$|,(?!.*\band\b)|\s+in\s+[A-Z])"
)
# The byline of a page written in its writer's own voice though it may never say "I": a book review's ("Reviewed by
# Ann Roe"), a readers' editor's ("By Ann Roe, Readers' Editor", "Compiled by Ann Roe, Readers' Editor"), kept as
# "By Ann Roe, reviewer" and "By Ann Roe, readers' editor" with these roles, which interviews.BYLINE reads back; a
# corrections page's signer is kept as "By Ann Roe, readers' editor, corrections", whatever their byline's role: the
# page states its right figures in their voice, as a readers' editor's column need not (tests/ingest_labelling.md,
# "Settled in session 28", "Settled in session 30")
REVIEWER_ROLE = "reviewer"
READERS_EDITOR_ROLE = "readers' editor"
CORRECTIONS_ROLE = "readers' editor, corrections"
OWN_VOICE_ROLES = (REVIEWER_ROLE, READERS_EDITOR_ROLE, CORRECTIONS_ROLE)
# ... and a column's writer's, where the page says in its head or its notes that it is a column (_column_form), kept
# as "By Ann Roe, columnist": its figures are the writer's though they never say "I" (tests/ingest_labelling.md,
# "Settled by blind18's writer"); a review's or a readers' editor's role says more and is kept instead
COLUMNIST_ROLE = "columnist"
_READERS_EDITOR = r"(?:the\s+)?(?P<role>[Rr]eaders['’]?\s+[Ee]ditor)\b"
OWN_VOICE_BYLINE = re.compile(
    r"^(?:(?P<reviewed>Reviewed)\s+by\s+[A-Z][^,\n]{2,60}$|(?:(?:Compiled|Edited)\s+)?[Bb]y\s+[A-Z][^,\n]{2,60},\s+"
    rf"{_READERS_EDITOR})"
)
# A readers' editor's name and role alone on a line, signing the page off without a "By": "Ottilie Brand, Readers'
# Editor" under the standfirst or after the last paragraph
READERS_EDITOR_SIGNATURE = re.compile(
    rf"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}}),\s+{_READERS_EDITOR}\W*$"
)
# A corrections page's head: its section or headline on a line of its own ("CORRECTIONS", "About us > Corrections",
# "Corrections and clarifications: what we got wrong this month"); a bare "Corrections:" kicks off the page's own
# headline only where that speaks in the paper's first person ("Corrections: what we got wrong this week"), not a news
# headline about the prison service ("Corrections: prison staff walk out over pay"). Not a menu that lists the page
# among others ("About us | Corrections | Contact", or one link a line: _menu_link); nor "READERS' EDITOR", which
# heads a readers' editor's column whether or not it corrects anything
CORRECTIONS_HEAD = re.compile(
    r"^\W*(?:[A-Za-z'’ ]+>\s*)?corrections(?:\s+(?:and|&)\s+(?:clarifications|updates)\s*(?:[:–—-]\s.*)?"
    r"|\s*[:–—-]\s(?=.*\b(?-i:[Ww]e|W[Ee]|[Oo]ur|O[Uu][Rr]|[Uu]s)\b).*|\s*)$",
    re.IGNORECASE,
)
# A link of a site's menu printed one to a line ("Home", "Sport", "Contact us"): a word or three, no figure, no
# punctuation but an apostrophe or an ampersand
MENU_LINK = re.compile(r"^[A-Za-z][A-Za-z'’&]*(?:\s+[A-Za-z'’&]+){0,2}$")
# What names a page a review above its byline: its section ("CULTURE | REVIEW", "Books > Review"), or its headline's
# form ("Review: The Quiet Border, by Marit Ellesen", "Book review: ...", "The Long Season by Matthias Kron review -
# a year inside a club in freefall"); not a menu's "Reviews", nor a news headline's "Review finds waits doubled"
REVIEW_HEAD = re.compile(
    r"^(?:[A-Za-z&]+\s*[|>]\s*)?(?:[A-Za-z]+\s+)?(?i:review)\s*(?:[|>]\s*[A-Za-z&]+\s*)?$"
    r"|^(?:[A-Z][a-z]+\s+)?(?i:review)\s*[:–—-]\s"
    r"|\bby\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?i:review)\b"
)


def _own_voice_byline(lines: list[str]) -> bool:
    """
    Whether the page is in its writer's own voice by its byline: a readers' editor's wherever it stands, or signed
    off by one; a reviewer's ("Reviewed by Ann Roe") only under a review's head; a news page's "Reviewed by" credits
    the one who checked it. A corrections page is its signer's whatever role their byline gives them ("Compiled by Ann
    Roe"): the page tells its corrections in the voice of whoever signs it (tests/ingest_labelling.md, "Settled in
    session 30").
    """
    corrections = _corrections_page(lines)
    if corrections and any(_signs_off(lines, i) for i in range(len(lines))):
        return True
    for i, line in enumerate(lines[:25]):
        voice = OWN_VOICE_BYLINE.match(line)
        if voice is not None and (voice.group("role") or any(REVIEW_HEAD.search(head) for head in lines[:i])):
            return True
        if corrections and SOLE_BYLINE.match(line) and len(line.split()) <= 14:
            return True
    return False


# A site's other sections and a share bar's buttons: a line of them that names the opinion section or "Comment" is a
# menu or a share bar, not the page's own head ("Home | Opinion | Sport | Weather", "Share | Comment | Print"; one a
# line: "NEWS", "SPORT", "OPINION", "BUSINESS")
SIBLING_SECTION = re.compile(rf"^(?i:{SITE_SECTIONS})$")
SHARE_BUTTON = re.compile(r"^(?i:share|print|save|email|e-mail|tweet|like|reply|follow|copy\s+link|listen|gift)$")


def _opinion_head(lines: list[str], i: int) -> bool:
    """
    Whether line i is a head that files the page as a column (OPINION_HEAD), not a site's menu or a share bar that
    names the section or the comments button among others: one with a share button in it, or two other sections
    ("News / Opinion / Sport"), or a section alone on its line among others one a line ("SHARE", "COMMENT", "SAVE").
    """
    line = lines[i]
    if not OPINION_HEAD.match(line):
        return False
    parts = [part.strip() for part in re.split(r"[|>/»]", line.strip(" \t*-")) if part.strip()]
    if len(parts) > 1:
        return not (
            any(SHARE_BUTTON.match(part) for part in parts)
            or sum(1 for part in parts if SIBLING_SECTION.match(part)) >= 2
        )
    near = [lines[j].strip() for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return not any(SHARE_BUTTON.match(other) or SIBLING_SECTION.match(other) for other in near)


# A broadcaster's commentator on a game, whose match report is news: "By Bo Lind, Radio Varlen football commentator"
MATCH_COMMENTATOR = re.compile(
    r"\b(?:football|soccer|sports?|match|cricket|rugby|racing|tennis|golf|hockey|radio|TV|television)\s+commentator",
    re.IGNORECASE,
)


def _column_form(lines: list[str]) -> bool:
    """
    Whether the page says it is a column, not only that its site has an opinion section: a head above its first
    paragraph that files it there (OPINION_HEAD), a byline or a line that calls its writer a columnist
    (COLUMNIST_BYLINE, COLUMNIST_LINE), a note that does (COLUMNIST_NOTE) or says they write every week or so
    (regular_writer), or its word that its views are its writer's (VIEWS_OWN). Not a letters page's head.
    """
    for i, line in enumerate(lines[:25]):
        columnist = not MATCH_COMMENTATOR.search(line)
        filed = _opinion_head(lines, i) or (columnist and COLUMNIST_BYLINE.match(line))
        if (filed and not is_prose(line) and not LETTERS_HEAD.search(line)) or (
            columnist and COLUMNIST_LINE.match(line)
        ):
            return True
    return any(
        COLUMNIST_NOTE.match(line)
        or (len(line) < NOTE_LENGTH and VIEWS_OWN.search(line) and _views_note(lines, i))
        or regular_writer(line)
        for i, line in enumerate(lines)
    )


# A note that names its writer one of the newsroom's staff, not a guest: "The writer is a member of the transport desk"
STAFF_WRITER = re.compile(r"\b(?:reporter|correspondent|desk|newsroom|staff)\b", re.IGNORECASE)


def _views_note(lines: list[str], i: int) -> bool:
    """
    Whether line i's word on its writer (VIEWS_OWN) is a note on the page's writer: its views are theirs, or "The
    writer is ..." under the prose, not a paragraph of a news story about a book's author ("The author is a former
    ferry captain ...", with the story going on under it) nor a note on one of the newsroom's own staff.
    """
    line = lines[i]
    if not re.match(r"(?:The\s+)?(?:writer|author)\s+is\s", line):
        return True
    return not STAFF_WRITER.search(line) and not any(is_prose(later) for later in lines[i + 1 :])


# How often a regular writer writes, in a note on them: "writes about the islands every Monday", "writes weekly on"
REGULARLY = re.compile(
    r"\b(?:(?:every|each)\s+(?:other\s+)?(?:[A-Z][a-z]+day|week|month|fortnight)|weekly|fortnightly|monthly)\b"
)


# A note on the writer is a short line of its own; a longer line is a paragraph of prose that may tell of a writer
NOTE_LENGTH = 200


def regular_writer(line: str) -> bool:
    """A note on a writer who writes on a subject every week or so ("Ana Roe writes about money every Sunday."): a
    columnist's, as a reporter's note ("Ana Roe covers health") is not. The cleaner's idea of a column and the speaker
    reader's both use it, so it holds the note's length check too (NOTE_LENGTH)."""
    if len(line) >= NOTE_LENGTH:
        return False
    note = WRITER_NOTE.match(line)
    return (
        note is not None
        and "writes" in note.group()
        and REGULARLY.search(line) is not None
        and not NEWSLETTER.search(line)  # "... every week in the Gazette's Commuter newsletter": not a column
    )


NEWSLETTER = re.compile(r"\b(?:newsletter|podcast|bulletin)s?\b", re.IGNORECASE)


def _corrections_page(lines: list[str]) -> bool:
    """
    Whether the page's head says it is a corrections page (CORRECTIONS_HEAD), above its first paragraph: not a link
    among a menu's printed one a line ("Home / News / Corrections / Contact us"), which names another page.
    """
    for i, line in enumerate(lines[:25]):
        if is_prose(line):
            return False
        if CORRECTIONS_HEAD.match(line) and not _menu_link(lines, i):
            return True
    return False


def _menu_link(lines: list[str], i: int) -> bool:
    """
    Whether line i stands in a run of a menu's links, one a line (MENU_LINK), with two or more that head no
    corrections page: a page's own head stands alone, or over its headline ("CORRECTIONS / Corrections and
    clarifications"), perhaps under a masthead.
    """
    first, last = i, i
    while first > 0 and MENU_LINK.match(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and MENU_LINK.match(lines[last + 1]):
        last += 1
    return sum(1 for line in lines[first : last + 1] if not CORRECTIONS_HEAD.match(line)) >= 2


def _signs_off(lines: list[str], i: int) -> re.Match[str] | None:
    """
    Line i's signature where it signs the page off as its readers' editor ("Ottilie Brand, Readers' Editor",
    READERS_EDITOR_SIGNATURE): not the address a contact line gives ("Write to our readers' editor:" above it).
    """
    if i and lines[i - 1].rstrip().endswith(":"):
        return None
    return READERS_EDITOR_SIGNATURE.match(lines[i])


# A blog post's byline, a person's name and when they posted: "Posted by Kit Aramby on 3 September 2027 at 8:12pm"
# (not a desk's, its stamp after a bar: "Posted by Courier Community Desk | 5 December 2026 at 08:05")
POSTED_BY = re.compile(r"^Posted\s+by\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?:\s+on\s+[^|]{4,40})?\s*$")
# A name alone on its line above the stamp: "Livia Sarkany" before "Tue 2 Mar 2027 07:00 | 6 min read"
NAME_LINE = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2}$")
# A column's standfirst that ends by naming its writer: "The numbers say otherwise, writes Ottoline Marsk"; or a
# letters page's that ends by crediting its letters editor: "Readers write on the week's news. Edited by Gwen Roe,
# Letters Editor" (the editor's own notes on the page are theirs, as under a byline of its own)
STANDFIRST_WRITER = re.compile(
    r"[,.]\s+(?:writes|argues|(?:Compiled|Edited|Selected)\s+by(?=[^,\n]{2,60},\s+(?i:letters\s+editor)\W*$))"
    r"\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:,\s+(?i:letters\s+editor))?\W*$"
)
# A Q&A's standfirst that ends by naming who asked: "Ida Lund, the city's chief planner, talks to Tom Hale"
STANDFIRST_INTERVIEWER = re.compile(
    r",\s+(?:talks|speaks)\s+to\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\W*$"
)
OPINION_SECTION = re.compile(r"\b(?:Opinion|Columns?|Columnists?|Comment)\b")
# The head that files the page itself as a column, above its first paragraph: its section alone on a line, or in a
# short breadcrumb that ends on it or on the column's name ("OPINION", "Opinion | Economy", "Home > Opinion >
# Columnists > Ada Roe", "COLUMN | HAL SEVERIN", "COMMENT"); not a site's menu of many sections that names it among
# them ("News | Politics | Opinion | Sport | Puzzles"), nor a bare "Comment", the button that opens the comments
OPINION_HEAD = re.compile(
    r"^\W*(?:[^|>/»\n]{1,40}[|>/»]\s*)?(?:Opinion|OPINION|COMMENT|Columns?|COLUMNS?|Columnists?|COLUMNISTS?|"
    r"Op-?[Ee]d|OP-?ED|(?:[A-Z][a-z]+\s+|[A-Z]+\s+)?(?:Comment|COMMENT)(?=\s*[|>/»]))"
    r"(?:\s*[|>/»]\s*[^|>/»\n]{1,40}){0,2}\W*$"
)
# A byline's role that makes its writer a columnist ("By Bea Morland, Beacon columnist"), or the page's own word that
# its views are its writer's ("The views expressed are the author's own"), or a guest's note that says who "the writer"
# is ("The writer is a former harbourmaster.")
COLUMNIST_BYLINE = re.compile(r"^By\s+[A-Z][^,\n]{2,60},\s+(?:[\w'’-]+\s+){0,3}(?i:columnist|commentator)\W*$")
VIEWS_OWN = re.compile(
    r"\b[Vv]iews\s+(?:expressed\s+)?(?:in\s+(?:this|these|opinion)\s+[\w ]{1,30}?\s+)?(?:are|is)\s+"
    r"(?:the|those\s+of\s+the)\s+(?:author|writer|columnist)(?:['’]s|s['’])?\b|^(?:The\s+)?(?:writer|author)\s+is\s+(?:an?|the)\s"
)
# A line opening on a date: "Tue 2 Mar 2027 07:00 | 6 min read", "March 2, 2027"
DATED = re.compile(
    r"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}\b",
    re.IGNORECASE,
)
WRITER_NOTE = re.compile(_writer_note(roles=_WRITER_ROLES, does=_WRITES))
# A column's byline without a "By", its name and role alone on a line: "Sofie Ranneberg, music columnist", "Sofie
# Ranneberg | Music Columnist", "Sofie Ranneberg, Herald columnist, Pellwick" (a place or a stamp may follow)
COLUMNIST_LINE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?:,\s+|\s+\|\s+)(?:[\w'’-]+\s+){0,3}"
    r"(?i:columnist|commentator)(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|\s+\|\s+[^|]{1,60})?\W*$"
)
# The note that makes a page a column: "Ottoline Marsk is the Herald's transport columnist." A news page's "X is our
# health correspondent" is the reporter's, whose byline stays furniture.
COLUMNIST_NOTE = re.compile(_writer_note(roles="columnist|commentator", does=rf"writes\s+{_A_COLUMN}"))


# A Q&A's or a transcript's standfirst naming whom it asks and what about: "Edda Morvane, who chairs the Growers'
# Union, on losses and compensation", "Hamid Roe, founder of Quarry Hill Brewing, on a brutal year", or with the role
# first: "The ministry's spokesman, Colonel Ines Varga, on the budget and the strike"
INTERVIEWEE_STANDFIRST = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+(?:the\s+)?[a-z][^,.;:?!]{2,80}"
    r"|(?:The\s+|[A-Z][\w'’-]+\s+)?[a-z][^,.;:?!]{2,60},\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+on\s+[a-z]"
)

# ... or one naming them as the subject who answers: "Dagny Holm answers questions on the storm and who pays",
# "Ada Roe takes our questions", "Per Lund, the new harbourmaster, faces readers' questions"; where the one who takes
# the questions takes them to someone, that someone answers: "Mia Berg takes your questions to Ida Lund, ..."
_QUESTIONER = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
ANSWERS_QUESTIONS = re.compile(
    rf"^(?:{_QUESTIONER}(?:,\s+[^,.;:?!]{{2,60}},)?\s+(?:takes|puts|brings)\s+(?:(?:our|your|readers['’]?)\s+)?"
    rf"questions\s+to\s+(?P<guest>{_QUESTIONER})|(?P<who>{_QUESTIONER})(?:,\s+[^,.;:?!]{{2,60}},)?\s+"
    r"(?:answers|takes|faces|fields)\s+(?:(?:our|your|readers['’]?|the\s+[\w'’]+)\s+)?questions\b)"
)


# A document printed whole in one person's voice, by its head: "In full: ...", "Open letter: ...", "Full text of
# ...", a "Chair's statement", a "Chief executive's speech"; and a head that names its speaker: "In full: Ada Roe's
# speech to the conference"
DOCUMENT_HEAD = re.compile(
    r"^(?:In\s+full|Open\s+letter|Full\s+text)\b|^[A-Z][\w-]*(?:\s+[\w-]+){0,2}['’]s\s+(?:[Ss]tatement|[Ss]peech)$"
)
# (the head ends with the speech and where it was given, not a piece about it: "In full: Ada Roe's speech, checked
# claim by claim" is a fact check's; nor an office's: "Prime Minister's statement")
SPEECH_HEAD = re.compile(
    r"^(?:(?:In\s+full|Full\s+text)\s*:\s+)?"
    r"(?P<name>(?!(?:Prime|Chief|Home|Foreign|First|Deputy|Health|Finance|Education|Transport)\s)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})['’]s?\s+"
    r"(?:[a-z]+\s+)?(?:speech|address|statement)(?:\s+(?:to|at|on|in|for)\b[^,:;|]*)?$"
)
SIGNER_TITLE = re.compile(rf"^{_SIGNED_TITLE}")  # the title a signature may carry (_SIGNED_NAME's)
# The line that closes a letter above its signatures: "Yours sincerely,", "Yours faithfully"
CLOSING = re.compile(r"^(?:Yours\s+(?:sincerely|faithfully|truly)|With\s+best\s+wishes|Signed)\W*$", re.IGNORECASE)


def _signed_document(lines: list[str]) -> str:
    """
    The one in whose voice a document printed whole speaks (a speech, a chair's statement, an open letter), where its
    head says it is one (DOCUMENT_HEAD): the speaker its head names ("Ada Roe's speech"), or the first who signs it
    off under its prose, their name alone on a line over their role ("Ada Roe" then "Chair, Holt Dairies") or with
    it ("Dr Ada Roe, consultant, Holt Infirmary"), perhaps under "Yours sincerely". "" for any other page.
    """
    head = [line for line in lines[:25] if not is_prose(line)]
    if not any(DOCUMENT_HEAD.match(line) for line in head):
        return ""
    for line in head:
        if (spoken := SPEECH_HEAD.match(line)) is not None:
            return spoken.group("name")
    prose = 0
    for i, line in enumerate(lines):
        if is_prose(line):
            prose += 1
            continue
        above = lines[i - 1] if i else ""
        if prose < 3 or not (is_prose(above) or CLOSING.match(above)):
            continue
        signed = LETTER_SIGNATURE.match(line)
        if signed is None or not signed.group("name"):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        # a name over its role ("Ada Roe" / "Chair, Holt Dairies"); a name with its role on one line only under a
        # "Yours sincerely", over more signatures, or closing the page: else it is a caption or a name line inside
        # the piece ("Dr Ines Dorr, consultant, who organised the letter" over more of the story)
        over_role = bool(following) and not is_prose(following) and "," in following and len(following) < 120
        block = (
            CLOSING.match(above) is not None
            or (bool(following) and not is_prose(following) and LETTER_SIGNATURE.match(following) is not None)
            or not any(is_prose(after) for after in lines[i + 1 :])
        )
        if ("," not in line and over_role) or ("," in line and block):
            return SIGNER_TITLE.sub("", signed.group("name"))  # "Dr Ada Roe" is Ada Roe
    return ""


def _writer_line(
    lines: list[str], i: int, own_voice: bool = False, column: bool = False, interview: bool = False
) -> str:
    """
    Who wrote the page, kept as "By X" above the body so attribution can name a column's writer (the cleaner drops
    bylines and notes on the writer as furniture): a sole byline, a name alone above the stamp, a columnist's note.
    ``own_voice`` says the page is a review's or a readers' editor's (_own_voice_byline); ``column`` that it is an
    opinion page, ``interview`` that it is a Q&A (only a Q&A's standfirst says who "talks to" its interviewer).
    """
    line = lines[i]
    if i < 25 and (byline := SOLE_BYLINE.match(line)) is not None and len(line.split()) <= 14:
        # a reviewer's or a readers' editor's byline keeps its role: the page speaks in their voice without an "I"
        # (a corrections page's own-voice byline names no role: "Compiled by Ann Roe" is its readers' editor's)
        voice = OWN_VOICE_BYLINE.match(line) if own_voice else None
        role = "" if voice is None else f", {REVIEWER_ROLE if voice.group('reviewed') else READERS_EDITOR_ROLE}"
        reviewed = voice is not None and voice.group("reviewed")
        role = f", {CORRECTIONS_ROLE}" if own_voice and not reviewed and _corrections_page(lines) else role
        return f"By {byline.group('name')}{role}"
    if own_voice and (signed := _signs_off(lines, i)) is not None and _corrections_page(lines):
        return f"By {signed.group('name')}, {CORRECTIONS_ROLE}"
    if i < 25 and (posted := POSTED_BY.match(line)) is not None:
        return f"By {posted.group('name')}"
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if i < 25 and NAME_LINE.match(line) and (DATED.match(following) or STAMP.match(following)):
        return f"By {line}"
    if i < 25 and (standfirst := STANDFIRST_WRITER.search(line)) is not None:
        return f"By {standfirst.group('name')}"
    if i < 25 and interview and not is_prose(line) and (asker := STANDFIRST_INTERVIEWER.search(line)) is not None:
        return f"By {asker.group('name')}"
    if i < 25 and column and (named := COLUMNIST_LINE.match(line)) is not None:
        return f"By {named.group('name')}"
    # the note may share its line with the stamp ("Friday 19 March 2027 | Ana Roe is the Ledger's economics
    # commentator"); on an opinion page any note on the writer is the columnist's ("Hal Severin writes on the city
    # every Tuesday"), elsewhere only one that calls them a columnist
    # (a wide note only in the page's head and not as a sentence of the body: "Jonas Pell was a fierce critic of the
    # first ferry." on an opinion page is its prose, about someone else)
    following_stamp = bool(DATED.match(following) or STAMP.match(following))
    # (a stamp may be set off by a dot or a dash too: "Monday 8 March 2027 · Oda Brennick is ...")
    separator = r"\s+[|·•–—-]\s+" if DATED.match(line) else r"\s+[|·•]\s+"
    for part in re.split(separator, line):
        part = part.strip()
        furniture = part != line or following_stamp or not part.endswith((".", "!", "?", ".”", '."'))
        wide = column and i < 25 and furniture
        note = (WRITER_NOTE if wide else COLUMNIST_NOTE).match(part)
        if note is not None and wide and COLUMNIST_NOTE.match(part) is None and part.find(". ", note.end()) >= 0:
            continue  # a wide note followed by more sentences is a paragraph of the body
        if note is not None:
            end = part.find(". ", note.end())  # the note's sentence, not what the line says after it
            return part if end < 0 else part[: end + 1]
    return ""


# A transcript's speaker label in capitals: "BRODRICK", "RUTH ACHTERHOF, Minister for Housing",
# "CHAIR (MAREN TOLLEFSEN)", "OLUWASEUN DRAY-MENZIES (Opposition housing spokesman)"
TURN_LABEL = r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:\s*\([^()]{1,40}\)|,\s+[A-Za-z][\w'’ -]{1,40}?)?:"
# (or a person's name written as names are, two words or more: "Anna Velsberg:", "Dr Ivo Lenz:", never a one-word
# heading in title case, "Background:")
LABEL_LINE = re.compile(rf"^(?:{TURN_LABEL}|[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’-]+){{1,3}}:)$")
LABELLED_TURN = re.compile(rf"^{TURN_LABEL}\s+\S")


# A quotation, or one left open to the end of its paragraph (a quotation running on over paragraphs)
QUOTED_OR_OPEN = re.compile(r"[“\"‘][^”\"’]*(?:[”\"’]|$)")


def own_speech(turn: str) -> bool:
    """
    A turn's own words speak: in the first person, or asking, outside quotation marks. A transcript's turn speaks
    unquoted; a profile under a name's subheading quotes others ("'We have trained for 18 months,' said her coach").
    """
    own = QUOTED_OR_OPEN.sub(" ", turn)
    return FIRST_PERSON.search(own) is not None or "?" in own


# A name alone on its line, with no mark after it: "SOLBAKK", "ARNE SOLBAKK", "Arne Solbakk", "Dr Arne Solbakk"
BARE_NAME_LINE = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}|[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’-]+){1,3}")
# A for-and-against page's heading over one side, which names the side and its writer, on a line of its own: "YES -
# PRIYA LANFEAR", "Against: Tobin Reyes", "THE CASE FOR | MARTA OLSBERG", or the name first, "RUFUS GANTON - NO"; kept
# by the cleaner and read as the label of the section under it (ingest.interviews.find_transcript), two at least
_SIDE = r"(?:THE\s+CASE\s+|The\s+case\s+)?(?:YES|NO|FOR|AGAINST|Yes|No|For|Against)"
_SIDE_NAME = r"(?P<{}>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{1,3}})"
SIDE_HEADING = re.compile(
    rf"(?:{_SIDE}[ \t]*[-–—:|][ \t]*{_SIDE_NAME.format('name')}|{_SIDE_NAME.format('first')}[ \t]*[-–—:|][ \t]*{_SIDE})"
    r"[ \t]*$"
)
SIDE_WORD = re.compile(
    # (a cheap gate before the headings are read: a line that opens on a side, or ends on one in capitals)
    r"(?:^|\n)(?:THE\s+CASE\s+|The\s+case\s+)?(?:YES|NO|FOR|AGAINST|Yes|No|For|Against)\b"
    r"|[ \t](?:YES|NO|FOR|AGAINST)[ \t]*(?:\n|$)"
)
MIN_SIDES = 2
# The fewest turns a transcript's labels mark (here and in ingest.interviews.find_transcript): one "UPDATE:" or
# "WATCH:" opens a paragraph in any article; a transcript has turns
MIN_LABELLED_TURNS = 3


# A notices page's section heading, in capitals on a line of its own above the notice it heads, naming the body that
# gives the notice or what kind of notice it is, or both: "CIVIL PROTECTION DIRECTORATE - MOUNT ORRACH EVACUATION
# ORDER", "PLANNING APPLICATIONS - YARROW COUNTY COUNCIL", "SALE BY TENDER". Each notice is its issuer's act, and the
# heading may be the only place the page names the issuer, so the cleaner keeps it (ingest.documents.find_documents)
# on a page whose head says it is notices ("Public notices and announcements"), three of them at least
# (one word alone too, "COMMUNITY", and a notice's number, "NOTICE TO MARINERS No. 27/2027")
NOTICE_HEADING = re.compile(
    r"[A-Z][A-Z0-9'’&.,:/()-]*(?:[ \t]+(?:[-–—|][ \t]+)?(?:No\.|[A-Z0-9][A-Z0-9'’&.,:/()-]*)){0,11}"
)
# (the page's label, its head word "notices" with only a kind of notices before it, at the line's start or after a
# breadcrumb's ">": "Public notices: planning ...", "Legal and official notices", "Home > Notices"; not a headline about
# a body's notices, "Marlby Steel issues redundancy notices", "Eviction notices: a city in crisis")
NOTICES_HEAD = re.compile(
    r"(?:^|>\s*)(?:(?:public|legal|official|family|statutory|planning|local|classified|personal|and|other|all)\s+)*"
    r"notices\b",
    re.IGNORECASE,
)
MIN_NOTICE_HEADINGS = 3


# A written question's labels, each on a line of its own: who asked it ("Asked by Lord Pell of Harwick", "Tabled by
# Petra Haldane (Ostwick North), 6 September 2028", "Question from Ada Roe MP") and who answered it ("Answered by Tomas
# Vell, Minister for Roads", "Answer (Minister Mireille Dunmore), 15 September 2028", "Holding answer by ..."). The
# question's figures are its asker's and the answer's its answerer's, and only these lines say whose, so the cleaner
# keeps them (ingest.interviews.find_written_question) when the page has both
_LABEL_WHO = r"(?P<who>[A-Z][^(),;:\n]{2,80}?)\s*(?:\([^()\n]{1,60}\))?(?:,[^\n]{0,80})?"
ASKED_LABEL = re.compile(
    rf"(?:(?:Written\s+)?[Qq]uestion\s*(?:[:|-]\s*)?)?(?:(?:[Aa]sked|[Tt]abled|[Ss]ubmitted)\s+by|"
    rf"(?:Written\s+)?[Qq]uestion\s+from)\s*:?\s+{_LABEL_WHO}"
)
ANSWERED_LABEL = re.compile(
    r"(?:(?:Holding\s+)?[Aa]nswer(?:ed)?\s*(?:by\s*:?\s*|\(|[:|-]\s*(?:by\s+)?)|Reply\s+(?:by|from)\s+)"
    r"(?P<who>[A-Z][^(),;:\n]{2,80}?)\s*\)?(?:,[^\n]{0,80})?"
)


# an answer's lead-in to the figures a body provided, ending in a colon ("The National Ambulance Service has provided
# the following figures:"), which says whose the figures below it are (ingest.interviews.PROVIDED_FIGURES)
PROVIDED_LEAD_IN = re.compile(r"[A-Z][^\n]{0,120}?\bthe\s+following\s+(?:figures|data|statistics)\s*:")


# A document a news page prints among its own paragraphs says whose it is only on its own lines, which are no prose:
# its heading in capitals naming its kind ("ENFORCEMENT NOTICE", "FLOOD WARNING BULLETIN", "STATEMENT FROM THE CHAIR",
# "VARNHOLT DISTRICT COUNCIL - ENFORCEMENT NOTICE"), its issuing line ("Issued by: Varnholt District Council",
# "Signed: Ada Roe, Chief Planning Officer") and its sign-off ("Yours sincerely," over a name and a role). The cleaner
# keeps them as it keeps a notice's heading (ingest.documents.find_documents), as lines apart, whose figures are no
# claims; a section head of the paper's own ("IN FIGURES", "BACKGROUND") names no kind of document and still goes
DOCUMENT_KIND = (
    r"NOTICE|BULLETIN|WARNING|STATEMENT|LETTER|REPLY|RESPONSE|MEMO(?:RANDUM)?|CIRCULAR|ADVISORY|DIRECTIVE|"
    r"ANNOUNCEMENT|DECLARATION|ORDER"
)
DOCUMENT_HEADING = re.compile(
    rf"(?=[^a-z]*\b(?:{DOCUMENT_KIND})S?\b)(?!.*\b(?:NOTICES|LETTERS|PRIVACY|COOKIES?|COPYRIGHT)\b)[A-Z][A-Z0-9'’&.,:/()\s–—|-]{{4,90}}"
)
ISSUING_LINE = re.compile(
    r"(?:Issued|Signed|Authori[sz]ed|Approved)(?:\s+(?:by|for\s+and\s+on\s+behalf\s+of))?\s*:?\s+[A-Z]"
)
MAX_SIGNATURE_LINES = 2  # under "Yours sincerely,": the signer's name, then their role and body
# A body's name in capitals on a line of its own under the page's head, over the title and labels of the document the
# page prints as the body wrote it: "CALVESSAN SCHOOLS INSPECTORATE" over "Inspection of Hollins Lane Primary School",
# "BRACKENMOOR DISTRICT COUNCIL" over "COMMUNITIES COMMITTEE - 9 NOVEMBER 2026" and "Report of: ..." (two words at
# least, the last a body's: not the paper's crosshead, "THE COUNCIL", "IN FIGURES")
BODY_HEADING = re.compile(
    rf"(?!THE\s)[A-Z][A-Z'’&-]+(?:\s+(?:OF|FOR|AND|&|[A-Z][A-Z'’&-]+)){{0,6}}\s+(?:{ORG_HEADS.upper()}|{COMPANY_SUFFIXES.upper()})"
)
# ... or any body's masthead in capitals over its own newsletter, results page or round-up, the document's title after a
# dash ("KYRRHOLM COASTGUARD - WRENHAVEN DISTRICT", "CRATER COUNTERS - PROJECT RESULTS", "FENMARCH COMMUNITY LARDER"):
# a body whatever its last word, where the page writes the same words as a name elsewhere ("Each month the Fenmarch
# Community Larder writes ...", "Crater Counters: volunteers' results page"), which no crosshead of the paper's own
# ("THE PROJECT IN NUMBERS", "HOW IT WORKS") is, nor a section of the paper's own that its menu names ("IN BRIEF",
# "DATA DESK")
MASTHEAD_LINE = re.compile(
    r"(?P<name>(?!(?:THE|IN|ON|AT|FROM|OUR|A|AN)\s)[A-Z][A-Z'’&-]+(?:\s+(?:OF|FOR|AND|&|[A-Z][A-Z'’&-]+)){1,7}"
    r"(?<!\sDESK))"
    # (the body's initials after its name, and an issue's number in the title: "SOLVENOR SPACE AGENCY (SSA) - AMARANTH
    # MISSION STATUS UPDATE No. 14")
    r"(?:\s+\((?P<initials>[A-Z]{2,6})\))?(?:\s+[-–—|]\s+[A-Z0-9](?:[A-Z0-9'’&.,:/()\s-]|\bNo\.){2,60})?"
)


def masthead_line(line: str) -> re.Match[str] | None:
    """
    The line as a body's masthead (MASTHEAD_LINE), whose initials in brackets, if any, are its name's: "SOLVENOR SPACE
    AGENCY (SSA)", "FEDERATION OF GRID AND POWER WORKERS (FGPW)"; not a word in brackets after a crosshead, "(LIVE)",
    "(WINTER)", "(FULL)" (findings_owners43 MEDIUM 2).
    """
    found = MASTHEAD_LINE.fullmatch(line)
    if found is None or found.group("initials") is None:
        return found
    words = found.group("name").split()
    every = "".join(word[0] for word in words)
    named = "".join(word[0] for word in words if word not in _INITIALS_SKIP)
    return found if found.group("initials") in (every, named) else None


# the paper's own heading over its notes after a body's document it prints: "Our notes", "The Chronicle's note",
# "DISPATCH NOTE", "Editor's note"
PAPER_NOTE_HEADING = re.compile(r"\[?(?:[\w'’ ]{0,30}\b(?i:notes?)|Analysis|Reaction|Background)\]?\s*:?")
# the field under a printed document's title that names the body that issued it, up to the next field: "Auditor:
# Veritrace Assurance Ltd | Report no. VA-QD-2029-0418", "Issued by: Harbour Board"
# (its name without its legal form, as the page's prose writes it; not "From:", which heads an email or a reporter's
# credit as often as a document: "From: Staff Reporter", "From: Jo Pike | Sent: ...")
ISSUER_FIELD = re.compile(
    rf"(?:Auditor|Issued\s+by)\s*:\s*(?P<who>[A-Z][^|\n]{{1,80}}?)(?:\s+(?i:{LEGAL_FORMS})\.?)?\s*(?:\||$)"
)
MEETING_RECORD = re.compile(r"(?i:minutes|record|notes|transcript)\s+of\b")
# A meeting's minutes printed on the page: a label line of the record itself ("Present: Cllr Ada Roe (Chair), ...",
# "Apologies: none", "Resolved: to proceed", "RESOLVED that the levy rise ..."), at the start of its line. Not the
# page's prose about minutes ("the minutes of last month's meeting were never published", "The draft minutes were
# leaked"), nor a paragraph opening on the word ("Resolved to end the dispute, members ...", "Present at the launch")
MINUTES_LABEL = re.compile(r"^(?:(?:Present|Apologies|In\s+attendance|Resolved|RESOLVED)\s*:|RESOLVED\b)", re.MULTILINE)


def prints_minutes(text: str) -> bool:
    """Whether the page prints a meeting's minutes: one of their labelled lines (MINUTES_LABEL)."""
    return MINUTES_LABEL.search(text) is not None


# The label among a report's title lines that names the officer who wrote it: "Report of the Harbourmaster (Captain
# Ysella Carrack)", "Report of: Director of Communities (Helena Tibbet)", "Report by: Ada Roe, Harbour Manager",
# "Prepared by: Duty Controller Jo Bassett". Kept under the body's name, it says whose voice the report is in
# (ingest.documents); the body's name is only where the report goes.
REPORT_AUTHOR = re.compile(
    r"(?:Report\s+(?:of|by|from)|(?:Prepared|Written)\s+by|Author|Reporting\s+officer)\b\s*:?\s*(?:the\s+)?"
    r"(?P<who>[A-Z][^\n]{1,100})$"
)
BODY_HEADING_OVER = 12  # lines between such a heading and the document's first paragraph: its title, labels, grades
DOCUMENT_LABEL_LINES = 3  # between a document's heading and its first paragraph: "Case reference: ...", "To: ..."


def _heads_document(lines: list[str], i: int) -> bool:
    """Whether the heading on line ``i`` stands over prose, past its issuing line or its labels ("Reference: ...")."""
    for line in lines[i + 1 : i + 2 + DOCUMENT_LABEL_LINES]:
        if is_prose(line):
            return True
        if not (ISSUING_LINE.match(line) or re.match(r"[A-Z][\w ]{1,30}:\s", line)):
            return False
    return False


def _body_heads_document(lines: list[str], i: int) -> bool:
    """
    Whether the body's name on line ``i`` stands over a document in its voice: its title and labels, no prose, then
    prose. A record of a meeting ("Minutes of the meeting of the Board") says who said each thing, in no body's voice.
    """
    over: list[str] = []
    for line in lines[i + 1 : i + 2 + BODY_HEADING_OVER]:
        if is_prose(line):
            # its title and labels, two lines at least or one with its reference or date ("Food Alert for Action:
            # FA/26/114"): not the paper's crosshead over one subhead ("Response: what happens next", "At a glance")
            return len(over) > 1 or any(re.search(r"\d", label) for label in over)
        if MEETING_RECORD.match(line):
            return False
        over += [line] if line.strip() else []
    return False


def body_heading_labels(
    lines: Sequence[str], i: int, prose: Callable[[str], bool] = is_prose, over: int | None = BODY_HEADING_OVER
) -> list[int]:
    """
    The lines between the body's name on line ``i`` and the first paragraph of its document, which ``prose`` tells
    (the cleaner's lines, or the paragraphs ingest.documents reads): its title, labels. The cleaner looks no further
    than ``over`` (and one more) lines down for an author's label to keep; ingest.documents, finding the author who
    owns the document, reads every label however many (``over`` None), as it always has. The one reader of them.
    """
    labels = []
    for j in range(i + 1, len(lines) if over is None else min(len(lines), i + 2 + over)):
        if prose(lines[j]):
            break
        labels.append(j)
    return labels


def written_names(lines: list[str]) -> str:
    """The page's lines outside capitals, where it writes names as names, once per page for masthead_body."""
    # (joined by a character neither space nor word, so a name is still matched within one line)
    return "\x00".join(other for other in lines if not other.isupper())


def masthead_body(line: str, written_text: str, introduction: str = "") -> str | None:
    """
    The body a masthead line in capitals names (MASTHEAD_LINE), None for a document's heading (DOCUMENT_HEADING): the
    line's name in capitals as it gives it where it is a body's name by its last word (BODY_HEADING) or the page also
    writes its words as a name, each capitalised, outside capitals (``written_text``, written_names); else what
    masthead_issuer reads, which may be the name the page writes out for the line's opening initials ("NMF RESCUE":
    "National Motorists' Federation"), the line's leading words before the title of a body's own figures
    ("VOLTWAY NETWORK STATUS REPORT": "VOLTWAY"), or those the page's ``introduction`` says published what it prints
    (_publisher_written); else None.
    """
    found = masthead_line(line)
    if found is None or DOCUMENT_HEADING.fullmatch(found.group("name")):
        return None
    name = found.group("name")
    if BODY_HEADING.fullmatch(name):
        return name
    words = [re.escape(_name_word(word, first=i == 0)) for i, word in enumerate(name.split())]
    written = re.compile(r"\b" + r"\s+".join(words) + r"\b")
    # (the masthead line itself is in capitals, so never among them)
    return name if written.search(written_text) else masthead_issuer(name, written_text, introduction)


# owners41b: a body's own regular figures under its masthead, whose name a page may write only by its initials ("the
# TIA") or whose masthead runs its name into the title of what it publishes ("VOLTWAY NETWORK STATUS REPORT")
_OWN_REPORT_KIND = re.compile(rf"(?:{OWN_REPORT_KINDS.upper()})")
_INITIALS_SKIP = {word.upper() for word in _NAME_LINKS} | {"&"}
_REPORTS_AS_BODY = (
    rf"(?=\s+(?:{PLAIN_SAYING}|reports|reported|{form_alternation(ISSUING_VERBS_LESS_RELEASE, 's')}|"
    rf"{form_alternation(ISSUING_VERBS_LESS_RELEASE, 'ed')})\b)"
)
# a spelled-out name as the page's speaker or publisher: "the Keldmoor Hauliers' Association (KHA) says", "Published
# by the National Motorists' Federation"; not "the European Union (EU)" a county votes to stay in
_SPEAKS_AFTER = re.compile(rf"(?:\s*\([A-Z]{{2,5}}\))?{_REPORTS_AS_BODY}")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")


def _initials_written(words: list[str], written_text: str) -> bool:
    """
    Whether the page writes a name in capitals by its initials: "UNITED MINEWORKERS AND QUARRYMEN" as "the UMQ". Three
    letters at least, and no title of figures (OWN_REPORT_KINDS): two-letter initials are common abbreviations a page
    writes of other things ("ENERGY UPDATE", "the EU market"; "PRICE MONITOR", "the PM said").
    """
    initials = "".join(word[0] for word in words if word not in _INITIALS_SKIP)
    if len(initials) < 3 or _OWN_REPORT_KIND.fullmatch(words[-1]):
        return False
    return re.search(_standalone(initials), written_text) is not None


def _standalone(initials: str) -> str:
    """Initials as a word of their own, not a part of a reference ("Ref: MK-KP-03", "PST-C1-0457")."""
    return rf"(?<![\w/-]){re.escape(initials)}(?![\w/-])"


def _written_out_initials(word: str, written_text: str) -> str | None:
    """
    The name a masthead's opening initials stand for where the page writes both ("NMF RESCUE": "the National
    Motorists' Federation (NMF)"), the body whose brand it is: a body's name by its kind (ORG_HEADS,
    INSTITUTION_HEADS) which the page writes as who says or publishes something. Not an index, a statistic or a
    country the initials stand for ("the Consumer Prices Index (CPI)", "Gross Domestic Product", "the United
    Kingdom"), nor a body the story is about ("stay in the European Union (EU)").
    """
    if not re.fullmatch(r"[A-Z]{2,5}", word) or re.search(_standalone(word), written_text) is None:
        return None
    link = r"(?:\s+(?:{}))*\s+".format("|".join(map(re.escape, sorted(_INITIALS_SKIP, key=str.lower))).lower())
    spelled = re.compile(r"\b" + link.join(rf"{letter}[\w'’-]+" for letter in word))
    for found in spelled.finditer(written_text):
        last = found.group().split()[-1]
        body = _BODY_WORD.fullmatch(last) or _INSTITUTION_WORD.fullmatch(last)
        before = written_text[max(0, found.start() - 12) : found.start()]
        speaks = _SPEAKS_AFTER.match(written_text, found.end()) or _BY_BEFORE.search(before)
        if body and speaks:
            return found.group()
    return None


def _as_a_body(found: re.Match[str], written_text: str) -> bool:
    """
    Whether a name the page writes before a saying verb is a body's, not a place's, a person's or a club's that says
    something ("Keldmoor said goodbye", "Harrow told the Courier", "City said"): a name of a body's kind (ORG_HEADS,
    INSTITUTION_HEADS), a brand written its own way ("VoltWay said"), or one that says what is its own ("Orrin Water
    said its leakage figure").
    """
    name = found.group()
    if _BODY_WORD.search(name) or _INSTITUTION_WORD.search(name) or re.search(r"[a-z][A-Z]", name):
        return True
    return re.match(r"\s+\w+\s+its\b", written_text[found.end() :]) is not None


def masthead_issuer(name: str, written_text: str, introduction: str = "") -> str | None:
    """
    The body a masthead line in capitals names where masthead_body finds no name the page writes: a name the page
    writes by its initials ("TRESSAN INSURERS' ASSOCIATION", "the TIA"), the name the masthead's opening initials
    stand for, as the page writes it out ("NMF RESCUE": "National Motorists' Federation"), the leading words of a
    name run into the title of the body's own figures (OWN_REPORT_KINDS), which the page writes as a body's name that
    says something ("VOLTWAY NETWORK STATUS REPORT" is VoltWay's, "VoltWay said"), or, for any other title, the leading
    words the page's ``introduction`` (its head, above the byline) writes as the body that published what the page
    prints (_publisher_written). A crosshead of the paper's own ("PUMP PRICES REPORT", "LOWMARSH HOUSING REPORT" over
    "rents in Lowmarsh", "HARROW MARKET REPORT" over "Harrow told the Courier") names no body the page writes.
    """
    words = name.split()
    if _initials_written(words, written_text):
        return name
    written_out = _written_out_initials(words[0], written_text)
    if written_out is not None:
        return written_out
    if not _OWN_REPORT_KIND.fullmatch(words[-1]):
        return _publisher_written(words, introduction)
    for k in range(len(words) - 2, 0, -1):
        body = words[:k]
        spelled = re.compile(r"\b" + r"\s+".join(map(re.escape, body)) + _REPORTS_AS_BODY, re.IGNORECASE)
        # (written as a name that says or publishes something, capitalised, not in capitals: "VoltWay said", not a
        # place's name the title opens on, "Lowmarsh hotels")
        if any(
            found.group()[:1].isupper() and not found.group().isupper() and _as_a_body(found, written_text)
            for found in spelled.finditer(written_text)
        ):
            return " ".join(body)
    return None


# owners43: the page writing a masthead's leading words as the body that published what it prints: "Pellow & Dray of
# Hollin Cross published its standard prices this week" under "PELLOW & DRAY FUNERAL DIRECTORS", "Wexmoor Council's
# trading standards service publishes its court results" under "WEXMOOR COUNCIL TRADING STANDARDS - COURT RESULTS" (a
# place it is "of", or the service of its that does, PUBLISHING_PARTS, may stand between: not any group of the body's,
# "Ravenstow Council's opposition groups published a rival budget"); a publishing verb, not a saying one: a
# crosshead's place "said" nothing it publishes
_PUBLISHED_AFTER = (
    r"(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|"
    rf"['’]s(?:\s+[a-z][\w-]*){{0,2}}\s+(?:{PUBLISHING_PARTS}))?\s+(?:has\s+|have\s+)?"
    rf"(?:{form_alternation(ISSUING_VERBS_LESS_RELEASE, 'ed')}|{form_alternation(ISSUING_VERBS_LESS_RELEASE, 's')}|"
    r"released|releases)\s+(?:its|their|the|a|an|this|these)\b"
)


def _publisher_written(words: list[str], introduction: str) -> str | None:
    """
    The leading words of a masthead's name (two tokens at least, "&" counted as one: "PELLOW &" may be tried, "PELLOW"
    alone never), which the page's introduction writes, capitalised, as the body that published the document it
    prints (_PUBLISHED_AFTER): "PELLOW & DRAY FUNERAL DIRECTORS" is Pellow & Dray's, who "published its standard
    prices". Only the page's head introduces what it prints (publisher_introduction): a body the story's prose says
    published something ("Ravenstow Council published its budget papers on Monday") is not thereby the owner of a box
    under a crosshead opening on its name (findings_owners43 HIGH 1). None where the introduction writes no such name.
    """
    # (the cheap test first, the name's first word as the introduction writes it: a page of numbered headings in
    # capitals has hundreds to try, findings_owners43 LOW 1)
    if not words or _name_word(words[0], first=True) not in introduction:
        return None
    for k in range(len(words) - 1, 1, -1):
        spelled = r"\b" + r"\s+".join(re.escape(_name_word(word, first=j == 0)) for j, word in enumerate(words[:k]))
        if re.search(spelled + _PUBLISHED_AFTER, introduction) is not None:
            return " ".join(words[:k])
    return None


# owners45: a page's head that says the page itself prints a document, as its issuer wrote it: "We print it below as
# issued", "We print the summary page, with our notes", "We have reproduced the schedule"; the paper's own first person,
# not a body's "the council published"; or that the paper's own notes follow the document ("as shared with the Star.
# Our notes follow.", "with our notes")
PRINTS_DOCUMENT_HERE = re.compile(
    r"\b[Ww]e\s+(?:have\s+)?(?:re)?(?:print|produce|reproduce)[ds]?\b|\b(?:[Oo]ur\s+notes\s+follow|with\s+our\s+notes)\b"
)
# a quotation in a head line, in double or single marks, straight or curled ("'We produce more milk', say farmers");
# a single mark opens a quotation before a word and closes one after a word, not an apostrophe within or after one
# ("farmers' union", "Ostrava's")
QUOTED_IN_HEAD = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)|(?<![\w'‘’])['‘](?=\w)[^'‘’]*?(?<=[^\s])['’](?![\w'‘’])")
_PUBLISHING_WORD = re.compile(r"\b(?:publish|issue|release)", re.IGNORECASE)
HEAD_LINES = 25  # the page's head is in its first lines: its byline or stamp, where it ends, is among them


def publisher_introduction(lines: list[str], head_end: int) -> str:
    """
    The page's head above its byline or stamp (``head_end``), its headline and standfirst, where a page says whose
    document it prints ("Pellow & Dray of Hollin Cross published its standard prices this week. We print them as
    issued"), as written_names gives it; "" where the page has no byline or stamp to end its head, or its head no
    publishing verb at all (the cheap test, once a page, before any masthead is tried).
    """
    if head_end >= HEAD_LINES:
        return ""
    head = written_names(lines[:head_end])
    return head if _PUBLISHING_WORD.search(head) else ""


def _papers_own_box(lines: list[str], i: int, own_work: re.Pattern[str] | None) -> bool:
    """
    Whether the heading on line ``i`` is over the paper's own box, its title or a label under it naming the paper's
    own work by the paper's name (OwnLines.work): "KELDMOOR TRANSIT AUTHORITY (KTA) - WHAT THE POST FOUND", "Ledger
    analysis of the council's budget papers" under "RAVENSTOW COUNCIL SPENDING CUTS" (findings_owners43 HIGH 1,
    MEDIUM 2). Its figures are the paper's, whatever body the heading opens on.
    """
    if own_work is None:
        return False
    return any(own_work.search(lines[j]) for j in [i, *body_heading_labels(lines, i)])


def _fields_under(lines: list[str], i: int) -> bool:
    """
    Whether the heading on line ``i`` stands over a block of labelled figures, past its title and labels only: the
    first line under it that is a field or prose is a field, and no record of a meeting's is among them (a briefs
    page's item heading stands over its prose).
    """
    for line in lines[i + 1 : i + 2 + BODY_HEADING_OVER]:
        if MEETING_RECORD.match(line):
            return False
        # (a labelled figure, not a subhead's label: "Response: what happens next")
        figure = DATA_LINE.match(line) is not None
        if figure or is_prose(line):
            return figure
    return False


def _masthead_marks(
    lines: list[str],
    i: int,
    written_text: str,
    introduction: str,
    notes: list[int],
    own_work: re.Pattern[str] | None,
    *,
    prints_document: bool = False,
    head_end: int = 0,
) -> set[int]:
    """
    A body's masthead on line ``i`` over its own document, whose lines are labelled figures ("People assisted: 27") or
    prose, and the paper's heading over its notes after it (one of ``notes``, _paper_notes), which end the document
    (ingest.documents). ``introduction``: the page's head (publisher_introduction). Not the paper's own box under a
    heading that opens on a body's name (_papers_own_box). owners45: where the page's head says the page prints the
    document (``prints_document``, PRINTS_DOCUMENT_HERE), the first line in capitals under the head (``head_end``, its
    byline) names its issuer though the page writes the name nowhere else ("MADDOX HALE SURVEYORS" over a schedule of
    repairs, "We print the summary page, with our notes").
    """
    # (the cheap tests first: a page of results in capitals has thousands of lines to try)
    if not masthead_line(lines[i]) or release_mark(lines[i]):
        return set()
    if not (_body_heads_document(lines, i) or _fields_under(lines, i)):
        return set()
    # (or a document's title over the field that names its issuer: "SOCIAL COMPLIANCE AUDIT - SUMMARY REPORT" over
    # "Auditor: Veritrace Assurance Ltd | ...", both kept for ingest.documents to read)
    issuer = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
    issuer = issuer if issuer is not None and ISSUER_FIELD.match(lines[issuer]) else None
    # (the paper's note headings read once a page, not once a masthead: findings_owners43 LOW 1)
    note = notes[at] if (at := bisect.bisect_right(notes, i)) < len(notes) else None
    # (the one line in capitals over the document, the first under the page's head, its title aside, up to the paper's
    # notes; a name and no document's title: not "FOOD HYGIENE INSPECTION REPORT", nor a section's heading further
    # down, "SITE PROFILE", "LIST OF DESIGNATED VEHICLES", nor the first of a run of items each under its own heading,
    # the labels of a museum's objects)
    # (and over the document's own title or labels, "Weekly earnings statement", not straight over figures as the
    # paper's own crosshead stands, "AVERAGE INCOMES" over "Lorries in service: 4,120": owners41b)
    heads = (
        prints_document
        and not DOCUMENT_HEADING.fullmatch(lines[i])
        and not _HEADING_PHRASE.search(lines[i])
        and not _HEADING_CLAUSE.search(lines[i])
        and not DOCUMENT_HEAD.match(lines[i].capitalize())
        # (the paper's own label, "BREAKING NEWS", no issuer's; by the name before any title, "... - PUBLIC REGISTER")
        and not news_outlet_name(masthead_line(lines[i]).group("name"))  # type: ignore[union-attr]
        and not _OWN_REPORT_KIND.fullmatch(masthead_line(lines[i]).group("name").split()[-1])  # type: ignore[union-attr]
        and i + 1 < len(lines)
        and not DATA_LINE.match(lines[i + 1])
        and not is_prose(lines[i + 1])
        and not any(line.isupper() for line in lines[head_end + 1 : i])
        and not any(line.isupper() for line in lines[i + 2 : len(lines) if note is None else note])
    )
    if masthead_body(lines[i], written_text, introduction) is None and issuer is None and not heads:
        return set()
    if _papers_own_box(lines, i, own_work):
        return set()
    marks = {i} if issuer is None else {i, issuer}
    return marks if note is None else {*marks, note}


# a heading in capitals that reads as a phrase, no name: it opens on a preposition or has one a name never has ("FOR
# SALE BY PRIVATE TREATY", "TO LET", "WITH EFFECT FROM MONDAY")
_HEADING_PHRASE = re.compile(r"^(?:FOR|TO|WITH|BY|AT|IN|ON|FROM)\s|\s(?:BY|TO|WITH|FROM|AT|IN|ON)\s")
# mendowners45 H1: nor one that reads as a clause or a letter's marking, no body's name: a question's word, a pronoun,
# a form of "be", "have" or "do", a "here" or "now" ("WHAT PARENTS PAY", "HOW IT BREAKS DOWN", "READ IT HERE", "WHAT
# FARMERS ARE PAID"), or the adjective that marks how a letter is to be read, which no name ends on ("PRIVATE AND
# CONFIDENTIAL", "STRICTLY PRIVATE", "URGENT"); the paper's "FULL TEXT" or "IN FULL" over it is DOCUMENT_HEAD's
_HEADING_CLAUSE = re.compile(
    r"\b(?:WHAT|HOW|WHY|WHERE|WHEN|WHO|WHICH|WE|OUR|YOU|YOUR|THEY|THEIR|THEM|HE|SHE|HIS|HER|IS|ARE|WAS|WERE|"
    r"BE|BEEN|HAS|HAVE|HAD|DO|DOES|DID|WILL|HERE|THERE|NOW)\b|\b(?:CONFIDENTIAL|PRIVATE|URGENT|RESTRICTED)$"
)


def _paper_notes(lines: list[str]) -> list[int]:
    """The lines, in order, that head the paper's notes after a document it prints (PAPER_NOTE_HEADING)."""
    return [j for j, line in enumerate(lines) if PAPER_NOTE_HEADING.fullmatch(line) and not is_prose(line)]


def _document_marks(
    lines: list[str], head_end: int, own_work: re.Pattern[str] | None = None, *, prints_document: bool = False
) -> set[int]:
    """
    The lines under the page's head that head a document it prints or sign it off: a DOCUMENT_HEADING over prose
    (with the body's name in capitals above it), an ISSUING_LINE, a CLOSING over the signer's lines, and the line that
    opens a signed document (_document_opening). A heading over no prose (a box's label) is none, nor one over the
    paper's own box (``own_work``, OwnLines.work).
    """
    marks: set[int] = set()
    written_text = written_names(lines)
    introduction = publisher_introduction(lines, head_end)
    notes: list[int] | None = None  # read at the first masthead
    for i, line in enumerate(lines):
        if i <= head_end or is_prose(line) or len(line) > 120:
            continue
        if BODY_HEADING.fullmatch(line) and _body_heads_document(lines, i):
            if _papers_own_box(lines, i, own_work):
                continue
            marks.add(i)
            marks |= {j for j in body_heading_labels(lines, i) if REPORT_AUTHOR.match(lines[j].strip())}
        elif masthead_line(line) and (
            masthead := _masthead_marks(
                lines,
                i,
                written_text,
                introduction,
                notes := _paper_notes(lines) if notes is None else notes,
                own_work,
                prints_document=prints_document,
                head_end=head_end,
            )
        ):
            marks |= masthead
        elif DOCUMENT_HEADING.fullmatch(line) and _heads_document(lines, i):
            # (and the body's name in capitals on the line above: "WATER BOARD" over "ENFORCEMENT NOTICE")
            above = i - 1 > head_end and NOTICE_HEADING.fullmatch(lines[i - 1]) is not None
            marks |= {i - 1, i} if above else {i}
        elif ISSUING_LINE.match(line):
            marks |= {i, *_document_opening(lines, i, head_end)}
        elif CLOSING.match(line) and i > 0 and is_prose(lines[i - 1]):
            signature = list(range(i + 1, min(i + 1 + MAX_SIGNATURE_LINES, len(lines))))
            signature = signature[: next((k for k, j in enumerate(signature) if is_prose(lines[j])), len(signature))]
            if signature and LETTER_SIGNATURE.match(lines[signature[0]]):
                marks |= {i, *signature, *_document_opening(lines, i, head_end)}
    return marks


# the line over a signed document's first paragraph that opens it: its greeting ("Dear Chair,") or the paper's line
# introducing it ("Her letter reads:")
DOCUMENT_OPENING = re.compile(r"(?:Dear\s+[^\n]{1,60},|[A-Z][^\n]{0,160}:)$")
OPENED_WITHIN = 12  # lines above its sign-off: a letter runs a dozen paragraphs at most


def _document_opening(lines: list[str], closing: int, head_end: int) -> list[int]:
    """The nearest line above a document's sign-off that opens it (DOCUMENT_OPENING), kept to say where it begins."""
    for i in range(closing - 1, max(head_end, closing - 1 - OPENED_WITHIN), -1):
        if DOCUMENT_OPENING.match(lines[i]) and not is_prose(lines[i]):
            return [i]
    return []


def _written_question_labels(lines: list[str]) -> set[int]:
    """
    The lines that say who asked a written question and who answered it, and the answer's lead-in to a body's
    figures; none unless the page has both labels.
    """
    asked = {i for i, line in enumerate(lines) if ASKED_LABEL.fullmatch(line) and not is_prose(line)}
    answered = {i for i, line in enumerate(lines) if ANSWERED_LABEL.fullmatch(line) and not is_prose(line)}
    if not (asked and answered and min(asked) < max(answered)):
        return set()
    provided = {i for i, line in enumerate(lines) if i > min(answered) and PROVIDED_LEAD_IN.fullmatch(line)}
    return asked | answered | provided


def _notice_headings(lines: list[str], head_end: int) -> set[int]:
    """The lines that head a notices page's notices, each above the notice's prose; none on any other page."""
    # (its headline or its section's label, "Public notices and announcements", "NOTICES"; not a site's menu that
    # lists the notices among its sections, "News | Sport | Notices | Subscribe", over a story of any kind)
    label = next(
        (
            i
            for i, line in enumerate(lines[: head_end + 1])
            if NOTICES_HEAD.search(line) and "|" not in line and not is_prose(line)
        ),
        None,
    )
    if label is None:
        return set()
    # (a page with no byline or stamp in its head: the head ends at its notices label, not 25 lines down)
    start = head_end if head_end < 25 else label
    found = {
        i
        for i, line in enumerate(lines[:-1])
        if i > start and NOTICE_HEADING.fullmatch(line) is not None and _notice_text(lines[i + 1])
    }
    if len(found) >= MIN_NOTICE_HEADINGS:
        return found
    # (a page that heads its notices in title case instead, "Orland Water Company - Supply interruption", "Sale by
    # tender": those lines, which the cleaner prints in capitals as the form's headings, and only on a page with no
    # headings in capitals at all)
    titled = {
        i
        for i, line in enumerate(lines[:-1])
        if i > start and _title_notice_heading(line) and _notice_text(lines[i + 1])
    }
    return titled if not found and len(titled) >= MIN_NOTICE_HEADINGS else set()


def _title_notice_heading(line: str) -> bool:
    """A notice's heading in title case: its body and subject either side of a dash, or a few words alone."""
    if is_prose(line) or SENTENCE_END.search(line) or line.endswith(":") or not line[:1].isupper():
        return False
    sides = re.split(r"\s+[-–—]\s+", line)
    words = line.split()
    if len(sides) == 2 and all(side[:1].isupper() for side in sides):
        return len(words) <= 12 and not any(c.isdigit() for c in sides[0])
    return len(sides) == 1 and len(words) <= 4 and not any(c.isdigit() for c in line)


def _notice_text(line: str) -> bool:
    """A notice's text under its heading: prose, or a short item ending like a sentence ("Guide price: 400,000
    crowns.", "About 3,100 homes will be affected."), not another heading."""
    return is_prose(line) or (NOTICE_HEADING.fullmatch(line) is None and SENTENCE_END.search(line) is not None)


def _bare_name_turns(lines: list[str]) -> set[int]:
    """
    The lines that are a name alone above a turn of speech (first person or a question), as a transcript may mark its
    turns with no colon: at least three of them, naming two people or more; a feature's subheadings over reports in
    the third person are none.
    """
    found = {
        i
        for i, line in enumerate(lines[:-1])
        if BARE_NAME_LINE.fullmatch(line)
        and not FURNITURE_HEADINGS.match(line)
        and is_prose(lines[i + 1])
        and own_speech(lines[i + 1])
    }
    names = {lines[i] for i in found}
    prose = "\n".join(line for i, line in enumerate(lines) if i not in found)
    # two of them people the page names in full elsewhere ("OKAFOR" after "Ruth Okafor spoke to ..."), as a section's
    # heading in capitals ("WATER", "POLICING") over a newsletter's "we" is not
    people = {
        name
        for name in names
        if re.search(rf"\b[A-Z][a-z'’-]+\s+{re.escape(name.split()[-1].title())}\b", prose) is not None
    }
    return found if len(found) >= MIN_LABELLED_TURNS and len(names) >= 2 and len(people) >= 2 else set()


def _side_headings(lines: list[str]) -> set[int]:
    """
    The lines that head a for-and-against page's sides ("YES - PRIYA LANFEAR", "Against: Tobin Reyes"), each above
    prose: two of them at least, naming two people.
    """
    found = {
        i: heading.group("name") or heading.group("first")
        for i, line in enumerate(lines[:-1])
        if line[:1].isupper() and (heading := SIDE_HEADING.match(line)) is not None and is_prose(lines[i + 1])
    }
    return set(found) if len({name.lower() for name in found.values()}) >= MIN_SIDES else set()


def _labels_turn(line: str, following: str) -> bool:
    """
    "RUTH ACHTERHOF, Minister for Housing:" alone on its line above her words: not a heading but whose the turn
    is, kept so attribution can see it; only when the words below it are prose or a quotation.
    """
    if not LABEL_LINE.match(line) or FURNITURE_HEADINGS.match(line):
        return False
    if not line[:2].isupper():
        # a name in title case above speech in the first person or a question ("Anna Velsberg:" over "We hired 40
        # nurses."), not a heading in title case over a report ("Key Points:")
        return is_prose(following) and own_speech(following)
    return following.lstrip()[:1] in '"“‘' or is_prose(following)


# The cast of a hearing, a briefing or a meeting, listed above its turns: "Members present: Ingeborg Vantosh (Chair);
# ...", "Witnesses: Osric Delmaine, chief executive, ...", "Present: Cllr Ada Roe, ...": too capitalised to read as
# prose, but the only place the page names in full the people its labels give by surname or role (on a page of turns,
# or with no figure: one with figures is a listing box, "Guests: Tom Jones and 40 other acts. Tickets from 45 pounds",
# or a caption, "Officers: Greater Manchester Police at the scene of the crash on the A6 in 2019")
CAST_LIST = re.compile(
    r"^(?:Members\s+present|(?:Also\s+)?[Pp]resent|In\s+attendance|Witnesses|Officers|Panel(?:lists)?|Guests)\s*:\s+"
    r"(?:(?:Cllr|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
)


def _short_turn(line: str) -> bool:
    """ "CHAIR: Ms Quist.", "AMBRUSTER: Thank you all.": a transcript's turn too short to read as prose."""
    return bool(LABELLED_TURN.match(line)) and not FURNITURE_HEADINGS.match(line) and bool(SENTENCE_END.search(line))


# A short line that is only a reporting clause, too short and too capitalised to read as prose: a capitalised name
# right before the verb, "Housing Minister Ada Lenz said:", "Chief executive Tom Reyes added:", or opening the line
# with what they are set off by commas, "Ivo Lenz, who chairs the Patients' Forum, said:" ("What the judges said:"
# above a quotation names no one, and is a heading)
_SAYS_TO_QUOTE = r"\s+(?:said|says|added|explained|commented|told\s+\w+):$"
SAID_LINE = re.compile(
    rf"^[A-Z][\w'’.,-]*(?:\s+[\w'’.,-]+){{0,7}}\s+[A-Z][\w'’.-]*{_SAYS_TO_QUOTE}"
    rf"|^[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*,(?:\s+[^\s,]+){{1,7}},{_SAYS_TO_QUOTE}"
    # or the name alone, then the role and the body it speaks for, each set off by its comma, as a report's comment
    # box gives it ("AUCTIONEER'S COMMENT" then "Nerys Altham, partner, Garside & Whitlow:" then the comment, quoted);
    # a forename and a surname, which the quotation after it is attributed to (a longer name or a role run on into
    # its body, "chief auctioneer at Tarnby Mart:", is not read as the comment's speaker, and is left out); the name
    # may carry a title or a middle name, and the body its town ("Dr Nerys Ann Altham, partner, Garside & Whitlow,
    # Tarnby:"); the body is named, so "High Street, Wrenford, on Monday:" over a vox pop is no commenter
    r"|^(?:(?:Cllr|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2},(?:\s+[^\s,:]+){1,4},"
    r"(?=\s+[A-Z&])(?:\s+[^\s,:]+){1,6}(?:,\s+[A-Z][^\s,:]*(?:\s+[A-Z][^\s,:]*)?)?:$"
)


def _introduces(line: str, following: str) -> bool:
    """Prose that introduces what follows it, quoted or printed."""
    return _introduces_quotation(line, following) or _introduces_printed(line, following)


def _introduces_printed(line: str, following: str) -> bool:
    """ "Mira Holt kept a diary. Her entry for Sunday reads:" then her entry as prose, in no quotation marks: prose
    whose last sentence says whose words the page prints next (a diary's, a memoir's, a statement in full)."""
    if not line.endswith(":") or not is_prose(line[:-1] + ".") or not is_prose(following):
        return False
    return introduces_printed(line)


def introduces_printed(paragraph: str) -> bool:
    """Whether a paragraph (or the part of a sentence) before a colon introduces another's printed or spoken words,
    read from its last sentence alone ("Mira Holt kept a diary. Her entry for Sunday reads:"; not "The council said
    the road would shut. Figures:"). One reader for the cleaner and the story reader (read-back 41a #2)."""
    return introduces_words(PROSE_SENTENCE_BREAK.split(paragraph)[-1])


def _introduces_quotation(line: str, following: str) -> bool:
    """ "The fire chief, Ada Lenz, gave reporters an update:" then a quotation: prose that says whose it is."""
    opens = following.lstrip()[:1]
    if not (line.endswith(":") and bool(opens) and opens in '"“‘'):
        return False
    return is_prose(line[:-1] + ".") or SAID_LINE.match(line) is not None


# A readers'-questions page's question (an advice or consumer column that prints readers' questions and answers them):
# labelled as a Q&A's is, and signed at its end, on its line, as a letter is on the line under it ("Q: ... Is that
# right? Rufus Kimbrell, Ordale", "Q: ... Should we cut the price? Name and address supplied")
SIGNED_QUESTION = re.compile(r"^(?:Q|Question)\s*[:.]\s.*[.?!][\"”’]?\s+(?P<signature>[A-Z][^.?!\n]{2,90})$")


def signed_question(line: str) -> tuple[int, re.Match[str]] | None:
    """A reader's question on a readers'-questions page: where its signature starts in the line, and the signature."""
    question = SIGNED_QUESTION.match(line) if line[:1] == "Q" else None
    signed = LETTER_SIGNATURE.match(question.group("signature")) if question is not None else None
    return (question.start("signature"), signed) if question is not None and signed is not None else None


def _asks(line: str) -> bool:
    """
    An interviewer's question in the body ("What surprised you?"), answered by the paragraph after it: short,
    but the text, not furniture; the interview's attribution needs to see where each answer starts.
    """
    if signed_question(line) is not None:
        return True  # a reader's question, signed: "Q: ... Is that right? Rufus Kimbrell, Ordale"
    if not line.rstrip("\"'”’)").endswith("?"):
        return False  # (before its words are listed: most lines ask nothing)
    words = WORD.findall(line)
    if len(words) < 2:
        return False
    return sum(1 for w in words[1:] if w[0].isupper()) / len(words[1:]) < 0.5


# "Households on the list: 148,300 (up 12.4 per cent)", "Leakage: 118 million litres a day, up from 96 million":
# a labelled figure, the figure first and at most a few words of unit or period after it before a comma; a word
# or two may stand before it ("Single fare: capped at 2 ticals", "Routes covered: all 214 bus routes in the city"),
# or the thing the figure belongs to, set off by its comma: a proper name ("Highest region: Arlenne, 1,412 marrens"),
# not a common noun ("Charge: fraud, 3 counts" counts charges, findings_lists42 H2), or a thing's make ("Engine:
# 1.5-litre petrol, 128 hp"), or the way it moved ("Change on a year earlier: up 10.4 per cent")
DATA_LINE = re.compile(
    r"^[A-Z][^:]{2,60}:\s+(?:[A-Z][^\d,:;()]{0,39}?,\s+|[\d.]+-[a-z]+\s+[a-z]+,\s+|(?:up|down)\s+(?:by\s+)?)?"
    rf"(?:(?:{DATA_LINE_HEDGES})\s+|"
    r"(?:[a-z]+\s+)?(?:at|to|all)\s+)?"
    # (a unit may be set on its figure, "Weight: 214g", "Battery: 5,200mAh", "Take-up: 31%", not a clock's or a
    # rank's "3pm", "3rd", nor a temperature's "12C", which a weather box gives)
    rf"[$€£]?\d[\d,.]*(?:%|(?!(?:am|pm|st|nd|rd|th)\b)[a-z][A-Za-z]{{0,2}}\b|(?:{GLUED_UNIT})\b)?"
    r"(?:\s+(?:million|billion|thousand))?(?:\s+(?![a-z]+ed\b)[a-z%]+){0,4}"
    r"(?:\s+(?:in|of|on|at|for)\s+(?:the\s+)?(?:[A-Za-z]+\s+)?[a-z]+)?\s*(?:[,(;].*)?$"
)


# A labelled line of an order, a receipt or a listing that gives how many of a thing and, it may be, the price of each,
# which DATA_LINE does not read past: "Tickets: 2 x Weekend camping", "Listing 4471: 3 chairs at 40.00 crowns each"
# (the label's number is the listing's or the order's own, an identifier no reader takes for a count)
ITEM_LINE = re.compile(
    # (a letter after "x": "Bedroom 1: 4 x 3.5 metres" is a room's size, no quantity of an item)
    r"^[A-Z][^:]{2,60}:\s+\d[\d,]*\s+(?:x|×)\s+[A-Z][\w'’ ,.-]{0,40}$|"
    r"^[A-Z][^:]{2,60}:\s+\d[\d,]*(?:\s+[a-z][\w-]*){1,3}\s+at\s+[$€£]?\d[\d,.]*(?:\s+[a-z]+)?"
    r"\s+(?:each|apiece|a\s+[a-z]+|per\s+[a-z]+)\.?$"
)
# One part of a line of figures set apart by bars, as a listings page heads its lines ("412 tickets listed | from 168.00
# to 207.90 crowns each"): a count, or a range of prices, its figure first and a word of its unit after it (not a
# date's "16 November", a page's "3 min read | Share", nor "Update 1")
BARRED_COUNT = re.compile(
    r"(?:from\s+)?[$€£]?\d[\d,.]*(?:\s+to\s+[$€£]?\d[\d,.]*)?\s+(?!min\b|mins\b|read\b)[a-z][a-z%-]*(?:\s+[a-z]+){0,4}"
)

# A field's figure given with its sign, a change from an earlier time: "High streets: -4.4%", "Retail parks: +0.9%"
# (a share only: "Operating result: -1.2 million crowns" or "-312 pupils" would be read without its sign, a loss as a
# plain sum)
SIGNED_FIELD = re.compile(r"^([^:]{3,62}:\s+)[-+−](?=\d[\d,.]*\s*(?:%|per\s*cent|percent)\W*$)")

# A line of a document's block of fields, a label and its value: "Employer: Skelland Grid", "Signatures: 2,317"
FIELD_LINE = re.compile(r"^[A-Z][^:\n]{1,60}:\s+\S")
# A field's label that names no count but a reference, a date or the page itself: "Unique reference number: 118604",
# "Reading time: 4 min", "Comments: 12", "Updated: 09:14"
FIELD_NOT_COUNTED = re.compile(
    r"\b(?:number|no\.|ref|reference|code|id|page|pages|issue|vol|volume|edition|phone|tel|telephone|fax|date|time|"
    r"updated|published|posted|read|reading|comments?|shares?|likes?|views?|followers?|weather|temperature|score|"
    r"rating|version|postcode|(?<!\bthis\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bper\s)(?<!\beach\s)years?|age|size|"
    # family details are no claim (tests/ingest_labelling.md, "family"), nor a caption's or a gallery's count
    r"born|married|spouse|partner|children|grandchildren|great-grandchildren|sons?|daughters?|siblings|"
    r"brothers?|sisters?|"
    # a recipe's or a home's details (findings_bare38 F7): "Serves: 4", "Calories: 420", "Bedrooms: 3"
    r"serves|prep|preparation|cooking|calories|kcal|bedrooms|bathrooms|price|"
    r"gallery|galleries|photos?|photographs?|pictures?|pictured|images?|videos?|caption|credit)\W*$",
    re.IGNORECASE,
)


# A caption's or a gallery's line, no document's field: "Pictured: Karl Lodde", "Gallery: 14 photos"
CAPTION_FIELD = re.compile(
    r"^(?:pictured|picture|photo|photograph|photos|image|images|gallery|video|caption|credit)s?:", re.IGNORECASE
)


def _field_line(line: str) -> bool:
    """A line of a document's block of fields, not a caption's ("Pictured: Karl Lodde")."""
    return bool(FIELD_LINE.match(line)) and not CAPTION_FIELD.match(line)


def _barred_figures(line: str) -> bool:
    """
    Whether a line sets counts apart by bars, each its figure first: "412 tickets listed | from 168.00 to 207.90
    crowns each" (not a page's "3 min read | Share | Comments (47)"). A line of labelled bare figures, "Runs: 14 |
    Wins: 6 | Places: 4", is none: one label's unit would be read for all.
    """
    if " | " not in line:
        return False
    parts = [part.strip() for part in line.split("|")]
    return len(parts) >= 2 and all(BARRED_COUNT.fullmatch(part) and not _page_counter(part) for part in parts)


# A bar part's unit that counts no thing of the document but a span of time: "24 hours a day | 7 days a week" (a help
# line's hours), "2 hours ago", "5 minute read"
BARRED_TIME = re.compile(
    r"^\S+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|ago)\b|\bago$", re.IGNORECASE
)
# the page's own counters FIELD_NOT_COUNTED does not name as a label: "4 replies | 38 saves"
PAGE_COUNTERS = re.compile(r"\b(?:replies|reply|saves?|reposts?|retweets?|reactions?|votes?\s+up|upvotes?)$")


def _page_counter(part: str) -> bool:
    """A bar part that is the page's own counter or a span of time: "12 comments", "1,204 views", "24 hours a day"."""
    words = part.split(None, 1)[1] if " " in part else part
    return (
        FIELD_NOT_COUNTED.search(words) is not None
        or PAGE_COUNTERS.search(words) is not None
        or BARRED_TIME.search(part) is not None
    )


# A field that is no neighbour of a line of counts in a block of fields: a byline's, a dateline's or a contact's
# ("Reporter: Mara Quint", "Published: Monday 7 December 2026", "Helpline: 0800 123 4567")
BYLINE_FIELD = re.compile(
    r"^\W*(?:(?:filed|written|words|reporting|compiled|edited|photos?|pictures?)\s+by|by|reporter|author|writer|"
    r"correspondent|editor|helpline|hotline|contact|call|email|e-mail|text|whatsapp|website|web)\s*:",
    re.IGNORECASE,
)
PHONE_VALUE = re.compile(r":\s+\+?\(?\d[\d()]*(?:[ -]\d[\d()]*){1,4}\s*$")


def _field_near(lines: list[str], i: int, *, barred: bool = False) -> bool:
    """
    Whether another line of the document's block of fields stands beside line ``i``, above or under it: a field
    ("Buyer fee: 12 per cent"), one in a list ("- Oakhollow: 5 hectares") or a line of counts set apart by bars
    ("412 tickets listed | from 168.00 to 207.90 crowns each", over "Face value: 189.00 crowns"). Beside a line of
    counts set apart by bars (``barred``), a byline's, a dateline's or a phone number's field is none: "Published:
    Monday 7 December 2026" over "12 comments | 340 shares", "Helpline: 0800 123 4567" over "24 hours a day".
    """
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines):
            near = BULLET.sub("", lines[j], count=1)
            if (
                barred
                and _field_line(near)
                and (_field_not_counted(near) or BYLINE_FIELD.match(near) or PHONE_VALUE.search(near))
            ):
                continue
            if _field_line(near) or _barred_figures(near):
                return True
    return False


def _labelled_fields(lines: list[str], tail: int) -> dict[int, str]:
    """
    The lines of a document's block of fields in the article's body that give a labelled figure: "Number of votes
    cast: 1,912", "Signatures: 2,317 (closed 31 January 2027)", "Junior eights: 46 crews", each beside another field
    ("Employer: Skelland Grid", "Title: ..."), with two paragraphs of the article's prose going on after the block.
    A ballot notice's, a petition's or an inspection report's figures are the article's; a lone "Comments: 12" or a
    box of fields under the story is not. Each line kept maps to its text: a line of several fields keeps only the
    fields that count something or give no figure ("Present: 12 councillors. Room: 4." keeps its first field).
    """
    kept: dict[int, str] = {}
    printed = lines
    # a price list's row with dotted leaders reads as its label and figure: "Hake fillet ........ 13.80" as "Hake
    # fillet: 13.80" (the line itself is kept as the page prints it)
    lines = [DOTTED_LEADER.sub(": ", line, count=1) if "...." in line else line for line in lines]
    # how many lines of the article's prose follow each line (up to two), in one pass from the tail up: a block of
    # thousands of fields must not search the rest of the page for each of its lines (findings_bare38 F4)
    prose = [is_prose(line) for line in lines[:tail]]
    prose_after = [0] * (tail + 1)
    for j in range(tail - 1, -1, -1):
        counted = prose[j] and not _furniture_prose(lines[j])
        prose_after[j] = min(2, prose_after[j + 1] + (1 if counted else 0))
    for i, line in enumerate(lines[:tail]):
        if prose[i]:
            continue
        if _barred_figures(line) and not _field_label(line).isupper() and _field_near(lines, i, barred=True):
            # "412 tickets listed | from 168.00 to 207.90 crowns each" over a listing's fields: its counts are the
            # document's, as its fields' are
            if prose_after[i + 1] >= 2:
                kept[i] = printed[i]
            continue
        # (a signed change, "-4.4%", only in a block of fields the article's prose goes on after: a data box of such
        # lines under the story is furniture)
        if not DATA_LINE.match(SIGNED_FIELD.sub(r"\1", line, count=1)) and not ITEM_LINE.match(line):
            # a line of several fields, each ended by its stop, as minutes head their record ("Present: 47 members.
            # Apologies: 6. In the chair: Hallam Teague."): a block of fields of its own
            if _fields_in_a_line(line) and prose_after[i + 1] >= 2:
                fields = NEXT_FIELD.split(line)
                own = [field for field in fields if not DATA_LINE.match(field.rstrip(".;")) or _counted_field(field)]
                kept[i] = printed[i] if len(own) == len(fields) else " ".join(own)
            continue
        label = _field_label(line)  # "NET EFFECT (party's total)": capitals
        # (a label in capitals heads a section, "NET EFFECT ON BORROWING: 1,320 million"; a fact-check's "Claim 1:"
        # line is claim_line's to keep or not)
        if _field_not_counted(line) or label.isupper() or CLAIM_LINE.match(line):
            continue
        beside = _field_near(lines, i)
        # the article's prose goes on after the block, more than a line of the page's own note under a box of
        # figures ("Farm prices appear every Saturday. Market data supplied by ...")
        if beside and prose_after[i + 1] >= 2:
            kept[i] = printed[i]
    return kept


# Where a line of fields passes from one to the next: after a field's stop, before the next label ("Present: 47
# members. Apologies: 6.")
NEXT_FIELD = re.compile(r"(?<=[.;])\s+(?=[A-Z][^:.]{1,40}:\s)")


def _fields_in_a_line(line: str) -> bool:
    """Whether a line sets several fields side by side, one at least a labelled figure that counts something."""
    fields = NEXT_FIELD.split(line)
    return (
        len(fields) >= 2
        and all(_field_line(field) for field in fields)
        and any(DATA_LINE.match(field.rstrip(".;")) and _counted_field(field) for field in fields)
    )


# A field of a line of fields whose bare figure numbers the one thing its label names, no count of it: "Room: 4",
# "Platform: 4", "Agenda item: 7" (a count's label names the things counted, "Apologies: 6", "Boats entered: 31",
# or its figure names them, "Present: 47 members")
BARE_FIGURE_FIELD = re.compile(r"^[^:]+:\s+\d[\d,]*[.;]?$")
COUNTED_LABEL_WORD = re.compile(
    r"\b(?:[a-z]+[^su\W]s|people|staff|attendance|turnout|crowd|workforce|membership|personnel)\b", re.IGNORECASE
)


def _counted_field(field: str) -> bool:
    """Whether one field of a line of fields counts something: not a reference, a date, a heading's capitals or
    the number of a room, a platform or an item."""
    return (
        not _field_not_counted(field)
        and not _field_label(field).isupper()
        and not (BARE_FIGURE_FIELD.match(field) and not COUNTED_LABEL_WORD.search(_field_label(field)))
    )


def _live_after(lines: list[str], end: int) -> bool:
    """Whether a list ending before ``end`` heads a live page: the next line opens on a post's stamp, or the page has
    at least LIVE_STAMPS of them."""
    following = next((line for line in lines[end:] if line.strip()), "")
    return POST_STAMP.match(following) is not None or sum(1 for line in lines if POST_STAMP.match(line)) >= LIVE_STAMPS


def _body_lists(lines: list[str]) -> dict[int, str]:
    """
    The bulleted lists that are the article's own, by line: a list its lead-in sentence runs into ("According
    to the agency:" then "27 people have died;" ...), a list of whole sentences, or a list of labelled figures
    ("Mains bursts: 2,460 in the year"). Lists of headlines (other stories, furniture) are none of these: they
    end without a full stop and a headline is not a labelled figure. Each line kept maps to its text, the
    lead-in and its items to one paragraph (the first item carries it), every other line of it to "".
    """
    kept: dict[int, str] = {}
    i = 0
    while i < len(lines):
        if not BULLET.match(lines[i]):
            i += 1
            continue
        # a numbered line over items set off by dashes is a section's heading over its list, not one of its items
        # ("1. Summary" then "- Fatal accidents: 2"): a list runs while its items are marked alike
        numbered = _numbered(lines[i])
        j = i + 1
        while j < len(lines) and BULLET.match(lines[j]) and _numbered(lines[j]) == numbered:
            j += 1
        heading = lines[i - 1] if i > 0 else ""
        summary = LIVE_SUMMARY_HEADING.match(heading)
        if summary is not None and summary.group("points") is not None and not _live_after(lines, j):
            summary = None  # an ordinary article's "Key points" box: its own news
        if (FURNITURE_HEADINGS.match(heading) or summary is not None) and not is_prose(heading):
            # "Most viewed" then a list: other pages' headlines, whatever they look like; "Key events" then a list:
            # the live page's index of its own entries
            i = j
            continue
        items = [BULLET.sub("", line, count=1).strip() for line in lines[i:j]]
        lead = lines[i - 1] if i > 0 else ""
        if _lead_in(lead) and all(
            _list_item(item) or _sentence_case(item) or _clause_item(item) or _named_figure_item(item) for item in items
        ):
            # items a list leaves unpunctuated are joined as the clauses of one sentence
            ended = [
                item if item.endswith((";", ".")) else item + (";" if k < len(items) - 1 else ".")
                for k, item in enumerate(items)
            ]
            kept[i - 1] = " ".join([lead, *ended])
            kept.update({k: "" for k in range(i, j)})
        elif _subheading(lead) and (
            all(_clause_item(item) or _clause_item(_digits_as_word(item)) for item in items)
            # "What we found" then "- Nine of the 31 trusts removed patients from their lists": findings written
            # as sentences without their full stops, each with its figure; a list of headlines has a furniture heading
            or all(
                _sentence_case(item)
                and FINDING_FIGURE.search(item)
                and not DATA_LINE.match(item)
                and len(WORD.findall(item)) >= 6
                for item in items
            )
        ):
            # "What we found" then "- the 412 libraries open in 2019 are now down to 349": findings written small
            # under a subheading of the article's own, each a sentence of its own
            kept.update({k: _ended(item) for k, item in zip(range(i, j), items, strict=True)})
        elif all(is_prose(item) for item in items) or all(_sentence_case(item) and has_cue(item) for item in items):
            kept.update({k: item for k, item in zip(range(i, j), items, strict=True)})
        elif all(DATA_LINE.match(item) for item in items):
            # a box of labelled figures: every item the article's but a rating's ("Euro NCAP: 5 stars"), whatever its
            # label names ("Average asking price: 241,300 drasks" is a claim, as a field of a block it would not be)
            kept.update({k: item for k, item in zip(range(i, j), items, strict=True) if not RATING_VALUE.search(item)})
        elif _labelled_figures(items):
            # a slide's or a spec sheet's list of labelled figures, some of them worded past what DATA_LINE reads
            # ("Dividend: at least 0.42 tallers a share for 2026", "Software updates: promised for 6 years"): each
            # item that counts something is the article's, a date's, a reference's or a rating's field is not
            kept.update({k: item for k, item in zip(range(i, j), items, strict=True) if not _field_not_counted(item)})
        i = j
    return kept


# A field labelled by a date alone: "2024: 148 million", "11 October 2028: 231 million", "May 2028: 212 million"
DATED_LABEL = re.compile(rf"^(?:(?:\d{{1,2}}\s+)?{MONTH_NAME}\s+)?(?:19|20)\d\d(?:[-/]\d\d)?\s*:")


def _numbered(line: str) -> bool:
    """Whether a list's line is marked by its number ("1. Summary", "2) Costs"), not by a dash or a dot."""
    bullet = BULLET.match(line)
    return bullet is not None and bullet.group(1)[0].isdigit()


def _labelled_figures(items: list[str]) -> bool:
    """
    A list of labelled figures: each item gives a figure, as a field ("Staff: 7,800", "Switch-off date: March
    2027") or a clause ("2.9 million mobile customers", "Core profit guidance raised to 880 million"), and one at
    least is a labelled figure DATA_LINE reads. A list of headlines has no such line, and a contact box gives no
    figure to count ("Tel: 0148 220 3311" is a field not counted).
    """
    if not any(DATA_LINE.match(item) and not _field_not_counted(item) for item in items):
        return False
    if any(DATED_LABEL.match(item) for item in items):
        return False  # "2024: 148 million", "May 2028: 212 million": a timeline's steps, told in the article above
    return all(
        re.search(r"\d", item) and (_field_line(item) or _sentence_case(item) or re.match(r"[$€£]?\d", item))
        for item in items
    )


# A field's value that is a rating, whatever its label: "Euro NCAP: 5 stars", "Verdict: 4/5", "Score: 8 out of 10"
RATING_VALUE = re.compile(r":\s+\d[\d.]*\s*(?:stars?\b|/\s*\d|out\s+of\s+\d)", re.IGNORECASE)


def _field_not_counted(line: str) -> bool:
    """A field whose label names a date, a reference or the page itself, or whose value is a rating, no count:
    "Switch-off date: March 2027", "Euro NCAP: 5 stars"."""
    if ":" not in line:
        return False
    return (
        FIELD_NOT_COUNTED.search(_field_label(line)) is not None
        or CAPTION_FIELD.match(line) is not None
        or RATING_VALUE.search(line) is not None
    )


def _field_label(line: str) -> str:
    """
    A field's label without its brackets and the rate it is given per ("Average classifications per image": the
    classifications are counted, not the image, as FIELD_NOT_COUNTED would read a label ending on "image").
    """
    label = re.sub(r"\([^()]*\)", "", line.split(":", 1)[0]).strip()
    return re.sub(r"\s+(?:per|a|an|each)\s+[\w-]+$", "", label)


FINDING_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|twice|dozens?|hundreds|thousands)\b",
    re.IGNORECASE,
)


def _lead_in(line: str) -> bool:
    """ "According to the civil protection agency:", "The report found that:": a sentence a list completes."""
    words = WORD.findall(line)
    if not line.endswith(":") or len(words) < 3 or BULLET.match(line) or FURNITURE_HEADINGS.match(line):
        return False
    if re.match(r"\W*According\s+to\b", line):
        return True  # "According to CSR:": a source, whose name may be all the capitals the line has
    return sum(1 for w in words[1:] if w[0].isupper()) / len(words[1:]) < 0.5


def _subheading(line: str) -> bool:
    """
    "What we found", "Key findings": a short line of the article's own that heads what follows, not a sentence and
    not the page's furniture.
    """
    words = WORD.findall(line)
    if not 1 <= len(words) <= 6 or is_prose(line) or BULLET.match(line) or FURNITURE_HEADINGS.match(line):
        return False
    return not FURNITURE_LINES.match(line) and not re.search(r"[|·≡•@]|\d", line)


def _digits_as_word(item: str) -> str:
    """ "29 more have been handed over": a clause that opens on its figure reads, for its case, as a word."""
    return re.sub(r"^[\d,.]+(?=\s+[a-z])", "some", item)


def _ended(item: str) -> str:
    """A list item written without its full stop, given one so it reads as a sentence of its own."""
    return item if item.endswith((".", ";", "!", "?")) else item + "."


def _sentence_case(item: str) -> bool:
    """
    "Files relating to about 61,000 residents were copied": a clause written as prose, its full stop left off
    as lists do; a headline capitalises its words ("Tesla Breaks Records Again").
    """
    words = WORD.findall(item)
    if len(words) < 4 or not (item[0].isupper() or item[0].isdigit()):
        return False
    later = words[1:] if item[0].isalpha() else words
    return sum(1 for w in later if w[0].isupper()) / len(later) < 0.3


def _clause_item(item: str) -> bool:
    """
    "the fund rises to 48 million from 22 million": an item written small, the lead-in's sentence going on
    ("Key facts, according to the foundation:"); only after a lead-in, where a menu's links do not stand.
    """
    # "applications open on 12 January": a date's capital is no headline's
    words = WORD.findall(CALENDAR_WORD.sub("", item))
    if len(words) < 3 or not item[:1].islower():
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) < 0.3


CALENDAR_WORD = re.compile(
    r"\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _named_figure_item(item: str) -> bool:
    """
    "Skarvholm Bank (900 MW), developed by Nordlys Havkraft": after a lead-in the sentence runs into ("the winning
    projects are:"), an item of names and a figure; names are all capitals, which no headline test can tell apart.
    """
    return bool(re.search(r"\d", item)) and len(WORD.findall(item)) >= 3 and not re.search(r"[|·•]", item)


def _list_item(item: str) -> bool:
    """ "27 people have died, up from 18 on Sunday;": an item that goes on the sentence its lead-in began."""
    return item.endswith((";", ".")) and len(re.findall(r"\w+", item)) >= 3


def _repair_split_words(lines: list[str]) -> list[str]:
    """
    Join a word a scrape cut across lines ("North Kor" / "ea's troops", "deploy-" / "ment").
    A line that stops mid-sentence and a next line that starts in lower case are one paragraph;
    whether the break fell inside a word is decided by the article's own vocabulary: the joined
    word occurs elsewhere in it, or the fragments do not.
    """
    vocabulary: set[str] | None = None  # read only for a page that has a split to repair: most have none
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line):
            if vocabulary is None:
                vocabulary = {w.lower() for w in WORD.findall("\n".join(lines))}  # no word runs across a line
            out[-1] = _join(out[-1], line, vocabulary)
        else:
            out.append(line)
    return out


def _continues(previous: str, line: str) -> bool:
    # (a rule of hyphens on a line of its own, "---", is a break between paragraphs, never a word's first half: the
    # line under it is a paragraph of its own, a printed document's masthead or the paper's "OUR NOTES" after it; a
    # hyphen after a digit is a word's first half: "the 2-" / "hour ticket", "COVID-19-" / "related")
    hyphenated = previous.endswith("-") and previous[-2:-1].isalnum()
    return bool((line[:1].islower() and previous[-1:].isalpha()) or (hyphenated and line[:1].isalpha()))


def _join(previous: str, line: str, vocabulary: set[str]) -> str:
    head = re.search(r"([A-Za-z'’]+)-?$", previous)
    tail = re.match(r"([A-Za-z'’]+)", line)
    if not head or not tail:
        return f"{previous} {line}"
    left, right = head.group(1), tail.group(1)
    joined = (left + right).lower()
    hyphenated = previous.endswith("-")
    if hyphenated:
        # "deploy-" + "ment": one word unless the hyphenated compound is the article's own spelling
        if f"{left}-{right}".lower() in vocabulary and joined not in vocabulary:
            return previous + line
        return previous[:-1] + line
    whole_elsewhere = joined in vocabulary or joined.rstrip("'’s") in vocabulary
    fragments_are_words = left.lower() in vocabulary - {joined} and right.lower() in vocabulary - {joined}
    if whole_elsewhere or not fragments_are_words or len(left) <= 2 or len(right) <= 2:
        return previous + line
    return f"{previous} {line}"


class _TextExtractor(HTMLParser):
    SKIP = {
        "title", "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "button", "select"
    }  # fmt: skip
    BLOCK = {
        "p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr",
        "blockquote", "figcaption", "figure", "main", "table", "dd", "dt", "pre", "hr",
    }  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "li" and not self.skipping:
            self.parts.append("• ")  # list items are headline lists far more often than body text

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def _answer(line: str) -> bool:
    return is_prose(line) and not BULLET.match(line)
