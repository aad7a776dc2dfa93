"""
Disputes: a sentence that gainsays a figure given before ("X rejected that", "X disputed the pension
figure", "That is simply not true", "a claim the army denied") gives a disputes mention of that figure,
by whoever disputes it, with the stance of the verb (tests/ingest_labelling.md, "Denials and disputes").
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from claims.quantities import Qualifier, round_figure
from ingest.cues import DENY_VERBS, GAINSAID_BEFORE, THERE_DENIED, UNCONFIRMED_AFTER, UNTRUE_WORDS, forms, singular
from ingest.mentions import Mention
from ingest.not_counts import DURATION_UNITS, NAMED_AS_FIGURE
from ingest.number_words import CURRENCY_SIGNS, FRACTION_WORDS, SCALES, WORDNUM
from ingest.numbers import (
    CURRENCY_PLURALS,
    CURRENCY_UNITS,
    DISTANCE_UNITS,
    MONEY_NOUNS,
    SHARE_UNITS,
    Figure,
)
from ingest.speakers import CONTACT_SUBJECT, Report, SpeakerMemory, name_of

# The nouns that name a figure as a figure: "that figure", "the 600-tonne figure", "such numbers"
_FIGURE_NOUNS = r"(?:figure|number|estimate|count|tally|total|toll)s?"
# "rejected that", "disputed the pension figure", "dismissed the ministry's estimate"; "rejected that picture",
# "disputed that version", "disputed that comparison", "disputed that account", "denied this", "denies it": the
# statement just made, as a bare "that" is; not "rejected that view": an opinion, nor "denied it had", a clause of its
# own. And a clause that points at the figure: "denied that any review had produced such a figure"
DISPUTED_OBJECT = re.compile(
    r"^\s+(?P<object>(?:th(?:at|is)|it)(?=\s*[^\w\s]|\s*$|\s+(?:outright|out\s+of\s+hand|on|in|at|as|last|when|"
    r"and|but)\b)|"
    rf"that\s+[^.;:\d“\"]{{0,80}}?\b(?:such\s+(?:an?\s+)?|th(?:at|ose)\s+){_FIGURE_NOUNS}|"
    r"(?:that|this)\s+(?P<statement>picture|version|characteri[sz]ation|description|assertion|suggestion|"
    r"comparison|account)\b|"
    r"(?:the|this|that|its|their|his|her|"
    r"[A-Z][\w'’]*['’]s)\s+(?P<words>(?:[\w'’-]+\s+){0,3})(?:figure|figures|estimate|estimates|claim|claims|number|"
    r"numbers|count|toll|tally|total|assessment|forecast|calculation|calculations|projection|report|data|statistics|"
    # "disputed the study", "disputed the prosecution's valuation": what found or valued the figure, named for it
    r"study|valuation|"
    # "disputed the cost", "rejected the ministry's headcount": a noun that names a kind of figure, ending its phrase
    # (not "rejected the price rise")
    r"(?:cost|costs|price|rate|share|proportion|headcount)(?=\s*[^\w\s]|\s*$|\s+(?:of|for|and|but|as|on|in|at|outright|"
    r"saying|because|which)\b)))\b"
)
# The nouns of DISPUTED_OBJECT that name what found a figure, and the words its own sentence told it by (a valuation
# may be told by what a thing was worth, sold for or cost: any figure before)
NAMED_IN_SENTENCE = {"study": r"\bstud(?:y|ies)\b"}
# The verbs whose bare "it" is a statement said untrue ("Ebro Water denies it", "The ministry disputed it"); a bare
# "it" after another gainsaying verb is as often an offer or a plan ("The union rejected it"), and one after a negated
# confirmation is always a statement ("did not confirm it")
GAINSAY_IT = forms(f"{DENY_VERBS} dispute refute")
# What the noun of a disputed figure says it is: "the ministry's count", "the death toll" are of things; "the cost",
# "the figure for the rent" a sum of money; "the rate", "the share" a percentage
COUNT_NOUNS = {"count", "number", "numbers", "toll", "tally", "headcount", "total"}
SUM_NOUNS = MONEY_NOUNS | {
    "cost", "costs", "bill", "price", "prices", "spending", "debt", "debts", "rent", "fee", "fees", "fine", "fines",
    "sum", "wage", "wages", "salary", "salaries", "pay", "damage", "damages", "compensation", "investment", "valuation",
}  # fmt: skip
SHARE_NOUNS = {"rate", "share", "proportion", "percentage"}
_KINDS = {w: "count" for w in COUNT_NOUNS} | {w: "sum" for w in SUM_NOUNS} | {w: "share" for w in SHARE_NOUNS}
# "the administrators' figure for the total debt", "the ministry's estimate of the bill": what the figure is of
FIGURE_OF = re.compile(r"\s+(?:for|of)\s+(?:the|its|their|his|her)\s+((?:[a-z-]+\s+){0,1}[a-z-]+)\b")
# A sum of money by the words right before it: "cost 9 million lev", "spending an extra 300 million", "a bill of"; not
# "lost about 3,000 young people", "a shortfall of 900 nurses"
SUM_BEFORE = re.compile(
    r"\b(?:cost|costs|costing|spend|spends|spent|spending|paid|pay|pays|paying|worth|owe|owes|owed|borrow|borrowed|"
    r"invest|invested|raise|raised|(?:price|bill|debt|debts|fine|fines|rent|fee|fees|cost|sum|budget)\s+of)\s+"
    r"(?:(?:an?|extra|additional|further|another|about|around|some|nearly|almost|roughly|up\s+to|more\s+than|over|"
    r"at\s+least|just|only)\s+)*$"
)
# Words of "the official figures", "the latest estimate" that do not say whose figure it is.
GENERIC_MODIFIERS = {
    "official", "latest", "original", "earlier", "previous", "initial", "final", "real", "actual", "published",
    "higher", "lower", "first", "government", "overall", "total", "reported", "revised", "current",
}  # fmt: skip
_FIGURE_NOUN = rf"\s{_FIGURE_NOUNS}"
FIGURE_NOUN_AFTER = re.compile(_FIGURE_NOUN + r"\b")  # "the 600-tonne figure"
FIGURE_REFERENCE = re.compile(_FIGURE_NOUN + "$")
NOT_COUNTED = DISTANCE_UNITS | {"km", "percent", "percentage points"}
DISPUTING = ("disputes", "denies")  # the stances of a report that gainsays a figure given before
LOOK_BACK = 4  # sentences "X rejected that" may stand after the figure it disputes
WITHHELD_REACH = (
    40  # characters from "did not confirm" to the figure it names ("Nordvik did not confirm the figure of")
)
LOOK_BACK_NAMED = 12  # and "X disputed the bureau's count", which names it
# and a figure named by whose it is or what it counts, when nothing nearer is ("disputed the administrators' figure")
LOOK_BACK_FAR = 40


# How far back (in characters, about two sentences) a dispute's quote may start at the figure it disputes
DISPUTED_WITHIN = 500


def quote_what_is_disputed(text: str, mentions: list[Mention]) -> list[Mention]:
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


# How far after a dispute that only points at a figure (in characters, about two sentences) its speaker may give the
# figure again
REPEATED_WITHIN = 300


def repeated_after_dispute(mentions: list[Mention]) -> list[Mention]:
    """
    "Daunt rejected that account. 'We were never asked for 2 million,' he said.": a dispute that only points at a
    figure, whose speaker gainsays the figure again right after, naming it, is that repeat: one claim, not two.
    """
    dropped = set()
    for i, mention in enumerate(mentions):
        if mention.stance not in DISPUTING or mention.value is None or not _points_back(mention.figure):
            continue
        repeat = next(
            (
                j
                for j in range(i + 1, len(mentions))
                if mentions[j].start >= mention.end - 1
                and mentions[j].start - mention.end <= REPEATED_WITHIN
                and (mentions[j].value, mentions[j].unit) == (mention.value, mention.unit)
                and mentions[j].speaker == mention.speaker
                and _gainsaid_again(mentions[j])
            ),
            None,
        )
        if repeat is not None:
            dropped.add(i)
    return [m for i, m in enumerate(mentions) if i not in dropped]


# A negation right before a figure: "We were never asked for 2 million", "There was no offer of 900,000"
NEGATED_BEFORE = re.compile(r"\b(?:no|not|never|nobody|nothing)\b[^.;,:]{0,30}$", re.IGNORECASE)


def _gainsaid_again(m: Mention) -> bool:
    """Whether a figure given again is gainsaid where it stands: disputed in its own words, or negated."""
    at = m.quote.find(m.figure) if m.figure else -1
    return m.stance in DISPUTING or (at > 0 and NEGATED_BEFORE.search(m.quote, max(0, at - 40), at) is not None)


# A figure named again in words: "that figure of half", "Fifty is a number for a hospital ..."
NAMED_IN_WORDS = re.compile(rf"\b(?:{WORDNUM}|{FRACTION_WORDS})\b", re.IGNORECASE)


def _points_back(figure: str | None) -> bool:
    """Whether a dispute's words point back at the figure ("that", "that account", "the union's figure", "Ms Stroud
    said") rather than give it again, in digits or in words."""
    return bool(figure) and not re.search(r"\d", figure or "") and not NAMED_IN_WORDS.search(figure or "")


