"""
Tables read as tables: a block of rows whose cells are set apart by "|", tabs or runs of spaces.

A table's cells are bare figures ("24,600", "Cost: 1,600 million"): what they count is said once, above them, in
the column's header ("Cost (m)", "Votes"), the row's label, or the caption ("PRICES PER HECTARE (tolnars)", "All
figures tolvars, first full year"), and who gives them in a "Source:" line. Read sentence by sentence, a row has
none of that, so its figures went unread or took the unit of whatever the page counted last. The reader finds the
blocks of a page once, and the engine asks it, for each sentence that is a row, the unit of the row's bare figures
and whose they are. A block is a table only with at least two rows of the same number of cells that give figures
after their label: a single "Label: value" line, a run of dates or a line of aligned words is none. A row may be
followed by a note ("POST NOTE: ...") before the next row: an annotated table is still one table. A table with no
unit in its header, label or caption tells nothing and is left to the sentence reader.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from ingest.cues import (
    CASUALTY_WORDS,
    DISH_WORDS,
    EARLIER_EVENT_NOUN,
    HEADER_NOT_UNITS,
    JOINING_WORDS,
    MENU_WORDS,
    MONEY_HEAD_WORDS,
    MONEY_PARTICIPLES,
    NOT_BRACKET_UNITS,
    NOT_RATE_UNITS,
    NOT_UNIT_OPENINGS,
    PRICE_WORDS,
    RATE_MEASURES,
    RESULT_ROLE_HEADS,
    SETTING_APART_WORDS,
    SUM_HEADS,
    SUM_PLURALS,
    TIMETABLE_WORDS,
)
from ingest.dates import MONTH_NAME, MONTHS, WEEKDAY_NAME
from ingest.number_words import SCALES, SMALL_NUMBER_WORDS

# What sets a row's cells apart: a bar, a tab, or two spaces or more
CELL_BREAK = re.compile(r"\s*\|\s*|\t+| {2,}")
# A cell that gives a figure, maybe after a label of its own ("Cost: about 1,250 million", "290,000", "12.5%")
FIGURE_CELL = re.compile(
    r"^(?:[A-Z][\w ]{0,20}:\s*)?(?:about\s+|around\s+)?[$€£]?\d[\d,.]*(?:\s*(?:%|per\s+cent|million|billion|m|bn))?$"
)
# Dotted leaders between a row's label and its figure, as a price list or a league table sets them: "Hake fillet
# ........ 13.80", "Aeroquill ..... 64.5" (possessive and from the run's start only: a long run of dots with no
# figure after it fails at once, not trying each shorter run from each dot, findings_columns39 M3)
DOTTED_LEADER = re.compile(r"(?<![.\s])\s*+\.{4,}+\s*+(?=[$€£]?\d)")
# A caption over a restaurant's or a café's list of dishes, whose prices are a menu's, no claims: "Menu (marrens):",
# "Lunch at the Anchor this week (zorins):"
MENU = re.compile(rf"\b(?:{MENU_WORDS})\b", re.I)
# A row's label that names a dish ("Crab soup", "Lemon tart"): a list most of whose rows do is a menu too
DISH = re.compile(rf"\b(?:{DISH_WORDS})\b", re.I)
# A lead-in over a timetable ("First sailings from Skelmory"), whose rows' "7.15" is a clock time ...
TIMETABLE = re.compile(rf"\b(?:{TIMETABLE_WORDS})\b", re.I)
# ... a time of day written with a point, as British style writes it
CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# A row's label that names a share of its own, which no caption's count over other rows is: "Turnout ........ 61.2"
OTHER_MEASURE = re.compile(r"\W*(?:turnout|swing)\b", re.I)
PERCENT_NAMED = re.compile(r"%|\bper\s*cent", re.I)
# A year or a span of years, which heads a column or names a row and is no figure ("2027/28", "2024-25")
YEAR_CELL = re.compile(r"^(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?$")
# A unit a header or caption gives in brackets: "(tolnars)", "Cost (m tolvars)", "(per cent of capacity)"
BRACKETED_UNIT = re.compile(
    r"\((?:in\s+)?(?:(?P<scale>m|bn|millions?|billions?|thousands?)(?:\s+of)?\s+)?(?P<unit>[a-z][a-z ]{1,30}?)\)", re.I
)
# A caption that says what every figure is in: "All figures tolvars", "All figures in kestels"
ALL_FIGURES_IN = re.compile(r"\bAll\s+figures\s+(?:are\s+)?(?:in\s+)?(?P<unit>[a-z]+)\b", re.I)
# A caption or a list's lead-in that names a rate as the unit of every figure under it, set off by commas or a bracket:
# "Haldane Cross Metals Exchange, settlement prices, merks a tonne", "THIS WEEK (average price, marrens a litre)",
# "Table 1: Dust (PM10), micrograms per cubic metre, quarterly mean", "Average prices in tolders per kilo; Monday's
# averages in brackets"
LEAD_IN_RATE = re.compile(
    rf"(?:^|[,(:;]\s*|\bin\s+)(?!(?:{NOT_RATE_UNITS})\b)(?P<unit>[a-z]+s\s+(?:a|an|per)\s+{RATE_MEASURES})"
    r"\s*(?:[,();]|:?$)",
    re.I,
)
# A line of a list that gives one figure after its label, bare ("- Zinc: 2,585 (last week 2,640)", "Station D1,
# Rookby Lane: 31 (Quarter 2: 27)", "Petrol: 1.874, up from 1.855 last week", "Cheapest region for petrol: Harnley,
# 1.829", "Castle Street: 410 / 362" under a key of two columns, "Shifts on the rota / shifts filled"): what it counts
# is the list's lead-in's to say. A figure with a unit of its own ("21g", "14 tonnes") or a clock time ("10:45") is none
LEAD_IN_ROW = re.compile(
    r"^(?:[-•*–]\s*)?(?P<label>[^\s:\d][^:]{0,90}):\s+(?:[A-Z][\w'’ -]{0,30},\s+)?(?P<figure>[$€£]?\d[\d,]*(?:\.\d+)?)"
    r"(?:\s*\([^()]*\)|,\s+[^:]*|\s/\s\d[\d,]*(?:\.\d+)?)?\.?$"
)
# A lead-in that opens on the plural noun its list's figures count, told by what follows it, a participle, "open" or
# a preposition, as a heading over a block of "Label: figure" lines names its unit once: "Hours open each week,
# proposed (current hours in brackets)", "Shifts on the rota / shifts filled", "Visits recorded by branch"
LEAD_IN_NOUN = re.compile(
    r"(?P<noun>[A-Z][a-z]{2,}[^s\W]s)\s+(?:[a-z]{2,}ed|open|given|held|spent|lost|sold|won|on|at|in|per|each|a)\b"
)
# The plural nouns of a duration, which HEADER_NOT_UNITS keeps from a column's header (a timetable's, a race's) but
# which a lead-in that opens on one counts: "Hours open each week", "Days lost to sickness"
DURATIONS = {"hours", "days", "weeks", "months", "minutes"}
# A lead-in's closing bracket that names the sums of money its figures are, in the currency it names or the page's:
# "SCHEDULE (adjusted values in lenns)", "(estimated cost in dalers)", "(amounts paid)"
SUMS_BRACKET = re.compile(
    rf"\((?:[a-z]+\s+){{0,2}}(?:values?|amounts?|sums?|{MONEY_HEAD_WORDS})(?:\s+in\s+(?P<unit>[a-z]+s)|\s+[a-z]+)?\)$"
)
# A row's label that names what its own figure counts by a plural noun and a participle ("Vehicles suspended on the
# spot", "Fixed penalty notices issued by police", "Drivers reported for ..."), or a sum, a share or a measure of its
# own ("Average price", "Turnout"), or an identifier, an age, a year or a time, which is no count ("Reference", "Age
# of the oldest", "Helpline"): none of them takes the noun another row's label counts
# A row's label that opens on a participle, naming what was done with a part of what the row above counted:
# "Transferred to other public museums", "Destroyed because of damage", "To be offered for sale", "Not yet repaired"
PART_OPENING = re.compile(
    r"(?:to\s+be\s+|not\s+(?:yet\s+)?)?(?:[a-z]{3,}ed|given|held|sold|lost|won|spent|taken|sent|seen|made|kept|found"
    r"|written|withdrawn|broken|stolen|shown|done)\b",
    re.I,
)
# A key's bracket that names sums of money as what the brackets hold: "(current fees in brackets)"
MONEY_KEY = re.compile(rf"\b(?:{MONEY_HEAD_WORDS}|{'|'.join(sorted(SUM_HEADS | SUM_PLURALS))}|amounts?|sums?)\b")
# What a summary box's heading says after its noun, which makes the noun the box's, no unit of its rows: "Stats at a
# glance", "Essentials in brief", "Facts in numbers"; and the nouns of such a box's heading ("Key stats")
SUMMARY_BOX = re.compile(
    r"\s+(?:at\s+a\s+glance|in\s+(?:brief|short|numbers|figures|focus|full|summary)|by\s+the\s+numbers)\b"
)
SUMMARY_NOUNS = {"stats", "statistics", "essentials", "basics", "particulars", "specifics", "vitals", "headlines"}
# A heading's word that sets its noun across the rows, one figure of it to each ("Seats filled at each venue",
# "Visits recorded by branch", "Hours open each week"), where a heading of what is on ("Classes held at the library",
# "Events on this weekend") names what each row is, no count
ACROSS_ROWS = re.compile(r"\b(?:each|every|per|by|a|an)\b|/", re.I)
# The last hour of a day a listing's bare figure may be ("Greggs: 8", "Chess club: 2")
HOURS_OF_DAY = 24
# The marks that open a list's bulleted row
BULLETS = "-•*–"
OWN_NOUN_DONE = re.compile(r"\b[a-z]{2,}[^s\W]s\s+(?:[a-z]{2,}ed|given|held|spent|lost|sold|won)\b", re.I)
OWN_MEASURE_LABEL = re.compile(
    rf"\b(?:{MONEY_HEAD_WORDS}|{'|'.join(sorted(SUM_HEADS | SUM_PLURALS))}|{MONEY_PARTICIPLES}|{CASUALTY_WORDS}"
    r"|average|median|mean|share|turnout|per\s+cent|percentage"
    r"|rate|ratio|score|value|amount|sum|age|aged|year|date|time|hours?|minutes?|ref|reference|no|number|code|phone"
    r"|telephone|tel|helpline|extension|account|policy|id|pin|postcode|case|record)\b",
    re.I,
)
NOT_A_UNIT = re.compile(rf"(?:{NOT_UNIT_OPENINGS})\b")
# A bracket's plural that names a note on a list or the days a timetable runs on, no unit: "(key facts)", "(weekdays)"
NOT_BRACKET_UNIT = re.compile(rf"(?:{NOT_BRACKET_UNITS})", re.I)
# A row's label that names what its own figure counts, which a lead-in's unit is not: "Lorries loaded a day: 312",
# "Number of stations surveyed: 412", "Vehicles a day: 23,000" under "Quarry prices, merks a tonne" (a plural noun
# with its number or total, a participle or a rate, none of which an item's name has: "Prawn tails: 11.80")
OWN_COUNT_LABEL = re.compile(
    rf"(?P<number>(?:the\s+)?(?:number|total)\s+of\s+)?(?P<noun>[a-z]{{3,}}[^s\W]s)(?P<done>\s+[a-z]{{2,}}ed)?"
    rf"(?P<rate>\s+(?:a|an|per)\s+{RATE_MEASURES})?",
    re.I,
)
# How many rows a lead-in's list must hold: a single "Label: value" line under a heading is no list
LEAD_IN_ROWS = 2
# A column's header that is a plural noun, maybe after one word that qualifies it, naming what the column's bare
# figures count: "| Registrations |", "| Empty homes |" (not a league table's "Points" nor a timetable's "Departs")
HEADER_NOUN = re.compile(rf"(?:[A-Za-z]+\s+)?(?!(?:{HEADER_NOT_UNITS})$)(?P<noun>[A-Za-z]{{3,}}[^s\W]s)", re.I)
# Heads of a column or caption that count something, each with the unit of its figures
COUNTING_HEADS = {
    "votes": "votes",
    "seats": "seats",
    "%": "percent",
    "per cent": "percent",
    "percent": "percent",
}
# Heads of a column or caption that give sums of money: their figures are in the page's currency
MONEY_HEADS = re.compile(rf"\b(?:{MONEY_HEAD_WORDS})\b", re.I)
# A "Source:" line, or a caption's "Source: ..." sentence: whose the figures are
SOURCE = re.compile(r"\bSources?:\s*(?P<source>[^.;\n]+)")
# Words of a source that name its part or its document, not who gives it: "Commonweal Party costings unit"
SOURCE_TAIL = re.compile(r"(?:,.*|\s+(?:costings\s+unit|press\s+release|returns|figures|data|analysis)\b.*)$")
# A candidate's result on a line of its own, no bar between name and votes: "Aske Brunholm (Commonweal) 1,862"
RESULT_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} \([A-Z][^()]{1,40}\)"
RESULT_ROW = re.compile(rf"^(?P<who>{RESULT_NAME}) (?P<votes>\d[\d,]*)$")
RESULT_CELL = re.compile(RESULT_NAME)
RESULT_ROW_END = re.compile(r"\) \d[\d,]*$", re.M)
# A heading over an election's results: "QUARRY WARD - declared 23:48", "Commonweal gain from Civic Renewal"
RESULTS_HEADING = re.compile(r"\b(?:results?|declared|declaration|elected|gain|hold|count|by-election)\b", re.I)
# What a page must name for such lines to be votes: a vote, a ward, a party, a poll, an election's count (a football
# report's "Weekend results" or a club's "Officers elected" names none of them)
VOTE_WORDS = re.compile(
    r"\b(?:votes?|voted|voters?|voting|wards?|part(?:y|ies)|polls?|polling|ballots?|(?:by-)?elections?|turnout|"
    r"the\s+count)\b",
    re.I,
)
# A bracket that holds a role or a side, not a party: "Mary Jones (Treasurer) 14", "Jon Ash (Harbour Rovers) 2"
NOT_A_PARTY = re.compile(rf"\b(?:{RESULT_ROLE_HEADS}|FC|Rovers|United|Athletic|Wanderers|Town|Club)\b", re.I)
# A caption that names whose the figures are, with no "Source:" line: "Brask Mutual: selected rates from 17 May",
# "Brask Mutual's fixed rates this week", "Table 2: Vellmoor Water figures" (a name of capitalised words, before a
# colon, a possessive or a word for figures)
OWNER_NAME = r"(?P<owner>(?:[A-Z][\w&'’.-]*|of|and|for|the|&)(?: (?:[A-Z][\w&'’.-]*|of|and|for|the|&)){0,5})"
CAPTION_OWNER = re.compile(
    rf"^(?:(?:Table|Figure|Chart|Box)\s+[A-Z]?\d+[a-z]?\s*[:.–—-]\s*)?{OWNER_NAME}"
    r"(?:\s*:\s+(?=[a-z0-9])|['’]s?\s+(?=[a-z0-9])|\s+(?=(?:figures|data|rates|prices|results|returns|tables?)\b))"
)
# A caption's bracket that names whose the figures are: "(BCA measurements, autumn 2026)", "(Vellmoor Water figures)"
BRACKETED_OWNER = re.compile(
    rf"\({OWNER_NAME}\s+(?:figures|data|measurements|estimates|survey|count|analysis)\b[^()]*\)"
)
# The first words of a caption that name no body: "Results for SN", "Table 2", "All figures", "Source"
NOT_AN_OWNER = re.compile(
    r"^(?:the\s+)?(?:table|figure|chart|box|all|source|results?|our|your|key|latest|new|total)\b", re.I
)
# A cell's earlier figure in brackets after its own: "4.39% (was 4.65%)", "3,200 (previously 2,900)", "9.40 (last week
# 9.10)", "19 (previous week 23)", "9.12 million (previous year: 8.05 million)": the cue inside the bracket, before the
# figure, says it is the earlier one. The one reader of it, for a table's cells and a sentence's figures alike
# (ingest/numbers.py); a bare one, "3,200 (2,900)", only under a header or key that says its brackets hold the earlier
# figure (EARLIER_HEADER, EARLIER_CAPTION): else it is a part ("1,240 (310)" of which day cases) or another count
# ("3 (1)" at half-time), a claim of its own
EARLIER_CUE = (
    r"(?:was|previously|prev\.?|from|(?:last|previous|the\s+previous)\s+(?:year|week|month|quarter|season|term|sale|"
    # "(last count 9.8)", "(last survey 24 per cent)": the earlier event of the same kind (but "(last show 21.30)" is
    # the day's final one: earlier_in_bracket)
    rf"{EARLIER_EVENT_NOUN})|"
    # "(4 weeks ago: 47.95)", "(a year earlier 3,100)": a span back from the figure's own time
    rf"(?:a|an|one|{SMALL_NUMBER_WORDS}|\d{{1,2}})\s+(?:years?|weeks?|months?|quarters?|days?)\s+"
    r"(?:ago|earlier|before))"
)
# A rate's period between a figure and its bracket: "34.85 sternes a month (was 32.00)"
_RATE_BEFORE_BRACKET = (
    r"(?:\s+(?:a|an|per|each)\s+(?:day|week|month|quarter|year|kilo|kilogram|tonne|litre|head|person))?"
)
# A cell's earlier figure in brackets after its own, the whole bracket: "9.40 (last week 9.10)"
EARLIER_AFTER_FIGURE = re.compile(rf"\s*\(\s*{EARLIER_CUE}\s*:?\s+[$€£]?\d[\d,.]*\s*\)$", re.I)
EARLIER_IN_CELL = re.compile(rf"{_RATE_BEFORE_BRACKET}\s*\(\s*{EARLIER_CUE}\s*:?\s+$", re.I)
# A bracket that labels its figure by the time it was counted, before a colon: "(2027: 131)", "(Q3 2027: 1,038)",
# "(Harvest Monday 2027: 5,310)", "(April to September 2027: 151,900)", "(2027 actual: 376,500)", "(September:
# 398)", "(Quarter 2: 27)": the earlier value only when that time is before the page's own (earlier_label), and never a
# target or a forecast ("(target: 97 per cent)", "(2029 forecast: 400)")
EARLIER_LABEL_IN_CELL = re.compile(
    rf"{_RATE_BEFORE_BRACKET}\s*\(\s*"
    # before the time only a named day ("Harvest Monday 2027") or the month a span runs from ("April to September
    # 2027"), not a place's or a group's name ("(London 2026: 120)", "(Men 2027: 180)": a part)
    rf"(?:(?:[A-Z][a-z]+\s+)?{WEEKDAY_NAME}\s+|{MONTH_NAME}\s+to\s+)?"
    rf"(?:(?:Q|Quarter\s+)(?P<quarter>[1-4])\b\s*|(?P<month>{MONTH_NAME})\b\s*)?"
    # a year, or a year that runs across two ("(2025-26: 1,187)", a financial or a school year, by the year it ends)
    r"(?:(?P<year>(?:19|20)\d\d)(?:[-/–](?P<year_end>\d\d))?)?"
    r"(?:\s+(?:actual|outturn|figure|total|final))?\s*:\s+$"
)


def _time_label(between: str) -> re.Match[str] | None:
    """A bracket's label that names a time, not a target's or a forecast's ("(2027: ", not "(2029 forecast: ")."""
    label = EARLIER_LABEL_IN_CELL.fullmatch(between)
    if label is None or KEY_AHEAD.search(between) or not (label["year"] or label["quarter"] or label["month"]):
        return None
    if label["year_end"] is not None and not _one_year_on(label["year"], label["year_end"]):
        # "(1990-95: 1,800)": a span of years holds an average or a total, not the point figure a year across two
        # (a financial or a school year) does; "(2025-06: " is a year and a month
        return None
    return label


