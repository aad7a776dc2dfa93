"""Sentence boundaries for news text: abbreviation-aware, offsets kept, no model to download."""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
    "sen", "rep", "gov", "pres", "st", "mt", "ft", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "a.m", "p.m",
    "approx", "est", "dept", "univ", "assn", "bros", "d.c", "u.s.a",
}  # fmt: skip
# A full stop, question or exclamation mark (with closing quotes) followed by space and a likely sentence start.
# Abbreviations a clause may end with ("at about 4 a.m.", "Halvard Inc.", "the U.S."): their full stop ends the
# sentence too when a word that opens sentences follows ("... at about 4 a.m. It had restored 19 cranes")
CLAUSE_FINAL = {"a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n", "e.u", "d.c"}
SENTENCE_OPENER = re.compile(
    r"[\"“‘]?(?:The|It|He|She|They|We|I|This|That|These|Those|There|Its|His|Her|Their|Our|But|A|An|In|On|By|"
    r"After|Before|Meanwhile|However)\s"
)
BOUNDARY = re.compile(r"([.!?…]+[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")
TOKEN_BEFORE = re.compile(r"([A-Za-z.]+)$")
# A tracked change's marker not yet closed (ingest.tracked_changes): the words it marks may be whole sentences
OPEN_TRACKED = re.compile(r"\[(?:deleted|inserted):[^\[\]]*$", re.IGNORECASE)
# A bracketed name or note closing the paragraph after its last sentence ('"Crime is up by half." (Civic Alliance)',
# "... on Friday. (Reuters)"): who said or sent what it follows, part of that sentence, not a sentence of its own. A
# bracketed sentence, ending on its own full stop ("(Correction: an earlier version said 15 roads.)"), is one.
# What a dotted leader leads to, up to its line's end: a row's figure alone, maybe with a unit or an earlier figure in
# brackets ("64.5", "612 (last quarter 590)"); in prose an ellipsis goes on with words ("waited.... 300 homes were")
LEADER_FIGURE_TO_END = re.compile(r"[$€£]?\d[\d,.]*%?(?:\s*\([^()\n]*\))?[ \t]*$")
CLOSING_ASIDE = re.compile(r"\([^()\n]{1,60}(?<![.!?…])\)[ \t]*$")
# A transcript's speaker label opening a paragraph ("BRODRICK: ", "CHAIR (MAREN TOLLEFSEN): ", "HALVARD IBSEN
# (opposition): "), a name or a role in capitals with an aside in brackets, or, on a line of its own, with a role
# after a comma ("RUTH ACHTERHOF, Minister for Housing:", or in capitals on the turn's line "MARGIT HALE, PASSENGER:"):
# no part of the sentence it introduces, whose subject would otherwise run on from the name in capitals;
# ingest.interviews reads who it names
NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
# The roles of one word a "Role, Name:" label may give before the name of who holds it
_ONE_WORD_ROLE = (
    r"(?:Presenter|Host|Reporter|Anchor|Interviewer|Correspondent|Newsreader|Moderator|Narrator|Commentator|Pundit|"
    r"Chair|Chairman|Chairwoman|Chairperson|Convenor|Counsel|Witness|Guest|Panellist|Panelist|Caller|Listener|"
    r"Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Official|Officer|President|Governor|Mayor|Commander|"
    r"Ambassador|Director|Chief|Envoy|Senator|Leader|Analyst|Expert|Auditor|Lawyer|Attorney|Prosecutor|Judge|"
    r"Professor|Economist|Councillor|Candidate|Commissioner|Inspector|Clerk|Member|Speaker|Editor|Columnist|"
    r"Doctor|Nurse|Teacher|Headteacher|Farmer|Resident|Student|Coach|Manager|Founder|Scientist|Researcher|"
    r"Engineer|Barrister|Solicitor|Coroner|Registrar|Interpreter|Defendant|Claimant|Applicant|Petitioner|"
    r"Complainant|Victim|Parent|Patient|Trustee|Owner|Landlord|Tenant|Worker|Driver|Campaigner|Activist|"
    r"Historian|Author)(?=,)"
)
_COMPASS = r"(?:North|South|East|West|Upper|Lower|Greater|Central)"
# "BRODRICK", "CHAIR", or a name written as names are ("Rosalind Akerman-Tate", "Councillor Piet Vander"), with what
# may follow it before the label's mark: an aside in brackets or a role after a comma
_LABEL_NAME = (
    # a committee's numbered question before it: "Q14 Chair: ", "Q23 Tom Ellery: "
    r"(?:Q\d{1,4}\.?[ \t]+)?"
    rf"(?P<label>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){{0,3}}|(?P<title>{NAME_WORD}(?:\s+(?:{NAME_WORD}|[A-Z]\.)){{0,3}})"
    # or a role written out, then the name of the one who holds it: "Counsel to the inquiry, Mr Pell: "
    # (a role of one word is one a person holds, "Presenter, Jo Blaxall:", never a dateline's town or a listing's day,
    # "Harlow, West Sussex:", "Sunday, Fellby Park:"; nor is a place after a compass word a holder)
    rf"|(?P<office>(?:{_ONE_WORD_ROLE}|[A-Z][a-z]+(?:\s+(?:[a-z]+|{NAME_WORD})){{1,5}}?)),\s+"
    rf"(?!{_COMPASS}\s)(?P<holder>{NAME_WORD}\.?(?:\s+{NAME_WORD}){{1,3}}))"
    # a member's letters after the name, no part of it: "Tom Ellery MP: "
    r"(?:\s+(?:MP|MSP|MEP|MLA|QC|KC))?"
    r"(?:\s*\((?P<aside>[^()\n]{1,40})\)|,\s+(?P<role>[A-Za-z][\w'’ -]{1,40}?(?=:[ \t]*\n)|"
    # a role in capitals after the name, on the turn's own line: "MARGIT HALE, PASSENGER: In town ..."
    r"[A-Z][A-Z'’ -]{0,38}[A-Z](?=:\s)))?"
)
# a name in title case speaks a sentence; "Households On The List: 148,300" is a box of figures
_LABEL_SPEAKS = r"(?(title)(?=[A-Z\"“‘])|(?(office)(?=[A-Z\"“‘])|(?=\S)))"
SPEAKER_LABEL = re.compile(
    # a recording's time stamp before the label, as podcast and radio transcripts give it: "[01:16] ARNE SOLBAKK: "
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?" + _LABEL_NAME + r":\s+" + _LABEL_SPEAKS
)
# The same label before a figure ("Tobias Wren: 412 million ..."), read as a label only where the page's other turns are
# labelled by it (ingest.interviews): alone, it may be a box of figures ("Households On The List: 148,300")
SPEAKER_LABEL_BEFORE_FIGURE = re.compile(_LABEL_NAME + r":\s+(?=\d)")
# The same label however else a page marks a turn, read where a page marks none with a colon (ingest.interviews): a
# time stamp bare or in brackets ("00:12:31 ARNE SOLBAKK: "), the name in bold ("**Solbakk:** ") or in square
# brackets ("[Solbakk] "), set off by a dash ("Solbakk - "), or alone on its line
TURN_LABEL = re.compile(
    r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?(?:(?P<bold>\*\*)|(?P<bracket>\[))?"
    + _LABEL_NAME
    # (or nothing but the line's end: a name alone on its line above the turn, "SOLBAKK" or "Arne Solbakk")
    + r"(?(bold):?\*\*:?|(?(bracket)\]|(?::|\s+[-–—]|[ \t]*(?=\n))))\s+"
    + _LABEL_SPEAKS
)

# A Q&A's turn label ("Q: ", "A: "), no part of the sentence after it
QA_LABEL = re.compile(r"(?:Q|A)\s*:\s+(?=\S)")
# A live page's post stamp opening a paragraph: the time of the post, with its zone and a dash or colon where the page
# gives them ("18:40 GMT - ", "15:55 - ", "09:40 ", or "16:48" on a line of its own above the post). Each post stands
# alone, as a brief's item does (tests/ingest_labelling.md, "Live blog"); the stamp is no part of the sentence after
# it, whose subject would otherwise begin with the time. A recording's bracketed stamp ("[07:32:10]") is no post's.
POST_STAMP = re.compile(
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]?[ap]\.?m\.?)?(?:[ \t]+(?:GMT|BST|UTC|CET|CEST|EET|EEST|local[ \t]+time))?"
    r"(?:[ \t]*[-–—|:][ \t]+|[ \t]+|(?=\n)|\Z)(?=[A-Z\"“‘]|\n|\Z)"
)
# A letter's salutation ("Sir, the ministry will pay ...", "Dear Editor, ..."), no part of the sentence after it, whose
# subject would otherwise be "Sir"
SALUTATION = re.compile(r"(?:Dear\s+)?(?:Sir|Madam|Sir\s+or\s+Madam|(?<=Dear\s)Editor)\s*(?:,|[–—-]\s)\s*(?=\S)")
# The longest stretch read as one sentence. The engine reads each figure against its whole sentence, so a page pasted
# with no full stops (a PDF or a CMS export) would cost the square of its length; a longer run is cut at its last
# clause break (or space) before the bound. The development sets' longest sentence is about 520 characters.
MAX_SENTENCE = 1000
_PIECE_BREAK = re.compile(r"[;,:]\s+|\s+")


