"""
What runs through a story rather than one sentence: the voice it speaks in without saying so (an interview's
answers, a transcript's turns, a column's writer, a press release's issuer, a court report's prosecution) and the
sources whose figures run on past the sentence that named them (a body's statistics, a results story's company, the
survey or the statistics a story opens on, reported speech going on in the sentence after its report).

The engine reads each figure's speaker from its own sentence first; a ``Story`` gives the figures their sentence
leaves to no one, and learns from each sentence what runs on to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ingest.cleaning import (
    CLAIM_LINE,
    CLAIM_QUOTED,
    CORRECTIONS_ROLE,
    QUOTED_CLAIM_LINE,
    QUOTED_OR_OPEN,
    introduces_printed,
)
from ingest.cues import (
    APPEAL_WINDOW,
    BEFORE_PRONOUN_I,
    FIGURES_QUALIFIERS,
    FIRST_PERSON,
    FIRST_PERSON_OBJECTS,
    PLAIN_HEDGES,
    PREPOSITIONS,
    STANCE_OF,
    background_verb,
    has_cue,
)
from ingest.dates import MONTH_NAME, WEEKDAY_NAME
from ingest.documents import (
    CARRIED_ANSWERS,
    CARRIED_TEXT_BELOW,
    HEADED,
    NOTICE,
    SIGNED,
    Documents,
    OwnedBlock,
    find_documents,
)
from ingest.interviews import (
    QUESTION_LABEL,
    Interview,
    Letters,
    Transcript,
    WrittenQuestion,
    find_columnist,
    find_inline_posts,
    find_interview,
    find_issuer,
    find_letters,
    find_transcript,
    find_writer,
    find_written_question,
    own_voice_role,
)
from ingest.mentions import Mention
from ingest.number_words import CURRENCY_SIGNS, IRREGULAR_PARTICIPLES
from ingest.numbers import BALLOT_UNITS, CURRENCY_PLURALS, Figure
from ingest.quotations import Quotation
from ingest.sentences import POST_STAMP
from ingest.speakers import (
    ACCORDING_TO_SURVEY,
    DATELINE,
    DOCUMENT_SOURCE,
    ENTITY,
    NAME_END_KINDS,
    OPENING_PREPOSITION,
    ORG_HEAD_WORD,
    ORG_HEADS,
    OWN_ACT_VERB,
    PERIOD_WORDS,
    ROLE_WORDS,
    TALLY_VERB,
    Report,
    Speaker,
    SpeakerMemory,
    acting_subject,
    looks_like_body,
    may_be_called,
    name_of,
    people_named,
    speaker_at,
    strip_titles,
    tells_a_finding,
)

# A source named in the first person ("Our records", "the figure we", "my estimate") is the voice of the text
# at its head ("Our records", "the figure we"), not in a post-modifier ("Passengers in my town", a group of its own)
FIRST_PERSON_SOURCE = re.compile(r"^(?:[Tt]he\s+)?(?:[\w'’-]+\s+)?(?:(?i:our|my|we)|I)\b")
# A source in the writer's first person singular: "my arithmetic", "my own reckoning", "I"
# the people a first-person source names who speak for themselves: "My constituents tell me", "our members say"
OTHERS_OF_MINE = re.compile(r"(?i:my|our)\s+(?:constituents|residents|members|voters|neighbours|patients|tenants)")
MY_SOURCE = re.compile(r"^(?:[Mm]y|I|me)\b")
# A question that puts the one interviewed their own figure: "You planned to open 40 pubs", "You have promised 25 shops"
# (tests/ingest_labelling.md, Q&A interview): theirs, as what they said or set out to do
# (after a transcript's turn label: "QUESTION (ANN ROE, KTV): Minister, you raised spending by 18 percent")
_OPENING_TURN_LABEL = r"^(?:[A-Z][A-Z'’. -]*(?:,[A-Z'’. -]+)?(?:\s*\([^)\n]{1,80}\))?:\s+)?"
PUT_TO_YOU = re.compile(
    _OPENING_TURN_LABEL
    + r"(?:(?:[A-Z][a-z]+\s+){1,3}|[A-Z][a-z]+,\s+)?[Yy]ou\s+(?:(?:have|had|once|first|originally|also)\s+|'ve\s+){0,2}"
    r"(?:planned|promised|pledged|said|told|expected|forecast|predicted|aimed|hoped|intended|wanted|claimed|"
    r"set\s+(?:a|out|yourselves)|committed|targeted|budgeted|announced|estimated|asked|applied|bid|offered|sought|"
    r"demanded|proposed|"
    # ... or their own act: "You fined Morval Post 2.2 million", "you raised defence spending by 18 percent"
    r"(?P<act>fined|raised|cut|closed|spent|paid|hired|sold|lost|built|opened|shut|made|took|gave))\b"
    # "You're closing 60 branches": what they are doing
    r"|"
    + _OPENING_TURN_LABEL
    + r"(?:[A-Z][a-z]+,\s+)?[Yy]ou(?:['’]re|\s+are)\s+(?:now\s+|still\s+)?(?P<doing>[a-z]+ing)\b"
)
# What stands between an act put to the one interviewed and a figure that is not the act's object: a clause of its own
# ("You took over a side that has lost 12 games") or a preposition's ("You're competing with 19 other clubs")
NOT_THE_ACT_S_OBJECT = re.compile(r"[,;:]|\b(?:that|which|who|whose|with|against|than|like|as|while|when)\b")
# One a question names as the interviewee's by a role or a union, who is someone else: "Your defence minister", "Your
# staff union", "your own chief economist"
YOUR_OTHER = re.compile(rf"[Yy]our\s+(?:own\s+)?(?P<other>(?:[a-z-]+\s+){{0,2}}?(?:{ROLE_WORDS}|unions?))")
# A question whose subject is the interviewee's own, put to them: "Your own figures show that only 81 per cent ...",
# "Some of your clients are visited 26 times a week."
YOURS_PUT = re.compile(r"^(?:[A-Z][a-z]+,\s+)?(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Hh]alf|[Aa]ll)\s+of\s+)?[Yy]our\s")
# What a lead calls a study of the facts, by the paper or another: "A Courier analysis", "our investigation"
_ANALYSIS = r"(?:analysis|investigation)"
# A sentence in the paper's own voice, opening with "We" and free of quotation marks: "We found 3 new libraries"
# "Our reporter at the terminal counted ...": the paper's own journalists, seeing for it
OUR_VOICE = re.compile(
    # perhaps after a clause set off before it: "When the Herald visited the base on Tuesday, our reporter counted"
    r"^(?:[A-Z][^,;:\"“”]{0,80},\s+(?=we\s|our\s))?(?:[Ww]e|[Oo]ur\s+(?:own\s+)?"
    rf"(?:{_ANALYSIS}|count|calculations?|(?:[a-z]+\s+)?(?:reporters?|correspondents?|journalists?|team|"
    r"photographers?)\b(?:\s+(?:at|in|on|outside)\s+[^,\"“”]{1,40}?)?\s+"
    r"(?:counted|found|saw|watched|tallied|recorded)\b))\s[^\"“”]*$"
)
# The paper's own journalist seeing for it anywhere in the sentence, in the first person or by role: "The queue is
# shorter: I count 96 cars", "Of the 60 prices we checked, 19 showed", "On the day we visited it was a third full",
# "Our correspondent counts 11 camper vans". Not one pattern with OUR_VOICE, which is neither its subset nor its copy:
# that one reads a sentence opening on "We" whatever its verb ("We expect the bridge to open in 2030") or on "Our
# analysis", this one a witnessing verb anywhere after "I" too ("Of the 60 prices we checked", "I count 96 cars")
PAPER_WITNESS = re.compile(
    r"\b(?P<who>[Ww]e|I|[Oo]ur\s+(?:[a-z]+\s+)?(?:correspondent|reporter)s?)\s+(?:(?:have|had|could|can|just)\s+)?"
    r"(?:count|counts|counted|checked|found|visited|saw|tested|measured)\b"
)
_WORD = re.compile(r"[\w'’-]+")
_PREPOSITION = frozenset(PREPOSITIONS.split())
_BEFORE_PRONOUN_I = frozenset(BEFORE_PRONOUN_I.split())
_DAY_OR_MONTH = re.compile(rf"{WEEKDAY_NAME}|{MONTH_NAME}")


def _pronoun_i(sentence: str, at: int) -> bool:
    """Whether the "I" at a place in a sentence is the pronoun, not a Roman numeral after the name or series it
    numbers ("World War I saw", "Phase I found", "Charles I saw"): after a lower-case word, a day's or a month's name,
    a clause's opening word ("When I visited", "Yesterday I counted"), or a name after a preposition ("On Sunday I",
    "In Harnmouth I")."""
    words = _WORD.findall(sentence[:at])
    if not words or not words[-1][:1].isupper():
        return True
    last = words[-1]
    if last.lower() in _BEFORE_PRONOUN_I or _DAY_OR_MONTH.fullmatch(last):
        return True
    return len(words) > 1 and words[-2].lower() in _PREPOSITION


def _first_person_owns(sentence: str) -> bool:
    """Whether a sentence's first person owns what it counts, as its subject or its possessor ("My premium went up",
    "I have no claims"), not a preposition's or a verb's object ("drivers like me", "In our region they went up")."""
    for match in FIRST_PERSON.finditer(sentence):
        if match.group().lower() in FIRST_PERSON_OBJECTS.split():
            continue
        if match.group() == "I" and not _pronoun_i(sentence, match.start()):
            continue
        before = _WORD.findall(sentence[: match.start()])
        if not before or before[-1].lower() not in _PREPOSITION:
            return True
    return False


def _paper_witnesses(sentence: str) -> bool:
    """Whether the paper's journalist counts or checks on the spot in a sentence, outside any quotation: not a Roman
    numeral "I", nor a first person whose words a colon sets off after one speaking or printed ("Ivo Lenz put it
    simply: every morning we count 212 cars")."""
    own = QUOTED_OR_OPEN.sub(" ", sentence)
    for match in PAPER_WITNESS.finditer(own):
        if match.group("who") == "I" and not _pronoun_i(own, match.start()):
            continue
        colon = own.rfind(":", 0, match.start())
        if colon >= 0 and introduces_printed(own[:colon]):
            continue
        return True
    return False


# A sentence a prose line hands to a name with a colon: "From the maker, Corvel Audio: We tuned the Rover 2"
_NAME_BEFORE_COLON = re.compile(r"\b[a-z]+\b.*?[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,4}:\s*$")


def _named_before_colon(text: str, start: int) -> bool:
    """mend fix41b: whether the line runs, in prose, up to a name and a colon before the sentence at a place: the
    words after it are that name's, not the page's (a turn's label at the line's start, "Ada Roe:", is not prose)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    # (the cheap test first: its lazy run is tried from every word of a line that ends on no colon)
    return line.rstrip().endswith(":") and _NAME_BEFORE_COLON.search(line) is not None


def _printed_words(text: str, start: int) -> bool:
    """Whether the paragraph at a place prints another's words: after a paragraph ending on a colon that introduces
    them ("Her entry for Sunday reads:"), or a quotation run on from the paragraph before, which closes in it with no
    mark opening it."""
    line_start = text.rfind("\n", 0, start) + 1
    # (the paragraph before, found by stepping back over the blank lines between, not by copying the page up to it)
    end = line_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end > 0 and text[end - 1] == ":":
        opening = text.rfind("\n", 0, end) + 1
        if introduces_printed(text[opening:end]):
            return True
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    closing, opening_mark = line.find("\u201d"), line.find("\u201c")
    return closing >= 0 and (opening_mark < 0 or closing < opening_mark)


# A fact-check page lists the claims it checks (find_claim_lines), or gives its verdict under a label of its own
# ("Verdict: Misleading. ...", "THE VERDICT: ...") and names its form ("the Courant's fact-check team", "Reality Check")
# (the brand by its name, "Reality Check", not the idiom: "a reality check for anyone who thinks cheap means bad")
# A lead resting on an analysis by a name ("an HNA analysis of registration data ... shows", "A Courier analysis of
# footfall data ... found that"): a data story, whose findings told with no cue of their own are that analyst's, the
# outlet's own when it names itself (tests/ingest_labelling.md, "Carrying on a report", "A fact-check's own findings")
ANALYSIS_LEAD = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<by>(?:[A-Z][\w&'’-]*\s+){0,3}?[A-Z][\w&'’-]*)\s+(?P<data>data\s+)?"
    rf"(?P<kind>{_ANALYSIS})\s+(?:of\s+(?P<of>[^.;:\"“”]{{1,160}}?)\s+)?(?:has\s+)?(?:found|finds|shows?|showed|suggests)\b"
)
ANALYSIS_LEAD_PARAGRAPHS = 2  # a data story names its analysis in its lead or the paragraph after it
# ... but another's analysis, or one named only after the lead, is a data story's only when it is an analysis of data
# ("an HNA analysis of registration data"), not an inquiry ("a Care Quality Commission investigation found")
ANALYSED_DATA = re.compile(r"\b(?:data|figures|records|statistics)\b")
FACT_CHECK_HEAD = re.compile(r"\b(?:[Ff]act[ -]?[Cc]heck|Reality\s+Check|REALITY\s+CHECK)")
# A fact-check desk's line on its own work, which the cleaner keeps at the foot of the page whatever the desk calls
# itself ("QBS Verify checks claims by public figures.", "How we check: we contact the speaker's office ...",
# "Advertiser Check rates claims as True, Mostly true, Misleading or Wrong.", "Spotted a claim we should check?"):
# the page names its form though its head, with "Fact check" in it, was cut. The desk speaks in its own first person
# or opens its line with its name, a desk's name ("Post Verify", "HNA Fact Check", "the Post's verification team"),
# not any office or insurer's ("The Benefits Office checks claims against bank records", "Harbour Mutual rates claims
# by the damage done"); a body described in a news story ("Truthwatch, a charity that checks claims made by
# politicians, ...") or quoted ('"We check claims from every party," its director said', "'We check claims ...,' she
# said", an interviewee's "A: About 2,300. We check the claims one by one") is no desk at work: its "we" opens the
# paragraph, or follows the desk's label ("How Standard Check works: we check figures ...")
DESK_AT_WORK = re.compile(
    r"^(?:[A-Z][\w&'’.-]*[ \t]+){0,3}(?:(?:Check|Verify|Fact|Checker)[ \t]+|(?:[\w-]+[ \t]+)?(?:verification|"
    r"fact[ -]?check(?:ing)?)[ \t]+(?:team|desk|unit)[ \t]+)(?:checks|rates|fact[ -]?checks)[ \t]+(?:claims|"
    r"statements)\b|^(?:[A-Z][\w'’ -]{3,40}:[ \t]+)?[Ww]e[ \t]+check[ \t]+(?:the[ \t]+)?(?:claims|figures|"
    r"statements)\b|"
    r"\b[Hh]ow[ \t]+we[ \t]+check(?:ed)?\b|\bclaims?[ \t]+(?:(?:that[ \t]+)?we[ \t]+should|"
    r"for[ \t]+us[ \t]+to|(?:you[ \t]+)?want[ \t]+us[ \t]+to)[ \t]+check\b",
    re.MULTILINE,
)


def _may_name_desk_at_work(text: str) -> bool:
    """DESK_AT_WORK's cheap test: the words one of its alternatives must have, found in the text."""
    return "check" in text or ("rates" in text and ("claims" in text or "statements" in text))


# A fact-check's verdict given as a paragraph of its own that opens with a rating faulting the claim and a full stop,
# its label cut with the head ("Misleading. The minister's rent figure is right only for social housing.", "Wrong.
# The minister's figure counts only a narrow category of closures."), a colon or a dash ("Wrong: crossings averaged
# ...", "Misleading - the subsidy is ..."), in capitals as some desks print it ("WRONG. ...") and in the ratings
# of a few words ("Not true.", "Needs context."); a rating that upholds the claim ("Correct. At the last election
# turnout was 29 per cent") sets nothing right, and its figures stay the record's; nor is a rating a news page
# gives back as someone's word ("False. That was the one-word reply of opposition leader Pia Lund, ...") a verdict
RATING_PARAGRAPH = re.compile(
    r"^(?=[A-Z])(?i:(?:Mostly|Partly|Largely|Half)[ -](?:true|accurate|correct)|false|wrong|misleading|unproven|"
    r"unsupported|inaccurate|incorrect|exaggerated|(?:mostly|largely)[ -](?:false|wrong)|not[ ](?:true|correct)|"
    r"(?:needs|lacks|missing)[ ]context)(?:\.[ \t]+(?!That[ \t]+(?:was|is)\b)[A-Z]|:[ \t]+\S|[ \t]+[-–—][ \t]+\S).*",
    re.MULTILINE,
)
VERDICT_LABEL = re.compile(r"^[ \t]*(?:(?:Our|OUR|The|THE)[ \t]+)?(?:Verdict|VERDICT)[ \t]*:")
VERDICT_LINE = re.compile(r"^[ \t]*(?:(?:Our|OUR|The|THE)[ \t]+)?(?:Verdict|VERDICT)[ \t]*:[ \t]*\S.*", re.MULTILINE)
# the stances of a figure faulted: what a fact-check's verdict gives one it finds wrong
FAULTED = ("disputes", "denies")
# The desk finding or reckoning for itself, as its clause's subject or a possessive on its finding: "We found 3",
# "we counted", "by our calculation", "our own count"; this holds though the sentence names the source it checks
DESK_OWN_FINDING = re.compile(
    r"\b(?:[Ww]e\s+(?:(?:also|then|have|had|only|could|can)\s+)?(?:found|find|counted|count|calculated|calculate|"
    r"checked|reckon|estimate|added|tallied|measured|timed)|[Oo]ur\s+(?:own\s+)?(?:calculations?|count|analysis|"
    r"reckoning|arithmetic|sums|estimate|tally|check))\b"
)
# A quotation in a sentence, left out where the desk's own words are read: the quoted claim is its claimant's
QUOTATION = re.compile(r"[\"“][^\"“”]*[\"”]")
# The desk's inference, a clause drawn from the figures before it: "..., the statistics office says, so ... it is about
# 2.2 per cent", "The record was 12,650, so the latest quarter was about 29 per cent below it"
SO_INFERENCE = re.compile(r",\s+so\s+(?!(?:far|much|many|long|that)\b)")
# A sentence opening with a paper, or the paper's analysis, that found or counted what it tells: "The Courier found
# slots advertised for ...", "A Courier analysis of footfall data found that ..." (whose paper, _paper_finds says)
# perhaps after the day it did so: "On Wednesday the Courier counted 17 of the 40 bays"
_PAPER_DAY = rf"(?:On\s+{WEEKDAY_NAME},?\s+)?"
PAPER_FINDS_OPENING = re.compile(
    rf"^{_PAPER_DAY}(?:[Tt]he|An?)\s+"
    rf"(?:[A-Z]\w+\s+){{1,2}}(?:(?:{_ANALYSIS}|survey|count|review)\s+"
    r"(?:of\s+[^,;\"“”]{1,100}?\s+)?)?(?:has\s+|have\s+)?(?P<verb>found|finds|counted|calculated|established|obtained)\b"
    r"[^\"“”]*$"
)
# An inference the writer draws from the figure before: "That means ...", "That works out at ...", "That leaves one
# doctor for every 2,140 patients"
RESTATED = re.compile(
    r"\W*(?:(?:That|This)\s+(?:is|was|leaves|left)\s+"
    r"(?:a|an|about|around|roughly|nearly|almost|more|less|just|some|one|\d)|"
    # or the change just given, by its noun, then its size: "The rise is 18 per cent", "The cut was about a third" (not
    # "The rise was a blow to 400 families", what the change did)
    r"The\s+(?:rise|increase|cut|fall|drop|reduction)\s+(?:is|was)\s+"
    rf"(?:(?:{PLAIN_HEDGES})\s+)?"
    r"(?:\d|(?:a|one)\s+(?:half|third|quarter|fifth|sixth|tenth)\b|(?:half|two|three|four|five|six|seven|eight|nine|ten)\b))"
)
# A body's own background figure in a column, not the writer's claim: one its possessive holds ("the council's 700
# million sovran budget", "the trust's own 40 beds")
BODYS_OWN = re.compile(r"\b(?!(?:year|month|week|day|today|yesterday|night)['’])[A-Za-z]+['’]s\s+(?:own\s+)?$")
# History a column tells as background: an act dated after its figure to a year of its own, in the same clause
# ("Neighbouring Tarnmouth closed a handful of branches in 2022"); not what will or would happen then. The clause is
# read at most 200 characters on (46 at most on the development sets): it is matched once for each figure of a column
DATED_AFTER = re.compile(r"[^,;:]{0,200}?\bin\s+(?:19|20)\d\d\b")
FUTURE = re.compile(r"\b(?:will|would|could|should|may|might|shall|plans?|expects?|wants?|aims?)\b|\bgoing\s+to\b")
# A body's own record as the subject that gives the figure: "The city council's own estimate is 1.1 billion", "But
# the ministry's own risk map identifies roughly 6,500 properties", "The club's own count, from turnstile data, was
# 4,100": the body stating its own count, whoever tells it (an answer's or a turn's speaker too)
OWN_RECORD = re.compile(
    r"(?:^|[,;:]\s+|\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ee]ven)\s+)\W*(?P<owner>(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)['’]s\s+"
    r"own\s+(?:[a-z-]+\s+){0,2}?(?:estimates?|figures?|data|counts?|reports?|surveys?|maps?|records|accounts|papers?|"
    r"analysis|forecasts?|projections?|statistics)(?:,\s+[^,;:]{1,60},)?\s+"
    r"(?:is|are|was|were|shows?|showed|says|said|identif(?:y|ies|ied)|"
    r"puts?|finds?|found|suggests?|suggested|counts?|counted|lists?|listed|estimates?|estimated|gives?|gave)\b"
)
WRITERS_INFERENCE = re.compile(r"\W*(?:That|This)\s+(?:means|works\s+out|equates|amounts|is\s+equivalent)\b")
# A modal in the past, the tense reported speech shifts into: "The offer would lift the wage to 11.60"
BACKSHIFTED = re.compile(r"^[^,;:\"“”]*?\b(?:would|could|might)\b")  # in the sentence's first clause
SHARE_OPENING = re.compile(
    r"\W*(?:(?:About|Around|Nearly|Almost|Roughly|Some|More\s+than|Fewer\s+than|Less\s+than|Just|Only|Over)\s+)?"
    r"(?:(?:one|two|three)\s+in\s+\w+|(?:a|one|two)[ -](?:half|third|quarter|fifth|tenth)s?|half|"
    r"\d[\d.]*\s*(?:%|per\s*cent))\b"
)
# A survey's respondents as the subject of what they said, by their share of those asked: "38 per cent of women
# said", "Almost a third said", "One in four said", "Nearly half of 16- to 24-year-olds said"
RESPONDENTS = re.compile(
    r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|fewer\s+than|less\s+than|just|only|over)\s+)?"
    r"(?:(?:one|two|three)\s+in\s+\w+|(?:a|one|two)[ -](?:half|third|quarter|fifth|tenth)s?|half|"
    r"\d[\d.]*\s*(?:%|per\s*cent|percent))"
    r"(?:\s+of\s+[^,;:\"“”]{1,60})?",
    re.IGNORECASE,
)
# A sentence that names a survey or poll, whose maker its respondents' answers after it are: "The Guild surveyed 312
# of its member firms", "..., according to the office's annual health survey", "In a survey by Tallis Research ..."
SURVEY_NAMED = re.compile(r"\b(?:[Ss]urvey(?:s|ed)?|[Pp]oll(?:s|ed)?)\b")


def _names_survey(sentence: str) -> bool:
    """SURVEY_NAMED.search(sentence), tried only on a sentence with "urvey" or "oll": most sentences name no survey."""
    return ("urvey" in sentence or "oll" in sentence) and SURVEY_NAMED.search(sentence) is not None


_SURVEY_MAKER = (
    r"(?P<by>(?!(?:We|They|It|He|She|I|You)\b)[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’&-]*){0,5})"
)
# (one that "polled" or "asked" people counted, not votes or a vote share: "The Harbour Party polled 41 per cent",
# "Ada Renn polled 12,400 votes"; "Separately, the Orsk Parents Forum asked 600 parents")
_ASKED_PEOPLE = (
    r"(?:polled|asked|questioned)\s+(?:(?:about|some|around|nearly|almost|more\s+than|over)\s+)?"
    r"\d[\d,]*\s+(?!(?:per\s*cent|percent|votes?|seats?)\b|%)(?:of\s+)?[a-z]"
)
SURVEYOR = re.compile(rf"\W*(?:[A-Z][a-z]+ly,\s+)?(?:[Tt]he\s+)?{_SURVEY_MAKER}\s+(?:surveyed\b|{_ASKED_PEOPLE})")
# A paragraph's opening that turns to another matter or event: "Separately, twelve tenants are suing", "On
# Wednesday the committee voted", "Farmers met ministers on Wednesday"
TURN_AWAY = re.compile(
    rf"\W*(?:(?:Separately|Meanwhile|Elsewhere)\b|[^.;:!?]*\b(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext)\s+{WEEKDAY_NAME}\b)"
)
# a survey a sentence brings in as another, with no maker it names: "A separate poll of 800 shoppers", "Another
# survey found"
NEW_SURVEY = re.compile(
    r"\b(?:(?:[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}?|(?:separate|different|second|new)\s+)(?:survey|poll)\b"
)
# or by its maker after "by": "In a survey by the Orsk Dairy Council of 1,200 adults", "a poll for the Post by Tallis"
SURVEY_BY = re.compile(rf"\b(?:survey|poll)\s+(?:[^,.;:\"“”]{{0,40}}?\s)?by\s+(?:the\s+)?{_SURVEY_MAKER}")
# the same survey taken up by its noun ("The survey, which asked 14,200 adults, found"), no new one
# (not another by the maker it names: "The annual poll by Tallis Research for the Velm Courier")
SURVEY_TAKEN_UP = re.compile(r"\W*(?:The|This|That)\s+(?:[a-z-]+\s+){0,2}?(?:survey|poll)\b(?!\s+(?:by|for)\s)")
# What runs from a figure to a part of it set off after a comma in the same clause: "40 fallen trees on the
# stretch, " before "three of them"; and that part's own words
SET_OFF_PART = re.compile(r"[^.;:!?\"“”]{0,120},\s+(?:(?i:about|around|nearly|almost|roughly|some|only|just)\s+)?")
OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|these)\b")
# A sentence that opens by taking up what the one before counted: "Of those,", "Of those hurt,", "Two of them", "Only
# 14 of them"
PARTITIVE_OPENING = re.compile(
    # (or "Among" them, the subject after the verb: "Among those freed were 23 soldiers")
    r"\W*(?:Of\s+(?:those|them|these)(?:\s+[a-z]+)?,\s|Among\s+(?:those|them|these)\b|"
    r"(?:(?i:about|around|nearly|almost|roughly|some|only|just)\s+)?"
    r"(?:\d[\d,.]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Tt]wenty)\s+"
    r"of\s+(?:them|those|these)\s)"
)