def _disputed(
    sentence: str,
    start: int,
    end: int,
    reports: list[Report],
    memory: SpeakerMemory,
    recent: list[tuple[int, Mention]],
    number: int,
    asked: int = 0,
    figures: list[Figure] | None = None,
    far: list[tuple[int, Mention]] | None = None,
) -> list[Mention]:
    """
    "X rejected that", "X disputed the pension figure", "Tallon denied that": a mention of each figure disputed,
    with the stance of the verb (a denial is the party concerned saying it is untrue). The noun that names the figure
    chooses among those given before by the kind it names: "disputes the ministry's count" is of the villages, not of
    the cost in the same sentence.
    """
    report = next((r for r in reports if _gainsays(r) and r.subject), None)
    if report is None or report.subject is None:
        return []
    stance = "disputes" if report.negated else report.stance
    target = DISPUTED_OBJECT.match(sentence[report.end :])
    if target is None:
        return []
    if target.group("object") == "it" and not (
        report.negated or sentence[report.position : report.end].lower() in GAINSAY_IT
    ):
        return []  # "rejected it", "doubts it": an offer or a plan as often as a figure
    if any(report.end <= f.span[0] < report.end + target.end() for f in figures or ()):
        return []  # "rejected the 31 percent figure": the figure is read again here, not one given before
    name, anonymous = name_of(report.subject, memory)
    after_object = sentence[report.end + target.end() :]
    restated = re.search(r"\d", after_object) or any(n == number for n, _ in recent)
    if re.match(r"\s+(?:that|of|which)\b", after_object) and restated:
        # "rejected the union's claim that 200 protesters ...", "did not confirm the figure of two roadside births":
        # the figure is restated here
        return []
    words = [re.sub(r"['’]s?$", "", w) for w in (target.group("words") or "").split()]
    kind = _kind([w.lower() for w in words], target.group("object"), after_object)
    words = [w for w in words if len(w) > 3]
    reach = LOOK_BACK_NAMED if words else LOOK_BACK
    bare = target.group("object") in ("that", "this", "it") or target.group("statement") is not None
    if bare:
        # a bare "that" points at what was just said: "X rejected that" after a sentence with no figure (a
        # quotation, an accusation) rejects that, not the last figure given paragraphs before
        reach = 1 + asked
    candidates = [(n, m) for n, m in reversed(recent) if number - reach <= n < number and m.speaker != name]
    told_in = NAMED_IN_SENTENCE.get(target.group("object").split()[-1].lower())
    if told_in is not None:
        # "disputed the study": the figure of a sentence that told of a study, not the last one given ("The interior
        # ministry said 46 people died" names no study to dispute)
        candidates = [(n, m) for n, m in candidates if re.search(told_in, m.quote, re.IGNORECASE)]
    if bare:
        # "Police said thefts fell by a third, but a councillor disputed that": what its own sentence said first
        candidates = _said_before(sentence, report, recent, number, name) + candidates
    number_share = re.search(r"numbers?$", target.group("object")) is not None
    if kind:
        sums = _sum_units(recent)
        candidates = [(n, m) for n, m in candidates if _of_kind(m, kind, sums, number_share)]
    # "the ministry's figures": the figures the ministry gave; "the Orlan estimate": a sentence naming Orlan
    lowered = [w.lower() for w in words]
    telling = [w for w in words if w.lower() not in GENERIC_MODIFIERS]
    # "the survey's vacancy total", "the jobs figure": the noun says what the figure counts, which names it best
    counted = {singular(w) for w in telling}
    found = next(((n, m) for n, m in candidates if m.unit and singular(m.unit) in counted), None)
    found = found or next(((n, m) for n, m in candidates if any(w in (m.speaker or "").lower() for w in lowered)), None)
    found = found or next(((n, m) for n, m in candidates if telling and any(w in m.quote for w in telling)), None)
    if found is None and telling and far:
        # "He disputed the administrators' figure", "the survey's vacancy total": a figure named by whose it is or by
        # what it counts may have been given paragraphs before, when nothing nearer is
        older = [(n, m) for n, m in reversed(far) if n < number - reach and m.speaker != name]
        if kind:
            older = [(n, m) for n, m in older if _of_kind(m, kind, _sum_units(far), number_share)]
        found = next(((n, m) for n, m in older if m.unit and singular(m.unit) in counted), None)
        told_by = [w.lower() for w in telling]
        found = found or next(((n, m) for n, m in older if any(w in (m.speaker or "").lower() for w in told_by)), None)
        candidates = candidates + older if found else candidates
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
    # (not the whole its part is counted of: "8,700 nurses ..., out of about 52,000")
    told_parts = [m for m in same if not _whole_counted(m)] or same
    nearest = told_parts[-1:] if re.match(r"th(?:at|is)\b", target.group("object")) else same[:1]
    if bare:
        # "X rejected that": what the statement said, not a comparison it ends with ("more than double") nor a figure
        # it puts aside ("found high readings on 19 plots, not 11")
        nearest = [m for m in told_parts if m.unit != "times" and not _put_aside(m)][-1:] or nearest
        whole = _whole_of(nearest, found, recent)
        if whole is not None:
            # "It said four of them were landing ships. Korrathia denied that.": the part goes with the whole
            same = nearest = [whole]
    told = [w for w in telling if w in found[1].quote]
    if told and len(same) > 1:
        # "bought materials worth 22,000 sarns" and "started work at 11 of the 37 homes": "the materials figure" is
        # the one its word stands by
        nearest = [min(same, key=lambda m: _distance(m.quote, m.figure, told[0]))]
    chosen_all = [m for m in same if m.derived] or ([m for m in same if not m.derived] if plural else nearest)
    phrase = target.group("object")
    return [_disputes(chosen, sentence, start, end, phrase, name, anonymous, stance) for chosen in chosen_all]


