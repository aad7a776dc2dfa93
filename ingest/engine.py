"""
The extraction engine: quotations, sentences, figures, dates and speakers put together as Mentions.

Quotations are found first over the whole text (they may span sentences and paragraphs) and
each is attributed once. Then each sentence is read once for figures and a date and, when it has
either or a reporting cue, once for its reporting clauses; each figure takes the speaker of the
quotation it stands in, else of the reporting clause that governs it. A sentence that disputes a
figure without restating it ("X rejected that", "X disputed the pension figure") gives a
disputes mention of the figure disputed. Pure Python and regular expressions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from claims.quantities import round_figure
from ingest.cues import UNTRUE_WORDS, find_cues, has_cue
from ingest.dates import find_date
from ingest.interviews import Interview, Transcript, find_columnist, find_interview, find_issuer, find_transcript
from ingest.mentions import Mention
from ingest.not_counts import DURATION_UNITS
from ingest.numbers import (
    DISTANCE_UNITS,
    Figure,
    find_figures,
    revises_figure_before,
    revises_figure_named_before,
)
from ingest.quotations import Quotation, find_quotations
from ingest.sentences import split_sentences
from ingest.speakers import (
    ACCORDING_TO_SURVEY,
    DATELINE,
    DOCUMENT_SAMPLE,
    DOCUMENT_SOURCE,
    ENTITY_PATTERN,
    OBJECT_RELATIVE_ACT,
    ORG_HEADS,
    POSSESSED_STATISTIC,
    RELATIVE_ACT,
    RELATIVE_MEMBERS,
    Report,
    Speaker,
    SpeakerMemory,
    acting_subject,
    find_reports,
    looks_like_body,
    name_of,
    people_named,
    possessed_statistic_owner,
    revising_subject,
    speaker_at,
    tells_a_finding,
)

# "rejected that", "disputed the pension figure", "dismissed the ministry's estimate"; not "rejected that view",
# "disputed that account": an opinion or a story is not a figure
DISPUTED_OBJECT = re.compile(
    r"^\s+(?P<object>that(?=\s*[^\w\s]|\s*$|\s+(?:outright|out\s+of\s+hand|on|in|at|as|last|when|and|but)\b)|"
    r"(?:the|this|that|its|their|his|her|"
    r"[A-Z][\w'’]*['’]s)\s+(?P<words>(?:[\w'’-]+\s+){0,3})(?:figure|figures|estimate|estimates|claim|claims|number|"
    r"numbers|count|toll|tally|total|assessment|forecast|calculation|calculations|projection|report|data|statistics))\b"
)
# Words of "the official figures", "the latest estimate" that do not say whose figure it is.
GENERIC_MODIFIERS = {
    "official", "latest", "original", "earlier", "previous", "initial", "final", "real", "actual", "published",
    "higher", "lower", "first", "government", "overall", "total", "reported", "revised", "current",
}  # fmt: skip
_FIGURE_NOUN = r"\s(?:figure|number|estimate|count|tally|total|toll)s?"
FIGURE_NOUN_AFTER = re.compile(_FIGURE_NOUN + r"\b")  # "the 600-tonne figure"
FIGURE_REFERENCE = re.compile(_FIGURE_NOUN + "$")
# A source named in the first person ("Our records", "the figure we", "my estimate") is the voice of the text
# at its head ("Our records", "the figure we"), not in a post-modifier ("Passengers in my town", a group of its own)
FIRST_PERSON_SOURCE = re.compile(r"^(?:[Tt]he\s+)?(?:[\w'’-]+\s+)?(?:(?i:our|my|we)|I)\b")
# A source in the writer's first person singular: "my arithmetic", "my own reckoning", "I"
MY_SOURCE = re.compile(r"^(?:[Mm]y|I|me)\b")
# A sentence in the paper's own voice, opening with "We" and free of quotation marks: "We found 3 new libraries"
OUR_VOICE = re.compile(r"^(?:We|Our\s+(?:own\s+)?(?:analysis|investigation|count|calculations?))\s[^\"“”]*$")
FIGURE_TO_PARTICIPLE = 24  # "the 3,100 reported by": at most the unit's words between a figure and its participle
# The pollster of a survey a sentence's shares of respondents answered: "In a survey ... by Tallis Research of ..."
SURVEY_BY = re.compile(
    rf"\b(?:survey|poll|study|census|questionnaire)\b[^,;]*?\b(?:by|from)\s+"
    rf"(?P<by>(?!the\s)(?:{ENTITY_PATTERN})|the\s+(?:[a-z-]+\s+){{0,3}}(?:{ORG_HEADS})\b)"
)
NOT_COUNTED = DISTANCE_UNITS | {"km", "percent", "percentage points"}
DISPUTING = ("disputes", "denies")  # the stances of a report that gainsays a figure given before
LOOK_BACK = 4  # sentences "X rejected that" may stand after the figure it disputes
LOOK_BACK_NAMED = 12  # and "X disputed the bureau's count", which names it


def find_mentions(text: str, *, published: date | None = None) -> list[Mention]:
    mentions: list[Mention] = []
    memory = SpeakerMemory()
    memory.read_publication(text)
    quotations = find_quotations(text)
    resolved: dict[int, Speaker] = {}  # quotation group -> its speaker, resolved where it is first read
    known_units: dict[Decimal, str] = {}
    recent: list[tuple[int, Mention]] = []  # (sentence number, figure mention), for disputes
    paragraph_unit = ""  # what the paragraph counted last, for a bare figure
    previous_end = 0
    carried: Speaker | None = None  # the body whose statistics the sentence before reported
    results: Speaker | None = None  # the company whose results the story reports ("X reported quarterly profit")
    last_reported: Speaker | None = None  # the source the sentence before reported
    first_source: Speaker | None = None  # the first such body: whose "What the figures show" box it is
    transcript = find_transcript(text)  # its labels say who speaks, which no interview's introduction does better
    interview = find_interview(text) if transcript is None else None
    # a column's writer, who says "I" outside any answer or turn: the voice its unattributed figures are in
    columnist = find_columnist(text) if transcript is None and interview is None else None
    # a press release's issuer, the voice its figures are in when no one else is named
    issuer = find_issuer(text) if transcript is None and interview is None and columnist is None else None
    # a court report's prosecuting counsel, whose case its lead tells ("..., a jury at Orsk Crown Court heard")
    prosecutor = _prosecutor(text)
    asked = 0  # the questions, with no figure, that stand right before the sentence
    # the survey, poll or analysis the story opens on, whose findings its reporter goes on to tell until someone else
    # is reported or quoted
    lead: Speaker | None = None
    # the body whose statistics the story opens on ("Rents rose to a record ..., according to the portal HomeFind"):
    # a change told later with no reporting verb ("Rents in Varlen rose to 1,790") is still its statistic
    statistics_lead: Speaker | None = None
    led = False
    paragraph = 0
    for number, (start, end) in enumerate(split_sentences(text)):
        sentence = text[start:end]
        voice = _voice_at(start, interview, transcript)
        memory.voice = voice
        if voice is not None:
            # an answer, a transcript's turn, speaks in its speaker's voice: its "we" and "I" are theirs
            memory.last_speaker, memory.last_speaker_anonymous = voice, False
        if "\n" in text[previous_end:start]:
            paragraph_unit = ""  # a new paragraph
            memory.new_paragraph()
            paragraph += 1
        previous_end = end
        memory.meet(sentence)
        figures = find_figures(sentence, text[max(0, start - 600) : start], known_units, paragraph_unit)
        if figures:
            paragraph_unit = figures[-1].unit
        day, day_end, date_text, date_span = find_date(sentence, published)
        inside = [q for q in quotations if q.start < end and q.end > start]
        if voice is not None:
            for quotation in inside:
                if quotation.report is None or not quotation.report.subject:
                    # a transcript's turn, an interview's answer: a quotation no clause attributes is in the voice
                    # of the one whose turn it is, not the person it names or addresses ("Madam Speaker, I ...")
                    resolved.setdefault(quotation.group, Speaker(voice, "asserts"))
        reports = find_reports(sentence) if (figures or day or inside or has_cue(sentence)) else []
        sentence_speaker: Speaker | None = None
        sources = [_source_span(sentence, r) for r in reports if r.subject]
        figures = [
            f
            for f in figures
            if not (
                _counts_sources(f)
                and any(a <= f.span[0] < b and not _in_relative_clause(sentence, a, f.span[0]) for a, b in sources)
            )
        ]
        given = EARLIER_VALUE_GIVEN.match(sentence) if figures and recent else None
        if given is not None and (not _gave_earlier(given, recent[-1][1], memory) or any(r.postposed for r in reports)):
            given = None  # "The agency had put the chance at 12 per cent, Brandvold said": a statement of its own
        if figures and recent and recent[-1][0] == number - 1 and (EARLIER_VALUE_SENTENCE.match(sentence) or given):
            # "... lost 118 million litres a day. That is up from 96 million litres two years earlier.": the value
            # the figure before replaced, not a claim of its own
            last = recent[-1][1]
            same = last.unit == figures[0].unit or re.search(r"\bthe\s+(?:figure|number|total|count)\b", sentence)
            if same and last.previous_value is None and last in mentions:
                # quoting both sentences: the change is told by the two together
                updated = replace(
                    last, previous_value=round_figure(figures[0].value), quote=text[last.start : end], end=end
                )
                mentions[mentions.index(last)] = updated
                recent[-1] = (recent[-1][0], updated)
                # the sentence's opening figure was the earlier value; any it gives after are its own ("The year
                # before it was 9,800, so that is a rise of nearly half")
                figures = figures[1:]
        if len(figures) == 1 and recent and recent[-1][0] == number - 1 and RAISED_FROM_SENTENCE.match(sentence):
            last = recent[-1][1]
            earlier_value = figures[0].value
            if (
                last.value is not None
                and last.unit == figures[0].unit
                and last.previous_value is None
                and (last.value != earlier_value)
            ):
                # "... rose to 63 on Monday. The agency raised the toll from 48 late on Sunday": the revision is the
                # agency's, told in its own sentence, of the value the sentence before gave
                figures = [
                    replace(
                        figures[0],
                        value=last.value,
                        lower=last.lower,
                        upper=last.upper,
                        qualifier=last.qualifier,
                        previous_value=earlier_value,
                    )
                ]
        first_put = recent[-1][1] if recent and recent[-1][0] == number - 1 and len(figures) == 1 else None
        revised: Mention | None = None  # the mention of the sentence before whose figure this sentence revises
        if first_put is not None and (
            first_put in mentions
            and first_put.unit == figures[0].unit
            and revises_figure_before(sentence, figures[0], first_put.quote, first_put.figure)
        ):
            # "first put the gap at 140 million ... It has now raised that estimate to 212 million": one revision
            mentions.remove(first_put)
            revised = first_put
            recent = recent[:-1]  # the value replaced is no figure a later sentence disputes
            figures = [replace(figures[0], previous_value=first_put.value)]
        else:
            if first_put is not None and (
                first_put in mentions
                and first_put.unit == figures[0].unit
                and revises_figure_named_before(sentence, figures[0])
            ):
                # "... put the value at 6.8 million marks. That figure was later revised upwards to 7.4 million"
                figures = [replace(figures[0], previous_value=first_put.value)]
                revised = first_put
            first_put = None
        for figure in figures:
            speaker = _speaker_of(figure, sentence, start, reports, inside, resolved, memory)
            if speaker.name and voice and FIRST_PERSON_SOURCE.match(speaker.name):
                # "Our records show", "the figure we will report", answering: the one whose voice it is
                speaker = replace(speaker, name=voice, anonymous=False)
            if voice is None and not inside and OUR_VOICE.match(sentence) and memory.publication:
                # "We found 3 new libraries, not 5": outside any quotation, answer or turn, the first person plural
                # of news prose is the paper's own, not the last one quoted
                we = name_of("we", memory)[0]
                if speaker.name is None or speaker.name == we:
                    speaker = Speaker(memory.publication, "asserts")
            if speaker.name is None and carried is not None and not inside and not reports:
                speaker = _statistic_goes_on(sentence, figure, carried)
            before_this = recent[-1][1] if recent and recent[-1][0] == number - 1 else None
            if speaker.name is None and before_this is not None and voice is None and not inside and not reports:
                # "The union logged 5,300 complaints. Of those, 1,900 were not answered within a month.": a part of what
                # the sentence before counted is counted by the one who gave that count (not in an answer's own words)
                speaker = _part_taken_up(text, sentence, start, before_this) or speaker
            # the modal stands before the figure it shifts: not "Shares rose 6.2 percent on expectations it would win"
            shifted = BACKSHIFTED.search(sentence[: figure.span[0]])
            goes_on = last_reported is not None and not inside and not reports and shifted
            if speaker.name is None and goes_on and last_reported is not None:
                # "..., people familiar with the talks said. The offer would lift the wage to 11.60 korbs": reported
                # speech goes on, its tense shifted back, in the sentence after its report
                speaker = replace(last_reported, via=None, stance="asserts")
            if columnist and not inside and (speaker.name is None or MY_SOURCE.match(speaker.name)):
                # "By my arithmetic, the company handed out ...", "That leaves 3.15 billion": the columnist's own
                speaker = Speaker(columnist, speaker.stance)
            if speaker.name is None and not inside and not reports and WRITERS_INFERENCE.match(sentence):
                # "That means roughly one in seven posts is empty": the writer's arithmetic on the figure before,
                # the paper's when it names itself
                speaker = Speaker(memory.publication) if memory.publication else speaker
            before = carried or last_reported
            paper = memory.publication
            ours = before is not None and paper is not None and before.name in (paper, paper.rsplit(" ", 1)[-1])
            restated = ours and speaker.name is None and not inside and not reports and RESTATED.match(sentence)
            if before is not None and restated:
                # "..., according to the Ledger's analysis. That is a fall of 31.5 per cent": the paper's own figure
                # put another way is the paper's, by the name the sentence before gave it (a body's figure restated
                # is the writer's arithmetic)
                speaker = Speaker(before.name)
            if speaker.name is None and not inside:
                speaker = memory.unreported_source(sentence) or speaker
            if speaker.name is None and first_source is not None and not inside and _in_figures_box(text, start):
                speaker = first_source  # "What the figures show" then "- Leakage: 118 million litres a day"
            if speaker.name is None and voice is not None:
                speaker = Speaker(voice)  # "We enrolled 800 patients", answering a question
            if prosecutor is not None and not inside and JURY_HEARD.search(sentence):
                # "A port official took 640,000 in bribes, a jury heard": the case the prosecution opened, not a
                # report by anyone the charge names; the jury is the listener
                speaker = Speaker(prosecutor)
            # a reporting clause later in the sentence that does not close it reports only what follows it ("Sales
            # rose 3.9 per cent ..., but the company said its margin had shrunk")
            later = all(r.position > figure.span[1] and not r.postposed for r in reports)
            if speaker.name is None and results is not None and not inside and later:
                # "Revenue was flat at 6.3 billion", "Telvar had 7.8 million customers": a results story's
                # company's own figures, told without a reporting verb (not its share price nor analysts' views)
                speaker = _own_result(sentence, figure, results)
            quoted = any(q.start <= start + figure.span[0] < q.end for q in inside)
            if speaker.name is None and issuer is not None and not quoted:
                # "Coverage is 90.2 per cent", in the release of the body that issued it; a title in quotation marks
                # elsewhere in the sentence ('The "Room to Care" appeal has raised ...') leaves it the issuer's
                speaker = Speaker(issuer)
            restating = WRITERS_INFERENCE.match(sentence) or RESTATED.match(sentence)
            finding = lead is not None and not restating and tells_a_finding(sentence)
            if speaker.name is None and lead is not None and not inside and not reports and finding:
                # "..., according to a Tallis Research survey. The Civic Party is on 38%": the poll's finding, told in
                # the reporter's voice
                speaker = lead
            if speaker.name is None and statistics_lead is not None and not inside and not reports and voice is None:
                speaker = _statistic_goes_on(sentence, figure, statistics_lead)
            if sentence_speaker is None or sentence_speaker.name is None:
                sentence_speaker = speaker  # the sentence speaks for whoever gives one of its figures
            if revised is not None and speaker.name is None and revised.speaker is not None and not inside:
                # "The ministry first said 640 homes would go. On Friday it raised that number to 910.": who gave
                # the first figure revises it, unless the sentence of the revision names someone else
                speaker = Speaker(revised.speaker, "asserts", None, revised.speaker_anonymous)
            mention = _mention(sentence, start, end, figure, speaker, day, day_end, date_text)
            if first_put is not None:  # the revision reads from the sentence that first gave the figure
                mention = replace(mention, quote=text[first_put.start : end], start=first_put.start)
            mentions.append(mention)
            recent.append((number, mention))
            known_units.setdefault(figure.value, figure.unit)
        earlier = _disputed(sentence, start, end, reports, memory, recent, number, asked) if reports else []
        denial = DENIAL.match(sentence) if not earlier and not figures and voice is not None else None
        if denial is not None and voice is not None:
            earlier = _denied(sentence, start, end, denial.group(0).strip(), voice, recent, number, asked)
        if not earlier and reports:
            # a sentence with figures of its own disputes one before only by pointing at it ("said that figure was
            # \"simply untrue\" and that it had cut 140")
            earlier = _disputed_by_content(sentence, start, end, reports, memory, recent, number, bool(figures))
        own = mentions[len(mentions) - len(figures) :]
        after = _disputed_before(sentence, start, end, reports, memory, own)
        disputed = earlier + after
        if disputed:
            # "The agency disputed the 90 figure": one disputes mention, not also the figure read again
            again = {(m.value, m.unit) for m in disputed}
            kept = [
                m
                for m, figure in zip(own, figures, strict=True)
                if (m.value, m.unit) not in again
                or not (FIGURE_REFERENCE.search(m.figure) or FIGURE_NOUN_AFTER.match(sentence[figure.span[1] :]))
            ]
            # in text order: "X rejected that, ... 9,000" disputes first; "150,000, a figure X disputed" after
            mentions[len(mentions) - len(figures) :] = earlier + kept + after
        if not figures and reports:
            position = date_span[0] if date_span else 0
            sentence_speaker = speaker_at(sentence, reports, position, memory)
            asserted = sentence_speaker.stance in ("asserts", "confirms")
            if (
                not disputed
                and day
                and CALENDAR_DATE.search(date_text)
                and sentence_speaker.name
                and asserted
                and _states_something(sentence, reports, position)
                and not _in_dateline(sentence, date_span)
            ):
                mentions.append(
                    Mention(
                        quote=sentence,
                        start=start,
                        end=end,
                        speaker=sentence_speaker.name,
                        speaker_anonymous=sentence_speaker.anonymous,
                        via=sentence_speaker.via,
                        stance=sentence_speaker.stance,
                        date=day,
                        date_end=day_end,
                        date_text=date_text,
                        figure=date_text,
                    )
                )
        # a body's statistics run on from a sentence that gave them to it, by a report, by its own act
        # ("The bureau also revised August's figure up to 241,000") or by running on themselves
        reported = sentence_speaker if not inside and sentence_speaker is not None else None
        # a body by its form ("the statistics office") or one the article named as a body ("Greenaway, the grocer")
        body = reported is not None and (_is_body(reported) or _known_body(reported, memory))
        carried = reported if reported is not None and (body or _found_by_document(reports)) else None
        if first_source is None and carried is not None and carried.name and not carried.anonymous:
            first_source = carried  # the body whose statistics the article first gives
        if sentence_speaker is None and inside:
            sentence_speaker = _quoted_speaker(inside[0], resolved, memory)
        speaker = sentence_speaker or Speaker(None)
        reported_here = reports and not inside and speaker.name is not None
        last_reported = speaker if reported_here else None
        memory.learn(sentence, speaker.name, speaker.anonymous)
        results_period = "quarter" in sentence or "results" in sentence or "year" in sentence or "half" in sentence
        if results is None and results_period and reported is not None and reported.name and not reported.anonymous:
            # "X, the biggest operator, reported a fall in quarterly profit": the company whose results these are
            company_body = _is_body(reported) or _known_body(reported, memory)
            results = reported if company_body and RESULTS_REPORTED.search(sentence) else None
        if not led and any(r.subject for r in reports):
            # the story's first attribution, in its opening paragraphs, says whose findings it tells
            led = True
            opening = paragraph <= 1 and voice is None and issuer is None
            lead = _lead_source(sentence, reports, speaker, memory) if opening else None
            changed = bool(figures) and STATISTIC_VERB.search(sentence) is not None
            body = speaker.name is not None and (_is_body(speaker) or _known_body(speaker, memory))
            statistics_lead = speaker if opening and lead is None and changed and body else None
        elif lead is not None and (inside or (any(r.subject for r in reports) and speaker.name != lead.name)):
            lead = None  # someone else reported or quoted: the findings are no longer being told
        recent = [(n, m) for n, m in recent if number - n < LOOK_BACK_NAMED]
        # "Do you accept that?", "Daniel?": a question with no figure asks about the figure before, so an answer's
        # "No, I don't accept that" still takes it up
        asked = asked + 1 if not figures and sentence.rstrip(' "”’').endswith("?") else 0
    return _quoting_what_is_disputed(text, mentions)


# How far back (in characters, about two sentences) a dispute's quote may start at the figure it disputes
DISPUTED_WITHIN = 500


def _quoting_what_is_disputed(text: str, mentions: list[Mention]) -> list[Mention]:
    """
    "60 animals had died at the zoo this year. The zoo rejected that figure": a dispute that only points at a
    figure ("that figure", "the union's estimate") is quoted from the figure it disputes, so that the quote an
    editor reviews shows what is denied.
    """
    quoted = list(mentions)
    for i, mention in enumerate(quoted):
        if mention.stance not in DISPUTING or mention.value is None or re.search(r"\d", mention.figure or ""):
            continue
        disputed = [
            m
            for m in quoted[:i]
            if (m.value, m.unit, m.previous_value) == (mention.value, mention.unit, mention.previous_value)
            and m.end <= mention.start
            and mention.start - m.start <= DISPUTED_WITHIN  # not a figure from paragraphs back
        ]
        if disputed:
            quoted[i] = replace(mention, quote=text[disputed[-1].start : mention.end], start=disputed[-1].start)
    return quoted


def _voice_at(position: int, interview: Interview | None, transcript: Transcript | None) -> str | None:
    """Whose voice the text speaks in at a position without saying so: an interview's answers, a transcript's turns."""
    if transcript is not None:
        return transcript.speaker_at(position)
    return interview.interviewee if interview is not None and interview.answers_at(position) else None


def _said_after(sentence: str, report: Report, at: int) -> bool:
    """A source closing the sentence with a verb of speaking ("..., she said."), after the figure at ``at``."""
    return report.postposed and report.position > at and SPEAKING_CUE.match(sentence, report.position) is not None


# An inference the writer draws from the figure before: "That means ...", "That works out at ..."
RESTATED = re.compile(
    r"\W*(?:That|This)\s+(?:is|was)\s+(?:a|an|about|around|roughly|nearly|almost|more|less|just|some|\d)"
)
WRITERS_INFERENCE = re.compile(r"\W*(?:That|This)\s+(?:means|works\s+out|equates|amounts|is\s+equivalent)\b")
# A modal in the past, the tense reported speech shifts into: "The offer would lift the wage to 11.60"
BACKSHIFTED = re.compile(r"^[^,;:\"“”]*?\b(?:would|could|might)\b")  # in the sentence's first clause
SPEAKING_CUE = re.compile(r"(?:said|says|added|told)\b")
# A share opening a sentence: "About one in six", "Nearly two thirds of", "Roughly 40 per cent of"
SHARE_OPENING = re.compile(
    r"\W*(?:(?:About|Around|Nearly|Almost|Roughly|Some|More\s+than|Fewer\s+than|Less\s+than|Just|Only|Over)\s+)?"
    r"(?:(?:one|two|three)\s+in\s+\w+|(?:a|one|two)[ -](?:half|third|quarter|fifth|tenth)s?|half|"
    r"\d[\d.]*\s*(?:%|per\s*cent))\b"
)
# A sentence that opens by taking up what the one before counted: "Of those,", "Of those hurt,", "Two of them"
PARTITIVE_OPENING = re.compile(
    r"\W*(?:Of\s+(?:those|them|these)(?:\s+[a-z]+)?,\s|(?:(?:about|around|nearly|almost|roughly|some|only|just)\s+)?"
    r"(?:\d[\d,.]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Tt]wenty)\s+"
    r"of\s+(?:them|those|these)\s)"
)


def _gave_earlier(given: re.Match[str], last: Mention, memory: SpeakerMemory) -> bool:
    """Whether the source of "It had predicted 1.5 million" is the one who gave the figure before (not "The agency
    had earlier put the number of dead at 268" after state media's toll), and a forecast is of a figure itself told
    ahead of its time."""
    if given.group("ahead") and not FORWARD_LOOKING.search(last.quote):
        return False
    subject = given.group("subject")
    if subject.lower() in PRONOUN_SUBJECTS:
        return True
    # "the regional health board said ... The board had reported 19": the body named again by its head noun
    speaker = (last.speaker or "").lower()
    return bool(speaker) and (
        name_of(subject, memory)[0] == last.speaker or speaker.endswith(" " + subject.split()[-1].lower())
    )


# A sentence that only gives the value the last figure replaced: "That is up from 96 million litres".
EARLIER_VALUE_SENTENCE = re.compile(
    r"(?:^(?:That|This|It|The\s+figure)\s+(?:is|was|was\s+itself|compares)\s+(?:(?:up|down)\s+from|with)\s+"
    r"|^(?:That|It)['’]s\s+(?:up|down)\s+from\s+"
    # "The total published on Thursday by the directorate is up from 79,200", "The figure, in a report to the
    # committee, is up from 9,800"
    r"|^The\s+(?:figure|total|number|count)\b[^.;\d]{0,80}?\s(?:is|was)\s+(?:up|down)\s+from\s+"
    # "Last year the figure for the whole year was 302."
    # "In June that number was 31,000.", "Last year there were 9,100."
    r"|^(?:Last\s+year|A\s+year\s+(?:earlier|ago|before)|The\s+year\s+before|In\s+\d{4}|In\s+(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)|\w+\s+(?:years?|months?)\s+ago),?\s+"
    r"(?:(?:the|that)\s+(?:figure|number|total|count)\b[^.;,]{0,40}?\s(?:was|stood\s+at)|there\s+(?:were|had\s+been))\s+"
    # "It had earlier put the number of residents affected at 9,000.", "In March we had put it at 79 per cent."
    r"|^(?:In\s+[^,.]{3,50}?,?\s+)?(?:It|They|We|we|it|they)\s+had\s+(?:(?:earlier|initially|originally|first|"
    r"previously)\s+)?put\s+(?:it|the\s+(?:figure|number|total|count)\b[^.;,]{0,40}?)\s+at\s+"
    # "Two years ago it was 13,500."
    r"|^(?:\w+\s+(?:years?|months?)\s+ago|Last\s+(?:year|month|week|season)|(?:A|The)\s+year\s+(?:earlier|ago|before)),?"
    r"\s+it\s+was\s+)"
    r"(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?[\d$€£]"
)
# "It had predicted 1.5 million yesterday", "Earlier it had said 'around 600'", "It had earlier forecast a loss of 450
# million": a sentence giving the value a source had first given, before the figure it gives now
EARLIER_VALUE_GIVEN = re.compile(
    r"^(?:Earlier,?\s+)?(?P<subject>[Tt]he\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?i:it|they|we|he|she)|[A-Z][\w-]+)\s+had\s+"
    r"(?:(?:earlier|initially|originally|first|previously)\s+)?"
    r"(?:put\s+(?:it|(?:the|its|their)\s+[^.;,]{0,40}?)\s+at|(?P<ahead>forecast|predicted|expected|projected)|said|"
    r"estimated|reported|budgeted)\s+"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}of\s+)?[“\"]?"
    r"(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?[\d$€£]"
)
# A figure told ahead of its time, which a forecast given before it may be an earlier value of: "would cut its revenue
# by 700 million"; not an outcome ("fell 23 percent"), which a forecast it missed does not revise
FORWARD_LOOKING = re.compile(r"\b(?:would|will|expects?|expected|forecasts?|predicts?|projects?|estimates?)\b")
PRONOUN_SUBJECTS = {"it", "they", "we", "he", "she"}
# "The death toll rose to 63 on Monday. The agency raised the toll from 48 late on Sunday": a sentence that tells who
# changed the figure before and from what, without saying to what; a revision of its own, the figure before standing
RAISED_FROM_SENTENCE = re.compile(
    r"^(?:The\s+[\w-]+|It|They|[A-Z][\w-]+)\s+(?:had\s+)?(?:raised|lowered|revised|increased|cut|reduced|updated)\s+"
    r"(?:the|its|their)\s+(?:death\s+)?(?:toll|figure|estimate|count|tally|number|total|forecast)\s+"
    r"(?:(?:up|down)(?:wards?)?\s+)?from\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?[\d$€£]"
    r"(?![^.;]*\sto\s+[\d$€£])"
)
# A statistic's change or the level it reached: "The number out of work rose by 118,000 to 1.94 million".
STATISTIC_VERB = re.compile(
    r"\b(?:rose|fell|dropped|climbed|increased|decreased|declined|grew|jumped|slipped|plunged|surged|dipped|"
    r"stood|reached|totalled|totaled|risen|fallen|narrowed|widened|shrank|shrunk|eased|edged|slid|soared|tumbled|"
    r"doubled|halved|tripled|rebounded|recovered|peaked|held|accounted|topped|hit|(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:cut|raised|lowered|revised|reduced|increased))\b"
)


# A statistic's verb followed by its figure, a preposition, an adverb or a qualifier: "fell 4% to 5,310", "rose by a
# record 118,000", "stood at about 9%"; not a verb with an object ("dropped hailstones as large as 9 centimetres").
CHANGE_TO_FIGURE = re.compile(
    # "held up at 21,700", "edged down to 4.1%": a phrasal verb's particle before the figure's preposition
    STATISTIC_VERB.pattern + r"(?:\s+(?:up|down|back))?"
    r"(?:\s*$|\s+(?:to|by|from|at|for|in|on|about|around|nearly|almost|some|over|under|more|"
    r"less|just|roughly|a|an|the|record|further|another|only|again|sharply|[a-z]+ly|[\d$€£])\b)"
)


# The price a market sets: "Shares in Velloway fell", "Velloway's stock rose", "The share price dropped".
MARKET_PRICE = re.compile(
    r"(?:\b(?:[Ss]hares?|[Ss]tocks?|share\s+price|bond\s+yields?)(?:\s+in\s+[^;]{1,80}?)?(?:,\s*which\s[^,;]*,)?"
    # "copper for three-month delivery on the Vaskholm Metals Exchange rose": a price an exchange sets
    r"|\bon\s+the\s+(?:[A-Z][\w-]*\s+){0,4}(?:[Ee]xchange|[Mm]arkets?)"
    # "Prices at the Vestrova fish auction have risen by a tenth": what buyers paid, which no body reports
    r"|\b[Pp]rices?\s+(?:at|on|in)\s+(?:the\s+)?[^,;]{0,60}?\b(?:auctions?|markets?|exchanges?))"
    r"\s+(?:(?:has|have|had)\s+)?" + STATISTIC_VERB.pattern
)


def _part_taken_up(text: str, sentence: str, start: int, before: Mention) -> Speaker | None:
    """
    The source of the figure before, for a sentence with no report of its own that opens by taking up what that
    figure counted ("Of those,", "Two of them") or, in the same paragraph, a share of it ("About one in six").
    """
    if before.speaker is None:
        return None
    same_paragraph = "\n" not in text[before.end : start]
    if PARTITIVE_OPENING.match(sentence) or (same_paragraph and SHARE_OPENING.match(sentence)):
        return Speaker(before.speaker, "asserts", None, before.speaker_anonymous)
    return None


def _is_body(speaker: Speaker) -> bool:
    """An organisation that speaks through reports, not a person or an anonymous source."""
    return bool(speaker.name) and not speaker.anonymous and looks_like_body(speaker.name or "")


# A sentence closed by what a jury heard: the prosecution's case put to it ("..., a jury at Orsk Crown Court heard")
JURY_HEARD = re.compile(r",\s+(?:a|the)\s+jury\s+(?:at\s+[^,.;]{1,80}?\s+)?(?:heard|was\s+told)\b[^,;]{0,40}$")
# The counsel who opened the prosecution's case: "Opening the case for the prosecution, Imelda Crane KC, ...",
# "Opening the prosecution case at Orsk Crown Court, Ada Lind said", "Ada Lind KC, prosecuting, said"
PROSECUTOR = re.compile(
    r"\bprosecution(?:\s+case)?(?:\s+at\s+[^,.;]{1,60})?,\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
    r"|(?P<named>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+prosecuting\b"
)


def _prosecutor(text: str) -> str | None:
    """The prosecuting counsel a court report names, or None."""
    if "prosecut" not in text or "jury" not in text:
        return None
    found = PROSECUTOR.search(text)
    return (found.group("name") or found.group("named")) if found else None


def _known_body(speaker: Speaker, memory: SpeakerMemory) -> bool:
    """A company or body the article introduced as one ("Greenaway, the largest chain"), whose results it reports."""
    return bool(speaker.name) and not speaker.anonymous and memory.is_organisation(speaker.name or "")


# A line of a box of key figures, a label and its value: "Leakage: 118 million litres a day, up from 96 million"
DATA_LINE = re.compile(r"[A-Z][\w ,'’()-]{2,60}:\s+(?:about\s+|around\s+|nearly\s+|over\s+)?\d")


def _in_figures_box(text: str, start: int) -> bool:
    """
    A label and its value standing as a paragraph with no verb ("Households on the list: 148,300"): a box of key
    figures, which sums up the statistics the article opened with, so they are the first body's that gave them.
    """
    line_start = text.rfind("\n", 0, start) + 1
    return line_start == start and DATA_LINE.match(text, start) is not None


def _found_by_document(reports: list[Report]) -> bool:
    """
    "The report ... found that 63 per cent ...", "..., the report says": a document's findings run on as a body's
    statistics do, whichever side of its figures the reporting clause stands.
    """
    return any(r.subject and DOCUMENT_SOURCE.search(r.subject) for r in reports)


def _lead_source(sentence: str, reports: list[Report], given: Speaker, memory: SpeakerMemory) -> Speaker | None:
    """
    The survey, poll or analysis a story's opening sentence reports ("..., according to a Tallis Research survey",
    "..., an Estervale Now analysis of 48,000 listings has found"): the story is its findings. By the name the
    sentence gave its figures, if it has any.
    """
    for report in reports:
        if not report.subject:
            continue
        surveyed = "ccording to " in sentence and ACCORDING_TO_SURVEY.search(sentence) is not None
        if surveyed or DOCUMENT_SOURCE.search(report.subject):
            name, anonymous = (given.name, given.anonymous) if given.name else name_of(report.subject, memory)
            # a source it names ("new figures show" names none)
            named = name is not None and not anonymous and not name.islower()
            return Speaker(name) if named else None
    return None


def _statistic_goes_on(sentence: str, figure: Figure, carried: Speaker) -> Speaker:
    """
    "Deaths fell 6%, the agency said. The number injured fell 4% to 5,310." A body's statistics run on
    over the sentences after the one that names it: a figure no one is said to give, that states how a
    statistic changed (or the level it reached) right after a body reported figures, is that body's. A
    state ("Revenue was", "the ferry was licensed for") is background and stays the article's.
    """
    before = sentence[: figure.span[0]]
    if has_cue(sentence) or BACKGROUND_CLAUSE.search(before) or not STATISTIC_VERB.search(before):
        return Speaker(None)
    if not CHANGE_TO_FIGURE.search(before):  # "The storm dropped hailstones as large as 9 centimetres": an object
        return Speaker(None)
    if MARKET_PRICE.search(before):  # "Shares in Velloway fell 8%": the market's price, which no body reports
        return Speaker(None)
    return replace(carried, via=None, stance="asserts")


def _counts_sources(figure: Figure) -> bool:
    """ "Two senior pilots ... said": a small count of people inside the source of a report is no claim."""
    counted = figure.unit.endswith(("s", "people")) or figure.unit in COLLECTIVE_PEOPLE
    return figure.value < 20 and figure.value == int(figure.value) and counted


COLLECTIVE_PEOPLE = {"staff", "personnel", "crew", "police", "clergy"}  # "Two IT staff, who spoke ..., said"
RELATIVE_IN_SOURCE = re.compile(r",\s+(?:which|who|whose)\s")


def _in_relative_clause(sentence: str, source_start: int, at: int) -> bool:
    """ "Nordlys, which won two of the four contracts, said": what a source did, told inside it, counts no sources."""
    return RELATIVE_IN_SOURCE.search(sentence, source_start, at) is not None


def _source_span(sentence: str, report: Report) -> tuple[int, int]:
    """Where the source of a report stands: before its cue, or after it ("according to people at three firms")."""
    if report.subject_start >= 0:
        return report.subject_start, report.position
    if not sentence.startswith("according", report.position) or not report.subject:
        return -1, -1
    at = sentence.find(report.subject, report.position)
    return (at, at + len(report.subject)) if at >= 0 else (-1, -1)


def _speaker_of(
    figure: Figure,
    sentence: str,
    start: int,
    reports: list[Report],
    inside: list[Quotation],
    resolved: dict[int, Speaker],
    memory: SpeakerMemory,
) -> Speaker:
    """The speaker of one figure: the quotation it stands in, else the reporting clause that governs it."""
    position = start + figure.span[0]
    quotation = next((q for q in inside if q.start <= position < q.end), None)
    if quotation is not None:
        return _quoted_speaker(quotation, resolved, memory)
    at = figure.span[0]
    if (
        figure.unit in PLACE_DISTANCE_UNITS
        and re.search(r",\s*$", sentence[:at])
        and (PLACE_DISTANCE_AFTER.match(sentence, figure.span[1]))
    ):
        # "its battery plant in Seltzbach, about 180 km away", "Port Hallis, 140 km up the coast": where a place
        # lies, set off in apposition to it, is the article's geography, not a claim of whoever speaks
        return Speaker(None)
    own = next((r for r in reports if r.of_figure and 0 <= r.position - figure.span[1] <= FIGURE_TO_PARTICIPLE), None)
    if own is not None and own.subject:  # "more than the 3,100 reported by the statistics office"
        name, anonymous = name_of(own.subject, memory)
        return Speaker(name, own.stance, None, anonymous)
    acting = next((r for r in reports if 0 <= r.subject_start <= at < r.position and r.subject), None)
    acts = acting is not None and RELATIVE_ACT.search(sentence[acting.subject_start : at]) is not None
    represents = acting is not None and RELATIVE_MEMBERS.match(sentence, acting.subject_start, at) is not None
    if acting is not None and acting.subject and (acts or represents):
        # "The unions, which had demanded 11 lira an hour, said": the source's own act gave the figure
        name, anonymous = name_of(acting.subject, memory)
        return Speaker(name, "asserts", None, anonymous)
    background = BACKGROUND_CLAUSE.search(sentence[:at])
    # "..., which ran for six months and cut penalties to 5 percent, the ministry said": a source speaking after the
    # sentence says its relative clauses too; "according to" a document does not
    reported = any(r.subject and not r.postposed and r.end <= at for r in reports)
    relative_clause = background is not None and background.group(0).lstrip(", ").startswith(("which", "whose"))
    reported = reported or (relative_clause and any(r.subject and _said_after(sentence, r, at) for r in reports))
    own_act = OBJECT_RELATIVE_ACT.search(sentence, 0, at) if background else None
    if own_act is not None:
        # "gave a first estimate of 2.3 billion, which it raised on Monday to 3.8 billion": the relative clause's
        # subject acts on the figure, and the pronoun means the subject of the sentence
        name, anonymous = name_of(own_act.group("pronoun"), memory)
        return Speaker(name, "asserts", None, anonymous)
    if background and not has_cue(background.group(0)) and not reported:
        # "Rainfall across the plain, which grows two-thirds of the wheat, was ..., according to X",
        # "pensions will rise with inflation, which stood at 3.6 percent": a non-restrictive clause about a
        # noun outside the content of a report is the article's background ("X said the party talks with
        # the Greens, which won 14 seats" reports it)
        return Speaker(None)
    survey = (
        SURVEY_BY.search(sentence, 0, at) if any(r.subject and _quantity_subject(r.subject) for r in reports) else None
    )
    if survey is not None:
        # "In a survey by Tallis Research of 1,204 adults, three-quarters said": the share answered the pollster
        name, anonymous = name_of(re.sub(r"\s+of$", "", survey.group("by")), memory)
        return Speaker(name, "asserts", None, anonymous)
    holding = [r for r in reports if 0 <= r.subject_start <= at < r.position and not r.postposed]
    if holding:
        in_subject = not any(holding[0].subject_start <= r.position < at for r in reports)
        relative_in = SUBJECT_RELATIVE if in_subject else RELATIVE  # "that" relativises only inside the subject
        if relative_in.search(sentence[holding[0].subject_start : at]):
            return Speaker(None)  # "Madden, of the union, which represents 3,500 doctors, said": background
        if holding[0].subject and DOCUMENT_SAMPLE.match(holding[0].subject):
            # "A survey of 1,200 adults by Verax found ...": the sample is given by who gives the survey
            return speaker_at(sentence, holding, at, memory)
        # "Half of respondents said ...", "One in eight patients reported ...": the figure is the subject of
        # the cue, not its content; it is reported by whoever the article was citing
        # ("22% of those ... said ..., while 31% said ...": the other share reports no more than this one)
        reports = [r for r in reports if r not in holding and not (r.subject and _quantity_subject(r.subject))]
        if not reports:
            return Speaker(memory.last_speaker, "asserts", None, memory.last_speaker_anonymous)
    reports = [r for r in reports if not r.subject or not _quantity_subject(r.subject)]
    speaker = speaker_at(sentence, reports, at, memory)
    chosen = [r for r in reports if r.position > at or r.postposed]
    relative = RELATIVE.search(sentence[chosen[0].end : at]) if chosen and chosen[0].end <= at else None
    reviser = revising_subject(sentence, at)
    told = revising_subject(sentence, at, told=True) if reviser is None and figure.previous_value is not None else None
    if told is not None and told[0].lower() not in PRONOUN_REVISERS:
        # "The scheme was meant to carry 900,000 trips, but the council has now cut that target to 540,000": a body
        # revising a figure whose earlier value the sentence gave
        reviser = told
    opening = POSSESSED_STATISTIC.match(sentence, 0, at) if told is not None and told[0].lower() == "it" else None
    if opening is not None and speaker.name is None:
        # "The coastguard's first figure was 8 dead; by 14:20 it had raised that to 24": the change is told with its
        # earlier value, and "it" is the owner of the figure the sentence opens on
        name, anonymous = name_of(opening.group("owner"), memory)
        if name is not None:
            return Speaker(name, "asserts", None, anonymous)
    if reviser is not None and (speaker.name is None or relative):
        # "Last year it cut the planned number of launches to 5 from 8", "said Petra Lind, an analyst, who raised
        # her price target to 17 from 13.50": who revises a figure gives its new value
        name, anonymous = _reviser_name(sentence, *reviser, memory)
        if name is not None:
            return Speaker(name, "asserts", None, anonymous)
    if relative and not _verb_cue(sentence[chosen[0].end + relative.end() : at]):
        # "..., said Colin Breck, a consultant who has reviewed 30 projects"; but "said Lowri Price, who runs
        # a cafe and said her takings had fallen by a fifth" is hers
        return Speaker(None)
    if speaker.name is None:  # no report governs the figure: the actor of a speech act or decision may give it
        actor = acting_subject(sentence, at, memory.full_names, memory.organisation_names)
        if actor is not None:
            name, anonymous = name_of(actor, memory)
            return Speaker(name, "asserts", None, anonymous)
        owner = possessed_statistic_owner(sentence, at, memory.full_names) if not reports else None
        if owner is not None:  # "The office's published response rate was 91%"
            name, anonymous = name_of(owner, memory)
            return Speaker(name, "asserts", None, anonymous)
    return speaker


def _reviser_name(sentence: str, subject: str, at: int, memory: SpeakerMemory) -> tuple[str | None, bool]:
    """
    The one a revising clause's subject means: "Gerald Penhale, accepted that he had cut his valuation" and
    "said Petra Lindqvist, an analyst, who raised her price target" mean the person the sentence named before.
    """
    if subject.lower() in ("he", "she", "who"):
        named = people_named(sentence[:at])
        if named:
            return memory.resolve(named[-1]), False
        if subject == "who":
            return None, False
    return name_of(subject, memory)


RELATIVE = re.compile(r"\b(?:which|who|whose|where)\b")
PRONOUN_REVISERS = ("it", "he", "she", "they", "who")
# a relative clause inside a source: "Vanterra Energie, the utility that runs 31 of the 44 dams, cut its forecast"
SUBJECT_RELATIVE = re.compile(r"\b(?:which|who|whose|where|that)\b")
PLACE_DISTANCE_UNITS = {"km", "kilometres", "kilometers", "miles"}
PLACE_DISTANCE_AFTER = re.compile(
    r"\s*(?:away|up|down|along|to\s+the|north|south|east|west|inland|offshore|off|outside|from|upstream|downstream|"
    r"further)\b"
)
BACKGROUND_CLAUSE = re.compile(
    r"(?:,\s+(?:which|whose|worth|valued at)\b|\b(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w'’]*,\s+an?\s+[a-z]+(?:\s+[a-z]+)?\s+(?:of|with)\s)"
    r"[^,;:—–()\"“”]*$"
)  # "the fund, worth 2.6 billion", "At Northgate Secondary, a school of 900 pupils"; not "said on Thursday, a rise of"
QUANTITY_SUBJECT = re.compile(
    r"^(?:(?:about|around|nearly|almost|roughly|some|more than|over|just|only)\s+)?(?:\d|(?:a|one|two|three|four)[- ]"
    r"(?:half|third|quarter|fifth|tenth)s?\b|half\b|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+\w+\b|"
    r"(?:dozens|hundreds|thousands|millions|tens)\s+of\b|most\b|many\b|(?:a\s+)?majority\b)",
    re.IGNORECASE,
)


_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[a-z-]+\s+)?$")


def _verb_cue(text: str) -> bool:
    """A cue standing as a verb, not a noun after its determiner ("who joined a protest of several hundred")."""
    return any(not _DETERMINED.search(text, 0, start) for start, _, _ in find_cues(text))


def _quantity_subject(subject: str) -> bool:
    """ "nearly a third", "61% of voters", "Most": a share of those counted is not the source of a report."""
    return QUANTITY_SUBJECT.match(subject.strip()) is not None


def _quoted_speaker(quotation: Quotation, resolved: dict[int, Speaker], memory: SpeakerMemory) -> Speaker:
    if quotation.group not in resolved:
        report = quotation.report
        if report is not None and report.subject:
            name, anonymous = name_of(report.subject, memory)
            stance = "relays" if report.negated else report.stance
            relay = name_of(quotation.relay.subject, memory)[0] if quotation.relay and quotation.relay.subject else None
            resolved[quotation.group] = Speaker(name, stance, relay if relay != name else None, anonymous)
        elif memory.named_since_speaker and memory.last_person:
            # "Chief executive Mattias Orr spoke at length ... Part of his statement follows." then a quotation no
            # clause attributes: the person the article turned to, not the last who spoke
            resolved[quotation.group] = Speaker(memory.last_person, "asserts")
        else:  # a quotation standing alone goes on the speaker before it
            resolved[quotation.group] = Speaker(memory.last_speaker, "asserts", None, memory.last_speaker_anonymous)
    return resolved[quotation.group]


def _in_dateline(sentence: str, span: tuple[int, int] | None) -> bool:
    """ "VARNOTH, Velmora, Dec 7 (QNW) - ...": the dateline's date is when the wire filed, not what a source stated."""
    dateline = DATELINE.match(sentence)
    return dateline is not None and span is not None and span[0] < dateline.end()


