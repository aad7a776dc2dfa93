"""
An earlier value in time told beside the value now, in the sentence before or after or across a semicolon ("Brellin
had 40 tanneries in 1995. It has 12 today."; "first estimated the refit at 4 million in 2024; it now puts the bill at
7.2 million"): the later value is the claim, the earlier its previous_value and no claim of its own (the session-21
rule "An earlier value in time" in tests/ingest_labelling.md). A comparison across places or groups ("The north had 50
in 2010. Today the south has 30.") stays two claims: the second clause must take up the first's subject by a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import pairwise

from ingest.mentions import Mention
from ingest.sentences import split_sentences

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a clause set in the past by its own words: "used to", "last year", "a decade ago", "when I trained", "first
# estimated", "in the 1990s"
EARLIER = re.compile(
    r"\b(?:(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)used\s+to|"
    r"last\s+(?:year|season|month|week|term|summer|winter|spring|autumn|decade|time)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})\s+(?:years?|decades?|months?)\s+"
    r"(?:ago|earlier|before)|"
    r"the\s+(?:year|season|month|week)\s+before|"
    r"when\s+(?:I|we|he|she|they)\s+(?:first\s+)?(?:[a-z]{2,15}ed|was|were|began|came|left|took|went|had|got|"
    r"became|began)|"
    r"(?:first|originally|initially)\s+(?:[a-z]{2,15}\s+)?(?:estimated|put|said|reported|forecast|projected|"
    r"counted|budgeted|set|valued|priced)|"
    r"in\s+the\s+(?:19|20)\d0s|back\s+then|at\s+the\s+time)\b",
    re.IGNORECASE,
)
# a year the clause is set in: "in 2000", "at the end of 2026", "in March 2019"
PAST_YEAR = re.compile(
    rf"\b(?i:in|during|of|back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)\b"
)
NOW = re.compile(
    r"\b(?:today|now|nowadays|these\s+days|currently|this\s+(?:year|season|month|week|term|summer|winter|spring|"
    r"autumn))\b",
    re.IGNORECASE,
)
# a forecast or a target is no value now: "This year we'll be lucky to fill ...", "We want to get that above half"
FUTURE = re.compile(
    r"(?:\b(?:will|would|shall|expects?|plans?|forecasts?|wants?|aims?|hopes?|targets?|goal|by\s+(?:19|20)\d\d)\b|"
    r"['’]ll\b)",
    re.IGNORECASE,
)
# the second clause takes up the first's subject: "It has 12 today", "Last year it was 520"
TAKEN_UP = re.compile(r"\b(?:[Ii]t|[Tt]hey|[Ww]e|I|[Hh]e|[Ss]he)\b")
CLAUSE_MARK = re.compile(r";\s*")


def _clauses(text: str) -> list[tuple[int, int]]:
    """Each sentence's clauses, split at its semicolons, in order of the text."""
    spans: list[tuple[int, int]] = []
    for start, end in split_sentences(text):
        at = start
        for mark in CLAUSE_MARK.finditer(text, start, end):
            spans.append((at, mark.start()))
            at = mark.end()
        spans.append((at, end))
    return spans


def _when(clause: str, published: date | None) -> str | None:
    """'earlier', 'now' or None: when a clause sets its figure by its own words."""
    if FUTURE.search(clause):
        return None
    latest = published.year if published else date.today().year
    earlier = EARLIER.search(clause) is not None or any(
        int(m.group("year")) < latest for m in PAST_YEAR.finditer(clause)
    )
    now = NOW.search(clause) is not None
    if earlier == now:
        return None
    return "earlier" if earlier else "now"


def _figure_at(text: str, mention: Mention) -> int:
    pattern = re.compile(r"(?<![\w.,])" + re.escape(mention.figure) + r"(?!\w)")
    found = pattern.search(text, mention.start, mention.end)
    return found.start() if found else -1


def pair_earlier_and_now(text: str, mentions: list[Mention], published: date | None = None) -> list[Mention]:
    """Join each figure set in the past to the figure now beside it, of the same thing, as one revision."""
    located = []
    for index, mention in enumerate(mentions):
        if mention.value is None or mention.previous_value is not None or not mention.figure:
            continue
        at = _figure_at(text, mention)
        if at >= 0:
            located.append((at, index))
    if len(located) < 2:
        return mentions
    located.sort()
    clauses = _clauses(text)
    clause_of = {}
    for at, index in located:
        clause_of[index] = next((n for n, (a, b) in enumerate(clauses) if a <= at < b), -1)
    joined: dict[int, Mention] = {}
    dropped: set[int] = set()
    for (at_a, first), (at_b, second) in pairwise(located):
        if first in dropped or first in joined or second in joined:
            continue
        one, other = mentions[first], mentions[second]
        n_a, n_b = clause_of[first], clause_of[second]
        if n_a < 0 or n_b != n_a + 1 or "\n" in text[at_a:at_b]:
            continue  # adjacent clauses of one paragraph, no figure between
        if one.unit != other.unit or one.value == other.value:
            continue
        a_clause = text[clauses[n_a][0] : clauses[n_a][1]]
        b_start = clauses[n_b][0]
        b_clause = text[b_start : clauses[n_b][1]]
        if not TAKEN_UP.search(text, b_start, at_b):
            continue
        when = (_when(a_clause, published), _when(b_clause, published))
        if when == ("earlier", "now"):
            earlier, later, keep, drop = one, other, second, first
        elif when == ("now", "earlier"):
            earlier, later, keep, drop = other, one, first, second
        else:
            continue
        start, end = min(one.start, other.start), max(one.end, other.end)
        joined[keep] = replace(
            later,
            previous_value=earlier.value,
            quote=text[start:end],
            start=start,
            end=end,
            speaker=later.speaker if later.speaker is not None else earlier.speaker,
            speaker_anonymous=later.speaker_anonymous if later.speaker is not None else earlier.speaker_anonymous,
        )
        dropped.add(drop)
    if not joined:
        return mentions
    return [joined.get(i, m) for i, m in enumerate(mentions) if i not in dropped]