# A part counted of a figure given just before: "It said four of them were landing ships"
PART_OF_GIVEN = re.compile(r"\s+of\s+(?:them|those|these)\b")


def _whole_of(nearest: list[Mention], found: tuple[int, Mention], recent: list[tuple[int, Mention]]) -> Mention | None:
    """
    The figure a statement's only figure is a part of, given by the same speaker in the sentence before: "Hallendor
    said Korrathia had massed 14 warships. It said four of them were landing ships." A denial of "that" takes up the
    statement with the whole it speaks of, the 14 warships.
    """
    if len(nearest) != 1 or not nearest[0].figure:
        return None
    part = nearest[0]
    at = part.quote.find(part.figure)
    if at < 0 or not PART_OF_GIVEN.match(part.quote, at + len(part.figure)):
        return None
    before = [m for n, m in recent if n == found[0] - 1 and m.speaker == part.speaker]
    return before[0] if before else None


def _put_aside(m: Mention) -> bool:
    """ "found high readings on 19 plots, not 11": the 11 is a figure its sentence sets aside, not one it states."""
    return _set_aside_at(m.quote, m.quote.find(m.figure) if m.figure else -1)


def _kind(words: list[str], phrase: str, after: str) -> str:
    """
    The kind of figure the words naming a disputed one say it is ("count", "sum", "share", or "" when they do not
    say): what it is "for" or "of" first ("the figure for the total debt"), then its modifiers ("the cost estimate"),
    then its noun ("the count").
    """
    of = FIGURE_OF.match(after)
    head = re.findall(r"[a-z]+", phrase.lower())[-1:]
    for named in (of.group(1).split() if of else [], words, head):
        kinds = [_KINDS[w] for w in named if w in _KINDS]
        if kinds:
            return kinds[-1]
    return ""


def _sum_units(recent: list[tuple[int, Mention]]) -> set[str]:
    """The units the figures before are sums of money in: a known currency's, or one a figure has right after words
    of money ("repairs will cost 9 million lev")."""
    sums = set()
    for _, m in recent:
        at = m.quote.find(m.figure) if m.figure else -1
        if (
            m.unit in CURRENCY_UNITS
            or m.unit in CURRENCY_PLURALS
            or re.match(CURRENCY_SIGNS, m.figure)
            or (at >= 0 and SUM_BEFORE.search(m.quote[max(0, at - 50) : at]))
        ):
            sums.add(m.unit)
    return sums


def _of_kind(m: Mention, kind: str, sums: set[str], number_share: bool) -> bool:
    """Whether a figure is of the kind a disputing noun names. A count is of things, not of money, time or distance
    ("700 workers ..., about 180 km away"); a number may be a share ("40 per cent of operations ... could not confirm
    the number")."""
    if kind == "sum":
        return m.unit in sums
    if kind == "share":
        return m.unit in SHARE_UNITS
    if number_share:  # "could not confirm that number" of a sum or a share as well
        return m.unit not in NOT_COUNTED - {"percent"} and m.unit not in DURATION_UNITS
    return m.unit not in NOT_COUNTED and m.unit not in DURATION_UNITS and m.unit not in sums


def _said_before(
    sentence: str, report: Report, recent: list[tuple[int, Mention]], number: int, name: str | None
) -> list[tuple[int, Mention]]:
    """The figures a sentence gives before the one who rejects "that" in it, last first."""
    source = report.subject_start if report.subject_start >= 0 else report.position
    return [
        (n, m)
        for n, m in reversed(recent)
        if n == number and m.speaker != name and 0 <= sentence.find(m.figure) < source and m.stance not in DISPUTING
    ]


def _distance(quote: str, figure: str, word: str) -> int:
    """How far a figure stands from a word in the sentence that gives it."""
    at, where = quote.find(figure), quote.find(word)
    return abs(where - at) if at >= 0 and where >= 0 else len(quote)