def _states_something(sentence: str, reports: list[Report], position: int) -> bool:
    """
    A sentence without a figure is a claim only as an explicit report of a fact, dated by the report:
    "X said on Monday that ...". Not when the date belongs to a relative clause about the speaker ("said
    Milena Koss, who had been waiting since Saturday"), nor when what is reported is a plan or a
    possibility ("told parliament on Thursday that the figure could be increased"): nothing to check yet.
    """
    if DATED_RELATIVE.search(sentence[:position]):
        return False
    for report in reports:
        if report.subject is None or report.negated:
            continue
        cue = sentence[report.position : report.end].lower()
        rest = sentence[report.end :]
        if cue.startswith(("according", "in the words")) or report.postposed:
            return True
        content = re.match(r"(?:\s+[\w,.'’-]+){0,8}?\s+that\b|(?:[^“\"]{0,80})[“\"]|\s*:", rest)
        if content and not MODAL_CONTENT.match(rest):
            return True
    return False


# A statement without a figure is suggested only when a calendar date makes it a dated fact ("stated on
# October 13 that", "travelled ... in early October"); a weekday or "last week" only dates the report itself
# ("said in a statement on Thursday that"), the news peg of nearly every sentence that reports.
CALENDAR_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d"
)
DATED_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,]*$")
MODAL_CONTENT = re.compile(
    r"(?:\s+[\w'’“”\"-]+,?){0,12}?\s+[“\"]?(?:would|could|will|may|might|should|must|can|shall|had\s+[“\"]?no\s+intention|"
    r"plans?\s+to|intends?\s+to)\b",
    re.IGNORECASE,
)


