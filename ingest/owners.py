"""
The body a speaker given as a common noun stands for.

A reporting clause often names its source by a definite description of a kind the page has already named ("the club
said" after "Skellow Wanderers, the league club,") or by a document or a figure whose owner is the claimant ("according
to the results statement", "the study said", "by our calculation"). The source is that body, not the noun: a reader
checking the claim asks the club, the company whose results they are, the institute that did the study, the outlet.
Each resolution keeps what the engine said when the page names no body it can mean.
"""

from __future__ import annotations

import re

from ingest.speakers import (
    ENTITY,
    ENTITY_PATTERN,
    GENERIC_ORG_HEADS,
    NAMED_BY_KIND,
    NOT_NAME_OPENERS,
    OPENING_SUBJECT,
    ORG_WORDS,
    Speaker,
    SpeakerMemory,
)

# A speaker given as a common noun phrase, up to three words: "club", "results statement", "the study", "our
# calculation"; the last word its head
COMMON_NOUN_SPEAKER = re.compile(r"(?:[Tt]he\s+)?(?P<phrase>(?:[a-z][a-z-]*\s+){0,2}(?P<head>[a-z][a-z-]*))")
OUR = re.compile(r"(?:our|my)\s")
# What a body publishes whose figures are its own: its statement, its results, its study, its accounts
DOCUMENT_HEADS = frozenset({
    "statement", "results", "study", "survey", "report", "accounts", "figures", "data", "records", "analysis",
    "review", "audit", "census", "bulletin", "calculation", "calculations", "research", "findings", "estimate",
    "estimates", "paper",
})  # fmt: skip
# The people who did a study, who speak for the body they work at
RESEARCHERS = frozenset({"researchers", "scientists", "academics", "authors"})
# "Kestrel Research": a word of a kind no company is, except in a market researcher's name
MARKET_RESEARCH = frozenset({"research"})
# What a body gives of its own: its results and its accounts are the body's whose story the page tells
OWN_RESULTS = frozenset({"results", "accounts"})
_NAME = rf"(?:[Tt]he\s+)?(?P<owner>{ENTITY_PATTERN})"
# "researchers at the Karsa Institute of Technology", "scientists from Norrvik University"
RESEARCHERS_AT = re.compile(rf"\b(?:[Rr]esearchers|[Ss]cientists|[Aa]cademics)\s+(?:at|from|with)\s+{_NAME}")


def _a_body(name: str, memory: SpeakerMemory) -> bool:
    """
    Whether ``name`` is a body the page names by a name, not a word opening a sentence ("There", "Last year the
    ..."), a kind in lower case ("The council") or a wire agency's dateline.
    """
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if ENTITY.fullmatch(bare) is None or bare.split()[0].lower() in NOT_NAME_OPENERS or name in memory.wires:
        return False
    return memory.is_organisation(name)


def _owner_before(text: str, noun: str, memory: SpeakerMemory) -> str | None:
    """
    The body the page names, last before its end, as the owner of a document it calls ``noun``: "Laddervale's
    results statement", "the survey by Kestrel Research", "final results published on Tuesday by the National
    Statistics Office", "Kestrel published its survey".
    """
    noun = re.escape(noun.removesuffix("s")) + r"s?"
    owned = (
        rf"(?P<owner>{ENTITY_PATTERN})(?:['’]s|(?<=s)['’])\s+(?:[a-z-]+\s+){{0,3}}?{noun}\b",
        rf"\b{noun}\s+(?:[\w,-]+\s+){{0,6}}?(?:by|from)\s+{_NAME}",
        rf"(?P<owner>{ENTITY_PATTERN})\s+(?:has\s+|have\s+)?(?:published|released|issued|carried\s+out)\s+"
        rf"(?:its|their|an?|the)\s+(?:[a-z-]+\s+){{0,3}}?{noun}\b",
    )
    found = [m for pattern in owned for m in re.finditer(pattern, text)]
    named = [m for m in found if _a_body(m.group("owner"), memory)]
    return max(named, key=lambda m: m.start()).group("owner") if named else None