# An answer or a turn that opens by saying the figure just put to its speaker is untrue: "That is simply not true."
# '"The union's figure is simply not true," said ...': the figure named by whose it is, which says which one is denied
DENIAL = re.compile(
    r"\W*(?:No,?\s+)?(?:That|This|It|Th(?:at|is)\s+(?:figure|number|estimate)|"
    r"(?:The|Their|Its)\s+(?P<owner>[A-Z]?[\w-]+)['’]s?\s+(?:figure|number|estimate|count)s?)\s*(?:is|['’]s|are)\s+"
    r"(?:simply\s+|just\s+|completely\s+|absolutely\s+)?(?:not\s+true|untrue|false|wrong|nonsense|invented|made\s+up)\b"
)
# An answer that disputes the figure just put to its speaker without calling it untrue: "That is too low.", "That figure
# is out of date.", "I think
# that is too gloomy.", "I do not accept that figure.", "I've seen that number and I don't accept it.", "I would not
# use that number." (a bare "it" or "that" closing its clause: not "We cannot use it for the summer timetable", "I do
# not accept that we have let islanders down", whose object is no figure)
ANSWER_DISPUTE = re.compile(
    r"^\W*(?:No,?\s+)?(?:I\s+think\s+)?(?:[Tt]hat|[Tt]his|[Ii]t|[Tt]h(?:at|is)\s+(?:figure|number|estimate))\s*"
    r"(?:is|['’]s)\s+(?:(?:far\s+|much\s+|way\s+|a\s+bit\s+)?too\s+(?:low|high|gloomy|pessimistic|optimistic)|"
    r"out\s+of\s+date)\b"
    r"|\b(?:I|[Ww]e)\s+(?:do\s+not|don['’]t|would\s+not|wouldn['’]t|cannot|can['’]t)\s+"
    r"(?:accept|recogni[sz]e|use|agree\s+with)\s+(?:th(?:at|is)\s+(?:figure|number|estimate)\b|(?:it|that|this)\s*(?=[.,;!?]|$))"
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
    stance: str = "denies",
    owner: str | None = None,
) -> list[Mention]:
    """ "A: That is simply not true." after "Q: The union says 300 jobs will go": the one answering denies the figure
    put to them in the sentence before (or before the questions since); "That is too low." disputes it."""
    candidates = [m for n, m in reversed(recent) if number - 1 - asked <= n < number and m.speaker != voice]
    if owner:
        # "The union's figure is wrong": the last figure the union gave, within the sentences a named figure is taken
        # up from
        candidates = [
            m
            for n, m in reversed(recent)
            if number - LOOK_BACK <= n < number and owner.lower() in (m.speaker or "").lower() and m.speaker != voice
        ]
        candidates = [m for m in candidates if not _whole_counted(m)] or candidates
    if not candidates:
        return []
    # "nine of the eleven orchestras could fold within three years" / "I think that is too gloomy.": the count put,
    # not the time it is put within
    counts = [m for m in candidates if m.unit not in DURATION_UNITS]
    return [_disputes((counts or candidates)[0], sentence, start, end, words, voice, False, stance)]


def _gainsays(report: Report) -> bool:
    """ "X rejected", "X denied"; and "X did not confirm", which withholds the support a figure asks for and so
    disputes it (tests/ingest_labelling.md, "Denials and disputes")."""
    if report.negated:
        return report.stance == "confirms"
    return report.stance in DISPUTING


# What a report says of a figure given before that disputes it: "Opposition lawmakers say the figure is misleading",
# "said that figure included payments from other parts of the group", "said it did not recognise that figure".
# What a figure given before is said to do or be that finds fault with it: "overstates", "included free passes",
# "double-counts patients", "was too high"
FAULTING = (
    r"overstat\w*|understat\w*|(?:under|over)-?(?:count|estimat)\w*|double-count\w*|too\s+(?:high|low)|optimistic|"
    r"incorrect|hides|masks|ignores|included|well\s+(?:below|above)|out\s+of\s+date"
)
DISPUTING_CONTENT = re.compile(
    r"^[\s,]+(?:that\s+)?(?:(?:the|that|this|its|their)\s+(?:[a-z’']+\s+){0,2}(?:figure|estimate|number|count|total|"
    rf"tally|share|claim)s?\b[^.;]{{0,60}}?\b(?:{FAULTING}|{UNTRUE_WORDS})\b|"
    r"(?:it|they|he|she)\s+did\s+not\s+(?:recognise|recognize|accept)\s+(?:that|the|this)\s+(?:figure|estimate|number)|"
    # "said that was untrue": the statement just made; 'said that figure was "pulled from the air"': a figure pointed
    # at and called something in the disputer's own words
    rf"(?P<bare>that)\s+(?:was|is|had\s+been)\s+(?:(?:simply|just|completely|wholly|entirely)\s+)?(?:{UNTRUE_WORDS})\b|"
    r"th(?:at|is)\s+(?:figure|estimate|number|count|total|tally)\s+(?:was|is)\s+[“\"])"
)


# "that figure for pupils", "the estimate of deaths": what the figure pointed at counts
FIGURE_FOR = re.compile(r"\b(?:figure|estimate|number|count|total|tally)s?\s+(?:for|of)\s+(?:the\s+)?([a-z]+)")
# The whole a part is counted of, right after the part: the 29 in "at least 12 of the unit's 29 midwives", the 52,000
# in "8,700 nurses have not reported for their shifts, out of about 52,000"
WHOLE_AFTER_PART = re.compile(
    r"(?:\d[\d,.]*\s+(?:[a-z]+\s+){0,3}?of\s+(?:the|its|their|his|her|our)\s+(?:[\w'’-]+\s+)?|"
    r"\bout\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?)$"
)


def _whole_counted(m: Mention) -> bool:
    """Whether a figure is the whole its sentence counts a part of ("12 of the unit's 29 midwives")."""
    at = m.quote.find(m.figure) if m.figure else -1
    return at > 0 and WHOLE_AFTER_PART.search(m.quote, max(0, at - 40), at) is not None


POINTED_FIGURE = re.compile(r"^[\s,]+(?:that\s+)?th(?:at|is)\s+(?:figure|estimate|number|count|total|tally|claim)\b")


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
        content = DISPUTING_CONTENT.match(sentence[report.end :]) if report.subject and not report.postposed else None
        if content is None or report.subject is None:
            continue
        if pointing and not POINTED_FIGURE.match(sentence[report.end :]):
            continue
        name, anonymous = name_of(report.subject, memory)
        reach = 1 if content.group("bare") else LOOK_BACK  # a bare "that" is what was just said
        candidates = [m for n, m in reversed(recent) if number - reach <= n < number and m.speaker != name]
        if pointing:
            # "The last count estimated 44,000 trees, though the council says that figure was too high": what its own
            # sentence gave first
            candidates = [m for _, m in _said_before(sentence, report, recent, number, name)] + candidates
        candidates = [m for m in candidates if m.stance not in DISPUTING]
        if pointing:  # "It now says that figure was too low and puts it at 52,500": its own figure, revised
            candidates = [m for m in candidates if m.speaker is not None]
        # "at least 12 of the unit's 29 midwives": the figure told, not the whole it is counted of
        candidates = [m for m in candidates if not _whole_counted(m)] or candidates
        named = FIGURE_FOR.search(content.group(0))
        if named is not None:
            # "said that figure for pupils was wrong": the figure of pupils, not the last one given
            noun = singular(named.group(1))
            candidates = [m for m in candidates if m.unit and singular(m.unit) == noun] or candidates
        if candidates:
            words = sentence[report.subject_start if report.subject_start >= 0 else report.position : report.end]
            # "Valeway said that was untrue": what was just said called untrue outright is denied, as an answer's "That
            # is simply not true" is (``DENIAL``); a figure faulted is disputed
            stance = "denies" if content.group("bare") else "disputes"
            return [_disputes(candidates[0], sentence, start, end, words, name, anonymous, stance)]
    return []