def _disputed(
    sentence: str,
    start: int,
    end: int,
    reports: list[Report],
    memory: SpeakerMemory,
    recent: list[tuple[int, Mention]],
    number: int,
    asked: int = 0,
) -> list[Mention]:
    """
    "X rejected that", "X disputed the pension figure", "Tallon denied that": a mention of each figure disputed,
    with the stance of the verb (a denial is the party concerned saying it is untrue).
    """
    report = next((r for r in reports if _gainsays(r) and r.subject), None)
    if report is None or report.subject is None:
        return []
    stance = "disputes" if report.negated else report.stance
    target = DISPUTED_OBJECT.match(sentence[report.end :])
    if target is None:
        return []
    name, anonymous = name_of(report.subject, memory)
    after_object = sentence[report.end + target.end() :]
    restated = re.search(r"\d", after_object) or any(n == number for n, _ in recent)
    if re.match(r"\s+(?:that|of|which)\b", after_object) and restated:
        # "rejected the union's claim that 200 protesters ...", "did not confirm the figure of two roadside births":
        # the figure is restated here
        return []
    words = [re.sub(r"['’]s$", "", w) for w in (target.group("words") or "").split()]
    words = [w for w in words if len(w) > 3]
    reach = LOOK_BACK_NAMED if words else LOOK_BACK
    if target.group("object") == "that":
        # a bare "that" points at what was just said: "X rejected that" after a sentence with no figure (a
        # quotation, an accusation) rejects that, not the last figure given paragraphs before
        reach = 1 + asked
    candidates = [(n, m) for n, m in reversed(recent) if number - reach <= n < number and m.speaker != name]
    if re.search(r"(?:count|toll|tally|total|number)$", target.group("object")):
        # a count is of things, not of time or of distance ("700 workers ..., about 180 km away"); a number may be a
        # share ("40 per cent of operations ... could not confirm the number")
        uncounted = NOT_COUNTED - {"percent"} if target.group("object").endswith("number") else NOT_COUNTED
        candidates = [(n, m) for n, m in candidates if m.unit not in uncounted and m.unit not in DURATION_UNITS]
    # "the ministry's figures": the figures the ministry gave; "the Orlan estimate": a sentence naming Orlan
    lowered = [w.lower() for w in words]
    telling = [w for w in words if w.lower() not in GENERIC_MODIFIERS]
    # "the survey's vacancy total", "the jobs figure": the noun says what the figure counts, which names it best
    counted = {_singular(w) for w in telling}
    found = next(((n, m) for n, m in candidates if m.unit and _singular(m.unit) in counted), None)
    found = found or next(((n, m) for n, m in candidates if any(w in (m.speaker or "").lower() for w in lowered)), None)
    found = found or next(((n, m) for n, m in candidates if telling and any(w in m.quote for w in telling)), None)
    if found is None and candidates and (not words or _possessed(target.group("object"))):
        # "rejected that", "rejected the charity's estimate" naming no one the article quoted by that word:
        # the figure last given by someone else
        found = candidates[0]
    if found is None:
        return []
    # The figures of the sentence disputed: its total if it derives one ("two regiments of 2,500 each"),
    # every figure for "the figures", else its first.
    same = [m for n, m in reversed(candidates) if n == found[0] and m.speaker == found[1].speaker]
    plural = re.search(r"(?:figures|estimates|numbers|claims|statistics|data)$", target.group("object"))
    # "that figure", "this estimate": the figure the sentence disputed ended with, nearest to the pointing word
    nearest = same[-1:] if re.match(r"th(?:at|is)\b", target.group("object")) else same[:1]
    told = [w for w in telling if w in found[1].quote]
    if told and len(same) > 1:
        # "bought materials worth 22,000 sarns" and "started work at 11 of the 37 homes": "the materials figure" is
        # the one its word stands by
        nearest = [min(same, key=lambda m: _distance(m.quote, m.figure, told[0]))]
    chosen_all = [m for m in same if m.derived] or ([m for m in same if not m.derived] if plural else nearest)
    phrase = target.group("object")
    return [_disputes(chosen, sentence, start, end, phrase, name, anonymous, stance) for chosen in chosen_all]


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _distance(quote: str, figure: str, word: str) -> int:
    """How far a figure stands from a word in the sentence that gives it."""
    at, where = quote.find(figure), quote.find(word)
    return abs(where - at) if at >= 0 and where >= 0 else len(quote)


