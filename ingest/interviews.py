"""
Question-and-answer interviews: whose voice the answers are in.

In a Q&A the interviewer's questions stand as paragraphs of their own and the answers follow them unquoted,
in the first person of the one interviewed ("We enrolled 800 patients"). Nothing in an answer says who is
speaking: the introduction named them. So an answer's figures, and its "we" and "I", are the interviewee's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ingest.cleaning import (
    ANSWERED_LABEL,
    ASKED_LABEL,
    COLUMNIST_NOTE,
    COLUMNIST_ROLE,
    INITIALS_LABEL,
    MIN_LABELLED_TURNS,
    MIN_LETTERS,
    MIN_SIDES,
    OWN_VOICE_ROLES,
    QUOTED_OR_OPEN,
    SIDE_HEADING,
    SIDE_WORD,
    SPOKE_TO,
    WRITER_NOTE,
    CleanedText,
    initials,
    is_prose,
    letter_block_signature,
    own_speech,
    post_block_signer,
    post_signature,
    regular_writer,
    release_issuer,
    signed_question,
    site_owner,
)
from ingest.cues import ANONYMOUS_HEADS, FIRST_PERSON, LABEL_NOT_SURNAME_WORDS, OFFICIAL_HEADS
from ingest.sentences import (
    NAME_WORD,
    POST_STAMP,
    SPEAKER_LABEL,
    TURN_LABEL,
    label_before_figure,
    paragraph_spans,
)
from ingest.speakers import TITLES, people_named, strip_titles

QUESTION = re.compile(r"\?[\"'”’)]*\s*$")
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
ONE_SENTENCE_MORE = re.compile(r"[.!?][\"'”’)]*\s+\S")
INDIRECT_QUESTION = re.compile(r"\b(?:[Ww]e|I)\s+asked\b[^.?!\n]*\b(?:whether|if|how|what|why|when)\b[^?\n]*\.\s*$")
# The labels of a Q&A that marks its turns: "Q: ..." and "A: ..."
# A turn's label, up to its colon: "Chronicle: ", "Q: ", "Marsh: "
ASKING_LABEL = re.compile(r"\s*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\s*:\s")
QUESTION_LABEL = re.compile(r"(?:Q|Question)\s*[:.]\s")
ANSWER_LABEL = re.compile(r"(?:A|Answer)\s*[:.]\s")
# The introduction's own words for whom the interviewer turned to: "We spoke to Edda Morvane, who ...", "I talked
# with its director, Dr Petra Vasko", "We put that, and more, to the director, Dr Ada Roe": the name after the
# preposition is the interviewee's, not a place's or a paper's (nor the body the introduction opened on)
INTERVIEWED = re.compile(
    # "QBC Sport spoke to Pia Lundmark": the programme or paper that did the interview, named, as "we" is
    # (not a pronoun: "She spoke to our reporter Bo Lindahl" is the one interviewed speaking to the one who asks)
    r"\b(?:[Ww]e|I|(?!(?:He|She|They)\s)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:(?:have|had)\s+)?"
    r"(?:(?:spoke|spoken|talked|spent\s+an\s+hour)\s+(?:to|with)|interviewed|met|"
    # "put that, and more, to": what the interviewer put is the questions or a claim, not a third party's complaint
    # ("Holm put her complaint about fees to the minister" names whom she went to, not whom we asked)
    r"(?P<asked>asked|put\s+(?:(?:our|my|these|those|the|some|a\s+few)\s+)?"
    r"(?:questions?|that|this|these|those|them|it|points?|claims?|criticisms?)\b(?:[^.!?\n]{0,30}?)\s+to))\s+"
)
# The same turn told the other way round: the one interviewed "spoke to" the interviewer ("The vicar, the Rev Ann Roe,
# spoke to Tom Hale", "Its director, Ida Lund, talks to us"): the person named before it, whom the one after asked
SPOKE_TO_ASKER = re.compile(
    SPOKE_TO
    # the paper's own reporter named by role first: "spoke to our reporter Owen Tarrant", "our health editor, Ida Roe"
    + r"(?:(?:our|my)\s+(?:[a-z]+\s+){0,2}[a-z]+,?\s+)?"
    r"(?P<asker>us|me|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b"
)
# What may follow the asker and still close the sentence on this interview: its subject ("spoke to us about the
# appeal"), not a time ("spoke to us in 2023, when ...")
ABOUT_THE_INTERVIEW = re.compile(r"\s+(?:about|on)\s+(?:the|its|his|her|their|our|a|an)\s[^.!?\n,]{0,60}[.!?]")
# Nothing more in the sentence: its closing stop, or the paragraph's end
SENTENCE_CLOSES = re.compile(r"[\"'”’)]*(?:[.!?:]|\s*$|\s*\n)")
# The end of a sentence however it reads, closing quotes and the space after it: any stop, or the paragraph's end
STOP_OR_LINE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n")
# Titles a label may carry before the name it stands for ("DR ANSEL BRODRICK", "MRS JUSTICE HARROW")
LABEL_TITLES = {"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "rev", "judge", "justice", "lord", "lady"}
# and, written out before a name, those and two more ("Professor", "Cllr"), longest first
_ASKED_TITLES = "|".join(
    sorted((t.capitalize() for t in LABEL_TITLES | {"professor", "cllr"}), key=lambda w: (-len(w), w))
)
# What may stand between "asked" and the name of the one asked: a role ("its founder, ", "Orrery's chief executive, ")
# and a title ("Dr "). "We asked the Ministry of Health whether Ada Lenz was right": a body was asked, not the name
# after it
ASKED_BEFORE_NAME = re.compile(
    r"(?:(?:the|an?|his|her|its|their|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,?\s+)?"
    rf"(?:(?:{_ASKED_TITLES})\.?\s+)*"
)
# A byline: a line that is a person's name alone or after "By" ("By Hester Vandamme", "Ottoline Marsk")
# (with the role the cleaner keeps for a page in its writer's own voice: "By Ann Roe, reviewer", own_voice_role; or
# for a column's writer: "By Ann Roe, columnist")
BYLINE = re.compile(
    r"(?:[Bb]y\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*"
    rf"(?P<own>,\s+(?:{'|'.join(map(re.escape, OWN_VOICE_ROLES))}))?(?P<column>,\s+{COLUMNIST_ROLE})?"
)
# the byline the cleaner keeps as a line of its own above the body ("By Petra Skaile", "By Lotte Abernay, courts
# reporter", "By Elif Marten and Jonas Reyl, Continental Press"), a whole line: not an introduction that opens with
# "By" ("By the time Tova Brask became chair, ...")
KEPT_BYLINE = re.compile(r"By\s+" + BYLINE.pattern + r"(?:(?:,|\band\b)[^.!?\n]*)?")
MIN_FIRST_PERSON_ANSWERS = 2  # one first-person paragraph after a question may be a reader's letter; two make a Q&A


@dataclass(frozen=True)
class Interview:
    interviewee: str
    answers: list[tuple[int, int]]  # (start, end) of each answer paragraph in the text
    questions: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each question paragraph
    interviewer: str | None = None  # the byline above the questions, whose they are

    def answers_at(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.answers)

    def asks_at(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.questions)

    def asked_by(self, writer: str | None) -> Interview:
        """
        The interview with its questions given to ``writer``, the one writer the page's byline names (find_writer),
        when that is not the one interviewed.
        """
        if writer is None or writer.split()[-1] == self.interviewee.split()[-1]:
            return self
        return replace(self, interviewer=writer)


def find_interview(text: str) -> Interview | None:
    """
    The interviewee and the answer paragraphs when the text is a Q&A: paragraphs that end in a question, each
    followed by unquoted paragraphs of which at least two speak in the first person. An explainer's question
    headings ("How many languages were recorded?") are answered in the reporter's voice, which says no "we".
    """
    paragraphs = paragraph_spans(text)
    # "Q: Cruise lines say they will send 30 per cent fewer ships." is a question by its label, whatever it ends in
    questions = [
        i
        for i, (start, end) in enumerate(paragraphs)
        if QUESTION.search(text[start:end]) or QUESTION_LABEL.match(text, start)
    ]
    if len(questions) < 2:
        return None
    # "We asked Orrery's chief executive, Ines Corrado-Veldt, whether cinema is back.": the introduction's
    # indirect question is the first one, and the paragraph after it the first answer
    prompt = next((i for i in range(questions[0]) if INDIRECT_QUESTION.search(text[slice(*paragraphs[i])])), None)
    introduced_to = paragraphs[questions[0]][0]
    if prompt is not None:
        questions.insert(0, prompt)
        introduced_to = paragraphs[prompt][1]
    # a news story's quoted question ('... said the decision was a scandal. "Where are we meant to go?"') is no
    # interviewer's: only under questions the interviewer puts in their own words is a lone quotation an answer
    own_questions = all(
        QUESTION.search(QUOTED.sub("", text[start:end])) or QUESTION_LABEL.match(text, start)
        for start, end in (paragraphs[i] for i in questions)
    )
    speaks = [_speaks(text, start, end, quoted=own_questions) for start, end in paragraphs]
    for i in range(questions[0] + 2, len(paragraphs) - 1):
        # "Some officials say the council spends too much.": a prompt put as a statement, one sentence that
        # the answer after it, in the first person, takes up
        start, end = paragraphs[i]
        if not speaks[i] and speaks[i + 1] and i - 1 not in questions and not ONE_SENTENCE_MORE.search(text[start:end]):
            questions.append(i)
    questions.sort()
    answers = [span for i, span in enumerate(paragraphs) if i > questions[0] and i not in questions]
    # after the last answer the article may go on in the reporter's voice: the last answer runs while it says "I"
    last = questions[-1] + 1
    while last + 1 < len(paragraphs) and speaks[last + 1]:
        last += 1
    answers = [span for span in answers if span[0] <= paragraphs[min(last, len(paragraphs) - 1)][0]]
    speaking = [span for span in answers if speaks[paragraphs.index(span)]]
    if len(speaking) < MIN_FIRST_PERSON_ANSWERS:
        return None
    introduction = text[:introduced_to]
    # the byline the cleaner kept above the introduction names who asks, not who answers
    people = people_named("\n".join(line for line in introduction.split("\n") if not KEPT_BYLINE.fullmatch(line)))
    askers = {found.group("name") for line in introduction.split("\n") if (found := KEPT_BYLINE.fullmatch(line))}
    # "Our reporter Sam Poole spoke to her": the paper's own journalist, named so in the introduction as the one who
    # spoke to or asked the one interviewed, asks (not "Our correspondent Dev Acheson retires", the one interviewed,
    # nor "our reporter Sam Poole revealed", named in passing)
    journalists = {
        found.group("name")
        for found in OUR_JOURNALIST.finditer(introduction)
        if found.group("name") and INTERVIEWED.match(introduction, found.start("name"))
    }
    askers |= journalists
    # "She spoke to our reporter Bo Lindahl": the one the introduction turns to by a pronoun speaks to the one who asks
    askers |= {
        spoke.group("asker")
        for spoke in SPOKE_TO_ASKER.finditer(introduction)
        if re.search(r"\b(?:He|She|They)\s+$", introduction[: spoke.start()])
        and spoke.group("asker") not in {"us", "me"}
    }
    for turned_to in INTERVIEWED.finditer(introduction):
        window = introduction[turned_to.end() : turned_to.end() + 80]
        named = [name for name in people_named(window)[:1] if name not in askers]
        # "asked" takes the person it names right after it, or a pronoun ("asked her"), which adds no one
        if turned_to.group("asked") and named and not _asked_by_name(named[0], window):
            continue
        people += named
    people += _spoke_to_asker(introduction, askers)
    # the byline's reporter, named again in the introduction ("spoke to our reporter Owen Tarrant"), asks: never the
    # one who answers
    people = [name for name in people if name not in askers]
    opening = text[slice(*paragraphs[questions[0]])]
    if not people and PRESENTER_CUE.search(opening):
        # "Q: With me is the health minister, Ada Roe. ...": the one asking introduces the one answering in the first
        # question, as a presenter does a guest; only when it names one ("With me are the health minister, Ada Roe,
        # and the shadow health secretary, Tom Bell": whose each answer is, the questions alone do not say)
        label = QUESTION_LABEL.match(opening)  # the words after "Q. ", not "Q. With" for a name
        guests = [name for name in people_named(opening[label.end() if label else 0 :]) if name not in askers]
        people = guests if len(set(guests)) == 1 else []
    if not people:
        # "AM: Because we see ...": the answers labelled by the initials of one the introduction names
        labels = {label.group("initials") for start, _ in answers if (label := INITIALS_LABEL.match(text, start))}
        people = [name for label in labels if (name := _by_initials(label, people_named(introduction)))]
    if not people:
        return None
    surnames = Counter(name.split()[-1] for name in people)
    labelled = _answer_label(text, answers, surnames)
    if labelled is not None:
        # "Lundmark: It gets us to the start line.": the answers say whose they are, whatever else the
        # introduction names as often ("the ski jumping World Cup")
        surnames[labelled] += len(people)
    most = max(surnames.values())
    # the one the introduction keeps naming; of equals, one it names as a sentence's subject ("Sigrid Holm, 61, took
    # over Holm Forest Farm": not the farm she runs), and of those the last named ("..., spoke to us")
    tied = [name for name in people if surnames[name.split()[-1]] == most]
    subjects = [name for name in tied if _opens_a_sentence(name, introduction)]
    interviewee = (subjects or tied)[-1]
    full = max((name for name in people if name.split()[-1] == interviewee.split()[-1]), key=len)
    asked = [paragraphs[i] for i in questions if paragraphs[i][0] >= introduced_to]
    # the questions are the one journalist's the introduction names, unless a byline names another (asked_by)
    interviewer = next(iter(journalists)) if len(journalists) == 1 else None
    return Interview(full, answers, asked, interviewer)


def _spoke_to_asker(introduction: str, askers: set[str]) -> list[str]:
    """
    Who the introduction says spoke to the interviewer ("us", "me", or the byline's name): the last person its
    sentence names before the verb ("The vicar, the Rev Ann Roe, spoke to Tom Hale" is Ann Roe, not the church the
    introduction opened on). Only where the asker closes the sentence: "Her predecessor, Karl Berg, spoke to us in
    2023, when ..." tells of an earlier interview, not this one.
    """
    found = []
    for spoke in SPOKE_TO_ASKER.finditer(introduction):
        closes = (
            SENTENCE_CLOSES.match(introduction, spoke.end()) is not None
            or ABOUT_THE_INTERVIEW.match(introduction, spoke.end()) is not None
        )
        if closes and (spoke.group("asker") in {"us", "me"} or spoke.group("asker") in askers):
            found += people_named(STOP_OR_LINE_BREAK.split(introduction[: spoke.start()])[-1])[-1:]
    return found


def _speaks(text: str, start: int, end: int, *, quoted: bool) -> bool:
    """
    Whether a paragraph speaks in the first person: outside quotation marks (a news story's quotation is its
    speaker's), or, when ``quoted`` (the questions are the interviewer's own), within them where the paragraph is one
    quotation and nothing else, as a Q&A may print each answer ('"We had 14,000 people through the gates."'), which
    no reporting clause gives anyone.
    """
    paragraph = text[start:end]
    if ANSWER_LABEL.match(paragraph) or FIRST_PERSON.search(QUOTED.sub("", paragraph)):
        return True
    return quoted and QUOTED.fullmatch(paragraph.strip()) is not None and FIRST_PERSON.search(paragraph) is not None


def _answer_label(text: str, answers: list[tuple[int, int]], surnames: Counter[str]) -> str | None:
    """The surname most of the answers are labelled with ("Pia Lundmark: ...", "Lundmark: ..."), if the
    introduction named someone by it."""
    labels = Counter(
        label.group("title").split()[-1]
        for start, _ in answers
        if (label := SPEAKER_LABEL.match(text, start)) is not None and label.group("title")
    )
    surname, count = labels.most_common(1)[0] if labels else ("", 0)
    return surname if surname in surnames and 2 * count > len(answers) else None


def _asked_by_name(name: str, window: str) -> bool:
    at = window.find(name)
    return at >= 0 and ASKED_BEFORE_NAME.fullmatch(window[:at]) is not None


# A sentence's opening up to a name, read at the end of the text before it: past any two capitalised words, whether a
# title ("Dr", "Chief Constable") or not ("On Tuesday Ulla Fenn ..."): no title list is consulted
SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)(?:[A-Z][a-z]*\.?\s+){0,2}\Z")


def _opens_a_sentence(name: str, text: str) -> bool:
    """Whether any mention of the name, a whole word, opens a sentence: the name found as it is, then what precedes."""
    at = text.find(name)
    while at >= 0:
        after = text[at + len(name) : at + len(name) + 1]
        if not (after.isalnum() or after == "_") and SENTENCE_OPENING.search(text, 0, at):
            return True
        at = text.find(name, at + 1)
    return False


# The programme's own journalists, named so by a label or its brackets ("DEV ACHESON (REPORTER):", "PRESENTER:"): the
# background they voice is the reporter's, which gives its figures no speaker (tests/ingest_labelling.md)
JOURNALIST_ROLES = {"presenter", "reporter", "host", "anchor", "interviewer", "correspondent", "newsreader"}
# The roles of who hosts a programme or an event labelled "Role, Name:" or "Role (Name):": its journalists, and the
# moderator of a hustings or a debate, who reads the programme's background as a presenter does
HOST_ROLES = JOURNALIST_ROLES | {"moderator"}
# "Our transport correspondent Dev Acheson has ...", "our reporter, Ama Leth,": the programme's own journalist
OUR_JOURNALIST = re.compile(
    r"\b[Oo]ur\s+(?:[a-z]+\s+){0,2}(?:correspondent|reporter|editor)\s*,?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    # "Sunniva Carr is in Ebbeford for us", "Ama Leth joins us from the quay": the presenter hands over to the
    # programme's reporter on the scene
    r"|\b(?P<scene>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:is\s+(?:in|at|outside|on)\s+[^.!?\n]{1,40}?\s+for\s+us|"
    r"joins\s+us\s+from)\b"
)
# The programme's own journalists as a podcast's presenter introduces them to the listeners: "With me are Tamsin Orrell
# from our investigations team and Owen Lutterby, who covers transport": their turns are in the programme's voice, as
# "our reporter Ama Leth"'s are (a guest "who covers" a beat for someone else, "who covers the courts for the
# Herald", is not ours); also "who reports on transport", "who covers health and social care", "from our Westminster
# team", "my colleague Owen Lutterby, our transport editor". The name opens on no sentence's or title's word ("Today
# Owen Lutterby", "Dr Owen Lutterby")
_JOURNALIST_NAME = r"(?!(?:And|Also|Today|Now|Here|Plus|Dr|Prof|Mr|Mrs|Ms)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
OUR_DESK = re.compile(
    rf"\b(?P<name>{_JOURNALIST_NAME})(?:\s+(?:from|of|on)\s+our\s+(?:[A-Za-z]+\s+){{0,2}}(?:team|desk|unit|newsroom)\b"
    r"|,\s+who\s+(?:covers|reports\s+on|writes\s+about)\s+(?:[a-z]+\s+){0,3}[a-z]+(?:\s+for\s+us)?[.,]"
    r"|,\s+our\s+(?:[a-z]+\s+){0,2}(?:correspondent|reporter|editor)\b)"
)
# Only the presenter's own introduction of the programme's people names them so: "With me are ...", "Joining me is
# ...", "I'm joined by ...". A guest's "Dana Kettle, who covers nights", or a results call's "Jon Ebbing from our
# finance team" (whose "our" is the company's), introduce no journalist of the programme
PRESENTER_INTRODUCES = re.compile(
    r"\b(?:[Ww]ith\s+me(?:\s+(?:now|here|today|in\s+the\s+studio))?\s+(?:is|are)|[Jj]oining\s+me(?:\s+(?:now|today))?"
    r"\s+(?:is|are)|I['’]m\s+joined\s+by)\b"
)
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“]|\s*$)", re.MULTILINE)


# A presenter's own words in a turn: welcoming guests ("With me are ...", "On the line now is ...") or the listeners to
# the programme ("Welcome to Post Sport. I'm Jonas Wiik."), thanking guests at the end ("Dr Priya Anand and Bill
# Corran, thank you both."), or naming the programme as the one told ("told this programme"): who says them presents
# the programme, as who hands over to its reporter does
PRESENTER_CUE = re.compile(
    r"\b[Ww]ith\s+me\s+(?:now\s+|here\s+|in\s+the\s+studio\s+)?(?:is|are)\b"
    # welcoming the listeners to the programme by its name and naming themselves: "Welcome to Post Sport. I'm Jonas
    # Wiik." (not a guest's "Welcome to Brinmouth!" nor a minister's "Good morning, and welcome to Harbour House.")
    r"|\b[Ww]elcome\s+(?:back\s+)?to\s+[A-Z][^.!?\n]{{0,60}}[.!]\s+I['’]m\s+[A-Z]"
    r"|\b[Oo]n\s+the\s+line\s+(?:now\s+)?(?:is|are)\b"
    r"|\btold\s+this\s+programme\b"
    r"|(?:^|[.!?]\s+){name}(?:\s+and\s+{name})?,\s+thank\s+you(?:\s+both|\s+all)?\.\s*$".format(
        name=r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    )
)
PROSE_END = re.compile(r"[.!?…][\"'”’)]*\s*$")
# A live Q&A's reader's question, by the name and place it is signed with and after the post's time where the page gives
# one: "[12:05] Question from Bryony, Rooksby: ", "12:40 Question from Karl (Skelby): ", "Comment from Anonymous: "
# (also "Reader question from Bryony, Rooksby:", "Q from Bryony, Rooksby:", "Bryony, Rooksby, asks:", and a time
# written "12.05 - ")
READER_QUESTION = re.compile(
    r"(?:[\[(]?\d{1,2}[:.]\d{2}(?::\d{2})?[\])]?[ \t]+(?:[-–—|][ \t]+)?)?"
    r"(?:(?:Reader(?:['’]s)?\s+[Qq]uestion|Reader(?:['’]s)?\s+[Cc]omment|Question|Comment|Q)\s+from\s+(?P<reader>[A-Z][^:\n.!?]{0,60}?)"
    r"|(?P<asker>[A-Z][^:\n.!?]{0,60}?),?\s+asks)\s*:\s+(?=\S)"
)


@dataclass(frozen=True)
class Transcript:
    turns: list[tuple[int, int, str | None]]  # (start, end, speaker) of each turn; a label that names no one: None
    # the speakers of turns whom the page does not name, by the description it introduced them with
    unnamed: frozenset[str] = frozenset()

    def speaker_at(self, position: int) -> str | None:
        return next((name for start, end, name in self.turns if start <= position < end), None)

    def in_unnamed_question(self, text: str, position: int, own_labels: frozenset[str]) -> bool:
        """
        Whether a position is in a turn that asks, whose label names no one and is one of the paper's own (its masthead
        name, "Q:", the byline's name; own_labels, in lower case): the interviewer's question. Not a candidate's
        ("Marsh: ... What will you do?"), a chair's or a presenter's, nor a fact check's "Claim: Did the council ...?"
        """
        for start, end, name in self.turns:
            if start <= position < end and name is None and "?" in text[start:end]:
                label = ASKING_LABEL.match(text, start)
                return label is not None and label.group(1).strip().lower() in own_labels
        return False

    def answerer_after(self, position: int) -> str | None:
        """Who answers the question at a position: the speaker of the next turn that names one."""
        return next((name for start, _, name in self.turns if start > position and name), None)

    def asks_after(self, text: str, position: int) -> bool:
        """Whether the turn at a position goes on to ask a question, as a questioner's does and an answer seldom."""
        return any(start <= position < end and "?" in text[position:end] for start, end, _ in self.turns)


# An unnamed person the page introduces by a noun, with what describes them up to the end of their clause: "a
# paramedic in Kelbridge who has done the job for 16 years" (not quoted words, not past a sentence's end); or as one
# of a group just named ("And the drivers? I spoke to one, who did not want to be named ...")
_DESCRIPTION = r"(?P<description>[^.!?;:\n“”\"]{{0,120}})"
# ("One officer here, who asked us to hide his face": "One" introduces them as "a" does)
_INTRODUCED = r"\b(?:[Aa]n?|One)\s+(?:[a-z][\w'’-]*\s+){{0,2}}{role}\b" + _DESCRIPTION
_ONE_OF_THEM = r"\b(?:spoke|spoken|talked|speak|talk)\s+(?:to|with)\s+one\b" + _DESCRIPTION
ONE_OF_GROUP_REACH = 300  # characters before "one" in which the group it is one of is named


def _introduced_unnamed(label: str, before: str) -> str | None:
    """
    The unnamed person a role label with no name speaks as ("PARAMEDIC:"): the last one the page introduced before
    their first turn by the label's noun ("I spoke to a paramedic in Kelbridge who has done the job for 16 years"),
    or as one of the group the noun names ("the drivers? I spoke to one, who ..." is "A driver, who ..."), by that
    whole description, as an anonymous source is named; None when the page gave them a name or none.
    """
    role = re.escape(label.lower()).replace(r"\ ", r"\s+")
    found = list(re.finditer(_INTRODUCED.format(role=role), before))
    phrase = found[-1].group(0).rstrip(" ,") if found else ""
    if not found:
        one = list(re.finditer(_ONE_OF_THEM.format(), before))
        group = re.compile(rf"\b{role}s\b", re.IGNORECASE)
        if not one or not group.search(before, max(0, one[-1].start() - ONE_OF_GROUP_REACH), one[-1].start()):
            return None
        phrase = f"a {label.lower()}{one[-1].group('description')}".rstrip(" ,")
    if people_named(phrase):
        return None  # "a paramedic, Ines Hale,": a named person, whom the label's own name resolution finds
    return phrase[0].upper() + phrase[1:]


def _side_labels(text: str, paragraphs: list[tuple[int, int]]) -> list[re.Match[str] | None] | None:
    """
    A for-and-against page's sides, each in its own writer's voice: each side's heading read as the
    label of the turn its section is, its writer's name as a transcript's label gives it; None unless two headings at
    least name two different people.
    """
    if not SIDE_WORD.search(text):
        return None
    labels: list[re.Match[str] | None] = []
    names: set[str] = set()
    for start, end in paragraphs:
        heading = SIDE_HEADING.match(text, start, end)
        name = heading.group("name") or heading.group("first") if heading is not None else None
        label = TURN_LABEL.match(text, heading.start("name") if heading.group("name") else start) if heading else None
        if name is not None and label is not None and people_named(name.title()) == [name.title()]:
            names.add(name.title())
            labels.append(label)
        else:
            labels.append(None)
    return labels if len(names) >= MIN_SIDES else None


def find_transcript(text: str) -> Transcript | None:
    """
    The turns of a transcript: a labelled paragraph and the unlabelled prose paragraphs after it, up to the next
    label, are its speaker's ("BRODRICK: Thank you, Chair." then "The reservoir held 412 million ..."). A
    heading or a line of page furniture, which ends in no full stop, ends the turn.
    """
    paragraphs = paragraph_spans(text)
    labels = [SPEAKER_LABEL.match(text, start) for start, _ in paragraphs]
    known = people_named(text)
    sides = _side_labels(text, paragraphs)
    if sides is not None:
        labels = sides
    elif sum(label is not None for label in labels) < MIN_LABELLED_TURNS and find_letters(text) is None:
        # (a letters page's signatures are names alone on their lines too, under the letters, not above turns)
        # a page that marks its turns otherwise ("[SOLBAKK] ", "**Solbakk:** ", "Solbakk - ", "00:12:31 SOLBAKK: "),
        # each label a person the page names or the programme's own role: a bulletin's dateline in capitals ("EASTGATE -
        # A fire broke out ...") is set off by a dash too, and names a place
        labels = [
            label if label is not None and _labels_person(label.group("label"), text, known) else None
            for label in (TURN_LABEL.match(text, start) for start, _ in paragraphs)
        ]
        # and the turns speak, in the first person or asking, as a who's who in a list ("ANNA ROE - Independent. A
        # retired teacher, she ...") does not
        speaking_turns = sum(
            1
            for (start, end), label in zip(paragraphs, labels, strict=True)
            if label is not None and own_speech(text[label.end() : max(end, _line_end(text, label.end()))])
        )
        labels = labels if speaking_turns >= MIN_FIRST_PERSON_ANSWERS else []
    if sides is None and sum(label is not None for label in labels) < MIN_LABELLED_TURNS:
        return None
    known += _named_by_label(text, labels, known)
    sides_end = len(text)
    if sides is not None:
        last = max(i for i, label in enumerate(labels) if label is not None)
        spoken = [start for start, end in paragraphs[last + 1 :] if own_speech(text[start:end])]
        sides_end = spoken[-1] if spoken else paragraphs[last][0]
    answerers = _answering_surnames(text, paragraphs, labels, known)
    roles: dict[str, str | None] = {}  # "CHAIR" -> "Maren Tollefsen", from "CHAIR (MAREN TOLLEFSEN):"
    journalists: dict[str, str] = {}  # a label the programme's own journalist speaks under -> their name
    first_turn = next((start for (start, _), label in zip(paragraphs, labels, strict=True) if label is not None), 0)
    # "Maren:" -> "Maren Ostlake", as "CHAIR" is its holder
    roles.update(_panel_by_given_name(labels, known, text, first_turn))
    for journalist in OUR_JOURNALIST.finditer(text):
        _note_journalist(_person(journalist.group("name") or journalist.group("scene"), known), roles, journalists)
    for introduction in PRESENTER_INTRODUCES.finditer(text):
        # the presenter's sentence that introduces the guests, to its end ("..., who covers transport.")
        close = SENTENCE_END.search(text, introduction.end())
        for journalist in OUR_DESK.finditer(text, introduction.start(), close.end() if close else len(text)):
            _note_journalist(_person(journalist.group("name"), known), roles, journalists)
    for (start, end), label in zip(paragraphs, labels, strict=True):
        introducer = label.group("label") if label is not None and not label.group("title") else None
        if (
            introducer
            and introducer.lower() not in JOURNALIST_ROLES
            and (OUR_JOURNALIST.search(text, start, end) or _presents(text[start:end]))
        ):
            # "HANA ROSS: ... Our transport reporter Kwame Ode has been looking at the figures.": who hands over to the
            # programme's reporter presents the programme, as who welcomes or thanks its guests does
            _note_journalist(_person(introducer.title(), known), roles, journalists)
    for label in labels:
        words = label.group("label").split() if label is not None and not label.group("title") else []
        if len(words) > 1 and words[-1] in journalists and label is not None:
            # "DAHLBERG: Our reporter ... has been looking at it." makes "WENCHE DAHLBERG:" the programme's voice too
            _note_journalist(_person(label.group("label").title(), known), roles, journalists)
    reporting: str | None = None  # the journalist whose turn it is
    offices: dict[str, str] = {}  # "chair" -> "Hedda Brannock", from "Chair (Hedda Brannock MP):"
    labels = _labels_before_figures(text, paragraphs, labels)
    unnamed: set[str] = set()
    introduced: dict[str, str | None] = {}  # a label in capitals -> whom the page introduced before its first turn
    turns: list[tuple[int, int, str | None]] = []
    speaker: str | None = None
    speaking = False
    labelled: Counter[str | None] = Counter()
    reporters: set[str] = set()  # the programme's own journalists who speak under their labels
    readers: set[str] = set()  # a live Q&A's readers, by the names their questions are signed with
    for (start, end), label in zip(paragraphs, labels, strict=True):
        if label is None and QUESTION_LABEL.match(text, start):
            # "Q: Today you say 800 million." between named turns: a question from the floor, no one's the page names,
            # never the answer's before it (not counted as a labelled turn: a news story's short Q&A with one
            # person is no transcript, whose prose after the last answer would run on in their voice)
            speaker, speaking, reporting = None, True, None
        elif label is None and (reader := READER_QUESTION.match(text, start)):
            # "[12:05] Question from Bryony, Rooksby: My son is eight ...": a reader's question on a live Q&A, in the
            # reader's voice by the name it is signed with, as a readers'-questions page's (never the expert's answer
            # before it)
            speaker, speaking, reporting = reader.group("reader") or reader.group("asker"), True, None
            labelled[speaker] += 1
            readers.add(speaker)
        elif label is not None and label.group("office") and _office_key(label.group("office")) in HOST_ROLES:
            # "Presenter, Jo Blaxall:", "Reporter, Ama Leth:": the programme's own journalist, whose turn is in the
            # programme's voice (its background figures no one's), as "PRESENTER (Jo Blaxall):" is
            reporting = _person(label.group("holder"), known)
            speaker, speaking = None, True
            labelled[None] += 1
        elif label is not None and (holder := _office_holder(label, text, known, offices)):
            # "Chair (Hedda Brannock MP):", "Counsel to the inquiry, Mr Pell:", "Witness (Dr Ola Vint, Health Board):":
            # a role, and the one who holds it named in its brackets or after it, who speaks; "Chair:" and "CHAIR:"
            # later are that person again
            speaker, speaking, reporting = holder, True, None
            labelled[speaker] += 1
            known.append(holder)
        elif label is not None and (caller := _caller(label, text, start, known, roles)):
            # "GWEN, HOLLOWMERE:", "MAGNUS (caller, Harrowby):", "Caller (Maureen, Fellby):": a phone-in's caller, whom
            # the programme names by first name only; their turn is theirs, by that name (not the presenter's voice)
            speaker, speaking, reporting = caller, True, None
            labelled[speaker] += 1
        elif label is not None and (unnamed_speaker := _unnamed_turn(label, text, start, roles, introduced)):
            # "PARAMEDIC:" after "I spoke to a paramedic in Kelbridge who ...": that unnamed person, anonymous (before
            # the one named in that role: "NURSE:" after "I spoke to a retired nurse who ..." is that nurse, never
            # "Anna Roe, a retired nurse")
            speaker, speaking, reporting = unnamed_speaker, True, None
            unnamed.add(unnamed_speaker)
            labelled[speaker] += 1
        elif (
            label is not None
            and not label.group("aside")
            and not label.group("role")
            and label.group("label") not in roles
            and (holder := _role_holder(label.group("label"), text, known))
        ):
            # (not "CHAIR (MAREN TOLLEFSEN):", whose own brackets name who holds the role)
            # "The Minister:" after "the health minister, Anna Velsberg": the one the page introduced in that role
            speaker, speaking, reporting = holder, True, None
            labelled[speaker] += 1
        elif label is not None and label.group("title") in answerers:
            # "Calloway: Because the building is wearing out. Our three cremators ..." after "Chronicle: ... Why?": the
            # one who answers the paper's questions, by the surname the label gives when the page names them no fuller
            speaker, speaking, reporting = label.group("title"), True, None
            labelled[speaker] += 1
        elif (
            label is not None
            and label.group("title")
            and label.group("label") not in roles
            and not _names_someone(label.group("title"), known)
        ):
            # "Gazette: Why so much?", "Key Findings: ...": words in title case that name no one; a turn of no one
            # the article names (the interviewer's), never the speaker before's
            speaker, speaking, reporting = None, True, None
            labelled[None] += 1
        elif label is not None:
            speaker, speaking = _labelled_speaker(label.group("label"), label.group("aside"), known, roles), True
            _journalist(label.group("label"), label.group("aside"), known, roles, journalists)
            reporting = journalists.get(label.group("label"))
            if reporting:
                reporters.add(reporting)
            labelled[speaker] += 1
            if speaker:
                known.append(speaker)  # "HALVARD IBSEN (opposition):" then "IBSEN:"
        elif (
            not speaking
            or not PROSE_END.search(text[start:end])
            or POST_STAMP.match(text, start)
            # (a for-and-against page's last side ends with the last paragraph in its writer's own voice: one after it,
            # "About 4,000 people have signed a petition against it.", is the paper's again)
            or start > sides_end
        ):
            # (a live page's post opening on its own time stamp with no name, "14:12 The pound rose ...", is a new
            # post in the page's voice, never the labelled post before it)
            speaking = False
            continue
        if reporting and WITNESS.search(QUOTED_OR_OPEN.sub(" ", text[start:end])):
            # "I counted eleven lorries on the quay": the journalist on the scene tells what they saw, in their name;
            # not "With me in the studio is ...", "I'm at the school, where ...", "A haulier I spoke to told me ...",
            # which introduce a guest, set the scene or say whom they asked, in the reporter's voice
            turns.append((start, end, reporting))
            continue
        turns.append((start, end, speaker))
    names = {name for _, _, name in turns if name}
    # an interview labelled by its interviewer ("Gazette:", "Q:") and one named interviewee, each at least twice
    interview = len(names) == 1 and labelled[None] >= 2 and labelled[next(iter(names))] >= 2
    # the programme's own reporters speak too, though in its voice: "TAMSIN ORRELL:" introduced "from our investigations
    # team" and one guest after her are two voices, a transcript's
    # (readers' questions to one expert are not two voices, as "Q:" is not: a readers'-questions page whose news after
    # the last answer, "Ofgem said on Monday that ...", would run on in the expert's voice)
    voices = (names - readers) | reporters
    return Transcript(turns, frozenset(unnamed)) if len(voices) >= 2 or interview else None


def _answering_surnames(
    text: str, paragraphs: list[tuple[int, int]], labels: list[re.Match[str] | None], known: list[str]
) -> set[str]:
    """
    The labels of one word in title case that name no one the page names but answer in the first person, at least
    twice, a turn under another such label that asked ("Chronicle: ... Why?" then "Calloway: Our three cremators were
    installed in 1994."): the interviewee by surname, when the page's introduction, which named them in full, is not
    in its text. The asker's label ("Chronicle", "Argus") is the paper's, and asks more than it answers.
    """
    titles = [
        label.group("title") if label is not None and label.group("title") and " " not in label.group("title") else None
        for label in labels
    ]
    asks: Counter[str] = Counter()
    answers: Counter[str] = Counter()
    before: tuple[str, bool] | None = None  # the last labelled turn's label, and whether it asked
    for (_, end), label, title in zip(paragraphs, labels, titles, strict=True):
        if label is None:
            continue
        if title is None or ANSWER_LABEL.match(f"{title}: ") or QUESTION_LABEL.match(f"{title}: "):
            # ("Question:" then "Answer:": a Q&A's own labels, whose answer names no one)
            before = None
            continue
        own = QUOTED_OR_OPEN.sub(" ", text[label.end() : end])
        asked = QUESTION.search(own) is not None
        asks[title] += asked
        if before is not None and before[0] != title and before[1] and FIRST_PERSON.search(own):
            answers[title] += 1
        before = (title, asked)
    return {
        title
        for title, count in answers.items()
        if count >= MIN_FIRST_PERSON_ANSWERS
        and asks[title] < count
        and _could_be_surname(title)
        and not _names_someone(title, known)
    }


# An office-holder's head noun, whole ("Director", "Clerk", "Chairman"): a role's label, never a surname
OFFICE_HEAD = re.compile(rf"(?:{OFFICIAL_HEADS})", re.IGNORECASE)


def _could_be_surname(title: str) -> bool:
    """
    Whether a one-word label could be a surname: not a role, a status, kin or a page's furniture ("Update:",
    "Verdict:", "Witness:", "Director:", "Son:"), whose first-person answers are no person's by that word.
    """
    word = title.lower()
    return not (
        word in LABEL_NOT_SURNAME_WORDS
        or word in HOST_ROLES
        or word in CALLER_WORDS
        or OFFICE_HEAD.fullmatch(word) is not None
        or re.fullmatch(rf"(?:{ANONYMOUS_HEADS})", word) is not None
    )


def _labels_before_figures(
    text: str, paragraphs: list[tuple[int, int]], labels: list[re.Match[str] | None]
) -> list[re.Match[str] | None]:
    """The labels, with a name in title case that opens on a figure read as a label where it labels other turns."""
    found: list[re.Match[str] | None] = []
    names: set[str] | None = None
    for (start, _), label in zip(paragraphs, labels, strict=True):
        if label is None:
            label, names = label_before_figure(text, start, names)
        found.append(label)
    return found


# Postnominal letters a name in brackets may carry ("Hedda Brannock MP")
POSTNOMINALS = re.compile(r"\s+(?:MP|MSP|MEP|MLA|QC|KC)$")


def _office_key(role: str) -> str:
    return re.sub(r"^the\s+", "", role.strip().lower())


def _office_holder(label: re.Match[str], text: str, known: list[str], offices: dict[str, str]) -> str | None:
    """
    The person a role label names: the name after a role written out ("Counsel to the inquiry, Mr Pell"), or in the
    brackets after a role in title case ("Chair (Hedda Brannock MP)", "The Chair (Ms Brannock)", "Witness (Dr Ola
    Vint, Regional Health Board)"), noted under the role; or the one noted under a role label alone ("Chair:",
    "CHAIR:", "Q15 Chair:"). None for a person's own name, the programme's journalists and a phone-in's callers.
    """
    if label.group("office"):
        role, name = label.group("office"), label.group("holder")
    else:
        role, aside = label.group("title") or "", (label.group("aside") or "").split(",")[0].strip()
        name = POSTNOMINALS.sub("", aside)
        # (a role, not a person's name nor a journalist's or a caller's label; a name in its brackets, not a note in
        # lower case, "Chair (sitting in public)", nor one in capitals, which _labelled_speaker reads)
        role_label = bool(role) and _office_key(role) not in HOST_ROLES | CALLER_WORDS
        role_label = role_label and not _names_someone(role, known)
        if not (role_label and name[:1].isupper() and name != name.upper() and _names_someone(name, known)):
            name = ""
    if not name:
        return offices.get(_office_key(label.group("label"))) if not label.group("aside") else None
    holder = _person(name, known)
    if " " not in holder:
        # "The Chair (Ms Brannock):" where the page names her in full only after a preposition ("chaired by Hedda
        # Brannock"), which people_named leaves out
        holder = _full_name(holder, text) or holder
    offices[_office_key(role)] = holder
    return holder


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _labels_person(label: str, text: str, known: list[str]) -> bool:
    """A label names a person the page names (by surname, with or without a title), or a role its cast holds or the
    programme's own journalists speak under ("Presenter", "The Minister")."""
    words = [w for w in label.lower().split() if w.rstrip(".") not in LABEL_TITLES]
    surnames = {person.split()[-1].lower() for person in known if " " in person}
    return (
        (bool(words) and words[-1] in surnames)
        or label.lower() in JOURNALIST_ROLES
        or _role_holder(label, text, known) is not None
    )


# A full name ending in a given surname: "Lars Dahlqvist" for "DAHLQVIST:"
FULL_NAME_BEFORE = r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _named_by_label(text: str, labels: list[re.Match[str] | None], known: list[str]) -> list[str]:
    """
    The full names of people the labels call by surname alone ("DAHLQVIST:") where the page names them only after a
    preposition ("She was joined by Lars Dahlqvist, the ministry's director"), which people_named leaves out as
    possibly a place or a paper: a surname that labels turns is a person's; and of those called by given name alone
    ("Callum:" for "Callum Redhaven").
    """
    surnames = {
        label.group("label").title()
        for label in labels
        if label is not None and not label.group("title") and " " not in label.group("label")
    }
    surnames -= {person.split()[-1] for person in known} | {role.title() for role in JOURNALIST_ROLES}
    found = [name for surname in surnames if (name := _full_name(surname, text))]
    # "Maren:" after "... at Haddow Fen. Callum Redhaven buys grain": a panel's guest labelled by given name, whose full
    # name people_named may not part from the place before it; the full name that opens with the label, if a person's
    named = {person.split()[-1] for person in known + found}
    for label in labels:
        word = label.group("label").title() if label is not None and " " not in label.group("label") else ""
        if word and word not in named and word.lower() not in JOURNALIST_ROLES:
            named.add(word)
            full = re.search(rf"\b{re.escape(word)}\s+{NAME_WORD}\b", text)
            if full is not None and people_named(full.group(0)) == [full.group(0)]:
                found.append(full.group(0))
    return found


def _full_name(surname: str, text: str) -> str | None:
    """The first full name the page gives a surname, wherever it stands ("chaired by Lars Dahlqvist")."""
    full = re.search(FULL_NAME_BEFORE + re.escape(surname) + r"\b", text)
    if full is None or full.group(0).startswith("The "):
        return None
    if THE_BEFORE.search(text, max(0, full.start() - 4), full.start()):
        return None  # "BUDGET:" over "the Spring Budget": a heading, a thing by its title, no person's surname
    named = people_named(full.group(0))
    return named[-1] if named else None


def _presents(turn: str) -> bool:
    """Whether a labelled turn is the presenter's: it welcomes or thanks the guests, or is told things as the show."""
    return PRESENTER_CUE.search(turn[turn.find(":") + 1 :].strip()) is not None


# The words a phone-in labels a caller's turn with ("CALLER (BRIT, LISK):") or puts in its aside ("MAGNUS (caller,
# Harrowby)"); and the presenter's words that hand the line to a caller by first name ("We have a caller, Hanne",
# "Hanne, go ahead", "Tomas in Lunsdale, you're on the line")
CALLER_WORDS = {"caller", "listener"}
CALLER_ASIDE = re.compile(r"\b(?:caller|listener)\b", re.IGNORECASE)
HANDED_THE_LINE = (
    r"\b(?:caller|listener)\s*,?\s+(?:[a-z]+\s+){{0,2}}{name}\b"
    r"|\b{name}\b[^.!?\n]{{0,30}}?,?\s+(?:go\s+ahead|you['’]re\s+on|you\s+are\s+on|is\s+on\s+the\s+line)\b"
)


def _caller(label: re.Match[str], text: str, start: int, known: list[str], roles: dict[str, str | None]) -> str | None:
    """
    The first name a phone-in's caller speaks under: the name in a caller label's aside ("CALLER (BRIT, LISK)",
    "Caller (Maureen, Fellby)"), or a label that is a first name alone, with the caller's place or "caller" beside
    it ("GWEN, HOLLOWMERE", "MAGNUS (caller, Harrowby)") or handed the line by the presenter before its first turn
    ("HANNE:" after "We have a caller, Hanne"). A word the page also writes in lower case is a role ("TECHNICIAN
    (voice of an actor)"), and a surname of someone the page names is theirs, never a caller's.
    """
    word, aside = label.group("label"), label.group("aside") or label.group("role")
    if word.lower() in CALLER_WORDS:
        written = (aside or "").split(",")[0].strip()
        first = written.title()
        if not aside or not re.fullmatch(NAME_WORD, first) or written[:1].islower():
            return None  # "CALLER (anonymous)": how the caller goes unnamed, no name
        # "Caller (Maureen, Fellby)": a first name with the caller's place; a word alone is the caller's name only
        # when the presenter hands the line to it, else it is where they call from ("CALLER (Dunmore)")
        handed = re.search(HANDED_THE_LINE.format(name=re.escape(first)), text[:start])
        return first if "," in aside or handed else None
    name = word.title()
    if (
        " " in word
        or word in roles
        or word.lower() in JOURNALIST_ROLES
        # "SPOKESWOMAN, HARWICK COUNCIL", "DOCTOR, HARWICK GENERAL": a role's word and its body, no caller's name
        or word.lower() in TITLES
        or re.fullmatch(ANONYMOUS_HEADS, word.lower())
        or not re.fullmatch(NAME_WORD, name)
        or re.search(rf"\b{re.escape(word.lower())}\b", text) is not None
        or any(person.split()[-1] == name for person in known)
    ):
        return None
    if aside is not None:
        return name if CALLER_ASIDE.search(aside) or label.group("role") else None
    return name if re.search(HANDED_THE_LINE.format(name=re.escape(name)), text[:start]) else None


def _unnamed_turn(
    label: re.Match[str], text: str, start: int, roles: dict[str, str | None], introduced: dict[str, str | None]
) -> str | None:
    """
    The unnamed person a label in capitals speaks as: a role no journalist holds, no one's name, with no aside,
    introduced before its first turn (read once a label).
    """
    word, aside = label.group("label"), label.group("aside")
    # an aside in lower case names no one; it says how they were heard or why they go unnamed ("TECHNICIAN (voice of
    # an actor)", "RESIDENT (who did not want to be named)"), and leaves the label the noun the page introduced them by
    named_aside = aside is not None and not aside.lstrip()[:1].islower()
    if label.group("title") or named_aside or word in roles or word.lower() in JOURNALIST_ROLES:
        return None
    if word not in introduced:
        introduced[word] = _introduced_unnamed(word, text[:start])
    return introduced[word]


def _names_someone(label: str, known: list[str]) -> bool:
    """
    A label in title case names a person: in full ("Piet Vander"), by the surname of one the article named, or by a
    title and a surname ("Dr Vander", "Ms Okoro"), as a name in capitals does ("DR VANDER").
    """
    if people_named(label):
        return True
    words = label.split()
    untitled = [w for w in words if w.lower().rstrip(".") not in LABEL_TITLES]
    if len(untitled) == 1 and len(words) > 1:
        return True
    return " " not in label and any(person.split()[-1] == label for person in known)


# A role a label may speak as ("The Minister:", "CHAIR:") and the one the page introduced in it: "the health minister,
# Anna Velsberg", "Anna Velsberg, the health minister", "Anna Velsberg (health minister)"
_ROLE_BEFORE_NAME = r"\b{role}s?\b,?\s+(?:{titles})?{name}\b"
# (the words between describe the role, never a clause about the person: not "Piet Vander, who will chair", "Tom Bell,
# who advised the minister")
_ROLE_AFTER_NAME = (
    r"\b{name}(?:,\s+|\s+\()(?:the\s+|an?\s+|its\s+)?(?:(?!(?:who|whom|whose|which|that)\b)[\w'’-]+\s+){{0,3}}?{role}\b"
)


def _role_holder(label: str, text: str, known: list[str]) -> str | None:
    """
    The one person the page introduced in the role a label names ("The Minister:", "MINISTER:", after "the health
    minister, Anna Velsberg"); None when it names no role the page gave one person.
    """
    role = re.sub(r"^the\s+", "", label.lower().strip())
    surnames = {person.split()[-1].lower() for person in known}
    if not role or len(role.split()) > 2 or role in JOURNALIST_ROLES or role.split()[-1] in surnames:
        return None
    # (the cheap test first: both patterns hold the role's words as written, so a page without one of them has no
    # holder, and each pattern would search the whole page once for each person)
    if not all(word in text for word in role.split()):
        return None
    role_pattern = r"\s+".join(map(re.escape, role.split()))
    titles = rf"(?:(?:{_ASKED_TITLES})\.?\s+)*"
    holders = {
        person
        for person in known
        if " " in person
        for pattern in (_ROLE_BEFORE_NAME, _ROLE_AFTER_NAME)
        # the role as a noun in lower case, as prose writes one ("the health minister"), never a surname in a name
        if re.search(pattern.format(role=role_pattern, titles=titles, name=re.escape(person)), text)
    }
    return next(iter(holders)) if len(holders) == 1 else None


def _by_initials(label: str, known: list[str]) -> str | None:
    """The one person the page names whose initials a label is ("AM" for Agnes Merriwether), if just one."""
    if not 2 <= len(label) <= 3 or not label.isalpha() or not label.isupper():
        return None
    found = {name for name in known if initials(name) == label}
    return found.pop() if len(found) == 1 else None


MIN_PANEL_GUESTS = 2  # a panel asks two guests at least; one labelled by given name alone may be the outlet


# The presenter who welcomes the listeners and names themselves: "Welcome to Money Talk. I'm Sam Ward, and my guests are
# ..."
PRESENTER_NAMED = re.compile(
    r"\b[Ww]elcome\s+(?:back\s+)?to\s+[A-Z][^.!?\n]{0,60}[.!]\s+I['’]m\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)


def _panel_by_given_name(
    labels: list[re.Match[str] | None], known: list[str], text: str, first_turn: int
) -> dict[str, str | None]:
    """
    A panel's guests labelled by given name alone, each the full name the page introduced ("Maren:" for Maren
    Ostlake, "CALLUM:" for Callum Redhaven), by label; only where two labels at least name two guests so. One such label
    alone may be the outlet's own name, which the page names as it would a person ("Greenleaf:" over the questions,
    "Greenleaf Science is a nonprofit newsroom."), and a one-guest Q&A is find_interview's.
    The presenter who names themselves ("Welcome to Money Talk. I'm Sam Ward") is no guest: "Sam:" is the programme's
    voice. And hosts the introduction calls by given name alone ("Every week, Anna and Tom pick apart the news") are
    not the people of that given name it talks about ("the finance minister Anna Roth's budget").
    """
    introduction = text[:first_turn]
    presenters = {_person(found.group("name"), known) for found in PRESENTER_NAMED.finditer(text)}
    found: dict[str, str | None] = {
        word: (None if name in presenters else name)
        for label in labels
        if label is not None
        and not (label.group("aside") or label.group("role") or label.group("office"))
        and (name := _by_given_name(word := label.group("label"), known)) is not None
        and not re.search(rf"\b{re.escape(word.title())}\b(?![\w'’-]|\s+[A-Z])", introduction)
    }
    guests = {name for name in found.values() if name is not None}
    return found if len(guests) >= MIN_PANEL_GUESTS else {}


def _by_given_name(label: str, known: list[str]) -> str | None:
    """
    The one person the page names in full whose given name a label of one word is: a panel's guests, introduced by
    full name ("Maren Ostlake grows wheat at Haddow Fen. Callum Redhaven buys grain ..."), then labelled by first name
    ("Maren: On my farm it is worse."). Not a surname of anyone the page names ("Ostlake:" is _person's), and not a
    given name two people share ("Anna:" where the page names Anna Roe and Anna Berg): whose, the label does not say.
    """
    word = label.title()
    if " " in word or any(person.split()[-1] == word for person in known):
        return None
    found = {person for person in known if " " in person and person.split()[0] == word}
    return found.pop() if len(found) == 1 else None


def _labelled_speaker(label: str, aside: str | None, known: list[str], roles: dict[str, str | None]) -> str | None:
    """
    The person a label names: the name in capitals in its brackets when the label is a role ("CHAIR (MAREN
    TOLLEFSEN)"), the role's person named so before ("CHAIR"), else the label itself, a surname standing for
    the full name the article introduced ("BRODRICK" -> "Ansel Brodrick").
    """
    if _aside_is_role(aside) or label.lower() in JOURNALIST_ROLES:
        roles[label] = None  # "CARYS MALLIN (PRESENTER):", then "CARYS MALLIN:": the programme's own voice
        return None
    if aside and aside.upper() == aside and any(c.isalpha() for c in aside) and _aside_names(label, aside, known):
        roles[label] = _person(aside.title(), known)
        return roles[label]
    if label in roles:
        return roles[label]
    if (by_initials := _by_initials(label, known)) is not None:
        return by_initials  # "AM:" after "Agnes Merriwether has run the shelter for nine years"
    name = _person(label.title(), known)
    if _section_heading(label) and name not in known:
        return None
    return name if " " in name else None


# The words that open a section's heading in capitals, never a name: "THE CLAIM:", "THE VERDICT:", "WHAT WE FOUND:",
# "HOW WE CHECKED:", "WHY IT MATTERS:"; or a pronoun anywhere in it ("WHAT WE FOUND", "WHERE IT CAME FROM")
HEADING_OPENERS = {"the", "a", "an", "what", "how", "why", "where", "when", "who", "which", "our", "your"}
HEADING_PRONOUNS = {"we", "our", "us", "it", "its", "i", "you", "they"}
# openers that are given names too ("AN NGUYEN:"): a heading they open runs to three words or holds a pronoun
HEADING_OPENERS_NAMES = {"a", "an"}


def _section_heading(label: str) -> bool:
    """A label in capitals that heads a section of an article (a fact-check's "THE CLAIM:", "HOW WE CHECKED:"), naming
    no one: a person's name opens with no article or question word and holds no pronoun (a name of two words may open
    with "An": "AN NGUYEN:", and a person the page names is no heading, whatever the label's words)."""
    words = label.lower().split()
    if len(words) < 2:
        return False
    if any(w in HEADING_PRONOUNS for w in words):
        return True
    return words[0] in HEADING_OPENERS and (words[0] not in HEADING_OPENERS_NAMES or len(words) > 2)


def _aside_names(label: str, aside: str, known: list[str]) -> bool:
    """
    A label's aside in capitals names its speaker when the label is a role ("CHAIR (MAREN TOLLEFSEN)"), not when
    the label is a person's name and the aside says what they are or how they were heard ("GERD HOLM (COUNCILLOR)",
    "BRUNO HASK (RECORDED)", "ANA RO (TENANTS' UNION)"); an office or a body in capitals reads like a name too
    ("INES ROLL (AUDITOR GENERAL)"), so a label the page names as a person in its prose keeps the turn, whatever
    the aside.
    """
    if _person(label.title(), known) in known and _person(aside.title(), known) not in known:
        return False
    return bool(people_named(aside.title())) or not people_named(label.title())


def _aside_is_role(aside: str | None) -> bool:
    """A label's bracketed aside names the programme's own journalist by role: "ANN RO (REPORTER)"."""
    return aside is not None and aside.strip().lower() in JOURNALIST_ROLES


def _journalist(
    label: str, aside: str | None, known: list[str], roles: dict[str, str | None], journalists: dict[str, str]
) -> None:
    """Note the name of the programme's journalist a role label gives: "ANN RO (REPORTER)", "PRESENTER (Ann Ro)"."""
    aside_is_role = _aside_is_role(aside)
    if label in journalists or not (aside_is_role or label.lower() in JOURNALIST_ROLES):
        return
    name = label.title() if aside_is_role else (aside or "")
    name = _person(name, known) if name else ""
    if " " in name:
        journalists[label] = name
        roles[label] = None
        _note_journalist(name, roles, journalists)


def _note_journalist(name: str, roles: dict[str, str | None], journalists: dict[str, str]) -> None:
    """
    The labels the programme's own journalist may speak under, by full name or surname alone: "MATS EBERLE:" and
    "EBERLE:" for "our correspondent Mats Eberle", or for "PRESENTER (Mats Eberle):" before them.
    """
    for label in (name.upper(), name.split()[-1].upper()):
        roles[label], journalists[label] = None, name


def _person(name: str, known: list[str]) -> str:
    """A name given in part, or with a title, as the longest person the article names with its surname."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in LABEL_TITLES]
    if not words:
        return name
    surname = words[-1]
    fuller = [person for person in known if person.split()[-1].lower() == surname.lower()]
    given = " ".join(words)
    if len(words) > 1:
        # "TOM SMITH" is Tom Smith, not the first Smith the page named ("Dr Jane Smith")
        # (or, of none so, one of the same initial: "TOM SMITH" for "Thomas Smith")
        same = [person for person in fuller if person.lower().endswith(given.lower())]
        fuller = same or [person for person in fuller if person[:1].lower() == given[:1].lower()]
    if len({person.split()[0] for person in fuller if " " in person}) > 1:
        return given  # "Mr Smith" when the page names Jane Smith and Tom Smith: which, the surname does not say
    return max(fuller, key=len) if fuller else given


# The writer speaking in the first person singular: "by my arithmetic", "I get about 808", "told me"
NARRATOR = re.compile(r"\b(?:I|[Mm]y|me)\b")
# The journalist on the scene telling what they themselves counted or saw: "I counted eleven lorries", "I could see
# about forty crew", "by my count"
WITNESS = re.compile(
    r"\bI\s+(?:(?:have|had|could|can|just)\s+|'ve\s+)?(?:counted|saw|seen|see|watched|measured|spotted)\b|"
    r"\b[Bb]y\s+my\s+(?:own\s+)?(?:count|reckoning|arithmetic|estimate)\b"
)
# The writer only as the one a source spoke to ("Renn told me at the interval", "a nurse who asked me not to name
# her"): a reporter's interview, not a column's own voice
TOLD_ME = re.compile(r"\b(?:told|telling|tells|asked|wrote\s+to|said\s+to|showed)\s+me\b")
PROSE_LINE = 80  # a paragraph of prose, not a headline, a byline or a line of furniture
MIN_NARRATED = 2  # one "I" outside quotation marks may be a slip; a writer who says "I" twice narrates


def find_columnist(text: str, writer: str | None) -> str | None:
    """
    The writer of a column or analysis told in the first person ("I have read the accounts", "by my
    arithmetic"), named by a byline above the prose or a note on the writer ("... is the Review's economics
    commentator"), when at least two prose paragraphs say "I", "my" or "me" outside quotation marks (one, when a note
    calls the writer a columnist, "... is AWN's humanitarian affairs columnist", or a byline names them). Theirs is
    the voice the column's unattributed figures speak in, as the outlet's is in news prose. (Q&As and
    transcripts, whose answers say "I" in the voice of those answering, are read before this.) ``writer`` is the
    page's one writer, as find_writer names them.
    """
    if writer is None:
        return None
    lines = [line.strip() for line in text.split("\n")]
    narrated = sum(
        1
        for line in lines
        if prose_paragraph(line) and NARRATOR.search(TOLD_ME.sub(" ", QUOTED_OR_OPEN.sub(" ", line)))
    )
    # a page whose note calls its writer a columnist is a column, and so is one whose writer's byline the cleaner kept
    # ("By Hester Vane": it keeps one only on an opinion or columnist's page, a Q&A or letters): one "I" of theirs is
    # no slip ("Here are mine. In February I tried the lift on 30 journeys")
    # (or a note that says the writer writes every week or so, "Freya Nordahl writes on consumer affairs every
    # Thursday.": a regular writer's page is a column as a columnist's is, though the cleaner keeps no byline for it)
    noted = any(COLUMNIST_NOTE.match(line) or KEPT_BYLINE.fullmatch(line) or regular_writer(line) for line in lines)
    # a book review's or a readers' editor's byline, as the cleaner keeps it ("By Ann Roe, reviewer"): their page is
    # in their voice though it says "we" or nothing (tests/ingest_labelling.md, "Settled in session 28")
    if own_voice_role(text) is not None:
        return writer
    # a column's byline, as the cleaner keeps it for a page that says it is one ("By Ann Roe, columnist"): its
    # figures are in its writer's voice though they never say "I" ("Kellmoor handled 19.6 million last year.")
    if any((kept := BYLINE.fullmatch(line)) is not None and kept.group("column") for line in lines):
        return writer
    return writer if narrated >= (1 if noted else MIN_NARRATED) else None


def own_voice_role(text: str) -> str | None:
    """
    The role of a page in its writer's voice by its form, though it may never say "I": a book review's or a readers'
    editor's (one of OWN_VOICE_ROLES), by the byline the cleaner keeps for it ("By Ann Roe, reviewer", "By Ann Roe,
    readers' editor"); None for any other page.
    """
    for line in text.split("\n"):
        if (kept := BYLINE.fullmatch(line.strip())) is not None and kept.group("own"):
            return kept.group("own").lstrip(", \t")
    return None


def find_writer(text: str) -> str | None:
    """
    The one person the page says wrote it: a byline above the prose ("By Nell Orrin, Letters Editor") or a note on
    the writer ("... is the Review's economics commentator"); None when there is none, or more than one.
    """
    lines = [line.strip() for line in text.split("\n")]
    # a byline stands above the body, after the headline and any standfirst, which may read as prose
    prose = [i for i, line in enumerate(lines) if prose_paragraph(line)]
    head = lines[: prose[1] if len(prose) > 1 else len(lines)]
    writers = [found.group("name") for line in head if (found := BYLINE.fullmatch(line)) is not None]
    writers += [found.group("name") for line in lines if (found := WRITER_NOTE.match(line)) is not None]
    # a readers' editor's sign-off after the last paragraph, kept as a byline is ("By Ann Roe, readers' editor")
    tail = lines[len(head) :]
    writers += [
        kept.group("name") for line in tail if (kept := BYLINE.fullmatch(line)) is not None and kept.group("own")
    ]
    writers = [name for name in writers if people_named(name) == [name]]
    return writers[0] if len(set(writers)) == 1 else None


def prose_paragraph(line: str) -> bool:
    """A paragraph of prose: long, ended as a sentence is, and no menu ("News | Opinion | Columnists")."""
    return len(line) >= PROSE_LINE and PROSE_END.search(line) is not None and "|" not in line


# A page that says it is a body's press release ("This article is based on a press release from the Bird Trust",
# "based on a press release issued by ..."): its figures are told in that body's voice
BASED_ON_RELEASE = re.compile(
    r"\b[Bb]ased\s+on\s+a\s+(?:press|news)\s+release\s+(?:issued\s+)?(?:by|from)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’&-]*))*)"
    # "..., with additional reporting": the page adds the reporter's own voice, whose background has no speaker
    r"(?![^.\n]*\badditional\s+reporting\b)"
)


def find_issuer(text: str, masthead: str | None = None) -> str | None:
    """
    The body whose press release or own page the page is, in whose voice its unreported figures are: the body's own
    release, by the head the cleaner kept for it (ingest.cleaning.release_issuer), a page that says it is based on
    one, or a page of the body's own site under ``masthead`` (ingest.cleaning.site_owner).
    """
    issuer = release_issuer(text)
    if issuer is not None:
        return issuer
    found = BASED_ON_RELEASE.search(text) if "release" in text.lower() else None
    if found is not None:
        return found.group("name").rstrip()
    # only a cleaned page says what its head and copyright lines were (an aggregator's, a paper's byline): a bare text
    # is no body's own site
    if not isinstance(text, CleanedText):
        return None
    return site_owner(
        text,
        masthead,
        holders=text.holders,
        marks=text.marks,
        papers=text.papers,
        bylined=text.bylined,
        menu=text.menu,
    )


# The editor's line above a letter that says who sent it: "The following letter is from a council employee who asked us
# not to print their name."
INTRODUCED_WRITER = re.compile(
    r"(?:The\s+following|The\s+next|This)\s+letter\s+(?:is|comes)\s+from\s+(?P<who>(?:an?|one)\s+[^.!?\n]{2,120}?)\.\s*$"
)


@dataclass
class Letters:
    """A letters page's letters: (start, end, writer) of each, as the cleaner marked them."""

    letters: list[tuple[int, int, str]]

    def writer_at(self, position: int) -> str | None:
        return next((writer for start, end, writer in self.letters if start <= position < end), None)


def find_letters(text: str) -> Letters | None:
    """
    The letters of a letters page, each in the voice of the one who signed it: its paragraphs, which the cleaner keeps
    together as one block with the line that signs it off last, or first where the letter is signed at its top
    ("FROM TESSA GORRINGE, CRANE HILL") (ingest.cleaning._mark_letters); two such blocks at least. A signature's
    title is dropped ("Councillor Per Elstad" is Per Elstad); one who asked not to be named is named as they signed
    ("A council worker (name and address supplied)"), or as the editor's line above the letter describes them when
    they signed only "Name and address supplied". A page of signed posts is read the same way, each post kept as a
    block under the line that heads it (ingest.cleaning._mark_posts): each in the voice of its writer.
    """
    letters = []
    at = 0
    holders: dict[str, str] | None = None
    for block in text.split("\n\n"):
        lines = block.split("\n")
        posted = post_block_signer(lines)
        if posted is not None:
            # a signed post (a review, a comment, a forum's post) or a reply to one, headed by its writer: the
            # writer as they signed ("Petra V.", "Name withheld at reviewer's request"), whose "we" it is throughout,
            # or the one whose handle the page says it is
            if posted[:1] == "@" or posted.startswith("u/"):
                holders = _handle_holders(text) if holders is None else holders
                posted = holders.get(posted, posted)
            letters.append((at, at + len(block), posted))
            at += len(block) + 2
            continue
        found = letter_block_signature(lines)
        signed = None if found is None else found[0]
        # signed at its top ("FROM TESSA GORRINGE, CRANE HILL"): the letter is the rest of the block
        end = at + len(block) if found is not None and found[1] else at + len(block) - len(lines[-1]) - 1
        question = signed_question(block) if len(lines) == 1 else None
        if question is not None:
            # a readers'-questions page's question, signed at its end as a letter is under it: its signer's, as the
            # answer after it is the answerer's (ingest_labelling.md, "A readers'-questions page")
            end, signed = at + question[0], question[1]
        if signed is not None:
            who = (signed.group("name") or signed.group("unnamed")).strip()
            introduced = INTRODUCED_WRITER.match(lines[0])
            if introduced is not None and who.lower().startswith("name"):
                # "Name and address supplied" under a letter the editor says is from "a council employee who asked us
                # not to print their name": the writer as the page describes them
                who = introduced.group("who")
            named = people_named(who)
            letters.append((at, end, named[0] if len(named) == 1 else who))
        at += len(block) + 2
    return Letters(letters) if len(letters) >= MIN_LETTERS else None


HANDLE = re.compile(r"(?<![\w/])(?:@|u/)(?P<core>[A-Za-z][\w.-]*[\w])")


def _handle_holders(text: str) -> dict[str, str]:
    """
    The people whose handles the page tells, outside the posts: a paragraph that gives a handle and names one person
    whose given name opens it ("Jorunn Velde ... is here for the next hour. Her answers are signed by her verified
    account, u/JorunnV_Skyvane."): that handle's posts are that person's.
    """
    holders = {}
    for block in text.split("\n\n"):
        if "\n" in block or ("@" not in block and "u/" not in block) or post_signature(block) is not None:
            continue
        for handle in HANDLE.finditer(block):
            core = handle.group("core")
            named = [n for n in people_named(block) if len(n.split()) > 1 and _spells_name(core, n)]
            if len(set(named)) == 1:
                holders[handle.group()] = named[0]
    return holders


def _spells_name(core: str, name: str) -> bool:
    """
    Whether a handle spells a person's name: their surname in it ("hart_ed", "EdHart"), or their given name as a word
    of its own at its head, before a break, a capital or their surname's initial ("JorunnV_Skyvane" is Jorunn Velde's);
    not a handle that only begins with the letters of a short given name ("edinburgh_transport" is not Ed Hart's).
    """
    given, surname = name.split()[0].lower(), name.split()[-1].lower()
    if len(surname) > 2 and surname in core.lower():
        return True
    if not core.lower().startswith(given):
        return False
    after = core[len(given) :]
    return not after or not after[0].islower() or after[0] == surname[:1]


# A post a page quotes whole in its own paragraph, under its writer's handle and what the page says of it, and a colon:
# '@ormsey_dad (2 stars): "The app logged me out four times."', 'u/quietcoder: "I timed it ..."'; or under a name
# with the writer's rating of stars, 'Ann Roe (2 stars): "..."'
INLINE_POST = re.compile(
    r"(?P<name>(?:@|u/)[\w.-]+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s*\(\d+(?:\.\d+)?\s+stars?\)))"
    r"(?:\s*\([^()\n]{1,30}\))?\s*:\s*[\"“]"
)


def find_inline_posts(text: str) -> Letters | None:
    """
    The posts a page quotes each in a paragraph of its own under its writer's handle (INLINE_POST), two at least, as
    a round-up of reviews or of a thread prints them: each paragraph in the voice of the one who posted it, so its
    "I" and its figures are theirs, not the source the paragraph before reported. The page's other paragraphs are its
    own, as they were.
    """
    posts = []
    at = 0
    for block in text.split("\n\n"):
        found = INLINE_POST.match(block) if "\n" not in block else None
        if found is not None:
            posts.append((at, at + len(block), found.group("name")))
        at += len(block) + 2
    return Letters(posts) if len(posts) >= MIN_LETTERS else None


# -- written questions -------------------------------------------------------------------------------------------------
# A parliamentary written question and its answer, printed with the labels that say who asked and who answered
# (ingest.cleaning.ASKED_LABEL, ANSWERED_LABEL): the question's figures are its asker's ("Official figures showed the
# average was 58 minutes"), the answer's are the answering minister's, who answers for the government ("The government
# has provided an additional 22 million"), except the figures a body provided for the answer ("The National Ambulance
# Service has provided the following figures"), which are that body's in the paragraphs that give them, but for the
# minister's own remarks among them in the first person ("I would point out that the figure of 58 minutes ...").
PROVIDED_FIGURES = re.compile(
    r"(?:The\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*)*)\s+(?:has|have)\s+"
    r"(?:provided|supplied|sent|given)\s+(?:me\s+|us\s+)?(?:with\s+)?the\s+following\s+(?:figures|data|statistics)\b"
    r"|The\s+following\s+(?:figures|data|statistics)\s+(?:have|has|were|was)\s+(?:been\s+)?(?:provided|supplied)\s+by\s+"
    r"(?:the\s+)?(?P<by>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*)*)"
)
# a paragraph of the answer in the answerer's own voice, which ends the provided figures ("The government has ...")
ANSWERERS_OWN = re.compile(r"(?:I|We|My|Our|The\s+(?:government|department|ministry|minister))\b")
# the side the answerer answers for, named as a speaker: the government, their department or ministry, "we"
ANSWERERS_SIDE = re.compile(r"(?i:(?:the\s+)?(?:government|department|ministry)|we)")
STATED_STANDARD = re.compile(r"(?:The\s+)?(?:[a-z]+\s+)?(?:standard|target)\b[^.;]{0,80}?\s+is\b")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass
class WrittenQuestion:
    """A written question's asker and answerer, and where each speaks; the figures provided for the answer."""

    asker: str
    answerer: str
    question: tuple[int, int]
    answer: tuple[int, int]
    provided: list[tuple[int, int, str | None]]  # (start, end, provider) of each stretch of provided figures

    def voice_at(self, position: int) -> str | None:
        provided = next(((who,) for start, end, who in self.provided if start <= position < end), None)
        if provided is not None:
            return provided[0]
        if self.question[0] <= position < self.question[1]:
            return self.asker
        return self.answerer if self.answer[0] <= position < self.answer[1] else None

    def answers_for(self, name: str | None) -> bool:
        """Whether a speaker the answer names is the side its answerer answers for ("The government has provided")."""
        return name is not None and ANSWERERS_SIDE.fullmatch(name) is not None


def _labelled_name(label: re.Match) -> str:
    """The person a written question's label names, titles dropped ("Minister Mireille Dunmore": Mireille Dunmore)."""
    who = label.group("who").strip()
    named = people_named(who)
    return named[0] if len(named) == 1 else strip_titles(who)


def find_written_question(text: str) -> WrittenQuestion | None:
    """
    A written question and its answer, by the labels the cleaner kept: the question runs from its asker's label to its
    answerer's, and the answer from there to the page's end or the next question's label.
    """
    paragraphs = paragraph_spans(text)
    # (a label is a line of its own, as the cleaner keeps it (_written_question_labels): not a reader's question or an
    # answer in prose, "Question from Ada Fenn, Marlby: My pension ...", "Answer: The state pension rises by ...")
    asks = [
        (i, m)
        for i, (a, b) in enumerate(paragraphs)
        if (m := ASKED_LABEL.fullmatch(text, a, b)) and not is_prose(text[a:b])
    ]
    if not asks:
        return None
    asked = asks[0]
    answered = next(
        (
            (i, m)
            for i, (a, b) in enumerate(paragraphs[asked[0] :], asked[0])
            if (m := ANSWERED_LABEL.fullmatch(text, a, b)) and not is_prose(text[a:b])
        ),
        None,
    )
    if answered is None:
        return None
    # the answer runs to the next question's label, if the page has more than one ("Tabled by Oskar Lind"), whose
    # answer is its own answerer's, not the first one's
    answer_end = next((paragraphs[i][0] for i, _ in asks if i > answered[0]), len(text))
    provided: list[tuple[int, int, str | None]] = []
    provider: str | None = None
    for start, end in paragraphs[answered[0] + 1 :]:
        if start >= answer_end:
            break
        paragraph = text[start:end]
        if provider is not None and ANSWERERS_OWN.match(paragraph):
            provider = None
        if provider is not None:
            at = start
            for sentence in _SENTENCE_SPLIT.split(paragraph):
                # (a standard stated among them, "The national standard for category 1 calls is an average of 8
                # minutes", is neither the body's figure nor the minister's: no one's, as a standard told as
                # background is, tests/ingest_labelling.md "Settled in session 27")
                standard = STATED_STANDARD.match(sentence) is not None
                if standard or not FIRST_PERSON.search(sentence):
                    provided.append((at, at + len(sentence), None if standard else provider))
                at += len(sentence) + 1
        found = PROVIDED_FIGURES.match(paragraph)
        if found is not None:
            provider = found.group("who") or found.group("by")
    return WrittenQuestion(
        _labelled_name(asked[1]),
        _labelled_name(answered[1]),
        (paragraphs[asked[0]][0], paragraphs[answered[0]][0]),
        (paragraphs[answered[0]][0], answer_end),
        provided,
    )