# '... that the 18,400 figure was "a political number"', "the figure of 40 is wrong", "the figure of 48 included short
# spills": a figure read again to be called untrue, or faulted, or called something in the speaker's own quoted words
CALLED = re.compile(
    rf"(?:{_FIGURE_NOUN})?\s+(?:(?:was|is)\s+(?:[“\"]|(?:simply\s+|just\s+)?(?:{UNTRUE_WORDS})\b)|"
    rf"(?:was\s+|is\s+)?(?:{FAULTING})\b)"
)


# A figure as the subject of its clause, said to be wrong: "The office's figure of 1.38 is too high", "the 8 per cent
# figure was out of date", "the union's 520,000-tavel estimate was not based on evidence", "Twenty-seven is simply
# wrong", "The target of 250,000 was never realistic". Before it, the opening of its clause (the sentence, a quotation,
# or the content of "said") and a few words naming it; after it, its noun and the verb that finds fault.
SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?;:]\s+|[“\"‘]|\b(?:said|says|that)\s+)(?:[A-Za-z][\w'’]*\s+){0,5}(?:of\s+(?:about\s+|around\s+)?)?$"
)
FAULTED_AFTER = re.compile(
    r"(?:[\s-]+[a-z]+){0,4}?\s+(?:is|was|are|were)\s+(?:(?:simply|just|completely|wholly|entirely|clearly|probably|"
    r"far|much|way|still|never)\s+)*"
    # ("realistic" only as "never realistic" or "not realistic": "The target of 250,000 is realistic" affirms it)
    rf"(?:{UNTRUE_WORDS}|too\s+(?:high|low|big|small)|out\s+of\s+date|unrealistic|(?<=\bnever\s)realistic|"
    r"not\s+realistic|not\s+based\s+on\b|"
    r"an?\s+(?:under|over)-?(?:count|estimate)|a\s+figure\s+pulled)\b"
)
TOO_MUCH = re.compile(r"\btoo\s+(?:high|low|big|small)$")
FIGURE_NAMED = re.compile(r"\b(?:figures?|estimates?|numbers?|counts?|totals?|tally|forecasts?|projections?)\b")
SUBJECT_REACH = 60  # characters before a figure its clause's opening may stand ("the city's own latest estimate of")
# A figure pointed at as one given ("The 73,000", "Its 9.4 million", "That 40 percent figure", "the minister's 600",
# "the figure of 412") and said to count the wrong things: "includes people who would have found work anyway", "leaves
# out our overtime", "counts the security bill twice", "compares a dry spring with a wet one", "is before tax"
POINTED_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Oo]ur)|['’]s?)\s+(?:(?:own|headline|official|latest)\s+)?$|"
    r"\b(?:figure|estimate|number|count|total|tally)s?\s+of\s+$"
)
MISCOUNTED_AFTER = re.compile(
    r"(?:[\s-]+[a-z]+){0,3}?\s+[“\"]?(?:includes|included|excludes|excluded|leaves\s+out|left\s+out|counts|compares|"
    r"assumes|ignores|ignored|double-counts|(?:is|was)\s+(?:before|an\s+average|not\s+the\s+real))\b"
)


def _faulted(sentence: str, figure: Figure) -> bool:
    """Whether a figure is the subject of a clause that says it is wrong (``FAULTED_AFTER``), or, pointed at as one
    given, that it counts the wrong things (``MISCOUNTED_AFTER``)."""
    at, end = figure.span
    if SUBJECT_BEFORE.search(sentence, max(0, at - SUBJECT_REACH), at) is None:
        return False
    faulted = FAULTED_AFTER.match(sentence, end)
    if faulted is not None and TOO_MUCH.search(faulted.group()) is not None:
        # "too high" of a figure named as one ("the figure of 1.38 is too high", "the 8 per cent estimate was too
        # high") or standing alone as the subject ("A third is too high", "Half is too high"), not of a sum or a
        # level, which it calls too much, not wrong ("the 4 per cent pay offer was too low", "The 9 per cent rise in
        # rents was too high for many tenants")
        alone = re.match(r"\s+(?:is|was|are|were)\b", faulted.group()) is not None
        return alone or FIGURE_NAMED.search(sentence[max(0, at - SUBJECT_REACH) : faulted.end()]) is not None
    if faulted is not None:
        return True
    return MISCOUNTED_AFTER.match(sentence, end) is not None and POINTED_BEFORE.search(sentence, 0, at) is not None


def _restated(
    sentence: str,
    figures: list[Figure],
    own: list[Mention],
    recent: list[tuple[int, Mention]],
    number: int,
    reports: list[Report],
) -> list[Mention]:
    """ "The department said it did not recognise the figure of 20,000": a figure restated to dispute it counts what
    the figure it restates counted (claims, not the tenants the paragraph spoke of); one restated to be called
    untrue, or that its speaker "did not confirm", is disputed."""
    restated = list(own)
    for i, (mention, figure) in enumerate(zip(own, figures, strict=True)):
        before, after = sentence[: figure.span[0]], sentence[figure.span[1] :]
        told = _gainsaid_at(sentence, figure) or _echoed(sentence, figure, mention, recent, number)
        told = told or ("disputes" if _faulted(sentence, figure) else "")
        if told and mention.stance not in DISPUTING:
            # "There were not 85,000 people", "Seven hundred and forty? They must have counted one bank": told by
            # the words at the figure, named as a figure or not
            restated[i] = mention = replace(mention, stance=told)
        if not (
            NAMED_AS_FIGURE.search(before) or FIGURE_REFERENCE.search(mention.figure) or FIGURE_NOUN_AFTER.match(after)
        ):
            # "The mayor says 14 people have died. The agency has not confirmed reports of 14 deaths": a confirmation
            # withheld from a figure someone gave disputes it; one withheld from a figure first told here only passes it
            # on ("declined to confirm that 1,000 more patients would be studied")
            withheld = mention.stance == "relays" and _withheld(figure, reports)
            if withheld and _given_before(mention, recent, number) is not None:
                restated[i] = replace(mention, stance="disputes")
            continue
        # "Nordvik did not confirm the figure of 380": the confirmation withheld, right before the figure it names
        withheld = _withheld(figure, reports, reach=WITHHELD_REACH)
        told = told or _gainsaid_at(sentence, figure, named=True)
        if mention.stance not in DISPUTING and not CALLED.match(after) and not withheld and not told:
            continue
        given = _given_before(mention, recent, number)
        if given is None and told and mention.stance not in DISPUTING:
            # "We do not accept the figure of 61,200": disputed whoever gave it, and whether or not the page did
            restated[i] = replace(mention, stance=told)
        if given is not None:
            stance = mention.stance if mention.stance in DISPUTING else told or "disputes"
            restated[i] = replace(mention, unit=given.unit, stance=stance)
            if mention.qualifier == Qualifier.EXACT and sentence[figure.span[0] : figure.span[1]][:1].isdigit():
                # "would not confirm the 400 figure" after "as many as 400": the figure as it was given
                restated[i] = replace(restated[i], qualifier=given.qualifier, lower=given.lower, upper=given.upper)
    return restated