# An answer or a turn that opens by saying the figure just put to its speaker is untrue: "That is simply not true."
DENIAL = re.compile(
    r"\W*(?:No,?\s+)?(?:That|This|It)\s*(?:is|['’]s)\s+(?:simply\s+|just\s+|completely\s+|absolutely\s+)?"
    r"(?:not\s+true|untrue|false|wrong|nonsense)\b"
)


def _denied(
    sentence: str,
    start: int,
    end: int,
    words: str,
    voice: str,
    recent: list[tuple[int, Mention]],
    number: int,
    asked: int,
) -> list[Mention]:
    """ "A: That is simply not true." after "Q: The union says 300 jobs will go": the one answering denies the figure
    put to them in the sentence before (or before the questions since)."""
    candidates = [m for n, m in reversed(recent) if number - 1 - asked <= n < number and m.speaker != voice]
    if not candidates:
        return []
    return [_disputes(candidates[0], sentence, start, end, words, voice, False, "denies")]


def _gainsays(report: Report) -> bool:
    """ "X rejected", "X denied"; and "X did not confirm", which withholds the support a figure asks for and so
    disputes it (tests/ingest_labelling.md, "Denials and disputes")."""
    if report.negated:
        return report.stance == "confirms"
    return report.stance in DISPUTING