STATISTIC_VERB = re.compile(
    r"\b(?:rose|fell|dropped|climbed|increased|decreased|declined|grew|jumped|slipped|plunged|surged|dipped|"
    r"stood|reached|totalled|totaled|risen|fallen|narrowed|widened|shrank|shrunk|eased|edged|slid|soared|tumbled|"
    r"doubled|halved|tripled|rebounded|recovered|peaked|held|accounted|made\s+up|topped|hit|went\s+(?:up|down)|(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:cut|raised|lowered|revised|reduced|increased)"
    # "Computing was up 4 per cent" (not "Picket lines are up at all 6 gates"), "shed 3,000 jobs", and a level a body
    # has set for a date to come: "The fee will rise to 340 velts"
    r"|(?:was|were|is|are)\s+(?:up|down)(?=\s*$|\s+by\s*$|\s+(?:by\s+)?(?:about|around|nearly|almost|some|roughly|just|\d))|shed|"
    r"(?:will|is\s+to|are\s+to)\s+(?:rise|fall|increase|drop|climb|go\s+up)(?=\s+to\b))\b"
)


# The record a body's new figure beat, named right after it: "The previous record loss, 3.9 per cent, was set ...",
# "beat the previous national record of 42.1C"; the body that measured both keeps the record
PREVIOUS_RECORD = re.compile(r"\b[Pp]revious\s+(?:[a-z]+\s+){0,2}?record\b(?:[^,;:]{0,40},\s+|\s+of\s+)$")
# A sentence whose subject takes up the figure just given by what it is ("The forecast was 30,000", "A decade ago
# the figure was 205,000 tonnes"): an earlier level of the body's own statistic
# the same statistic for another group, place or time, its subject "it" or the figure ("In the capital, it was over
# 71 per cent", "Among people under 35 it was 49 per cent", "In the two hill districts the figure was 58 per cent")
FIGURE_TAKEN_UP = re.compile(
    r"\W*(?:(?:[A-Z][a-z]*(?:\s+[a-z]+){0,3}|(?:In|Among|For|Across|Outside|Within|At|On)\s+[^,;:.\"“”]{1,60}?),?\s+)?"
    r"(?:(?:[Tt]he|[Ii]ts)\s+(?:figure|forecast|estimate|count|total|share|rate)|"
    r"(?<=\s)it(?=\s+(?:was|is)\s))\s+"
    rf"(?:was|is|had\s+been)\s+(?:(?:{PLAIN_HEDGES}|"
    r"fewer\s+than)\s+)?$"
)
# A sentence dated by its opening to a year of its own: "In 2016 the same gauge peaked at 4.05 metres"
HISTORY_OPENING = re.compile(r"\W*(?:Back\s+)?[Ii]n\s+(?:19|20)\d\d\b")
# A level set against an earlier one: "18,240 homes, down from 23,900", "up from 7 per cent a year ago"
CHANGE_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\d")
# A price or a limit a body sets for a date to come, right before its figure: "The season ticket will cost 480",
# "Monthly permits will go up to 38", "Fees will be capped at 2,400"
SET_AHEAD = re.compile(
    r"\bwill\s+(?:now\s+|also\s+)?(?:cost|go\s+(?:up|down)\s+to|be\s+(?:capped|limited|set|fixed|cut|raised|reduced|"
    r"increased|lowered)\s+(?:at|to))\s+(?:(?:about|around|roughly|just|up\s+to|no\s+more\s+than)\s+)?$"
)


# A change a body will make, told in the future tense with no one reporting it: "Monthly permits will rise to 45
# stennets from 30", "Route 7 will run every 20 minutes instead of every 15", "will pay a royalty of 7 per cent, up from
# 3.5"; by a closed list of verbs, as not every future change is a body's own ("The tariff will be cut to 8 percent from
# 25" is a deal's term)
WILL_CHANGE = re.compile(
    r"\bwill\s+(?:now\s+|also\s+)?(?:rise|fall|increase|drop|go\s+(?:up|down)|cost|run|pay|charge|make|take|"
    r"be\s+[a-z]+ed)\b[^,;:]*$"
)


# A statistic's verb followed by its figure, a preposition, an adverb or a qualifier: "fell 4% to 5,310", "rose by a
# record 118,000", "stood at about 9%"; not a verb with an object ("dropped hailstones as large as 9 centimetres").
CHANGE_TO_FIGURE = re.compile(
    # "held up at 21,700", "edged down to 4.1%": a phrasal verb's particle before the figure's preposition
    STATISTIC_VERB.pattern + r"(?:\s+(?:up|down|back))?"
    r"(?:\s*$|\s+(?:to|by|from|at|for|in|on|about|around|nearly|almost|some|over|under|more|"
    r"less|just|roughly|a|an|the|record|further|another|only|again|sharply|[a-z]+ly)\b|\s+[\d$€£])"
)


# The price a market sets: "Shares in Velloway fell", "Velloway's stock rose", "The share price dropped".
MARKET_PRICE = re.compile(
    # "Nerova's shares, listed in Kessmouth, fell", "Benchmark arabica futures in Lorrenport rose"
    # "The two-year yield rose", "the yield on two-year government bonds dropped", "The Merrowin 40 share index fell"
    r"(?:\b(?:[Ss]hares?|[Ss]tocks?|share\s+price|bond\s+yields?|[Ff]utures|[\w-]+-year\s+yield|[Yy]ield\s+on\s+[^;]{1,60}?|"
    r"(?:share|stock)\s+index)(?:\s+(?:in|on)\s+[^;]{1,80}?)?"
    r"(?:,\s*(?:which|listed)\s[^,;]*,)?"
    # "copper for three-month delivery on the Vaskholm Metals Exchange rose": a price an exchange sets
    r"|\bon\s+the\s+(?:[A-Z][\w-]*\s+){0,4}(?:[Ee]xchange|[Mm]arkets?)"
    # "Prices at the Vestrova fish auction have risen by a tenth": what buyers paid, which no body reports
    r"|\b[Pp]rices?\s+(?:at|on|in)\s+(?:the\s+)?[^,;]{0,60}?\b(?:auctions?|markets?|exchanges?))"
    r"\s+(?:(?:has|have|had)\s+)?" + STATISTIC_VERB.pattern
)


# A currency's move against another, which the market makes and no body reports: "The Corvenian franc rose 1.2% against
# the euro", "the drenn gained 1.2 percent against the ellu" (the figure's unit, then what it moved against)
CURRENCY_MOVE = re.compile(
    rf"(?:{STATISTIC_VERB.pattern}|\b(?:gained|lost|weakened|strengthened|firmed)\b)\s+"
    r"(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
)
# ... against another currency, not against a time before or a benchmark ("rose 2.2 percent against the same month last
# year", "against the previous quarter")
AGAINST_CURRENCY = re.compile(
    r"(?:\s*(?:%|per\s*cent|percent))?\s+against\s+the\s"
    r"(?!(?:same|previous|preceding|prior|corresponding|last|year|month|quarter|week|period|average|target|forecast)\b)"
)


def market_move(sentence: str, figure: Figure) -> bool:
    """Whether the figure is a market's price or a currency's move, which no body reports unless the page says so."""
    before = sentence[: figure.span[0]]
    if MARKET_PRICE.search(before):
        return True
    return bool(CURRENCY_MOVE.search(before) and AGAINST_CURRENCY.match(sentence, figure.span[1]))


# A sentence opening on a body's description in the reporter's voice, its subject (set off by what it is or did) then
# a verb of what it has or does as a matter of course: "The family-owned company employs 610 people", "Brenmoor,
# which did not comment after the hearing, employs about 1,100", "The mission runs four observation posts and has
# about 90 monitors" (ingest_labelling.md, "A body's background in the reporter's voice"; BODY_BACKGROUND reads the
# same after "It")
OPENING_BACKGROUND = re.compile(
    # (a description or a name, not a pronoun or a possessive: "It now covers 38.2 square kilometres", "Its own
    # advisers", whose referent the speakers read)
    # (the verb of a restrictive relative is no part of it: "The trust that runs the museum has launched an appeal")
    r"\W*(?:The\s+[a-z-]+(?:\s+(?!(?:that|which|who)\b)[a-z-]+){0,2}|(?!(?:It|Its|My|Our|Their|His|Her|They|We|He|She|I|You)\b)"
    r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})"
    r"(?:,\s+(?:which|who)\s[^,;:]{1,100},)?\s+(?:also\s+|still\s+|today\s+|now\s+)?" + background_verb(plural=False)
)
# A sentence opening on a standing rule, a national or legal target or limit, and stating it: no one's figure unless
# the sentence says whose ("A law, a rule or a policy is not a speaker", ingest_labelling.md, "A body's own act")
STANDING_RULE = re.compile(
    r"\W*The\s+(?:national|legal|statutory)\s+(?:[a-z-]+\s+)?(?:target|limit|minimum|maximum|threshold)\b"
    r"[^;:]{0,80}?\s(?:is|was|are|were)\b"
)
# The value of a target, limit or standard the sentence names no setter for, wherever it stands: "against a legal
# target of 18 weeks", "The target is 95 per cent.", "within the 20-minute target", "more than 34, the legal limit for
# ..." (tests/ingest_labelling.md, "Settled in session 27": told with no source in the sentence it has no speaker,
# even where the paragraph carries on a source's figures, which it measures against it). A setter the sentence names
# ("the council's limit of 55", "a cap set by the league", "It has set a limit of 40 tonnes") gave the figure its
# speaker before the story is asked, and keeps it.
# The nouns of a target, limit or standard a figure may be the value of
STANDARD_NOUNS = r"(?:targets?|limits?|caps?|ceilings?|thresholds?|standards?)"
UNSET_STANDARD_BEFORE = re.compile(
    rf"\b(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?{STANDARD_NOUNS}(?:\s+for\s+[^,;:.\d]{{0,40}}?,?)?\s+"
    r"(?:of|is|was|remains)\s+(?:that\s+)?(?:(?:about|around|just|only|some)\s+)?$",
    re.IGNORECASE,
)
# the figure before the noun: "the 20-minute target", "more than 34, the legal limit"
UNSET_STANDARD_AFTER = re.compile(rf"(?:-[a-z]+\s+|,\s+the\s+(?:[a-z-]+\s+){{0,2}}?){STANDARD_NOUNS}\b")
_THE_BEFORE = re.compile(r"\bthe\s+$")
# the verb of a subject that sets the target itself: "It has set a weight limit of 40 tonnes" (the story's body)
_SETS_BEFORE = re.compile(r"\b(?:sets?|imposed?|imposes|introduced?|introduces|adopted|adopts|agreed|agrees)\s+$")

# A description set off inside the sentence, a relative clause or "home to", that tells what a body or place has or does
# as a matter of course, the figure in it a few words after its verb: "The opera house, which holds 1,480 people,",
# "the utility that supplies Velm and 14 surrounding towns", "the Eastfield ward, home to about 9,000 students": a
# description of the body is background with no speaker, whoever the sentence or the page goes on to give its figures
# to (ingest_labelling.md, "A body's own act with its own figure" and "A body's background in the reporter's voice")
DESCRIBED = re.compile(
    r"(?:\b(?:which|that|who)|\bwhose\s+[a-z]+)\s+(?:also\s+|still\s+|today\s+|now\s+|currently\s+|usually\s+)?"
    r"(?:(?:holds?|employs?|owns?|runs?|operates?|serves?|covers?|supplies|supply|manages?|handles?|bases?|houses?|"
    r"seats?|moves?|looks?\s+after)(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|said|says)\b)[\w'’-]+){0,4}?|"
    # "has" as a verb of its own, not an auxiliary ("which has about 230 members", "has a budget of"; not "which has
    # assessed 2,480 structures")
    r"(?:has|have)(?:\s+(?:about|around|some|roughly|nearly|almost|over|more\s+than|an?\s+[a-z-]+\s+of))?)\s*$"
    # ... or "home to", set off by a comma
    r"|,\s+home\s+to(?:\s+[\w'’-]+){0,2}?\s*$"
)
_BACKGROUND_CLAUSE_END = re.compile(r"[;:]|,\s+(?!and\b)|\b(?:but|while|after|when|because)\b")
# A rule's clause ends at any comma too: "The legal limit on borrowing is 3 percent of output, and debt rose 2 percent"
_RULE_CLAUSE_END = re.compile(r"[;:,]|\b(?:but|while|after|when|because)\b")
# A law or rules as the subject that states the figure ("National rules require", "League rules allow", "New quota
# rules allow"), or the law the figure's clause is under ("under Keldran law", "under national rules")
RULE_SUBJECT = re.compile(
    r"\W*(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){0,2}(?:rules|laws?|regulations)\s+"
    r"(?:say|says|require|requires|allow|allows|limit|limits|set|sets|cap|caps)\b"
)
# A period an appeal right runs for, the figure after it in its clause, where the right is the law's, to a court or from
# the notice itself: "A designated person may appeal within 21 days of this notice", "Any party may appeal to the
# magistrates' court within 21 days": a rule's limit, no one's, on a body's own page or in a document it issued
# (findings_owners41a #3). An appeal the body hears under its own rules ("An organisation may appeal within 28 days of
# the date on its decision letter", a funder's list) is its own limit, as blind88 labels it.
APPEALED_WITHIN = re.compile(rf"{APPEAL_WINDOW}[^.;:\n]{{0,80}}?\bwithin\s+(?:the\s+next\s+)?$")
_TO_A_COURT = re.compile(r"\bappeal\s+to\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:court|tribunal)\b", re.IGNORECASE)
_OF_THIS_NOTICE = re.compile(
    r"\s*(?:(?:days?|weeks?|months?)\s+)?(?:of|from)\s+(?:the\s+date\s+of\s+)?this\s+(?:notice|decision|order)\b"
)


def _law_s_appeal_window(sentence: str, figure: Figure) -> bool:
    """Whether a figure is the period a law's appeal right runs for, as a body's notice states it."""
    before = APPEALED_WITHIN.search(sentence, 0, figure.span[0])
    if before is None:
        return False
    return bool(_TO_A_COURT.search(before.group()) or _OF_THIS_NOTICE.match(sentence, figure.span[1]))


UNDER_RULE = re.compile(r"\b[Uu]nder\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:rules|laws?|regulations)\b")
_RULE_REACH = 60  # characters either side of a figure "under ... law" may stand in, within its clause
# A deed done under a law, its figure the direct object of a verb in the past or the perfect ("Police arrested 40
# people under the new law", "The ministry has fined 12 firms under national rules"): the doer's act, which the law
# does not state; not a passive that tells what the law sets ("is capped at 1,450", "will be docked 12 points")
DONE_UNDER_RULE = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"\b(?:[a-z]{2,}ed|paid|sent|made|took|seized|caught|brought|issued)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|a\s+further|another)\s+)?$"
)


def _set_by_rule(sentence: str, figure: Figure, reports: list[Report]) -> bool:
    """
    Whether the figure is a law's or a rule's: stated by one as its subject, or in a clause under one that no source
    reports ("under Keldran law he has 30 days"; not "The ministry said firms would face fines of up to 10 per cent
    under a new law", nor "The number of finds reported under the law rose to 1,106, according to the ministry").
    """
    if RULE_SUBJECT.match(sentence) is not None and _RULE_CLAUSE_END.search(sentence, 0, figure.span[0]) is None:
        return True
    start, end = max(0, figure.span[0] - _RULE_REACH), min(len(sentence), figure.span[1] + _RULE_REACH)
    under = UNDER_RULE.search(sentence, start, end)
    if under is None or not _within_clause(sentence, under.start(), figure.span[0]):
        return False
    if DONE_UNDER_RULE.search(sentence, max(0, figure.span[0] - 40), figure.span[0]) is not None:
        return False  # "It has closed 3 plants under the new rules": its act, not the rules' figure
    # (a report after the figure reports it: "..., according to the ministry")
    after = figure.span[0]
    return not any(r.subject and (r.position > after or _within_clause(sentence, r.position, after)) for r in reports)


def _within_clause(sentence: str, one: int, other: int) -> bool:
    """Whether no comma, semicolon, colon or clause-opening conjunction stands between two places of a sentence."""
    low, high = sorted((one, other))
    return _RULE_CLAUSE_END.search(sentence, low, high) is None


def _opening_clause_holds(sentence: str, figure: Figure, opening: re.Pattern, clause_end: re.Pattern) -> bool:
    """Whether the figure stands in the clause the sentence opens with (``opening``, up to ``clause_end``)."""
    text = DATELINE.sub("", sentence)
    found = opening.match(text)
    offset = len(sentence) - len(text)
    if found is None or offset + found.end() > figure.span[0]:
        return False
    return clause_end.search(sentence, offset + found.end(), figure.span[0]) is None


def _unset_standard(sentence: str, figure: Figure) -> bool:
    """Whether the figure is the value of a target, limit or standard, named with no one setting it."""
    before = UNSET_STANDARD_BEFORE.search(sentence, max(0, figure.span[0] - 80), figure.span[0])
    if before is not None:
        return _SETS_BEFORE.search(sentence, max(0, before.start() - 20), before.start()) is None
    after = UNSET_STANDARD_AFTER.match(sentence, figure.span[1])
    if after is None:
        return False
    the_before = _THE_BEFORE.search(sentence, max(0, figure.span[0] - 6), figure.span[0]) is not None
    return after.group(0).startswith(",") or the_before


# What may stand around a source's name before a description of it set off after it: an article, a comma
OF_SOURCE = re.compile(r"^\s*(?:the\s+)?|,?\s*$")
# A name the description is set off after: "SkyKestrel, which", "Lake Tessany, which"
NAMED_ANTECEDENT = re.compile(r"\b[A-Z][\w'’-]*,?\s*$")
DESCRIBED_REACH = 80  # characters before a figure its description's verb stands in


# What a relative clause tells news of, not background: a plan, a deal or a law, the thing the story is about ("The
# council approved a plan which moves 300 jobs to Velm", "announced a scheme that covers 1.2 million households")
NEWS_ANTECEDENT = re.compile(
    r"\b(?:plan|scheme|deal|contract|proposal|bill|law|policy|package|programme|program|agreement|budget|reform|"
    r"measure|order|project|strategy|initiative|settlement|offer)s?,?\s*$"
)


def _described(sentence: str, figure: Figure) -> re.Match | None:
    """
    The description set off in its sentence (DESCRIBED) whose verb the figure stands a few words after, if any; not
    what a plan or a deal will do (NEWS_ANTECEDENT), which is its news.
    """
    described = DESCRIBED.search(sentence, max(0, figure.span[0] - DESCRIBED_REACH), figure.span[0])
    if described is not None and NEWS_ANTECEDENT.search(sentence, max(0, described.start() - 40), described.start()):
        return None
    return described


def _tells_description(report: Report, figure: Figure, described: re.Match) -> bool:
    """
    Whether a source's report tells the description as part of what it reports: one whose cue stands before it
    ("Drummond said the outage hit the terminal, which supplies about a third of the gas"), unless the description is
    of the source itself ("according to the Freight Association, whose members move 31 million tonnes"); one that
    closes the sentence, when the description is of a thing it tells of by a common noun ("The plant, which covers
    380 hectares, produced 236 gigawatt-hours, Helionor said"), not of a body or place by its name ("SkyKestrel, which
    bases four aircraft at Aysford, carried 60 per cent of passengers, the airport said").
    """
    text = described.string
    if not report.subject or report.position >= figure.span[0]:
        return report.postposed and NAMED_ANTECEDENT.search(text, 0, described.start()) is None
    if report.end <= described.start() and not text[report.end : described.start()].strip():
        # "The company said that moves 300 jobs": a "that" right after the cue opens what it reports, no description
        return described.group(0).lstrip(", ").lower().startswith("that")
    # what stands between the cue and the description: nothing but a comma, or the source named after its cue
    between = OF_SOURCE.sub("", text[report.end : described.start()]) if report.end <= described.start() else None
    return between not in ("", report.subject)


def _put_to_you(sentence: str, figure: Figure) -> bool:
    """
    Whether a question puts the one interviewed their own figure: what they said or set out to do ("You planned to
    open 40 pubs"), their document ("Your own figures show"), or the object of their own act ("You fined Morval Post
    2.2 million", "You're closing 60 branches"), not a figure the act only leads to ("You took over a side that has
    lost 12 games").
    """
    put = PUT_TO_YOU.match(sentence)
    if put and (put.group("act") or put.group("doing")):
        return not NOT_THE_ACT_S_OBJECT.search(sentence, put.end(), figure.span[0])
    return bool(put or YOURS_PUT.match(sentence))


def _background_holds(sentence: str, figure: Figure) -> bool:
    """Whether the figure stands in the background clause the sentence opens with, not in one after it."""
    return _opening_clause_holds(sentence, figure, OPENING_BACKGROUND, _BACKGROUND_CLAUSE_END)


# A market report's market (a livestock mart, a fish auction, a commodity exchange) by its name, which a reported
# source must give it ("Esselby Mart", not "Weekly market report: ..." nor "the market")
_MARKET_HEAD = r"(?:Mart|Market|Auction|Sale\s?[Yy]ard|Exchange)"
MARKET_NAME = re.compile(rf"(?!The\s)(?:[A-Z][\w'’-]*\s+){{1,3}}{_MARKET_HEAD}")
# (or a sale by its place, or by the body that holds it, and what it sells: "the Oskeby sale", "the Kessmark Wool
# Board's Kelsby sale", "the Kelsby grain exchange"; a sale named by its day or month is no other market: "the
# December sale", _NOT_PLACE)
# (a kind before "market" only where it names what is sold there: "the Kelsby wholesale market", not "the Kelsby
# property market" nor "the UK jobs market", an economy's, which holds no sale)
_MARKET_KIND = (
    r"(?:[a-z]+\s+)?(?:mart|auction|sale\s?yard|exchange)|"
    r"(?:(?:wholesale|farmers['’]?|cattle|livestock|sheep|pig|horse|fish|produce|fruit|flower|meat|grain|corn|wool|"
    r"vegetable|cheese|street|covered|indoor)\s+)?market"
)
_MARKET = (
    rf"(?!The\s)(?:(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{_MARKET_HEAD}|{_MARKET_KIND})|"
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?:[a-z]+\s+)?sale\b)"
)
# The market named as selling or holding the sale: "Esselby Mart sold 2,840 prime lambs", "... held its sale"
MARKET_SELLS = re.compile(rf"\W*(?:[Tt]he\s+)?(?P<market>{_MARKET})\s+(?:sold|held|had|saw|penned)\b")
# or by its head alone, the page having named it in full: "The Exchange sold 318 tonnes of fish" after "at the Port
# Anselm Fish Exchange this week"
MARKET_HEAD_SELLS = re.compile(rf"\W*[Tt]he\s+(?P<head>{_MARKET_HEAD})\s+(?:sold|held|had|saw|penned)\b")
# (or put through its ring: "Tolvern Mart had 1,046 cattle through the ring", "had 412 ewes forward")
SALE_HELD = re.compile(r"\b(?:sold|sale|held|through\s+the\s+ring|forward|penned|on\s+offer)\b")
# What a sale's figure is, in the words before it: a price, an average, a number sold or entered ("Prime lambs
# averaged", "The top price was", "with the best calves making", "Entries were down")
SALE_WORDS = re.compile(
    r"\b(?:[Aa]verag(?:ed|ing|e)|sold|sell(?:s|ing)?|sales?|made|making|fetch(?:ed|ing)|topp(?:ed|ing)|[Tt]op|"
    r"[Pp]rices?|paid|[Ee]ntr(?:y|ies)|entered|forward|penned|realis(?:ed|ing)|offered|[Tt]otal(?:led|ed)?|"
    # a price's move through the sale: "Whiting eased to 2.15 a kilo", "carrots were unchanged at 24.00"
    # ('closed' only once the report's market is known: "Shares in X closed at 212 on the Y Stock Exchange" is a share
    # price, no sale's lead, _market_lead)
    r"eased|firmed|slipped|dipped|climbed|unchanged|steady|closed|"
    r"(?:led|headed)\s+the\s+trade)\b"  # (and "topped the trade", by "topped")
)
# What a sale's figure is, in the words right after it: "212 lots were offered", "1,240 tonnes changed hands"
SALE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:were|was|had\s+been)\s+(?:offered|sold|entered|penned|forward)|changed\s+hands|"
    # what went through the ring, and how it sold: "1,046 cattle through the ring", "A handful of boars sold to local
    # farms", "a handful went home unsold", "Thirty-two calves met a steady trade"
    r"through\s+the\s+ring|(?:were\s+|was\s+)?(?:on\s+offer|forward)|sold|went\s+(?:home|back)\s+unsold|"
    # a fish market's landing and what it auctioned: "Six boats landed", "1,840 boxes went under the hammer"
    r"landed|went\s+under\s+the\s+hammer|"
    r"met\s+an?\s+(?:[a-z]+\s+)?trade)\b"
)
SALE_REACH = 100  # characters before a figure its sale's words stand in
# Another market's price, set beside the sale's: "against 1,310 at Haverlow mart on Monday"
OTHER_MARKET = re.compile(rf"(?:\s+[a-z]+){{0,3}}?\s+at\s+(?:the\s+)?(?P<market>{_MARKET})\b")
# A market report's lead names its market as where the sale was held: "4,310 boxes were sold at the Pellow Bay Fish
# Auction", "Maincrop averaged 31.40 at Dunholt Produce Exchange on Thursday"
MARKET_AT = re.compile(rf"\b(?:at|on)\s+(?:the\s+)?(?P<market>{_MARKET})\b")
# or datelines it at its market, in capitals or by its name and the day of the sale: "SALTMERE FISH EXCHANGE - Large
# hake made ...", "Halberstad Flower Auction, Monday: Red roses led a busy clock"
MARKET_DATELINE = re.compile(
    r"(?P<market>(?:[A-Z][A-Z'’-]*\s+){1,3}(?:MART|MARKET|AUCTION|EXCHANGE|SALE\s?YARD))\s*[—–-]+\s|"
    rf"(?P<named>{MARKET_NAME.pattern}),\s+{WEEKDAY_NAME}:\s"
)
# A report turning to another market, whose sale its sentences then tell: "Trade on the Kelsby grain exchange was quiet"
MARKET_TURN = re.compile(
    rf"\W*(?:Trade|Business|Bidding|Demand)\s+(?:on|at)\s+(?:the\s+)?(?P<market>{_MARKET})\s+(?:was|were|is|has)\b"
)
MARKET_LEAD_WITHIN = 2  # the sentences with figures a market report's lead takes
# In a market report, the sale of another market by its place, opening the sentence ("Skerrin sold 1,190 boxes") or
# after a price ("Large hake made 6.80 at Skerrin"), or a sentence set at it ("At the Tarnsund timber yard, ...")
_PLACE = r"(?!(?:The|A|An|It|Its|This|That|They|Buyers|Prices)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
PLACE_SELLS = re.compile(rf"\W*(?P<market>{_PLACE})\s+(?:sold|penned)\s+(?:some\s+|about\s+)?\d")
OTHER_PLACE = re.compile(rf"(?:\s+[a-z]+){{0,3}}?\s+at\s+(?P<market>{_PLACE})\b")
# or turning to another seller elsewhere: "Elsewhere, the Hollin Cross wool store sold medium wool at 1.85"
# (a seller by its kind, not a vendor in the same ring: "Meanwhile, Tom Harker sold a pen of 20 lambs at 131")
ELSEWHERE_SELLS = re.compile(
    rf"\W*Elsewhere,\s+(?:the\s+)?(?P<market>(?:[A-Z][\w'’-]*\s+){{1,3}}(?:(?:[a-z]+\s+)?store|{_MARKET_KIND}))\s+"
    r"(?:sold|penned)\b"
)
AT_MARKET_OPENING = re.compile(
    r"\W*(?:[A-Z][a-z]+,\s+)?(?:At|In)\s+(?:the\s+)?(?P<market>(?:[A-Z][\w'’-]*\s+){1,3}"
    rf"(?:{_MARKET_KIND}|(?:[a-z]+\s+)?yard)),"
)
# a day or a season, not a place: "made 6.80 at Easter", "the Boxing Day sale" (a shop's, no market's)
_NOT_PLACE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|Easter|Christmas|Boxing\s+Day|Black\s+Friday|Cyber\s+Monday|"
    r"New\s+Year|Spring|Summer|Autumn|Winter)\b"
)

