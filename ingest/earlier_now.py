"""
An earlier value in time told beside a later one, in the sentence before or after or across a semicolon ("Brellin had
40 tanneries in 1995. It has 12 today."; "first estimated the refit at 4 million in 2024; it now puts the bill at 7.2
million"; "In 1990 the lake held 61 pairs. It held 17 last year"; "we had 84 foals last spring. We had 51 in 2019"):
the more recent value is the claim, the earlier its previous_value and no claim of its own (the session-21 rule "An
earlier value in time" in tests/ingest_labelling.md). Each clause is placed in time by its own words (a year, a month
without one, "last year", "a decade ago", a vague past, "now", a newer source, or the present tense of the verb the
other clause told in the past), up to a clause of its own joined after the figure; two clauses pair only when their
times do not overlap. A comparison across places or groups ("The north had 50 in 2010. Today the south has 30.")
stays two claims: the second clause must take up the first's subject by a pronoun or a possessive of the measure
("their count", not "its own count" or "its rival"), or both count with an existential "there" and the second names
no other place. Within one clause, a part a comma or "where" sets off that goes on with the same subject ("now stands
at 212, having been 140 on Tuesday"; "the subsidy, 650,000 last year, has been cut to 400,000"; "is now 50 where it
used to be 60") pairs the same way; "while the south has 30" does not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from itertools import pairwise

from ingest.cues import FIRST_PERSON, PLAIN_HEDGES, REVISE_VERBS, forms
from ingest.dates import MONTHS
from ingest.mentions import Mention
from ingest.not_counts import SHORTFALL_FIGURE
from ingest.number_words import WORDNUM, parse_number
from ingest.numbers import same_unit
from ingest.sentences import split_sentences

# a figure right after, past one word ("was about 2.20") and not a year ("was in 2019")
_FIGURE_NEXT = r"(?=\s+(?:[a-z]+\s+)?(?!(?:19|20)\d\d\b)\S*\d)"
# the participles of a change that a figure comes to: "has grown to 450", "has been cut to 400,000"
_CHANGED = "|".join(
    sorted(
        {form for form in forms(REVISE_VERBS) if form.endswith("ed")}
        | {"cut", "set", "put", "risen", "grown", "fallen", "dropped", "climbed", "jumped", "soared", "doubled",
           "tripled", "declined", "decreased", "narrowed", "widened", "recovered", "restored", "slipped"},
        key=lambda w: (-len(w), w),  # longest first, equal lengths in one order whatever the hash seed
    )
)  # fmt: skip
# the qualifiers a figure may carry: "has grown to about 450", "has fallen to just under 12"
_QUALIFIED = rf"(?:(?:{PLAIN_HEDGES}|a\s+record)\s+)*"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A correction, the publication's own: a figure as it was printed ("was given as 212") and the one it sets right ("the
# correct figure is 221")
_PRINTED_AS = r"(?:was|were)\s+(?:given|shown|printed|stated|published|reported)\s+as"
_CORRECT_FIGURE = r"the\s+(?:correct|corrected)\s+(?:figure|number|total|count)\s+(?:is|are)\b"
CORRECT_FIGURE = re.compile(_CORRECT_FIGURE, re.IGNORECASE)
# ... but when a source gives the printed figure ("was given as 12,000 by organisers", "was reported as 61 per cent by
# the commission", not "by mistake") or another says which is correct ("Police said the correct figure is 8,000",
# "hospital sources say the correct number is 22"), the two figures are a dispute between sources, each a claim
PRINTED_BY_SOURCE = re.compile(
    rf"\b{_PRINTED_AS}\b[^.;]{{0,40}}?\bby\s+(?!(?:mistake|error|accident|oversight)\b)", re.IGNORECASE
)
# (the verbs of saying a figure, not those that double as a noun of the correction's own, "the correct count")
_SAYING = "|".join(
    sorted(forms("say tell add claim insist argue maintain contend believe reckon think"), key=lambda w: (-len(w), w))
)
SOURCE_SAYS = re.compile(rf"\b(?:{_SAYING}|according\s+to)\b", re.IGNORECASE)
# a clause set in the past by its own words: "used to", "last year", "a decade ago", "when I trained", "first
# estimated", "in the 1990s"
EARLIER = re.compile(
    r"\b(?:(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)used\s+to|"
    r"last\s+(?:year|season|month|week|term|summer|winter|spring|autumn|decade|time)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})\s+(?:years?|decades?|months?)\s+"
    r"(?:ago|earlier|before)|"
    r"the\s+(?:year|season|month|week)\s+before|"
    r"when\s+(?:I|we|you|he|she|they)\s+(?:first\s+)?(?:[a-z]{2,15}ed|was|were|began|came|left|took|went|had|got|"
    r"became|began)|"
    r"(?:first|originally|initially)\s+(?:[a-z]{2,15}\s+)?(?:estimated|put|said|reported|forecast|projected|"
    r"counted|budgeted|set|valued|priced)|"
    r"in\s+the\s+(?:19|20)\d0s|back\s+then|at\s+the\s+time|"
    # a figure as it was printed, which a correction sets right: "was given as 212", "were shown as 24"
    rf"{_PRINTED_AS}|"
    # a season no year names, told as past: "in the spring the board put it at"
    r"in\s+the\s+(?:spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)|"
    # the pluperfect and a participle of the past set the figure before the other: "having been 140", "had been
    # expected to cost", "had pencilled in", "which was 2.20"
    r"had\s+(?:[a-z]+\s+)?(?:been\s+)?(?:forecast|projected|estimated|expected|predicted|pencilled|budgeted)|"
    # a bare "had been", "having been" or "which was" only before the figure it gives ("which was 2.20"), not any
    # relative clause ("which was set up in 2019 with 5 million")
    rf"(?:having\s+been|had\s+(?:[a-z]+\s+)?been|which\s+(?:was|were)){_FIGURE_NEXT})\b",
    re.IGNORECASE,
)
# a year the clause is set in: "in 2000", "at the end of 2026", "in March 2019"
PAST_YEAR = re.compile(
    rf"\b(?i:in|during|of|back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)\b"
)
NOW = re.compile(
    r"\b(?:today|now|nowadays|these\s+days|currently|so\s+far|this\s+(?:year|season|month|week|term|summer|winter|"
    r"spring|autumn)|"
    # the present perfect of a change tells the level it has reached: "has grown to", "has been cut to"
    # (of a change, not "has agreed to pay 6 million")
    rf"(?:has|have)\s+(?:(?:now|since|also)\s+)?(?:been\s+)?(?:{_CHANGED})\s+to(?=\s+{_QUALIFIED}(?:\S*\d|{WORDNUM}\b))|"
    # a correction's figure, which stands now against the one printed: "the correct figure is 221"
    rf"{_CORRECT_FIGURE}|"
    # a newer source restating the measure: "The new study puts it at 2.3 percent"
    r"the\s+(?:new|newest|latest|most\s+recent|current)\s+(?:study|survey|census|count|estimate|figures?|report|data|"
    r"analysis|assessment))\b",
    re.IGNORECASE,
)
# a past time the clause names, placed against the year of publication: "last year", "last spring", "three years ago"
LAST = re.compile(r"\blast\s+(?P<span>year|season|summer|winter|spring|autumn|month|week|quarter)\b", re.IGNORECASE)
# how far back, in years, "last week" and "last month" reach from the day of publication when it is known (to the
# start of the one before, for slack), so that "we screened last week" comes after "In January it was 5 percent"
RECENT_SPANS = {"week": 14 / 365, "month": 2 / 12}
YEARS_AGO = re.compile(
    r"\b(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})\s+"
    r"(?P<span>years?|decades?)\s+ago\b",
    re.IGNORECASE,
)
DECADE = re.compile(r"\bin\s+the\s+(?P<decade>(?:19|20)\d)0s\b", re.IGNORECASE)
# a month the clause is set in without a year ("The shortfall was 1,900 in January"; "held 412,000 in October"): the
# last such month on or before the day of publication
IN_MONTH = re.compile(
    rf"\b(?i:in|during)\s+(?:(?i:early|late|mid-?)\s*)?(?P<month>{_MONTH})\b(?!\s*,?\s*(?:\d|(?i:last|this|next)\b))"
)
# a month on the scale of years, a little short of a twelfth so that two months in a row do not overlap
MONTH_SPAN = 0.08
# the present tense of the clause's own verb before its figure: "We have 1,900 left", "There are 4", "It is 12"; the
# value now only when the other clause told the same verb in the past ("we had 3,400 ... We have 1,900"), not
# another measure ("The real cost is 84 million ... We bought him for 4 million")
# a pronoun's contraction ("it's", "we've"), not a possessive ("the rival club's hall")
PRESENT = re.compile(
    r"\b(?:is|are|has|have|remains?|stands?)\b|"
    r"(?:(?<=\bit)|(?<=\bhe)|(?<=\bshe)|(?<=\bthat)|(?<=\bthere)|(?<=\bwhat)|(?<=\bwho))['’]s\b|"
    r"(?:(?<=\bwe)|(?<=\bthey)|(?<=\byou))['’]re\b|(?:(?<=\bwe)|(?<=\bthey)|(?<=\byou)|(?<=\bI))['’]ve\b",
    re.IGNORECASE,
)
PAST_OF = {
    "is": r"\b(?:was|were)\b",
    "are": r"\b(?:was|were)\b",
    "has": r"\bhad\b",
    "have": r"\bhad\b",
    "remain": r"\bremained\b",
    "remains": r"\bremained\b",
    "stand": r"\bstood\b",
    "stands": r"\bstood\b",
    "'re": r"\b(?:was|were)\b",
    "'s": r"\b(?:was|had)\b",
    "'ve": r"\bhad\b",
}
# the past of "be" that gives the figure: "On Tuesday their count was 15"
PAST_COPULA_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:(?:about|around|some|roughly|nearly|almost|only|just|at|still)\s+)?$", re.IGNORECASE
)
# the past before a past, giving the figure: "had been 0.5 per cent" (not "had expected", a forecast set against what
# came of it, a claim of its own)
PLUPERFECT = re.compile(rf"\bhad\s+been{_FIGURE_NEXT}", re.IGNORECASE)
PAST_VERB = re.compile(r"\b(?:was|were|had|did|used)\b", re.IGNORECASE)
# an existential "there" that takes up the thing counted in the clause before: "there were 9 toilets ... There are 4"
THERE = re.compile(r"\b[Tt]here\s+(?:is|are|was|were|remain|remained)\b")
# a place or group the second clause names after its figure: "There are 30 in the south now"
PLACE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:in|at|across|among|for)\s+(?:the\s+)?(?!(?:19|20)\d\d\b)"
    r"(?!(?:past|last|same|year|month|week|season|time|end|summer|winter|spring|autumn)\b)[A-Za-z]",
    re.IGNORECASE,
)

# a forecast or a target is no value now: "This year we'll be lucky to fill ...", "We want to get that above half";
# nor a plan or an expectation with no future verb ("It is due to hold 6,000 tonnes in March", "is set to carry 4,500
# in May", "is to see 250 in April"; not one held before, "had been expected to cost 3 billion", nor a cause, "is due
# to the strike"), whose month with no year would be read as the last such month, in the past
# what may follow "is to" or "is due to" that is no verb: a determiner, a comparative, a cause
_NO_VERB = r"a|an|the|its|their|his|her|this|that|these|those|higher|lower|rising|falling"
_CAUSE_WORDS = r"strong|weak|poor|bad|good|high|low|heavy|severe|staff|lack|fewer|more|less|demand|costs?"
FUTURE = re.compile(
    r"(?:\b(?:will|would|shall|expects?|plans?|forecasts?|wants?|aims?|needs?|must|hopes?|targets?|goal|by\s+(?:19|20)\d\d)\b|"
    r"['’]ll\b|"
    r"\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:(?:set|scheduled|expected|projected|forecast|poised|likely)\s+)?"
    rf"to\s+(?!(?:{_NO_VERB}|blame)\b)[a-z]+\b|"
    # after "due", no cause told by an adjective, a noun or a participle: "is due to strong demand", "to staff
    # shortages", "to increased fees", "to rising costs" ("is due to exceed 6,000" is a plan)
    rf"\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?due\s+to\s+(?!(?:{_NO_VERB}|{_CAUSE_WORDS})\b)"
    r"(?![a-z]*[^e\W]ed\b)(?![a-z]{3,}ing\b)[a-z]+\b)",
    re.IGNORECASE,
)
# the second clause takes up the first's subject: "It has 12 today", "Last year it was 520"
# or names it by its possessive ("Its flash estimate had been", "On Tuesday their count was"), or as the new figure
# of the same measure ("the new figure ... is 4.6 billion")
TAKEN_UP = re.compile(
    r"\b(?:[Ii]t|[Tt]hey|[Ww]e|I|[Hh]e|[Ss]he|"
    r"(?:[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Tt]he\s+(?:new|latest|revised|updated|correct|corrected))\s+"
    r"(?!own\b)(?:[a-z]+\s+)?"
    # (a numeral after "number" makes a name, "The new number 4 route", another route, not the measure taken up)
    rf"(?:figure|number(?!\s+(?:\d|{WORDNUM}\b))|estimate|forecast|projection|count|total|tally|toll))\b"
)
# A quotation opening on a first-person word (cues.FIRST_PERSON) takes up no subject the reporter's clause before told
# in the third person ("she now paid 3,400 velts a month ... "We lost 9,000 velts in August"): the speaker's own
# words, of another measure
QUOTE_OPEN = re.compile(r"(?:^|(?<=\s))[\"“]")
CLAUSE_MARK = re.compile(r";\s*")
# A quotation closing after a figure: what follows is the attribution ('," said Aranda, who took over in 2025'), whose
# times are the speaker's, not the figure's
QUOTE_CLOSE = re.compile(r"[,.!?]?”|[,.!?]\"")
# A clause of its own joined after a figure, with its own subject ("It is 1,400 today, and we expect to close it by
# December"): its times and forecasts are not the figure's
JOINED_CLAUSE = re.compile(
    r",\s+(?:and|but|while|though|although)\s+(?=(?:I|we|they|he|she|it|there)\b)", re.IGNORECASE
)
# Within one clause, the parts a comma sets off ("now stands at 212, having been 140 on Tuesday"; "the subsidy, 650,000
# last year, has been cut to 400,000") or a "where" clause ("is now 50 where it used to be 60")
PART_MARK = re.compile(r",\s+|\s+(?=where\s+(?:it|they|he|she|we)\b)")
# a part that goes on with the same subject: a participle, a relative, a verb with no subject of its own, "now", or a
# pronoun taking it up; not "while the south has 30", which names another
SAME_SUBJECT = re.compile(
    r"(?:(?:and|but)\s+)?(?:having|which|who|where|now|is|are|was|were|has|have|had|stands?|stood|remains?|remained|"
    r"it|they|its|their|he|she|we|I)\b",
    re.IGNORECASE,
)


def _clauses(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each sentence's clauses, split at its semicolons, in order of the text."""
    spans: list[tuple[int, int]] = []
    for start, end in sentences:
        at = start
        for mark in CLAUSE_MARK.finditer(text, start, end):
            spans.append((at, mark.start()))
            at = mark.end()
        spans.append((at, end))
    return spans


