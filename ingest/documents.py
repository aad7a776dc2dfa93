"""
Documents a page prints in one voice, and whose each is.

A news page may print someone's document among its own sentences: a memo under its "From:" line, a judgment's numbered
paragraphs, a notices page's items, a body's questions and answers or a ministry's thread carried whole under the
paper's introduction. Nothing inside the document says "said": the page says whose it is once, by the document's
header, its issuer's name where an item opens or signs off, or the introduction above it. The figures inside are the
owner's, as a release's are its issuer's (ingest.interviews.find_issuer); the introduction and the paper's notes after
the document are the paper's.

Every form goes through one reader, find_documents, which returns the blocks it found, each with its owner, its span
and the cue that found it (OwnedBlock.found_by):

- HEADED: a block the cleaner keeps under its "From:" line, or in numbered sections under an introduction that says a
  body published it, or a judgment's numbered paragraphs in the voice of the page's one judge;
- NOTICE: a notices page's item under its heading in capitals, its issuer's;
- CARRIED_ANSWERS: a body's labelled questions and answers carried whole under an introduction naming the body;
- SIGNED: a document under its heading naming its kind ("ENFORCEMENT NOTICE") and/or over its issuing line or
  sign-off ("Issued by: ...", "Yours sincerely," over a name and a role), which the cleaner keeps, its issuer's or
  signer's;
- CARRIED_TEXT_BELOW: any document the introduction says the page carries as written ("We reproduce it as posted"),
  tried only where no header or notice already says whose each part is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from ingest.cleaning import (
    BODY_HEADING,
    CLOSING,
    DATA_LINE,
    DOCUMENT_HEADING,
    HEADER_LINE,
    ISSUER_FIELD,
    ISSUING_LINE,
    MAX_SIGNATURE_LINES,
    MIN_NOTICE_HEADINGS,
    NOTICE_HEADING,
    NUMBERED_HEADING,
    OFFICIAL_TITLE,
    OPENED_WITHIN,
    REPORT_AUTHOR,
    body_heading_labels,
    heading_name,
    masthead_body,
    masthead_line,
    release_mark,
    written_names,
)
from ingest.cues import (
    ANONYMOUS_HEADS,
    APPEAL_WINDOW,
    ISSUED,
    ISSUING_VERBS_LESS_RELEASE,
    LEGAL_FORMS,
    NOT_SENDER_WORDS,
    OFFICIAL_BODY_HEADS,
    READING_VERBS,
    REPORT_OFFICE_HEADS,
    form_alternation,
)
from ingest.dates import MONTH_NAME, WEEKDAY_NAME
from ingest.interviews import ANSWER_LABEL, PROSE_END, QUESTION_LABEL, prose_paragraph
from ingest.sentences import paragraph_spans
from ingest.speakers import (
    BODY_KINDS,
    NOT_NAME_OPENERS,
    NOT_NAMES,
    looks_like_body,
    looks_like_person,
    people_named,
    strip_titles,
)

HEADED = "headed"
NOTICE = "notice"
CARRIED_ANSWERS = "carried answers"
CARRIED_TEXT_BELOW = "carried text"
SIGNED = "signed"


@dataclass(frozen=True)
class OwnedBlock:
    """A span of the text ([start, end)) in one owner's voice, and the cue that found it (HEADED, NOTICE, ...)."""

    owner: str
    start: int
    end: int
    found_by: str

    def at(self, position: int) -> bool:
        return self.start <= position < self.end


@dataclass(frozen=True)
class Documents:
    """The owned blocks of a page, in the order find_documents found them (the first that holds a position wins)."""

    blocks: tuple[OwnedBlock, ...]

    def found_by(self, *cues: str) -> bool:
        return any(block.found_by in cues for block in self.blocks)

    def block_at(self, position: int, *cues: str) -> OwnedBlock | None:
        return next((block for block in self.blocks if block.found_by in cues and block.at(position)), None)

    def owner_at(self, position: int, *cues: str) -> str | None:
        block = self.block_at(position, *cues)
        return block.owner if block is not None else None


def find_documents(text: str, judge: str | None, *, notices: bool) -> Documents | None:
    """
    Every document the page prints in its owner's voice, ``judge`` the one judge the page names (or None): the headed
    documents, then a notices page's items (where ``notices``: not on an interview's page), or else the documents
    under their own heading or over their own sign-off (on no interview's page either), then a body's questions
    and answers carried whole, or else, where neither a header nor a notice says whose a part is, any document the
    introduction says the page carries as written.
    """
    blocks = [*_headed_documents(text, judge), *(_notice_items(text) if notices else ())]
    blocks += [*_signed_documents(text), *_body_headed_documents(text)] if notices and not blocks else []
    blocks += _printed_official_document(text) if notices and not blocks else []
    carried = _carried_answers(text) or (None if blocks else _carried_document(text))
    blocks += [carried] if carried is not None else []
    return Documents(tuple(blocks)) if blocks else None


# A body's own questions and answers a news page prints whole, under its introduction: the labelled turns ("Q. How much
# will it cost?" / "A. The current estimate is 412 million"), and the body the introduction says wrote or published them
# ("Varn District Council published the page below", "The trust has put its answers online"): the answers are the
# body's, as a release carried whole is its issuer's (find_issuer), and the introduction and any note after them the
# paper's
CARRIED_BY = re.compile(
    r"(?:(?m:^)|(?<=[.!?]\s))(?P<name>(?:The )?[A-Z][\w'’&-]*(?: (?:of|for|and|the|on|[A-Z][\w'’&-]*)){1,6}) "
    r"(?:has |have )?(?:published|posted|put|issued|wrote|released)\b"
)
# an introduction that says the questions and answers below are the body's as it wrote them: "published the page
# below", "We have reproduced its questions and answers as the council wrote them", "printed in full"
CARRIED_WHOLE = re.compile(
    r"\b(?:below|reproduced|reprinted|in\s+full|unedited|as\s+(?:supplied|received|published)|as\s+(?:it|they|the\s+"
    r"[a-z]+)\s+wrote\s+(?:it|them))\b",
    re.IGNORECASE,
)
# the paper answering in its own voice: "Here we answer the main questions", "We explain what they mean"
PAPER_ANSWERS = re.compile(r"\b(?:[Hh]ere\s+)?[Ww]e\s+(?:answer|explain|look\s+at|set\s+out|take\s+you)\b")
MIN_CARRIED_TURNS = 3  # a body's FAQ asks three questions at least; an interview's two labelled ones may be anyone's


def _carried_answers(text: str) -> OwnedBlock | None:
    """
    A body's questions and answers carried whole on a news page: three labelled questions at least, each answered by a
    labelled answer, under an introduction that names the body as the one that published or wrote them. The document
    runs from its first question to its last answer; a paragraph after it, the paper's note in brackets or its links,
    is the paper's again. An interview's labelled turns under an introduction that names a person are find_interview's.
    """
    if "\nQ" not in text or "\nA" not in text:
        return None
    paragraphs = paragraph_spans(text)
    asked = [i for i, (start, _) in enumerate(paragraphs) if QUESTION_LABEL.match(text, start)]
    answered = [i for i in asked if i + 1 < len(paragraphs) and ANSWER_LABEL.match(text, paragraphs[i + 1][0])]
    if len(answered) < MIN_CARRIED_TURNS or len(answered) < len(asked):
        return None
    introduction = text[: paragraphs[asked[0]][0]]
    if not CARRIED_WHOLE.search(introduction) or PAPER_ANSWERS.search(introduction):
        return None  # the paper's own explainer of a body's plan ("Here we answer the main questions"), not the body's
    owners = [
        found.group("name")
        for found in CARRIED_BY.finditer(introduction)
        if any(word.lower() in BODY_KINDS for word in found.group("name").split())
    ]
    if not owners:
        return None
    owner = owners[-1].removeprefix("The ")  # "The Office for National Statistics": the Office for National Statistics
    return OwnedBlock(owner, paragraphs[asked[0]][0], paragraphs[answered[-1] + 1][1], CARRIED_ANSWERS)