def _one_year_on(start: str, end: str) -> bool:
    """Whether two digits end a year across two begun in ``start``: "26" after "2025", "00" after "2099"."""
    return int(end) == (int(start) + 1) % 100


# The time a sentence sets its figure in, before it: "In 2024 the club had", "Sales in March were"
# ("In 2026-27 the academy enrolled": a year across two, by the year it ends, as a bracket's label is read)
OWN_YEAR_BEFORE = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?:[-/–](?P<year_end>\d\d))?\b")
OWN_MONTH_BEFORE = re.compile(rf"\bin\s+(?P<month>{MONTH_NAME})\b", re.IGNORECASE)
# A bracket's own text: an earlier bracket's label ("300 members (2027: 280) and 40 staff") is no time of the sentence's
BRACKETED = re.compile(r"\([^()]*\)")


def own_time(before: str, when: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """
    The time a bracket's label is set against (findings_revisions41 F2): the year and the month the sentence names
    before its figure ("In 2024 the club had 300 members (2026: 340)" is no revision of 300), else the page's
    (``when``); a year of the sentence's own other than the page's leaves no month to set a month's label against.
    What an earlier bracket holds is not the sentence's own time (read-back 41 b, item 1).
    """
    if "(" in before:
        before = BRACKETED.sub(" ", before)
    years = [
        int(found["year"]) + 1
        if found["year_end"] and _one_year_on(found["year"], found["year_end"])
        else int(found["year"])
        for found in OWN_YEAR_BEFORE.finditer(before)
    ]
    months = OWN_MONTH_BEFORE.findall(before)
    if not years and not months:
        return when
    year = years[-1] if years else when[0]
    if months:
        return year, MONTHS[months[-1].lower()]
    return year, when[1] if year == when[0] else None


def earlier_opening(between: str, when: tuple[int | None, int | None]) -> bool:
    """
    Whether a bracket opened between two figures holds the earlier value of the first, by a cue ("(was ", "(last
    week ") or a label of a time before ``when`` ("(September: " on a page of October), as a sentence's figures fold it
    (earlier_in_bracket): without a date known, a label places no time.
    """
    return EARLIER_IN_CELL.fullmatch(between) is not None or earlier_label(between, *when)


def _label_year(label: re.Match[str]) -> int:
    """
    The year a label's time ends in: "2027", or "2026" for "2025-26" (a year across two is over only when the second
    is; "2099-00" ends in 2100).
    """
    start = int(label.group("year"))
    if label.group("year_end") is None:
        return start
    end = start // 100 * 100 + int(label.group("year_end"))
    return end + 100 if end < start else end


def earlier_label(between: str, year: int | None, month: int | None = None) -> bool:
    """
    Whether a bracket opened between two figures labels the second by a time before the page's (``year``, ``month``):
    a year before the page's; without a year, a quarter or a month before the page's own in the same year.
    """
    label = _time_label(between)
    if label is None or year is None:
        return False
    if label.group("year"):
        return _label_year(label) < year
    if month is None:
        return False
    if label.group("quarter"):
        return int(label.group("quarter")) < (month - 1) // 3 + 1
    if label.group("month"):
        return MONTHS[label.group("month").lower()] < month
    return False


BARE_EARLIER_IN_CELL = re.compile(r"\s*\(\s*$")
# A column header (or a caption) that says a cell's bracketed figure is its earlier one: "Rate (previous)", "Homes
# (last year)", "2027 (2026)", "Now (was)"
EARLIER_HEADER = re.compile(
    r"\((?:was|previous(?:ly)?|prev\.?|last\s+year|(?:19|20)\d\d(?:[-/]\d\d)?)\)|\b(?:previous|last\s+year)\b", re.I
)
# A caption or key that says so of every figure under it: "Rates this week (previous week in brackets)", "Figures for
# 2027 are given in brackets", "Monday's averages in brackets", "Last year's landings are shown in brackets". The time
# must be the brackets' own: right before "in brackets", or apart from it only by words for figures ("figures",
# "averages") and "are given"; "Entries in 2031, with girls in brackets" names the figures' year, and its brackets
# hold another count (findings_columns39 H1, H2)
# The words for the sums a price list or a table of charges gives count as such words ("last year's fee in brackets",
# "previous charge in brackets"), and "old" names the time before as "previous" does ("old price in brackets")
_KEY_SUMS = "|".join(sorted(set(PRICE_WORDS.split()) | SUM_HEADS, key=lambda w: (-len(w), w)))
_KEY_WORDS = (
    r"(?:figures?|totals?|levels?|averages?|prices?|rates?|values?|numbers?|counts?|landings|catches|results|ones|"
    rf"{_KEY_SUMS}|data|are|is|were|given|shown|printed|set|out|appear|[a-z]{{2,}}s)"
)
_KEY_TIME = (
    r"(?:(?P<earlier>previous|earlier|last|old|former|current|existing|present|yesterday['’]s?|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)|"
    r"(?:(?:figures?|totals?|levels?)\s+(?:for|from|of|in)\s+)?(?P<year>(?:19|20)\d\d)(?:[-/]\d\d)?)"
)
EARLIER_CAPTION = re.compile(
    rf"\b{_KEY_TIME}(?:\s+(?:year|week|month|quarter|season|term|sale|day)(?:['’]s?)?)?"
    rf"(?:\s+{_KEY_WORDS}){{0,3}}\s+in\s+brackets\b|"
    r"\bwas\s+in\s+brackets\b|"
    r"\bbrackets\s*(?::|(?:are|show|give|hold)s?\s+(?:(?:for|from|the)\s+){0,2})\s*"
    r"(?:(?P<later_earlier>previous|earlier|last\s+(?:year|week|month))|(?P<later_year>(?:19|20)\d\d))\b",
    re.I,
)
# A key of what is to come: "forecast for 2032 in brackets", "targets in brackets": no earlier figure
KEY_AHEAD = re.compile(r"\b(?:forecast|estimate|target|projection|projected|expected|plan(?:ned)?)s?\b", re.I)


def earlier_key(line: str, year: int | None = None) -> bool:
    """
    Whether a caption or key line says the bare figures in brackets under it are the earlier period's: a time before
    the figures' named as the brackets' own, never one after the page's ``year`` nor a forecast or a target.
    """
    if "bracket" not in line.lower() or KEY_AHEAD.search(line):
        return False
    for key in EARLIER_CAPTION.finditer(line):
        named = key.group("year") or key.group("later_year")
        if named is None or year is None or int(named) <= year:
            return True
    return False


# Heads of a column that name its time, for a table that sets a year's figures beside another's ("| 2027 | 2026 |",
# "this year    2030"): each with how many years it stands from the page's own
TIME_HEADS = {"last year": -1, "previous year": -1, "this year": 0, "next year": 1}
# A caption that names the paper itself as the figures' giver: "What our reporters found", "We counted": no source
# of a table before carries to it
OWN_CAPTION = re.compile(r"\b(?:our|we|us)\b", re.I)
EARLIER_CLOSED = re.compile(r"\s*[a-z%]{0,12}\s*\)")
# The longest a body's initials may be ("BCA", "ONS"): a longer word in capitals is a heading's
ACRONYM_LENGTH = 6
# The longest line a caption set off by a blank line may be: a longer one is a paragraph of prose
CAPTION_LENGTH = 100
# How many lines of notes may stand between two rows of one table
NOTES_BETWEEN_ROWS = 3
# The currency a money column is in, resolved by the engine from the page's figures
PAGE_CURRENCY = "page currency"


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[int, int], ...]  # (start, end) of each row's line in the page
    unit: str  # what the table's bare figures count, or PAGE_CURRENCY
    source: str | None  # who the caption or "Source:" line says gives them
    # what a unit's bracket multiplies each column's bare figures by ("(million tallers)": 10**6), by the column's
    # number (the row label's is 0); () for none
    scales: tuple[int, ...] = ()
    earlier_columns: frozenset[int] = frozenset()  # the columns whose header says a bare bracket is the earlier figure
    # a column whose header names a later time than another's, with that column: its figure is the row's now, the
    # other's the value it replaced ("| Fund | 2027 | 2026 |": (1, 2)); None for a table of no two times
    earlier_column: tuple[int, int] | None = None
    # a list under a lead-in that names its unit: each row's label before its colon names the item the figure is
    # for ("Prawn tails: 11.80" under "prices in tolders per kilo"), never what the figure counts (row_figures)
    items: bool = False


