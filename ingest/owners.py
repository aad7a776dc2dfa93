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
# "Harlow University and Kelso College": a name the entity pattern runs across "and" is two names
_JOINED = re.compile(r"\s+and\s+(?:the\s+)?")
# "A new study of 9,000 adults has now found": a study or a team the page brings in anew, not the researchers' before
NEW_STUDY = re.compile(
    r"\b[Aa]n?\s+(?:(?:new|separate|second|further|later|different|rival)\s+)?(?:study|team|paper)\b"
)
# the end of the sentence a match stands in
_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?:\s|$)")
# a sentence opening with an owner of its own: "Marton Rovers lost", "Tarrow's order book"; or with "Their wage bill"
_OWN_OPENING = re.compile(rf"^\W*(?:The\s+)?(?P<name>{ENTITY_PATTERN})")
_THEIR_OPENING = re.compile(r"^\W*(?:Their|They)\b")
_THE = re.compile(r"^[Tt]he\s+")
_RIVAL = re.compile(r"\brivals?\s+(?:the\s+)?$")


def _bare(name: str) -> str:
    """A name without the "the" before it: "the Karsa Institute" -> "Karsa Institute"."""
    return _THE.sub("", name)


def _a_body(name: str, memory: SpeakerMemory) -> bool:
    """
    Whether ``name`` is a body the page names by a name, not a word opening a sentence ("There", "Last year the
    ..."), a kind in lower case ("The council") or a wire agency's dateline.
    """
    bare = _bare(name)
    if ENTITY.fullmatch(bare) is None or bare.split()[0].lower() in NOT_NAME_OPENERS or name in memory.wires:
        return False
    return memory.is_organisation(name)


def _full(name: str, text: str, memory: SpeakerMemory) -> str:
    """
    A body's name as the page gave it in full before: "Kelso" for "Kelso Scooters", from memory or, for a one-word
    name, the one longer name the text begins with it.
    """
    name = _bare(name)
    full = memory.resolve(name)
    if full == name and " " not in name:
        full = memory.body_by_word(name) or name
    if full == name and " " not in name:
        longer = {e.group(0) for e in re.finditer(rf"\b{re.escape(name)}(?:\s+[A-Z][\w'’-]*)+", text)}
        longest = max(longer, key=len, default=name)
        full = longest if all(longest.startswith(n) for n in longer) else name
    return full


def _sentence_owner(sentence: str, text: str, memory: SpeakerMemory) -> str | None:
    """
    The body the sentence opens with as its subject or its subject's owner, known as a body or by the longer name the
    page gave it: "Tarrow's order book rose" after "Tarrow Bikes reported".
    """
    opening = _OWN_OPENING.match(sentence)
    name = opening.group("name") if opening is not None else None
    if not name:
        return None
    name = re.sub(r"['’]s?$", "", name)  # "Tarrow's", "Rovers'": the owner
    full = _full(name, text, memory)
    return full if _a_body(full, memory) or full != _bare(name) else None


def _owner_before(text: str, noun: str, memory: SpeakerMemory, sentence: str = "") -> str | None:
    """
    The body the page names, last before its end, as the owner of a document it calls ``noun``: "Laddervale's
    results statement", "the survey by Kestrel Research", "final results published on Tuesday by the National
    Statistics Office", "Kestrel published its survey". A possessive before the sentence gives way to the body the
    sentence itself opens with ("Tarrow's order book rose ..., according to the results statement" after "Kelso's
    results statement").
    """
    noun = re.escape(noun.removesuffix("s")) + r"s?"
    owned = (
        rf"(?P<owner>{ENTITY_PATTERN})(?:['’]s|(?<=s)['’])\s+(?:[a-z-]+\s+){{0,3}}?{noun}\b",
        rf"\b{noun}\s+(?:[\w,-]+\s+){{0,6}}?(?:by|from)\s+{_NAME}",
        rf"(?P<owner>{ENTITY_PATTERN})\s+(?:has\s+|have\s+)?(?:published|released|issued|carried\s+out)\s+"
        rf"(?:its|their|an?|the)\s+(?:[a-z-]+\s+){{0,3}}?{noun}\b",
    )
    found = [(m, i) for i, pattern in enumerate(owned) for m in re.finditer(pattern, text)]
    named = [(m, i) for m, i in found if _a_body(m.group("owner"), memory)]
    if not named:
        return None
    last, pattern = max(named, key=lambda found: found[0].start())
    owner = _full(last.group("owner"), text, memory)
    if pattern == 0 and last.end() <= len(text) - len(sentence):
        here = _sentence_owner(sentence, text, memory)
        return here or owner
    return owner