NOW_RANK = 10_000.0  # after every year: the value now


def _when(clause: str, published: date | None, at: int, other: str) -> tuple[float, float] | None:
    """
    The span of years a clause sets its figure in by its own words, as (earliest, latest): a year named, "last
    year", "in the 1990s", a vague past ("used to", "when I moved here") that is only before now, or now itself
    (in words, or the present tense of the verb before the figure); None when it says no time, or two that
    disagree, or a forecast.
    """
    if FUTURE.search(clause):
        return None
    latest = published.year if published else date.today().year
    past_end = _year_point(published) if published else latest  # a vague past ends on the day of publication
    spans: list[tuple[float, float]] = []
    for m in PAST_YEAR.finditer(clause):
        year = int(m.group("year"))
        if year < latest:
            spans.append((year, year))
        elif year > latest:
            return None
    for m in LAST.finditer(clause):
        span = m.group("span").lower()
        if published and span in RECENT_SPANS:
            spans.append((past_end - RECENT_SPANS[span], past_end))
            continue
        seasonal = span not in {"year", "season"}
        spans.append((latest - 1, latest if seasonal else latest - 1))
    if published is not None:
        for m in IN_MONTH.finditer(clause):
            month = MONTHS[m.group("month").lower()]
            start = (published.year if month <= published.month else published.year - 1) + (month - 1) / 12
            spans.append((start, start + MONTH_SPAN))
    for m in YEARS_AGO.finditer(clause):
        n = int(parse_number(m.group("count")) or 1)  # "three years ago", "a decade ago"
        n *= 10 if m.group("span").lower().startswith("decade") else 1
        spans.append((latest - n - 1, latest - n + 1))
    for m in DECADE.finditer(clause):
        start = int(m.group("decade")) * 10
        spans.append((start, start + 9))
    if EARLIER.search(clause):
        spans.append((float("-inf"), past_end))
    if NOW.search(clause):
        spans.append((NOW_RANK, NOW_RANK))
    if not spans and PAST_COPULA_BEFORE.search(clause, 0, at) and NOW.search(other):
        spans.append((float("-inf"), past_end))  # "On Tuesday their count was 15", beside "have so far declared 23"
    elif not spans and not PAST_VERB.search(clause):
        verbs = PRESENT.findall(clause, 0, at)
        if verbs and re.search(PAST_OF[verbs[-1].lower().replace("’", "'")], other, re.IGNORECASE):
            spans.append((NOW_RANK, NOW_RANK))
    if not spans and PLUPERFECT.search(other) and not re.search(r"\bhad\b", clause, re.IGNORECASE):
        # "the economy grew 0.2 per cent in the first quarter", beside "Its flash estimate had been 0.5 per cent": the
        # past the other clause's pluperfect looks back from is the later one
        spans.append((NOW_RANK, NOW_RANK))
    if not spans:
        return None
    low, high = max(a for a, _ in spans), min(b for _, b in spans)
    return (low, high) if low <= high else None