def _researchers_body(text: str) -> str | None:
    """The one body the page says researchers work at: "Researchers at the Karsa Institute of Technology found"."""
    bodies = {m.group("owner") for m in RESEARCHERS_AT.finditer(text)}
    return bodies.pop() if len(bodies) == 1 else None


def _fits_kind(name: str, head: str, memory: SpeakerMemory) -> bool:
    """
    Whether the body named ``name`` is of kind ``head``: its name holds the word ("Brackwater City Council" for
    "council"), it was introduced as one ("Valsby Falcons, the oldest speedway club"), or, for a kind a trading name
    leaves unsaid ("company", "club", "charity"), its name says it is of no other kind (not "Harbour Ministry").
    """
    words = name.lower().split()
    if head in words or memory.introduced_heads.get(name) == head:
        return True
    if head not in GENERIC_ORG_HEADS | NAMED_BY_KIND:
        return False
    return not any(word in ORG_WORDS - MARKET_RESEARCH for word in words)


def _kind_body(sentence: str, head: str, memory: SpeakerMemory) -> str | None:
    """
    The body a definite kind noun takes up: the one of that kind the page named (by a name holding it, introduced
    with it, in lower case by what it does), else the last body named before it in the sentence, else the body the
    sentence before was about, when that body can be of the kind.
    """
    known = memory.named_body_of_kind(head) or memory.organisations.get(head)
    if known and _a_body(known, memory) and _fits_kind(known, head, memory):
        return known
    definite = re.search(rf"\b[Tt]he\s+{head}\b", sentence)
    if head not in GENERIC_ORG_HEADS | NAMED_BY_KIND or definite is None:
        return None  # "Brennick Airport handled 31 million passengers, its operator said": another body, its own
    at = definite.start()
    here = [n for n in memory.sentence_organisations() if 0 <= sentence.find(n) < at]
    # the body the sentence before was about ("Kestrel interviewed 1,850 adults. ..., the company said"), for a kind
    # any business is; a club or a school the sentence before named in passing is not yet the one the page means
    before = memory.subject_organisation if head in GENERIC_ORG_HEADS else None
    for name in (*reversed(here), before):
        if name and _a_body(name, memory) and _fits_kind(name, head, memory):
            return re.sub(r"^[Tt]he\s+", "", name)
    return None


def body_meant(speaker: Speaker, sentence: str, memory: SpeakerMemory) -> Speaker:
    """
    The speaker as the body a common noun stands for: "our calculation" the outlet's, "the results statement" or
    "the study" its owner's as the page names it, "the club" the club the page named. ``speaker`` as it is when its
    name is no common noun or the page names no body it can mean.
    """
    name = speaker.name
    common = COMMON_NOUN_SPEAKER.fullmatch(name) if name and not speaker.anonymous else None
    if common is None:
        return speaker
    phrase, head = common.group("phrase"), common.group("head")
    before = memory.text_through(sentence)
    body: str | None = None
    if OUR.match(phrase):
        body = memory.publication
    elif head in RESEARCHERS:
        body = _researchers_body(before)
    elif head in DOCUMENT_HEADS:
        body = _owner_before(before, head, memory) or (_researchers_body(before) if head == "study" else None)
        if body is None and OWN_RESULTS & set(phrase.split()):
            # "Valsby Falcons cut its loss, according to accounts filed on Friday": the subject's, else the body
            # the page quotes most
            opening = OPENING_SUBJECT.match(sentence)
            subject = opening.group(1) if opening is not None else None
            for own in (memory.body_spoken_for(), subject, memory.most_quoted_body()):
                if own and _a_body(own, memory) and not body:
                    body = own
    elif head in ORG_WORDS and phrase == head:  # "the club", not "the education ministry", a body as it is called
        body = _kind_body(sentence, head, memory)
    if not body or body.lower() == phrase:
        return speaker
    return Speaker(re.sub(r"^[Tt]he\s+", "", body), speaker.stance, speaker.via, speaker.anonymous)