# What a body writes, which a page may carry whole as its owner wrote it: "the summary", "the open letter" (not "the
# video", "the CCTV image", "the footage", which the page shows while it reports in its own words: findings_speakers43
# H5)
DOCUMENT_NOUN = (
    r"(?:list|summary|statement|letter|notice|text|e-?mail|post|message|note|memo|report|transcript|document"
    r"|announcement|update|guidance|advice|warning|apology|response|reply|thread|leaflet|circular|bulletin|minutes"
    r"|findings|conclusions|terms|proposals|plan|timetable|speech|petition|declaration|rules|policy|agreement)s?"
)
# When it was published, after "below": "on Thursday", "on 4 November", "on Thursday morning", "yesterday", "last
# week", "late on Sunday" (findings_speakers43 M3)
_WHEN = (
    r"(?:(?:late\s+|early\s+)?(?:on|last|this|in)\s+)?"
    rf"(?:{WEEKDAY_NAME}|\d{{1,2}}\s+{MONTH_NAME}|{MONTH_NAME}(?:\s+\d{{1,2}})?"
    r"|morning|afternoon|evening|night|week|month|year|yesterday|today|tonight)"
    rf"(?:,?\s+(?:\d{{1,2}}\s+{MONTH_NAME}|\d{{4}}|morning|afternoon|evening|night))?"
)
# The verbs a body puts out the document printed below by, in both readings of "<body> published ... below" here
# (CARRIED_TEXT, PUBLISHED_BELOW): cues' ISSUED, and "posted" for a post
PUT_OUT = rf"(?:{ISSUED}|posted)"
# The introduction of any document a page carries whole, whatever its kind: a noun for the document and a verb that
# says the page carries it as its owner wrote it ("We reproduce it as posted", "printed in full as laid", "We print the
# text as delivered", "Their notice is reproduced below", "Republished with permission of the Harbour Board")
CARRIED_TEXT = re.compile(
    # findings_owner36 #1-3, #6, #7: the phrase must say that this page carries it here ("we print", "is reproduced
    # below") and end the introduction, not that it was published elsewhere ("was published in full on the council
    # website"), is quoted in a sentence ("The statement reads:", "the text of the bill") or a word "carried ... below"
    r"(?:(?:\b[Ww]e\s+(?:have\s+|will\s+)?|\b(?:is|are)\s+(?:being\s+|here\s+)?)"
    r"(?:reproduc|reprint|print|publish|republish)(?:e|es|ed|ing)?|\b(?:reproduces|reprints|republishes))"
    r"\b[^.!?\n]{0,60}?"
    # (with the writer's leave: "We reproduce it with her permission"; as it stood: "as it appeared on Glimmer")
    r"\b(?:below|here|in\s+full|as\s+follows|unedited|with\s+(?:the|her|his|their|its)?\s*permission"
    r"|as\s+(?:posted|laid|delivered|issued|sent|written|supplied|received|published|(?P<filed>filed)|it\s+appeared))"
    r"(?![^.!?\n]{0,60}\b(?:on|at|in)\s+(?:the|its|their|his|her|a)\s+[\w' ]{0,30}(?:website|site|page|feed|account)\b)"
    r"(?=[^.!?\n]{0,100}(?:[.!?:;]|$))"
    r"|\breads\s+in\s+full:\s*$"
    # a body that "published the summary below": a document, below, on this page, ending its sentence but for when
    # (not "the report, published below," in the middle of a story, nor "published the list below on its website",
    # nor "posted the video below", after which the paper goes on in its own words)
    rf"|\b{PUT_OUT}\s+(?:the|its|this|a)\s+(?:[\w-]+\s+){{0,3}}?{DOCUMENT_NOUN}\s+below"
    rf"(?:\s+{_WHEN})?\s*[.:]"
    # a first-person account the page gives its teller, whoever wrote it down: "This is her account, as told to Mirela
    # Thand", "In his own words", "as told to our reporter". findings_firstperson38 #1, #2: the phrase ends its
    # sentence, told to a reporter (a person's name, checked in _carries, or "our reporter"), not to a tribunal in the
    # middle of a lead ("Holt's story, as told to the tribunal, was backed"); "in his own words" ends the introduction
    r"|\b[Aa]s\s+told\s+to\s+(?P<writer>(?:our|this\s+paper's|the\s+paper's)\s+[\w ]{1,40}?"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*(?:[.:]|$)"
    r"|\b(?P<own>[Ii]n\s+(?:his|her|their)\s+own\s+words)\s*[.:]?\s*$"
)
# a line after the document that turns back to the paper: "Post notes:", "Our notes follow", "Analysis:", and the
# document's own end ("ENDS", "* * *"; findings_owner36 #4)
PAPER_AFTER = re.compile(
    r"(?:(?:[\w'’ ]{0,30}\bnotes?|Analysis|Reaction|Background|Editor's note)\s*(?::|$)"
    r"|ENDS\s*$|(?:\*\s*){3}$|-{3,}\s*$)",
    re.I | re.M,
)
# a letter's sign-off: the paragraph after it is the paper's again (findings_owner36 #4)
SIGN_OFF = re.compile(r"(?:Yours\b|Kind regards\b|Best regards\b|Regards,|Signed[,:]?\s)", re.I)
HEAD_PARAGRAPHS = 4  # the introduction stands in the page's head, before the carried body's first paragraph


# the job a teller is introduced by, no part of the name: "Nurse Mia Holt", "Firefighter Ola Brandt"
ACCOUNT_TITLE = re.compile(
    r"^(?:Nurse|Midwife|Paramedic|Firefighter|Teacher|Farmer|Miner|Driver|Carer|Pensioner|Student|Volunteer|Soldier|"
    r"Veteran|Fisherman|Survivor|Porter|Cleaner)\s+(?=[A-Z]\S*\s+[A-Z])"
)