LABEL_REACH = 120  # characters from a paragraph's start within which a label's colon stands


def titled_labels(text: str) -> set[str]:
    """The names in title case that label turns of the page, opening paragraphs before a sentence ("Tobias Wren")."""
    found = (SPEAKER_LABEL.match(text, paragraph.start()) for paragraph in re.finditer(r"[^\n]+", text))
    return {label.group("label") for label in found if label is not None and label.group("title")}


def label_before_figure(text: str, at: int, labels: set[str] | None) -> tuple[re.Match[str] | None, set[str] | None]:
    """
    A label in title case opening the paragraph at ``at`` on a figure ("Tobias Wren: 412 million ..."), where
    ``labels`` (titled_labels, read once the first such opening is met and handed back) label other turns; a box of
    figures ("Households On The List: 148,300") is no label.
    """
    colon = text.find(": ", at, at + LABEL_REACH) if text[at : at + 1].isupper() else -1  # a cheap test first
    found = SPEAKER_LABEL_BEFORE_FIGURE.match(text, at) if colon > 0 and text[colon + 2 : colon + 3].isdigit() else None
    if found is None or not found.group("title"):
        return None, labels
    labels = titled_labels(text) if labels is None else labels
    return (found if found.group("label") in labels else None), labels


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of a text: each line with something on it."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