def _cells(line: str) -> list[str]:
    if ") " in line and line[-1:].isdigit() and (result := RESULT_ROW.match(line.strip())):
        return [result.group("who"), result.group("votes")]
    line = line.strip()
    if "...." in line and (leader := DOTTED_LEADER.search(line)) is not None:
        return [line[: leader.start()], line[leader.end() :]]  # "Aeroquill ..... 64.5": a label and its figure
    if "|" not in line and "\t" not in line and "  " not in line:
        return [line] if line else []  # most lines, no row: nothing CELL_BREAK splits at
    return [cell for cell in CELL_BREAK.split(line) if cell]


def _dotted(line: str) -> bool:
    """A row whose dotted leaders, not bars or tabs, set its label and its figure apart: "Oster Re ..... 77.2"."""
    return "|" not in line and "\t" not in line and "...." in line and DOTTED_LEADER.search(line) is not None


def _figures_after_label(cells: list[str]) -> bool:
    return len(cells) >= 2 and any(_figure_cell(c) and not YEAR_CELL.match(c) for c in cells[1:])


def _figure_cell(cell: str) -> bool:
    """A cell that gives a figure, maybe with its earlier one in brackets after it ("9.40 (last week 9.10)")."""
    return FIGURE_CELL.match(EARLIER_AFTER_FIGURE.sub("", cell) if cell.endswith(")") else cell) is not None