def _withheld(figure: Figure, reports: list[Report], reach: int | None = None) -> bool:
    """
    Whether someone the sentence names withholds their confirmation from the figure ("The agency has not confirmed",
    "Nordvik did not confirm"): anywhere in the sentence, or with ``reach`` at most ``reach`` characters before it.
    """
    return any(
        r.negated and _gainsays(r) and bool(r.subject) and (reach is None or 0 <= figure.span[0] - r.end <= reach)
        for r in reports
    )


# How far before a figure the words that gainsay it may begin: "did not accept the Statistics Office's figure of"
GAINSAID_REACH = 90
# The figure's own words opening with a bound, which "There were not" does not deny: "not more than 40", "not over 40"
_BOUND_OPENING = re.compile(r"(?:more|fewer|less|over|under|up|as|at|about|around|nearly|almost|some)\b", re.IGNORECASE)
# A figure thrown back as a question, opening its sentence or a quotation: "Seven hundred and forty? They must have
# counted one bank", "740 fish? Nonsense"
_ECHO_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}\?")
_ECHO_BEFORE = re.compile(r"(?:^|[.!?:]\s+|[.!?,]?[”\"’]\s+)[“\"‘]?\s*$")
ECHO_MARKS_SPAN = 24


# "Reports of 300 trainers are false", "earlier reports of 120 people trapped were wrong": reports of a figure called
# untrue by the one whose sentence it is, an outright denial
REPORTS_OF_BEFORE = re.compile(r"\b(?:[Rr]eports|[Cc]laims|[Rr]umours|[Ss]uggestions)\s+of\s+$")
CALLED_UNTRUE_AFTER = re.compile(
    rf"[^.;:,“”\"]{{0,60}}?\s+(?:are|were|is|was)\s+(?:(?:simply|just|completely|wholly|entirely)\s+)?"
    rf"(?:{UNTRUE_WORDS})\b"
)


# A figure said to be far from the truth: "nowhere near the 310,000 marrets", 'the backlog was "nothing like" 600',
# "does not accept that he made anything like 310,000", "no evidence that the real figure is anywhere near 3,000"
# ("anything like" and "anywhere near" only after a negation or a doubt: not "If anywhere near 5,000 fans turn up")
FAR_FROM_BEFORE = re.compile(
    r"(?:\b(?:nowhere\s+near|nothing\s+like)|"
    r"(?:\b(?:not|no|never|hardly|doubts?|doubted|den(?:y|ies|ied))\b|n['’]t\b)[^.;!?]{0,60}?"
    r"\b(?:anything\s+like|anywhere\s+near))[”\"’]?\s+(?:the\s+)?$"
)


def _gainsaid_at(sentence: str, figure: Figure, named: bool = False) -> str:
    """
    The stance the words right at a figure give it, "" when they give none: "There were not 85,000 people" denies it,
    "There is no evidence for 25,000 lost jobs" disputes it (tests/ingest_labelling.md, "Denials and disputes"); and,
    with ``named`` (the figure named as one: "the 1,240 figure", "the figure of 14"), "did not accept the 1,240
    figure", "contradicting the Red Cross's 6,500" and "the figure of 14 has not been confirmed to us" dispute it;
    and "nowhere near the 310,000" disputes it.
    """
    at, end = figure.span
    window = sentence[max(0, at - GAINSAID_REACH) : at]
    if "here" in window:
        there = THERE_DENIED.search(window)
        if there is not None and not _BOUND_OPENING.match(sentence, at):
            return "disputes" if there.group("grounds") else "denies"
    if named or re.search(r"['’]s?\s+$", window):  # "the Red Cross's 6,500": a figure named by whose it is
        gainsaid = GAINSAID_BEFORE.search(window)
        if gainsaid is not None:
            return "denies" if gainsaid.group("deny") else "disputes"
    if named and UNCONFIRMED_AFTER.match(sentence, end):
        return "disputes"
    if REPORTS_OF_BEFORE.search(window) and CALLED_UNTRUE_AFTER.match(sentence, end):
        return "denies"
    if ("near" in window or "like" in window) and FAR_FROM_BEFORE.search(window):
        return "disputes"
    return ""


def _echoed(sentence: str, figure: Figure, mention: Mention, recent: list[tuple[int, Mention]], number: int) -> str:
    """ "Seven hundred and forty? They must have counted one bank": a figure someone else gave, thrown back as a
    question, is disputed."""
    at, end = figure.span
    # (the marks before an echo are a few characters: a short slice, not the whole sentence, for the $-anchored search;
    # "^" still matches only at the sentence's real start)
    if not _ECHO_AFTER.match(sentence, end) or not _ECHO_BEFORE.search(sentence, max(0, at - ECHO_MARKS_SPAN), at):
        return ""
    return "disputes" if _given_before(mention, recent, number) is not None else ""


def _given_before(mention: Mention, recent: list[tuple[int, Mention]], number: int) -> Mention | None:
    """The figure of the same value someone else gave in a sentence before."""
    return next(
        (m for n, m in reversed(recent) if n < number and m.value == mention.value and m.speaker != mention.speaker),
        None,
    )


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


# "118,000, not the 145,000 the company had reported", "a few hundred, not the 10,000 the council claimed": a figure
# set against one another source gave, which the sentence's speaker disputes; not "128 homes rather than the 192 first
# proposed" (a plan changed) nor "the 11 percent in its first estimate" (a figure revised)
SET_AGAINST = re.compile(
    r"\b(?:not|rather\s+than|instead\s+of)\s+the\s+(?P<number>\d[\d,]*(?:\.\d+)?)(?:\s+(?P<scale>million|billion))?"
    rf"(?:\s+[a-z]+){{0,2}}?\s+(?:(?:that|which)\s+)?{CONTACT_SUBJECT}\s+"
    r"(?:had\s+|has\s+|have\s+|originally\s+|first\s+)*(?:claimed|reported|said|given|gave|announced|published|cited|"
    r"quoted|estimated|forecast|predicted|counted)\b"
)