def _disputed(a_clause: str, b_clause: str) -> bool:
    """
    Whether a correction's figure ("the correct figure is 8,000") is one source's against another's: a source says it
    in its own clause, or gives the printed figure in the other ("was given as 12,000 by organisers").
    """
    return any(
        CORRECT_FIGURE.search(clause) is not None
        and (SOURCE_SAYS.search(clause) is not None or PRINTED_BY_SOURCE.search(other) is not None)
        for clause, other in ((a_clause, b_clause), (b_clause, a_clause))
    )


def _year_point(day: date) -> float:
    """A day as a point on the scale of years _when places clauses on: 1 March 2027 is about 2027.16."""
    return day.year + (day.timetuple().tm_yday - 1) / 365


def _parts(text: str, clause: tuple[int, int], a: tuple[int, int], at_b: int) -> tuple[int, int, int, int] | None:
    """
    The parts of one clause that hold its figures at ``a`` (start, end) and ``at_b``, as (a_start, a_end, b_start,
    b_end), when a comma or "where" sets them apart and the second goes on with the first's subject; else None.
    """
    marks = [m.span() for m in PART_MARK.finditer(text, clause[0], clause[1])]
    between = [(s, e) for s, e in marks if s >= a[1] and e <= at_b]
    if not between:
        return None
    a_start = max((e for _, e in marks if e <= a[0]), default=clause[0])
    b_start = between[-1][1]
    if not SAME_SUBJECT.match(text, b_start, at_b):
        return None
    b_end = min((s for s, _ in marks if s >= at_b), default=clause[1])
    return a_start, between[0][0], b_start, b_end