def _unit_named(words: str) -> str:
    """The unit a header, label or caption names, "" if none."""
    for found in (ALL_FIGURES_IN.search(words), BRACKETED_UNIT.search(words)):
        if found is not None:
            return found.group("unit").strip().lower()
    lowered = words.lower()
    for head, unit in COUNTING_HEADS.items():
        if re.search(rf"(?<!\w){re.escape(head)}(?!\w)", lowered):
            return unit
    return PAGE_CURRENCY if MONEY_HEADS.search(words) else ""


def _scale_named(words: str) -> int:
    """The scale a bracketed unit gives its figures in ("(million tallers)": 10**6, "(thousands of patients)":
    10**3), 1 for none."""
    found = BRACKETED_UNIT.search(words)
    scale = (found.group("scale") or "").lower() if found is not None else ""
    return SCALES.get(scale, SCALES.get(scale.removesuffix("s"), 1))


def _source_named(lines: list[str]) -> str | None:
    for line in lines:
        found = SOURCE.search(line)
        if found is not None:
            return SOURCE_TAIL.sub("", found.group("source").strip()) or None
    return None


def _caption_owner(caption: list[str], table: str, text: str, is_body: Callable[[str], bool]) -> str | None:
    """
    The body a table's caption names as giving its figures, when no "Source:" line does: "Brask Mutual: selected
    purchase rates" (a name the page's text names outside the table too, not a heading's first words that name nobody:
    "Segment results", whose "Segment" heads a column).
    """
    for line in reversed(caption):
        for found in (CAPTION_OWNER.match(line.strip()), BRACKETED_OWNER.search(line)):
            if found is None or NOT_AN_OWNER.match(found.group("owner")):
                continue
            owner = found.group("owner").strip()
            heading = owner.isupper() and (" " in owner or len(owner) > ACRONYM_LENGTH)  # "GRANTS BY WARD", no name
            if (
                not heading
                and owner.split()[-1][0].isupper()
                and text.count(owner) > table.count(owner)
                and is_body(owner)
            ):
                return owner
    return None


def column_of(row: str, at: int) -> int:
    """The number of the cell of a row (with its tabs as bars, cells_apart) that holds position ``at``."""
    return row.count("|", 0, at)


def earlier_in_cells(
    row: str,
    spans: list[tuple[int, int]],
    units: list[str],
    earlier_columns: frozenset[int] = frozenset(),
    earlier_column: tuple[int, int] | None = None,
) -> list[int | None]:
    """
    For each figure of a row (its span and unit), the index of the figure its cell gives after it in brackets as the
    earlier value it replaced ("4.39% (was 4.65%)"; "3,200 (2,900)" only in a column whose header says so, one of
    ``earlier_columns``), or None: a table's revised figure is one claim, the bracketed one its previous value and no
    claim of its own. In a table of two times (``earlier_column``), a figure of the later one's column takes the bare
    figure of the earlier one's as its earlier value.
    """
    apart = cells_apart(row)
    earlier: list[int | None] = [None] * len(spans)
    if earlier_column is not None:
        columns = [column_of(apart, start) for start, _ in spans]
        later, before = earlier_column
        now = [i for i, c in enumerate(columns) if c == later]
        then = [i for i, c in enumerate(columns) if c == before]
        if len(now) == 1 and len(then) == 1 and units[now[0]] == units[then[0]]:
            start, end = spans[then[0]]
            if scaled(row[start:end]) or (row[start:end].endswith("%") and scaled(row[start : end - 1])):
                # a bare figure, or a share beside a share ("| 6.6% | 6.3% |" under "Market share | Share a year ago")
                earlier[now[0]] = then[0]
        return earlier
    for i in range(len(spans) - 1):
        (_, end), (start, after) = spans[i], spans[i + 1]
        if units[i] == units[i + 1] and earlier_in_bracket(
            row[end:start], row, after, bare=column_of(apart, end) in earlier_columns
        ):
            earlier[i] = i + 1
    return earlier