def _carries(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first CARRIED_TEXT phrase in text[start:end] whose "as told to" names a person or the paper's reporter."""
    for found in CARRIED_TEXT.finditer(text, start, len(text) if end is None else end):
        writer = found.group("writer")
        if writer is None or writer[0].islower() or looks_like_person(writer):
            return found
    return None


def _carried_document(text: str) -> OwnedBlock | None:
    """
    Any document a page carries whole under an introduction that names its owner and says the page carries it as
    written (CARRIED_TEXT): a ministry's thread "reproduced as posted", a statement "printed in full as laid", a lecture
    "we print the text as delivered". The owner is the first body (BODY_KINDS) or person the introduction names; the
    document runs from the paragraph after the introduction to the paper's own notes (PAPER_AFTER) or the page's end.
    A news story that only mentions a document further down ("the report, published below") has no such head, and
    the paper answering in its own voice (PAPER_ANSWERS) carries none.
    """
    paragraphs = paragraph_spans(text)
    prose = [i for i, (a, b) in enumerate(paragraphs) if prose_paragraph(text[a:b])]
    for i in prose[:2]:
        start, end = paragraphs[i]
        introduction = text[start:end]
        carried = _carries(introduction) if i <= HEAD_PARAGRAPHS * 3 else None
        if carried is None or PAPER_ANSWERS.search(introduction):
            continue
        names = _without_times(_names_in(introduction))
        if carried.group("filed") and not any(
            _may_send(name) and _puts_out(introduction, a + len(name)) for a, name in names
        ):
            # owners44: a reporter files copy too ("This report was filed by the pool reporter", "Ana Sorvik filed this
            # report from Kellmo": mendowners44 M2), and a debtor files for bankruptcy (H3): no owner
            continue
        owner = _document_owner(introduction, names)
        if owner is None:
            return None
        account = carried.group("writer") is not None or carried.group("own") is not None
        if account:
            # findings_firstperson38 #1, #2, #5: an account is one only if its body goes on in the first person, and
            # it is its teller's by name, without a title ("Nurse Mia Holt" is Mia Holt); "Holt said" ends it
            body = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            if body is None or _OWN_FIRST_PERSON.search(_QUOTED.sub("", text[slice(*body)])) is None:
                return None
            owner = ACCOUNT_TITLE.sub("", strip_titles(owner))
        last_name = re.compile(r"\b" + re.escape(owner.split()[-1]) + r"\b") if account and owner.split() else None
        after = [
            j
            for j in range(i + 1, len(paragraphs))
            if PAPER_AFTER.match(text, paragraphs[j][0])
            or (j > i + 1 and SIGN_OFF.match(text, paragraphs[j - 1][0]))
            # findings_owner36 #4: no end marker, the paper reporting again names the owner in the third person (a
            # reporting verb alone also stands inside documents: "the council has told us")
            or (j > i + 1 and owner in text[slice(*paragraphs[j])])
            or (j > i + 1 and last_name is not None and last_name.search(text, *paragraphs[j]) is not None)
        ]
        if after and any(_carries(text, *paragraphs[j]) for j in range(i + 1, after[0])):
            return None  # a second document under its own introduction: whose each figure is is left to the base
        last = paragraphs[after[0]][0] if after else len(text)
        return OwnedBlock(owner, end, last, CARRIED_TEXT_BELOW) if last > end else None
    return None


# the verb by which a sender put out the document the page prints, right after its name or after its kind in
# commas: "Tove Marrick, sent the following email", "Orrin Vale & Co, the liquidators of Pendry Foods, filed the
# notice below", "Tallowby, the holiday booking site, updated its price guide"
CARRIED_SENDER = re.compile(
    r"(?:,\s+(?:the|an?)\s+[^,.;:!?\n]{1,80},|,)?\s+(?:has\s+|have\s+)?"
    r"(?P<verb>sent|posted|issued|wrote|published|released|laid|delivered|filed|updated)\b"
)
# mendowners44 H3, M2: what "filed" puts out is a document only when it is the one printed here ("filed the following
# notice", "filed the claim below") or a document of the filer's own ("filed its statement of accounts"), not a case
# ("filed for bankruptcy", "filed a claim against the council", "filed charges") nor a reporter's copy ("filed this
# report from Kellmo")
FILED_DOCUMENT = re.compile(
    r"\s+(?:the\s+following\b|(?:the|its|this|these|their|his|her|an?)\s+(?:[\w'’-]+\s+){0,3}?[\w-]+\s+below\b"
    rf"|(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?!reports?\b|dispatch){DOCUMENT_NOUN}\b)"
)
# "signed by" and the words up to the signer's name: its title or kind, in commas or not ("signed by the museum's
# head of collections, ", "signed by chief executive "), never past its signers to whom the document asks or is sent
# to ("signed by more than 3,000 residents, asks Hartvale District Council": mendowners44 M1)
SIGNED_BY = re.compile(r"\bsigned\s+by\s+(?:[^.!?,]{0,60},\s+|(?:[a-z][\w'’-]*\s+){0,6})?$")
# mendowners44 H1: the body a document is from, named with it: "the following statement from the Hartvale Water
# Board", "the letter below from Skylo"; whoever posted or published it only relays it ("Reuters published ...")
RELAYED_FROM = re.compile(
    rf"\b(?:following|this|the|a)\s+(?:[\w'’-]+\s+){{0,2}}?{DOCUMENT_NOUN}\s+(?:below\s+)?from\s+(?:the\s+)?$"
)
# "the Hartvale Water Board's statement below", "Skylo's notice, which we print"
RELAYED_OWNS = re.compile(rf"['’]s\s+(?:[\w'’-]+\s+){{0,2}}?{DOCUMENT_NOUN}(?:\s+below\b|,\s+which\s+we\b)")
# mendowners44 H2: the sentence that puts out the document the page prints: "sent the following letter", "the notice
# below", "We print it in full"
PUTS_OUT_HERE = re.compile(r"\b(?:the\s+following|below|[Ww]e\s+(?:re)?(?:print|publish|produce))\b")
# where a sentence of an introduction opens
# or after its kind in commas ("The administrators, Orrin Vale & Co, sent the following notice": mendowners44 H3)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?:[Tt]he\s+|The\s+[a-z][\w'’ -]{0,50},\s+)?$")


def _names_in(introduction: str) -> list[tuple[int, str]]:
    """Each run of capitalised words of an introduction, with where it starts."""
    # (a firm's style runs on through its "&": "Penrose & Vail")
    bodies = re.finditer(r"(?:[Tt]he )?(?P<name>[A-Z][\w&-]*(?: (?:of|for|and|the|&|[A-Z][\w&-]*)){0,6})", introduction)
    # a name runs on through its small words but ends on a capital: "the Saltmere Port Authority of Wednesday's notice"
    return [(found.start("name"), re.sub(r"(?: (?:of|for|and|the))+$", "", found.group("name"))) for found in bodies]


def _without_times(names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names without the time they open with (_without_time_opening), each with where it now starts."""
    return [(a + len(name) - len(bare), bare) for a, name in names if (bare := _without_time_opening(name))]


def _puts_out(introduction: str, at: int) -> bool:
    """Whether the name ending at ``at`` goes on with a verb putting out a document (CARRIED_SENDER, FILED_DOCUMENT)."""
    found = CARRIED_SENDER.match(introduction, at)
    return found is not None and (
        found.group("verb") != "filed" or FILED_DOCUMENT.match(introduction, found.end()) is not None
    )


def _may_send(name: str) -> bool:
    """
    Whether a name may be a sender's: any of two words or more, one word only if no pronoun (NOT_SENDER_WORDS) nor the
    plural common noun an unnamed source goes by ("Researchers", "Lawyers": mendowners44 L3).
    """
    return " " in name or (name.lower() not in NOT_SENDER_WORDS and not _COMMON_HEADS.fullmatch(name.lower()))


def _sentence_at(introduction: str, at: int) -> str:
    """The sentence of an introduction that a name at ``at`` stands in, from there to its end."""
    end = re.search(r"[.!?](?:\s|$)", introduction[at:])
    return introduction[at : at + end.end()] if end else introduction[at:]


def _opening_senders(introduction: str, names: list[tuple[int, str]]) -> list[str]:
    """
    owners44: the names, known to a list or not, that open their sentence of an introduction as the one that put the
    document out, however short, and with its kind in commas between ("Brevlink published the following notice",
    "Tallowby, the holiday booking site, updated its price guide", "Orrin Vale & Co, the liquidators of Pendry Foods
    Group, filed the notice below"): the sender, before any body its kind or its subject names ("of Pendry Foods
    Group", "its report on Pendry Foods Group"). Not a pronoun ("It published the report below"). ``names``: the
    introduction's names without their times (_without_times). mendowners44 H2: only the sentence that puts out the
    document printed here counts ("the following letter", "below"), else the last such sentence ("Skylo published its
    results on Monday. The Hartvale Pilots Union sent the following letter" is the union's).
    """
    senders = [
        (a, name)
        for a, name in names
        if _SENTENCE_OPENS.search(introduction, 0, a) and _puts_out(introduction, a + len(name)) and _may_send(name)
    ]
    here = [name for a, name in senders if PUTS_OUT_HERE.search(_sentence_at(introduction, a))]
    return here or [name for _, name in senders[-1:]]


# the plural common nouns an unnamed source is named by, no sender's name ("Researchers published the findings below")
_COMMON_HEADS = re.compile(ANONYMOUS_HEADS)


def _document_owner(introduction: str, unknown: list[tuple[int, str]] | None = None) -> str | None:
    """
    The owner an introduction names: the one it says signs the document, else the name a sentence of it opens with as
    the one that put the document out (_opening_senders), else the body or person it gives the document to ("The
    Ministry of Finance's official account", "given by Professor Feodor Varnis", "from Ilse Brandt"), else the first
    body it names, else the first person. ``unknown``: the introduction's names without their times (_without_times).
    """
    names = _names_in(introduction)
    unknown = _without_times(names) if unknown is None else unknown
    named = [(a, a + len(name), name) for a, name in names if any(word.lower() in BODY_KINDS for word in name.split())]
    for person in people_named(introduction):
        at = introduction.find(person)
        named.append((at, at + len(person), person))
    # with no body nor person known, a name no list knows (as a firm's may be) that the introduction says published or
    # sent the document: "Penrose & Vail published the list below"; without the time the introduction opens with, which
    # the run of capitalised words takes in ("On Sunday Penrose & Vail published", "Late on Sunday Penrose & Vail
    # posted": findings_speakers43 H6)
    named = named or [
        (a, a + len(name), name) for a, name in unknown if " " in name and _puts_out(introduction, a + len(name))
    ]
    opening = _opening_senders(introduction, unknown)
    # findings_owner36 #9: a capitalised name right after "by" that no list knows ("by Finance Minister Aurel Dast")
    named += [
        (a, a + len(name), name)
        for a, name in names
        if re.search(r"\bby\s+$", introduction[:a]) and not any(x <= a < y for x, y, _ in named) and " " in name
    ]
    # findings_speakers43 M1: never whom it was written to ("A letter from a nurse to her MP, Tom Hale, ... We
    # reproduce it with his permission": not Mr Hale's letter), by any of the names the introduction gives them
    addressed = {found.group("name").split()[-1] for found in _ADDRESSEE.finditer(introduction)}
    named = [(a, b, name) for a, b, name in named if name.split()[-1] not in addressed]
    named.sort()
    owning = [
        name
        for a, b, name in named
        if re.match(r"['’]s\b", introduction[b:])
        or re.search(r"\b(?:by|from)\s+(?:(?!(?:the|a|an|at|to|of)\b)[A-Za-z]\w*\s+){0,3}$", introduction[:a])
    ]
    # the one who sent or posted it comes first: "Tove Marrick, sent the following email ..., hours after the National
    # Audit Office's report" is Tove Marrick's email, not the office's report
    sender = [name for _, b, name in named if _puts_out(introduction, b)]
    # the one the introduction says signs it, before its sender: "The Marlow Museum published the summary below. It is
    # signed by the museum's head of collections, Ada Ferrin" is Ada Ferrin's
    signed = [name for a, _, name in named if SIGNED_BY.search(introduction, 0, a)]
    # mendowners44 H1: the body the document is from, before whoever relayed it ("Reuters published the following
    # statement from Skylo" is Skylo's)
    relayed = [
        name
        for a, name in unknown
        if name.split()[-1] not in addressed
        and (RELAYED_FROM.search(introduction, 0, a) or RELAYED_OWNS.match(introduction, a + len(name)))
    ]
    candidates = signed or relayed or opening or sender or owning or [name for _, _, name in named]
    return candidates[0] if candidates else None


# Whom a document is written to: "to her MP, Tom Hale", "to Tom Hale", "Dear Mr Hale" (not "according to Tom Hale")
_ADDRESSEE = re.compile(
    r"(?:(?<!according\s)(?<!thanks\s)\bto\s+(?:(?:her|his|their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?"
    r"|\bDear\s+)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)


def _without_time_opening(name: str) -> str:
    """A name without the words of time or of an adverbial opening it: "On Sunday Penrose & Vail" is Penrose & Vail."""
    words = name.split()
    while words and (words[0].lower() in NOT_NAME_OPENERS or words[0].lower() in NOT_NAMES):
        words = words[1:]
    return " ".join(words)


# A court's numbered paragraphs, printed as the court numbered them: "[12] The claimant, Mrs Odile Farrow, has held her
# tenancy since 2014."
COURT_PARAGRAPH = re.compile(r"^\[\d{1,3}\]\s+\S", re.MULTILINE)
JUDGMENT_WORD = re.compile(r"\b(?:judge?ment|ruling|sentencing\s+remarks)\b", re.IGNORECASE)
MIN_COURT_PARAGRAPHS = 2  # one bracketed number may be a footnote's; two are a judgment's paragraphs


# The introduction's line that says a body published the document below: "The city council's transport team
# published the following summary", "The trust has issued the report below" (the body, not its team or office)
PUBLISHED_BELOW = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>(?:[Tt]he\s+)?(?:[\w&-]+\s+){0,4}?[\w&-]+)(?:['’]s(?:\s+[a-z]+){1,3})?\s+"
    rf"(?:has\s+|have\s+)?{PUT_OUT}\s+(?:the\s+following\b|[^.!?\n]{{0,40}}\bbelow\b)"
)
INTRODUCED_WITHIN = 600  # characters before a numbered document in which its introduction names the body


def _publisher_above(text: str, start: int) -> str | None:
    """The body the introduction right above a document says published it (PUBLISHED_BELOW), without its "The"."""
    found = [
        found.group("name")
        for found in PUBLISHED_BELOW.finditer(text, max(0, start - INTRODUCED_WITHIN), start)
        if any(word.lower() in BODY_KINDS for word in found.group("name").split())
    ]
    return re.sub(r"^[Tt]he\s+", "", found[-1]) if found else None


# a team of a body that signs for it: "From: Customer Services, Pelham Water" is Pelham Water's
SENDING_TEAM = re.compile(
    r"\b(?:Services?|Office|Team|Desk|Department|Unit|Support|Relations|Communications|Enquiries|Care)$", re.IGNORECASE
)


def _sender_name(value: str) -> str:
    """The one a "From:" line's value names: "Name, Title" is the name, "Team, Body" the body; an <address> dropped."""
    parts = [part.strip() for part in re.sub(r"<[^>]*>", "", value).split(",") if part.strip()]
    if not parts:
        return value.strip()
    return parts[-1] if len(parts) > 1 and SENDING_TEAM.search(parts[0]) else parts[0]


# the writer's own first person, outside any quotation of someone else ("I", "we", "our", "my", "me", "us")
_OWN_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Mm]e|[Uu]s)\b")
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")
# findings_firstperson38 #3: the paper's own "we" and "our" after a document it prints, never the sender's: "Our
# analysis of Ofgem data shows", "We asked Skelland Grid how many ...", "it did not reply", "seen by this paper"
PAPER_OWN_VOICE = re.compile(
    r"\b(?:[Oo]ur\s+(?:own\s+)?(?:analysis|investigation|research|calculations?|reporters?|correspondents?)\b"
    r"|[Ww]e\s+(?:have\s+|had\s+)?(?:asked|contacted|approached|wrote\s+to|put\s+(?:this|these|that|it))\s+"
    r"(?:the\s+)?[A-Z]"
    r"|[Ww]e\s+(?:have|had)\s+(?:seen|obtained|been\s+shown)\b"
    r"|(?:did\s+not|didn't|has\s+not|had\s+not)\s+(?:yet\s+)?(?:reply|respond|return|comment)\b"
    r"|declined\s+to\s+comment\b|for\s+comment\b"
    r"|(?:seen|obtained)\s+by\s+(?:this|the|our)\b|\bthis\s+(?:paper|newspaper|website|station|programme)\b)"
)


def _goes_on_in_first_person(paragraph: str, owner: str) -> bool:
    """Whether a paragraph after a document's head still speaks in its writer's first person, reporting no one."""
    if not paragraph.strip() or "\n" in paragraph.strip() or HEADER_LINE.match(paragraph):
        return False
    own = _QUOTED.sub("", paragraph)
    last_name = owner.split()[-1] if owner.split() else owner
    return (
        _OWN_FIRST_PERSON.search(own) is not None
        and PAPER_REPORTS.search(own) is None
        and PAPER_OWN_VOICE.search(own) is None
        and last_name not in own
        and PROSE_END.search(paragraph) is not None  # a sentence, however short, not a heading or a menu
        and "|" not in paragraph
    )


def _headed_documents(text: str, judge: str | None) -> list[OwnedBlock]:
    """
    The documents a news page prints whole under its introduction, each in its author's voice: a memo or a letter
    the cleaner keeps as one block under its "From:" line (ingest.cleaning._mark_headed), in the voice of the one it
    is from ("From: Halvard Greaves, Project Director" is Halvard Greaves's), and a judgment's numbered paragraphs
    ("[12] ...", two at least, each alone), in the voice of ``judge``, the one judge the page names: what the judge
    finds and orders is theirs, and what they say the parties told the court is the parties' by its own report. The
    introduction and what follows the document are the paper's.
    """
    documents: list[OwnedBlock] = []
    at = 0
    blocks = text.split("\n\n")
    for i, block in enumerate(blocks):
        sender = HEADER_LINE.match(block)
        if sender is not None and sender.group("label").lower() == "from" and "\n" in block:
            who = _sender_name(block[sender.end() - 1 : block.index("\n")])
            named = people_named(who)
            owner = named[0] if len(named) == 1 else strip_titles(who)
            end = at + len(block)
            # an email's or a memo's later paragraphs, which the cleaner sets apart from its head once its sign-off
            # is cut: the sender's as long as they go on in the sender's first person ("We reconnected 9,300
            # customers"), up to the first that does not, or that reports someone or names the sender (the paper's
            # own lines after the document: "Skelland Grid employs about 3,100 people")
            for later in blocks[i + 1 :]:
                if not _goes_on_in_first_person(later, owner):
                    break
                end += 2 + len(later)
            documents.append(OwnedBlock(owner, at, end, HEADED))
        elif (
            "\n" in block
            and NUMBERED_HEADING.match(block.split("\n", 1)[0])
            and (body := _publisher_above(text, at)) is not None
        ):
            # a body's document in numbered sections ("1. Overview"), which the cleaner keeps as one block under its
            # first heading (ingest.cleaning._numbered_document): the body's, as the introduction says it published it
            documents.append(OwnedBlock(body, at, at + len(block), HEADED))
        at += len(block) + 2
    if judge is not None and "\n[" in text:
        numbered = [found.start() for found in COURT_PARAGRAPH.finditer(text)]
        # (a judgment's, as the page says above them: a court report's bracketed footnotes are the paper's)
        if len(numbered) >= MIN_COURT_PARAGRAPHS and JUDGMENT_WORD.search(text, 0, numbered[0]):
            # each paragraph alone: the paper may set its own between the extracts
            ends = [text.find("\n", start) % (len(text) + 1) for start in numbered]
            documents += [
                OwnedBlock(strip_titles(judge), start, end, HEADED) for start, end in zip(numbered, ends, strict=True)
            ]
    return documents


# -- notices pages -----------------------------------------------------------------------------------------------------
# A notices page (public notices, announcements) is a run of items, each its issuer's act: an applicant's application
# ("Ref 28/0914/FUL. Quillon Networks Ltd. Installation of a 25-metre mast"), a body's order or notice ("Water will be
# turned off ... About 6,300 homes will be affected" under "MAURENNE WATER CORPORATION - SUPPLY INTERRUPTION"), a
# harbour master's signed notice. Nothing in the item says "said": its issuer is named where the item opens, or signs
# it off ("Signed: Captain Ina Roe, Harbour Master."), or is the body its section's heading names, which the cleaner
# keeps (ingest.cleaning.NOTICE_HEADING).
_NOTICE_NAME_WORD = rf"(?:[A-Z][\w'’-]*|&|and|of|for|{LEGAL_FORMS})"
# the name an item opens on, after its reference ("Ref 28/0921/OUT.") and before a comma, a full stop or its verb
# ("Hembury's Stores plc gives notice", "Maren Ostlake, Haddow Fen Farm, has applied", "The Red Cross thanks")
NOTICE_OPENING_NAME = re.compile(
    rf"(?:Ref\.?\s+\S+\.\s+)?(?:The\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+{_NOTICE_NAME_WORD})*)(?=[,.]|\s+[a-z])"
)
PERSON_GIVES_NOTICE = re.compile(r",|\s+(?:gives|has|have|applies|intends|seeks|wishes)\b")
NOTICE_SIGNED = re.compile(r"\b(?:Signed|Issued\s+by)\s*:?\s+(?P<name>[A-Z][^,.;:\n]{2,60})")
_NAME_LINK_END = re.compile(r"(?:\s+(?:&|and|of|for))+$")
_HEADING_SIDES = re.compile(r"\s*:\s+|\s+[-–—|]\s+")


def _notice_heading_issuer(heading: str, text: str, names: dict[str, str] | None = None) -> str | None:
    """
    The body a notice's heading names on either side of its dash ("MAURENNE FERRIES - OUTER ISLANDS SERVICE").
    ``names``: each side's name as the text writes it, kept across a page's headings (heading_name reads the whole
    text: a page of hundreds of numbered headings under one body's name reads it once, findings_owners43 LOW 1).
    """
    names = {} if names is None else names
    for side in _HEADING_SIDES.split(heading):
        if re.fullmatch(r"THE\s+[A-Z'’-]+", side.strip()):
            continue  # a story's subhead naming a group ("THE UNION", "THE COUNCIL"): what the section is about
        name = names[side] if side in names else names.setdefault(side, heading_name(side, text))
        if looks_like_body(name):
            return name
    return None


def _notice_opener(item: str) -> str | None:
    """The issuer an item names itself: its signer, else the body or person it opens on (not "Notice is given")."""
    signed = NOTICE_SIGNED.search(item)
    if signed is not None and looks_like_person(strip_titles(signed.group("name").strip())):
        return strip_titles(signed.group("name").strip())
    opening = NOTICE_OPENING_NAME.match(item)
    if opening is None:
        return None
    name = _NAME_LINK_END.sub("", opening.group("name"))
    if re.search(r"['’]s?$", name):
        return None  # "Kilbrae Parish Church's spring fair is postponed": what the item is about, not who gives it
    if looks_like_body(name):
        return name
    # a person only as an applicant is named, set off by their address or giving the notice ("Tova Brisk, Elm Farm, has
    # applied"), not a street the item is about, which reads as a name ("Mill Street will be closed")
    acts = PERSON_GIVES_NOTICE.match(item, opening.start("name") + len(name)) is not None
    return name if acts and looks_like_person(name) else None


def _notice_items(text: str) -> list[OwnedBlock]:
    """
    The items of a notices page, under the headings in capitals the cleaner kept (MIN_NOTICE_HEADINGS at least), each
    its issuer's: the one it opens on or is signed by, else the body its heading names. An item under a heading that
    names no body ("SALE BY TENDER", "COMMUNITY") and that names no issuer of its own is no one's, as is anything above
    the first heading (the page's own note on placing a notice).
    """
    paragraphs = paragraph_spans(text)
    headings = [i for i, (start, end) in enumerate(paragraphs) if NOTICE_HEADING.fullmatch(text, start, end)]
    if len(headings) < MIN_NOTICE_HEADINGS:
        return []
    items = []
    heading_issuer: str | None = None
    names: dict[str, str] = {}  # each heading side's name, read once a page (_notice_heading_issuer)
    for i, (start, end) in enumerate(paragraphs[headings[0] :], headings[0]):
        if i in headings:
            heading_issuer = _notice_heading_issuer(text[start:end], text, names)
            continue
        issuer = _notice_opener(text[start:end]) or heading_issuer
        if issuer is not None:
            items.append(OwnedBlock(issuer, start, end, NOTICE))
    return items  # each item in its issuer's voice, as a letter is its writer's


# -- documents under their own heading or over their own sign-off ------------------------------------------------------
# A notice, a bulletin, a reply letter or a chair's statement a news page prints among its paragraphs says whose it is
# on the lines the cleaner keeps for it (ingest.cleaning._document_marks): its heading, its issuing line, its sign-off.
# Where it has no heading, the paragraph above it says the page prints it ("The notice reads:", "Her statement in full",
# "we print it as published").
INTRODUCES_DOCUMENT = re.compile(
    r"(?:^Dear\s[^\n]{1,60},$|\b(?:reads|said|says|states|stated|follows|in\s+full)\s*:\s*$|\bin\s+full\b"
    r"|\bas\s+(?:published|issued|sent|received|written|supplied)\b|\b(?:below|the\s+following)\b)"
)
# the paper reporting again under a document with no sign-off: someone said it, or the paper's note
PAPER_REPORTS = re.compile(r"\b(?:said|says|told|added|according\s+to)\b")


def _signed_name(line: str) -> str | None:
    """
    The one an issuing line or a signature names: "Issued by the Board of the Varn Water Authority, 9 March" is the
    authority, "Signed: Ada Roe, Chief Planning Officer" and "Ada Roe" over her role are Ada Roe.
    """
    value = ISSUING_LINE.match(line)
    named = line[value.end() - 1 :] if value is not None else line
    first = strip_titles(named.split(",")[0].strip().rstrip("."))
    owner = re.search(r"\bof\s+(?:the\s+)?(?P<body>[A-Z].*)$", first)
    if owner is not None and looks_like_body(owner.group("body")):
        return owner.group("body")  # "the Board of the Water Standards Authority": the authority
    if looks_like_body(first) or looks_like_person(first) or len(people_named(first)) == 1:
        return first
    return None


def _signer(lines: list[str]) -> str | None:
    """The body a document's issuing lines or sign-off name, else the person who signs it (its body an alias)."""
    named = [name for line in lines if not CLOSING.fullmatch(line) and (name := _signed_name(line)) is not None]
    return next((name for name in named if looks_like_body(name)), named[0] if named else None)


def _heading_owner(heading: str, text: str) -> str | None:
    """
    The body a document's heading names beside its kind ("VARNHOLT DISTRICT COUNCIL - ENFORCEMENT NOTICE"), or the
    line in capitals over it names ("WATER BOARD"); not a sentence.
    """
    for side in _HEADING_SIDES.split(heading):
        if NOTICE_HEADING.fullmatch(side.strip()) and not DOCUMENT_HEADING.fullmatch(side.strip()):
            name = heading_name(side, text)
            if looks_like_body(name):
                return name
    return None


def _signed_documents(text: str) -> list[OwnedBlock]:
    """
    The documents a news page prints under their own heading (DOCUMENT_HEADING) and/or over their issuing line or
    sign-off (ISSUING_LINE, CLOSING), each the one's the sign-off names, else the body its heading names, else the one
    the introduction above it names. A document runs from its heading (or the paragraph after its introduction) to its
    sign-off, or, with none, to the first paragraph where the paper reports again; the paper's notes after the sign-off
    are the paper's. A document with neither a heading nor an introduction above its sign-off (a column signed by its
    writer) is none.
    """
    paragraphs = paragraph_spans(text)
    lines = [text[a:b] for a, b in paragraphs]
    headings = [i for i, line in enumerate(lines) if DOCUMENT_HEADING.fullmatch(line) and not prose_paragraph(line)]
    signs = [
        i
        for i, line in enumerate(lines)
        if (ISSUING_LINE.match(line) or CLOSING.fullmatch(line)) and not prose_paragraph(line)
    ]
    blocks = []
    taken = -1
    for i, line in enumerate(lines):
        if i <= taken or not (i in headings or (i in signs and i - 1 not in signs)):
            continue
        if i in headings:
            start = i + 1
            while start in signs and ISSUING_LINE.match(lines[start]):
                start += 1  # the issuing line under the heading ("Issued by: ..."): the document's head
        else:
            above = [
                j for j in range(i - 1, max(taken, i - 1 - OPENED_WITHIN), -1) if INTRODUCES_DOCUMENT.search(lines[j])
            ]
            if not above:
                continue
            start = above[0] + 1
        later = next((j for j in headings if j > i), len(lines))
        closing = next((j for j in signs if start <= j < later), None)
        # the sign-off and the signer's lines under it, a name and a role ("Ada Roe" / "Chief Planning Officer")
        sign_run = [] if closing is None else [closing]
        while sign_run and len(sign_run) <= MAX_SIGNATURE_LINES and sign_run[-1] + 1 < len(lines):
            if prose_paragraph(lines[sign_run[-1] + 1]):
                break
            sign_run.append(sign_run[-1] + 1)
        heading = [line, lines[i - 1]] if i in headings and i > 0 else [line] if i in headings else []
        bodies = [name for side in heading if (name := _heading_owner(side, text)) is not None]
        signer = _signer([*lines[i + 1 : start], *(lines[j] for j in sign_run)])
        owner = signer if signer is not None and looks_like_body(signer) else (bodies[0] if bodies else signer)
        introduction = [lines[j] for j in range(max(0, i - 2), i) if prose_paragraph(lines[j])]
        # findings_owner37b #1: a heading naming no body over no sign-off (the paper's crosshead, "THE RESPONSE") takes
        # its owner from the paragraph above only where that paragraph says the page prints a document
        introduced = sign_run or any(INTRODUCES_DOCUMENT.search(part) for part in introduction)
        owner = owner or (_document_owner(" ".join(introduction)) if introduction and introduced else None)
        if owner is None:
            continue
        if sign_run and not bodies and not looks_like_body(owner):
            # owners45: a person who signs a document in a body's voice ("We will review the ban every 14 days" over
            # "Issued by Ada Roe, Chief Executive") signs for the body its own head or the introduction names
            # (the line above that introduces it, where no heading of its own opens it)
            above_document = [lines[start - 1]] if start > 0 and i not in headings else []
            owner = _signing_for(lines, start, sign_run[0], above_document, written_names(lines)) or owner
        if sign_run:
            end = sign_run[0]
        else:
            end = next(
                (j for j in range(start + 1, later) if PAPER_REPORTS.search(lines[j]) or owner in lines[j]), later
            )
        if end > start:
            blocks.append(OwnedBlock(owner, paragraphs[start][0], paragraphs[end - 1][1], SIGNED))
        taken = sign_run[-1] if sign_run else end - 1
    return blocks


# the body's own plural voice ("we", "our", "us") and a writer's singular one ("I", "my", "me"), outside quotations
_PLURAL_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
_LEGAL_FORM_END = re.compile(rf"\s+(?i:{LEGAL_FORMS})\.?$")
_SINGULAR_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e)\b")


# the verb after a name that says it received the document, not that it put it out: "received", "was sent", "has been
# handed", "got"
_RECEIVED_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:received|got|(?:(?:has|have|had)\s+been|was|were|is|are)\s+"
    r"(?:sent|given|handed|passed|forwarded|shown|copied|addressed)|been\s+(?:sent|given|handed|passed|forwarded))\b"
)


def _received(introduction: str, name: str) -> bool:
    """Whether the introduction says the one it names ``name`` received the document (_RECEIVED_AFTER)."""
    return any(_RECEIVED_AFTER.match(introduction, found.end()) for found in re.finditer(re.escape(name), introduction))


def _signing_for(lines: list[str], start: int, end: int, introduction: list[str], written: str) -> str | None:
    """
    owners45: the body a person's signature on lines[start:end] signs for: the body the document's own head names in
    capitals (its masthead line, "PELHAM WATER PLC"), else the body the introduction says put it out ("Pelham Water
    published its notice"), where the document speaks in that body's voice: its plural first person ("We will lift the
    ban") and never a writer's own "I", or the body by name. None for a person's own letter ("I have served as chair").
    """
    if end <= start:
        return None
    masthead = _opens_masthead(lines[start])
    body = heading_name(_masthead_owner(lines[start], masthead, written), "\n".join(lines)) if masthead else None
    if body is None or not looks_like_body(body):
        said = _document_owner(" ".join(introduction)) if introduction else None
        # (the body that put it out, never one the introduction says received it: "Tollby District Council received
        # this letter from parents", "... has been sent this letter by parents" is the parents' letter, which the
        # council's name only heads: findings_owners45 HIGH 2)
        body = (
            said if said is not None and looks_like_body(said) and not _received(" ".join(introduction), said) else None
        )
    if body is None:
        return None
    own = _QUOTED.sub("", "\n".join(lines[start:end]))
    if _SINGULAR_FIRST_PERSON.search(own):
        return None
    first_word = body.split()[0]
    if not (_PLURAL_FIRST_PERSON.search(own) or re.search(rf"\b{re.escape(first_word)}\b", own)):
        return None
    # (by the name the page writes it without its legal form, where it does: "Pelham Water gives notice" under
    # "PELHAM WATER PLC")
    bare = _LEGAL_FORM_END.sub("", body)
    return bare if bare != body and re.search(rf"\b{re.escape(bare)}\b(?!\s+[A-Z])", written) else body


# -- documents under their body's name in capitals ---------------------------------------------------------------------
# A report a news page prints as its body wrote it, under the body's name in capitals that the cleaner keeps
# (ingest.cleaning.BODY_HEADING): "CALVESSAN SCHOOLS INSPECTORATE" over an inspection report, "BRACKENMOOR DISTRICT
# COUNCIL" over an officers' report. It runs to the paper's next own line: its notes ("Our analysis:"), a byline, a
# quoted response under it (the head teacher's, in quotation marks), a paragraph that opens on someone saying something,
# the next body's heading, or the page's end.
DOCUMENT_ENDS = re.compile(
    r"[\"“‘]|By\s+[A-Z]|Our\s+(?:analysis|view|verdict|notes?)\b|The\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+adds\b"
    # the paper reporting again, a paragraph that opens on who said what: "The school meals service said it would ..."
    r"|[A-Z][A-Za-z'’ -]{1,60}?(?:,[^,\n]{1,80},)?\s(?:said|says|told|added)\b"
    # the paper's own finding: "The Courier understands ...", "The Post has learned ..."
    r"|The\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+(?:understands|has\s+learn[et]d?|can\s+reveal)\b"
)


# The head of an office that writes a body's report, ending its title: "Chief Executive", "Harbourmaster", "Director
# (of Housing)", "Senior Engineer", "Treasurer", "Clerk to the Board" (read before "of"/"to"), a word of its own: not
# a company whose name ends in one ("Stagecoach")
_OFFICE_END = re.compile(rf"(?i:\b(?:{REPORT_OFFICE_HEADS}))$")


def _report_author(line: str) -> str | None:
    """
    The officer a report's author line names: the person in brackets after the role, else the person before the
    role's comma, else the role itself ("Report of the Chief Executive"); None for a body or a sentence.
    """
    found = REPORT_AUTHOR.match(line.strip())
    if found is None or prose_paragraph(line):
        return None
    who = found.group("who").strip().rstrip(".")
    bracketed = re.search(r"\(([^()]+)\)", who)
    if bracketed is not None:
        named = strip_titles(bracketed.group(1).strip())
        if looks_like_person(named) or len(people_named(named)) == 1:
            return named
        who = who[: bracketed.start()].strip()
    first = who.split(",")[0].strip()
    if re.search(r"\s(?:and|&)\s", first):
        return None  # two officers ("the Chief Executive and the Treasurer"), or a body's name: the body's report
    first = strip_titles(first)
    if looks_like_body(first) or not first:
        return None
    office = re.split(r"\s+(?:of|for|to)\s+", first, maxsplit=1)[0]  # "Director of Housing": its head, "Director"
    if not (looks_like_person(first) or _OFFICE_END.search(office)):
        return None  # no person nor office: "Report from March 2031 inspection", "Report of Survey KHB-2031-07"
    return first


def _opens_masthead(paragraph: str) -> re.Match[str] | None:
    """A paragraph that is a body's masthead line opening a document, as _body_headed_documents reads one."""
    masthead = masthead_line(paragraph)
    if masthead is None or DOCUMENT_HEADING.fullmatch(paragraph) or release_mark(paragraph):
        return None
    return masthead


def _masthead_owner(heading: str, masthead: re.Match[str], written: str) -> str:
    """
    owners41b: the body a masthead line names, without the title of its own figures its name runs into ("VOLTWAY
    NETWORK STATUS REPORT" is VoltWay's, ingest.cleaning.masthead_issuer); else the line's name as it stands.
    ``written``: the page's names as it writes them (ingest.cleaning.written_names), read once a page.
    """
    return masthead_body(heading, written) or masthead.group("name")


def _body_headed_documents(text: str) -> list[OwnedBlock]:
    """
    Each document under its body's name in capitals, in that body's voice, up to the paper's next own line; or in
    the voice of the officer its labels say wrote it (REPORT_AUTHOR), the body then only where it goes.
    """
    # (a name whose second word is "&": "PENNEL & RUSK")
    if not re.search(r"^[A-Z][A-Z'’&-]+\s+[A-Z&]", text, re.MULTILINE):
        return []
    paragraphs = paragraph_spans(text)
    lines: list[str] = []  # each paragraph's text, read once a heading stands over one
    written = ""  # the names the page writes outside capitals (written_names), read with the lines
    blocks = []
    for i, (start, end) in enumerate(paragraphs):
        # (or a body's masthead over its newsletter or round-up, which the cleaner keeps only over its document,
        # ingest.cleaning.masthead_body: "CRATER COUNTERS - PROJECT RESULTS" is Crater Counters')
        heading = text[start:end]
        masthead = _opens_masthead(heading)
        if masthead is None or i + 1 >= len(paragraphs):
            continue
        if not lines:
            lines = [text[a:b] for a, b in paragraphs]
            written = written_names(lines)
        labels = body_heading_labels(lines, i, prose_paragraph, over=None)  # however many: a contents list
        authors = [name for j in labels if (name := _report_author(lines[j])) is not None]
        # (or the body the field under its title names as its issuer: "Auditor: Veritrace Assurance Ltd | ...")
        issuers = [found.group("who") for j in labels if (found := ISSUER_FIELD.match(lines[j])) is not None]
        owner = (
            authors[0]
            if authors
            else heading_name(issuers[0], text)
            if issuers
            else heading_name(_masthead_owner(heading, masthead, written), text)
        )
        # a name in capitals straight over labelled figures, with no title or labels of a document, may be the paper's
        # own box over its own story ("KESTREL AIRWAYS" / "Staff: 3,100"): it owns its run of figures, not the prose
        box = not BODY_HEADING.fullmatch(heading) and DATA_LINE.match(lines[i + 1])
        last = next(
            (
                j
                for j in range(i + 1, len(paragraphs))
                if DOCUMENT_ENDS.match(text, paragraphs[j][0])
                or PAPER_AFTER.match(text, paragraphs[j][0])
                # owners45: its issuing line signs it off ("Issued by Ada Roe, Chief Executive"): the paper's after;
                # not an issuer's field among its labels over its first paragraph ("Issued by: Corrant Safety Ltd")
                # (nor a paragraph of its prose that opens on the same words, "Approved by Tollby's planning committee
                # in April, the plan also adds ...": findings_owners45 MEDIUM 1, as _signed_documents reads it)
                or (ISSUING_LINE.match(text, paragraphs[j][0]) and j not in labels and not prose_paragraph(lines[j]))
                or BODY_HEADING.fullmatch(text, *paragraphs[j])
                # (or the next body's masthead, which opens its own document)
                or (not lines[j - 1].isupper() and _opens_masthead(lines[j]))
                or (box and prose_paragraph(lines[j]))
            ),
            len(paragraphs),
        )
        if last > i + 1:
            blocks.append(OwnedBlock(owner, paragraphs[i + 1][0], paragraphs[last - 1][1], SIGNED))
    return blocks


# -- a public body's official document a news page prints whole --------------------------------------------------------
# A council's inspection report, a licensing sub-committee's notice of decision, a regulator's register entry, printed
# by a paper among its own paragraphs under an introduction that says it prints the document and who issued it: "The
# Argus prints in full every food hygiene report ... This one was issued by Pellbury City Council's food safety team",
# "The Argus prints below the decision notice issued by Pellbury City Council's licensing sub-committee". The document's
# own heading and labels, which the cleaner drops, named no one; nothing in it says "said". Its figures are the issuing
# body's, up to the paper's own line again: its bracketed notes ("[Argus notes] ..."), a notes heading, the document's
# sign-off, a quotation or someone said.
PRINTS_DOCUMENT = re.compile(
    r"\b(?:[Ww]e|[A-Z][\w'’]+)\s+(?:re)?prints?\b[^.!?\n]{0,80}?"
    r"\b(?:in\s+full|below|as\s+(?:it\s+was\s+)?(?:issued|published))\b"
    r"|\b(?:appears|(?:is|are)\s+printed|printed)\s+(?:below\s+)?(?:in\s+full|as\s+(?:issued|published))\b"
)
# (the kind what the page prints, not what it is about: "a letter from residents about the licence issued by the
# council" prints a letter; findings_owners41a #4)
_KIND_ONLY_MENTIONED = re.compile(
    r"\b(?:about|concerning|regarding|over|against|on)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}$"
)
# the issuer, by the verb that issued it and its name: "issued by Pellbury City Council's food safety team"
ISSUED_BY_BODY = re.compile(
    rf"\b(?:{form_alternation(ISSUING_VERBS_LESS_RELEASE, 'ed')}|made|served)\s+(?:[a-z]+\s+){{0,2}}?by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&-]*(?:\s+(?:of|for|and|the|[A-Z][\w&-]*)){0,6})"
)
# or as the subject of the verb that issued it: "The Lauvrian Arts Board published its decisions on Tuesday", "The
# Charity Commission this morning published the summary"
BODY_ISSUED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:The\s+)?(?P<name>[A-Z][\w&-]*(?:\s+(?:of|for|and|the|[A-Z][\w&-]*)){1,6})\s+"
    rf"(?:has\s+|have\s+)?(?:[a-z]+\s+){{0,2}}?(?:{ISSUED})\b"
)
# (its head word last, or before the place or field it is for: "Charity Commission for Marlowen"; stricter than
# ingest.cleaning._OFFICIAL_BODY_WORD, a head word anywhere in a masthead part, on purpose: an introduction's
# capitalised words after "issued by" may be any name, "Office Depot", "Court Street Bakery")
_OFFICIAL_BODY = re.compile(rf"(?i:\b(?:{OFFICIAL_BODY_HEADS})(?:$|\s+(?:of|for)\s))")
# the paper's own line after the document: its notes in brackets ("[Argus notes: ...]"), a note's heading, a sign-off
PAPER_BRACKET_NOTE = re.compile(r"\[[^\]\n]{0,40}\bnotes?\b")
# (a "Background" heading before any of the document's prose is the document's own first section, not the paper's)
_FIRST_SECTION = re.compile(r"Background\s*:?\s*$", re.IGNORECASE)
# the notice's closing line, its appeal right, where no line of the paper's ends the document (findings_owners41a #1)
_CLOSING = re.compile(APPEAL_WINDOW, re.IGNORECASE)