def _set_against(
    sentence: str, start: int, end: int, own: list[Mention], memory: SpeakerMemory
) -> tuple[list[Mention], list[Mention]]:
    """
    "The audit put attendance at 118,000, not the 145,000 the company had reported": the company's 145,000, and the
    audit's dispute of it (tests/ingest_labelling.md, "Denials and disputes"). The mentions of ``own`` it replaces and
    the ones it gives.
    """
    found = SET_AGAINST.search(sentence)
    if found is None:
        return [], []
    value = round_figure(Decimal(found.group("number").replace(",", "")) * SCALES.get(found.group("scale") or "", 1))
    claimer, anonymous = name_of(found.group("subject"), memory)
    against = next((m for m in own if m.previous_value == value), None)  # read as the value a figure replaced
    given = next((m for m in own if m.value == value), None)  # read as a figure of its own
    disputer = against or next((m for m in own if m.value != value), None)
    if disputer is None or disputer.speaker is None or claimer is None or disputer.speaker == claimer:
        return [], []
    words = found.group(0)
    stated = given or replace(
        disputer, value=value, lower=value, upper=value, qualifier="exact", previous_value=None, derived=False
    )
    disputing = _disputes(stated, sentence, start, end, words, disputer.speaker, disputer.speaker_anonymous, "disputes")
    claimed = replace(stated, speaker=claimer, speaker_anonymous=anonymous, via=None, stance="asserts")
    return [given] if given else [], [disputing, claimed if given else replace(claimed, figure=words)]


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


# "118, not 94", "seven, not 12": a figure the speaker sets right, then the one it puts aside
CORRECTED_AGAINST = re.compile(r",\s*not\s+$")


def _set_aside_at(text: str, at: int) -> bool:
    """Whether the figure at ``at`` in ``text`` is one a bare ", not" sets aside ("118, not 94")."""
    return at > 0 and CORRECTED_AGAINST.search(text, max(0, at - 12), at) is not None


BARE_NUMBER = re.compile(r"[\d.,]+")
# "..., not 260,000 as we reported", "not 83 as our standfirst said": the figure put aside is the one the outlet printed
# (an "our" that is the outlet's pages or people, not "as our opponents said", someone else's figure)
PRINTED_AS_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+as\s+(?:we|our\s+(?:[\w-]+\s+){0,2}?"
    r"(?:stor(?:y|ies)|(?:report|article|headline|caption|item|blog|interview|coverage|piece|feature|preview|graphic|"
    r"chart|table|bulletin|broadcast|profile|round-up|column|diary|podcast|newsletter|editorial|standfirst|page|"
    r"edition|website|site|paper|reporter|correspondent|journalist)s?))\s+(?:had\s+|first\s+|originally\s+)*"
    r"(?:said|reported|wrote|stated|printed|gave|published)\b"
)


def _corrected(
    sentence: str, figures: list[Figure], own: list[Mention], recent: list[tuple[int, Mention]], number: int
) -> list[Mention]:
    """
    ``own`` with each figure put aside by a bare "X, not Y" disputed by whoever gives X: "The number of inspectors is
    118, not 94," the minister said; "It was seven, not 12" (tests/ingest_labelling.md, "Denials and disputes"). A
    bare Y counts what X counts ("4 points behind, not 9"); bare figures both count what Y counted when someone gave
    it before ("offered an extra 600,000 dorvans" ... "the offer was 400,000, not 600,000").
    """
    if len(own) < 2 or ", not" not in sentence:
        return own
    corrected = list(own)
    for i in range(1, len(own)):
        if not _set_aside_at(sentence, figures[i].span[0]):
            continue
        right, aside = corrected[i - 1], own[i]
        bare = [BARE_NUMBER.fullmatch(sentence[f.span[0] : f.span[1]]) is not None for f in figures[i - 1 : i + 1]]
        given = next(
            (m for n, m in reversed(recent) if n < number and m.value == aside.value and m.speaker != right.speaker),
            None,
        )
        if given is not None and all(bare) and right.unit == aside.unit:
            right, aside = replace(right, unit=given.unit), replace(aside, unit=given.unit)
        elif bare[1]:
            aside = replace(aside, unit=right.unit)
        if right.speaker is not None and right.unit == aside.unit and right.value != aside.value:
            if right.previous_value is None and PRINTED_AS_AFTER.match(sentence, figures[i].span[1]):
                # "is 38, not 83 as our standfirst said": the outlet's own printed figure, set right, is also the
                # value the right one replaced (tests/ingest_labelling.md, "Settled in session 31")
                right = replace(right, previous_value=aside.value)
            corrected[i - 1] = right
            corrected[i] = replace(
                aside, speaker=right.speaker, speaker_anonymous=right.speaker_anonymous, stance="disputes"
            )
    return corrected


# The words of one who agrees to a figure put to them, right at the figure they repeat: "About 400, yes.", "Seventy is
# right.", "Yes, 18.", "I accept that 11 tested positive."
_AGREEING = r"(?:yes|yeah|correct|that['’]s\s+(?:right|correct))"
AGREED_BEFORE = re.compile(rf"(?:^\W*(?i:{_AGREEING}),\s+|\b(?:I|[Ww]e)\s+accept\s+that\s+)$")
AGREED_AFTER = re.compile(
    rf"(?:,\s*{_AGREEING}\b|\s+(?:is|was|are|were)\s+(?:about\s+|quite\s+|exactly\s+)?(?:right|correct|accurate)\b)"
)


def _agreed(
    sentence: str, figures: list[Figure], own: list[Mention], recent: list[tuple[int, Mention]], number: int
) -> list[Mention]:
    """
    ``own`` with each figure that takes up one someone else gave just before and agrees to it confirmed: "The
    inspectors found 400 schools without books. Is that your understanding?" / "About 400, yes." (the figure put to
    the one answering, confirmed by them).
    """
    agreed = list(own)
    for i, (mention, figure) in enumerate(zip(own, figures, strict=True)):
        at, end = figure.span
        if mention.stance != "asserts" or not (
            AGREED_AFTER.match(sentence, end) or AGREED_BEFORE.search(sentence, max(0, at - 20), at)
        ):
            continue
        if _given_before(mention, recent, number) is not None:
            agreed[i] = replace(mention, stance="confirms")
    return agreed


# 'Asked about a report that the cut would reach 25 percent, the minister said: "That figure is wrong."': the answer,
# opening the quotation that ends the sentence, denies the figure put to its speaker before it
ANSWERED_DENIAL = re.compile(r"[:,]\s*[“\"]" + DENIAL.pattern.removeprefix(r"\W*"))