# A few words of the figure's own between it and a bracket that gives its earlier value: "84 per cent of occasions
# (2026: 91 per cent)", "6.2 days ahead (last year: 4.9 days)", "18.50 marrels per item (was 12.00)". Only small
# letters, so no name of another place ("in London (2026: 40)" stays apart), and no word that joins another figure's
# clause or sets one against another ("40 members and staff (2026: 30)")
_NOT_THE_FIGURES_OWN = "|".join(word.replace(" ", r"\s+") for word in JOINING_WORDS + SETTING_APART_WORDS)
WORDS_BEFORE_BRACKET = re.compile(rf"(?:\s+(?!(?:{_NOT_THE_FIGURES_OWN})\b)[a-z]+){{1,3}}(?=\s*\()")


def bracket_gap(gap: str) -> str:
    """The gap between a figure and the next, past the few words of the first's own before a bracket (the bracket's
    opening and label are read from what is left)."""
    if "(" not in gap:
        return gap
    words = WORDS_BEFORE_BRACKET.match(gap)
    return gap[words.end() :] if words is not None else gap


# A bracket's cue "last" before an event held at a time of day (cues.EARLIER_EVENT_NOUN), and a figure that reads as a
# clock time: "(last show 21.30)", "(last race: 17.15)" (earlier_in_bracket)
LAST_OF_THE_DAY = re.compile(
    r"\(\s*last\s+(?:show|screening|performance|match|game|race|round|meeting|fair|festival|contest|tournament)s?"
    r"\s*:?\s+$",
    re.IGNORECASE,
)
CLOCK_TIME_AT_END = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])[.:][0-5]\d$")