# What a report says of a figure given before that disputes it: "Opposition lawmakers say the figure is misleading",
# "said that figure included payments from other parts of the group", "said it did not recognise that figure".
DISPUTING_CONTENT = re.compile(
    r"^[\s,]+(?:that\s+)?(?:(?:the|that|this|its|their)\s+(?:[a-z’']+\s+){0,2}(?:figure|estimate|number|count|total|"
    r"tally|share)s?\b[^.;]{0,60}?\b(?:overstat\w*|understat\w*|too\s+(?:high|low)|"
    rf"optimistic|incorrect|hides|masks|ignores|included|well\s+(?:below|above)|{UNTRUE_WORDS})\b|"
    r"(?:it|they|he|she)\s+did\s+not\s+(?:recognise|recognize|accept)\s+(?:that|the|this)\s+(?:figure|estimate|number))"
)


POINTED_FIGURE = re.compile(r"^[\s,]+(?:that\s+)?th(?:at|is)\s+(?:figure|estimate|number|count|total|tally)\b")


def _disputed_by_content(
    sentence: str,
    start: int,
    end: int,
    reports: list[Report],
    memory: SpeakerMemory,
    recent: list[tuple[int, Mention]],
    number: int,
    pointing: bool = False,
) -> list[Mention]:
    """A report whose content says the figure given just before is wrong; only pointing at it ("that figure") when
    ``pointing``."""
    for report in reports:
        if report.subject is None or report.postposed or not DISPUTING_CONTENT.match(sentence[report.end :]):
            continue
        if pointing and not POINTED_FIGURE.match(sentence[report.end :]):
            continue
        name, anonymous = name_of(report.subject, memory)
        candidates = [m for n, m in reversed(recent) if number - LOOK_BACK <= n < number and m.speaker != name]
        candidates = [m for m in candidates if m.stance not in DISPUTING]
        if pointing:  # "It now says that figure was too low and puts it at 52,500": its own figure, revised
            candidates = [m for m in candidates if m.speaker is not None]
        if candidates:
            words = sentence[report.subject_start if report.subject_start >= 0 else report.position : report.end]
            return [_disputes(candidates[0], sentence, start, end, words, name, anonymous, "disputes")]
    return []