def _answered(
    sentence: str,
    start: int,
    end: int,
    figures: list[Figure],
    own: list[Mention],
    reports: list[Report],
    memory: SpeakerMemory,
) -> list[Mention]:
    """A denial of each figure put to someone who answers, in the same sentence, that it is untrue, by the one the
    clause before the answer names."""
    answer = ANSWERED_DENIAL.search(sentence) if own and ('"' in sentence or "“" in sentence) else None
    if answer is None:
        return []
    report = next((r for r in reversed(reports) if r.subject and 0 <= answer.start() - r.end <= 2), None)
    if report is None or report.subject is None:
        return []
    name, anonymous = name_of(report.subject, memory)
    source = report.subject_start if report.subject_start >= 0 else report.position
    words = answer.group(0).lstrip(':,“" ').strip()
    return [
        _disputes(m, sentence, start, end, words, name, anonymous, "denies")
        for m, f in zip(own, figures, strict=True)
        if f.span[1] <= source
    ]


# "No such plan exists", "said no such offer had been received", 'was "not aware of any such forecast"': the thing just
# told of, said not to be, denies the figure it was told with (not the idiom "there is no such thing as a quick fix")
NO_SUCH = re.compile(
    r"\b(?:[Nn]o|(?:not|never|n['’]t)\b[^.;:?!]{0,40}?\bany)\s+such\s+(?:an?\s+)?"
    r"(?!(?:thing|luck|place|word)\b)(?P<noun>[a-z]+)\b"
)
# The nouns of a limit or an aim set with a figure: "no such target", "no such quota"
_LIMIT_NOUNS = r"(?:target|quota|limit|cap|ceiling)s?"
NO_SUCH_REACH = 2  # sentences back the thing denied may have been told ("... One said it was not in writing.")


def _none_such(
    sentence: str,
    start: int,
    end: int,
    reports: list[Report],
    memory: SpeakerMemory,
    recent: list[tuple[int, Mention]],
    number: int,
    asked: int,
    voice: str | None,
) -> list[Mention]:
    """
    A denial of the figure the thing a sentence says there is "no such" of was told with, by whoever says so: the
    one the sentence reports, else the one whose answer or turn it is. The figure whose sentence names the thing
    ("a plan to close 11 wards" for "no such plan", "had offered about 90,000 crowns" for "any such offer"); else,
    for a noun that names a figure or a limit set ("no such target" after "was expected to make at least six stops a
    night"), the last one given; none for another noun no sentence before names ("no such danger" after a repair bill
    is the speaker's own point, not a denial).
    """
    found = NO_SUCH.search(sentence)
    if found is None:
        return []
    report = next((r for r in reports if r.subject and r.position < found.start()), None)
    if report is not None and report.subject is not None:
        name, anonymous = name_of(report.subject, memory)
        words = sentence[report.subject_start if report.subject_start >= 0 else report.position : found.end()]
    elif voice is not None and not reports:
        name, anonymous, words = voice, False, found.group(0)
    else:
        return []
    reach = NO_SUCH_REACH + asked
    candidates = [
        m
        for n, m in reversed(recent)
        if number - reach <= n < number and m.speaker != name and m.stance not in DISPUTING
    ]
    if not candidates:
        return []
    noun = singular(found.group("noun"))
    named = [m for m in candidates if any(singular(w).startswith(noun) for w in re.findall(r"[a-z]+", m.quote.lower()))]
    if not named and not re.fullmatch(rf"{_FIGURE_NOUNS}|{_LIMIT_NOUNS}", noun):
        return []
    return [_disputes((named or candidates)[0], sentence, start, end, words, name, anonymous, "denies")]


def sentence_disputes(
    sentence: str,
    start: int,
    end: int,
    figures: list[Figure],
    own: list[Mention],
    reports: list[Report],
    memory: SpeakerMemory,
    recent: list[tuple[int, Mention]],
    number: int,
    asked: int,
    voice: str | None,
) -> list[Mention] | None:
    """
    The mentions the sentence gives in place of ``own`` (the mentions of its ``figures``) once what it disputes is
    read, in text order; None when it disputes nothing. ``recent`` holds the figure mentions of the sentences before
    (``LOOK_BACK_FAR`` of them), with their sentence numbers; ``asked`` how many questions without a figure stand
    right before it; ``voice`` whose answer or turn it is.
    """
    far = recent
    recent = [(n, m) for n, m in recent if number - n < LOOK_BACK_NAMED]
    earlier = _disputed(sentence, start, end, reports, memory, recent, number, asked, figures, far) if reports else []
    denial = DENIAL.match(sentence) if not earlier and not figures and voice is not None else None
    if denial is not None and voice is not None:
        owner = denial.group("owner")
        earlier = _denied(sentence, start, end, denial.group(0).strip(), voice, recent, number, asked, owner=owner)
    disputed = ANSWER_DISPUTE.search(sentence) if not earlier and not figures and voice is not None else None
    if disputed is not None and voice is not None:
        earlier = _denied(sentence, start, end, disputed.group(0).strip(), voice, recent, number, asked, "disputes")
    if not earlier and not figures:
        earlier = _none_such(sentence, start, end, reports, memory, recent, number, asked, voice)
    if not earlier and reports:
        # a sentence with figures of its own disputes one before only by pointing at it ("said that figure was
        # \"simply untrue\" and that it had cut 140")
        earlier = _disputed_by_content(sentence, start, end, reports, memory, recent, number, bool(figures))
    restated = _restated(sentence, figures, own, recent, number, reports)
    restated = _corrected(sentence, figures, restated, recent, number)
    restated = _agreed(sentence, figures, restated, recent, number)
    after = _disputed_before(sentence, start, end, reports, memory, restated)
    after += _answered(sentence, start, end, figures, own, reports, memory) if reports else []
    replaced, contrasted = _set_against(sentence, start, end, own, memory) if own else ([], [])
    after += contrasted
    if not earlier and not after:
        return restated if restated != own else None
    own = restated
    # "The agency disputed the 90 figure": one disputes mention, not also the figure read again
    again = {(m.value, m.unit) for m in earlier + after}
    kept = [
        m
        for m, figure in zip(own, figures, strict=True)
        if m not in replaced
        and (
            (m.value, m.unit) not in again
            or not (FIGURE_REFERENCE.search(m.figure) or FIGURE_NOUN_AFTER.match(sentence[figure.span[1] :]))
        )
    ]
    # in text order: "X rejected that, ... 9,000" disputes first; "150,000, a figure X disputed" and "Police said
    # thefts fell by a third, but a councillor disputed that" after
    given = {(m.value, m.unit) for m in kept}
    return (
        [m for m in earlier if (m.value, m.unit) not in given]
        + kept
        + [m for m in earlier if (m.value, m.unit) in given]
        + after
    )