# A count's declaration: its cue ("The returning officer, Jory Kettlewell, declared that she had won 1,204 votes")
DECLARING_CUE = re.compile(r"(?:declar|announc)(?:e|es|ed|ing)\b")
# A count declared by its officer in the passive: "Pell was declared the winner with 2,310 votes by the returning
# officer, Mark Dunne"
_CAPITALISED = r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
DECLARED_BY = re.compile(
    rf"\b(?:was|were)\s+declared\b(?:(?!\bby\b)[^;:]){{0,120}}\bby\s+"  # its first "by", not "by 412 votes"
    rf"(?:the\s+(?P<role>(?:[a-z-]+\s+){{0,2}}officer)(?:,\s+(?P<name>{_CAPITALISED}))?|(?P<agent>{_CAPITALISED}))"
)
# What a declaration declares when it is a count's: its result, the votes, the poll ("declared the result")
COUNT_DECLARED = re.compile(r"\b(?:results?|count|vot(?:es|ed|ing)|ballots?|poll|winner|elected)\b")
DECLARING_OFFICE = re.compile(r"\b(?:officer|scrutineer|clerk|commission|board)\b", re.IGNORECASE)
COUNT_UNITS = BALLOT_UNITS | {"papers"}  # and "papers" read alone ("14 papers were rejected")
# A count's own measure, in the figure's clause: "Turnout was 31.4 per cent", "Clarebrook's majority was 312"
COUNT_MEASURE = re.compile(
    # (not a turnout a rule asks for: "a ballot is valid only with a turnout of at least 50 per cent")
    r"(?<!\ba\s)\b(?:[Tt]urnout|[Mm]ajority)\s+(?:(?:was|is|of|at|stood\s+at|fell\s+to|rose\s+to)\s+)?"
    r"(?:[a-z]+\s+){0,2}$"
)
# "fewer than a third of voters turned out": a turnout told by its share of the electorate
TURNED_OUT_AFTER = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|the\s+ward's\s+)?(?:voters|electors|electorate|those\s+eligible(?:\s+to\s+vote)?)"
    r"\s+(?:had\s+)?(?:turned\s+out|voted|cast\s+(?:a\s+)?(?:votes?|ballots?))\b"
)
# the story's first sentences with figures, whose counts the officer the page then names declared
COUNT_LEAD_WITHIN = 2
# A page of briefs or bulletins: at least this many paragraphs open on a dateline of their own ("KESTRICK, 2 June -",
# "SALTHERNE -"), each an item that stands alone; a wire story has one, a transcript's labels are read as turns
BRIEF_ITEMS = 3
# "14 ballot papers were rejected": rejected or spoilt ballots
REJECTED_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:were|was|had\s+been)\s+(?:rejected|spoilt|spoiled)\b")


def _dated_items(text: str) -> int:
    """The paragraphs of ``text`` that open on a dateline of their own: a page of briefs has one for each item."""
    return sum(1 for line in text.split("\n") if DATELINE.match(line))


def _live_page(text: str) -> bool:
    """
    Whether ``text`` is a live page, a run of posts each under its time stamp (tests/ingest_labelling.md, "Live
    blog"): its body opens on a post's stamp, or at least BRIEF_ITEMS paragraphs open on one, as a page of briefs is
    told by its datelines. A news story that tells its night hour by hour ("21:40 Officers arrived ...") opens on its
    lead, not on a stamp, and its speakers carry through the timeline as through any story's paragraphs.
    """
    lines = text.lstrip().split("\n")
    return POST_STAMP.match(lines[0]) is not None or sum(1 for line in lines if POST_STAMP.match(line)) >= BRIEF_ITEMS


def _market(name: str) -> Speaker | None:
    """
    The market a report names: by the body that holds its sale where it names one ("the Kessmark Wool Board's Kelsby
    sale" is the Board's), none where it names a sale only by its day or month ("the December sale").
    """
    if _NOT_PLACE.match(name) is not None:
        return None
    owner = re.match(r"(.+?)['’]s\s", name)
    # (a possessive in a market's own name is no owner: "St John's Mart")
    if owner is None or MARKET_NAME.fullmatch(name) is not None:
        return Speaker(name, "asserts")
    if looks_like_body(owner.group(1)) or MARKET_NAME.fullmatch(owner.group(1)) is not None:
        return Speaker(owner.group(1), "asserts")
    return None  # an auction house's or a shop's sale: "at Marbury's Vennmouth sale", no market report's


def _market_figure(sentence: str, figure: Figure, market: Speaker) -> Speaker | None:
    """
    The market whose figure a market report gives without a reporting verb: another market's price is that market's
    ("against 1,310 at Haverlow mart"), the sale's prices, averages, numbers sold and entries the report's market's.
    """
    other = OTHER_MARKET.match(sentence, figure.span[1], figure.span[1] + 80)
    if other is not None and (elsewhere := _market(other.group("market"))) is not None:
        return elsewhere
    before = SALE_WORDS.search(sentence, max(0, figure.span[0] - SALE_REACH), figure.span[0])
    if before is None and SALE_AFTER.match(sentence, figure.span[1], figure.span[1] + 60) is None:
        return None
    place = OTHER_PLACE.match(sentence, figure.span[1], figure.span[1] + 60)
    name = place.group("market") if place is not None else None
    if name is not None and _NOT_PLACE.match(name) is None and not (market.name or "").startswith(name):
        return Speaker(name, "asserts")  # "Large hake made 6.80 at Skerrin": another market's price by its place
    return replace(market, via=None, stance="asserts")


def _sentence_market(sentence: str, text: str, market: Speaker) -> Speaker:
    """
    The market whose sale a sentence of a market report tells: one set at another market ("At the Tarnsund timber
    yard, ...") or opening on another's place selling ("Skerrin sold 1,190 boxes", a place the page names as one:
    "at Skerrin"), else the report's own.
    """
    opening = AT_MARKET_OPENING.match(sentence) or ELSEWHERE_SELLS.match(sentence)
    if opening is not None:
        return Speaker(opening.group("market").strip(), "asserts")
    sells = PLACE_SELLS.match(sentence)
    name = sells.group("market") if sells is not None else None
    if name is None or (market.name or "").startswith(name) or _NOT_PLACE.match(name) is not None:
        return market
    # a place, not a kind of stock: the page names it after a lower-case word too ("at Skerrin", "from Skerrin")
    placed = re.search(rf"\b[a-z]+\s+{re.escape(name)}\b", text) is not None
    return Speaker(name, "asserts") if placed else market


def _declared_by(sentence: str) -> Speaker | None:
    """The officer a passive declaration names as its agent, by name when the page names them."""
    declared = DECLARED_BY.search(sentence)
    if declared is None:
        return None
    return Speaker(declared.group("name") or declared.group("role") or declared.group("agent"), "asserts")


def _declared_count(sentence: str, figure: Figure) -> bool:
    """Whether ``figure`` is a count's votes, majority, turnout or rejected ballots; not seats nor the register."""
    clause = re.split(r"[,;:]", sentence[: figure.span[0]])[-1]
    if figure.unit in COUNT_UNITS or COUNT_MEASURE.search(clause) is not None:
        return True
    return REJECTED_AFTER.match(sentence, figure.span[1], figure.span[1] + 60) is not None


def _count_figure(sentence: str, figure: Figure, officer: Speaker) -> Speaker | None:
    """
    The declaring officer, for a count's figure told without a reporting verb ("Fenn came second with 892 votes",
    "Turnout was 31.4 per cent").
    """
    return replace(officer, via=None, stance="asserts") if _declared_count(sentence, figure) else None


def counted_at_count(sentence: str, figure: Figure) -> bool:
    """Whether ``figure`` is a count's own, a turnout told by its share of voters included ("a third turned out")."""
    if _declared_count(sentence, figure):
        return True
    return TURNED_OUT_AFTER.match(sentence, figure.span[1], figure.span[1] + 60) is not None


# A sentence opening on more of what the report just counted, the figure right after it: "Another 1,200 are without
# power", "A further 85 wells failed", "The remaining three routes will run"; not another actor ("Another operator
# handled 300", which has no figure in the opening)
MORE_OPENING = re.compile(
    r"\W*(?:Another|A\s+further|Further|An\s+(?:additional|extra)|The\s+(?:remaining|other|last|final))\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|over|under|more\s+than|fewer\s+than|less\s+than|up\s+to|at\s+least)"
    r"\s+)?(?=\S)"
)
# or on the rest of it, or a part of it by a pronoun or the noun counted: "The rest come from", "Most of them", "Seven
# of the 40 shops"
# (a part led by a figure or a quantity, not any "X of the": "Friends of the Earth", "Residents of the estate"; nor the
# body's own staff or members, its background: "Most of the staff")
REST_OPENING = re.compile(
    r"\W*(?:The\s+(?:rest|remainder)\b|(?:Some|Most|All|None|Many|Several|Half|\d[\d,]*|(?:One|Two|Three|Four|Five|Six|"
    r"Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Hundreds|Thousands|Dozens))"
    r"\s+of\s+(?:them|those|these|the\b(?!\s+(?:staff|workforce|employees|members|volunteers)\b)))\b"
)
# The period the report just gave, taken up: "over the same period", "in the same week"
SAME_PERIOD = re.compile(
    r"\b(?:over|in|during|for|across|from)\s+the\s+same\s+(?:period|time|week|month|quarter|year|season|months|weeks|"
    r"years|days?)\b"
)
# Another actor set off as the source's rival before the figure: "Calder airport, its nearest rival, handled"
RIVAL_NAMED = re.compile(r"\b(?:[Rr]ivals?|[Cc]ompetitors?)\b")
# A group opening that gives no group of the count: a span of time ("For decades"), the whole trade or country ("Across
# the industry") or the source's neighbours ("Among its neighbours"), which the paper sets against the report
GROUP_NOT_COUNTED = re.compile(
    r"\W*(?:For\s+(?:(?:many|several|some|a\s+few|the\s+past|the\s+last)\s+)?(?:decades|years|months|weeks|days|"
    r"generations|centuries|a\s+(?:decade|generation|century|while|time|long\s+time))\b|"
    r"Across\s+the\s+(?:whole\s+)?(?:industry|sector|country|nation|continent|world|economy|market|board)\b|"
    r"(?:Among|Across)\s+(?:its|their|his|her)\s)"
)
# What names another as the doer after the figure ("are planned by a private developer", "by Brisk Homes"), or dates
# it to a year of its own ("were hit by the 2021 storm", "in 2019")
AGENT_AFTER = re.compile(
    rf"\bby\s+(?:[A-Z]|(?:an?|the|its|their)\s+(?:[a-z-]+\s+){{0,2}}?(?:{ROLE_WORDS}|{ORG_HEADS})\b)"
)
YEAR_OF_ITS_OWN = re.compile(r"\b(?:in|since|the|of|by)\s+(?:19|20)\d\d\b")
# The paper's own comparison or history inside a run of shifted speech: "A similar bridge in Varno could carry",
# "when it opened in 1990"
SHIFTED_RUN_BREAKS = re.compile(
    r"\b(?:[Ss]imilar|[Cc]omparable)\b|\b(?:opened|built|closed|began|started|completed|was|were)\s+in\s+(?:19|20)\d\d\b"
)
# What ends the clause an opening governs: "Most of the catch leaves by air, and under the rules every box ..."
OPENING_CLAUSE_ENDS = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|although|though|yet)\b|\s+but\s")


def _report_carried_on(sentence: str, figure: Figure, source: Speaker, same_paragraph: bool) -> Speaker | None:
    """
    "The ministry said 4,000 homes were hit. Another 1,200 are without power.": a sentence right after a report, in its
    paragraph, with no reporting verb, quotation or first person of its own, that carries the count on by its opening
    (more of what was counted, the rest of it or a part of it, the group a figure is given for: "Of the 96 vehicles on
    board, 31 were destroyed", "For graduates who took out loans before 2016, the rate will rise to 4.5 per cent") or
    by taking up the period the report gave ("Gas boiler sales fell 9 per cent over the same period") is the source's
    (tests/ingest_labelling.md, "Carrying on a report"). Background set off in it or history told from a year is not.
    """
    if not same_paragraph:
        return None
    before = sentence[: figure.span[0]]
    if has_cue(sentence) or BACKGROUND_CLAUSE.search(before) or HISTORY_OPENING.match(sentence):
        return None
    if FIRST_PERSON.search(sentence) or _background_holds(sentence, figure):
        return None
    if source.stance in FAULTED:
        return None  # "The company denied it had cut 300 jobs. Another 200 went": a denial asserts nothing to carry on
    more = MORE_OPENING.match(sentence)
    # (the figure is the opening's own: at most a word stands between, "Another 1,200", "A further three wards")
    more_figure = more is not None and len(sentence[more.end() : figure.span[0]].split()) <= 1
    # another actor, on their own account: "Rival Calder airport handled", "Calder airport, its nearest rival,"
    other = None if more_figure else OTHER_ACTOR_OPENING.match(sentence)
    if other is not None and (other.group("body") is None or other.group("body") not in (source.name or "").lower()):
        return None
    if RIVAL_NAMED.search(before) or GROUP_NOT_COUNTED.match(sentence):
        return None
    if AGENT_AFTER.search(sentence, figure.span[1]) or YEAR_OF_ITS_OWN.search(sentence):
        return None
    opening = REST_OPENING.match(sentence) or GROUP_OPENING.match(sentence)
    opened = opening is not None and not OPENING_CLAUSE_ENDS.search(sentence, opening.end(), figure.span[0])
    if more_figure or opened or SAME_PERIOD.search(sentence):
        return replace(source, via=None, stance="asserts")
    return None


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


def part_set_off(sentence: str, figure: Figure, earlier: list[Mention]) -> Speaker | None:
    """
    The source of a count the sentence gave before a part of it set off after a comma ("He counted at least 40 fallen
    trees on the stretch, three of them blocking both lanes"): whoever counted the whole counted its part.
    """
    if not OF_THEM_AFTER.match(sentence, figure.span[1]):
        return None
    for before in reversed(earlier):
        at = sentence.find(before.figure) if before.speaker and before.figure else -1
        if at >= 0 and at + len(before.figure) <= figure.span[0]:
            if SET_OFF_PART.fullmatch(sentence, at + len(before.figure), figure.span[0]):
                return Speaker(before.speaker, "asserts", None, before.speaker_anonymous)
            return None
    return None


def _same_source(one: Speaker, other: Speaker | None) -> bool:
    """Whether two speakers are the same source, one perhaps by a shorter name ("the agency", "Marsk Water Agency")."""
    if other is None or not one.name or not other.name:
        return False
    a, b = (re.sub(r"^the\s+", "", name.lower()) for name in (one.name, other.name))
    return a in b or b in a


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


# A court a court report names ("Kestrick Crown Court", "the Commercial Court in Hallowgate") and its judge ("Judge
# Rosalind Keir", "Mrs Justice Fenwick-Ardoy", "District Judge Ola Berg")
# (not a capitalised word that opens a sentence: "At Lindby Crown Court" names Lindby Crown Court)
COURT_NAMED = re.compile(r"\b(?!(?:At|In|On|The|From|Outside|Inside|Before|To|By)\s)(?:[A-Z][\w'’-]+\s+){1,4}Court\b")
JUDGE_NAMED = re.compile(
    r"\b(?:(?:Mrs?|Ms|Lord|Lady)\s+Justice|Judge|Magistrate|Sheriff|"
    # a justice by first name and surname ("Justice Maren Foss"), not the ministry or its minister
    r"Justice(?=\s+[A-Z][a-z]+\s+[A-Z])(?!\s+(?:Minister|Ministry|Secretary|Department)\b))"
    r"\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
)
_JUDGE_TITLES = ("Judge", "Justice", "Magistrate", "Sheriff")  # one of which every match of JUDGE_NAMED holds
# What a court gives: a fine, costs, compensation or damages it orders, an award, or the terms of paying them ("has been
# fined 240,000", "ordered Calder Marine to pay 75 per cent of its costs", "allowed it to pay the fine in 18 monthly
# instalments", "a fine of 400,000"); read in the figure's clause, up to the figure
COURT_ORDER = re.compile(
    r"\b(?:fined|(?:fine|compensation|damages|costs|award)\s+of|awarded|"
    # the one ordered to pay may be set off with their age: "ordered Karl Steen, 51, to repay"
    r"ordered\b(?:[^,;:\d]|,\s\d{1,3},){0,48}?\bto\s+(?:(?:re)?pay|lodge|deposit|forfeit|surrender)|"
    # or the court orders what it takes: "ordered the confiscation of 2.1 million"
    r"ordered\s+the\s+[a-z]+\s+of|"
    r"pay\s+(?:the|a|its|his|her|their)\s+(?:fine|costs|compensation|damages)\s+(?:in|over))\b[^,;:\d]{0,40}$|"
    # or the terms of the sum it orders paid, after it: "ordered him to repay 126,000 within 90 days", "ordered the
    # group to pay the council's costs, capped at 35,000", "gave the company 60 days to repay the tenants with interest
    # at 4 per cent"
    r"\b(?:ordered|gave)\b[^;:.]{0,60}?\bto\s+(?:re)?pay\b[^;:.]{0,80}?"
    r"(?:\bwithin|,\s+capped\s+at|,?\s+with\s+interest\s+at|"
    # and a further sum in the same order: "ordered the party to pay 151,500 dorrins, ..., and 22,000 dorrins towards"
    r",\s+and)\s+$|"
    # the one fined may be set off with its name: "fined his company, Mesk Haulage, 18 million"
    r"\bfined\s[^,;:\d]{1,40},\s+[A-Z][\w'’ -]{1,40},\s+$"
)


# The time the court gives to pay what it ordered, to the one it gave it by name or a pronoun: "She gave the company 28
# days to pay", "gave them 21 days to repay" (not "It has 14 days to pay", told in the reporter's voice)
GAVE_TIME = re.compile(r"\bgave\s+(?:him|her|them|it|(?:the|his|her|its)\s+[a-z]+|[A-Z][\w'’-]+)\s+$")
# (after the figure, its unit read with it or not)
TO_PAY = re.compile(r"(?:\s+(?:days|weeks|months))?\s+to\s+(?:re)?pay\b")


# A fine a court named in the sentence gave, told in the passive: "was fined 85,000 marrets at Skellow District Court
# yesterday", "were each fined 3,200 marrets at Skellow District Court"; the court's, its judge's by name
_FINED = r"\b(?:was|were|been)\s+(?:each\s+)?fined\s+"
FINED_PASSIVE = re.compile(_FINED + "$")
# (or by its kind with "the", as the report's own court: "was fined 180,000 kordels by the district court on
# Thursday"; "by a court in Tarrow" is some other court)
AT_COURT = re.compile(
    rf"[^,;.\d]{{0,30}}?\s(?:at|by)\s+(?:(?:the\s+)?{COURT_NAMED.pattern}|the\s+(?:[a-z]+\s+)?(?:court|tribunal)\b)"
)
# A fine told as an earlier one, which the court heard of rather than gave: "had been fined 2,500 ... in 2019",
# "was previously fined"
EARLIER_FINE = re.compile(r"\bhad\s+(?:\w+\s+)?been\b|\b(?:previously|earlier|already)\b|\bin\s+(?:19|20)\d\d\b")
# The order the same sentence goes on to after such a fine: "was fined 180,000 by the district court on Thursday and
# ordered to repay 412 tenants"
AND_ORDERED = re.compile(r"\band\s+(?:was\s+|were\s+)?ordered\s+to\s+(?:re)?pay\s+(?:[a-z]+\s+){0,3}$")