def _quoted_part(text: str, at: int, end: int) -> int:
    """
    The end of the clause holding the figure at ``at``, cut where a quotation closes after the figure or a clause
    of its own is joined to it.
    """
    ends = [
        found.start() for found in (QUOTE_CLOSE.search(text, at, end), JOINED_CLAUSE.search(text, at, end)) if found
    ]
    return min(ends, default=end)


def _figure_at(text: str, mention: Mention) -> int:
    pattern = re.compile(r"(?<![\w.,])" + re.escape(mention.figure) + r"(?!\w)")
    found = pattern.search(text, mention.start, mention.end)
    return found.start() if found else -1


def pair_earlier_and_now(
    text: str,
    mentions: list[Mention],
    published: date | None = None,
    *,
    sentences: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """
    Join each figure set in the past to the figure now beside it, of the same thing, as one revision. ``sentences``
    are the text's sentence spans when the caller has already split it.
    """
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
    clauses = _clauses(text, split_sentences(text) if sentences is None else sentences)
    starts = [a for a, _ in clauses]
    clause_of = {}
    for at, index in located:
        n = bisect_right(starts, at) - 1  # the clause that starts last at or before the figure, if it holds it
        clause_of[index] = n if n >= 0 and at < clauses[n][1] else -1
    joined: dict[int, Mention] = {}
    dropped: set[int] = set()
    for (at_a, first), (at_b, second) in pairwise(located):
        if first in dropped or first in joined or second in joined:
            continue
        one, other = mentions[first], mentions[second]
        n_a, n_b = clause_of[first], clause_of[second]
        if n_a < 0 or n_b not in (n_a, n_a + 1) or "\n" in text[at_a:at_b]:
            continue  # one clause or adjacent clauses of one paragraph, no figure between
        if not same_unit(one.unit, other.unit) or one.value == other.value:
            continue
        if SHORTFALL_FIGURE.search(one.figure) or SHORTFALL_FIGURE.search(other.figure):
            continue  # "won 84 seats in 2019. It is now five short of a majority": a gap, not the count come to 5
        if n_a == n_b:
            parts = _parts(text, clauses[n_a], (at_a, at_a + len(one.figure)), at_b)
            if parts is None:
                continue
            a_start, a_end, b_start, b_end = parts
        else:
            (a_start, a_end), (b_start, b_end) = clauses[n_a], clauses[n_b]
            taken_up = TAKEN_UP.search(text, b_start, at_b)
            if (
                taken_up
                and FIRST_PERSON.fullmatch(taken_up.group())
                and QUOTE_OPEN.search(text, at_a, taken_up.start())
                and not FIRST_PERSON.search(text, a_start, at_a)
            ):
                continue  # "she now paid 3,400 ...", then '"We lost 9,000 ...': the speaker's words, not her subject
            if not taken_up and not (
                THERE.search(text, a_start, a_end)
                and THERE.search(text, b_start, at_b)
                and not PLACE_AFTER.match(text, at_b, b_end)
            ):
                continue
        if _disputed(text[slice(*clauses[n_a])], text[slice(*clauses[n_b])]):
            continue  # "was given as 12,000 by organisers. Police said the correct figure is 8,000": two sources
        a_end, b_end = _quoted_part(text, at_a, a_end), _quoted_part(text, at_b, b_end)
        a_clause = text[a_start:a_end]
        b_clause = text[b_start:b_end]
        a_when = _when(a_clause, published, at_a - a_start, b_clause)
        b_when = _when(b_clause, published, at_b - b_start, a_clause)
        if a_when is None or b_when is None:
            continue
        if a_when[1] < b_when[0]:
            earlier, later, keep, drop = one, other, second, first
        elif b_when[1] < a_when[0]:
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