# another party the document gives a reading to, by name as its verb's subject: "the Harbour Residents' Association
# counted 212 households" (findings_owners41a #2)
_PARTY_READING = re.compile(
    r"(?:^|\b[Tt]he\s+|,\s+)(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of|for|and|[A-Z][\w'’&-]*)){1,6})\s+"
    rf"(?:has\s+|have\s+|had\s+)?(?:{READING_VERBS})\b"
)


def _party_reading(text: str, paragraph: tuple[int, int], issuer: str) -> str | None:
    """The body other than the issuer a paragraph of the printed document gives its own reading to."""
    for found in _PARTY_READING.finditer(text, *paragraph):
        name = found.group("name")
        if looks_like_body(name) and name not in issuer and issuer not in name:
            return name
    return None


def _mentioned_only(introduction: str, kind: re.Match[str]) -> bool:
    """Whether a document's kind stands in the introduction only as what the printed text is about."""
    sentence_start = max(introduction.rfind(". ", 0, kind.start()) + 1, 0)
    return _KIND_ONLY_MENTIONED.search(introduction, sentence_start, kind.start()) is not None


def _official_issuer(introduction: str) -> str | None:
    """The public body an introduction says issued the document it prints, by the verb that issued it."""
    for found in [*ISSUED_BY_BODY.finditer(introduction), *BODY_ISSUED.finditer(introduction)]:
        name = re.sub(r"(?:\s+(?:of|for|and|the))+$", "", found.group("name"))
        if _OFFICIAL_BODY.search(name) and " " in name:
            return name
    return None