# A label naming the speech or statement the points after its colon come from: "Key measures at a glance, from the
# finance minister's statement: Fuel duty up 6 per cent from midnight; ..."
POINTS_FROM = re.compile(
    r"\bfrom\s+(?P<owner>(?:the\s+)?[\w -]{1,60}?)['’]s\s+(?:[a-z]+\s+)?(?:statement|speech|address|announcement)\s*:\s"
)
# A lead-in naming who gives the list its colon opens: "The compensation scheme, as set out by the finance ministry:",
# "Saltmarsh read out the totals so far:", "The agency listed its new charges:" (tests/ingest_labelling.md, "Lists with
# the unit given once": each figure is said by whoever the form gives the list to)
_LISTING_VERB = r"(?:set\s+out|read\s+out|listed|gave|announced|published|released|confirmed|declared)"
_LISTED_FIGURES = (
    r"(?:totals?|figures?|numbers|results|counts?|breakdown|charges|fees|prices|rates|fares|list|details|tally|"
    r"scores|votes|data|statistics|estimates?|forecasts?|accounts|schedule|budget|tariffs?)"
)
LIST_GIVEN_BY = re.compile(
    rf"\b(?:as\s+)?{_LISTING_VERB}\s+by\s+(?P<owner>(?:the\s+)?[\w'’ -]{{1,60}}?)\s*:\s"
    rf"|^\W*(?P<subject>(?:[Tt]he\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)(?:,\s+(?P<apposed>[A-Z][^,:;\"“”]{{1,60}}),)?"
    rf"\s+{_LISTING_VERB}\s+(?:the|its|his|her|their)\s+"
    # ... the figures it gives: "the totals so far:", "its new charges:" (not "gave the plan a cold welcome:")
    rf"(?:[^:;,\"“”]{{0,40}}\s)?{_LISTED_FIGURES}\b[^:;,\"“”]{{0,30}}:\s"
)
# What may stand before a judge's name opening a paragraph: its quotation mark, a rank ("District Judge Carys Mallon")
JUDGE_RANK = re.compile(r"\W*(?:[A-Z][a-z]+\s+(?=Judge\b))?")
# A sentence's end with another after it, inside a paragraph
# (what it opens with: a quotation, a pronoun, or another subject)
NEXT_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s+(?P<opens>[\"“‘]|He\b|She\b|[A-Z])")
# Who a quotation is said by, in the report after it: '"...," she said', '"...," the judge told him'
QUOTE_SAID_BY = re.compile(r"[,?!.][\"'”’]\s+(?P<who>[\w'’ -]{1,40}?)\s+(?:said|added|told)\b")


# A sentence whose subject is the court or its judge, acting: "He fined the company", "She also ordered him to pay",
# "Sentencing, Judge Keir allowed ...". The labels of the sets before blind37 leave a fine told in the passive ("has
# been fined 2.4 million") to no one, and the rule since does not say whose it is when no judge gives it; one that
# names the court giving it is that court's (FINED_PASSIVE, AT_COURT)
JUDGE_ACTS = re.compile(
    r"(?:^|(?<=[.!?]\s))\W*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?"
    # a judge named as JUDGE_NAMED names one, with any rank before ("District Judge Ola Berg")
    rf"(?P<subject>He|She|The\s+(?:judge|court)|(?:[A-Z][a-z]+\s+)?{JUDGE_NAMED.pattern}|"
    # the court by its kind, where it sits: "An employment tribunal in Saltmere has ordered"
    r"(?:An?|The)\s+(?:[a-z]+\s+)?(?:court|tribunal)(?:\s+(?:in|at)\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:(?:has|have|had|also|then|further|later|finally)\s+)*"
    # or acts second, after another act in the same sentence: "Judge Marta Solberg refused a defence request to dismiss
    # the case and ordered the firm to pay"
    r"(?:[^.;:\d]{1,80}?\s+and\s+)?"
    r"(?:fined|ordered|awarded|allowed|gave|imposed|told)\b"
)


def _same_judge(short: str, full: str) -> bool:
    """Whether ``short`` names the judge ``full`` names more fully: by title and surname ("Judge Sarr")."""
    words, more = short.split(), full.split()
    return len(words) < len(more) and words[-1] == more[-1] and words[0] == more[0]


def _court(text: str) -> str | None:
    """A court report's court: its one judge by name, or else the one court it names, or None."""
    # (each pattern is tried only on a page with a word it needs: most pages name no judge and no court)
    named = any(title in text for title in _JUDGE_TITLES)
    judges = {found.group(0) for found in JUDGE_NAMED.finditer(text)} if named else set()
    # "Judge Irmelin Sarr" then "Judge Sarr": one judge, by the fullest name the page gives
    judges = {judge for judge in judges if not any(other != judge and _same_judge(judge, other) for other in judges)}
    if len(judges) == 1:
        return judges.pop()
    courts = {found.group(0) for found in COURT_NAMED.finditer(text)} if not judges and "Court" in text else set()
    return courts.pop() if len(courts) == 1 else None


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


# What "according to" names after the owner its report keeps: "according to Castelmor Transit's figures"
# (or its register or tables: "according to the Electoral Office's annual register")
ACCORDING_TO_OWNED = re.compile(
    rf"\s[^,;:]*?['’]s?\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:{DOCUMENT_SOURCE.pattern}|(?:register|table)s?\b)", re.IGNORECASE
)


def _found_by_document(reports: list[Report]) -> bool:
    """
    "The report ... found that 63 per cent ...", "..., the report says": a document's findings run on as a body's
    statistics do, whichever side of its figures the reporting clause stands.
    """
    return any(r.subject and DOCUMENT_SOURCE.search(r.subject) for r in reports)


def _document_cited(reports: list[Report]) -> bool:
    """
    "A spokesperson said 610,000 adults hold dental plans, according to an industry survey": a document that a source
    speaking first in the sentence cites, which is no data of that source's own to run on.
    """
    first = next((r.subject for r in reports if r.subject), None)
    return first is not None and not DOCUMENT_SOURCE.search(first) and _found_by_document(reports)


def _according_to_owned(sentence: str, reports: list[Report]) -> bool:
    """
    Whether the sentence gives its figures "according to" a source's own document, which makes the source a body
    whose statistics run on, whatever its name looks like: "according to Castelmor Transit's figures" (the report
    keeps only the owner, with or without its article: "according to the Electoral Office's annual register").
    """
    return any(
        r.subject
        and (sentence.startswith(r.subject, r.end + 1) or sentence.startswith(f"the {r.subject}", r.end + 1))
        and ACCORDING_TO_OWNED.match(sentence, r.end)
        for r in reports
    )


def _lead_source(sentence: str, reports: list[Report], given: Speaker, memory: SpeakerMemory) -> Speaker | None:
    """
    The survey, poll or analysis a story's opening sentence reports ("..., according to a Tallis Research survey",
    "..., an Estervale Now analysis of 48,000 listings has found"): the story is its findings. By the name the
    sentence gave its figures, if it has any.
    """
    report = _reported_document(sentence, reports)
    if report is None:
        # "according to figures published by the national housing agency": the body's findings, by its name
        # (or "according to the Electoral Office's annual register": the body's own document, by its owner's name)
        owned = _according_to_owned(sentence, reports) and (_is_body(given) or _known_body(given, memory))
        return Speaker(given.name) if owned or _bodys_document(sentence, reports, given, memory) else None
    name, anonymous = (given.name, given.anonymous) if given.name else name_of(report.subject or "", memory)
    # a source it names ("new figures show" names none)
    named = name is not None and not anonymous and not name.islower()
    return Speaker(name) if named else None


def take_up_lead(mention: Mention, lead: Speaker) -> Mention:
    """
    A figure of a story's opening on findings it did not say whose, given to the body the next sentence reports: when
    the opening gave it no one, or only the document itself ("most complete survey", "new figures"), no name.
    """
    said, name = mention.speaker, lead.name
    unnamed_document = said is not None and said.islower() and DOCUMENT_SOURCE.fullmatch(said.split()[-1]) is not None
    unnamed_document = unnamed_document or (said is not None and _bare_kind(said))  # "operator", "the company"
    # a body by its name or a kind with a word of which ("education ministry"), not "office" nor a document
    body = name is not None and (not name.islower() or (" " in name and DOCUMENT_SOURCE.search(name) is None))
    if not body or mention.speaker_anonymous or not (said is None or unnamed_document):
        return mention
    return replace(mention, speaker=name)


def _bare_kind(name: str) -> bool:
    """A body given only by the kind it is ("operator", "company"), which names none."""
    return ORG_HEAD_WORD.fullmatch(name) is not None


def _reported_document(sentence: str, reports: list[Report]) -> Report | None:
    """The first report of a survey, poll or other document in a sentence: "according to a survey", "a study found"."""
    for report in reports:
        if not report.subject:
            continue
        surveyed = "ccording to " in sentence and ACCORDING_TO_SURVEY.search(sentence) is not None
        if surveyed or DOCUMENT_SOURCE.search(report.subject):
            return report
    return None


# The body's own document its report is given by, right after its cue: "according to figures published on Tuesday
# by", "according to provisional figures from", "said yesterday in its twice-yearly review of financial risks"; not
# a statement, which tells news rather than findings
_FINDINGS = r"(?:figures|data|statistics|report|review|survey|study|audit|census|bulletin|accounts|analysis|register)\b"
IN_BODYS_DOCUMENT = re.compile(
    r"\s+(?:(?:the|its|their|an?|new|latest|provisional|final|official|annual|quarterly|monthly|weekly)\s+){0,3}"
    + _FINDINGS
    + r"|[^,;:\"“”]{0,30}?\b[Ii]n\s+(?:its|their|an?)\s+(?:[\w-]+\s+){0,3}?"
    + _FINDINGS
    # or its periodic publication by its title: "said in its annual Defence Ledger", "in its quarterly Farm Outlook"
    + r"|[^,;:\"“”]{0,30}?\b[Ii]n\s+(?:its|their)\s+(?:annual|yearly|quarterly|monthly|weekly|twice-yearly|half-yearly)"
    r"\s+[A-Z]"
)


def _bodys_document(sentence: str, reports: list[Report], given: Speaker, memory: SpeakerMemory) -> bool:
    """
    The report of a body's findings by the document it published ("according to figures published by the agency",
    "the bank said in its annual review"), when the sentence's source is that body.
    """
    if not given.name or not (_is_body(given) or _known_body(given, memory)):
        return False
    return any(report.subject and IN_BODYS_DOCUMENT.match(sentence, report.end) for report in reports)


def _reports_again(reports: list[Report], figure: Figure, carried: Speaker) -> bool:
    """
    Whether every report of the sentence stands after ``figure`` in a clause of its own whose subject is the body
    ``carried`` by its head ("..., and the board estimates"), not a report governing the figure.
    """
    words = (carried.name or "").lower().split()
    return all(
        r.position > figure.span[1]
        and r.subject_start > figure.span[1]
        and not r.postposed
        and not r.relative
        and (r.subject or "").lower().split()[-1:] == words[-1:]
        for r in reports
    )


# A sentence opening on a body by its kind, set off by a clause of its own: "The club, founded in 1898, rents"
BODY_TAKEN_UP = re.compile(r"\W*The\s+([a-z]+),\s")
# A body's tables or rankings by their noun, and what no finding of theirs tells: a player's or a club's earnings,
# prize money, a fee paid, which the story gives as its own background
# (by the plural: "its bus league table" is the one the story goes on telling, "Ashby came 51st out of 70 towns")
RANKS_DOCUMENT = re.compile(r"\b(?:tables|rankings)\b")
RANKS_AWAY = re.compile(
    r"\b(?:earns?|earned|paid|pays|takes\s+home|took\s+home|prize|sponsors?|sponsorship|salary|wages?|transfer|fee)\b"
)
# The kinds of document a body publishes whose findings a story tells: its figures, its report, its league table
_PUBLISHED_DOCUMENT = (
    r"(?:figures|data|statistics|report|review|survey|study|audit|census|bulletin|accounts|analysis|tables?|index|"
    r"inspection|rankings?|register)\b"
)
# A story's opening setting up a body's document: "The Office of Energy Markets published its quarterly complaints
# figures on Tuesday", "The National Audit Chamber on Tuesday published its review of ...", "The Civic Futures Unit, a
# think-tank ..., published its annual town-centre league table last week"
DOCUMENT_PUBLISHED = re.compile(
    r"\W*(?P<body>(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+(?!on\s+[A-Z][a-z]+day\b)(?:of|for|and|on|the|&|[A-Z][\w'’&-]*)){0,8})"
    r"(?:,\s+[^,;:\"“”]{1,120},)?\s+(?:(?:on\s+[A-Z][a-z]+day|yesterday|today|this\s+week|last\s+week)\s+)?"
    r"(?:has\s+|have\s+)?(?:published|released|issued|put\s+out)\s+(?:its|their)\s+(?:[\w-]+\s+){0,4}?"
    + _PUBLISHED_DOCUMENT
)
# A report whose subject is a body's own document by its owner: "The Fire Services Inspectorate's report on the
# Carrowdale brigade, published in October, found", or a sentence opening on it ("The Village Halls Network's annual
# survey, out this week, paints the bleakest picture in its history", a standfirst's the cleaner keeps)
OWNED_DOCUMENT = re.compile(
    r"\W*(?:[Tt]he\s+)?(?P<owner>[\w'’&-]+(?:\s+[\w'’&-]+){0,6}?)['’]s?\s+(?:[\w-]+\s+){0,3}?"
    rf"(?i:{_PUBLISHED_DOCUMENT})"
)
# The story's document taken up again by its noun ("The report backs her up in part.", "Back to the table.",
# "According to the survey, ...", "the figures show"): its findings go on from there
DOCUMENT_TAKEN_UP = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:(?:new|latest|same|full|annual|quarterly)\s+)?"
    + _PUBLISHED_DOCUMENT
    + r"(?!['’])"
)
# A document its sentence names by its noun alone: "survey", "the report"
BARE_DOCUMENT_NOUN = re.compile(r"(?:the\s+)?(?:(?:new|latest|same|full|annual|quarterly)\s+)?" + _PUBLISHED_DOCUMENT)
# A report by "it" alone, which on a story telling a document's findings is that document: "..., it says", "It also
# found that ..."
IT_REPORTS = re.compile(r"\W*[Ii]t\W*")


def _document_set_up(sentence: str, reports: list[Report], given: Speaker, memory: SpeakerMemory) -> Speaker | None:
    """
    The body whose document a sentence of a story's opening sets the story up on: a body publishing its figures,
    report or table, or a report whose subject is that document by its owner; its findings are what the story tells.
    """
    published = DOCUMENT_PUBLISHED.match(DATELINE.sub("", sentence))
    if published is not None:
        return Speaker(re.sub(r"^[Tt]he\s+", "", published.group("body")), "asserts")
    owned = any(r.subject and OWNED_DOCUMENT.match(r.subject) for r in reports)
    if owned and given.name is not None and (_is_body(given) or _known_body(given, memory)):
        return Speaker(given.name, "asserts")
    opening = OWNED_DOCUMENT.match(DATELINE.sub("", sentence))
    owner = opening.group("owner") if opening is not None else ""
    # by its name ("The Village Halls Network's annual survey"), not its kind ("The utility's own annual report")
    named = owner[:1].isupper() and (looks_like_body(owner) or memory.is_organisation(owner))
    return Speaker(owner, "asserts") if named else None


def _document_taken_up(sentence: str, reports: list[Report]) -> bool:
    """
    Whether a sentence takes the story's document up again by its noun, no other source reported in it: "The report
    backs her up in part.", "Back to the table.", "According to the survey, 72 per cent ...".
    """
    others = any(
        r.subject and not DOCUMENT_SOURCE.search(r.subject) and not IT_REPORTS.fullmatch(r.subject) for r in reports
    )
    return not others and DOCUMENT_TAKEN_UP.search(sentence) is not None


# A sentence opening on a thing by its noun alone, the head of its subject, its verb right after it: "The scheme is
# paid for with", "The budget includes" (not "The new stadium will hold", "The third park on the list has": an
# adjective or an ordinal before the noun, no thing taken up by its noun)
_AUXILIARY = r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should)"
THING_OPENING = re.compile(
    rf"\W*The\s+([a-z]+)\s+(?=(?:{_AUXILIARY}|also|now|still|only|already|[a-z]+s|[a-z]+ed)\b)"
    rf"(?![a-z]+\s+{_AUXILIARY}\b)"
)
# A thing a sentence introduces, with up to two words before or after its noun: "a scheme that pays", "a new budget"
INTRODUCED_THING = re.compile(r"\b(?:a|an)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b")


def _reported_thing_goes_on(sentence: str, figure: Figure, carried: Speaker, reported: str) -> Speaker | None:
    """
    "Shops are to be turned into 64 flats under a scheme that pays owners up to 30,000, the council said. The scheme
    is paid for with 1.9 million.": a sentence that takes up by its noun the thing the body's ``reported`` sentence
    introduced ("a scheme" ... "The scheme") goes on with that report, and is the body's, in its first clause (not
    "..., where the coalition holds 84 seats"); a body so taken up ("The club must raise") is no thing reported.
    """
    opening = THING_OPENING.match(sentence)
    if opening is None or ORG_HEAD_WORD.fullmatch(opening.group(1)) or HISTORY_OPENING.match(sentence):
        return None
    if CLAUSE_BREAK.search(sentence, 0, figure.span[0]):
        return None
    introduced = any(opening.group(1) in thing.group(1).split() for thing in INTRODUCED_THING.finditer(reported))
    return replace(carried, via=None, stance="asserts") if introduced else None


# A sentence opening on a place or a group a statistic is broken down by: a place by its name, its figure right after
# the comma ("In Fenwick Bay's harbour ward, 38 per cent of homes"), or any place or group with the statistic taken
# up by its noun ("In Kelvaig the figure was 26 per cent", "Among children in the poorest fifth of neighbourhoods the
# rate was 28 per cent"); not a month, a day or a year
BREAKDOWN_OPENING = re.compile(
    rf"\W*(?:In|Among|Across)\s+(?!{MONTH_NAME}\b|{WEEKDAY_NAME}\b|\d)"
    r"(?:(?P<place>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:['’]s?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?),\s+"
    r"|(?:[\w'’-]+\s+){0,7}?[\w'’-]+\s+(?:the|its)\s+(?:figure|rate|share|proportion|level|average)\s+"
    r"(?:was|were|is|are)\s+)"
)
# The same statistic for another place or group, set against the first in its sentence: "..., against 15 per cent in"
SET_AGAINST = re.compile(r",\s+(?:against|compared\s+with)\s+$")


def _broken_down(sentence: str, figure: Figure) -> bool:
    """
    Whether ``figure`` gives a statistic for one place or group the sentence opens on, or for another it sets against
    it in its next clause ("In Kelvaig the figure was 26 per cent, against 15 per cent in Varnhelm"), with no one
    reporting it. After a place's name and a comma, only a share is a statistic: "In Lower Aldreth, several dozen
    homes had sandbags" tells what was seen there.
    """
    before = sentence[: figure.span[0]]
    opening = BREAKDOWN_OPENING.match(sentence)
    if opening is None or has_cue(sentence[: figure.span[1]]) or BACKGROUND_CLAUSE.search(before):
        return False
    if opening.group("place") is not None and figure.unit != "percent":
        return False
    if BREAKDOWN_OPENING.fullmatch(before):
        return True
    against = SET_AGAINST.search(before)
    return against is not None and CLAUSE_BREAK.search(before, opening.end(), against.start()) is None


def _statistic_goes_on(
    sentence: str, figure: Figure, carried: Speaker, changed: bool = False, announced: bool = False
) -> Speaker:
    """
    "Deaths fell 6%, the agency said. The number injured fell 4% to 5,310." A body's statistics run on
    over the sentences after the one that names it: a figure no one is said to give, that states how a
    statistic changed (or the level it reached) right after a body reported figures, is that body's. A
    state ("Revenue was", "the ferry was licensed for") is background and stays the article's. ``changed`` says the
    figure is told with the earlier level it replaced right after the body's report, in its paragraph ("Its crews
    repaired 3,260 mains, up from 2,410"): a change of the body's statistic whatever its verb, as "rose to 3,260" is.
    """
    before = sentence[: figure.span[0]]
    # "In 2016 it was 4.05 metres", "In 2016 the same gauge peaked at 4.05 metres": history told as background
    history = HISTORY_OPENING.match(sentence) is not None
    if PREVIOUS_RECORD.search(before) or (FIGURE_TAKEN_UP.match(before) and not history):
        # "The previous record, 241 millimetres, was set in 1976": what the body's new figure beat; "The forecast
        # was 30,000": the body's own figure, taken up by name
        return replace(carried, via=None, stance="asserts")
    # a price or limit set ahead, in a story announcing changes ("The first hour will cost 3, up from 1.50. A full day
    # will cost 14."): the body's own act, as a change it announces is
    changed = changed or (announced and SET_AHEAD.search(before) is not None)
    told = has_cue(sentence[: figure.span[1]])  # not a report in a later clause, of what follows it
    if told or BACKGROUND_CLAUSE.search(before) or not (changed or STATISTIC_VERB.search(before)):
        return Speaker(None)
    if history:
        return Speaker(None)
    if not changed and not CHANGE_TO_FIGURE.search(before):  # "The storm dropped hailstones as large as 9 cm"
        return Speaker(None)
    if MARKET_PRICE.search(before):  # "Shares in Velloway fell 8%": the market's price, which no body reports
        return Speaker(None)
    return replace(carried, via=None, stance="asserts")


# "the figures show", "the latest data show", "the report says": a document its sentence names no owner of
BARE_DOCUMENT = re.compile(
    r"(?:the\s+)?(?:(?:new|latest|official|annual|provisional|final|these|those|same|full|published)\s+){0,2}"
    r"(?:figures|data|statistics|numbers|report|accounts|bulletin|release|register)"
)


# A sentence that gives the level a statistic stood at, by its name alone in the past tense: "The wage bill was",
# "The top price was about"; not a rule or a target in the present ("The target is 95 per cent")
STATED_LEVEL = re.compile(
    r"\W*(?:The|Its)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+"
    # what it is of or for: "The average wait for a doctor to call back was", "The average balance at graduation is now"
    r"(?:\s+(?:of|for|at|in|on|per)\s+(?:[a-z-]+\s+){0,5}?[a-z-]+)?\s+(?:was|were|(?:is|are)\s+now)\s+"
    rf"(?:(?:{PLAIN_HEDGES})\s+)?"
)


# What ends a sentence's first clause
CLAUSE_BREAK = re.compile(r"[,;:]")
# A sentence about the figures just given, which the statistics run on past: "The total includes assaults that caused
# no injury.", "The figures exclude fraud."
ABOUT_THE_FIGURES = re.compile(
    r"\W*(?:The|These|Those)\s+(?:(?:new|latest|annual|same)\s+)?(?:total|totals|figures?|numbers?|data|count|"
    r"statistics)\s+(?:also\s+)?(?:includes?|excludes?|covers?|counts?|do|does|did|were|was|are|is)\b"
)


# A sentence opening on what the body just reported has, by its pronoun or its kind: "Its target is", "The board's
# target is"
OWN_OPENING = re.compile(
    r"\W*(?:Its|The\s+(?P<kind>[a-z]+)['’]s)\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?(?:target|aim|goal|limit|plan|forecast|"
    r"estimate|budget|standard)\s+(?:is|was|are|were)\b"
)


def _own_of(sentence: str, run: Speaker) -> bool:
    found = OWN_OPENING.match(sentence)
    if found is None:
        return False
    kind = found.group("kind")
    return kind is None or kind in (run.name or "").lower().split()


def _document_speaks(sentence: str, name: str) -> bool:
    """
    Whether the bare document is the subject of its own verb ("the figures show") or given as published ("according to
    figures published today"), not "figures filed with ...".
    """
    found = re.search(
        # its verb after a clause that sets off what it is: "The report, which goes to the committee on Tuesday, says"
        re.escape(name) + r"(?:,[^,;:]{1,120},)?\s+(?:also\s+)?"
        r"(?:show|shows|showed|shown|say|says|said|suggest|suggests|reveal|reveals|lists|listed|puts)\b"
        r"|according\s+to\s+" + re.escape(name) + r"\s+(?:published|released|issued|out)\b"
        # or the figures the article gave already: "According to the same figures"
        r"|according\s+to\s+(?:the\s+)?(?=same\s|these\s|those\s)" + re.escape(name) + r"\b",
        sentence,
        re.IGNORECASE,
    )
    return found is not None


def _report_goes_on(
    sentence: str, figure: Figure, run: Speaker, just_given: bool, same_paragraph: bool, announced: bool = False
) -> Speaker:
    """
    "Violent crime rose 9 per cent, the figures show. That is the first rise in six years.": a sentence with no
    reporting verb that carries on the figures a body has just given is that body's: one that puts the figure just
    given another way, in the same paragraph, or one that goes on telling how the same statistics changed ("Shoplifting
    also rose. Reports went up by almost a third"). A sentence that turns to background (what the body has, a year of
    its own) has no speaker.
    """
    before = sentence[: figure.span[0]]
    if has_cue(sentence[: figure.span[1]]) or BACKGROUND_CLAUSE.search(before) or HISTORY_OPENING.match(sentence):
        return Speaker(None)
    # "That is ..." points back to the figure just given; from the paragraph after it, in its first clause alone (not
    # "..., short of the 60 per cent the ministry had aimed for")
    restated = RESTATED.match(sentence) is not None and (same_paragraph or CLAUSE_BREAK.search(before) is None)
    if just_given and (restated or (same_paragraph and STATED_LEVEL.fullmatch(before))):
        return replace(run, via=None, stance="asserts")
    if just_given and same_paragraph and _own_of(sentence, run):
        # "Its target is that nobody should wait more than 26 weeks": the body's own, right after its report
        return replace(run, via=None, stance="asserts")
    # a change of the body's statistic, in its paragraph or, told in the past, in the paragraphs after it
    changed = just_given and _change_told(sentence, figure, in_the_past=not same_paragraph)
    return _statistic_goes_on(sentence, figure, run, changed, announced)


def _change_told(sentence: str, figure: Figure, in_the_past: bool) -> bool:
    """
    Whether the figure is told with the earlier level it replaced, after a subject that names no owner of its own: not
    a figure that opens its sentence ("About 48% of homes now have a meter, up from 39%"), a state of those counted,
    nor a subject that names an owner by name or possessive ("Sarn Hills produced", "The government's scheme now pays").
    ``in_the_past`` asks for its clause to be told in the past, as a report's period is.
    """
    before = sentence[: figure.span[0]]
    if figure.previous_value is None or not before.strip():
        return False
    if OWN_NAMED_SUBJECT.search(before, 1) is not None or OPENING_ACRONYM.match(before):
        return False
    if not in_the_past:
        return True
    # past a paragraph's break, a report goes on telling the period it covers, in the past ("The council paid out
    # 312,000, up from 198,000"); the present, or a present perfect, is the reporter's own background now ("The force
    # has 1,340 officers, down from 1,610 in 2020")
    start = before.rfind(",") + 1
    end = sentence.find(",", figure.span[1])
    clause = sentence[start : end if end >= 0 else len(sentence)]
    return PAST_TOLD.search(clause) is not None and PERFECT.search(clause) is None


# A sentence opening on an earlier period's own figure: "Last season's main crop was", "Last year's profit was"
EARLIER_PERIOD = re.compile(rf"\W*(?:[Ll]ast|[Pp]revious|[Tt]he\s+previous)\s+(?:{PERIOD_WORDS}|quarter)['’]s\s")
# A sentence opening on the group or part a statistic is given for: "For burglary the charge rate was", "Among
# under-25s the rate was"; not a month, a day or a year, nor the writer's aside ("For comparison,", "Of course") or a
# set of others by their place's name ("Among Europe's regional airports", "Across Scandinavia")
GROUP_OPENING = re.compile(
    rf"\W*(?:(?:For|Of)\s+(?!comparison\b|contrast\b|course\b|example\b|instance\b)|(?:Among|Across)\s+(?![A-Z]))"
    rf"(?!{MONTH_NAME}\b|{WEEKDAY_NAME}\b|\d)"
)
# A sentence opening on another actor, who did or counted something on their own account: "Rival Calder airport
# handled", "Another operator", "The health ombudsman received", "The minister pledged"; a body by its kind is
# another only when the source's own name does not hold it ("The trust recorded" after "Harnby Hospitals Trust")
OTHER_ACTOR_OPENING = re.compile(
    rf"\W*(?:(?P<other>[Rr]ival|[Aa]nother|[Oo]ther)\b|(?:[Tt]he|[Aa]n?)\s+(?:(?!of\b)[a-z-]+\s+){{0,2}}?"
    rf"(?:(?P<role>{ROLE_WORDS})|(?P<body>{ORG_HEADS}))\b(?![-'’]))"
)
# What was only meant or due to be: "was meant to operate at", "had been due to open", "was supposed to cost"
INTENDED = re.compile(r"\b(?:meant|supposed|due|designed|intended|planned|scheduled)\s+to\b")
# A verb in the past tense: "was", "had", "solved", "paid", "rose"
PAST_TOLD = re.compile(
    r"\b(?:was|were|had|did|[a-z]{2,}ed|rose|fell|grew|flew|went|came|stood|drew|took|saw|"
    + "|".join(sorted(IRREGULAR_PARTICIPLES))
    + r")\b"
)
# A present perfect, which tells the state now: "has detained four trawlers this year", "have been cut"
PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b")
# What happens as a live post tells it: a present perfect, a progressive ("are running", "are being turned back") or a
# passive of the event ("were taken to hospital", "were checked"); not a standing state ("needs", "holds", "is") nor
# history, a past passive with a year of its own ("was set in 1963", "was renovated in 2011")
UNFOLDING = re.compile(
    PERFECT.pattern + r"|\b(?:(?:is|are)\s+|(?:was|were)\s+(?![^.;]*\b(?:in|since)\s+\d{4}\b))(?:being\s+)?"
    r"(?:[a-z]{2,}ing|[a-z]{2,}ed|taken|brought|given|found|seen)\b"
)


def _document_goes_on(sentence: str, figure: Figure, run: Speaker) -> Speaker:
    """
    "The council's own library statistics show how differently the two are used. Tallow Street had 48,200 visits last
    year": a document a sentence opens with no figure of its own goes on in the figures after it, whatever their verb;
    not background set off in their sentence or told by its verb ("The branch has 12 staff"), nor history dated by its
    opening.
    """
    before = sentence[: figure.span[0]]
    if has_cue(sentence[: figure.span[1]]) or BACKGROUND_CLAUSE.search(before) or HISTORY_OPENING.match(sentence):
        return Speaker(None)
    if _background_verb_before(sentence, figure):
        return Speaker(None)
    return replace(run, via=None, stance="asserts")


# What a body is or has, told by its verb: "employs", "has", "is home to", "was founded" (ingest_labelling.md, "A body's
# background in the reporter's voice"); the singular's, as "own" and "run" are words of other kinds too ("its own plan")
BACKGROUND_VERB = re.compile(rf"\b{background_verb(plural=False)}")


def _background_verb_before(sentence: str, figure: Figure) -> bool:
    """Whether the figure's clause tells what a thing is or has: "The branch, built in 1904, has 12 staff"."""
    clause = max(sentence.rfind(",", 0, figure.span[0]), sentence.rfind(";", 0, figure.span[0])) + 1
    found = BACKGROUND_VERB.search(sentence, clause, figure.span[1])
    return found is not None and found.start() < figure.span[0]


