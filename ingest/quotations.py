"""
Quotations, found before anything else reads a sentence, each attributed once.

A quotation may span sentences and paragraphs: by news convention a quotation that goes on into
the next paragraph leaves its closing mark off and opens the next paragraph with a new opening
mark. Its attribution may come before it ('Selby said: "...'), after it ('"...," the minister
said.' / '"...," said Mr Dale, the mayor\'s spokesman.'), or between two of its pieces
('"...," she said. "..."'); whichever piece is attributed gives the speaker to the whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.cues import has_cue
from ingest.speakers import Report, find_reports, introducing_subject

OPENING = "“"
# “typographic”, "straight", and British ‘single’ quotes (a closing ’ is one that ends a word before a
# space or punctuation, so "Ostrava’s" and "workers’ pay" are apostrophes, not the end of a quotation).
QUOTED = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)|(?<![\w’])‘.*?(?:(?<![s\s])’(?=[\s,.;:!?)]|$)|$)")
# The end of a sentence, not of "Dr." or "U.S.". (The lookahead first spares every other character the twenty
# lookbehinds: the same matches, read in a twentieth of the time.)
_SENTENCE_END = re.compile(
    r"(?=[.!?])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bProf)"
    r"(?<!\bLt)(?<!\bCol)(?<!\bMaj)(?<!\bCapt)(?<!\bSgt)(?<!\bBrig)(?<!\bAdm)(?<!\bCmdr)(?<!\bSupt)(?<!\bInsp)"
    r"(?<!\b[A-Z])[.!?](?=\s|$)"
)


@dataclass(frozen=True)
class Quotation:
    start: int  # offset of the opening mark in the text
    end: int  # offset after the closing mark (or the end of the paragraph it runs to)
    report: Report | None  # the attribution as written; names are resolved when the engine reaches it
    group: int  # pieces of one quotation share a group number
    relay: Report | None = None  # who passes the attribution on: "Reuters reported that Kirby said, '...'"


def find_quotations(text: str) -> list[Quotation]:
    pieces: list[tuple[int, int, bool]] = []  # (start, end, runs on past its paragraph)
    for paragraph in re.finditer(r"[^\n]+", text):
        pieces += _pieces(paragraph.group(), paragraph.start())
    if not pieces:
        return []
    groups: list[list[tuple[int, int, bool]]] = []
    for piece in pieces:
        if groups and _continues(text, groups[-1][-1], piece):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    found: list[Quotation] = []
    for number, group in enumerate(groups):
        report, relay = next(
            (found for found in (_attribution(text, start, end) for start, end, _ in group) if found[0]), (None, None)
        )
        found += [Quotation(start, end, report, number, relay) for start, end, _ in group]
    return found


def _pieces(paragraph: str, offset: int) -> list[tuple[int, int, bool]]:
    """Quoted spans of one paragraph: typographic marks pair, straight double quotes alternate."""
    found = []
    for match in QUOTED.finditer(paragraph):
        body = match.group(0)
        closed = len(body) > 1 and body[-1] in '”"’'
        if len(body.split()) < 3 and closed:
            continue  # a scare quote ("a handful", "invented"), not a quotation
        found.append((offset + match.start(), offset + match.end(), not closed))
    return found


def _continues(text: str, previous: tuple[int, int, bool], piece: tuple[int, int, bool]) -> bool:
    """The piece goes on the quotation before it: the same paragraph, or the next one it runs into."""
    between = text[previous[1] : piece[0]]
    if previous[2]:  # ran on to the end of its paragraph: the next paragraph opens with the rest
        return between.strip() == ""
    if "\n" in between:
        return False
    first_end = _SENTENCE_END.search(between)
    if first_end is not None and between[first_end.end() :].strip():
        # '"... one asset". Others thought the sell-off was overdone. "The salt ...": a sentence of its own between
        # the pieces, not the attribution of the first, starts another quotation
        return False
    return bool(has_cue(between)) and len(between) < 120  # '"...," she said. "..."'


# "... from the harbour master, Lena Strand:", "... from Lena Strand:": the named source of relayed words
RELAYED_FROM = re.compile(r"\bfrom\s+(?:[^,:;]{0,60},\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*:\s*$")


def _attribution(text: str, start: int, end: int) -> tuple[Report | None, Report | None]:
    """The reporting clause next to one piece: after its closing mark, else before its opening mark."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    after = text[end:line_end]
    opening = next((at for at in (after.find(OPENING), after.find('"'), after.find("‘")) if at >= 0), -1)
    stop = _SENTENCE_END.search(after)
    clause_end = min(x for x in (opening if opening >= 0 else len(after), stop.end() if stop else len(after)))
    clause = after[:clause_end]
    # '"... 300 million ducats." A spokesman denied ...': a quotation closed by a full stop ends its sentence,
    # and the next sentence is no attribution of it ('"Why?" she asked' goes on in lower case)
    new_sentence = re.search(r"[.!?…][”\"’]$", text[max(0, end - 2) : end]) and re.match(r"\s+[A-Z]", after)
    if clause.strip() and has_cue(clause) and not new_sentence:
        # '"closer to 15 per cent", once a separate fund of 50 million was counted': an agentless passive after a
        # quotation attributes it to no one; the clause before it may
        reports = [r for r in find_reports("”" + clause) if r.subject]
        if reports:
            return reports[0], None
    before = text[line_start:start]
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    lead = before[sentence_start:]
    if has_cue(lead) and re.search(r"[:,]?\s*$", lead):
        reports = [r for r in find_reports(lead) if r.subject]
        if reports:
            return reports[-1], (reports[-2] if len(reports) > 1 else None)
    if lead.rstrip().endswith(":") and not re.search(r"[“”\"]", lead):
        # 'A passenger, Oskar Lind, has sent us a message from deck seven: "..."': a clause with no reporting verb
        # that introduces the quotation by a colon gives it its subject's voice, as a paragraph ending in one does
        # 'The council has shared a statement from the harbour master, Lena Strand: "..."': words relayed "from" a
        # named person are theirs, not the relay's ("a message from the top deck" names a place, and keeps the subject)
        relayed = RELAYED_FROM.search(lead)
        subject = relayed.group("name") if relayed else introducing_subject(lead)
        if subject:
            return Report(position=0, subject=subject, stance="asserts"), None
    if not lead.strip() and line_start > 0:
        # a paragraph that opens with the quotation, after one that ends in a colon: "The fire chief, Ada Lenz,
        # has just given an update to reporters:" introduces whose words follow
        previous = text[:line_start].rstrip()
        previous = previous[previous.rfind("\n") + 1 :]
        if previous.endswith(":"):
            sentence_start = max((m.end() for m in _SENTENCE_END.finditer(previous)), default=0)
            introduction = previous[sentence_start:].strip()
            reports = [r for r in find_reports(introduction) if r.subject]
            if reports:
                return reports[-1], None
            subject = introducing_subject(introduction)
            if subject:
                return Report(position=0, subject=subject, stance="asserts"), None
    return None, None