def _possessed(phrase: str) -> bool:
    """ "the charity's estimate", "the union's figure": a figure named by whose it is."""
    return re.search(r"['’]s?\s", phrase) is not None


def _disputed_before(
    sentence: str, start: int, end: int, reports: list[Report], memory: SpeakerMemory, found: list[Mention]
) -> list[Mention]:
    """ "Rebels said 40 soldiers were captured, a claim the army denied": the army's denial of the 40."""
    disputes = []
    for report in reports:
        if not report.object_before or report.subject is None or not _gainsays(report):
            continue  # "a figure the union did not challenge" disputes nothing; "a figure X did not confirm" does
        before = [m for m in found if m.start == start and sentence.find(m.figure) < report.subject_start]
        if not before:
            continue
        name, anonymous = name_of(report.subject, memory)
        words = sentence[report.subject_start : report.end]
        stance = "disputes" if report.negated else report.stance
        disputes.append(_disputes(before[-1], sentence, start, end, words, name, anonymous, stance))
    return disputes


def _disputes(
    chosen: Mention, sentence: str, start: int, end: int, words: str, name, anonymous: bool, stance: str
) -> Mention:
    return Mention(
        quote=sentence,
        start=start,
        end=end,
        value=chosen.value,
        lower=chosen.lower,
        upper=chosen.upper,
        unit=chosen.unit,
        qualifier=chosen.qualifier,
        previous_value=chosen.previous_value,
        figure=words,
        speaker=name,
        speaker_anonymous=anonymous,
        stance=stance,
    )