def earlier_in_bracket(
    between: str,
    text: str,
    after: int,
    bare: bool = False,
    closed: re.Pattern[str] = EARLIER_CLOSED,
    when: tuple[int | None, int | None] = (None, None),
) -> bool:
    """
    Whether a figure is the earlier value of the one before it, in a bracket opened between them (``between``) and
    closed after it (at ``after`` in ``text``, as ``closed`` reads the rest: a cell's bracket past at most a unit's
    word): a cue inside says so ("4.39% (was 4.65%)", "9.40 (last week 9.10)"), or a header or key does of a bare one
    (``bare``: "3,200 (2,900)"), or a label names a time before the page's (``when``, its year and month: "(2027:
    131)"). The one reader of such a bracket's opening, for a table's cells and a sentence's figures alike; a
    sentence's bracket goes on past a date or a comma ("(was 4.65% in March)"), so it closes its own.
    """
    cued = EARLIER_IN_CELL.fullmatch(between) is not None or (
        bare and BARE_EARLIER_IN_CELL.fullmatch(between) is not None
    )
    closing = closed.match(text, after)
    if closing is None:
        return False
    if cued:
        # "four times a day at 12.50 (last show 21.30)": "last" before an event held at a time of day, and a clock time
        # after it, is the day's final one, no earlier value
        return not (LAST_OF_THE_DAY.search(between) and CLOCK_TIME_AT_END.search(text[:after]))
    # a label's bracket that goes on to another label's figure breaks a total down ("412 admissions (January: 40,
    # February: 38)", "148 votes (May: 60, Patel: 88)"): its figures are parts, not an earlier value
    return earlier_label(between, *when) and ":" not in closing.group(0)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the page, blank ones too: a blank line ends a caption."""
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def find_tables(text: str, is_body: Callable[[str], bool], year: int | None = None) -> list[Table]:
    """
    The tables of a page that say what their figures count, in page order; ``year`` is the page's own, which "this
    year" in a header names. ``is_body`` tells a body's name from a
    common noun or a place opening a caption ("Brask Mutual", "OHT", not "Mortgage rates", "London: rents"): the
    speaker code's test, which the engine passes in (that code reads cleaned text, which reads tables).
    """
    return [table for _, _, table in _tables(text, is_body, year)]


def table_lines(text: str) -> list[range]:
    """
    The lines of each table of a page that says what its figures count, by number, from its caption to its Source
    line: the cleaner keeps them together, with their cells apart, for find_tables to read again in the cleaned text.
    """
    return [range(first, last + 1) for first, last, _ in _tables(text)]


def barred(row: str) -> str:
    """
    A row with its cells set apart, which the cleaner's joining of space runs leaves apart: by bars where the page sets
    them apart by bars, else by a tab, which reads as the run of spaces or the tab the page aligned them with ("Orlen
    \t71%": a reviewer and a label copied from the page read "Orlen 71%", never a bar the page does not print).
    """
    if "|" not in row and "\t" not in row and DOTTED_LEADER.search(row) is not None:
        return row.strip()  # its dots set its cells apart as the page prints them, which a label quoting it copies
    return (" | " if "|" in row else "\t").join(_cells(row))


def _tables(
    text: str, is_body: Callable[[str], bool] | None = None, year: int | None = None
) -> list[tuple[int, int, Table]]:
    """Each table with a unit, with the numbers of its first line (its caption's) and its last (its Source line's)."""
    lists = _lead_in_lists(text, year) if ":" in text else []
    if (
        "|" not in text
        and "\t" not in text
        and "   " not in text
        and "...." not in text
        and not RESULT_ROW_END.search(text)
    ):
        return lists  # most pages: no table set out in cells
    lines = _lines(text)
    tables: list[tuple[int, int, Table]] = []
    sources: dict[tuple[str, ...], str] = {}  # the source of each header the page's tables gave one for
    at = 0
    while at < len(lines):
        block = _block_at(text, lines, at)
        if not block:
            at += 1
            continue
        caption = _caption(text, lines, at)
        table = _read_table(text, lines, at, block, caption, is_body, year)
        opening = tuple(_cells(text[lines[at][0] : lines[at][1]]))
        header = opening if not _figures_after_label(list(opening)) else ()
        own = any(OWN_CAPTION.search(line) for line in caption)
        if table is not None and table.source is None and header in sources and not own:
            # a table set out as one before it, under the same header, with no source of its own: the same source's
            # figures for another place or year ("Compare with another area" under "Operator | Signal")
            table = replace(table, source=sources[header])
        elif table is not None and table.source is not None and header:
            sources.setdefault(header, table.source)
        if table is not None:
            sourced = _sourced(text, lines, block[-1])
            set_off = bool(caption) and not text[lines[at - 1][0] : lines[at - 1][1]].strip()
            tables.append((at - len(caption) - set_off, block[-1] + sourced, table))
        at = block[-1] + 1
    if lists:
        # a list under its lead-in is read as a table where no table set out in cells holds its lines
        taken = {n for first, last, _ in tables for n in range(first, last + 1)}
        tables += [found for found in lists if not taken & set(range(found[0], found[1] + 1))]
        tables.sort(key=lambda found: found[0])
    return tables


def _lead_in_lists(text: str, year: int | None = None) -> list[tuple[int, int, Table]]:
    """
    The lists of a page whose lead-in line names the unit of every bare figure under it, each with the numbers of its
    lead-in's line and its last row's, as a table: "Haldane Cross Metals Exchange, settlement prices, merks a tonne"
    over "- Zinc: 2,585 (last week 2,640)", "- Lead: 1,912"; "New routes from Skelmory (flights a week):" over "-
    Olmstad: 4". Read line by line the rows take no unit (their labels name none), or the unit of whatever the page
    counted last. A lead-in that names no unit (a heading, "Entries", a note in brackets: "(provisional)"), a menu's,
    a timetable's, or a sentence of prose ends in a full stop gives none: its rows are left to the sentence reader, as
    a row whose own label names what it counts ("Lorries loaded a day: 312") is under any lead-in.
    """
    found: list[tuple[int, int, Table]] = []
    lines = text.split("\n")
    offsets: list[tuple[int, int]] = []  # each line's (start, end), once a list is found
    at, count = 0, len(lines)
    while at < count:
        row = LEAD_IN_ROW.match(lines[at].strip()) if ": " in lines[at] else None
        if row is None:
            at += 1
            continue
        matched = [row]
        while at + len(matched) < count and ": " in lines[at + len(matched)]:
            row = LEAD_IN_ROW.match(lines[at + len(matched)].strip())
            if row is None:
                break
            matched.append(row)
        last = at + len(matched) - 1
        # the lead-in is the line right above the list, or the one above a blank line set before it ("Average prices
        # in tolders per kilo; Monday's averages in brackets", then the rows), as a page may set a caption off
        # (none for a list that opens the page)
        lead = at - 2 if at > 1 and not lines[at - 1].strip() else at - 1
        heading = lines[lead].strip() if lead >= 0 else ""
        unit = _lead_in_unit(heading) if len(matched) >= LEAD_IN_ROWS else ""
        if unit and (_timetable_or_menu(heading, matched) or _listing(heading, unit, matched)):
            unit = ""
        # a row whose label names what its figure counts is no item's ("Lorries loaded a day: 312" under "merks a
        # tonne"): it is left to the sentence reader, as a row under a lead-in that names no unit is
        items = [n for n, row in enumerate(matched, at) if not _counts_its_own(row.group("label"))]
        first = lead
        if not unit and len(matched) >= LEAD_IN_ROWS and not _timetable_or_menu(heading, matched):
            # a block whose first row names what it counts, and whose rows after it name nothing of their own:
            # "Objects approved for disposal: 212" over "Transferred to other museums: 148", "- damaged: 5"
            unit = _lead_in_noun(matched[0].group("label").lstrip("-•*– "))
            figure = matched[0].group("figure")
            items = [n for n in range(at + 1, last + 1) if _part_of_first(lines[n], lines[at], figure)]
            first = at  # the heading over it names nothing: the table is its rows
        if unit and items:
            offsets = offsets or _lines(text)
            rows = tuple(offsets[n] for n in items)
            if lead == at - 1 and items[0] == at and heading.endswith(":"):
                # a lead-in that runs into its list is one sentence with the first row: that row opens on it
                rows = ((offsets[lead][0], rows[0][1]), *rows[1:])
            source = _source_named(lines[last + 1 : last + 2])
            # a key in the lead-in that says a row's bare bracket holds the earlier figure: "(4.10)" is Monday's
            earlier = frozenset({0}) if earlier_key(heading, year) else frozenset()
            # a scale its bracket of sums names ("(cost in millions)"), for the figures' one column
            scale = _sums_scale(heading) if unit == PAGE_CURRENCY and first == lead else 1
            table = Table(rows, unit, source, (scale,) if scale != 1 else (), earlier_columns=earlier, items=True)
            found.append((max(first, 0), last + bool(source), table))
        at = last + 1
    return found


def _timetable_or_menu(lead: str, rows: list[re.Match]) -> bool:
    """
    Whether a list is a timetable's, its figures all clock times under a lead-in of departures or services ("First
    sailings from Skelmory": "Harnley: 7.15"), or a menu's, most of its rows naming a dish ("Crab soup: 7.50"): the
    figures of neither are claims, so its lead-in names them no unit.
    """
    if TIMETABLE.search(lead) and all(CLOCK_TIME.fullmatch(row.group("figure")) for row in rows):
        return True
    return 2 * sum(DISH.search(row.group("label")) is not None for row in rows) > len(rows)


def _listing(heading: str, unit: str, rows: list[re.Match]) -> bool:
    """
    Whether a list under a heading that opens on a plural noun lists what is on and when, no counts of the noun: a
    figure with a point under a count ("Lane swim: 12.30" under "Sessions at the leisure centre"), which is a clock
    time, as a count is whole; or, under a heading that sets its noun across no rows ("Classes held at the library",
    "Shops open on Sunday", not "Seats filled at each venue"), figures that are all hours of the day ("Knitting: 10",
    "Greggs: 8"). Not a span of time the heading counts ("Hours open each week"), a sum's or a rate's.
    """
    if unit in DURATIONS or unit == PAGE_CURRENCY or " " in unit or unit != _lead_in_noun(heading):
        return False
    figures = [row.group("figure").lstrip("$€£") for row in rows]
    if any(CLOCK_TIME.fullmatch(figure) for figure in figures):
        return True
    return ACROSS_ROWS.search(heading) is None and all(
        figure.isdigit() and 0 < int(figure) <= HOURS_OF_DAY for figure in figures
    )


def _counts_its_own(label: str) -> bool:
    """Whether a list's row's label names what its own figure counts: a plural noun with its "number of", a
    participle or a rate ("Number of stations surveyed", "Lorries loaded a day", "Vehicles a day")."""
    own = OWN_COUNT_LABEL.fullmatch(label.strip())
    return (
        own is not None
        and bool(own.group("number") or own.group("done") or own.group("rate"))
        and own.group("noun").lower() not in SUM_HEADS
    )


def _part_of_first(row: str, first_row: str, first_figure: str) -> bool:
    """
    Whether a row under a block's first row counts a part of what that row counts, naming no count of its own: a
    label that opens on a participle ("Transferred to other museums: 148", "To be offered for sale: 23") or a bulleted
    row under rows that are not ("- failed on gas safety: 6"); not one that names a count, a sum or a measure of its
    own ("Fixed notices issued: 9", "Average price paid: 38"), people or money ("Killed: 9", "Raised for the hospice:
    12,000"), nor a row that is a field of its own ("Webchats: 2,215", "People assisted: 27"), nor a bulleted row that
    names a noun of its own ("- Parking spaces: 140" under "Homes proposed: 320"), unless in lower case, running on
    from the row above ("- defective tyres: 5"). A part is no more than the whole:
    a row whose figure is over the first row's ("Affected: 14,000" under "Flights cancelled: 120") counts another thing.
    """
    row, first_row = row.strip(), first_row.strip()
    bulleted = row[:1] in BULLETS and first_row[:1] not in BULLETS
    label = row.lstrip(BULLETS + " ").split(":", 1)[0]
    # (a bulleted label in lower case runs on from the row above, a sub-list's: "- defective tyres: 5" under
    # "Vehicles suspended: 11" names why, no noun of its own)
    if PART_OPENING.match(label) is None and (
        not bulleted or (label[:1].isupper() and OWN_HEAD_NOUN.match(label) is not None)
    ):
        return False
    if _names_its_own(label):
        return False
    found = LEAD_IN_ROW.match(row)
    return found is not None and _amount(found.group("figure")) <= _amount(first_figure)


def _amount(figure: str) -> float:
    """A row's figure as a number ("12,000": 12000.0)."""
    return float(figure.lstrip("$€£").replace(",", ""))


# A bulleted row's label that names a noun of its own before any preposition or participle, which counts that
# noun, no part of the row above: "- Parking spaces", "- Storeys", "- Letters of support", "- Petition signatures"
# (not "- Affordable", "- Of which for social rent", "- failed on gas safety"; a label in lower case runs on from
# the row above: "- defective tyres")
OWN_HEAD_NOUN = re.compile(
    r"(?:(?!(?:of|for|in|on|at|to|with|by|from|as|under|over|which)\b)[a-z'’-]+\s+)*?[a-z]*[a-z]{2}[^s\W]s\b", re.I
)


def _names_its_own(label: str) -> bool:
    """Whether a row's label names what its own figure counts, by a plural noun and a participle, or a sum, a share
    or a measure ("Fixed penalty notices issued", "Average price", "Turnout"), which a block's first row's noun is
    not to take over."""
    return OWN_NOUN_DONE.search(label) is not None or OWN_MEASURE_LABEL.search(label) is not None


def _lead_in_unit(lead: str) -> str:
    """
    The unit a list's lead-in names for its figures: a rate set off by a comma or a bracket ("..., merks a tonne",
    "(average price, marrens a litre)"), or a bracket that closes the lead-in and names a plural count noun or a
    currency ("... winter 2029-30 (flights a week):", "(new homes)", "(zorins)"); "" for none, and for a menu's, a
    sentence's or a row's. A rate or a bracket of a sum of money ("Charges per hour:", "(salaries)") is in the page's
    currency: PAGE_CURRENCY, with the rate's measure after it ("page currency per hour").
    """
    if not lead or len(lead) > CAPTION_LENGTH or lead.endswith((".", "!", "?")) or MENU.search(lead):
        return ""
    if LEAD_IN_ROW.match(lead):
        return ""
    rate = LEAD_IN_RATE.search(lead)
    if rate is not None:
        noun, per = rate.group("unit").lower().split(maxsplit=1)
        return f"{PAGE_CURRENCY} {per}" if noun in SUM_HEADS else f"{noun} {per}"
    if lead.rstrip(":").endswith(")"):
        bracket = BRACKETED_UNIT.search(lead.rstrip(":"), lead.rfind("("))
        # (in lower case, as a unit is written: "(Merrovian Aggregates Index)" names whose the figures are; and a
        # plural noun, as a count is: "(provisional)", "(each)", "(median)", "(this year)" are notes on the figures,
        # "(key facts)", "(last week in brackets)" a key, "(weekdays)" a timetable's days)
        named = bracket.group("unit").strip() if bracket is not None else ""
        noun = HEADER_NOUN.fullmatch(named) if bracket is not None and named.islower() else None
        if (
            bracket is not None
            and noun is not None
            and bracket.end() == len(lead.rstrip(":"))
            and bracket.group("scale") is None
            and NOT_A_UNIT.match(named) is None
            and NOT_BRACKET_UNIT.fullmatch(noun.group("noun")) is None
        ):
            return PAGE_CURRENCY if noun.group("noun") in SUM_HEADS else named.lower()
        sums = SUMS_BRACKET.search(lead.rstrip(":"))
        named = sums.group("unit") if sums is not None else None
        if sums is not None and named is not None and NOT_BRACKET_UNIT.fullmatch(named):
            # a key, no currency: "(current fees in brackets)" says the bracket holds the fee replaced, which is a
            # sum in the page's currency; "(previous values in brackets)" names no sums at all
            return PAGE_CURRENCY if MONEY_KEY.search(sums.group(0)) else _lead_in_noun(lead)
        if sums is not None:
            # the currency it names, which the page may name nowhere before ("(adjusted values in lenns)"), or a
            # scale of the page's ("(cost in millions)": _sums_scale)
            return PAGE_CURRENCY if named is None or _scale_word(named) != 1 else named
    return _lead_in_noun(lead)


def _scale_word(word: str) -> int:
    """The scale a plural scale word gives ("millions": 10**6, "thousands": 10**3), 1 for any other word."""
    return SCALES.get(word.lower().removesuffix("s"), 1)


def _sums_scale(lead: str) -> int:
    """The scale a lead-in's bracket of sums gives its list's figures ("(cost in millions)": 10**6), 1 for none."""
    sums = SUMS_BRACKET.search(lead.rstrip(":")) if lead.rstrip(":").endswith(")") else None
    return _scale_word(sums.group("unit")) if sums is not None and sums.group("unit") else 1


def _lead_in_noun(line: str) -> str:
    """
    The plural noun a lead-in or a list's first row opens on, told by the participle or the preposition after it, as
    the unit of its list's figures ("Hours open each week": hours; "Objects approved for disposal": objects); "" for
    none, and for a noun that names no unit ("Notes on the figures", "Results declared") or a sum's ("Prices at a
    glance", "Stats at a glance": a summary box's rows are each of its own); PAGE_CURRENCY for a noun of sums of money
    ("Fees paid by members", "Expenses claimed by councillors").
    """
    found = LEAD_IN_NOUN.match(line)
    if found is None:
        return ""
    noun = found.group("noun").lower()
    if noun in SUMMARY_NOUNS or SUMMARY_BOX.match(line, found.end("noun")):
        return ""  # "Stats at a glance", "Homes in numbers": a box of figures, each row's of its own
    if noun in SUM_HEADS or noun in SUM_PLURALS:
        # "Expenses claimed by councillors", "Fees paid by members": sums of money in the page's currency
        return PAGE_CURRENCY
    if re.fullmatch(rf"(?:{HEADER_NOT_UNITS}|{NOT_RATE_UNITS}|{NOT_BRACKET_UNITS})", noun) and noun not in DURATIONS:
        return ""
    return noun


def _sourced(text: str, lines: list[tuple[int, int]], last: int) -> int:
    """How many lines after a table's last row reach its "Source:" line: 1 straight after, 2 past a blank line, as a
    page may set it off; 0 for none."""
    for gap in (1, 2):
        if last + gap >= len(lines):
            return 0
        if SOURCE.match(text, lines[last + gap][0]) is not None:
            return gap
        if text[lines[last + gap][0] : lines[last + gap][1]].strip():
            return 0
    return 0


def _block_at(text: str, lines: list[tuple[int, int]], at: int) -> list[int]:
    """The numbers of the lines that are rows of a table opening at line ``at`` (its header too), or []."""
    opening = _cells(text[lines[at][0] : lines[at][1]])
    width = len(opening)
    if width < 2:
        return []
    headed = not _figures_after_label(opening)
    block = [at]
    following = at + 1
    while following < len(lines) and following - block[-1] <= NOTES_BETWEEN_ROWS + 1:
        cells = _cells(text[lines[following][0] : lines[following][1]])
        if len(cells) == width and _figures_after_label(cells):
            block.append(following)
        elif headed and len(block) == 1:
            return []  # a header is followed by a row at once
        following += 1
    figured = [n for n in block if _figures_after_label(_cells(text[lines[n][0] : lines[n][1]]))]
    return block if len(figured) >= 2 else []


def _caption(text: str, lines: list[tuple[int, int]], at: int) -> list[str]:
    """
    The line or two above a table's first row, up to a blank line; or, set off from the table by a blank line as a
    page may print it, the short lines above that blank ("TABLE A1: HOW WE PAY FOR IT", "All figures tolvars."), not
    the paragraph of prose a table follows.
    """
    caption = [text[s:e] for s, e in lines[max(0, at - 2) : at]]
    if caption and not caption[-1].strip():
        caption = [text[s:e] for s, e in lines[max(0, at - 3) : at - 1]]
        short = caption and all(0 < len(line) <= CAPTION_LENGTH for line in caption[-1:])
        return [line for line in caption if 0 < len(line) <= CAPTION_LENGTH] if short else []
    return caption[1:] if caption and not caption[0].strip() else caption


def _read_table(
    text: str,
    lines: list[tuple[int, int]],
    at: int,
    block: list[int],
    caption: list[str],
    is_body: Callable[[str], bool] | None,
    year: int | None,
) -> Table | None:
    header = _cells(text[lines[at][0] : lines[at][1]])
    headed = not _figures_after_label(header)
    rows = block[1:] if headed else block
    after = [text[s:e] for s, e in lines[block[-1] + 1 : block[-1] + 1 + max(1, _sourced(text, lines, block[-1]))]]
    unit = _unit_named(" ".join(header[1:])) if headed else ""
    if headed and not unit:
        unit = _header_noun(header, _cells(text[lines[rows[0]][0] : lines[rows[0]][1]]))
    if _dotted(text[lines[block[-1]][0] : lines[block[-1]][1]]):
        # rows set apart by dotted leaders take a unit only from their own caption, the line right above them, as a
        # list's heading names it ("Average premium by cover (marrens):"): a table of contents' page numbers under
        # "Contents" take none from the prose above (findings_lists42 H1), and a menu's prices are no claims (M3)
        own = caption[-1:] if at and text[lines[at - 1][0] : lines[at - 1][1]].strip() else []
        if any(MENU.search(line) for line in own):
            return None
        caption = [line for line in own if not line.rstrip("\"'”’)").endswith((".", "!", "?"))]
        if any(BRACKETED_UNIT.search(line) for line in caption) and not any(PERCENT_NAMED.search(c) for c in caption):
            # a row whose label names a share, under a caption's count, is none of its rows: "Turnout ........ 61.2"
            # under "Votes cast (number):" is a share, no count of votes (findings_lists42 M4)
            rows = [n for n in rows if not OTHER_MEASURE.match(text, lines[n][0])]
            if not rows:
                return None
    unit = unit or next((u for u in map(_unit_named, reversed(caption)) if u), "")
    scales = _scales(header if headed else [], caption, len(header))
    said = any(earlier_key(line, year) for line in caption)  # of every column
    earlier = frozenset(n for n, cell in enumerate(header) if n and (said or (headed and EARLIER_HEADER.search(cell))))
    unit = unit or ("votes" if _results(text, lines, rows, caption) else "")
    unit = unit or _own_unit([_cells(text[lines[n][0] : lines[n][1]]) for n in rows])
    if not unit:
        return None
    table = "\n".join([*caption, text[lines[at][0] : lines[block[-1]][1]]])
    source = _source_named([*caption, *after])
    if source is None and is_body is not None:  # the cleaner asks only where tables are, not whose
        source = _caption_owner(caption, table, text, is_body)
    later = _later_and_earlier(header, year) if headed else None
    return Table(tuple(lines[n] for n in rows), unit, source, scales, earlier, later)


def _header_noun(header: list[str], first_row: list[str]) -> str:
    """
    The unit the header of a table's first column of bare figures names by a plural noun ("Brand | Registrations |
    Market share" over "Halden | 5,190 | 13.5%": registrations; "District | Empty homes": homes), "" for none: a
    column of shares or of years names none, and the rest of the table's figures must carry their own units ("13.5%").
    """
    for n in range(1, min(len(header), len(first_row))):
        cell = first_row[n].strip()
        if not _figure_cell(cell) or YEAR_CELL.match(cell):
            continue
        if not scaled(cell):
            return ""  # the first figure has a unit of its own ("13.5%"): the header names none for it
        if any(scaled(other.strip()) for other in first_row[n + 1 :]):
            # another column of bare figures ("Operator | Ships | Deficiencies"): one unit for the table would give
            # that column this one's, so neither is read
            return ""
        noun = HEADER_NOUN.fullmatch(header[n].strip())
        if noun is None:
            return ""
        # a sum of money's header ("| Profits |", "| Salaries |") is the page's currency, never a count of the noun
        return PAGE_CURRENCY if noun.group("noun").lower() in SUM_HEADS else noun.group("noun").lower()
    return ""


# A column's header that names its figure a year before another column's: "Share a year ago", "Members last year"
YEAR_AGO_HEAD = re.compile(
    r"(?P<what>[a-z]+)\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|year\s+before))", re.I
)


def _year_ago_column(header: list[str]) -> tuple[int, int] | None:
    """
    The column a header's "<what> a year ago" column gives the earlier figure of, with it: the one other column whose
    header ends in the same word ("Market share | Share a year ago": (2, 3)); None for none, or for more than one.
    """
    for n, cell in enumerate(header):
        ago = YEAR_AGO_HEAD.fullmatch(cell.strip()) if n and "year" in cell else None
        if ago is None:
            continue
        what = ago.group("what").lower()
        same = [m for m, other in enumerate(header) if m and m != n and other.lower().split()[-1:] == [what]]
        return (same[0], n) if len(same) == 1 else None
    return None


def _later_and_earlier(header: list[str], year: int | None) -> tuple[int, int] | None:
    """
    The column of a header's two times that is the later, and the earlier one: "| Fund | 2027 | 2026 |" (1, 2),
    "this year    2030" on a page of 2029 (2, 1). None unless exactly two of its columns name a time, neither past
    the year after the page's ("| 2030 | 2040 |" on a page of 2031 sets targets beside actuals): a run of years
    ("2024 | 2025 | 2026") is a series, each year a figure of its own.
    """
    ago = _year_ago_column(header)
    if ago is not None:
        return ago
    times: dict[int, int] = {}
    for n, cell in enumerate(header):
        if not n:
            continue
        named = cell.strip().lower()
        if re.fullmatch(r"(?:19|20)\d\d", named):
            times[n] = int(named)
        elif named in TIME_HEADS and year is not None:
            times[n] = year + TIME_HEADS[named]
    if len(times) != 2:
        return None
    (first, first_year), (second, second_year) = times.items()
    if first_year == second_year:
        return None
    if year is not None and max(first_year, second_year) > year + 1:
        return None  # a later year past the next one is a plan's, no revision of the earlier (findings_columns39 M2)
    return (first, second) if first_year > second_year else (second, first)


def _scales(header: list[str], caption: list[str], width: int) -> tuple[int, ...]:
    """
    The scale of each column's bare figures: a header's bracket scales its own column ("Budget (m dravs)", not
    "Staff" beside it); a caption's ("Spending by ward (million dravs)") the whole table, only when no column's header
    names a unit of its own other than the caption's ("Change (%)", "Staff (nurses)"). () for none.
    """
    own = [_scale_named(cell) for cell in header]
    if any(s != 1 for s in own[1:]):
        return (1, *own[1:])
    scale = next((s for s in map(_scale_named, reversed(caption)) if s != 1), 1)
    if scale == 1:
        return ()
    named = next((u for u in map(_unit_named, reversed(caption)) if u), "")
    units = {_unit_named(cell) for cell in header[1:]} - {"", PAGE_CURRENCY, named}
    return () if units else (1, *[scale] * (width - 1))


def _own_unit(rows: list[list[str]]) -> str:
    """The unit every figure cell of a table writes with its figure, when no header or caption names one: "percent"
    for a column of "96%", "93%"; "" for any other."""
    figures = [c for cells in rows for c in cells[1:] if FIGURE_CELL.match(c) and not YEAR_CELL.match(c)]
    return "percent" if figures and all(c.endswith("%") for c in figures) else ""


def _results(text: str, lines: list[tuple[int, int]], rows: list[int], caption: list[str]) -> bool:
    """Candidates' results under a heading that says they are results: their figures are votes."""
    names = [_cells(text[lines[n][0] : lines[n][1]])[0] for n in rows]
    return (
        any(RESULTS_HEADING.search(line) for line in caption)
        and all(RESULT_CELL.fullmatch(name) and not NOT_A_PARTY.search(name[name.index("(") :]) for name in names)
        and VOTE_WORDS.search(text) is not None
    )


def table_at(tables: list[Table], start: int) -> Table | None:
    """The table whose row opens at ``start``, if the sentence there is a row."""
    for table in tables:
        if table.rows[0][0] <= start <= table.rows[-1][1]:
            # the rows are lines, in page order and apart, so the one row that may hold ``start`` is the last that
            # opens at or before it: found by halving, where a scan of every row for every sentence made a table of
            # 1,500 rows quadratic
            at = bisect_right(table.rows, start, key=_row_start) - 1
            return table if at >= 0 and start < table.rows[at][1] else None
    return None


def _row_start(row: tuple[int, int]) -> int:
    return row[0]


def scaled(cell: str) -> bool:
    """Whether a cell's figure is bare, to be read in its table's scale ("301"; not "+2%", "1.2 million")."""
    return BARE_FIGURE.fullmatch(cell) is not None


# A cell's figure with nothing of its own: no sign, no unit, no scale word
BARE_FIGURE = re.compile(r"[$€£]?\d[\d,]*(?:\.\d+)?")


def row_figures(row: str, table: Table) -> str:
    """
    The text of a table's row its figures are read from: its cells apart (cells_apart); in a list under a lead-in that
    names its unit, with the row's label blanked out, so that "Prawn tails: 11.80" counts the lead-in's "tolders per
    kilo", not tails, and "Crushed limestone, 20mm: 14.80" gives no figure of 20 mm (of the same length: the figures'
    places in the row stand).
    """
    if not table.items:
        return cells_apart(row)
    line = row.rfind("\n") + 1  # a first row read as one sentence with the lead-in that runs into it
    colon = row.find(": ", line)
    return row if colon < 0 else " " * (colon + 1) + row[colon + 1 :]


def row_label(row: str, table: Table) -> str:
    """
    The label of a row of a list under a lead-in, with its figure blanked out (of the same length): the label's own
    figures with their own units are read from it apart from the row's figure ("Domestic silver, 11 objects: 191,500"
    gives 11 objects as well as 191,500 in the list's currency; "Contingency at 15 per cent: 340,500" its 15 per cent).
    "" for a row of any other table, or a label with no figure.
    """
    if not table.items:
        return ""
    line = row.rfind("\n") + 1
    colon = row.find(": ", line)
    if colon < 0 or not any(c.isdigit() for c in row[line:colon]):
        return ""
    return " " * line + row[line:colon] + " " * (len(row) - colon)


def cells_apart(row: str) -> str:
    """The row with its tabs as bars, of the same length: a tab sets two figures apart ("2,075\t1,985" is no one
    number, as "2,075 1,985" may be), as a bar does."""
    return row.replace("\t", "|")