def _paper_named(text: str) -> re.Pattern[str] | None:
    """The paper's name as its own lines call it, by its masthead's last word ("The Clarion asked the board")."""
    words = re.findall(r"[A-Za-z]{3,}", getattr(text, "masthead", None) or "")
    return re.compile(rf"\b(?:the|The)\s+{re.escape(words[-1].capitalize())}\b") if words else None


def _names_issuer(text: str, paragraph: tuple[int, int], issuer: str) -> bool:
    """Whether a notes heading is the document's own, naming its issuer by a word of its name ("THE BOARD'S NOTES")."""
    words = [word for word in re.findall(r"[A-Za-z]{3,}", issuer) if word.lower() not in {"the", "and", "for"}]
    line = text[slice(*paragraph)].split("\n", 1)[0]
    return any(re.search(rf"\b{re.escape(word)}\b", line, re.IGNORECASE) for word in words)


def _printed_official_document(text: str) -> list[OwnedBlock]:
    """
    A public body's official document a news page prints whole under its introduction (PRINTS_DOCUMENT, naming the
    document's kind, OFFICIAL_TITLE, and the body that issued it, _official_issuer), in that body's voice from the
    paragraph after the introduction to the paper's next own line: its bracketed notes or a notes heading
    (PAPER_BRACKET_NOTE, PAPER_AFTER), the document's sign-off (ISSUING_LINE, SIGN_OFF), or a paragraph that opens on
    a quotation or on someone saying something (DOCUMENT_ENDS). A news story about a document names no kind it prints.
    """
    paragraphs = paragraph_spans(text)
    # (only the first two paragraphs of prose can introduce the document: the rest are tried for prose only where a
    # section's heading asks, not every paragraph of a long page)
    prose = (i for i, (a, b) in enumerate(paragraphs) if prose_paragraph(text[a:b]))
    for i in islice(prose, 2):
        introduction = text[slice(*paragraphs[i])]
        if PRINTS_DOCUMENT.search(introduction) is None:
            continue  # the cheap test first: few introductions say they print anything
        kinds = [kind for kind in OFFICIAL_TITLE.finditer(introduction) if not _mentioned_only(introduction, kind)]
        if not kinds or PAPER_ANSWERS.search(introduction):
            continue
        issuer = _official_issuer(introduction)
        if issuer is None:
            return []
        paper = _paper_named(text)
        last = next(
            (
                j
                for j in range(i + 1, len(paragraphs))
                if PAPER_BRACKET_NOTE.match(text, paragraphs[j][0])
                or (
                    PAPER_AFTER.match(text, paragraphs[j][0])
                    and not _names_issuer(text, paragraphs[j], issuer)
                    and not (
                        _FIRST_SECTION.match(text, *paragraphs[j])
                        and not any(prose_paragraph(text[slice(*paragraphs[k])]) for k in range(i + 1, j))
                    )
                )
                or ISSUING_LINE.match(text, paragraphs[j][0])
                or SIGN_OFF.match(text, paragraphs[j][0])
                or DOCUMENT_ENDS.match(text, paragraphs[j][0])
                or (paper is not None and paper.search(text, *paragraphs[j]) is not None)
            ),
            None,
        )
        if last is None:
            # no line of the paper's ends the document: it runs to its closing appeal line, or where it ends is not
            # known and the paper's own background after it is no one's (findings_owners41a #1)
            closing = [j for j in range(i + 1, len(paragraphs)) if _CLOSING.search(text, *paragraphs[j])]
            last = closing[-1] + 1 if closing else i + 1
        blocks, first = [], i + 1
        for j in range(i + 1, last):
            party = _party_reading(text, paragraphs[j], issuer)
            if party is None:
                continue
            # a party's own reading the document gives is that party's (findings_owners41a #2)
            blocks += [OwnedBlock(issuer, paragraphs[first][0], paragraphs[j - 1][1], SIGNED)] if j > first else []
            blocks.append(OwnedBlock(party, paragraphs[j][0], paragraphs[j][1], SIGNED))
            first = j + 1
        blocks += [OwnedBlock(issuer, paragraphs[first][0], paragraphs[last - 1][1], SIGNED)] if last > first else []
        return blocks
    return []