# A name or a possessive after a sentence's first word, or an acronym opening it ("CDH now burns"): the subject names
# an owner of its own
OWN_NAMED_SUBJECT = re.compile(r"\b[A-Z]|['’]s?\s")
OPENING_ACRONYM = re.compile(r"[A-Z]{2,}\b")
# A body stating what it means to do, in the clause that holds the figure: "Kessway, the company that runs the
# bridge, wants to raise the toll to", "The council plans to cut 40 posts", and as the paper reports it: "we reported
# that Kelvaig council plans to close 14"
BODYS_PLAN = re.compile(
    r"(?:^|[,;:]\s+|\b(?:[Bb]ut|[Aa]nd|[Nn]ow|that)\s+)(?P<body>(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}"
    rf"(?:\s+(?:{ORG_HEADS}))?)"
    r"(?:,[^,;:]{1,90},)?\s+(?:now\s+)?(?:wants|plans|intends|proposes|aims|hopes|is\s+planning|has\s+proposed)\s+"
    r"(?P<act>to\s+[a-z]+)\b[^,;:]*$"
)
# A body's plan or decision named by its owner, in the clause that holds the figure: "the council's decision to raise
# the fee to 60 from 25", "The broadcaster's plan to shorten its bulletins to 10 minutes", "The council's plan for 120
# monitors"
BODYS_NAMED_PLAN = re.compile(
    rf"(?P<body>(?:[Tt]he\s+)?(?:[A-Z][\w&-]*\s+){{0,4}}(?:[A-Z][\w&-]*|{ORG_HEADS}))['’]s\s+(?:own\s+)?"
    r"(?:plans?|decision|proposals?|bid|offer)\s+(?P<act>to\s+[a-z]+|for)\b[^,;:]*$"
)
# Where the plan's own verb phrase has ended before a figure, which is then no part of what the body means to do: a
# finite verb of the sentence's own ("The council's plan to close the library will cost my family 40"), a
# subordinator ("plans to close the library when I counted 45") or the writer's own first person
PLAN_ACT_ENDS = re.compile(
    r"\b(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|does|did|"
    r"when|whenever|where|while|whereas|because|but|although|though|since|unless|if|"
    r"I|me|my|mine|we|us|our|ours)\b"
)
# A sentence opening on what a body has, as its subject: "Its consultation drew", "Its own reserves fell"
OPENING_ITS = re.compile(r"\W*Its\s+(?:own\s+)?[a-z]")
BACKGROUND_CLAUSE = re.compile(
    r"(?:,\s+(?:which|whose|worth|valued at)\b|\b(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w'’]*,\s+an?\s+[a-z]+(?:\s+[a-z]+)?\s+(?:of|with)\s)"
    r"[^,;:—–()\"“”]*$"
)  # "the fund, worth 2.6 billion", "At Northgate Secondary, a school of 900 pupils"; not "said on Thursday, a rise of"
# The lead of a results story: a company's profit, sales or revenue for a period it reports on
RESULTS_REPORTED = re.compile(
    r"\b(?:quarter(?:ly)?|half-year(?:ly)?|first-half|second-half|full-year|annual|interim|year-end)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:profits?|revenues?|sales|earnings|results|loss(?:es)?|turnover)\b"
    # or a result for a period it names after it: "a pre-tax profit of 4.1 million for 2026", "a sharp rise in
    # profit for last year", "lost 1.84 million in the year to June 2026"
    r"|\b(?:profits?|revenues?|turnover|loss(?:es)?|lost)\b(?:[^.;:]|\.\d){0,60}?\s(?:for|in)\s+"
    r"(?:(?:19|20)\d\d\b|(?:the|last)\s+(?:financial\s+)?year\b|the\s+(?:half|quarter|six\s+months)\s+to\b)"
    # or bare: "made a profit of 4.1 million last year", "more than doubled its operating profit last year"; not bare
    # "lost", which loses jobs and games as well ("Kelvany Steel lost 400 jobs last year")
    r"|\b(?:profits?|revenues?|turnover|loss(?:es)?)\b(?:[^.;:]|\.\d){0,60}?\slast\s+(?:financial\s+)?year\b"
)
# A sum of money: "1.84 million", "€40m", "NZ$2bn", "900,000 crowns"
_MONEY_FIGURE = (
    rf"(?:[A-Z]{{0,3}}{CURRENCY_SIGNS}\s?\d|\d[\d.,]*\s*(?:million|billion|bn|mn|m)\b|"
    rf"\d[\d.,]*\s+(?:{'|'.join(sorted(CURRENCY_PLURALS))})\b)"
)
# A company's name opening its sentence: "Marrisham Coaches Group", "Corvell & Dane"
COMPANY_OPENING = re.compile(r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w'’.-]*){0,4}")
# The verb by which a company opening the sentence gives its own result: "X reported a pre-tax profit", "X lost"
OWN_RESULT_REPORTED = re.compile(
    r"\s+(?:(?:has|had)\s+)?(?:(?:more\s+than|almost|nearly|roughly)\s+)?"
    # or changed it: "more than doubled its operating profit", "lifted its profit", "cut its loss"
    # or turned to a profit or a loss: "X returned to profit last year", "X swung to a pre-tax loss"
    r"(?:(?:returned|swung|slipped|fell)\s+(?:in)?to\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:profit|loss)\b|"
    r"(?:reported|posted|lost|made|(?:doubled|halved|tripled|trebled|lifted|raised|increased|grew|boosted|cut|"
    r"narrowed|widened)(?=\s+(?:an?\s+|its\s+)?(?:[a-z-]+\s+){0,3}?(?:profits?|loss(?:es)?|revenues?|turnover|sales)))"
    r"\s+(?:an?\s+|its\s+)?(?:[a-z-]+\s+){0,3}?(?:profits?|loss(?:es)?|revenues?|turnover|sales|rise|fall|drop|jump|"
    # or a sum of money, not any figure ("lost 400 jobs", "made 14 signings"): "lost 1.84 million", "posted €40m"
    rf"{_MONEY_FIGURE}))"
)
# What a company is, set off right after its name opening the sentence: "Halden Dairy, the farmer-owned cooperative
# that collects milk from two-fifths of Kelvany's dairy herds,"
NAME_SET_OFF = re.compile(r",\s+(?:the|an?)\s+[^,;:\"“”]{1,120},")
# A results story's company by its board: "The board proposed a dividend"
RESULTS_BOARD = re.compile(r"(?:[Tt]he\s+|[Ii]ts\s+)?(?:board|directors)")
# A results story's company by its accounts or annual report, named bare: "the annual report shows"
RESULTS_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?:company['’]s\s+)?(?:latest\s+|last\s+|own\s+)?(?:annual\s+)?(?:report|accounts|results)"
)
# A body's accounts or annual report, as a story's lead reports them: "its annual accounts", "the club's accounts"
RESULTS_ACCOUNTS = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?:[a-z]+['’]s\s+)?(?:latest\s+|last\s+|own\s+|published\s+)?"
    r"(?:annual\s+)?(?:accounts|annual\s+report|report\s+and\s+accounts)"
)
# A sentence about the company's own results: its revenue, profit, customers or dividend, or the company having,
# paying or expecting them ("Revenue was flat", "Average revenue per user fell", "X will pay a dividend")
OWN_RESULT = re.compile(
    r"^(?:(?:its|the|the\s+company's|group|net|operating|pre-tax|underlying|total|average|quarterly|annual|full-year|"
    r"half-year|interim|core|like-for-like|adjusted|gross|online|web)\s+)*"
    r"(?:number\s+of\s+(?:[a-z-]+\s+){0,2})?"  # "The number of paying business customers was 186,000"
    r"(?:revenues?|sales|turnover|profits?|earnings|income|margins?|dividends?|customers|subscribers|users|"
    # its orders, and its directors' pay: "Online orders made up nearly a tenth of sales", "Pirrell's own pay fell"
    r"(?:(?<=online\s)|(?<=\bweb\s))orders|(?:(?-i:[A-Z])[\w-]+['’]s\s+)(?:own\s+)?"
    # (the pay itself moving, not "Kelvany's pay gap with the capital")
    r"(?:pay|salary|remuneration)(?:\s+package)?(?=\s+(?:was|is|rose|fell|grew|[a-z]+ed)\b)|"
    # what it paid and owes and has booked: "The wage bill was 5.2 million", "Net debt fell", "Its order book stood"
    r"losses|loss|wage\s+bill|wages|debts?|borrowings|order\s+book|"
    r"revenue\s+per\s+(?:user|customer))\b",
    re.IGNORECASE,
)
# A line of the company's income by its source, opening the sentence with its figure next: "Sponsorship brought in
# 410,000 marrets", "Car parking generated about 2.2 million"
INCOME_LINE = re.compile(r"[A-Z][a-z-]+(?:\s+[a-z-]+){0,2}\s+(?:also\s+)?(?:brought\s+in|earned|generated)\b")
# What the company is said to do with its results, right after its name: "X had", "X will pay", "X now expects"
COMPANY_RESULT_VERB = re.compile(
    r"\s+(?:now\s+|also\s+)?(?:had|has|made|paid|will\s+pay|is\s+to\s+pay|expects|sold|served|"
    r"collected|produced|processed|handled|shipped|carried|stored|"
    # what it did with its plants and staff over the period: "The cooperative shut two of its seven creameries"
    r"shut|closed|opened|cut)\b"
)
# The company by what it is, opening its sentence: "The bank has", "The co-op collected" (whether the kind is the
# results company's, _company_named asks)
COMPANY_KIND = re.compile(r"[Tt]he\s+(?P<kind>[a-z-]+)\b")
# What any company in a results story may be called, whatever it is
ANY_COMPANY = frozenset({"company", "firm", "business", "group"})
# A kind by the shorter word a story may call it by: "the co-op", for Ferrow Dairy Cooperative
SHORT_KINDS = {"cooperative": ("co-op", "coop"), "co-operative": ("co-op", "coop")}
# Whose the figure is not even in a results story: the market's price, analysts' and forecasters' expectations (not
# a dividend "a share" or "per share")
NOT_OWN_RESULT = re.compile(
    r"\b(?:(?<!\ba\s)(?<!\bper\s)[Ss]hares?|[Ss]tock|[Aa]nalysts?|[Ii]nvestors|[Cc]onsensus|market)\b"
)


def _own_record(sentence: str, figure: Figure, memory: SpeakerMemory) -> Speaker | None:
    """
    The body whose own record, the subject before the figure, gives it: "The city council's own estimate is ...",
    "Nordvik Rail's own figure is ..." (a body by its name, one the page has named as a body).
    """
    for found in OWN_RECORD.finditer(sentence, 0, figure.span[0]):
        owner = found.group("owner")
        body = looks_like_body(owner) or memory.is_organisation(re.sub(r"^[Tt]he\s+", "", owner))
        # the record gives the figures of its own clause: not one after ", but even at the higher figure ..."
        if body and not re.search(r"[,;:]", sentence[found.end() : figure.span[0]]):
            return Speaker(re.sub(r"^[Tt]he\s+", "", owner), "asserts")
    return None


# A body, the subject of its sentence, saying how many it represents: "The guild represents 2,950 pharmacies", "The
# union, which represents about 180,000 teachers, wants 8 per cent": its own count of its members, which it gives;
# not a body named after a person it quotes ("said Ann Lee, head of the X Federation, which represents 4,000 firms")
REPRESENTS = re.compile(
    r"\W*(?P<body>(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:[\w'’&-]+\s+){0,5}?[\w'’&-]+)(?:,\s+which\s+|\s+(?:now\s+)?)"
    r"represents\s+(?:(?:about|around|some|roughly|more\s+than|nearly|almost|over)\s+)?$"
)


def _members_represented(sentence: str, figure: Figure, memory: SpeakerMemory) -> Speaker | None:
    """The body, the subject of the sentence, whose members the figure counts: "The guild represents 2,950 ..."."""
    found = REPRESENTS.match(sentence, 0, figure.span[0])
    if found is None:
        return None
    name, anonymous = name_of(found.group("body"), memory)
    if name is None or anonymous or not (looks_like_body(name) or memory.is_organisation(name)):
        return None
    return Speaker(re.sub(r"^[Tt]he\s+", "", name), "asserts")


# A clause qualifying a noun, a relative or a participle with its agent: "claims filed by the members", "which"
QUALIFIED_OBJECT = re.compile(r"\b(?:which|who|whom|whose|that)\b|\b[a-z]+(?:ed|en)\s+by\b")


def _own_tally(sentence: str, figure: Figure, memory: SpeakerMemory) -> Speaker | None:
    """
    The body, the subject of the sentence, whose tally of a period past the figure gives: "The fund received 214
    applications", "The airport listed 20 departures"; not a person's record ("Delacroix has lost 3 of 29 games").
    """
    for verbs in (TALLY_VERB, OWN_ACT_VERB):
        actor = acting_subject(
            sentence, figure.span[0], memory.full_names, memory.organisation_names, verbs, memory.names_by_end
        )
        name, anonymous = name_of(actor, memory) if actor is not None else (None, False)
        if name is None or anonymous:
            continue
        if not (looks_like_body(name) or memory.is_organisation(name) or _taken_up(sentence, name, memory)):
            continue
        verb = verbs.search(sentence)
        if verb is not None and QUALIFIED_OBJECT.search(sentence, verb.end(), figure.span[0]):
            continue  # "examined 41,300 claims filed by the 164 members": a figure in what qualifies the tally's object
        if verbs is OWN_ACT_VERB and verb is not None and OWN_OBJECT_BREAK.search(sentence, verb.end(), figure.span[0]):
            continue  # "The council approved the plan, and 40 homes will be built": the figure in a clause of its own
        if verbs is OWN_ACT_VERB and HISTORY_TOLD.search(sentence):
            # "The firm exported cloth to 30 countries by the 1920s", "supplied 40 per cent of the gas for decades":
            # what it did over an era, background as its size is; a year alone dates an act ("In 1994 the government
            # banned trawling over 46 square kilometres" is the government's)
            continue
        return Speaker(re.sub(r"^[Tt]he\s+", "", name), "asserts")
    return None


# An act told as a body's history or as what it did over a long time, not as news: "by the 1920s", "until 1990", "for a
# century", "for decades"
HISTORY_TOLD = re.compile(
    r"\b(?:(?:in|by|during|throughout|until)\s+the\s+(?:1[89]|20)\d0s|until\s+1[89]\d\d|"
    r"for\s+(?:(?:more\s+than|over|almost|nearly|half)\s+)?(?:a\s+)?(?:century|centuries|decades|generations))\b"
)


def _taken_up(sentence: str, name: str, memory: SpeakerMemory) -> bool:
    """
    "The festival sold 23,600 tickets" after "the Ostby Fiddle Festival": a name of any kind, whatever its words look
    like, that the sentence's subject takes up by "the" and the noun it ends with is a body's, acting.
    """
    subject = _DEFINITE_SUBJECT.match(sentence)
    return subject is not None and name in memory.names_by_end.get(subject.group(1), ())


_DEFINITE_SUBJECT = re.compile(r"\W*[Tt]he\s+([a-z]+)\s")


# What ends the object of a body's act before the figure: a clause's punctuation or a subordinating word, or a "with"
# that describes what it acted on or how ("moved to new offices with 40 staff")
OWN_OBJECT_BREAK = re.compile(
    r"[,;:()\"“”]|\b(?:after|before|because|since|although|though|while|when|unless|if|and|but|with)\s"
)


# A review's sentence on the book itself, its length, its chapters, its pages: the reviewer's
ON_THE_BOOK = re.compile(r"\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Tt]heir)\s+(?:new\s+)?book\b|\b(?:pages|chapters?)\b")


def _column_background(sentence: str, figure: Figure) -> bool:
    """
    A figure a column tells as background, in no one's voice, not as its writer's claim: a body's own, held by its
    possessive ("0.3 per cent of the council's 700 million sovran budget"), or a past act the clause dates to a year
    after the figure ("Neighbouring Tarnmouth closed a handful of branches in 2022").
    """
    if BODYS_OWN.search(sentence[: figure.span[0]]) is not None:
        return True
    return DATED_AFTER.match(sentence, figure.span[1]) is not None and FUTURE.search(sentence) is None


# What a company is, set off after its name: "Orrvik Furniture, the Dunlivy-based maker of kitchens and sofas,"
COMPANY_HEAD = re.compile(rf"\b(?P<head>{ORG_HEADS}|maker|processor|brewer|miner|builder|co-?operative)s?\b")
COMPANY_APPOSITION = re.compile(rf",\s+(?:the|an?)\s+[^,]{{0,50}}?{COMPANY_HEAD.pattern}[^,]{{0,40}},")


def _apposed_kind(sentence: str, reported: Speaker) -> str | None:
    """What the sentence, opening on the one it reports, sets it off as: "maker", for "X, the maker of sofas,"."""
    name = reported.name or ""
    found = COMPANY_APPOSITION.match(sentence, len(name)) if name and sentence.startswith(name) else None
    return found.group("head").lower() if found else None


A_RECORD = re.compile(r"\b(?:a|an|the|new)\s+record\b")


def _own_result(sentence: str, figure: Figure, company: Speaker, kinds: frozenset[str], it: bool) -> Speaker:
    before = sentence[: figure.span[0]]
    # a verb of reporting after the figure reports what follows it (the caller has seen that none closes the sentence)
    # "stood at a record 7.8 billion": "record" after its article is the adjective, no verb of reporting
    told = A_RECORD.sub("", sentence[: figure.span[1]])
    if has_cue(told) or NOT_OWN_RESULT.search(before) or MARKET_PRICE.search(before):
        return Speaker(None)
    if OWN_RESULT.match(sentence) or INCOME_LINE.match(sentence):
        return replace(company, via=None, stance="asserts")
    named = _company_named(sentence, company.name or "", kinds, it)
    set_off = NAME_SET_OFF.match(sentence, named) if named else None
    named = set_off.end() if set_off is not None else named  # the company's verb follows what sets it off
    # (a figure in what sets it off describes the company: "from two-fifths of Kelvany's dairy herds")
    acts = named and figure.span[0] >= named
    if acts and (COMPANY_RESULT_VERB.match(sentence, named) or OWN_RESULT_REPORTED.match(sentence, named)):
        return replace(company, via=None, stance="asserts")
    return Speaker(None)


def _company_named(sentence: str, name: str, kinds: frozenset[str], it: bool) -> int:
    """
    Where the company's name ends if the sentence opens with it, by its full name or the first word a story calls it
    by after the first mention ("Fennick will pay", for Fennick Stores), by one of the ``kinds`` it is known by ("The
    bank has", for Ardle Savings Bank), or by "It" when ``it`` (the sentence before was about it); 0 if it does not.
    """
    first = name.split(" ", 1)[0]
    for form in (name, first):
        if form and form[0].isupper() and sentence.startswith(form):
            return len(form)
    kind = COMPANY_KIND.match(sentence)
    if kind is not None and kind.group("kind") in kinds:
        return kind.end()
    return 2 if it and re.match(r"It\b", sentence) else 0


def _company_kinds(name: str, memory: SpeakerMemory, apposed: str | None) -> frozenset[str]:
    """
    The kinds a results story may call its company by: any company's, the word its name ends with ("the bank", for
    Ardle Savings Bank) and what that word makes it ("Veyla Airways", "the airline"), the kinds the article named it
    by, and what its lead set it off as ("X, the maker of sofas,").
    """
    last = name.rsplit(" ", 1)[-1].lower()
    kinds = {*ANY_COMPANY, last, *SHORT_KINDS.get(last, ()), *NAME_END_KINDS.get(last, ())}
    kinds.update(kind for kind, known in memory.organisations.items() if known == name)
    kinds.update(kind for kind in (memory.introduced_heads.get(name), apposed) if kind is not None)
    return frozenset(kinds)


# The claimant named after the words quoted, by a dash or as the line's next sentence: '"We built 40,000 homes" - Ilse
# Marr, Prime Minister', '"... before." Bertil Kasmaran, environment minister, in parliament'
CLAIMANT_AFTER = re.compile(
    r"[\"”’'][.,]?[ \t]*(?:[-–—][ \t]*)?(?:\(?\s*)?(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})"
    r"(?=[ \t]*(?:[,;(]|$|\.|[ \t]+(?:in|on|at|to)\b))",
    re.MULTILINE,
)
# the capitalised words after a claim's quotation that open a phrase, not the claimant's name ('"..." In Parliament,
# Wrede repeated it')
NOT_CLAIMANT_OPENERS = frozenset(
    {"In", "On", "At", "To", "As", "By", "From", "For", "During", "After", "Before", "Since", "According", "Speaking",
     "Writing", "Asked", "Source", "Sources", "Last", "This", "That", "But", "And", "When", "While", "Then"}
)  # fmt: skip


# a reporting verb and the "that" that opens what it reports: "said that", "claimed that"
REPORTED_THAT = re.compile(r"\b([a-z]+)\s+that\b")
SPEECH_EXTRACT = re.compile(r"(?i:(?:the\s+)?speech|what\s+(?:he|she)\s+said)")  # a claim line's speech labels
DOUBLE_QUOTED = re.compile(r"[\"“][^\"“”\n]{12,}?[\"”]")  # a quotation in double marks, as a claim line's later ones
# A claim's opening phrase of time or place before its subject: "In an interview on Monday, ", "On Tuesday, "
OPENING_PHRASE = re.compile(rf"^{OPENING_PREPOSITION}[^,]*,\s+")
DEFINITE_ROLE = re.compile(r"the\s+(?:[a-z-]+\s+){0,2}[a-z-]+")  # "the minister", "the energy minister"
CLAIMANT_WORDS = 12  # the longest subject read as a claimant described, not named ("A post shared widely on ...")


# A list of figures each given its own source ("10 numbers that explain the winter": a figure, a line saying what it is,
# and "Source: ..." closing the item): the item's line ends on its source, after a sentence of its own ("Nursing
# vacancies in the health service, about one post in eight. Source: Quorvell Hospitals Federation."); a second source
# after a semicolon is the item's other voice, which its own sentence names ("The union wants 9 per cent").
# The label may be plural, or set off by a dash ("... about one post in eight. Sources: Quorvell Hospitals Federation.",
# "... Source - Department of Health.").
ITEM_SOURCE = re.compile(
    r"(?<=[.!?])[ \t]+Sources?(?::|[ \t]+[—–-])[ \t]+(?P<source>[^;\n]+?)(?:;[^\n]*)?\.?[ \t]*$", re.MULTILINE
)
# A list is at least this many items, each with its source: a single "Source:" under a chart or a table, or a page's
# note on its statistics, sources its whole page or nothing, no item of a list
SOURCED_ITEMS = 3


def find_sourced_items(text: str) -> list[tuple[int, int, str]]:
    """
    The items of a list of figures each with its own source, as (the item's start, where its source line starts, the
    source by its name): "Care Standards Board" from "Source: Care Standards Board annual report", a document's owner
    by the name that opens it, and a source named without one ("written answer to the National Assembly") as written.
    """
    if text.count("Source") < SOURCED_ITEMS:
        return []
    items = []
    for source in ITEM_SOURCE.finditer(text):
        start = text.rfind("\n", 0, source.start()) + 1
        if text[start] in "[(":
            continue  # "[Chart: ... Source: ...]": a chart's caption, no item
        name = ENTITY.match(source.group("source"))
        written = source.group("source").strip()
        if name is None and not re.search(r"\b[A-Z][a-z]", written):
            continue  # "Source: a senior official", "Source: internal figures": no one named, no item's source
        items.append((start, source.start(), name.group().strip() if name else written))
    return items if len(items) >= SOURCED_ITEMS else []


# owners41b: a line of a body's own page that ends on whose figures the line's are, in brackets: "Range 452 km; price
# from 31,990 marrens (Orvik figures)."; a press kit's or a listing's item in its maker's voice. The bracket ends its
# sentence, at the line's end or before the next ("Range 452 km (Orvik figures). Boot of 510 litres ...")
MAKERS_FIGURES = re.compile(
    r"\((?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+figures\)(?:\.?[ \t]*$|\.[ \t]+(?=[A-Z]))", re.MULTILINE
)
# a bracket that says which figures of a series they are names no maker: "(March figures)", "(Q3 figures)",
# "(Provisional figures)", "(2027 figures)"
_NO_MAKER = re.compile(rf"(?:{MONTH_NAME}|Q[1-4]|(?i:{FIGURES_QUALIFIERS}))\b|.*\d")
# where a bracket's sentence opens in its line: after the sentence or the bracket before it
_SENTENCE_BEFORE = re.compile(r".*(?:[.!?][ \t]+|\)[ \t]*)", re.DOTALL)


def find_bracketed_makers(text: str) -> list[tuple[int, int, str]]:
    """
    Each sentence whose figures a bracket at its end gives to their maker: (the sentence's start, the bracket, the
    name). Only on a body's own page (Story's issuer), where the bracket is a press kit's note of whose figures it
    prints; on a news page it is the paper's own note or a source's ("(Courier figures)", "(Police figures)").
    """
    if "figures" not in text:
        return []
    makers = []
    for found in MAKERS_FIGURES.finditer(text):
        if _NO_MAKER.match(found.group("name")):
            continue
        start = text.rfind("\n", 0, found.start()) + 1
        before = _SENTENCE_BEFORE.match(text, start, found.start())
        makers.append((before.end() if before is not None else start, found.start(), found.group("name")))
    return makers


def find_claim_lines(text: str) -> list[tuple[int, int, str]]:
    """
    A fact-check's claim lines and their claimants: the words it checks, quoted, and the one named after them
    ('CLAIM: "We built 40,000 homes" - Ilse Marr, Prime Minister'), whose figure the line gives up to the name; the
    figures the desk checks after the name ('... Jon Rask, Home Secretary. Recorded crime in fact rose 4 per cent')
    are its own or its sources'.
    """
    # '"Crime is up by half." (Civic Alliance)': the claimant in brackets after the words quoted
    # by name alone, as the page gives it: '(Dr Anna Berg, ward consultant)' -> 'Anna Berg'
    lines = [
        (m.start(), m.end("claim"), _claimant(m.group("claimant").split(",")[0]))
        for m in QUOTED_CLAIM_LINE.finditer(text)
    ]
    introduced: list[str | None] = []  # the introduction's claimant, read once for the claims that name no one
    for label in CLAIM_LINE.finditer(text):
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        # the quotation: no apostrophe ("Ministers' Press Office") closes one, and no figure the line gives before
        # it is the claimant's
        quoted = CLAIM_QUOTED.search(text, label.end(), end)
        if quoted is None:
            continue
        named = [m for m in CLAIMANT_AFTER.finditer(text, quoted.end() - 1, end)]
        named = [m for m in named if m.group("name").split()[0] not in NOT_CLAIMANT_OPENERS]
        if not named and SPEECH_EXTRACT.match(label.group()) and people_named(text[quoted.end() : end]):
            # 'What she said: "Freight is up 30 per cent," said union organiser Pia Lund.': a news page's reaction,
            # its speaker named after it, not a checked speech's extract (whose speaker the introduction names)
            continue
        if named:
            # the first named after the quotations, not a programme or paper quoted after it ('Ilse Marr, on
            # "Newsnight" BBC Two'), as the page names them ('Dr. Ilse Marr.' -> 'Ilse Marr')
            lines.append((quoted.start(), named[0].start(), _claimant(named[0].group("name"))))
        else:
            # 'Claim 2: "Waiting lists are down by a fifth."', 'CLAIM: "Only 4,000 people have left."': one of the
            # claims of the one the line names before its quotation ('Claim 2, by Ilse Marr: "..."') or else of the one
            # the introduction names, whose statements the page checks in turn: theirs, not the source the verdict
            # before it cited
            # 'The claim: A post shared widely said that Storm Hedda had left "100,000 homes" ...': the claimant is
            # the one before the verb that reports the claim, a name or a description; a name in what it reports is
            # no claimant
            stretch = text[label.end() : quoted.start()]
            reported = next((m for m in REPORTED_THAT.finditer(stretch) if m.group(1) in STANCE_OF), None)
            named_here = people_named(stretch[: reported.start()] if reported else stretch)
            if reported is not None and not named_here:
                # "A post shared widely on social media": the subject as the page describes it, after any opening
                # phrase of time or place ("In an interview on Monday, the minister said")
                subject = stretch[: reported.start()].strip()
                opening = OPENING_PHRASE.match(subject)
                if opening is not None:
                    subject = subject[opening.end() :]
                if opening is not None and DEFINITE_ROLE.fullmatch(subject):
                    # "the minister": the one the introduction named, not a claimant of its own
                    named_here = []
                elif subject[:1].isupper() and len(subject.split()) <= CLAIMANT_WORDS:
                    named_here = [subject]
                else:
                    continue
            # '"A third of routes have been cut." Civic Alliance leaflet.': a body the line names after the words, by
            # the name its document goes under, is the claimant; a line naming anyone after them is no introduction's
            after = text[quoted.end() : end].lstrip(" \t.,-–—(")
            body = ENTITY.match(after) if not named_here and after[:1].isupper() else None
            owner = body.group().rstrip(".") if body is not None else ""
            if owner and owner.split()[0] not in NOT_CLAIMANT_OPENERS and looks_like_body(owner):
                named_here = [_claimant(owner)]
            if not named_here and not introduced:
                introduced.append(_introduced_claimant(text))
            claimant = named_here[0] if named_here else introduced[0]
            if claimant is not None:
                # what a reporting verb reports runs on to its last quotation ('... had left "more than 100,000 homes"
                # without power and that the operator had "only 50 engineers" working'), in double quotation marks (an
                # apostrophe, "wasn't", "the operator's", opens none) and up to a clause that reports on its own ('...,
                # though the operator counted 71,000 homes'): what follows that is the desk's
                last = []
                for later in DOUBLE_QUOTED.finditer(text, quoted.end(), end) if reported else ():
                    if has_cue(text[quoted.end() : later.start()]):
                        break
                    last.append(later.end())
                lines.append((quoted.start(), max([quoted.end(), *last]), claimant))
    return lines


def _analysis_by(text: str, memory: SpeakerMemory) -> str | None:
    """
    Whose analysis the story's opening paragraphs say its findings come from ("an HNA analysis of registration data
    ... shows"): the outlet by the name it gives itself when the analysis is its own ("A Courier analysis" on the
    Wexley Courier's page), else the analyst as named.
    """
    paragraphs = [p for p in text.split("\n") if p.strip()][:ANALYSIS_LEAD_PARAGRAPHS]
    paper = memory.publication
    for found in (found for p in paragraphs for found in ANALYSIS_LEAD.finditer(p)):
        by = found.group("by")
        if paper and by.rsplit(" ", 1)[-1].lower() == paper.rsplit(" ", 1)[-1].lower():
            return paper
        data = found.group("data") or ANALYSED_DATA.search(found.group("of") or "")
        if found.group("kind") == "analysis" and data:
            return by
    return None


def _introduced_claimant(text: str) -> str | None:
    """
    The one whose claims a fact-check numbers: the one person its prose names before its first claim line ("Health
    Minister Bertil Ostrander told a conference ..."), not its byline's writer; of several ("Bo Lindahl, for the
    opposition, said ..."), the one the page names most often, the one it checks. None when no one stands out.
    """
    first = CLAIM_LINE.search(text)
    before = [line for line in text[: first.start() if first else 0].split("\n") if not line.startswith("By ")]
    named = list(dict.fromkeys(people_named("\n".join(before))))
    # "Bertil Ostrander" and, later, "Ostrander": one person
    people = [name for name in named if not any(other != name and other.endswith(f" {name}") for other in named)]
    if len(people) <= 1:
        return people[0] if people else None
    mentions = {name: len(re.findall(rf"\b{re.escape(name.split()[-1])}\b", text)) for name in people}
    most = max(mentions.values())
    checked = [name for name in people if mentions[name] == most]
    return checked[0] if len(checked) == 1 else None


def _claimant(name: str) -> str:
    """A claimant's name without the full stop that ends the line or a title before it ('Dr. Ilse Marr.')."""
    return strip_titles(name.rstrip("."))


# A question's or an answer's label before the name a sentence's parse gives its speaker ("Q. Opponents", "A. We")
CARRIED_LABEL = re.compile(r"(?:Q|A|Question|Answer)\s*[:.]\s+")


def _carried_answer(speaker: Speaker, owner: str) -> Speaker:
    """
    The speaker of a figure inside a body's document carried whole: the body, unless its sentence names another ("Q.
    Opponents say the cost could reach 500 million": the opponents, the question's label read off); its "we" is the
    body ("A. We expect around 7,800 passengers a day").
    """
    name = CARRIED_LABEL.sub("", speaker.name or "", count=1)
    if not name or name.lower() in {"we", "us", "our"}:
        return replace(speaker, name=owner, anonymous=False)
    return replace(speaker, name=name) if name != speaker.name else speaker


@dataclass
class Story:
    """A story's voices, read once from its whole text, and the sources that run on from sentence to sentence."""

    text: str
    memory: SpeakerMemory
    transcript: Transcript | None = None  # its labels say who speaks, which no interview's introduction does better
    interview: Interview | None = None
    # a column's writer, who says "I" outside any answer or turn: the voice its unattributed figures are in
    columnist: str | None = None
    # a press release's issuer, the voice its figures are in when no one else is named
    issuer: str | None = None
    # a court report's prosecuting counsel, whose case its lead tells ("..., a jury at Orsk Crown Court heard")
    prosecutor: str | None = None
    letters: Letters | None = None  # a letters page's letters, each in the voice of the one who signed it
    # a court report's court, by its judge's name when the page names one judge: whose sentences, fines and orders are
    court: str | None = None
    # the posts a news page quotes each in a paragraph under its writer's handle, each in its writer's voice
    posts: Letters | None = None
    # whether the columnist's is a review's or a readers' editor's voice, which gives way to any report in a sentence
    # ("he writes", "the council has since told us"), as a column's "I" need not
    own_voice: bool = False
    # whether that voice is a corrections page's signer's (its readers' editor's), who states the right figure and the
    # wrong one it corrects in their own voice, with no background or source carried on in it (tests/
    # ingest_labelling.md, "Settled in session 30"); a readers' editor's column that corrects nothing is a column
    readers_editor: bool = False
    # the byline's writer of a transcript that interviews one person ("Chronicle: ... Why?", "Calloway: ..."), who asks
    # the questions its unnamed turns put: their own figures are the interviewer's, as an interview's are
    transcript_asker: str | None = None
    carried: Speaker | None = None  # the body whose statistics the sentence before reported
    carried_document: bool = False  # whether it reported them by a document ("The board's data show")
    carried_sentence: str = ""  # the sentence that reported them
    # the body whose report the sentences since have carried on, each with no reporting verb of its own, until one
    # turns to background or another source is reported or quoted
    run: Speaker | None = None
    # whether a sentence with no figure opened the run on its document ("The council's own library statistics show how
    # differently the two are used."): the figures that follow are what the document shows
    run_opened: bool = False
    document_owner: Speaker | None = None  # the body whose figures, data or report the article last named as its
    results: Speaker | None = None  # the company whose results the story reports ("X reported quarterly profit")
    results_apposed: str | None = None  # what the sentence reporting them set it off as ("X, the maker of sofas,")
    results_before: bool = False  # whether the sentence before was about that company: what "It" then means
    last_reported: Speaker | None = None  # the source the sentence before reported
    shifted_run: Speaker | None = None  # the source whose reported speech, shifted back, runs on to the sentence before
    first_source: Speaker | None = None  # the first such body: whose "What the figures show" box it is
    # the survey, poll or analysis the story opens on, or the body whose published figures or report it opens on
    # ("according to figures published by the agency"), whose findings its reporter goes on to tell until someone
    # else is reported or quoted
    lead: Speaker | None = None
    # the body whose statistics the story opens on ("Rents rose to a record ..., according to the portal HomeFind"):
    # a change told later with no reporting verb ("Rents in Varlen rose to 1,790") is still its statistic
    statistics_lead: Speaker | None = None
    led: bool = False  # whether the story's first attribution has been read
    # the body whose document the story's opening sets it up on ("The regulator published its quarterly figures"):
    # the lead whenever the page takes that document up again after other sources
    document: Speaker | None = None
    # the story opened on findings it did not say whose ("..., according to an audit published on Monday"): the body
    # the very next sentence reports ("The Fenwick Audit Office said ...") is whose they are
    unnamed_lead: bool = False
    lead_kind: str | None = None  # the kind the opening gave its body by, for the name the next sentence gives it
    # a market report's market, named as the source of its sale or as selling it ("Esselby Mart sold 2,840 lambs"),
    # whose sale figures are given without a reporting verb
    market: Speaker | None = None
    # an election count's declaring officer ("The returning officer, Jory Kettlewell, declared that ..."), whose
    # votes, majority, turnout and rejected ballots are given without a reporting verb
    declarer: Speaker | None = None
    figured: int = 0  # the sentences with figures read so far
    briefs: bool = False  # a page of briefs, each item under its own dateline
    live: bool = False  # a live page, each post under its own time stamp
    # the source an item of briefs last reported or quoted, whose figures its later sentences go on giving with no
    # reporting verb of their own ("The fire service said 600 tonnes had caught light. Fourteen crews were sent")
    item_source: Speaker | None = None
    # the maker of the survey or poll the story last named ("The Guild surveyed 312 firms"), whose respondents'
    # answers it goes on to tell ("Almost half said they had cancelled a project")
    survey: Speaker | None = None
    # the lead is a body's tables or rankings ("The Velm Tennis Federation released its rankings"), whose findings are
    # places and changes, not a player's income or a transfer fee the story goes on to give
    ranks: bool = False
    claim_lines: tuple[tuple[int, int, str], ...] = ()  # a fact-check's claim lines: (start, claim's end, claimant)
    # a list of figures each with its own source: (item's start, its source line's start, the source)
    sourced_items: tuple[tuple[int, int, str], ...] = ()
    # a fact-check page's verdict lines, where its desk speaks for the outlet: (start, end) of each
    verdicts: tuple[tuple[int, int], ...] = ()
    fact_check: bool = False  # whether the page checks claims: its findings are the outlet's (ingest_labelling.md)
    # the name whose analysis the story's opening rests on ("an HNA analysis ... shows"): whose its findings are
    analysis_by: str | None = None
    # a body's own document the page prints whole under its introduction (a council's questions and answers): the
    # voice of the figures inside it, as the issuer's is of a release's
    carried_whole: OwnedBlock | None = None
    # the documents the page prints in their owners' voices (ingest.documents): a memo, letters that answer one another
    # and a judgment's paragraphs by their header or numbering, a notices page's items, a document carried whole
    documents: Documents | None = None
    written: WrittenQuestion | None = None  # a written question: its asker's question, its answerer's answer
    # whether each paragraph, by where its line starts, prints another's words (_printed_words): read once a paragraph
    printed_at: dict[int, bool] = field(default_factory=dict)

    def _printed(self, start: int) -> bool:
        """Whether the paragraph at a place prints another's words (_printed_words), read once for each paragraph."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if line_start not in self.printed_at:
            self.printed_at[line_start] = _printed_words(self.text, line_start)
        return self.printed_at[line_start]

    def _paper_finds(self, sentence: str, at: int) -> bool:
        """
        Whether a sentence opens with the paper, or its analysis, finding what it tells ("The Courier found"), and the
        figure at `at` is in what it found, before any comma sets a background figure after it ("..., against the
        official fee of 68 sollins").
        """
        paper = self.memory.publication
        finds = PAPER_FINDS_OPENING.match(sentence) if paper else None
        if paper is None or finds is None:
            return False
        short = re.escape(paper.rsplit(" ", 1)[-1])
        opening = re.match(rf"^{_PAPER_DAY}(?:[Tt]he|An?)\s+(?:[A-Z]\w+\s+)?(?i:{short})\b", sentence)
        comma = sentence.find(",", finds.end("verb"))
        return opening is not None and at >= finds.end("verb") and (comma < 0 or at < comma)

    @classmethod
    def read(cls, text: str, memory: SpeakerMemory) -> Story:
        # a corrections page heads its items with tags in capitals ("LOTTO: Our story on Monday said ..."), which name
        # what each item corrects, not who speaks it: the page is its signer's throughout (tests/ingest_labelling.md,
        # "Settled in session 30"), never a transcript of turns
        transcript = find_transcript(text) if own_voice_role(text) != CORRECTIONS_ROLE else None
        writer = find_writer(text)
        # a letters page's signed letters, which the cleaner marks only under a head that says letters, are no Q&A
        # though a letter asks the paper a question ("could someone count properly?") or stands under a heading that
        # does: each is its signatory's (ingest_labelling.md, "Letters page")
        letters = find_letters(text) if transcript is None else None
        interview = find_interview(text) if transcript is None and letters is None else None
        interview = interview.asked_by(writer) if interview is not None else None
        written = find_written_question(text) if transcript is None and letters is None and interview is None else None
        court = _court(text)
        # a memo, letters or a judgment the page prints whole under its introduction: each in its author's voice, whose
        # "I" makes no column of the paper's page around it
        no_turns = transcript is None and letters is None
        documents = find_documents(text, court, notices=interview is None) if no_turns else None
        told = text
        for block in documents.blocks if documents is not None else ():
            if block.found_by in (HEADED, SIGNED):
                told = told[: block.start] + " " * (block.end - block.start) + told[block.end :]
        columnist = find_columnist(told, writer) if transcript is None and interview is None else None
        own = transcript is None and interview is None and columnist is None
        issuer = find_issuer(text, memory.masthead) if own else None
        if letters is not None and columnist is None:
            # a letters page's own lines, its editor's introduction and links, are its editor's (the byline), as a
            # column's are, though only the letters say "I" (ingest_labelling.md, "Letters page")
            columnist = writer
        memory.masthead_voice = transcript is None and interview is None and columnist is None and letters is None
        memory.letters_voice = letters is not None
        story = cls(text, memory, transcript, interview, columnist, issuer, _prosecutor(text), letters, court)
        story.documents = documents
        if transcript is None and letters is None and interview is None and written is None:
            story.posts = find_inline_posts(text)
        interviewee = story._interviewee() if transcript is not None else None
        if interviewee is not None and writer is not None and writer.split()[-1] != interviewee.split()[-1]:
            story.transcript_asker = writer
        role = own_voice_role(text) if columnist is not None else None
        story.own_voice = role is not None
        story.readers_editor = role == CORRECTIONS_ROLE
        # (a column's writer too, not only a review's: the writer whose voice the page's own sentences speak in is never
        # the "he" the page reports, nor the "the minister" who told the Assembly after them)
        memory.own_voice_writer = columnist
        story.briefs = transcript is None and interview is None and _dated_items(text) >= BRIEF_ITEMS
        story.live = _live_page(text)
        story.written = written
        story.claim_lines = tuple(find_claim_lines(text))
        story.sourced_items = tuple(find_sourced_items(text)) + (tuple(find_bracketed_makers(text)) if issuer else ())
        # each line a verdict's label opens ("Verdict: Misleading. ... the peak was 71,000")
        # and each paragraph a bare rating opens, its label cut with the head ("Wrong. ... the figure is at least 31")
        verdicts = [*VERDICT_LINE.finditer(text), *RATING_PARAGRAPH.finditer(text)]
        story.verdicts = tuple((line.start(), line.end()) for line in verdicts)
        # (the cleaned text keeps no head: a verdict line, or a quotation printed with its claimant in brackets, which
        # a news page prints as a pull quote too, marks the form where the page names it in its body as well; a
        # labelled claim line marks it alone, and so does the desk's own line on its work: "QBS Verify checks claims by
        # public figures", printed on no page but a fact check)
        # (the cheap test first: every match has "heck" or "HECK" in it, and most pages have neither)
        named = ("heck" in text or "HECK" in text) and FACT_CHECK_HEAD.search(text) is not None
        bracketed = sum(1 for _ in QUOTED_CLAIM_LINE.finditer(text))
        labelled = len(story.claim_lines) > bracketed
        # (outside quotations, read only on a page that has the line at all)
        # and only after the claim the page checks, quoted: a desk's promo at the foot of an ordinary news page
        # ("Spotted a claim we should check?", "More from Post Verify"), or a consumer test's method box ("How we
        # checked: our testers boiled each kettle 50 times"), follows no quotation
        # (the cheap test first, as for FACT_CHECK_HEAD: every match has "check" in it, or "rates" and the claims or
        # statements a desk rates; a page with none of them has no such line, and the pattern is tried from every word)
        desk = DESK_AT_WORK.search(text) if _may_name_desk_at_work(text) else None
        desk = desk and DESK_AT_WORK.search(QUOTATION.sub("", text))
        at_work = desk is not None and DOUBLE_QUOTED.search(text, 0, text.find(desk.group())) is not None
        story.fact_check = labelled or (bool(story.claim_lines or story.verdicts) and named) or at_work
        if memory.masthead_voice and issuer is None:
            story.analysis_by = _analysis_by(text, memory)
            # (any other document the page says it carries whole, where no written answer already says whose each
            # part is)
            carried = (CARRIED_ANSWERS, CARRIED_TEXT_BELOW) if written is None else (CARRIED_ANSWERS,)
            blocks = documents.blocks if documents is not None else ()
            story.carried_whole = next((block for block in blocks if block.found_by in carried), None)
        return story

    def _desk_finding(
        self,
        sentence: str,
        figure: Figure,
        speaker: Speaker,
        start: int,
        reports: list[Report],
        before_this: Mention | None,
    ) -> Speaker | None:
        """
        On a fact-check page, the outlet, by its masthead name, where the figure is the desk's own finding
        (tests/ingest_labelling.md, "Settled in session 30"): a figure it faults with no one else named ("the total
        rise is nowhere near 40 per cent"), a sentence in its first person ("not supported by any budget we have
        seen"), its verdict line's own figure ("VERDICT: Wrong. ... the total is at least 31"), its inference drawn
        after a source's figures (", so the latest quarter was about 29 per cent below it"), or its finding carried on
        in its paragraph. None elsewhere: a claim checked is its claimant's, and a source's figure the source's.
        """
        desk = Speaker(self.memory.publication, speaker.stance)
        at = figure.span[0]
        inference = SO_INFERENCE.search(sentence, 0, at)
        if inference is not None and all(r.position < inference.start() for r in reports):
            return desk  # "..., according to the register, so roughly one in sixteen farms is under the ban"
        if any(r.subject and not r.negated for r in reports):
            return None
        unquoted = QUOTATION.sub("", sentence)
        if DESK_OWN_FINDING.search(unquoted):
            return desk  # "By our calculation, using the register's figures, that is 30 per cent"
        # a body the page checks against, named before the figure ("VERDICT: Mostly true. The Bus Authority lists
        # 37", "Figures the Bus Authority sent us show 37"), is the figure's source, whatever "we" or verdict label
        # stands round it
        if self._names_a_source(QUOTATION.sub("", sentence[:at])):
            return None
        if FIRST_PERSON.search(unquoted):
            return desk  # "Dozens of readers asked us to check": the desk itself, whoever the sentence before reported
        if speaker.name is not None:
            return None
        verdict = any(a <= start + at < b for a, b in self.verdicts)
        same_paragraph = self.memory.mid_paragraph
        carried = before_this is not None and before_this.speaker == desk.name and same_paragraph
        return desk if speaker.stance in FAULTED or verdict or carried else None

    def _names_a_source(self, text: str) -> bool:
        """Whether the words before a figure name a body other than the outlet ("The Bus Authority lists")."""
        paper = self.memory.publication or ""
        for entity in ENTITY.finditer(VERDICT_LABEL.sub("", text)):
            name = re.sub(r"^(?:[Tt]he)\s+|['’]s?$", "", entity.group())
            if name and name not in paper and looks_like_body(name):
                return True
        return False

    def desk_faults(
        self,
        mention: Mention,
        at: int | None,
        start: int,
        voice: str | None,
        inside: list[Quotation],
        reports: list[Report],
    ) -> Mention:
        """
        A disputes mention as a fact-check page gives it: a figure it faults with no one named as faulting it ("The
        figure of 12 is wrong", "the total rise is nowhere near 40 per cent") is the desk's verdict, the outlet's, and
        so are both figures of a "Y, not X" its verdict line sets right with no one reporting them, whatever the
        sentence's subject ("Verdict: Misleading. Storm Hedda did cut power, but the peak was 71,000, not 100,000").
        """
        paper = self.memory.publication
        # (a report after the figures is of something else: "..., about six times what the post said")
        # (``at``: where this mention's figure stands in its sentence, which starts at ``start``, not where its words
        # first occur in its quote, which may give them twice ("About 100,000 ..., 71,000, not 100,000"); None for a
        # figure of a sentence before, found in its own quote)
        if at is None:
            at = max(0, mention.quote.find(mention.figure))
            start = mention.start
        reported = any(r.position < at for r in reports)
        verdict = not reported and any(a <= mention.start < b for a, b in self.verdicts)
        unnamed = voice is None and (verdict or (mention.speaker is None and mention.stance in FAULTED))
        if not (self.fact_check and unnamed and paper):
            return mention
        if any(q.start <= start + at < q.end for q in inside):
            return mention  # a quotation's own "That figure is wrong", its speaker's
        return replace(mention, speaker=paper, speaker_anonymous=False, via=None)

    def _book_goes_on(self, sentence: str) -> Speaker | None:
        """
        On a review's or a readers' editor's page, the source the sentence before gave a figure to, when this sentence
        goes on in its paragraph with no "I" or "we" of the writer's: "..., Lindahl writes. By 1960 only nine were
        left." is the book's (tests/ingest_labelling.md, "Carrying on a report", "Settled in session 28").
        """
        memory = self.memory
        source = memory.last_speaker
        if (
            not self.own_voice
            or self.readers_editor
            or source in (None, self.columnist)
            or memory.last_speaker_anonymous
        ):
            return None
        if FIRST_PERSON.search(sentence) or ON_THE_BOOK.search(sentence):
            return None  # the writer's own verdict, or what they say of the book itself ("The book is 312 pages long")
        if not memory.mid_paragraph:
            return None  # a new paragraph: the writer's voice takes up again
        return Speaker(source, "asserts")  # a named source: an anonymous one returned None above

    def new_item(self) -> None:
        """
        A new item of a page of briefs or bulletins, under its own dateline: no source, report or run of statistics
        carries into it from the item before (tests/ingest_labelling.md, "News in brief and bulletins").
        """
        self.item_source = self.carried = self.run = self.last_reported = None
        self.shifted_run = None
        self.lead = self.statistics_lead = self.document = self.survey = None
        self.ranks = False
        self.carried_document = self.results_before = self.run_opened = False

    def _own_labels(self) -> frozenset[str]:
        """
        The labels, in lower case, a transcript's paper asks under: "Q", its masthead name whole or by a word of it
        ("Chronicle" for "The Ashford Chronicle"), and the byline's name or a word of it; no one else's or a role's
        """
        labels = {"q", "question"}
        for name in (self.memory.masthead, self.memory.named_publication, self.transcript_asker):
            if name:
                words = [word for word in name.lower().split() if word not in {"the", "a", "of", "and"}]
                labels.update(words)
                labels.add(name.lower())
                labels.add(" ".join(words))
        return frozenset(labels)

    def _interviewee(self) -> str | None:
        """The one a Q&A interviews: its interviewee, or the one person a transcript of an interview gives turns to."""
        if self.interview is not None:
            return self.interview.interviewee
        names = {name for _, _, name in self.transcript.turns if name} if self.transcript is not None else set()
        return next(iter(names)) if len(names) == 1 else None

    def unnamed_voice(self, voice: str | None) -> bool:
        """Whether the turns in ``voice`` are an unnamed source's ("PARAMEDIC:", introduced by description)."""
        return voice is not None and self.transcript is not None and voice in self.transcript.unnamed

    @property
    def notices(self) -> bool:
        """Whether the page is a notices page, whose items are each their issuer's alone."""
        return self.documents is not None and self.documents.found_by(NOTICE)

    def voice_at(self, position: int) -> str | None:
        """Whose voice the text speaks in at a position without saying so: an interview's answers, a transcript's
        turns."""
        if self.transcript is not None:
            return self.transcript.speaker_at(position)
        if self.letters is not None:
            return self.letters.writer_at(position)
        if self.documents is not None and (author := self.documents.owner_at(position, HEADED, SIGNED)) is not None:
            return author
        if self.documents is not None and self.notices:
            return self.documents.owner_at(position, NOTICE)
        if self.written is not None:
            return self.written.voice_at(position)
        if self.posts is not None and (writer := self.posts.writer_at(position)) is not None:
            return writer  # a post the page quotes under its writer's handle ('@ormsey_dad (2 stars): "..."')
        interview = self.interview
        return interview.interviewee if interview is not None and interview.answers_at(position) else None

    def asking_at(self, position: int) -> bool:
        """Whether a position is in a Q&A's question, which the interviewer puts to the one interviewed."""
        return self.interview is not None and self.interview.asks_at(position)

    def untold_speaker(
        self,
        speaker: Speaker,
        figure: Figure,
        sentence: str,
        start: int,
        reports: list[Report],
        inside: list[Quotation],
        voice: str | None,
        before_this: Mention | None,
    ) -> Speaker:
        """
        The speaker of a figure once the story is taken into account: ``speaker`` is what its sentence says (the
        quotation it stands in, the report that governs it, or no one), ``inside`` the quotations of the sentence,
        ``voice`` whose answer or turn it is, ``before_this`` the last figure mention of the sentence before.
        """
        told_in_sentence = speaker.name is not None  # by the quotation or the report its sentence gives it
        claimant = next((name for a, b, name in self.claim_lines if a <= start + figure.span[0] < b), None)
        if claimant is not None:
            # 'THE CLAIM: "Ellasmor recycles 52 per cent." Bertil Kasmaran, minister': a fact-check's claim line gives
            # the figure it checks to the one named as saying it, not to the source its quotation would run on from
            # (the office the verdict before it cited)
            return Speaker(claimant)
        whole = self.carried_whole
        if whole is not None and not inside and whole.at(start + figure.span[0]):
            return _carried_answer(speaker, whole.owner)
        # a market's price or a currency's move the sentence gives no one: no source the story carries gives it either
        # (not on a page of the paper's own analysis, whose figures it establishes: "other stock fell 27 per cent")
        market_price = speaker.name is None and not inside and not reports and not self.memory.own_analysis
        market_price = market_price and market_move(sentence, figure)
        # a body's background told by no one: whatever source the story carries on, the figure has none
        told_here = any(r.subject and not r.negated for r in reports)
        # (in a written answer too: "The national standard for category 1 calls is an average of 8 minutes" is no one's,
        # though the minister answering gives it, as the provided figures around it are the body's that provided them)
        voiced_only_by_answer = voice is None or self.written is not None
        background = voiced_only_by_answer and not inside and not told_here and self.issuer is None
        background = background and self.results is None
        # (a column's own background is its writer's, but for what _column_background leaves to no one)
        # (a review's background is no one's, as a news page's: "The hall holds 1,480 people")
        # (a readers' editor's has none: the right figure a corrections page states is theirs, "The school has 1,140
        # pupils on roll, not 1,410 as a picture caption said")
        own_background = self.own_voice and not self.readers_editor
        background = background and (self.columnist is None or own_background) and _background_holds(sentence, figure)
        # "The national target for those calls is 18 minutes": a standing rule no one in the sentence sets
        # (or any target no one is named as setting, outside a page the issuer or a columnist speaks throughout)
        own_page = self.issuer is not None or self.columnist is not None
        unset = speaker.name is None and voiced_only_by_answer and not own_page and _unset_standard(sentence, figure)
        standing_rule = (
            not inside
            and not told_here
            and (unset or _opening_clause_holds(sentence, figure, STANDING_RULE, _RULE_CLAUSE_END))
        )
        # "National rules require fallen stock to be collected within 48 hours", "under Keldran law he has 30 days":
        # a law or a rule is no speaker, whoever the story carries on with (ingest_labelling.md, "A body's own act")
        standing_rule = standing_rule or (not inside and voice is None and _set_by_rule(sentence, figure, reports))
        # "Any party may appeal within 21 days of this notice": an appeal right's period, in the issuer's voice too
        standing_rule = standing_rule or (not inside and _law_s_appeal_window(sentence, figure))
        # an answer in a Q&A, or in one whose turns are labelled ("Quarrie: ..."), one interviewee answering
        interviewee = self._interviewee()
        interviewed = self.interview is not None or (self.transcript is not None and interviewee is not None)
        answering = voice is not None and interviewed and not inside and not reports
        if self.results is not None and not inside and speaker.name and self._results_own_voice(speaker, reports):
            # "The board proposed a dividend", "Teller's pay rose to 612,000, the annual report shows": in a results
            # story its board and its accounts or annual report, which name no one else, are the company's
            speaker = replace(self.results, via=None, stance=speaker.stance)
        # "before a bed was found for them": a passive with no one doing it reports nothing
        told_by_someone = any(r.subject for r in reports)
        if answering and speaker.name is None and FIRST_PERSON.search(sentence):
            # "I would guess two in three of the fires were wet wood", answering: the one interviewed in their own
            # first person, not a report from the sentence before carried on by its tense
            speaker = Speaker(voice, speaker.stance, anonymous=self.unnamed_voice(voice))
        if answering and speaker.name and speaker.name != voice:
            # "The ministry has offered 2,000 plavins a farm.", answering: what the one interviewed tells, not said to
            # be anyone else's by a report or quotation, is told in their voice, whoever it is about
            speaker = Speaker(voice, speaker.stance, anonymous=self.unnamed_voice(voice))
        yours = (speaker.name or "").lower().startswith("your ")  # "Your own figures show": the interviewee's document
        if yours and (other := YOUR_OTHER.fullmatch(speaker.name or "")) is not None and not inside:
            # "Your defence minister says 11,000 troops", "Your staff union says": another person or body the question
            # names, by its role, never the one asked
            speaker, yours = replace(speaker, name=other.group("other"), anonymous=False), False
        put_to_you = _put_to_you(sentence, figure)
        if interviewee and voice is None and not inside and (speaker.name is None or yours) and put_to_you:
            # "You planned to open 40 of your own pubs by 2030.": a question that puts the one interviewed their own
            # figure is theirs, not the interviewer's
            speaker = Speaker(interviewee, "asserts")
        asker = self.transcript is not None and voice is not None and speaker.name in (None, voice)
        # (only a turn that goes on to ask: an answer's generic "you made 40,000 a year" or a debater's accusation, "You
        # closed 40 hospitals, Mr Kerr.", stays its speaker's)
        asker = asker and self.transcript is not None and self.transcript.asks_after(self.text, start + figure.span[0])
        if asker and self.transcript is not None and not inside and put_to_you:
            # "JANA MORT: Thanks. You're closing 60 branches. Which is it?": a turn that puts the one who answers next
            # their own figure gives it to them, not to the one asking
            answerer = self.transcript.answerer_after(start + figure.span[0])
            speaker = Speaker(answerer, "asserts") if answerer and answerer != voice else speaker
        if (
            self.interview is not None
            and not inside
            and QUESTION_LABEL.sub("", speaker.name or "", count=1).lower() == "you"
        ):
            # "Last spring you told this paper you expected 1 million loans": a question's "you" is the one interviewed,
            # its label read off ("Q. You told parents you needed 400 signatures")
            speaker = replace(speaker, name=self.interview.interviewee, anonymous=False)
        if self.transcript is not None and voice is None and not inside and (speaker.name or "").lower() == "you":
            # "Q: Today you say 800 million. Which is it?" at a briefing of several: whoever answers the question
            answerer = self.transcript.answerer_after(start + figure.span[0])
            speaker = replace(speaker, name=answerer, anonymous=False)
        asking = self.interview is not None and voice is None and self.interview.asks_at(start + figure.span[0])
        if asking and self.interview is not None and speaker.name is None and not inside and not reports:
            # "Imported honey sells at 6.20 a kilo. Can you compete?": a question's own figure, which it gives no one
            # else, is its interviewer's, the byline's (tests/ingest_labelling.md, "Q&A interview")
            speaker = Speaker(self.interview.interviewer, "asserts") if self.interview.interviewer else speaker
        # reported by the document by its noun alone, whoever the sentence's parse took it for
        subjects = [r.subject.strip(" ,") for r in reports if r.subject]
        bare_noun = bool(subjects) and all(BARE_DOCUMENT_NOUN.fullmatch(subject) for subject in subjects)
        bare_noun = bare_noun or BARE_DOCUMENT_NOUN.fullmatch(speaker.name or "") is not None
        if self.document is not None and not inside and bare_noun and _document_taken_up(sentence, reports):
            # "According to the survey, 72 per cent ...": the story's document, whose owner its opening named (not
            # "according to figures obtained by the Standard")
            speaker = replace(speaker, name=self.document.name, anonymous=False)
        if self.document is not None and not inside and voice is None and self._document_reports(reports):
            # "Staff shortages caused about a third of the late arrivals, it says.": the story's document
            speaker = replace(self.document, via=None, stance=speaker.stance)
        respondents = bool(subjects) and all(RESPONDENTS.fullmatch(subject) for subject in subjects)
        # (the survey its own sentence names first: "In a survey by X of 1,200 adults, 61 per cent said")
        survey = self._survey_maker(sentence, Speaker(None)) if respondents and _names_survey(sentence) else None
        survey = survey or self.survey
        if survey is not None and respondents and not inside and voice is None:
            # "The Guild surveyed 312 of its firms. Almost half said they had cancelled a project": the respondents of
            # the survey the story last named answering, a finding of its maker's, not a source of their own
            speaker = replace(survey, via=None, stance=speaker.stance)
        owner = self.document_owner or self.first_source or (Speaker(self.issuer) if self.issuer else None)
        bare = speaker.name is not None and BARE_DOCUMENT.fullmatch(speaker.name) is not None
        if bare and owner is not None and not inside and _document_speaks(sentence, speaker.name or ""):
            # "Violent offences rose by 9 per cent, the figures show": the figures name no one; they are the body's
            # whose figures the article said they are ("the force's annual figures")
            speaker = replace(speaker, name=owner.name, anonymous=False)
        # (not the people a written question's asker speaks for, "My constituents tell me", sources of their own)
        askers_people = self.written is not None and OTHERS_OF_MINE.fullmatch(speaker.name or "") is not None
        if speaker.name and voice and FIRST_PERSON_SOURCE.match(speaker.name) and not askers_people:
            # "Our records show", "the figure we will report", answering: the one whose voice it is
            speaker = replace(speaker, name=voice, anonymous=self.unnamed_voice(voice))
        in_question = self.written is not None and voice == self.written.asker and not inside
        cited = speaker.name is not None and ANALYSED_DATA.search(speaker.name) is not None
        if in_question and cited and not FIRST_PERSON_SOURCE.match(speaker.name or ""):
            # "Official figures released in July showed the average was 58 minutes", in the question: the asker's
            # case, which cites figures they name no one as publishing
            speaker = replace(speaker, name=voice, anonymous=False, via=None)
        if self.written is not None and voice == self.written.answerer and self.written.answers_for(speaker.name):
            # "The government has provided an additional 22 million", answering: the minister answers for it
            speaker = replace(speaker, name=voice, anonymous=False, via=None)
        # (a diary's entry, a statement in full: not the paper's; nor the site's: "From the maker, Corvel Audio: We
        # tuned the Rover 2", the maker's copy on a retailer's page; read only where no voice or quotation holds)
        printed = voice is None and not inside and (self._printed(start) or _named_before_colon(self.text, start))
        if voice is None and not inside and not printed and OUR_VOICE.match(sentence) and self.memory.publication:
            # "We found 3 new libraries, not 5": outside any quotation, answer or turn, the first person plural
            # of news prose is the paper's own, not the last one quoted
            we = name_of("we", self.memory)[0]
            if speaker.name is None or speaker.name == we:
                # (on a body's own site, the body's: a game's masthead over its developer's page, fix41b)
                speaker = Speaker(self.issuer or self.memory.publication, "asserts")
        witnessed = _paper_witnesses(sentence) and not printed
        paper_voice = self.memory.masthead_voice and self.issuer is None and self.documents is None
        if speaker.name is None and voice is None and not inside and not reports and witnessed and paper_voice:
            # "By first light I count 212 cars", "Of the 60 prices we checked, 19 showed a 'was' price": outside any
            # quotation, answer or turn, what the paper's journalist counted or checked on the spot is the paper's own
            # (tests/ingest_labelling.md, as a fact-check's own findings are)
            speaker = Speaker(self.memory.publication, "asserts") if self.memory.publication else speaker
        if speaker.name is None and voice is None and not inside and self._paper_finds(sentence, figure.span[0]):
            # "The Courier found slots advertised for up to 400 sollins", "A Courier analysis of ... found that":
            # the paper, by its own name, telling what it established itself
            speaker = Speaker(self.memory.publication or "", "asserts")
        # a release's own voice takes up again after a figure it gives another ("..., according to the weather
        # office. Turnover rose 6 per cent"): another's statistics do not run on in it
        carried = self.carried if self.issuer is None else None
        # a change the figure tells, or the sentence before told: the story announcing what a body changes
        announced = figure.previous_value is not None or (
            before_this is not None and before_this.previous_value is not None
        )
        # "False alarms made up 41 per cent of call-outs, and the board estimates ...": the body whose statistics run
        # on, reporting again in a later clause, reports what follows it; the clause before carries its statistics on
        told_before = told_by_someone and not (carried is not None and _reports_again(reports, figure, carried))
        # (nor into a letter's or a turn's own first person: "The TIA says premiums are up 10.4 per cent. My premium
        # went up 36 per cent." is the writer's own count, set against the body's)
        in_own_person = voice is not None and _first_person_owns(sentence)
        if speaker.name is None and carried is not None and not inside and not told_before and not answering:
            speaker = speaker if in_own_person else _statistic_goes_on(sentence, figure, carried, announced=announced)
        # no one reports the figure in this sentence, nor is it a turn's or an answer's own words: what the sentence
        # before started may go on in it
        unvoiced = not inside and not reports and voice is None
        run = self.run if self.issuer is None and self.columnist is None else None
        same_paragraph = self.memory.mid_paragraph  # past its paragraph's first sentence
        if speaker.name is None and run is not None and unvoiced:
            speaker = _report_goes_on(sentence, figure, run, self.carried is not None, same_paragraph, announced)
            if speaker.name is None and self.run_opened:
                speaker = _document_goes_on(sentence, figure, run)
        if speaker.name is None and carried is not None and unvoiced:
            speaker = _reported_thing_goes_on(sentence, figure, carried, self.carried_sentence) or speaker
        if speaker.name is None and before_this is not None and unvoiced and not told_by_someone:
            # "Only 7.2 per cent of offences led to a charge. For burglary the charge rate was under 4 per cent.": the
            # release's figures go on in its paragraph, told in the past as its period is
            speaker = self._release_goes_on(sentence, figure, before_this) or speaker
        if speaker.name is None and before_this is not None and unvoiced:
            # "The union logged 5,300 complaints. Of those, 1,900 were not answered within a month.": a part of what
            # the sentence before counted is counted by the one who gave that count (not in an answer's own words)
            speaker = _part_taken_up(self.text, sentence, start, before_this) or speaker
        # the modal stands before the figure it shifts: not "Shares rose 6.2 percent on expectations it would win"
        shifted = BACKSHIFTED.search(sentence[: figure.span[0]])
        # (not in an answer or a turn: "I would guess two in three were wet wood" is whose voice it is)
        goes_on = self.last_reported is not None and unvoiced and shifted
        if speaker.name is None and goes_on and self.last_reported is not None:
            # "..., people familiar with the talks said. The offer would lift the wage to 11.60 korbs": reported
            # speech goes on, its tense shifted back, in the sentence after its report
            speaker = replace(self.last_reported, via=None, stance="asserts")
        run_on = self.shifted_run is not None and shifted and same_paragraph
        run_on = run_on and not FIRST_PERSON.search(sentence) and not SHIFTED_RUN_BREAKS.search(sentence)
        if speaker.name is None and unvoiced and run_on and self.shifted_run is not None:
            # "... would open in 2029, the ministry said. Work would start in May. The bridge would carry 42,000
            # vehicles a day.": the shifted run goes on in its paragraph, past its first sentence
            speaker = replace(self.shifted_run, via=None, stance="asserts")
        if speaker.name is None and unvoiced and self.last_reported is not None and not own_page:
            speaker = _report_carried_on(sentence, figure, self.last_reported, same_paragraph) or speaker
        own = _own_record(sentence, figure, self.memory) if not inside and not reports else None
        if own is not None and speaker.name in (None, voice):
            speaker = own  # "Nordrail's own figure is 180.", answering: the body's record, not the one who cites it
        elif speaker.name is None and not inside and not reports:
            speaker = _members_represented(sentence, figure, self.memory) or speaker
        # a letter on a letters page under its editor's byline is its writer's, not the editor's (ingest_labelling.md)
        mine = voice is None and (speaker.name is None or MY_SOURCE.match(speaker.name) is not None)
        # "Tarrowpost, the postal company, wants to close 180 branches": a body's own plan, which the column argues with
        if self.notices and voice is not None and speaker.name and f"{voice}, {speaker.name}," in sentence:
            # "Maren Ostlake, Haddow Fen Farm, has applied for a licence to take up to 45,000 cubic metres": a notice's
            # applicant with the address set off after the name, which is where they live, not who applies
            speaker = replace(speaker, name=voice, anonymous=False, via=None)
        # (the page's own report of it too: "Last week we reported that Kelvaig council plans to close 14")
        ours = all((r.subject or "").lower() == "we" for r in reports)
        # (and a letter's: "The council plans to close 14" is the council's, not the writer's, as a report would be)
        lettered = self.letters is not None and voice is not None and speaker.name in (None, voice)
        planned = (self.columnist and mine) or lettered
        plan = self._bodys_plan(sentence, figure) if planned and not inside and ours else None
        if plan is None and self.columnist and not inside and not reports and mine:
            plan = self._bodys_own_opening(sentence)
        if plan is not None:
            speaker, mine = plan, False
        # a finding of the document the column discusses, told with no cue: the document's, not the columnist's
        leads = self.lead is not None and not told_by_someone and not FIRST_PERSON.search(sentence)
        leads = leads and tells_a_finding(sentence)
        # (a report of the writer's own, "we will tell you what we have decided", or one by no one, "within 24 hours of
        # being told", is none they give way to)
        # (nor one of only what follows it, after the figure: "said 40 jobs would go and quoted X as saying ...")
        others = [
            r
            for r in reports
            if r.subject
            and not FIRST_PERSON.fullmatch(r.subject.strip())
            and not (r.relative and r.position >= figure.span[1])
        ]
        voiced = self.columnist and not (self.own_voice and (others or background))
        # (a readers' editor leaves no figure of theirs to background: "We corrected 23 errors in 2026" is their count)
        column_background = not self.readers_editor and _column_background(sentence, figure)
        if voiced and not inside and mine and not leads and not column_background:
            # "By my arithmetic, the company handed out ...", "That leaves 3.15 billion": the columnist's own
            speaker = self._book_goes_on(sentence) or Speaker(self.columnist, speaker.stance)
        if speaker.name is None and not inside and not reports and WRITERS_INFERENCE.match(sentence):
            # "That means roughly one in seven posts is empty": the writer's arithmetic on the figure before,
            # the paper's when it names itself
            paper = self.memory.publication and self.memory.named_publication  # as the text names it
            speaker = Speaker(self.memory.publication) if paper else speaker
        before = self.carried or self.last_reported
        paper = self.memory.publication
        ours = before is not None and paper is not None and before.name in (paper, paper.rsplit(" ", 1)[-1])
        restated = ours and speaker.name is None and not inside and not reports and RESTATED.match(sentence)
        if before is not None and restated:
            # "..., according to the Ledger's analysis. That is a fall of 31.5 per cent": the paper's own figure
            # put another way is the paper's, by the name the sentence before gave it (a body's figure restated
            # carries on the body's report: _report_goes_on)
            speaker = Speaker(before.name)
        # "It costs me 1,100 a hectare", in a turn: the one whose turn it is, in their own first person, not the body
        # the turn before was about taken up as "it"
        own_words = voice is not None and FIRST_PERSON.search(sentence) is not None
        if speaker.name is None and not inside and not own_words:
            unreported = self.memory.unreported_source(sentence)
            # "The health board's data ... show that 41 per cent ... . The figures also show ... . Eleven of the 26
            # surgeries are closed to new patients": on a page the paper's own analysis leads, the findings of another
            # body's data the sentence before told run on as that body's, not the paper's
            data_owner = self._data_owner_over_paper(unreported) if unreported is not None else None
            speaker = replace(data_owner, via=None, stance="asserts") if data_owner else unreported or speaker
        analysed = self.analysis_by is not None and not own_words and not told_by_someone and tells_a_finding(sentence)
        if speaker.name is None and not inside and voice is None and analysed:
            # "Children under 18 made up 24 percent of those registered.", under an "HNA analysis ... shows" lead: the
            # analysis's finding, told with no cue, also after another source's figure set beside it
            speaker = Speaker(self.analysis_by, "asserts")
        if speaker.name is None and self.first_source is not None and not inside and _in_figures_box(self.text, start):
            speaker = self.first_source  # "What the figures show" then "- Leakage: 118 million litres a day"
        if speaker.name is None and not inside and ":" in sentence:
            speaker = self._points_from(sentence, figure) or speaker
        if speaker.name is None and voice is not None:
            speaker = Speaker(voice, anonymous=self.unnamed_voice(voice))  # "We enrolled 800 patients", answering
        # (a question's own figure: not one it gives a source, "Insurers say claims doubled", nor the one it puts the
        # interviewee, "You planned to open 40 pubs")
        unsourced = speaker.name is None and voice is None and not inside and not reports and not put_to_you
        asked = unsourced and self.transcript is not None and self.transcript_asker is not None
        if (
            asked
            and self.transcript is not None
            and self.transcript.in_unnamed_question(self.text, start + figure.span[0], self._own_labels())
        ):
            # "Chronicle: Families are paying 220 merls more for a cremation this year. Why?": the question's own
            # figure is its interviewer's, the byline's (tests/ingest_labelling.md, "Q&A interview"), as an
            # interview's is
            speaker = Speaker(self.transcript_asker, "asserts")
        if self.prosecutor is not None and not inside and JURY_HEARD.search(sentence):
            # "A port official took 640,000 in bribes, a jury heard": the case the prosecution opened, not a
            # report by anyone the charge names; the jury is the listener
            speaker = Speaker(self.prosecutor)
        gives = self.court is not None and speaker.name is None and not inside
        if gives and self._court_gives(sentence, start, figure):
            # "has been fined 240,000 and ordered to pay 38,500 in costs": a court report's sentence, fine or award is
            # the court's, its judge's by name (tests/ingest_labelling.md, "Court report")
            speaker = Speaker(self.court, "asserts")
        # a reporting clause later in the sentence that does not close it reports only what follows it ("Sales
        # rose 3.9 per cent ..., but the company said its margin had shrunk")
        later = all(r.position > figure.span[1] and not r.postposed for r in reports)
        if speaker.name is None and self.results is not None and not inside and later:
            # "Revenue was flat at 6.3 billion", "Telvar had 7.8 million customers": a results story's
            # company's own figures, told without a reporting verb (not its share price nor analysts' views)
            kinds = _company_kinds(self.results.name or "", self.memory, self.results_apposed)
            speaker = _own_result(sentence, figure, self.results, kinds, self.results_before)
        sells = MARKET_SELLS.match(sentence) or MARKET_HEAD_SELLS.match(sentence) if self.market is None else None
        # "Esselby Mart sold 2,840 prime lambs": the market named as selling the sale, from its own sentence on
        market = self.market or (self._market_selling(sentence) if sells and sells.end() <= figure.span[0] else None)
        if market is None and speaker.name is None and not inside:
            market = self._market_lead(sentence)  # "4,310 boxes were sold at the Pellow Bay Fish Auction"
        if market is not None and self.market is not None:
            market = _sentence_market(sentence, self.text, market)
        # "A skipper ... said the difference was 900"; not "..., and buyers there said the lots were slow"
        told = [r for r in reports if r.subject and (r.position < figure.span[0] or r.postposed)]
        # (a report the sentence's parse missed still reports: "A skipper who lands at both ports ... said the")
        reported_else = speaker.name is None and (bool(told) or (not reports and has_cue(sentence[: figure.span[0]])))
        if market is not None and not inside and not reported_else and speaker.name in (None, market.name):
            speaker = _market_figure(sentence, figure, market) or speaker
        declarer = self.declarer or (_declared_by(sentence) if "declared" in sentence else None)
        # a count's figure told with no reporting verb is the officer's, not a document's carried on from before
        if (speaker.name is None or not told_by_someone) and declarer is not None and not inside:
            speaker = _count_figure(sentence, figure, declarer) or speaker
        quoted = any(q.start <= start + figure.span[0] < q.end for q in inside)
        handed = _named_before_colon(self.text, start)  # "From the maker, Corvel Audio: We tuned ...": the maker's
        if speaker.name is None and self.issuer is not None and not quoted and not handed:
            # "Coverage is 90.2 per cent", in the release of the body that issued it; a title in quotation marks
            # elsewhere in the sentence ('The "Room to Care" appeal has raised ...') leaves it the issuer's
            speaker = Speaker(self.issuer)
        restating = WRITERS_INFERENCE.match(sentence) or RESTATED.match(sentence)
        finding = self.lead is not None and not restating and tells_a_finding(sentence)
        # (not a ranking's: "Morel, who turned professional in 2019, earns about 2 million a year from sponsors")
        finding = finding and not (self.ranks and RANKS_AWAY.search(sentence))
        # (nor the lead body's own description, by its kind: "The club, founded in 1898, rents its boathouse for 3,000
        # marks a year" after "according to the club's register")
        by_kind = BODY_TAKEN_UP.match(sentence)
        own_description = (
            by_kind is not None and self.lead is not None and may_be_called(self.lead.name or "", by_kind[1])
        )
        finding = finding and not own_description
        if speaker.name is None and self.lead is not None and not inside and not told_by_someone and finding:
            # "..., according to a Tallis Research survey. The Civic Party is on 38%": the poll's finding, told in
            # the reporter's voice
            speaker = self.lead
        change = figure.previous_value is not None and not restating and tells_a_finding(sentence)
        if speaker.name is None and self.document is not None and unvoiced and change and self.columnist is None:
            # "Diesel made up 38 per cent of hauliers' running costs in the quarter, against 33 per cent a year
            # earlier", after other voices: a statistic set against its earlier level, told with no cue, is the
            # release's the story reports (tests/ingest_labelling.md, "Statistics release")
            speaker = replace(self.document, via=None, stance="asserts")
        # another source's report just before ("But university leaders say cost matters more.") breaks the run
        interrupted = self.last_reported is not None and not _same_source(self.last_reported, self.statistics_lead)
        if (
            speaker.name is None
            and self.statistics_lead is not None
            and not inside
            and not told_by_someone
            and voice is None
            and not interrupted
        ):
            # "Only 7.2 per cent of offences led to a charge, down from 8.1 per cent", paragraphs on: the opening's
            # statistic, told in the past with its earlier level
            changed = _change_told(sentence, figure, in_the_past=True)
            speaker = _statistic_goes_on(sentence, figure, self.statistics_lead, changed, announced=announced)
        source = self.carried or self.run or self.statistics_lead or self.first_source
        # no other source reported in the sentence before ("But the union says ...")
        untold = speaker.name is None and unvoiced
        if untold and source is not None and _same_source(source, self.last_reported or source):
            # "In Kelvaig the figure was 26 per cent, against 15 per cent in Varnhelm": the statistics of the body the
            # story gives them to, broken down by place or group (tests/ingest_labelling.md, "Statistics release")
            speaker = replace(source, via=None, stance="asserts") if _broken_down(sentence, figure) else speaker
        item = self.item_source
        item = item if item is not None and not BACKGROUND_CLAUSE.search(sentence, 0, figure.span[0]) else None
        # a live post's source goes on only in what happens as the post tells it ("Eight were checked by paramedics",
        # "About 40 services have been cancelled", "Trains are running late"); its standing facts ("The party needs 41
        # seats", "The record was set in 1963") are the reporter's background, though the post quoted a source
        item = item if self.briefs or UNFOLDING.search(sentence) is not None else None
        if speaker.name is None and item is not None and not inside and not told_by_someone and voice is None:
            # "The Kestrick fire service said about 600 tonnes had caught light. Fourteen crews were sent.": within an
            # item of briefs, what follows its source's report with no reporting verb of its own is that source's; not
            # background set off in it ("The school, which has 86 pupils, closed"), which is no one's
            speaker = replace(item, via=None, stance="asserts")
        own_change = figure.previous_value is not None and WILL_CHANGE.search(sentence, 0, figure.span[0]) is not None
        if speaker.name is None and own_change and not told_by_someone and unvoiced and self.columnist is None:
            # "The trust said ... . Monthly permits will rise to 45 stennets from 30 stennets.": a change to be made,
            # told with its earlier level and no one reporting it, is the act of the body the story has quoted most,
            # whose changes it tells, after whatever interrupted them (tests/ingest_labelling.md, "A body's own act");
            # on a page of briefs, only its item's source, as no source carries from one item to the next
            item_body = self.item_source.name if self.item_source is not None else None
            body = item_body if self.briefs else self.memory.most_quoted_body()
            speaker = Speaker(body, "asserts") if body else speaker
        plain = voice is None and self.columnist is None and self.issuer is None and not self.memory.own_analysis
        if speaker.name is None and plain and not inside and not reports:
            # "The fund received 214 applications": told in the reporter's voice, a body's tally of its own period
            speaker = _own_tally(sentence, figure, self.memory) or speaker
        # "The opera house, which holds 1,480 people,": a description set off in the sentence, outside any quotation,
        # answer or turn and not on a body's own release or in a column (whose own figures are its writer's,
        # ingest_labelling.md, as _background_holds and _unset_standard leave them), is background whoever the
        # sentence or the page speaks for
        described = None if voice is not None or inside or own_page else _described(sentence, figure)
        if described is not None and any(_tells_description(r, figure, described) for r in reports):
            described = None
        sourced = next((name for a, b, name in self.sourced_items if a <= start + figure.span[0] < b), None)
        if sourced is not None and not told_in_sentence and not inside and not told_by_someone and voice is None:
            # "Care homes in Quorvell that were rated inadequate last year: 212 out of 1,140. Source: Care Standards
            # Board annual report.": an item of a list of figures, each item with its own source, is that source's, as
            # a brief's item is its own (no source the page named before runs on into it); a standing target in it
            # ("against a target of 80 per cent") stays no one's
            speaker = Speaker(sourced, "asserts")
        if (market_price and voice is None) or background or standing_rule or described:
            return Speaker(None)
        if self.fact_check and voice is None and not inside and self.memory.publication:
            # after every source the story carries on: only what no one else is given is the desk's own
            speaker = self._desk_finding(sentence, figure, speaker, start, reports, before_this) or speaker
        return speaker

    def _read_form(self, sentence: str, reports: list[Report], figures: list[Figure], reported: Speaker | None) -> None:
        """The market a market report's sale is held by, or the officer who declares a count, once its page says so."""
        named = reported is not None and reported.name is not None and not reported.anonymous
        if self.market is None and figures and SALE_HELD.search(sentence):
            if (selling := self._market_selling(sentence)) is not None:
                self.market = selling  # "Esselby Mart sold 2,840 lambs"
            elif named and reported is not None and MARKET_NAME.fullmatch(reported.name or ""):
                self.market = replace(reported, via=None, stance="asserts")  # "..., the mart said", of its sale
        turn = MARKET_TURN.match(sentence) if self.market is not None else None
        if turn is not None and (turned := _market(turn.group("market"))) is not None:
            self.market = turned  # "Trade on the Kelsby grain exchange was quiet": its sale from here on
        if self.market is None:
            # (a lead may name the sale and its market before any figure: "Wet weather kept some sellers at home for
            # Tuesday's sale at Kestlow Mart")
            lead = self._market_lead(sentence)
            # told by no one else: not "Cod prices at the Elmshaw auction rose 6 percent, traders said"
            if lead is not None and (reported is None or reported.name in (None, lead.name)):
                self.market = lead
        self.figured += bool(figures)
        if self.declarer is None and named and reported is not None:
            declares = any(r.subject and DECLARING_CUE.match(sentence, r.position) for r in reports)
            # of votes, or of a count's result or a vote: "declared the result at the Corn Hall just after 3am",
            # "declared that 1,187 members had voted for strike action"
            # (a declaration opening the sentence, not "down from the 73 per cent it announced at midnight")
            opening = [r for r in reports if r.subject and not r.relative and DECLARING_CUE.match(sentence, r.position)]
            heads = bool(opening) and all(f.span[0] > opening[0].position for f in figures)
            counted = any(f.unit in COUNT_UNITS for f in figures) or (
                heads and COUNT_DECLARED.search(sentence) is not None
            )
            # one who declares, by name or by office; not "the result of a ballot declared on Tuesday shows"
            name = reported.name or ""
            declaring = name[:1].isupper() or DECLARING_OFFICE.search(name) is not None
            if declares and counted and declaring:
                self.declarer = replace(reported, via=None, stance="asserts")
        if self.declarer is None and "declared" in sentence and any(f.unit in COUNT_UNITS for f in figures):
            self.declarer = _declared_by(sentence)  # "... was declared the winner ... by the returning officer"

    def read_lead(self, sentence: str, reports: list[Report], inside: list[Quotation]) -> None:
        """
        A results story whose lead gives the company's result with no reporting verb ("Halden Dairy, the farmer-owned
        cooperative ..., more than doubled its operating profit last year, to 38.6 million"): read before the lead's
        figures are given theirs, so that they and the story's are the company's (tests/ingest_labelling.md, "Results
        story").
        """
        if self.results is not None or self.figured or reports or inside or self.issuer or self.columnist:
            return
        if not RESULTS_REPORTED.search(sentence):
            return
        text = DATELINE.sub("", sentence)
        name = self.memory.opening_body()
        if not name or not text.startswith(name):
            return
        at = len(name)
        set_off = NAME_SET_OFF.match(text, at)
        if OWN_RESULT_REPORTED.match(text, set_off.end() if set_off is not None else at):
            self.results = Speaker(name, "asserts")
            self.results_before = True
            # what it was set off as, the kind the story goes on to call it by ("the cooperative")
            head = COMPANY_HEAD.search(set_off.group()) if set_off is not None else None
            self.results_apposed = head.group("head").lower() if head is not None else None

    def _points_from(self, sentence: str, figure: Figure) -> Speaker | None:
        """
        The one whose speech or statement a label says the points after its colon come from ("Key measures at a glance,
        from the finance minister's statement: Fuel duty up 6 per cent ..."): a live page's summary of a speech.
        """
        label = POINTS_FROM.search(sentence, 0, figure.span[0])
        name, anonymous = name_of(label.group("owner"), self.memory) if label is not None else (None, False)
        if name is None:
            return self._list_giver(sentence, figure.span[0])
        return Speaker(name, "asserts", anonymous=anonymous)

    def _list_giver(self, sentence: str, at: int) -> Speaker | None:
        """
        The one a list's lead-in names as giving it, when the list's figures stand after its colon ("Saltmarsh read
        out the totals so far: Korrigan 1,904,310 votes, ..."): a named person or body, not an anonymous one.
        """
        label = LIST_GIVEN_BY.search(sentence, 0, at) if at >= 0 else None
        if label is None:
            return None
        # (by the name set off after a role: "The returning officer, Edda Voskuil, read out the totals:")
        name, anonymous = name_of(label.group("owner") or label.group("apposed") or label.group("subject"), self.memory)
        named = name is not None and not anonymous and (name[:1].isupper() or looks_like_body(name))
        return Speaker(name, "asserts") if named else None

    def _court_gives(self, sentence: str, start: int, figure: Figure) -> bool:
        """
        Whether the court gives the figure: an order or fine its judge or the court makes ("She also fined his company
        18 million", "She gave the company 28 days to pay"), or a fine told in the passive at the court the sentence
        names ("was fined 85,000 at Skellow District Court", "by the district court") and the order it goes on to.
        """
        at = figure.span[0]
        gave_time = GAVE_TIME.search(sentence, 0, at) is not None and TO_PAY.match(sentence, figure.span[1]) is not None
        ordered = gave_time or COURT_ORDER.search(sentence, 0, at) is not None
        if ordered and self._judge_acts(sentence, start, at):
            return True
        if EARLIER_FINE.search(sentence) is not None:
            return False
        passive = FINED_PASSIVE.search(sentence, 0, at)
        if passive is not None:
            return AT_COURT.match(sentence, figure.span[1]) is not None
        # "... and ordered to repay 412 tenants", after such a fine in the same sentence
        and_ordered = AND_ORDERED.search(sentence, 0, at)
        return and_ordered is not None and self._fined_at_court(sentence[: and_ordered.start()])

    @staticmethod
    def _fined_at_court(before: str) -> bool:
        """Whether ``before`` tells a fine in the passive at the court it names ("was fined 85,000 at Skellow ...")."""
        fined = re.search(_FINED + r"[^;:]{1,40}?(?=\s(?:at|by)\s)", before)
        return fined is not None and AT_COURT.match(before, fined.end()) is not None

    def _judge_acts(self, sentence: str, start: int, at: int) -> bool:
        """
        Whether the sentence up to ``at`` opens on the court or its judge acting (or one the splitter left joined to
        it), a pronoun taking up the judge named just before.
        """
        acts = JUDGE_ACTS.search(sentence, 0, at)
        if acts is None or self.court is None:
            return False
        if acts.group("subject") not in ("He", "She"):
            return True
        meant, _ = name_of(acts.group("subject"), self.memory)
        return (meant is not None and meant.split()[-1] == self.court.split()[-1]) or self._judge_opened(start)

    def _judge_opened(self, start: int) -> bool:
        """
        Whether the paragraph before ``start`` opens on the judge as its subject ("Judge Tamar Elsky ... found Dario
        Mesk guilty ... . She also fined"): the pronoun goes on with that subject, not the last person named.
        """
        paragraph = self.text[self.text.rfind("\n", 0, start) + 1 : start].rstrip()
        rank = JUDGE_RANK.match(paragraph)
        # the sentences after the judge's own go on quoting the judge or with the judge as "he" or "she" ('"A fine of
        # 42,000 is the lowest I can impose," she said. She gave the company 28 days to pay.'): none turns to another
        # subject the pronoun could take up
        if rank is None or not paragraph.startswith(self.court or "", rank.end()):
            return False
        opens = [found for found in NEXT_SENTENCE.finditer(paragraph) if len(found.group("opens")) == 1]
        if any(found.group("opens").isalpha() for found in opens):
            return False
        # a quotation counts only as the judge's own ('"...," she said'), not another's told between ('"She wanted
        # them out," the prosecutor said')
        ends = [found.start("opens") for found in opens[1:]] + [len(paragraph)] * bool(opens)
        return all(
            self._judge_quoted(paragraph[found.start("opens") : end]) for found, end in zip(opens, ends, strict=True)
        )

    def _judge_quoted(self, sentence: str) -> bool:
        """
        Whether a sentence opening on a quotation reports it as the judge's ("she said", "the judge said") or goes on
        with the quotation before it, with no report of its own ('"It was a habit."').
        """
        said = QUOTE_SAID_BY.search(sentence)
        if said is None:
            return True
        who = said.group("who")
        return who.lower() in ("he", "she", "the judge") or who.split()[-1:] == (self.court or "").split()[-1:]

    def _document_reports(self, reports: list[Report]) -> bool:
        """
        Whether the sentence's reports are all by "it" while the story tells its document's findings ("..., it says",
        "It also found that ..."): that document speaking, not the last body named.
        """
        subjects = [r.subject for r in reports if r.subject]
        telling = self.document is not None and self.lead == self.document
        return telling and bool(subjects) and all(IT_REPORTS.fullmatch(subject) for subject in subjects)

    def _market_selling(self, sentence: str) -> Speaker | None:
        """
        The market a sentence opens on as selling or holding its sale: by its name ("Esselby Mart sold 2,840 lambs"),
        or by its head alone ("The Exchange sold 318 tonnes") as the page first named a market with that head.
        """
        if (sells := MARKET_SELLS.match(sentence)) is not None:
            return _market(sells.group("market"))
        if (head := MARKET_HEAD_SELLS.match(sentence)) is None:
            return None
        # (the one named nearest before the sentence, as "The Exchange" takes it up, not a "Corn Exchange" named
        # first; and a stock exchange or market sells no lots: "The Exchange saw 2.1 billion shares sold")
        at = self.text.find(sentence)
        pattern = rf"(?<![\w'’-])(?!The\s)(?:[A-Z][\w'’-]*\s+){{1,3}}{head['head']}\b"
        names = [m.group() for m in re.finditer(pattern, self.text[: at if at >= 0 else len(self.text)])]
        named = names[-1] if names else None
        return _market(named) if named is not None and "Stock" not in named.split() else None

    def _market_lead(self, sentence: str) -> Speaker | None:
        """
        The market a market report's lead, one of the story's first sentences with figures, says its sale was held
        at ("Maincrop averaged 31.40 at Dunholt Produce Exchange", "4,310 boxes were sold at the Pellow Bay Fish
        Auction"), told with the sale's words and reported by no one else.
        """
        if self.figured >= MARKET_LEAD_WITHIN or all(w.group(0) == "closed" for w in SALE_WORDS.finditer(sentence)):
            return None  # (a share's close is no sale: "Shares in X closed at 212 on the Y Stock Exchange")
        found = MARKET_AT.search(sentence)
        if found is not None:
            return _market(found.group("market"))
        # a report datelined at its market: "SALTMERE FISH EXCHANGE - Large hake made up to 7.90 a kilo"
        dated = MARKET_DATELINE.match(sentence)
        if dated is None:
            return None
        return Speaker(dated.group("named") or dated.group("market").title(), "asserts")

    def _results_by_accounts(self, sentence: str, reports: list[Report], reported: Speaker | None) -> Speaker | None:
        """The body whose accounts or annual report a story's lead reports, once its sentence has named it."""
        subjects = [r.subject.strip(" ,") for r in reports if r.subject]
        if not subjects or not all(RESULTS_ACCOUNTS.fullmatch(subject) for subject in subjects):
            return None
        if reported is None or reported.name is None:
            reported = speaker_at(sentence, reports, 0, self.memory)  # its opening subject, now the memory has it
        if reported.name is None or reported.anonymous:
            return None
        body = _is_body(reported) or _known_body(reported, self.memory)
        return replace(reported, via=None, stance="asserts") if body else None

    def _results_own_voice(self, speaker: Speaker, reports: list[Report]) -> bool:
        """Whether ``speaker`` is a results story's company by its board, or by its accounts or report named bare."""
        if RESULTS_BOARD.fullmatch(speaker.name or ""):
            return True
        subjects = [r.subject for r in reports if r.subject]
        return bool(subjects) and all(RESULTS_DOCUMENT.fullmatch(subject.strip(" ,")) for subject in subjects)

    def _data_owner_over_paper(self, unreported: Speaker) -> Speaker | None:
        """
        The body whose data the sentence before reported by a document, when the paper's own voice ``unreported``
        would otherwise take a figure that runs on from that data; None when the paper keeps it.
        """
        memory, carried = self.memory, self.carried
        paper = memory.publication
        if not memory.own_analysis or not self.carried_document or paper is None:
            return None
        if carried is None or not carried.name or carried.anonymous:
            return None
        if memory.paragraph_source is not None or unreported.name != paper:
            return None
        return carried if not _same_source(carried, Speaker(paper)) and _is_body(carried) else None

    def _release_goes_on(self, sentence: str, figure: Figure, before: Mention) -> Speaker | None:
        """
        The body whose release, count or accounts the sentence before gave its last figure to, when this sentence goes
        on in its paragraph telling the period's figures in the past with no reporting verb of its own ("Of the
        country's 68 districts, 51 lost people.", "The spills lasted a total of 21,400 hours."): that body's
        (tests/ingest_labelling.md, "Carrying on a report", "Statistics release"). Only a body the story gives its
        statistics to; not background told by its verb ("The force has 1,340 officers"), history, a plan or a price.
        """
        # ``before`` is the last figure of the sentence directly before (the caller's before_this); that the paragraph
        # goes on is what paragraph_before tells: it is empty at a paragraph's first sentence
        if before.speaker is None or before.speaker_anonymous or not self.memory.mid_paragraph:
            return None
        if WRITERS_INFERENCE.match(sentence):
            return None  # "That means nearly 600 were never returned": the writer's own arithmetic on the figure
        if FUTURE.search(before.quote) or EARLIER_PERIOD.match(sentence) or INTENDED.search(sentence):
            # after a forecast, or of another period ("Last season's crop was 742,000 tonnes") or of what was only
            # meant to be ("was meant to operate at 820 kilometres"): the reporter's background, not the period's count
            return None
        source = Speaker(before.speaker, "asserts")
        if not (_is_body(source) or _known_body(source, self.memory)):
            return None
        other = OTHER_ACTOR_OPENING.match(sentence)
        body = other.group("body") if other is not None else None
        if other is not None and (body is None or body not in (source.name or "").lower()):
            return None  # "The health ombudsman received 240 complaints": another's own count, not the release's
        page_sources = (self.statistics_lead, self.document, self.lead)
        if not any(s is not None and _same_source(source, s) for s in page_sources):
            return None
        before_figure = sentence[: figure.span[0]]
        if has_cue(sentence[: figure.span[1]]) or BACKGROUND_CLAUSE.search(before_figure):
            return None
        if HISTORY_OPENING.match(sentence) or _background_verb_before(sentence, figure):
            return None
        if MARKET_PRICE.search(before_figure) or FUTURE.search(before_figure) or BACKSHIFTED.search(before_figure):
            return None
        # the figure's clause, told in the past (not a present perfect, which tells the state now)
        start = max(sentence.rfind(",", 0, figure.span[0]), sentence.rfind(";", 0, figure.span[0])) + 1
        end = sentence.find(",", figure.span[1])
        clause = sentence[start : end if end >= 0 else len(sentence)]
        verbs = {found.group() for found in PAST_TOLD.finditer(clause)}
        if not verbs or PERFECT.search(clause) is not None:
            return None
        if verbs <= {"was", "were"} and GROUP_OPENING.match(sentence) is None:
            return None  # "Revenue was 3.1 billion", "The rise was a blow to 400 families": a state, not the count
        return source

    def _survey_maker(self, sentence: str, speaker: Speaker) -> Speaker | None:
        """
        Who made the survey a sentence names: the one it says surveyed ("The Guild surveyed 312 of its member firms"),
        else the named body it gives its figures to ("..., according to the office's annual health survey").
        """
        surveyor = SURVEYOR.match(sentence) or SURVEY_BY.search(sentence)
        if surveyor is not None:
            name, anonymous = name_of(surveyor.group("by"), self.memory)
            return Speaker(name, "asserts") if name and not anonymous else None
        named = speaker.name is not None and not speaker.anonymous
        return speaker if named and (_is_body(speaker) or _known_body(speaker, self.memory)) else None

    def _bodys_plan(self, sentence: str, figure: Figure) -> Speaker | None:
        """The body whose plan the clause of a figure states: "X wants to raise the toll to 7.40", "X plans to cut"."""
        found = BODYS_PLAN.search(sentence, 0, figure.span[0])
        named = BODYS_NAMED_PLAN.search(sentence, 0, figure.span[0]) if found is None else None
        plan = found or named
        # the figure must be the plan's own object, in the verb phrase the plan heads ("plan to raise the fee to 4")
        if plan is None or PLAN_ACT_ENDS.search(sentence, plan.end("act"), figure.span[0]) is not None:
            return None
        if named is not None:
            body = name_of(named.group("body"), self.memory)[0]
            return Speaker(body, "asserts") if body and self.memory.is_organisation(body) else None
        body = re.sub(r"^[Tt]he\s+", "", plan.group("body"))
        return Speaker(body, "asserts") if self.memory.is_organisation(body) else None

    def _bodys_own_opening(self, sentence: str) -> Speaker | None:
        """
        The body "Its" means in a column's sentence that opens on the body's own record ("Its consultation drew 6,400
        responses", "Its reserves fell to 2.9 billion"): the body's figures, which the column argues with, not its
        writer's.
        """
        if OPENING_ITS.match(sentence) is None:
            return None
        body = self.memory.body_spoken_for()
        return Speaker(body, "asserts") if body is not None and self.memory.is_organisation(body) else None

    def read_sentence(
        self,
        sentence: str,
        reports: list[Report],
        inside: list[Quotation],
        figures: list[Figure],
        sentence_speaker: Speaker | None,
        paragraph: int,
        voice: str | None,
    ) -> None:
        """What runs on from a sentence whose speaker (of its figures, its report or its first quotation) is
        ``sentence_speaker``, read after its figures are given theirs."""
        memory = self.memory
        # a body's statistics run on from a sentence that gave them to it, by a report, by its own act
        # ("The bureau also revised August's figure up to 241,000") or by running on themselves
        reported = sentence_speaker if not inside and sentence_speaker is not None else None
        # a body by its form ("the statistics office") or one the article named as a body ("Greenaway, the grocer")
        body = reported is not None and (_is_body(reported) or _known_body(reported, memory))
        documented = _found_by_document(reports)
        body = body or (reported is not None and not reported.anonymous and _according_to_owned(sentence, reports))
        self.carried = reported if reported is not None and (body or documented) else None
        self.carried_document = self.carried is not None and documented and not _document_cited(reports)
        self.carried_sentence = sentence if self.carried is not None else ""
        carried = self.carried
        named_body = carried is not None and body and bool(carried.name) and not carried.anonymous
        if named_body and carried is not None:
            # opened by this sentence, or by the one that started the run this sentence goes on with
            self.run_opened = (documented and not figures) or (self.run_opened and _same_source(carried, self.run))
            self.run = carried
            if documented:
                self.document_owner = carried
        elif inside or any(r.subject for r in reports):
            self.run = None  # another source reported or quoted
        elif figures and (sentence_speaker is None or self.run is None or sentence_speaker.name != self.run.name):
            self.run = None  # the sentence turned to background, or to a source of its own
        elif not figures and STATISTIC_VERB.search(sentence) is None and not ABOUT_THE_FIGURES.match(sentence):
            self.run = None  # "Staff will also pay more.": not the statistics going on ("Shoplifting also rose.")
        if self.first_source is None and carried is not None and carried.name and not carried.anonymous:
            self.first_source = carried  # the body whose statistics the article first gives
        speaker = sentence_speaker or Speaker(None)
        reported_here = reports and not inside and speaker.name is not None
        # "The ministry said the bridge would cost 310 million. Work would start in May. It would carry 42,000 vehicles
        # a day.": reported speech runs on, its tense shifted back, sentence after sentence of its paragraph
        shifted_on = not reports and not inside and voice is None and memory.mid_paragraph
        shifted_on = shifted_on and BACKSHIFTED.search(sentence) is not None and not FIRST_PERSON.search(sentence)
        self.shifted_run = (self.last_reported or self.shifted_run) if shifted_on else None
        self.last_reported = speaker if reported_here else None
        if (self.briefs or self.live) and (reported_here or inside) and speaker.name is not None:
            # the item's source, until it reports or quotes another; a live page's post stands alone as a brief does
            # (tests/ingest_labelling.md, "Live blog"), so its source goes on in it as an item's does
            self.item_source = speaker
        opens = not memory.mid_paragraph
        reported_subjects = [r.subject.strip(" ,") for r in reports if r.subject]
        respondents = bool(reported_subjects) and all(RESPONDENTS.fullmatch(s) for s in reported_subjects)
        turns = self.survey is not None and opens and not respondents and not _names_survey(sentence)
        turns = turns and TURN_AWAY.match(sentence) is not None
        if turns and (sentence_speaker is None or not _same_source(sentence_speaker, self.survey)):
            # a paragraph that turns from the survey ("On Wednesday the committee voted on the scheme.", "Separately,
            # twelve tenants are suing"): the people it goes on to tell of are no respondents of the survey's
            self.survey = None
        named_survey = _names_survey(sentence) or SURVEYOR.match(sentence)
        if not inside and named_survey and not SURVEY_TAKEN_UP.match(sentence):
            # another survey with no maker the sentence names ("A separate poll of 800 shoppers") is no longer the
            # first one's
            maker = self._survey_maker(sentence, speaker)
            self.survey = maker if maker is not None or NEW_SURVEY.search(sentence) else self.survey
        memory.learn(sentence, speaker.name, speaker.anonymous)
        giver = self._list_giver(sentence, len(sentence)) if ":" in sentence and figures and not inside else None
        if giver is not None and memory.paragraph_source is None:
            # the list's items the paragraph goes on with, one sentence each, are its giver's too
            memory.paragraph_source = giver
        self._read_form(sentence, reports, figures, reported)
        # a cheap test for RESULTS_REPORTED's periods first ("annual profit", "interim results", "profit ... for 2026")
        periods = ("quarter", "results", "year", "half", "annual", "interim", "for 20", "for 19")
        results_period = any(word in sentence for word in periods)
        if (
            self.results is None
            and results_period
            and reported is not None
            and reported.name
            and not reported.anonymous
        ):
            # "X, the biggest operator, reported a fall in quarterly profit": the company whose results these are
            company_body = _is_body(reported) or _known_body(reported, memory)
            apposed = _apposed_kind(sentence, reported)
            # "Ollerbridge Paper reported a pre-tax profit of 4.1 million for 2026": who opens the sentence reporting
            # its own result for a period is a company by that act, whatever its name looks like
            own = sentence.startswith(reported.name) and OWN_RESULT_REPORTED.match(sentence, len(reported.name))
            company = company_body or apposed or own
            self.results = reported if company and RESULTS_REPORTED.search(sentence) else None
            self.results_apposed = apposed if self.results is not None else None
        elif self.results is None and results_period and not self.led and not inside and sentence_speaker is not None:
            # a lead with no figure, or none it gives anyone, opening on the company turning to profit or loss:
            # "Marrisham Coaches Group returned to profit last year as passengers came back"
            named_company = COMPANY_OPENING.match(sentence) if not sentence_speaker.name else None
            if (
                named_company is not None
                and OWN_RESULT_REPORTED.match(sentence, named_company.end()) is not None
                and RESULTS_REPORTED.search(sentence)
            ):
                self.results = Speaker(named_company.group(0), "asserts")
        if self.results is None and not self.led and not inside and any(r.subject for r in reports):
            # "The Tayle Valley Donkey Sanctuary spent more than it raised, its annual accounts show": a story whose
            # lead reports a body's accounts or annual report is that body's results story
            self.results = self._results_by_accounts(sentence, reports, reported)
        if self.results is not None and self.results.name:
            # the company the sentence gave its figures to or opened on ("The bank has 410,000 customers"), whom the
            # next one's "It" takes up
            company = self.results.name
            kinds = _company_kinds(company, memory, self.results_apposed)
            opened = _company_named(sentence, company, kinds, self.results_before) > 0
            self.results_before = speaker.name == company or opened
        told_else = self.lead is not None and any(r.subject for r in reports) and not _same_source(speaker, self.lead)
        if not self.led and any(r.subject for r in reports):
            # the story's first attribution, in its opening paragraphs, says whose findings it tells
            self.led = True
            opening = paragraph <= 1 and voice is None and self.issuer is None
            self.lead = _lead_source(sentence, reports, speaker, memory) if opening else None
            self.ranks = self.lead is not None and RANKS_DOCUMENT.search(sentence) is not None
            # a change told by its verb ("fell 4%") or by its earlier level ("18,240 homes, down from 23,900")
            changed = bool(figures) and (STATISTIC_VERB.search(sentence) or CHANGE_FROM.search(sentence)) is not None
            body = speaker.name is not None and (_is_body(speaker) or _known_body(speaker, memory))
            # a body's even when the lead runs on its findings: those end where another is reported, its changes do not
            self.statistics_lead = speaker if opening and changed and body else None
            # "Brennick International Airport handled a record 31.2 million passengers, its operator said": a body
            # given only by its kind, before the article names any, is named by the next sentence's report too
            kind_only = speaker.name is not None and _bare_kind(speaker.name)
            unnamed = kind_only or _reported_document(sentence, reports) is not None
            self.unnamed_lead = opening and self.lead is None and unnamed
            self.lead_kind = speaker.name if kind_only else None
        elif self.unnamed_lead:  # the sentence right after the opening's, or never
            self.unnamed_lead = False
            named = reported is not None and reported.name is not None and any(r.subject for r in reports)
            body = named and reported is not None and (_is_body(reported) or _known_body(reported, memory))
            # "its operator said ... . Brennick Airport Group said": a name the kind may call, not "the Food Safety
            # Authority" for "the company"
            name = reported.name or "" if reported is not None else ""
            fits = self.lead_kind is None or (may_be_called(name, self.lead_kind) and not _bare_kind(name))
            self.lead = reported if body and fits and paragraph <= 2 else None
        elif self.lead is not None and (inside or (told_else and not self._document_reports(reports))):
            self.lead = None  # someone else reported or quoted: the findings are no longer being told
        if self.document is None and paragraph <= 1 and voice is None and self.issuer is None and not inside:
            # "The Office of Energy Markets published its quarterly complaints figures on Tuesday.": the story tells
            # that document's findings, with no cue of their own, until someone else is reported or quoted
            self.document = _document_set_up(sentence, reports, speaker, memory)
            # (over the document's title, which the sentence may have been read as reporting by)
            if self.document is not None and (self.lead is None or _same_source(self.lead, speaker)):
                self.lead, self.led = self.document, True
                self.ranks = RANKS_DOCUMENT.search(sentence) is not None
        elif self.document is not None and self.lead is None and not inside and _document_taken_up(sentence, reports):
            self.lead = self.document  # "The report backs her up in part.": its findings go on again
        if self.lead is not None and self.columnist is not None and not inside and FIRST_PERSON.search(sentence):
            self.lead = None  # "I did the sums ...": the columnist's own working takes over from the findings