def _mention(
    sentence: str,
    start: int,
    end: int,
    figure: Figure,
    speaker: Speaker,
    day: date | None,
    day_end: date | None,
    date_text: str,
) -> Mention:
    return Mention(
        quote=sentence,
        start=start,
        end=end,
        value=round_figure(figure.value),
        lower=round_figure(figure.lower),
        upper=round_figure(figure.upper),
        unit=figure.unit,
        qualifier=str(figure.qualifier),
        multiplier=figure.multiplier,
        derived=figure.derived,
        previous_value=round_figure(figure.previous_value),
        figure=sentence[figure.span[0] : figure.span[1]],
        speaker=speaker.name,
        speaker_anonymous=speaker.anonymous,
        via=speaker.via,
        stance=speaker.stance or "asserts",
        date=day,
        date_end=day_end,
        date_text=date_text,
    )


# The lead of a results story: a company's profit, sales or revenue for a period it reports on
RESULTS_REPORTED = re.compile(
    r"\b(?:quarter(?:ly)?|half-year(?:ly)?|first-half|second-half|full-year|annual|interim|year-end)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:profits?|revenues?|sales|earnings|results|loss(?:es)?|turnover)\b"
)
# A sentence about the company's own results: its revenue, profit, customers or dividend, or the company having,
# paying or expecting them ("Revenue was flat", "Average revenue per user fell", "X will pay a dividend")
OWN_RESULT = re.compile(
    r"^(?:(?:its|the\s+company's|group|net|operating|pre-tax|underlying|total|average|quarterly|annual|full-year|"
    r"half-year|interim|core|like-for-like|adjusted|gross)\s+)*"
    r"(?:revenues?|sales|turnover|profits?|earnings|income|margins?|dividends?|customers|subscribers|users|"
    r"revenue\s+per\s+(?:user|customer))\b",
    re.IGNORECASE,
)
# What the company is said to do with its results, right after its name: "X had", "X will pay", "X now expects"
COMPANY_RESULT_VERB = re.compile(
    r"\s+(?:now\s+|also\s+)?(?:had|has|made|paid|will\s+pay|is\s+to\s+pay|expects|sold|served)\b"
)
# Whose the figure is not even in a results story: the market's price, analysts' and forecasters' expectations
NOT_OWN_RESULT = re.compile(r"\b(?:[Ss]hares?|[Ss]tock|[Aa]nalysts?|[Ii]nvestors|[Cc]onsensus|market)\b")


def _own_result(sentence: str, figure: Figure, company: Speaker) -> Speaker:
    before = sentence[: figure.span[0]]
    # a verb of reporting after the figure reports what follows it (the caller has seen that none closes the sentence)
    if has_cue(sentence[: figure.span[1]]) or NOT_OWN_RESULT.search(before) or MARKET_PRICE.search(before):
        return Speaker(None)
    name = company.name or ""
    if OWN_RESULT.match(sentence):
        return replace(company, via=None, stance="asserts")
    if sentence.startswith(name) and COMPANY_RESULT_VERB.match(sentence, len(name)):
        return replace(company, via=None, stance="asserts")
    return Speaker(None)