# A form's box, item or part by its number, opening a line before the field it holds ("Box 3. Trees planted: 412,000",
# "Item 7. Grant claimed: 1,190,400"): no sentence of its own
# (one pattern for the box's number wherever a label may follow it: numbers.LABEL_BEFORE, speakers.FIELD_LABEL_CUE)
FORM_BOX_NUMBER = r"[A-Z][a-z]{1,10}[ \t]+\d{1,3}\."
FORM_BOX = re.compile(FORM_BOX_NUMBER)
FIELD_AFTER_BOX = re.compile(r"[A-Z][^:.!?\n]{1,60}:\s")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; paragraphs (blank-line separated) never share one."""
    spans: list[tuple[int, int]] = []
    labels: set[str] | None = None  # the page's labels in title case, read once one opens on a figure
    for paragraph in re.finditer(r"[^\n]+", text):
        at = paragraph.start()
        label = (
            SPEAKER_LABEL.match(text, at) or QA_LABEL.match(text, at) or SALUTATION.match(text, at) or _posted(text, at)
        )
        if label is None:
            label, labels = label_before_figure(text, at, labels)
        start = label.end() if label else paragraph.start()
        for boundary in BOUNDARY.finditer(paragraph.group()):
            end = paragraph.start() + boundary.end(1)
            if end <= start:
                continue  # a full stop inside the label: "DR. ROY: ..."
            if CLOSING_ASIDE.match(paragraph.group(), boundary.end()):
                continue
            if boundary.group(1).startswith("....") and LEADER_FIGURE_TO_END.match(paragraph.group(), boundary.end()):
                continue  # a row's dotted leader, no stop: "Aeroquill ..... 64.5" is one label and its figure
            if "[" in text[start:end] and OPEN_TRACKED.search(text, start, end) and "]" in text[end : paragraph.end()]:
                continue  # "[deleted: The fine is 80 florins. Appeals cost 20 florins.]": a tracked change is one piece
            if FORM_BOX.fullmatch(text, start, end) and FIELD_AFTER_BOX.match(paragraph.group(), boundary.end()):
                continue  # "Box 3. Trees planted: 412,000": a form's box by its number, then its field, one line
            before = TOKEN_BEFORE.search(text[start:end].rstrip(".!?…\"'”’)]"))
            token = before.group(1).lower().strip(".") if before else ""
            if boundary.group(1).startswith(".") and (token in ABBREVIATIONS or len(token) == 1):
                opens = token in CLAUSE_FINAL and SENTENCE_OPENER.match(paragraph.group(), boundary.end())
                if not opens:
                    continue  # "U.S. Defense Secretary", "John F. Kennedy"
            spans.extend(_bounded(text, start, end))
            start = paragraph.start() + boundary.end()
        if start < paragraph.end():
            spans.extend(_bounded(text, start, paragraph.end()))
    return spans


def _posted(text: str, at: int) -> re.Match[str] | None:
    """A live post's stamp opening the paragraph at ``at`` with the post's text after it on the same line, or None."""
    stamp = POST_STAMP.match(text, at)
    return stamp if stamp is not None and stamp.end() < len(text) and text[stamp.end()] != "\n" else None


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) cut into pieces of at most MAX_SENTENCE characters, each after a clause break where there is one."""
    pieces = []
    while end - start > MAX_SENTENCE:
        breaks = list(_PIECE_BREAK.finditer(text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE))
        clauses = [b for b in breaks if not b.group().isspace()]
        cut = (clauses or breaks)[-1] if breaks else None
        piece_end, next_start = (cut.start(), cut.end()) if cut else (start + MAX_SENTENCE, start + MAX_SENTENCE)
        if cut is not None and not cut.group().isspace():
            piece_end += 1  # the comma stays with the clause it ends
        pieces.append((start, piece_end))
        start = next_start
    pieces.append((start, end))
    return pieces