def _issuer(text: str, noun: str, memory: SpeakerMemory) -> str | None:
    """
    The body the page last says issued the results or accounts it calls ``noun``: "Tarrow Bikes reported its
    half-year results", "the National Statistics Office said on Monday, publishing the census results".
    """
    issued = (
        rf"(?P<owner>{ENTITY_PATTERN})\s+(?:has\s+|have\s+)?(?:reported|published|announced|released|issued|filed)"
        rf"\s+(?:its|their|the)\s+(?:[a-z-]+\s+){{0,3}}?{noun}\b",
        rf"(?P<owner>{ENTITY_PATTERN})\s+said\b[^.]*?,\s+(?:publishing|releasing|announcing|reporting)\s+"
        rf"(?:its|their|the)\s+(?:[a-z-]+\s+){{0,3}}?{noun}\b",
    )
    found = [m for pattern in issued for m in re.finditer(pattern, text)]
    # "as rival Harlow Line reported its results": a rival's results are not the ones the page tells of
    named = [m for m in found if _a_body(m.group("owner"), memory) and not _RIVAL.search(text, 0, m.start())]
    return _full(max(named, key=lambda m: m.start()).group("owner"), text, memory) if named else None


def _own_results(sentence: str, word: str, before: str, memory: SpeakerMemory) -> str | None:
    """
    Whose results or accounts a sentence takes figures from, when it names no owner of them: the body the page says
    issued them; else the body the sentence opens with ("Valsby Falcons cut its loss, according to accounts"), and
    none when it opens with another name or with "Their" ("Marton Rovers lost ..., according to accounts"); else
    the body the sentence before was about, or the one body the page quotes.
    """
    issuer = _issuer(before, word, memory)
    if issuer is not None:
        return issuer
    if _THEIR_OPENING.match(sentence):
        return None
    named = _OWN_OPENING.match(sentence)
    name = re.sub(r"['’]s?$", "", named.group("name")) if named is not None else ""
    if name and name.split()[0].lower() not in NOT_NAME_OPENERS and memory.capitalised_inside(name.split()[0]):
        return _sentence_owner(sentence, before, memory)  # the sentence's own subject, a body or none
    quoted = list(memory.speaking_organisations)
    for own in (memory.body_spoken_for(), memory.subject_organisation, quoted[0] if len(quoted) == 1 else None):
        if own and _a_body(own, memory):
            return own
    return None


def _researchers_body(text: str, memory: SpeakerMemory) -> str | None:
    """
    The one body the page says researchers work at: "Researchers at the Karsa Institute of Technology found". Not a
    place ("Scientists from Norway"), not two bodies ("from Harlow University and Kelso College"), and not when the
    page brings in a new study or team after the sentence that named them ("A new study of 9,000 adults").
    """
    bodies: set[str] = set()
    last = None
    for m in RESEARCHERS_AT.finditer(text):
        bodies.update(part for part in _JOINED.split(m.group("owner")) if _a_body(part, memory))
        last = m
    if last is None or len(bodies) != 1:
        return None
    end = _SENTENCE_END.search(text, last.end())
    if end is not None and NEW_STUDY.search(text, end.end()):
        return None
    return bodies.pop()


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
            return _bare(name)
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
        body = _researchers_body(before, memory)
    elif head in DOCUMENT_HEADS:
        body = _owner_before(before, head, memory, sentence)
        body = body or (_researchers_body(before, memory) if head == "study" else None)
        own = [word for word in phrase.split() if word in OWN_RESULTS]
        if body is None and own:
            # "Valsby Falcons cut its loss, according to accounts filed on Friday": the issuer's, else the subject's
            body = _own_results(sentence, own[-1], before, memory)
    elif head in ORG_WORDS and phrase == head:  # "the club", not "the education ministry", a body as it is called
        body = _kind_body(sentence, head, memory)
    if not body or body.lower() == phrase:
        return speaker
    return Speaker(_bare(body), speaker.stance, speaker.via, speaker.anonymous)
