"""
Figures in a sentence: numbers in digits or words, their qualifier, their unit, ranges, and
"N groups of X each" totals. Returns what it finds with character spans; knows nothing of speakers.

The quantity grammar also reads proportions as percentages ("a third of", "nearly half of",
"one in five"), vague counts as lower bounds ("hundreds of" is two hundred or more, never under
100; "tens of thousands of" 20,000, never under 10,000), "two dozen" as 24, and a change or
revision ("from 40 to 57", "cut to 89,000 from 114,000", "revised to 17,500, up from its estimate
of 14,000", "X, compared with Y a year earlier") as one figure with
the value it replaced. What only looks like a count (ages, durations, identifiers, scores, the
number of sources a report cites) is left out by ingest.not_counts; the words and digits of a
number are read by ingest.number_words.

Money a page writes bare is in the currency the page writes its money in (page_currency: "Total charged: 38.12
saldins", "a fee of 260 dravels"): a figure a verb of payment, cost, earning or debt governs ("I paid 41.60", "he
earned 31,000 a year"), a noun of payment is or names ("my insurance is 2,300", "a penalty charge of 80.00"), a label
of payment heads ("Base fare: 18.40", "Total claimed: 612,400"), or one written to the hundredth as prices are.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from claims.quantities import Qualifier, default_bounds
from ingest.cues import (
    ANONYMOUS_HEADS,
    ASKED_US_TO_SAY,
    BODY_OF_COUNT_HEADS,
    CHANGED_FROM_VERBS,
    CHANGING_FOR_GROUP_WORDS,
    CHANGING_TO_PARTICIPLES,
    CHARGE_NOUNS,
    CLAUSE_OPENING_HEDGES,
    CONFIRM_VERBS,
    CONJECTURE_VERBS,
    DETERMINER,
    EARLIER_EVENT_NOUN,
    FIGURE_REVISE_VERBS,
    FINITE_AFTER_SUBJECT,
    GLUED_UNIT,
    JOINING_WORDS,
    MEASURE_OWNERS,
    MONEY_NOUNS,
    NOT_COUNTED_AFTER,
    NOT_SUMS_PAID,
    NUMBER_LABEL_NOUNS,
    OCCASION_TIMES,
    ODD_CASE_LETTERS,
    OF_WHOLE_DETERMINERS,
    OTHER_TIME_AFTER,
    OWNED_MANY_EACH,
    PART_VERBS,
    PLURALS_IN_A_OR_I,
    PREPOSITIONS,
    PRICE_WORDS,
    RECORD_VERBS,
    REVISE_VERBS,
    SAY_VERBS,
    SHARE_SIZING_HEDGES,
    SINGULAR_ENDINGS_IN_S,
    SINGULAR_IN_US_OR_IS,
    SINGULAR_MEASURES,
    STANCE_OF,
    SUM_NOUNS,
    TELL_VERBS,
    UNTRUE_WORDS,
    VERB_TAKES,
    VERBS_OF_ORIGIN_IN_S,
    form_alternation,
    forms,
)
from ingest.dates import MONTH_NAME, MONTHS, WEEKDAY_NAME
from ingest.not_counts import (
    COLLECTIVE_PEOPLE,
    COUNTED_WITHOUT_S,
    DURATION_UNITS,
    EVERY_BEFORE,
    EVERY_TO_GAP,
    NAMED_AS_FIGURE,
    PART_OF_THE_BEFORE,
    REPLACED_BY,
    SHORTFALL_FIGURE,
    SHORTFALL_WORDS,
    SOURCE_NOUNS,
    SPAN_OF_LIMIT_AFTER,
    WEEKLY_CHANGED_AFTER,
    WEEKLY_DAY_UNITS,
    is_poll_sample,
    is_score,
    magnitude_end,
    not_a_claim,
    not_a_count,
    route_by_name,
    shortfall_units,
)
from ingest.number_words import (
    CURRENCIES,
    CURRENCY_SIGNS,
    DIGITS,
    FRACTION_WORDS,
    FRACTIONS,
    HEDGE,
    IRREGULAR_PARTICIPLES,
    NUMBER,
    OF_A_SCALE,
    QUALIFIER_BEFORE,
    SMALL_NUMBER_WORDS,
    UNIT_AFTER,
    WORDNUM,
    currency_unit,
    fraction_value,
    number_value,
    parse_number,
    qualifier_of,
    scale_factor,
)
from ingest.sentences import FORM_BOX_NUMBER
from ingest.tables import bracket_gap, earlier_in_bracket, earlier_key, own_time
from ingest.tracked_changes import JoinedReading, TrackedReplacement, has_tracked_changes, read_tracked

RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|or)\s*")
STOP = {
    "a", "an", "the", "and", "or", "but", "are", "were", "is", "was", "be", "been", "being", "have", "has", "had",
    "will", "would", "could", "should", "may", "might", "can", "to", "in", "on", "at", "of", "from", "for", "by",
    "with", "that", "which", "who", "whom", "whose", "than", "as", "per", "each", "when", "where", "while", "into",
    "across", "since", "until", "after", "before", "during", "if", "so", "this", "these", "those", "its", "their",
    "his", "her", "our", "it", "they", "we", "he", "she", "already", "also", "now", "still", "more", "times",
    "out", "up", "down", "off", "over", "under", "about", "around", "among", "between", "through", "against",
    "away", "ago", "later", "earlier", "alone", "us", "them", "you", "me", "year-old", "years-old", "percent",
    "cent", "a.m", "p.m", "because", "once", "late", "early", "though", "although", "unless", "whether", "not",
    "yet", "even", "only", "just", "then", "there", "here", "again", "apiece", "overall", "altogether", "instead",
    "last", "next", "held", "kept", "left", "sent", "lost", "paid", "sold", "told", "found", "made", "taken",
    "given", "seen", "shown", "brought", "bought", "caught", "spent", "cannot", "towards", "toward", "does",
    "put", "get", "gets", "got", "cast", "worth", "let", "hit", "did", "do", "below", "above", "beyond", "within",
    "without", "behind", "ahead", "beneath", "throughout", "despite", "via", "like", "yesterday", "today",
    "outside", "inside", "near", "beside", "along", "onto", "upon",  # "61,000 hours waiting outside hospitals"
    "tonight", "tomorrow",
    "became", "become", "becomes",  # "how several hundred became 600": a linking verb, not what the figure counts
    # "some 40,000 came from abroad", "a few hundred went home": a verb in the past, not what the figure counts
    "came", "went", "fled", "fell", "rose", "grew", "stood", "took", "gave", "won", "ran", "began", "flew", "wrote",
    "come", "go",  # "about 40 come in each week": the verb, in the present
    "first",  # "rather than the 192 first proposed": when it was given, not what it counts
    "forward",  # "Cull ewes: 412 forward", "2,860 lambs were forward": offered at a mart, not what the figure counts
    # "we raised 12,000 marks ourselves", "it runs 420 itself": who did it, after the noun or in its place
    "myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves",
    # "some 260 fewer than a year before", "the 420 million sought by", "one of only 14 ever given", "fewer than
    # 125,000 remain", "they are 60 apart": a comparison, a participle, an adverb or a verb after the figure, where a
    # noun would stand; what it counts is told before it
    "fewer", "less", "sought", "ever", "remain", "remains", "apart",
    # "60 must be deployed", "300 million too many", "the 12 all voted", "1,480 nits outdoors": a modal verb or an
    # adverb after the figure (or its noun), never what it counts
    "must", "shall", "too", "all", "both", "outdoors", "indoors", "afterwards",
    # "charges you 1.20 every time you leave": how often, never what the figure counts
    "every",
}  # fmt: skip
MODIFIERS = {
    "more", "fewer", "less", "additional", "new", "extra", "other", "further", "armed", "active", "active-duty",
    "regular",
    "trained", "elite", "special", "young", "foreign", "local", "injured", "wounded", "dead", "missing", "displaced",
    "registered", "eligible", "full-time", "part-time", "military", "civilian", "combat", "metric", "square",
    "different", "separate", "distinct", "individual", "allied", "unarmed", "named", "unnamed", "suspected",
    "confirmed", "reported", "known", "unknown", "remaining", "surviving", "serious", "minor", "major", "paid",
    "unpaid", "salaried", "daily", "weekly", "monthly", "annual", "yearly", "nightly", "hourly",
    # "there were 4,000 available", "14 stolen number plates", "2,000 wild salmon": a state the things are in, before
    # their noun or in its place
    "available", "stolen", "swollen", "broken", "wild",
    "outside",  # "40 outside specialists" (but "2,000 outside the city" counts nothing it names)
    "late", "early",  # "penalties on 27 late deliveries", "12 early releases" (but "ran 20 late" names nothing)
}  # fmt: skip
# Count nouns an unlabelled figure most likely refers to ("a first tranche of about 3,000")
PEOPLE_NOUNS = re.compile(
    r"\b(troops?|soldiers?|personnel|fighters|servicemen|service members|civilians|people|refugees|migrants|"
    r"workers|residents|casualties|prisoners|detainees|protesters|passengers|patients|students|voters)\b",
    re.IGNORECASE,
)
EACH_AFTER = re.compile(r"^\s*(?:[a-z][a-z-]*\s+){0,2}?each\b")
GROUPS_BEFORE = re.compile(
    rf"(?P<n>{DIGITS}|\b{WORDNUM}\b)\s+(?:(?:more|new|additional|other|further)\s+)?(?:[a-z][a-z-]+\s+)?"
    r"(?P<group>[a-z][a-z-]+)\s+"
    r"(?:of|carrying|with|containing|holding|each\s+with|numbering|with room for|with space for|able to hold|"
    r"(?:were|are|will be|have been)\s+(?:fined|given|paid|awarded|allocated|granted|promised|offered|sent)|"
    r"received|receive|got|paid|pay)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# Proportions, read as percentages: "a third of", "nearly half of", "one in five", "three out of four".
_QUALIFIER_WORDS = rf"{HEDGE}|only|just"
_FRACTION = (
    # a fraction of a scale ("half a million", "a quarter of a million") is a count, read by the number grammar
    rf"(?:{FRACTION_WORDS})(?!{OF_A_SCALE})|"
    # "a further quarter were leg injuries", "could take another tenth off": one more share of the same whole
    # (not "another quarter of falling sales", "a further quarter of losses": three months more)
    r"(?:another|a\s+further)\s+(?:third|quarter(?!\s+of\s+(?!(?:the|its|their|all|these|those|our|his|her|my|your|"
    r"them|us)\b))|fifth|sixth|seventh|eighth|ninth|tenth)\b"
)
_SMALL = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|fifty|\d{1,3})"
)
# After the whole of a share with its noun between ("one grower in six", "two farms out of every three"): a verb, not a
# plural ("one household in five looks like that", "one farm in every three has closed", not "one grower in six farms")
_NO_NOUN_AFTER_WHOLE = (
    r"(?!\s+(?!(?:has|was|is|does|says|gets|needs|lives|works|looks|seems|pays|owns|uses|earns|receives|spends|"
    r"relies|depends|faces|qualifies|falls|takes|makes|goes|comes|thinks|believes|expects|wants|plans)\b)[a-z]+s\b|"
    r"\s+of\b|-)"
)
PROPORTION = re.compile(
    # 'was "perhaps a tenth" of that': a quoted fraction is a share of what follows the quotation too
    rf"\b(?:(?P<frac>{_FRACTION})(?=[\"”’]?\s+(?:of|the|their|its|all|my|our|his|her|your|these|those)\b)|"
    rf"(?P<frac2>{_FRACTION})\b|"
    # ... or hyphened before the noun of a figure it names ("the one-in-eight figure"), not a return period's
    # ("a one-in-100-year flood"), or counted in occasions ("nine times out of ten")
    rf"(?P<n>{_SMALL})(?:\s+(?:in|(?:times\s+)?out\s+of|of(?=\s+every\b))\s+(?:every\s+)?|(?P<hyphened>-in-))"
    rf"(?P<d>10,000|1,000|a thousand|{_SMALL}|a hundred|100)\b(?(hyphened)(?!-))|"
    # "one grower in six", "nine applications in ten": the noun between, and no noun after the whole; not a time
    # (with no "every", "won two games out of twelve" counts the games)
    # ("missed one day in ten" is a threshold)
    rf"(?P<n2>{_SMALL})\s+(?!(?:in|days?|weeks?|months?|years?|hours?|nights?|times?)\b)[a-z]+\s+in\s+(?:every\s+)?"
    rf"(?P<d2>{_SMALL})\b{_NO_NOUN_AFTER_WHOLE}|"
    # "two farms out of every three", "three children in every ten": the noun between, "every" before the whole
    rf"(?P<n3>{_SMALL})\s+(?!(?:in|out|of|days|weeks|months|years|hours|nights|times)\b)[a-z]+\s+(?:out\s+of|in)\s+"
    rf"every\s+(?P<d3>{_SMALL})\b{_NO_NOUN_AFTER_WHOLE}|"
    # "Of every ten nurses we train, four leave": the whole and its noun first, the share after the comma
    rf"\bof\s+every\s+(?P<d5>{_SMALL})\s+[a-z]+(?:\s+[a-z]+){{0,4}}?,\s+(?P<n5>{_SMALL})\b(?!-)|"
    # "beds that are empty two nights in five", "in hospital one week in three": a share of the time, its periods
    # between
    rf"(?P<n4>{_SMALL})\s+(?:days?|weeks?|nights?|months?)\s+in\s+(?:every\s+)?(?P<d4>{_SMALL})\b"
    r"(?!\s+[a-z]+s\b|\s+of\b|-))",
    re.IGNORECASE,
)
# "missed at least one day in ten": a threshold that picks out who is counted, not a share of the time
TIME_SHARE_THRESHOLD_BEFORE = re.compile(r"\b(?:at\s+least|more\s+than|fewer\s+than|less\s+than|over|under)\s+$")
# "the one-third failure rate", "the two-thirds figure": a hyphened fraction before the noun of a figure it names
FRACTION_NAMES_FIGURE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:figure|rate|share|estimate|cut|reduction|increase|rise|fall)\b"
)
ODDS_END = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$)")
FRACTION_RANGE = re.compile(rf"\bbetween\s+(?P<low>{_FRACTION})\s+and\s+(?P<high>{_FRACTION})\b", re.IGNORECASE)


def _fraction_value(words: str) -> Decimal | None:
    return fraction_value(re.sub(r"^(?:another|a\s+further)\b", "a", words.lower()))


JUST_BELOW = {"nearly", "almost", "just under", "barely"}
PART_OF_PERIOD_BEFORE = re.compile(r"\b(?:first|second|latter|former|back|front|early|late)\s+$", re.IGNORECASE)
# "for more than half a century", "ending half a century of tyre making", "a quarter of an hour": a span of time, part
# of one period, no share (not "up from about a quarter a decade ago", a share dated)
PART_OF_A_PERIOD_AFTER = re.compile(
    r"\s+(?:of\s+)?an?\s+(?:hour|century|decade|generation|lifetime)\b(?!\s+(?:ago|earlier)\b)", re.IGNORECASE
)
# "cut by a third", "a fall of a fifth", "a rise of nearly a quarter": the size of a change, a share of what changed
BY_BEFORE = re.compile(
    rf"(?:\bby|\b(?:rise|fall|drop|cut|increase|decrease|reduction|jump|decline|gain|loss)\s+of)\s+"
    rf"(?:(?:{_QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)
# A fraction of a rate's point: "half a percentage point", "a quarter of a point" (a fraction of a scale, "a quarter of
# a million", is a count the number grammar reads)
FRACTION_OF_POINT = re.compile(
    rf"\b(?P<f>{FRACTION_WORDS})\s+(?:of\s+)?an?\s+(?P<s>percentage point|point)s?\b",
    re.IGNORECASE,
)
# One of a measure, hedged: "more than a metre in six hours", "a shortfall of about a tonne": the article "a" is the
# figure, one of the unit; not a place's distance ("less than a kilometre from the harbour", "about a mile north of
# the village", "about a mile inland"), a measure and a half, nor a bare "a metre" (a length in passing, no figure
# stated)
ONE_MEASURE_UNITS = {"metre", "meter", "kilometre", "kilometer", "centimetre", "mile", "tonne", "litre", "liter",
                     "kilogram", "hectare", "acre"}  # fmt: skip
ONE_MEASURE = re.compile(
    r"\b(?P<q>about|around|roughly|nearly|almost|more\s+than|over|at\s+least|just\s+over|just\s+under|less\s+than|"
    rf"up\s+to)\s+an?\s+(?P<u>{'|'.join(sorted(ONE_MEASURE_UNITS))})"
    r"\b(?![-’'])(?!\s+(?:and\s+a\s+half|from|away|or|long|high|deep|wide|tall|above|below|across|"
    r"(?:north|south|east|west)[a-z-]*|up|down|along|inland|offshore|beyond|outside)\b)",
    re.IGNORECASE,
)
# Half of one of a unit: "half a metre", "half a euro"; the unit is known by its plural
HALF_OF_ONE = re.compile(r"\bhalf\s+an?\s+(?P<u>nautical\s+mile|[a-z]+)\b", re.IGNORECASE)
# A quarter or a half of one of a measure, as "half a mile" is half of one: "roughly a quarter mile from the school",
# "about a half mile" (not a size in passing, "a quarter-mile stretch")
FRACTION_OF_ONE_MEASURE = re.compile(
    rf"\b(?:an?|one)\s+(?P<f>quarter|half)\s+(?P<u>{'|'.join(sorted(ONE_MEASURE_UNITS))})\b(?![-’'])", re.IGNORECASE
)
# One of a measure and half of another: "a metre and a half", "won by a length and a half" (a race's lengths); not a
# span of time ("an hour and a half"), which is no measure here. As with ONE_MEASURE, not a place's distance ("a mile
# and a half from the harbour"), a size told in passing ("a metre and a half tall") nor a position ("a mile and a half
# ahead of everyone"); a length only as a margin ("by a length and a half", which may run on "from" the runner-up)
ONE_AND_A_HALF_UNITS = ONE_MEASURE_UNITS | {"length"}
ONE_AND_A_HALF = re.compile(
    rf"\b(?:an?|one)\s+(?P<u>{'|'.join(sorted(ONE_AND_A_HALF_UNITS))})\s+and\s+a\s+half\b(?!-)", re.IGNORECASE
)
ONE_AND_A_HALF_NOT = re.compile(
    r"\s+(?:from|away|long|high|deep|wide|tall|above|below|across|(?:north|south|east|west)[a-z-]*|up|down|along|"
    r"inland|offshore|beyond|outside|ahead|behind)\b",
    re.IGNORECASE,
)
LENGTH_MARGIN = re.compile(r"\bby\s+$", re.IGNORECASE)
# "is offering half-price entry", "would keep a half-price pass", "children travel half price": a body's price cut by
# half, a share of 50 per cent; not a discount's name in passing ("a half-price sale", "4,000 half-price tickets",
# "sold at less than half price", which the share rules read)
HALF_PRICE = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|keep(?:s|ing)?|kept|give(?:s|n)?|gave|giving|buy|travel(?:s|led|ling)?|"
    r"introduc(?:e|es|ed|ing))\s+(?:an?\s+)?(?P<h>half[- ]price)\b",
    re.IGNORECASE,
)


def _hedged_share(sentence: str, p: re.Match, fraction: str) -> bool:
    """
    "only about a third do it voluntarily", "the union says about a fifth.": a fraction a hedge sizes is a share,
    not an ordinal; not half of one thing ("roughly half a school year"), nor a time of day or an amount of a measure
    or a span ("at about half past seven", "roughly a quarter mile", "with about a quarter to go"), nor a share
    restating a figure in per cent just given ("about 24 per cent lower, roughly a quarter": the same claim told again)
    """
    return (
        HEDGED_SHARE_BEFORE.search(sentence, max(0, p.start() - 20), p.start()) is not None
        and not (fraction == "half" and HALF_OF_ONE_AFTER.match(sentence, p.end()))
        and not CLOCK_OR_MEASURE_AFTER.match(sentence, p.end())
        and PER_CENT_RESTATED_BEFORE.search(sentence, max(0, p.start() - 60), p.start()) is None
    )


def _half_of_unit(word: str, after: str, known_units: Mapping[Decimal, str] | None) -> str:
    """
    The plural of ``word`` when it is a measure or a currency, or a unit the article has counted in that ends its
    noun phrase ("half a halder a trip"; not "half a school year"), else ''.
    """
    plural = CURRENCIES.get(word) or MEASURE_PLURALS.get(word) or word + "s"
    if plural in DISTANCE_UNITS | VOLUME_UNITS | CURRENCY_UNITS:
        return plural
    next_word = re.match(r"\s+([a-z]+)", after)
    ends = next_word is None or next_word.group(1) in STOP
    return plural if ends and known_units and plural in known_units.values() else ""


# Words of interest rates, prices and polls, where "half a point" is of a percentage
RATE_CONTEXT = re.compile(
    r"\b(?:rates?|inflation|interest|yields?|per\s*cent|percent|basis|mortgages?|borrowing|poll|polls|polling|"
    r"support|lead|hike|hikes|cut|cuts|cutting)\b|%",
    re.IGNORECASE,
)
# A share that is the subject of its clause: "Half received the drug", "while nearly a third said ...".
SHARE_AS_SUBJECT = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:and|but|while|whereas|that)\s+)[\"“]?(?:(?:{_QUALIFIER_WORDS})\s+)?$", re.IGNORECASE
)
SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:(?:now|still|also|already|only|never|ever)\s+)?"
    r"(?:said|say|says|were|was|are|is|have|had|has|will|would|could|may|might|can|should|must|did|do|does|"
    r"[a-z]{3,}ed|led|went|took|made|got|saw|fell|rose|grew|chose|paid|lost|won|left|came|became|found|thought|"
    r"felt|kept|held|sold|bought|spent|gave)\b"
)
# A bare fraction after a comparison is a share: "and more than a quarter at smaller institutions".
COMPARED_SHARE_BEFORE = re.compile(
    r"\b(?:more than|less than|fewer than|nearly|almost|just over|just under|well over|up to|at least|above|below|"
    # "losses were above half", "it is closer to half": a share a level is set against
    r"(?:closer|close|nearer)\s+to|"
    # "..., compared with about a fifth five years ago", "against a tenth": the share another was compared with
    r"(?:compared\s+(?:with|to)|against|up\s+from|down\s+from)(?:\s+(?:about|around|roughly|some|nearly|almost))?)\s+$",
    re.I,
)
# "employers would pay about a quarter.", "asked the government to pay half": the share of a cost one party bears
SHARE_PAID_BEFORE = re.compile(
    rf"\b(?:pay|pays|paid|paying|cover|covers|covered|covering|fund|funds|funded|funding|bear|bears|bore|borne|"
    rf"foot|footed|contribute|contributes|contributed)\s+(?:(?:{_QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)
# "a third more than", "around a fifth larger": a fraction that sizes a comparison is a share too, and so is one set
# below or above a level ("about a fifth below normal", 'renewals "about a quarter down" on last year')
COMPARATIVE_AFTER = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|cheaper|dearer|longer|shorter|faster|slower|"
    # (not a gap in a race: "a tenth off the pace", "off pole", "off the podium")
    r"heavier|lighter|wider|narrower|deeper|taller|older|younger|busier|costlier|below|above|"
    r"off(?!\s+(?:the\s+)?(?:pace|pole|podium|lead|top|winner|leader)\b)|"
    r"(?:down|up)(?=[\"”’]?\s+(?:on|from)\b))\b"
)
# "in physics it was about a third.", "the rest is half,": a share that completes its clause after a copula
COPULA_BEFORE = re.compile(
    rf"\b(?:is|was|are|were|be|been)\s+(?:(?:{_QUALIFIER_WORDS}|perhaps|probably)\s+)?$", re.IGNORECASE
)
# "The union put it at barely a quarter.", "turnout stood at about a third.": a share a level is put or stands at
LEVEL_AT_BEFORE = re.compile(
    rf"\b(?:put|puts|putting|estimated|estimates|stood|stands|standing)\s+(?:(?:it|them|that|the\s+[a-z]+)\s+)?at\s+"
    rf"(?:(?:{_QUALIFIER_WORDS}|perhaps|probably)\s+)?$",
    re.IGNORECASE,
)
# "my tank is a third full": a share of what holds it (not the idiom "half empty")
FULL_AFTER = re.compile(r"\s+(?:full|empty)\b")
# "lost around 9 per cent of teaching hours, not a fifth": a share set against another, ending its clause
NOT_BEFORE = re.compile(r"\bnot\s+$", re.IGNORECASE)
CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?\"”’)]|$|\s+(?:as|like)\b)")
# "So far we have received 1.1 million, roughly a third.": a share set off after the figure it is the share of
SHARE_SET_OFF_BEFORE = re.compile(
    rf"(?:\d|\b(?:hundred|thousand|million|billion))(?:\s+[a-z]+)?,\s+(?:(?:{_QUALIFIER_WORDS})\s+)?$", re.IGNORECASE
)
# "I would have settled for half that", "charge half what we do": half of an amount just named
HALF_OF_AMOUNT_AFTER = re.compile(r"\s+(?:what\b|(?:that|this)\b(?!\s+(?:the|a|an|he|she|they|we|it|is|was)\b))")
PROPORTION_QUALIFIER = re.compile(rf"\b(?P<q>{_QUALIFIER_WORDS})\s+$", re.IGNORECASE)
_SIZING = "|".join(word.replace(" ", r"\s+") for word in SHARE_SIZING_HEDGES)
HEDGED_SHARE_BEFORE = re.compile(rf"\b(?:{_SIZING})\s+$", re.IGNORECASE)
# "roughly half a school year": half of one thing, no share
HALF_OF_ONE_AFTER = re.compile(r"\s+an?\s", re.IGNORECASE)
# "at about half past seven", "roughly a quarter to six,", "about a quarter after ten on Sunday": a time of day (an hour
# that ends its phrase, not "about a third to two charities"); "roughly a quarter mile", "about a quarter century
# ago", "about a half-hour", "with about a quarter to go": an amount of a measure or of a span, or what remains of one
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|\d{1,2}(?:[.:]\d\d)?)"
CLOCK_OR_MEASURE_AFTER = re.compile(
    rf"\s+(?:past|to|after|before)\s+(?:{_HOUR_WORD}|the\s+hour)(?=\s*(?:[ap]\.?m\b|o['’]clock|[,;.!?)]|$)"
    r"|\s+(?:in|on|at|this|that|tonight|today|yesterday|tomorrow|last|every|each|when|and|or|local|sharp)\b)"
    r"|[\s-]+(?:to\s+go\b|(?:mile|kilometre|kilometer|metre|meter|inch|foot|pound|ounce|kilo|tonne|ton|litre|liter|"
    r"gallon|acre|hectare|hour|minute|day|week|month|year|decade|century|season|lap|length)s?\b)",
    re.IGNORECASE,
)
# "about 24 per cent lower than in March, roughly a quarter": a share restating the figure in per cent before it
PER_CENT_RESTATED_BEFORE = re.compile(r"(?:%|\bper\s*cent\b|\bpercent\b)[^.;:%]*,\s+[a-z ]*$", re.IGNORECASE)
# Vague counts, read as lower bounds. The value is the least count the plural names ("hundreds" is
# two hundred or more, "dozens" two dozen, "tens of thousands" twenty thousand); the lower bound
# is the scale the word names, the floor nobody could dispute even in loose use (100, 12, 10,000).
# "a few" and "several" before a unit are three of it ("several hundred" 300, "a few dozen" 36), at
# least two of it below; "a couple of hundred" is two (tests/ingest_labelling.md).
VAGUE_SCALES = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000,
    "hundreds of thousands": 100000, "millions": 10**6, "tens of millions": 10**7,
    "hundreds of millions": 10**8, "billions": 10**9,
    "several dozen": 12, "several hundred": 100, "several thousand": 1000, "several million": 10**6,
    "several hundred thousand": 10**5, "a few hundred thousand": 10**5,
    "a few dozen": 12, "a few hundred": 100, "a few thousand": 1000, "a few million": 10**6,
    "a couple of dozen": 12, "a couple of hundred": 100, "a couple of thousand": 1000, "a couple of million": 10**6,
    "a couple of hundred thousand": 10**5,
}  # fmt: skip
# "several hundred million marrens", "a few billion": the same vague words before the larger scales
for _vague in ("several", "a few", "a couple of"):
    VAGUE_SCALES.update({f"{_vague} hundred million": 10**8, f"{_vague} billion": 10**9})
HANDFUL = Decimal(3)  # "a handful of": at least three
VAGUE = re.compile(
    r"\b(?P<v>(?:tens|hundreds) of (?:thousands|millions)|dozens|scores|hundreds|thousands|millions|billions)"
    # '"tens of thousands" of customers': the quoted words, then what they count
    # "several thousand of those farms": a demonstrative before the noun, not a pronoun ("of those who")
    r"(?:[\"”’]?\s+of\b(?!\s+(?:them|(?:those|these)(?!\s+[a-z]+s\b)|you)\b)|"
    r"(?=\s+(?:more|fewer|extra|additional|new)\s+[a-z])|"
    # "there are still several hundred thousand of them": what the pronoun stands for
    r"(?=\s+of\s+(?:them|whom)\b)|"
    # "I want us to reach hundreds more.", "will push thousands more into debt": more of what was counted before
    r"(?=\s+more\b(?!\s+(?:than|and|or|of)\b))|"
    # 'an undercount by "tens of thousands".', "would leave thousands stranded": a count with its noun left out
    r"(?=[\"”’]?\s*[,.;:!?)]|[\"”’]?$|\s+(?:stranded|homeless|displaced|dead|injured|missing)\b)|"
    # "Thousands are still waiting.", "and hundreds asking us to fix the roads", "we turn away dozens every week":
    # the noun left out before a verb or a period's rate, named in the clause or the sentence before
    r"(?=(?P<verb_after>\s+(?:(?:still|now|also|all|already|just|only|even)\s+)?"
    r"(?:are|were|will|would|could|came|come|went|turned|turn|(?!(?:during|morning|evening|spring|ceiling|"
    r"building|nothing|something|anything|everything|king|ring|thing|wing|sing|bring)\b)[a-z]{2,}ing|"
    r"(?:every|each|a)\s+(?:day|night|week|month|year))\b)))"
    r"|\b(?P<w>(?:several|(?:a|the)\s+few|a\s+couple\s+of) (?:dozen|hundred(?: thousand| million)?|thousand|million|"
    r"billion))\b"
    # "a handful of councillors", "only a handful of the fridges", 'had "a handful" of staff': a few, at least three;
    # "and a handful went home unsold", 'the trust said "a handful" would be offered jobs': a verb right after, the
    # noun left out
    r"|\b(?P<h>a\s+handful)(?:[\"”’]?\s+of\b(?!\s+(?:them|those|these|you|us)\b)|"
    r"(?=(?P<h_verb>[\"”’]?\s+(?:(?:still|now|also|all|already|just|only|even)\s+)?"
    r"(?:are|were|will|would|could|came|went|turned|have|had|has)\b)))",
    re.IGNORECASE,
)
BARE_VAGUE_AFTER = re.compile(r"[\"”’]?\s*[,.;:!?)]|[\"”’]?$|\s+(?:stranded|homeless|displaced)\b")
# "hundreds more work in", "thousands more live on": a verb after "more", the noun left out
# A singular word in the present and the particle of its phrasal verb after a vague count: " turn up", " show up"
VERB_AND_PARTICLE_AFTER = re.compile(r"\s+[a-z]+(?<!s)\s+(?:up|out)\b")
# "A few hundred came for a fight", "a core of several dozen turn out": a verb right after, the noun left out
VAGUE_VERB_AFTER = re.compile(
    r"\s+(?:(?:still|now|also|all|already|just|only|even)\s+)?(?:are|were|will|would|could|came|went|turned)\b"
)
# A vague count's rate ("we turn away dozens every week"), which after a verb of money is a sum, not a count: "The
# council spends thousands every year"
PERIOD_RATE = re.compile(r"\b(?:every|each|a)\s+(?:day|night|week|month|year)\b")
MONEY_VERB_BEFORE = re.compile(
    r"\b(?:spends?|spent|costs?|pays?|paid|earns?|earned|raises?|raised|saves?|saved|loses|lose|lost)\s+$",
    re.IGNORECASE,
)
PART_OF_WHOLE_AFTER = re.compile(r"[\"”’]?\s+of(?=\s+(?:the|their|its|his|her|our|those|these)\s)")
VAGUE_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b")
MORE_VERB_AFTER = re.compile(r"\s+more\s+(?:work|live|wait|die|face|remain|stay|need|depend|rely)\b")
# "There were 12 of us on that unit", "Hundreds of us signed": a speaker counting the people they are among
OF_US_AFTER = re.compile(r"\s*(?:of\s+)?us\b")
# "About 340 of you wrote to us this week": the "you" who write in are the page's readers (a letters editor's count)
# ("the 1,200 of you who emailed us", "340 of you have been in touch", "60 of you responded to our survey")
OF_YOU_WROTE_AFTER = re.compile(
    r"(\s+of\s+you)\s+(?:who\s+)?(?:have\s+|had\s+)?(?:wrote|written|emailed|e-mailed|sent|got\s+in\s+touch|"
    r"been\s+in\s+touch|contacted|responded|replied)\b"
)
_CHANGED_FROM = form_alternation(CHANGED_FROM_VERBS, "ed")  # "raised", "cut", "revised"
PREVIOUS_AFTER = re.compile(
    # "to 112 in the vaccinated group from 163", "to 38.5 billion euros at the end of June from 41.2 billion"
    # "to 9.5 per cent of salary from 7 per cent": what the figure is of, between it and the value replaced
    # "3.1 terawatt hours (TWh) in the third quarter from": the unit's abbreviation in brackets
    r"^(?:\s*\([A-Za-z]{1,6}\))?"
    r"(?:\s+(?:in|among|for|at|by|of)\s+(?:the\s+)?[a-z-]+(?:\s+(?:of\s+|to\s+)?[A-Za-z-]+)?)?"
    r"(?:\s+(?:a|an|per|each)\s+(?:day|week|month|year|head|person|hour|shift|night|tonne|litre|kilo|kilogram))?"
    # "fell to 84,000 vehicles last year from", "fell to 61,000 last summer from"
    r"(?:\s+(?:last|this)\s+(?:year|month|week|quarter|season|summer|winter|spring|autumn))?"
    # "rose to 412 million litres yesterday from", "to 27 on Friday from 19": the day of the change
    # "It comes every 40 minutes now instead of every 20": "now" sets the new figure against the one it replaced
    r"(?:\s+(?:now|yesterday|today|overnight|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?"
    r"(?:\s+in\s+\d{4})?"  # "rose to 4,800 ren a year in 2025 from 3,100 ren"
    r"(?:\s+between\s+[A-Z][a-z]+\s+and\s+[A-Z][a-z]+)?"  # "rose to 5.2 hours between December and March, from"
    # "34 scudi, raised from 32 scudi": a participle of the change after a comma says the same as "up from"
    # (or in brackets after the figure: "27,560 (revised from 24,900 after duplicates were removed)")
    rf"\s*(?:,|\((?=(?:{_CHANGED_FROM})\s))?\s*"
    rf"(?:(?P<dir>(?:up|down)\s+|(?:(?<=,\s)|(?<=\())(?:{_CHANGED_FROM})"
    r"(?:\s+(?:up|down)(?:wards?)?)?\s+)?from|(?P<compared>compared\s+(?:with|to))|"
    # "will run every 30 minutes instead of every 20", "every 14 days, rather than every 28": a frequency changed, the
    # one it replaces
    rf"instead\s+of|{REPLACED_BY}(?=\s+every\b))\s+(?:every\s+)?"
    r"(?:(?:its|the|their|his|her|an?|our)\s+)?"
    # "from a July average of 300 million": the month the earlier figure was measured in
    r"(?:" + MONTH_NAME + r"\s+)?"
    # "up from a previous best this season of 12,950": what the earlier value was, in up to four words (not "15
    # kilometres from the line within 30 days": a span after "within" is no value a change came from)
    r"(?:(?!every\b|within\b)[a-z-]+\s+){0,4}?(?:(?:estimate|forecast|figure|projection|count|tally|total)\s+)?(?:of\s+)?"
    rf"(?:(?:{HEDGE})\s+)?$"
)
# The end of the clause right after a bare value replaced ("25 per cent instead of 15.")
BARE_SHARE_REPLACED_AFTER = re.compile(r"[\"”’]?\s*(?:[,.;:)]|$)")
# A day of the month, before its month's name: the 1 of "from 1 April"
DAY_OF_MONTH = rf"\d{{1,2}}(?=\s+{MONTH_NAME}\b)"
# "instead of every hour", "rather than every half hour": a frequency replaced, told by its period alone
EVERY_PERIOD_REPLACED_AFTER = re.compile(
    # past a date the change starts on ("every two hours from 1 April instead of every hour")
    rf"(?:[^.;:\d]|{DAY_OF_MONTH}){{0,40}}?,?\s+{REPLACED_BY}\s+every\s+"
    r"(?P<part>half\s+(?:an\s+)?|other\s+)?"
    r"(?P<span>minute|hour|day|week|fortnight|month|year)\b",
    re.IGNORECASE,
)
MINUTES_IN = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "fortnight": 20160}


def _period_in(unit: str, span: str, part: str | None) -> Decimal | None:
    """
    "every half hour" in minutes is 30, "every other day" in days 2, "every hour" in minutes 60, "every month" in
    months 1 (a month or a year has no fixed length in minutes, so only its own unit tells it).
    """
    share = Decimal("0.5") if part and part.lower().startswith("half") else Decimal(2) if part else Decimal(1)
    own = unit.lower().removesuffix("s")
    if own == span.lower():
        return share
    minutes = MINUTES_IN.get(own)
    if minutes is None or span.lower() not in MINUTES_IN:
        return None
    return MINUTES_IN[span.lower()] * share / minutes


# The "one" of "up from one in 2025": a whole value, not "one of", "one-third" or "one in five"
ONE_AFTER_CHANGE = re.compile(
    r"\bone\b(?!\s+(?:of|out|for|per)\b|-|\s+in\s+(?:every\s+)?(?:\d{1,3}(?![\d,])|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|fifty|a\s+hundred|a\s+thousand)\b)"
)
# ", up from", ", compared with"; ", raised from the 2.1 billion first allocated": a participle of the change
CHANGE_FROM = re.compile(
    r",\s*(?:(?:up|down|raised|increased|lowered|reduced|cut|revised)\s+from|compared\s+(?:with|to))\s"
)
# "X, compared with Y a year earlier": a comparison with an earlier period gives the value X replaced
EARLIER_PERIOD = re.compile(
    # "against 11,240 for the Alliance in 2025": the words between may name whose figure it was
    r"^(?P<between>(?:\s+[A-Za-z%]+){0,3}?)\s+(?:(?:a|one|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:years?|months?|quarters?|weeks?|decades?|seasons?)\s+(?:earlier|before|ago)|"
    r"(?:last|the\s+previous|a\s+year\s+ago|the\s+same\s+\w+\s+(?:of\s+)?(?:last\s+year|\d{4}))\b|"
    # "compared with 690 in spring 2025", "in March 2024": a season or month of an earlier year
    # "against nine in the whole of 2025"
    r"(?:in|over)\s+(?:the\s+)?(?:last|previous|same)\b|in\s+(?:(?:the\s+)?(?:whole|first\s+half|second\s+half)\s+of\s+)?"
    r"(?:(?:spring|summer|autumn|winter|" + MONTH_NAME + r")\s+)?\d{4}\b|(?:at|in|during)\s+the\s+same\b|"
    # "compared with 744 by the same point in 2026", "against 2,600 for the same week in 2026", "against 77.40 for the
    # same dishes a year ago", "against 3,780 by the same time on Harvest Monday last year": the same point of an
    # earlier year, named as earlier ("for the same money" names no time); "against 29 by this date last year"
    r"(?:by|for)\s+the\s+same\s+(?:[\w-]+\s+){1,4}?(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|"
    r"(?:in|of)\s+(?:19|20)\d\d)\b|by\s+this\s+(?:date|time|point|stage)\s+last\s+year\b|"
    # "against 1,910 watts at arrival in March": the level when a craft or a service began
    r"(?:at|on)\s+(?:arrival|launch|landing)\b|"
    # "against four in the whole of last year"
    r"in\s+the\s+(?:whole|first\s+half|second\s+half)\s+of\s+(?:last|the\s+previous)\b|"
    # "against 812 at the December sale", "at the previous count": an earlier event of the same kind, named by its
    # month or as the one before
    r"(?:at|in)\s+the\s+(?:" + MONTH_NAME + r"|previous|last|earlier)\s+[a-z]+\b|"
    # "against 2,210 at the opening sale last March", "against 74 per cent in the equivalent poll in 2021": an event of
    # the same kind, dated in the past
    # (the last word before the date names the event: "at the rival plant last year" is another place, no event)
    r"(?P<event>(?:at|in)\s+the\s+(?:[A-Za-z-]+\s+){0,2}?(?:" + EARLIER_EVENT_NOUN + r")s?\s+"
    r"(?P<event_date>last\s+(?:" + MONTH_NAME + r"|year|season)|in\s+(?P<event_year>(?:19|20)\d\d)))\b|"
    # "against 4.0 per cent in its January report", "(3.2 per cent in the winter report)": what an earlier report gave
    r"in\s+(?:its|their|the)\s+(?:(?:"
    + MONTH_NAME
    + r"|spring|summer|autumn|winter|first|earlier|previous|last|initial|original)\s+)"
    r"(?:report|forecast|projection|estimate|outlook|survey|release|statement|update)\b|"
    # "compared with 61 per cent at the end of 2026", "up on the 79,900 of 2025"
    r"(?:at|by)\s+the\s+(?:end|start|beginning)\s+of\s+(?:19|20)\d\d\b|of\s+(?:19|20)\d\d\b(?!\s*[-–])|"
    # "against 640 before we closed": a time before an event told in the past
    r"before\s+(?:I|we|they|he|she|it|the\s+[a-z]+)\s+(?:[a-z]+ed|began|left|took|shut|won|lost|came)\b|"
    # "against 31 before sanctions", "against 12 before the war": a time before an event that changed things
    r"before\s+(?:the\s+)?(?:sanctions|war|pandemic|crisis|recession|cuts|closures?|strikes?|merger|reforms?|floods?|"
    r"fire|collapse|invasion|lockdown|outbreak|storms?|earthquake|quake|hurricane|drought|eruption)\b|"
    # "against 14 under the earlier plan", "under the old rules": what an earlier plan or rule gave
    r"under\s+the\s+(?:earlier|previous|original|old|first|initial|former)\s+(?:plan|scheme|rules?|offer|proposal|"
    r"budget|system|timetable|deal|contract|formula|arrangements?|regime)\b|"
    # "against an average of 63 in May last year": a month of the year before
    r"in\s+" + MONTH_NAME + r"\s+last\s+year\b|"
    # "86 in March, against 51 in December": a month with no year, earlier only beside another month (_earlier_period)
    r"in\s+(?P<month>" + MONTH_NAME + r")\b(?!\s*,?\s*\d|\s+(?:last|this|next)\b)|"
    # "1.4 million, against 2.3 million in the spring": a season no year names, earlier only when it lies wholly before
    # the page's month and the figure's clause names no time of its own (_earlier_period)
    r"in\s+the\s+(?P<season>spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?(?:19|20)\d\d))"
)


MONTHS_BACK_COMPARED = 6  # how far back a month with no year set against a figure's own month may be
# A time the figure's own clause names, other than the page's: a year, a weekday, a season, a time gone by or to come
# ("sold 40 last year, against 17 in April"; "will sell 40 next year"), or a figure planned, aimed at, due or foreseen
# ("plan to sell 40,000", "is due to have 400 beds", "a target of 400", "costs 90 euros in the low season"), so a month
# or a season after it is not set against the page's own
OWN_TIME_NAMED = re.compile(
    rf"\b(?:(?:19|20)\d\d|{MONTH_NAME}|{WEEKDAY_NAME}|last|next|ago|earlier|later|yesterday|tomorrow|spring|summer|"
    r"autumn|winter|will|would|shall|expects?|expected|expecting|forecasts?|forecasted|projected|predicted|"
    r"plans?|planned|planning|aims?|aimed|aiming|targets?|targeted|intends?|intended|"
    r"(?:is|are|was|were|be|being)\s+(?:due|set)\s+to|(?:low|high|peak|off|shoulder)[\s-]+season)\b",
    re.IGNORECASE,
)
# The months of a season ("against 17 in the spring"), in the northern half of the year's order, and how far back the
# first of them may be from the page's month for the season to be the one just gone by: an October page's "spring" is
# this year's (seven months back), a February page's "summer" is to come (the last one began eight months back)
SEASON_MONTHS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "winter": (12, 1, 2)}
SEASON_MONTHS_BACK = 7

# A value said to be foreseen, not had: "45 percent forecast in the final poll in 2026"
FORESEEN_WORD = re.compile(r"\b(?:forecasts?|expected|projected|predicted|forecasted)\b", re.IGNORECASE)


def _earlier_period(sentence: str, at: int, page_month: int | None = None) -> re.Match | None:
    """
    EARLIER_PERIOD after ``at``, a dated event only when it is earlier than the figure's own time: the text before
    it names no later or the same date ("sold 12,000 cars last year, against 9,000 at the sale last year" sets two
    of one time side by side; "48 percent in 2024, against 55 percent in the poll in 2024" too), and the value is not
    one foreseen ("45 percent forecast in the final poll"). A month with no year is earlier than a figure whose
    clause names no time of its own when it comes before the page's month (``page_month``) within half a year.
    """
    period = EARLIER_PERIOD.match(sentence[at:])
    if period is None:
        return None
    before = sentence[:at]
    own_years = re.findall(r"\b(?:19|20)\d\d\b", before)
    then_years = re.findall(r"\b(?:19|20)\d\d\b", period.group(0)[len(period.group("between")) :])
    if own_years and then_years and int(own_years[-1]) <= int(then_years[-1]):
        return None  # "48 percent in 2024, against 55 percent in the capital in 2024": one time, two places
    if period.group("month"):
        # "in September, against 395 in August": the figure before set in another month, the one it is compared with
        # (a month alone beside no month of its own may be a place's or a group's: "against 51 in Dovreth" is not),
        # and an earlier one: "86 per cent in March, against 91 per cent in April" sets a later month beside it, two
        # claims. Counted back from the figure's own month, the other is within half a year, across the turn of the
        # year too ("in March, against 51 in December", "in January, against 88 in December")
        own = [MONTHS[m.lower()] for m in re.findall(rf"\bin\s+({MONTH_NAME})\b", before[-90:], re.IGNORECASE)]
        if not own and page_month is not None and not OWN_TIME_NAMED.search(before):
            # "I had 11 bidders today, against 17 in April" on a page of June: the figure is the page's own time's
            own = [page_month]
        back = (own[-1] - MONTHS[period.group("month").lower()]) % 12 if own else 0
        return period if 1 <= back <= MONTHS_BACK_COMPARED else None
    if period.group("season"):
        # "We now have 47 buyers, against 39 in the spring" on a page of June: a season gone by only when every month
        # of it is before the page's within half a year, and the figure's clause names no time, plan or forecast of
        # its own. A June page's "summer" is now, a February page's to come ("Rooms cost 80 euros, against 140 euros
        # in the summer" is the season's price, no earlier one); with no page's month, no season is known gone by
        if page_month is None or OWN_TIME_NAMED.search(before):
            return None
        backs = [(page_month - month) % 12 for month in SEASON_MONTHS[period.group("season").lower()]]
        return period if all(1 <= back <= SEASON_MONTHS_BACK for back in backs) else None
    if not period.group("event"):
        return period
    if FORESEEN_WORD.search(period.group(0), 0, period.start("event")):
        return None
    same_date = r"\b" + re.sub(r"\s+", r"\\s+", period.group("event_date")) + r"\b"
    if not period.group("event_year") and re.search(same_date, before, re.IGNORECASE):
        return None  # "sold 12,000 cars last year, against 9,000 at the sale last year"
    return period


# A capitalised name at the head of a clause that acts: "Labour won", "The Greens took" (not a possessive, "Cray's
# majority", nor a determiner, "Her majority"): whose figure the clause gives
_NAMED_ACTOR = re.compile(
    r"(?:^|[.;:,]\s+|\band\s+)(?:The\s+)?(?P<name>(?!(?:The|A|An|This|That|These|Those|Its|Her|His|Their|Our|My|Your|"
    r"It|He|She|They|We|I|You)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?!['’]s\b)[a-z]"
)


def _earlier_of_same(sentence: str, figure_end: int, before_first: str, page_month: int | None = None) -> bool:
    """
    A value after "against" set in an earlier period (EARLIER_PERIOD) and of the same owner as the figure before it:
    "Her majority was 2,406 votes, against 7,115 for the Greens in 2023" is hers then, but in "Labour won 14,300
    votes in Kessa, against 11,240 for the Greens in 2025" a name other than the first figure's owns the second, and
    the two are claims of their own.
    """
    period = _earlier_period(sentence, figure_end, page_month)
    if period is None:
        return False
    whose = set(re.findall(r"\b[A-Z][\w-]*", period.group("between")))
    if not whose:
        return True
    actors = [actor.group("name") for actor in _NAMED_ACTOR.finditer(before_first)]
    return not actors or bool(whose & set(actors[-1].split()))


def _origin_not_change(sentence: str, nxt: re.Match, unit: str) -> bool:
    """
    "420 firefighters from 11 districts", "2,318 animals from 214 species": a figure after "from" that counts
    something else says where the first came from; "fell to 19 birds from 34 two years ago" is a change.
    """
    origin, _ = _unit_after(sentence, nxt.end())
    return _plural_noun(origin) and origin != unit and origin not in SCALE_WORDS and origin not in DURATION_UNITS


def _compared_with_earlier(link: re.Match, sentence: str, earlier: re.Match) -> bool:
    """ "up from Y" always gives the value replaced; "compared with Y" only with an earlier period after it."""
    return not link.group("compared") or _earlier_period(sentence, earlier.end()) is not None


# Words after a figure that only refer back to a figure given earlier: "the 18,400 figure".
FIGURE_NOUNS = {
    "figure", "number", "estimate", "count", "tally", "total", "toll", "mark", "level", "threshold", "target",
}  # fmt: skip
# A noun of a sum only when written with a scale on a page that counts money: "a 4.1 billion gap" ("leaving a 12,000
# gap on the wards" after counting nurses counts the nurses missing)
SUM_OR_COUNT_NOUNS = {"gap"}
RATE_AFTER = re.compile(r"\s+per\s+(hour|second|minute)\b")  # speeds and flows
# "142 kilometres an hour": a speed written with the article, kept as written
SPEED_AFTER = re.compile(r"\s+an\s+hour\b")
# "holds 32,000.", "has a capacity of 21,500": what a place has room for, with no noun after it
CAPACITY_BEFORE = re.compile(
    r"\b(?:holds|(?:has\s+)?(?:a\s+)?capacity\s+(?:of|for))\s+"
    rf"(?:(?:{HEDGE})\s+)?$"
)
# "seats" as a verb right before a bare figure: "which seats 1,850", "The arena, which opened in 2019, seats 5,000 for
# basketball": after its subject or the apposition that closes with a comma
SEATS_VERB_BEFORE = re.compile(
    r"(?:\b[a-z]+|[\w)],)\s+seats\s+(?:(?:about|around|some|nearly|almost|roughly|"
    r"up\s+to|more\s+than|over|just\s+over|just\s+under)\s+)?$"
)
# "a majority of 4,212", "Holt's majority was 1,204", "cut their majority from 2,400 to 610": a winning margin
MAJORITY_BEFORE = re.compile(
    r"\bmajority\s+(?:of|was|is|had\s+been|stood\s+at|(?:was\s+)?(?:cut|reduced|down|up)\s+to|fell\s+to|rose\s+to|"
    rf"from\s+\d[\d,]{{0,12}}\s+to)\s+(?:(?:{HEDGE}|just|only)\s+)?$"
)
VOLUME_UNITS = {"litres", "liters", "gallons"}
VOLUME_A_SECOND = re.compile(r"\s+a\s+second\b")
DISTANCE_UNITS = {"kilometres", "kilometers", "miles", "nautical miles", "metres", "meters", "knots"}
# A dimension named after a bare figure: "A coach is 2.5 wide", "rebuild it 5.9 wide" (not "2,000 long-standing")
DIMENSION_AFTER = re.compile(r"\s+(wide|long|high|deep|tall|thick)\b(?!-)")
LENGTH_UNITS = (DISTANCE_UNITS - {"knots"}) | {"centimetres", "millimetres", "feet", "inches", "yards"}
# The same dimension measured before with its length unit written: "4 metres wide" before "A coach is 2.5 wide"
_MEASURED_DIMENSION = r"\d\s+({units})\s+{dimension}\b"
_LENGTH_UNIT_WORDS = "|".join(sorted(LENGTH_UNITS, key=lambda w: (-len(w), w)))
CASUALTY_NOUNS = {"injured", "wounded", "dead", "missing", "displaced", "rescued", "evacuated"}
NOUNS_IN_ED = {"beds", "seed", "speed", "feed", "hundred", "shed", "sled", "breed", "creed", "reed"}
COLLECTIVE_HEADS = {
    "staff", "personnel", "police", "people", "children", "cattle", "livestock", "equipment", "aid", "crew",
    "crews", "fish", "poultry", "sheep", "infantry", "artillery", "traffic", "clergy", "aircraft", "spacecraft",
    "deer", "species", "series", "offspring", "headquarters",
}  # fmt: skip
# Plurals without an -s, which the head-noun rule would otherwise take for a verb or a modifier ("barnacle geese")
IRREGULAR_PLURALS = {"geese", "mice", "teeth", "lice", "oxen", "men", "women", "children", "people", "sheep", "deer"}
_IRREGULAR = "|".join(sorted(IRREGULAR_PLURALS))  # the same, as a pattern's alternatives
# Heads that say little without the nouns before them: "crew members", "civil servants", "library service points",
# "teaching assistants", "bed spaces" name what is counted only as a whole (a member of what, a point of what service)
# ... and heads a compound makes another thing of: "season-ticket holders", "food banks", "number plates", "traffic
# lights", "standing places", "health visitors" (nurses), "credit unions" (lenders); not "bus routes", still routes
RELATIONAL_HEADS = {
    "members", "servants", "points", "assistants", "spaces", "holders", "banks", "plates", "lights", "places",
    "visitors", "unions",
    # "tower blocks", "oil fields", "completion dates", "local authorities", "bank cards", "irrigation systems",
    # "penalty fares": a block, a field, a date, an authority or a card alone is some other thing (not "parks": a
    # "pocket park" is a park)
    "blocks", "fields", "dates", "authorities", "cards", "systems", "fares",
}  # fmt: skip
# "near misses": the one compound whose first word reads as the preposition "near"
NEAR_MISSES = re.compile(r"\s+miss(?:es)?\b")
# Places named by what is done at them: "polling stations", "bathing sites", "cooling centres", "feeding grounds". A
# gerund right before such a head makes the compound the unit (a station alone could be any station); a participle
# that only describes the places ("the surrounding areas", "12 participating sites") leaves the head alone
FUNCTION_PLACE_HEADS = {"sites", "stations", "centres", "centers", "spots", "areas", "zones", "grounds"}
DESCRIBING_PARTICIPLES = {
    "existing", "remaining", "surrounding", "neighbouring", "neighboring", "outlying", "adjoining", "participating",
    "competing", "leading", "operating", "working", "coming", "following", "underlying",
}  # fmt: skip
GERUND_BEFORE_HEAD = re.compile(r"\b([a-z]{3,}ing)\s+[a-z]+$")
CAST_AFTER = re.compile(r"\s+(?:(?:were|had\s+been|have\s+been)\s+)?cast\b")
BALLOT_UNITS = {"votes", "ballots", "ballot papers", "postal votes"}
BALLOT_PAPERS_BEFORE = re.compile(r"\bballot\s+papers$")


_LOWER_WORDS = re.compile(r"[a-z]+")
_COMPOUND_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")  # "season-ticket" is one word of a compound
HYPHENED_ADJECTIVE = re.compile(r"-[a-z]+(?:ing|ed|en)$")  # "long-standing", "well-known": a modifier, no noun
# Endings of adjectives and participles, never of a noun of a compound ("car sales", "season ticket sales")
ADJECTIVE_ENDING = re.compile(r"(?:ed|ing|al|ic|ive|ous|ful|less|ible|able|ly|ish)$")
_DIGIT = re.compile(r"\d")
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "dozen", "hundred", "thousand", "half", "third", "thirds", "quarter",
    "quarters", "fifth", "fifths", "tenth", "dozens", "scores", "hundreds", "thousands", "millions", "billions",
    "tens", "several", "million", "billion", "handful", "couple", "sixth", "sixths", "seventh", "sevenths", "eighth",
    "eighths", "ninth", "ninths", "tenths",
}  # fmt: skip
MULTIPLE_WORDS = {"twice", "double", "triple", "treble", "doubled", "tripled", "trebled", "quadrupled"}
HALVING_WORDS = {"halve", "halved", "halves"}
# "the budget had been halved", "we would halve these fires": a fall of half, in per cent (not "halving", which
# mostly names an aim: "a target of halving deaths")
HALVED = re.compile(rf"\b(?:{'|'.join(sorted(HALVING_WORDS))})\b", re.IGNORECASE)
PROPORTION_WORDS = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "in", "out",
                    "every", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths",
                    "tenths"}  # fmt: skip
VAGUE_WORDS = {
    "dozens", "scores", "hundreds", "thousands", "millions", "billions", "several", "few", "couple", "handful",
}  # fmt: skip


# "puts vacancies at", "put teacher vacancies at about": the plural a source puts at a bare figure, right before "at"
PUT_PLURAL_AT_BEFORE = re.compile(
    r"\b(?:put|puts|putting|estimates|estimated|places|placed)\s+(?:(?:the|its|their|our)\s+)?"
    rf"(?:[a-z-]+\s+)?(?P<plural>[a-z]{{3,}}s)\s+at\s+(?:(?:{_QUALIFIER_WORDS})\s+)?$"
)
# "puts the number at 64,000", "the total was 64,000": a number named by no noun of its own
NUMBER_PUT_AT_BEFORE = re.compile(
    r"\b(?:(?:put|puts|putting|places|placed)\s+the\s+(?:number|count|total)\s+at|"
    r"the\s+(?:number|count|total)\s+(?:was|is|stood\s+at|stands\s+at))\s+"
    rf"(?:(?:{_QUALIFIER_WORDS}|closer to)\s+)?$"
)
# A plural a determiner or quantifier opens, the things a sentence counts: "hit some accounts", "of its members"
COUNTED_PLURAL = re.compile(
    r"\b(?:some|the|its|their|his|her|these|those|many|more|fewer|all|of|affected)\s+(?:[a-z-]+\s+)?([a-z]{3,}s)\b"
)
# A noun before a bare figure that names what it counts.
NOUN_BEFORE = re.compile(
    r"\b(?:(?:the\s+)?(?:(?:number|estimate|count|total|tally|forecast|projection)\s+of|"
    r"(?:estimate|forecast|projection)\s+for)\s+"  # "the average forecast for job losses"
    # "the number of Marvessan soldiers": a people's or a place's name among the words before the plural
    r"(?:(?!(?:in|of|at|on|to|the|who|that|it|its|they|were|was|is|are|had|has|with|for|from|by|after)\b|"
    r"(?:staff|personnel)\s+[a-z]+ing\b)"
    r"(?:[a-z-]+|[A-Z][a-z]+)\s+){0,2}"
    # "the number of call-outs", "the number of 19-year-olds": a plural that may be hyphenated; "the number of geese",
    # "the number of combat aircraft": or one without -s
    # "the number of staff investigating breaches": a collective noun, the head before the words it does
    rf"(?P<plural>{_IRREGULAR}|aircraft|(?:staff|personnel)(?=\s+[a-z]+ing\b)|"
    # "its estimate of Bluecrest passengers overseas": an adverb after the plural is none
    r"(?!(?:was|has|its|this|thus|yes|less|unless|across|perhaps|always|overseas|abroad|nowadays|afterwards)\b)"
    # "the number of GPs": an abbreviation's plural too
    r"(?:(?:\d+-)?[a-z]+-)*[a-z]{2,}s|[A-Z]{2,}s|dead|killed|injured|wounded|missing|displaced)\b|"
    # "a food hygiene rating of 4", "the minimum rating for drivers is 4.60": a rating is counted in itself (only the
    # figure it governs, RATING_GOVERNS); "his approval rating was 41": a share of those asked, counted in per cent
    r"(?P<head>death toll|toll|population|turnout|unemployment rate|unemployment|inflation|jobless rate|crowds?|"
    r"attendances?|approval rating\b|rating\b))"
    # "gave the number of approved installers as 1,430": the figure a source gave for it
    # "Bandy crowds average about 1,800", "daily attendance has averaged 5,200": a level told as an average
    # "the number of objects missing is now 23": "now" between the copula and the figure sets it against an earlier one
    r"(?:[^.;:]|\.(?=\d)){0,90}?\b(?:(?:was|is|were|are)\s+now|"
    r"rose|fell|climbed|dropped|jumped|reached|reach|stood|was|is|were|are|hit|to|at|of|than|by|as|"
    r"average|averages|averaged|"
    r"exceed|exceeds|exceeded|top|tops|topped|pass|passed|surpass|surpassed)\s+"
    rf"[“\"]?(?:(?:{HEDGE})\s+)?"
    r"(?:between\s+[\d,.]+\s+and\s+|[\d,.]+\s*(?:-|–|to)\s*)?$"  # "at between 4,000 and 9,000"
)


# "The number of patients infected in an outbreak of ... at ... has risen to": the sentence's subject, however long,
# when no comma sets anything off before its verb of change
NUMBER_OF_SUBJECT = re.compile(
    rf"^\W*the\s+(?:number|count|total)\s+of\s+(?:[a-z-]+\s+){{0,2}}?(?P<plural>{_IRREGULAR}|[a-z]{{2,}}s)\b"
    r"(?P<head>(?!))?"  # never a head word, a group NOUN_BEFORE's readers ask for
    r"[^,;:.!?\"“”]*?\s(?:(?:has|have|had)\s+)?"
    r"(?:risen|fallen|rose|fell|climbed|grown|grew|dropped|jumped|reached|stood\s+at|doubled)\s+(?:to\s+)?"
    rf"(?:(?:{HEDGE})\s+)?$"
)


# The end of the clause a number word closes: a stop, the value it replaced, or only when it happened ("has passed a
# million and a half for the first time", "reached a dozen this winter")
NUMBER_WORD_ENDS_CLAUSE = re.compile(
    # "cut its sailings to three a week from five", "drop to four a day, down from nine": a rate's period first
    r"(?:\s+(?:a|an|per|each)\s+(?:hour|day|night|week|fortnight|month|year))?"
    r"[”\"]?\s*(?:[.,;]|$|from\s+[a-z\d]|for\s+the\s+first\s+time\b|"
    r"(?:this|last|next)\s+(?:year|month|week|winter|summer|spring|autumn|season)\b|"
    # "stood at forty-two in March", "had reached a dozen by 2024"
    rf"(?:in|by|on|since|until)\s+(?:{MONTH_NAME}|{WEEKDAY_NAME}|(?:19|20)\d\d)\b)"
)


# The words between "rating" and the figure when the rating governs it, as its subject or by "of": the rating word is
# the head of its noun phrase (a preposition, a determiner opening a relative clause, an auxiliary, an adverb or a verb
# follows it: "rating of", "rating for drivers is", "rating a courier may keep had been cut to", "rating
# fell to"), not a modifier of the noun after it ("the rating agency said", "rating firms expect"), and no clause break
# ("Fitch's rating of the country was kept at AA, with ... reserves of 12 billion", "rating ... that") nor an earlier
# figure ("a rating of 4.5 out of 5": the scale's top is none) stands between
RATING_GOVERNS = re.compile(
    r"\s*(?:$|:|(?:of|for|on|at|in|from|to|among|across|by|under|a|an|the|this|these|those|his|her|its|their|"
    r"our|my|your|which|who|whose|was|is|were|are|has|had|have|been|being|will|would|could|can|may|might|must|shall|"
    r"should|now|still|then|also|already|just|only|rose|fell|stood|hit|held|kept|sank|grew|dropped|slid|went|"
    r"[a-z]+ed|[a-z]+ly|"
    # "The restaurant's rating stays at 1", "the rating remains 4": a verb in the present, its preposition or figure
    # after it (not a plural the rating names, "rating agencies expect")
    r"[a-z]+s(?=\s+(?:at|to|on|in|from|by|below|above|around|near|under|over|unchanged)\b|\s*$))\b)"
    r"(?!.*(?:[,;\u2013\u2014(\d]|\s-\s|\bthat\b))",
    re.DOTALL,
)


# After a figure: a rate ("9 per ward", not "9 per cent") or a difference ("2,000 more than in 2019")
RATE_OR_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:per\s+(?!cent\b)|(?:more|fewer|less|above|below|higher|lower)\b)", re.IGNORECASE
)


def _noun_before(before: str) -> re.Match | None:
    """NOUN_BEFORE in the words before a figure, the sentence's first word read in lower case ("Attendance was")."""
    opening = re.match(r"[\W]*[A-Z](?=[a-z]+\s)", before)
    if opening:
        at = opening.end() - 1
        before = before[:at] + before[at].lower() + before[at + 1 :]
    at = 0
    while noun := NOUN_BEFORE.search(before, at):
        if not (noun.group("head") or "").lower().endswith("rating") or RATING_GOVERNS.match(before, noun.end("head")):
            return noun
        # "Moody's, the rating agency, said the region's population was": a rating that governs no figure here names
        # none, and a noun after it still may
        at = noun.end("head")
    return NUMBER_OF_SUBJECT.match(before)


# "average attendance", "Rovers' average home crowd": the mean gate of a club's matches, counted in spectators
AVERAGE_GATE_BEFORE = re.compile(
    r"\baverage\s+(?:(?:home|league|away|match|matchday)\s+){0,2}(?:attendance|crowd)$", re.IGNORECASE
)
# "the number of sheep killed", "the number of people seriously injured": the noun, not its participle
COUNTED_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:number|estimate|count|total|tally)\s+of\s+(?:the\s+)?(?P<noun>[a-z]{3,})\s+(?:[a-z]+ly\s+)?"
    r"(?:dead|killed|injured|wounded|missing|displaced)\b"
)
# Whom an attendance is counted in, when the article has counted them: visitors, fans (a crowd is of people)
# Words of a match near a crowd or an attendance, whose people are its spectators ("in front of a crowd of 6,412, the
# biggest at the ground"), not the people of a march or a rally
MATCH_WORDS = re.compile(
    r"\b(?:match|matches|kick-off|stadium|fixture|goals?|half-time|home\s+side|at\s+the\s+ground)\b", re.IGNORECASE
)
AUDIENCE_UNITS = {"visitors", "spectators", "fans", "supporters", "attendees", "visits"}
# People named by what happened to them, counted as people: "6 of the rescued", "the number of displaced"
PEOPLE_PARTICIPLES = {"displaced", "rescued", "evacuated"}
NOUN_BEFORE_UNITS = {
    "death toll": "deaths", "toll": "deaths", "population": "people", "turnout": "percent",
    "unemployment rate": "percent", "unemployment": "percent", "inflation": "percent", "jobless rate": "percent",
    "crowd": "people", "attendance": "people", "dead": "deaths", "killed": "deaths", "injured": "injured",
    "wounded": "wounded", "missing": "missing", "displaced": "people", "approval rating": "percent",
}  # fmt: skip


@dataclass(frozen=True)
class Figure:
    value: Decimal
    lower: Decimal | None
    upper: Decimal | None
    unit: str
    qualifier: str
    span: tuple[int, int]
    multiplier: int | None = None
    derived: bool = False
    previous_value: Decimal | None = None  # a revision or change: the value this one replaced
    sample: bool = False  # a poll's sample ("a survey of 1,500 adults"): read for the units after it, then left out


# Where a match of NUMBER can begin: a currency sign, a digit, or a word boundary before a letter that begins one of
# its currency codes or number words (in either case, with the four letters IGNORECASE matches to ASCII ones, İ ı ſ
# K); keep in step with NUMBER. Trying NUMBER only there finds what NUMBER.finditer finds, in half the time: most
# positions of a sentence are inside words or begin words no number does.
_NUMBER_START = re.compile(
    rf"{CURRENCY_SIGNS}|\d|\b[acdefghijnostuACDEFGHIJNOSTU{ODD_CASE_LETTERS}]|\b[A-Z](?=[A-Za-z]{{0,2}}\s?\d|[A-Z]{{0,2}}\$)"
)


# Where a match of PROPORTION can begin: a word boundary before a digit or a letter one of its fractions or small
# numbers begins with (in either case, or one of İ ı ſ K); keep in step with PROPORTION
_PROPORTION_START = re.compile(rf"\b[aefhnostAEFHNOST\d{ODD_CASE_LETTERS}]")


# The words a match of NUMBER may begin with: every run of letters its pattern holds, in lower case, more than it needs
# and so in step with it by construction (less the words a negative lookahead turns away: "(?!(?:US|UK|In|To)\b)")
_NUMBER_WORDS = frozenset(re.findall(r"[a-z]+", re.sub(r"\(\?!\(\?:[^()]*\)\\b\)", "", NUMBER.pattern).lower()))
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def _numbers(sentence: str) -> list[re.Match[str]]:
    """
    list(NUMBER.finditer(sentence)), tried only where a number may begin; not at a word in lower case that is none of
    NUMBER's ("the", "said": most of the words _NUMBER_START lets through), unless a letter outside ASCII, which
    IGNORECASE may read as an ASCII one, runs on from it.
    """
    found = []
    at = 0
    while (start := _NUMBER_START.search(sentence, at)) is not None:
        begins = start.start()
        if "a" <= sentence[begins] <= "z":
            word = _ASCII_LETTERS.match(sentence, begins).group()  # type: ignore[union-attr]
            runs_on = sentence[begins + len(word) : begins + len(word) + 1]
            if word.lower() not in _NUMBER_WORDS and runs_on.isascii():
                at = begins + 1
                continue
        m = NUMBER.match(sentence, begins)
        if m is None:
            at = begins + 1
        else:
            found.append(m)
            at = m.end()
    return found


def _scan(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """list(pattern.finditer(text)) for a pattern that never matches empty, tried only where ``starts`` matches."""
    found = []
    at = 0
    while (start := starts.search(text, at)) is not None:
        m = pattern.match(text, start.start())
        if m is None:
            at = start.start() + 1
        else:
            found.append(m)
            at = m.end()
    return found


def _overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return span[0] < other[1] and other[0] < span[1]


def _revised_by_tracking(
    now: list[Figure], before: list[Figure], replacements: Sequence[TrackedReplacement]
) -> list[Figure]:
    """
    The figures of a sentence as its draft now reads, each one inserted in place of a deleted figure given that
    figure's value as its previous value: "[deleted: 70%] [inserted: 80%]" is 80 per cent, up from 70. Where several
    figures are replaced at once, each takes its own: "[deleted: 20 officers and 4 vans] [inserted: 25 officers and 6
    vans]" is 25 officers, up from 20, and 6 vans, up from 4 (the one in the same place, when as many are deleted as
    inserted, else the first of its unit not yet taken, else the only one deleted).
    """
    result = list(now)
    for replacement in replacements:
        # a figure's span may take in the words of its qualifier or unit ("exceed 2.5 times"): overlapping the marked
        # words is enough
        new = [i for i, f in enumerate(result) if f.previous_value is None and _overlaps(f.span, replacement.inserted)]
        old = [f for f in before if _overlaps(f.span, replacement.deleted)]
        if not new or not old:
            continue
        taken: set[int] = set()
        for k, i in enumerate(new):
            figure = result[i]
            if len(new) == len(old):
                pick: int | None = k
            else:
                pick = next(
                    (j for j, f in enumerate(old) if j not in taken and f.unit == figure.unit),
                    0 if len(old) == 1 else None,
                )
            if pick is None:
                continue
            taken.add(pick)
            result[i] = replace(figure, previous_value=old[pick].value)
    return result


# How much of the page before a sentence is near enough to tell how a bare figure is measured: whether the page is
# about a quake (magnitude_end), the unit a dimension was given in
NEAR_CONTEXT = 1500


def find_figures(
    sentence: str,
    context_before: str = "",
    known_units: Mapping[Decimal, str] | None = None,
    paragraph_unit: str = "",
    *,
    carried_unit: str = "",
    price_unit: str = "",
    sum_unit: str = "",
    listed_price: bool = False,
    named_routes: Collection[str] = (),
    correcting: bool = False,
    page_year: int | None = None,
    page_month: int | None = None,
    table_row: bool = False,
) -> list[Figure]:
    """
    Every counted quantity in ``sentence``. ``context_before`` is the text of the article up to
    the sentence, used only to guess the unit of a bare figure; ``known_units`` gives the unit of
    each value the article has already counted ("the 18,400 figure" is the 18,400 people),
    ``paragraph_unit`` the unit of the last figure of the paragraph so far, and ``carried_unit`` that of the
    article's last figure before the sentence, in a paragraph before if need be; ``price_unit`` the currency the
    article gave its first price per measure in ("7.40 quellets a kilo"), for the bare prices of the same run;
    ``sum_unit`` the unit the article last wrote a sum in that a verb of cost or payment governs ("charges 58
    marrels"), the currency of its bare sums; ``listed_price`` whether the sentence is a line of a list of prices
    (listed_prices: "Tiramisu: 7.00"); ``named_routes`` the numbers of the routes the page has named before the
    sentence ("route 47"); ``correcting``
    whether the page is a corrections page, whose span set right ("94 minutes, not 97") is a claim; ``page_year`` the
    page's year (a key naming a later year holds no earlier figures) and ``page_month`` its month (a bracket labelled
    by an earlier time holds an earlier figure: "412 (September: 398)" on a page of October); ``table_row`` whether the
    sentence is a row of a list whose lead-in names the unit of its one figure, ``paragraph_unit`` that unit.
    """
    if has_tracked_changes(sentence):
        tracked = read_tracked(sentence)

        def read(version: JoinedReading) -> list[Figure]:
            figures = find_figures(
                version.text,
                context_before,
                known_units,
                paragraph_unit,
                carried_unit=carried_unit,
                price_unit=price_unit,
                sum_unit=sum_unit,
                listed_price=listed_price,
                named_routes=named_routes,
                correcting=correcting,
                page_year=page_year,
                page_month=page_month,
            )
            return [replace(f, span=version.span(*f.span)) for f in figures]

        return _revised_by_tracking(read(tracked.now_joined), read(tracked.before_joined), tracked.replacements)
    words = set(_LOWER_WORDS.findall(sentence.lower()))
    has_digit = _DIGIT.search(sentence) is not None
    if (
        not has_digit
        and not words & NUMBER_WORDS
        and not words & MULTIPLE_WORDS
        and "fold" not in sentence
        and not words & HALVING_WORDS
        and not words & ONE_MEASURE_UNITS
        and not ("every" in words and words & EVERY_SECOND_WORDS)
    ):
        return []  # most sentences: nothing to read, and the patterns below are not cheap
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []  # spans the grammar of words has already read
    for found in _word_quantities(sentence, words, known_units, context_before):
        figures.append(found)
        taken.append(found.span)
    consumed_until = 0
    matches = _numbers(sentence)
    if taken:
        matches = [m for m in matches if not any(a <= m.start() < b for a, b in taken)]
    group_spans: set[tuple[int, int]] = set()
    i = 0
    while i < len(matches):
        m = matches[i]
        i += 1
        if m.start() < consumed_until or m.span() in group_spans or not m.group("num").strip():
            continue
        value = number_value(m)
        if value is None:
            continue
        list_unit = _listed_unit(sentence, m, figures, paragraph_unit) or _price_list_unit(sentence, m, price_unit)
        listed = bool(list_unit) or _list_head(sentence, m, matches, i)
        if not_a_count(sentence, m, value, listed=listed, context_before=context_before[-NEAR_CONTEXT:]):
            continue
        if route_by_name(sentence, m, named_routes):
            continue  # "the 47 carries 41,300 passengers" on a page that named route 47: its name, no count
        before = sentence[: m.start()]
        qualifier_match = QUALIFIER_BEFORE.search(before)
        q_word = qualifier_match.group("q").lower() if qualifier_match else ""
        start = qualifier_match.start() if qualifier_match else m.start()
        end = m.end()
        lower = upper = previous = None
        qualifier = Qualifier.EXACT
        # "between 2,000 and 3,000", "2,000-3,000"; "from 40 to 57" is a change, not a range
        second = _range_second(sentence, m, matches, i, q_word)
        if second is not None and (is_score(sentence, m, second) or not_a_count(sentence, second, Decimal(0))):
            i = matches.index(second) + 1
            continue  # "beat Lorca 3-1", "between 7 and 7.30pm"
        # "prices ranged from 3 to 15 ducats", "anywhere from 40 to 90": a spread of values, not a change
        spread = q_word == "from" and (
            SPREAD_BEFORE.search(sentence[:start]) is not None or _priced_part(sentence, start, m.end())
        )
        if second is not None and q_word == "from" and not spread:
            to_value = number_value(second)
            if to_value is None:
                continue
            previous, value, m = _scaled_like(value, m, second, to_value), to_value, second
            end = m.end()
            i = matches.index(second) + 1
            second = None
            to_q = QUALIFIER_BEFORE.search(sentence[: m.start()])
            qualifier = qualifier_of(to_q.group("q")) if to_q and to_q.group("q").lower() != "from" else qualifier
        elif second is not None:
            lower, upper = value, number_value(second)
            if upper is not None:  # "between 300 and 500 million": the lower bound borrows the upper's scale
                lower = value = _scaled_like(value, m, second, upper)
            if upper is None or upper < lower:  # "by 31 votes to 19": two figures, not a range
                second = None
                lower = upper = None
            else:
                qualifier, end = Qualifier.RANGE, second.end()
                i = matches.index(second) + 1
        if second is None and previous is None:
            if q_word in ("between", "from"):
                start = m.start()
            else:
                qualifier = qualifier_of(q_word)
        loose = LOOSE_AFTER.match(sentence[m.end() :]) if qualifier == Qualifier.EXACT and second is None else None
        if loose:
            qualifier = Qualifier.AT_LEAST if loose.group(0).endswith("plus") else Qualifier.APPROXIMATELY
        before_it = [f for f in figures if f.span[0] < m.start()]  # the word quantities were read first
        unit, unit_end = _unit(
            sentence,
            m if second is None else second,
            context_before,
            before_it,
            known_units,
            paragraph_unit,
            carried_unit=carried_unit,
            price_unit=price_unit,
            sum_unit=sum_unit,
            listed_price=listed_price,
        )
        if list_unit and second is None and previous is None:
            # "... polled 8,215 votes, Osric Penn of the Tenants' League 4,960": the list's unit, given once
            unit, unit_end = list_unit, m.end()
        to_next = i < len(matches) and FROM_TO_GAP.fullmatch(sentence[m.end() : matches[i].start()])
        if not unit and q_word == "from" and second is None and to_next:
            # "raised the toll from 48 late on Sunday to 63": the first value takes the unit of the one it became
            unit, unit_end = _unit(sentence, matches[i], context_before, before_it, known_units, paragraph_unit)
            unit_end = m.end()
        if not unit and second is None and previous is None and i < len(matches):
            unit, unit_end = _unit_of_value_replaced(sentence, m, matches[i], context_before, before_it, known_units)
        if not unit and second is None and previous is None and i < len(matches) and not before_it:
            unit, unit_end = _unit_of_subject_changed(sentence, m, matches[i])
        if (
            unit
            and known_units
            and value in known_units
            and m.group("num").isalpha()
            and (
                PART_OF_THE_BEFORE.search(before)
                # "in the four studios that would close" after "close four of its regional studios": the set the
                # article counted before, named again
                or (known_units[value] == unit and DEFINITE_THE_BEFORE.search(before))
            )
        ):
            # "won two of the four contracts" after "contracts to four projects": the whole the article gave before is
            # the earlier claim again (tests/ingest_labelling.md, session 21)
            continue
        # "I worked 58 hours a week, and I was paid for 40": a bare figure set against a time the sentence kept as a
        # statistic is its counterpart, kept with it; so is the time a time kept replaces ("You will have 60 days ...,
        # instead of 28 days"), kept to become its previous value
        counterpart = (
            unit in DURATION_UNITS
            and bool(before_it)
            and before_it[-1].unit == unit
            and (unit_end == m.end() or REPLACED_TIME_BEFORE.search(before) is not None)
        )
        # "1,800 pupils on her list, against 1,100 five years ago", "slower than the 8.1 minutes of 2025": the value an
        # earlier time had, set against the figure before, is kept to become that figure's previous value, a bare one
        # counting what that figure counts
        if before_it and AGAINST_BEFORE.search(before) is not None:
            if same_unit(before_it[-1].unit, unit) and _earlier_period(sentence, unit_end, page_month):
                counterpart = True
            elif (
                not _unit_in_figure(m)
                and (period := _earlier_period(sentence, m.end(), page_month))
                and not (m.end() < unit_end <= m.end() + len(period.group("between")))
            ):
                # "against 1,100 five years ago": no unit of its own, none read before the period ("against 1,100
                # doctors five years ago" counts doctors, a claim of its own; "against 83 per cent two years earlier"
                # is a share, not the days of a deadline the clause named before it)
                unit, unit_end, counterpart = before_it[-1].unit, m.end(), True
        restated = (
            _restated_measure(sentence, m, value, before_it, context_before, known_units)
            if second is None and previous is None and unit_end <= m.end()
            else None
        )
        if restated is not None:
            unit, factor = restated
            value *= factor
        # a list's bare figure of a span of time its lead-in names ("Central Library: 52" under "Hours open each
        # week") is a figure the list counts, no span a sentence sets a scene with (a table of columns gives its one
        # unit to every column, a span's or not: "Spill events | Total duration (hours)")
        counterpart = counterpart or (table_row and unit == paragraph_unit and unit_end == m.end())
        if not unit or (
            not counterpart
            and not_a_claim(sentence, m, unit, unit_end, qualifier, correcting=correcting, when=(page_year, page_month))
            and not _change_told(sentence, m, unit_end, matches[i:], before_it)
        ):
            continue
        if unit in WEEKLY_DAY_UNITS and WEEKLY_CHANGED_AFTER.match(sentence[unit_end:]):
            # "sits three days a week instead of five": a timetable changed is told in its rate, so that the value it
            # replaced reads in the same unit (tests/ingest_labelling.md, frequencies)
            unit = f"{unit} a week"
        end = max(end, unit_end)
        # "cut its forecast to 89,000 prescriptions from 114,000", "17,500, up from its estimate of 14,000"
        if previous is None and i < len(matches):
            nxt = matches[i]
            # "29,100 people ... in our three sites, up from 22,000": an earlier value a figure before took is not
            # this one's
            link = PREVIOUS_AFTER.match(sentence[end : nxt.start()]) if nxt.span() not in group_spans else None
            past_year = False
            year = re.fullmatch(r"(?:19|20)\d\d", nxt.group(0))
            if year and not link and i + 1 < len(matches):
                # "rose to 4,800 ren a year in 2025 from 3,100 ren": past the year to the value replaced
                later_link = PREVIOUS_AFTER.match(sentence[end : matches[i + 1].start()])
                if later_link:
                    nxt, link, past_year = matches[i + 1], later_link, True
            dated_from = q_word == "from" and year and re.fullmatch(r"\s+in\s+", sentence[end : nxt.start()])
            dated_to = (
                dated_from
                and i + 1 < len(matches)
                and FROM_TO_GAP.fullmatch(sentence[nxt.end() : matches[i + 1].start()])
            )
            if dated_to:
                # "grew from 40,000 lunds in 1975 to 1.3 million lunds": past the year the first value is dated by
                nxt, i = matches[i + 1], i + 1
            to_value = number_value(nxt)
            from_to = q_word == "from" and (dated_to or FROM_TO_GAP.fullmatch(sentence[end : nxt.start()]))
            if from_to and to_value is not None and not not_a_count(sentence, nxt, to_value):
                # "from 40 million crowns to 57 million crowns": one change; "ranged from 3 ducats to 15 ducats" a
                # spread
                if spread and to_value > value:
                    lower, upper, qualifier = value, to_value, Qualifier.RANGE
                else:
                    previous, value = value, to_value
                    qualifier = Qualifier.EXACT
                next_unit, next_end = _unit(sentence, nxt, context_before, figures, known_units, paragraph_unit)
                # "from 40 students to 25": a bare value reached counts what the value it replaced named, not what
                # the paragraph counted last
                named = next_end > nxt.end() or nxt.group("pct") or nxt.group("cur")
                unit, end = (next_unit if named or not unit else unit), max(nxt.end(), next_end)
                i += 1
                link = None
            if (
                link
                and not link.group("dir")
                and not link.group("compared")
                and _origin_not_change(sentence, nxt, unit)
            ):
                link = None  # "420 firefighters from 11 districts": where they came from, not a change
            other_share = link is not None and bool(nxt.group("pct")) != (unit in SHARE_UNITS)
            if other_share and unit in SHARE_UNITS and BARE_SHARE_REPLACED_AFTER.match(sentence, nxt.end()):
                # "a weight of 25 per cent instead of 15": a bare value ending the clause is the share replaced
                other_share = False
            if link and (other_share or _counts_another(sentence, nxt, unit, value)):
                # "68.4 per cent of pupils passed in at least five subjects, down from 71.2 per cent": the share's
                # change, not the subjects'
                link = None
            if not link and not from_to:
                # "approved a $1.84 billion budget for the year that begins July 1, up from $1.71 billion":
                # a change stated later in the same clause, past figures that are not counts
                own = _earlier_of_its_unit(sentence, end, matches[i : i + 4], unit)
                for k, later in enumerate(matches[i : i + 4]):
                    nearer = matches[i + k - 1]  # the figure just before, when "later" is past matches[i]
                    gap = sentence[end : later.start()]
                    if len(gap) > 150 or re.search(r"(?<![ap]\.m)[.;:]\s|\bbut\b", gap):
                        break
                    if own is not None and later is not own:
                        continue  # "14 officers for a borough of 190,000 people, down from 22 officers": not people's
                    if bool(later.group("pct")) != (unit in SHARE_UNITS):
                        continue  # "a survey of 1,500 adults ..., 48 percent opposed, up from 41 percent": another's
                    change = CHANGE_FROM.search(gap)
                    changed = PREVIOUS_AFTER.match(gap[change.start() :]) if change else None
                    if later.span() in group_spans:
                        break  # "4,180 of the country's 12,650 bridges ..., up from 2,940": already the first's
                    if changed and _counts_another(sentence, later, unit, value):
                        break  # "A dozen eggs cost 3.90 aurels, up from 3.10 aurels": the change of another figure
                    if (
                        changed
                        and later is not matches[i]
                        and m.group("scale")
                        and not later.group("scale")
                        and _whole_alike(later, nearer)
                    ):
                        # "sales under 5 million tolnars within 10 days, down from 14": a bare value past another figure
                        # it could count is that figure's, not one borrowing the scale of a figure further back (but
                        # "3.4 million dovans over 12 months, up from 2.9": no count of months, the scaled figure's)
                        break
                    if changed and _compared_with_earlier(changed, sentence, later):
                        nxt, link = later, changed
                        group_spans.add(later.span())
                        break
                    if _count_of_its_own(sentence, later):
                        break  # "and it sold 9.6 million tickets, up from 3 million": the change is the later count's
                    if re.search(r"[,;:(]", gap):
                        # "The firm, which has 400 staff, now trades in its 14 markets, up from 9", "40 people each,
                        # with 2 drivers, up from 1": a figure in a phrase set off from this one keeps its own change
                        break
            if link and _compared_with_earlier(link, sentence, nxt):
                earlier_value = number_value(nxt)
                if earlier_value is not None and not not_a_count(sentence, nxt, earlier_value):
                    # "to 89,000 from 114,000", "17,500, up from its estimate of 14,000": one figure, the
                    # earlier value is the one it replaced, not a claim of its own
                    previous = _scaled_like(earlier_value, nxt, m, value)
                    if nxt is matches[i]:
                        i += 1
                    elif past_year:
                        i += 2
                    if not link.group("dir"):
                        end = nxt.end()
        if previous is None and second is None and value > 1 and "one" in words:
            # "detained four trawlers this year, up from one in 2025": "one" is no figure the scan reads, but it is
            # the value replaced all the same
            one = ONE_AFTER_CHANGE.search(sentence, end, min(len(sentence), end + 80))
            link = PREVIOUS_AFTER.match(sentence[end : one.start()]) if one else None
            if link and link.group("dir"):
                previous = Decimal(1)
        # (only a frequency replaces a frequency: not "open for four hours on Saturdays instead of every day")
        frequency = previous is None and second is None and EVERY_BEFORE.search(sentence, max(0, start - 10), start)
        replaced = EVERY_PERIOD_REPLACED_AFTER.match(sentence, end) if frequency else None
        if replaced and unit in DURATION_UNITS:
            # "every two hours instead of every hour", "every 20 minutes rather than every half hour": the frequency
            # replaced names its period with no figure, in the unit of the one that replaces it
            previous = _period_in(unit, replaced.group("span"), replaced.group("part"))
        minus = MINUS_BEFORE.search(sentence[:start]) if unit == "degrees" and previous is None else None
        if minus and second is None:  # "the thermometer read minus 6.5 degrees": below zero
            value, start = -value, minus.start()
        lower, upper = default_bounds(qualifier=qualifier, value=value, lower=lower, upper=upper)
        each = EACH_AFTER.match(sentence[unit_end:])
        # the slow search before the figure only for the rare figure with "each" after it
        groups = GROUPS_BEFORE.search(sentence[:start]) if each and qualifier != Qualifier.RANGE else None
        if groups and each and qualifier != Qualifier.RANGE:
            count = parse_number(groups.group("n"))
            if count is not None and count == int(count) and count > 1:
                group_spans.add((groups.start("n"), groups.end("n")))
                figures = [f for f in figures if f.span[0] < groups.start()]
                span = (groups.start(), unit_end + each.end())
                figures.append(Figure(value, lower, upper, unit, qualifier, span, multiplier=int(count)))
                total_lower = None if lower is None else lower * count
                total_upper = None if upper is None else upper * count
                figures.append(Figure(value * count, total_lower, total_upper, unit, qualifier, span, derived=True))
                consumed_until = span[1]
                continue
        sample = previous is None and qualifier != Qualifier.RANGE and is_poll_sample(sentence, m)
        figures.append(
            Figure(value, lower, upper, unit, qualifier, (start, end), previous_value=previous, sample=sample)
        )
        consumed_until = end
    for one in ONE_MORE_OF_KIND.finditer(sentence) if "one" in words and figures else ():
        kind = next((f for f in reversed(figures) if f.span[1] <= one.start()), None)
        if (
            kind
            and kind.unit == one.group("noun") + "s"
            and LISTED_KIND_BEFORE.search(sentence, kind.span[1] - 1, one.start("one"))
        ):
            span = (one.start("one"), one.end("noun"))
            figures.append(Figure(Decimal(1), Decimal(1), Decimal(1), kind.unit, Qualifier.EXACT, span))
    for one in ONE_SEAT_MARGIN.finditer(sentence) if "one" in words and "majority" in words and figures else ():
        # "28 of the council's 55 seats, a majority of one", "23 of its 48 seats, one short of a majority": a margin
        # in the seats the sentence counted
        kind = next((f for f in reversed(figures) if f.span[1] <= one.start()), None)
        if kind and kind.unit == "seats":
            figures.append(Figure(Decimal(1), Decimal(1), Decimal(1), "seats", Qualifier.EXACT, one.span("margin")))
    figures.sort(key=lambda f: f.span[0])
    if any(f.unit == ELLIPTIC for f in figures):
        figures = _resolve_elliptic(sentence, figures, paragraph_unit, context_before)
    figures = [f for f in figures if not f.sample]
    if any(f.unit in SHORTFALL_WORDS for f in figures):  # "five short of a majority": the seats it is short of
        units = shortfall_units(
            sentence, [f.unit for f in figures], paragraph_unit, carried_unit, [f.span for f in figures]
        )
        figures = [replace(f, unit=unit) for f, unit in zip(figures, units, strict=True)]
    if len(figures) > 1:
        if REVISED_WORD.search(sentence):
            figures = _revised_from_after(sentence, figures)
        keyed = "(" in sentence and brackets_keyed(context_before, page_year)
        figures = _earlier_values_folded(sentence, figures, keyed, (page_year, page_month))
    return _levels_changed_by(sentence, figures)


# A bare figure that answers or restates another of the same measure, by a verb of estimating or a word of nearness
# with nothing of its own after it (a noun's "the figure is" is RIVAL_FIGURE_BEFORE's, which argues with a count of its
# size): "The minister makes it 1.2", "the union says nearer 55", "puts it at nearer
# 190,000", "it's nearer 80 once ...", "No, 9,000", "not 12 but 15"
RESTATED_BEFORE = re.compile(
    r"(?:\b(?:makes?|made|puts?|put|putting)\s+it\s+(?:at\s+)?|\b(?:says?|said|reckons?|estimates?|thinks?)\s+|"
    r"\bit['’]s\s+|\bnot\s+[\d.,]+\s+but\s+|(?:^|[?]\s+)[\"“]?No,\s+)"
    rf"(?:(?:nearer|closer)(?:\s+to)?\s+)?(?:(?:{HEDGE})\s+)?$",
    re.IGNORECASE,
)
RESTATED_END = re.compile(r"\s*(?:[.;,!?\"”’)]|$)|\s+(?:once|than|if|when|or|instead)\b")
RESTATED_RATIO = Decimal(10)  # a figure restating another is of its size, within a factor of ten
# An answer to a question of another measure ("Asked her age / how many schools / how long / when ..., she said 52"), an
# age ("It's 40," he said of his age), or a figure that is the subject of a verb after its comma ("The union says 90,
# it thinks, will lose their jobs"): none restates the figure before it
RESTATED_NOT = re.compile(
    r"\bAsked\s+(?:how|when|what|where|why|whether|if|her|his|their|its|about)\b|\bage[sd]?\b", re.I
)
RESTATED_SUBJECT = re.compile(r"\s*,[^.;!?]*?\b(?:will|would|are|were|have|has|had|can|could|must|may|might)\b")


def _restated_measure(
    sentence: str,
    m: re.Match,
    value: Decimal,
    earlier: Sequence[Figure],
    context_before: str,
    known_units: Mapping[Decimal, str] | None,
) -> tuple[str, Decimal] | None:
    """
    The unit and the scale a bare figure restating another takes from the nearest figure before it, in its sentence or
    the one before ("The opposition puts the cost at 1.4 billion dravins. The minister makes it 1.2": 1.2 billion
    dravins), when the two are of one size; None when it has a unit or a scale of its own, or no such figure is near.
    """
    if (
        m.group("scale")
        or _unit_in_figure(m)
        or not RESTATED_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
    ):
        return None
    if not RESTATED_END.match(sentence, m.end()):
        return None
    if RESTATED_NOT.search(sentence) or RESTATED_SUBJECT.match(sentence, m.end()):
        return None
    if earlier:
        other = NUMBER.match(sentence, earlier[-1].span[0])
        unit, other_value = earlier[-1].unit, earlier[-1].value
    else:
        before = context_before.rstrip()
        ends = list(SENTENCE_END.finditer(before, max(0, len(before) - 400)))
        last = before[ends[-1].end() :] if ends else before[-400:]
        counted = [(n, v) for n in _numbers(last) if (v := number_value(n)) is not None and v in (known_units or {})]
        if not counted or not known_units:
            return None
        other, other_value = counted[-1]
        unit = known_units[other_value]
    if not unit or unit in NOT_CARRIED_UNITS or (unit in SHARE_UNITS and value > 100):
        return None
    factor = scale_factor(other.group("scale")) if other is not None and other.group("scale") else Decimal(1)
    scaled = value * factor
    if not other_value / RESTATED_RATIO <= scaled <= other_value * RESTATED_RATIO:
        return None
    return unit, factor


# ", instead of", ", rather than the usual": right before the value a figure of the clause replaced
REPLACED_TIME_BEFORE = re.compile(
    rf",\s+{REPLACED_BY}\s+(?:the\s+)?(?:(?:usual|current|present|existing|old)\s+)?(?:(?:{HEDGE})\s+)?$", re.IGNORECASE
)


def _whole_alike(bare: re.Match, other: re.Match) -> bool:
    """
    Both values whole, or both with a fraction: "within 10 days, down from 14" could count days, "over 12 months, up
    from 2.9" could not.
    """
    first, second = number_value(bare), number_value(other)
    if first is None or second is None:
        return False
    return (first == first.to_integral_value()) == (second == second.to_integral_value())


def _unit_in_figure(m: re.Match) -> bool:
    """The figure is written with its unit: "83 per cent", "12%", "D$ 8.40"."""
    return bool(m.group("pct") or m.group("cur"))


def _earlier_of_its_unit(sentence: str, end: int, later: Sequence[re.Match], unit: str) -> re.Match | None:
    """
    "14 officers for a borough of 190,000 people, down from 22 officers": an earlier value that names the figure's
    own unit is that figure's, past nearer figures that name another ("30 officers, down from 35 officers" keeps it).
    """
    if not unit:
        return None
    for k, figure in enumerate(later):
        named = re.match(r"\s+([a-z]+)\b", sentence[figure.end() :])
        noun = named.group(1) if named else ""
        gap = sentence[end : figure.start()]
        change = CHANGE_FROM.search(gap)
        if change and PREVIOUS_AFTER.match(gap[change.start() :]):
            return figure if k > 0 and same_unit(unit, noun) else None
        counted = _plural_noun(noun) or noun in IRREGULAR_PLURALS | COLLECTIVE_PEOPLE
        if figure.group("pct") or figure.group("cur") or not counted or same_unit(unit, noun):
            return None  # a nearer figure with no unit of another, or with the figure's own, could take it
    return None


def _count_of_its_own(sentence: str, m: re.Match) -> bool:
    """
    A count that is no part of the noun phrase before it ("4,180 of the country's 12,650 bridges", "2,318 animals from
    214 species", "35,000 troops within 50 kilometres of the border" are), and so the figure a change told after it
    belongs to.
    """
    value = number_value(m)
    if value is None or not_a_count(sentence, m, value):
        return False
    before = sentence[max(0, m.start() - 60) : m.start()]
    # "revenue of 1.05 billion dovans and a pre-tax profit of 71 million": a measure of its own, named before "of"
    return re.search(IN_PHRASE_BEFORE, before) is None or MEASURE_OF_BEFORE.search(before) is not None


# "a pre-tax profit of", "an annual budget of": a measure named by a noun after an article, whose figure follows "of"
MEASURE_OF_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?[a-z]{3,}\s+of\s+$")
# "35,000 troops within 50 kilometres", "29,100 are housed in our three sites", "3,100 a day over the past three
# days": a figure inside a phrase of place, time or part, whatever determiner opens it
IN_PHRASE_BEFORE = re.compile(
    rf"\b(?:of|from|across|in|at|on|among|for|by|with|within|over|between)\s+(?:(?:{DETERMINER}|all)\s+)?"
    rf"(?:[\w-]+['’]s\s+)?(?:(?:past|last|next|first|final|same|other)\s+)?(?:(?:{HEDGE})\s+)?$"
)


def _counts_another(sentence: str, earlier: re.Match, unit: str, value: Decimal) -> bool:
    """
    An earlier value that names a unit of its own, not the figure's, or is of another order of size ("410,000 civil
    servants ... a deficit of 8.4 billion, up from 5.9 billion"), is another figure's value replaced.
    """
    named = re.match(r"\s+([a-z]+)\b", sentence[earlier.end() :])
    noun = named.group(1) if named else ""
    if _plural_noun(noun) and noun not in DURATION_UNITS | SCALE_WORDS and not same_unit(unit, noun):
        return True
    earlier_value = number_value(earlier)
    return bool(earlier.group("scale")) and earlier_value is not None and value > 0 and earlier_value > 1000 * value


def _change_told(
    sentence: str, m: re.Match, unit_end: int, later: Sequence[re.Match], earlier: Sequence[Figure]
) -> bool:
    """
    "runs with three crews on most nights, down from five a decade ago", "closed on 11 days so far this season, up from
    4": a figure whose change the sentence tells is what it reports, however it would otherwise read as the scene set;
    not one after another figure of its clause ("spend 45 million over five years, up from 18 million").
    """
    if not later or later[0].group("pct") or later[0].group("cur"):
        return False
    if any(re.search(r"[,;:]", sentence[f.span[1] : m.start()]) is None for f in earlier):
        return False
    gap = sentence[unit_end : later[0].start()]
    # "to 67 from 65"; "were down to 31 days this year from 52 days last year": the time of the new value between
    if TO_BEFORE.search(sentence, 0, m.start()) and TO_FROM_GAP.fullmatch(gap):
        return re.fullmatch(r"(?:19|20)\d\d", later[0].group(0)) is None  # not "from 2020"
    return len(gap) <= 60 and re.search(r"[.;:]\s|\bbut\b", gap) is None and UP_DOWN_FROM_END.search(gap) is not None


TO_FROM_GAP = re.compile(r"\s+(?:(?:this|last)\s+(?:year|season|month|week|summer|winter|spring|autumn)\s+)?from\s+")
UP_DOWN_FROM_END = re.compile(rf",\s*(?:up|down)\s+from\s+(?:(?:{HEDGE})\s+)?$")


def _unit_of_value_replaced(
    sentence: str,
    m: re.Match,
    nxt: re.Match,
    context_before: str,
    earlier: Sequence[Figure],
    known_units: Mapping[Decimal, str] | None,
) -> tuple[str, int]:
    """
    "We have cut that target to 25, from 40", after "You planned to open 40 pubs": a bare value reached counts what the
    value it replaced counts, named after it or before in the article.
    """
    if not TO_BEFORE.search(sentence, 0, m.start()) or not PREVIOUS_AFTER.match(sentence[m.end() : nxt.start()]):
        return "", 0
    unit, _ = _unit(sentence, nxt, context_before, earlier, known_units)
    return (unit, m.end()) if unit else ("", 0)


# "Recalls of food for children rose to 21 last year from 13", "The exemption for the smallest rural districts is
# widened to 26 from 20": the subject of a verb of change, up to that verb, when the value it changed to is bare
# "raised", "cut", "trimmed": a figure changed by whoever set it (cues.REVISE_VERBS)
_REVISED_FORMS = "|".join(sorted(form for form in forms(REVISE_VERBS) if form.endswith("ed") or form == "cut"))
SUBJECT_CHANGED_TO = re.compile(
    r"(?:^|[;:]\s+)(?P<subject>[A-Za-z][\w'’ -]{2,80}?)\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?"
    r"(?:(?:now|since|also)\s+)?"
    r"(?:rose|risen|fell|fallen|grew|grown|dropped|climbed|shrank|shrunk|widened|narrowed|expanded|"
    rf"{_REVISED_FORMS})\s+"
    r"(?:(?:up|down)(?:wards?)?\s+)?to\s+$"
)
# the words that name a measure, not what it counts ("Levels rose to 5 from 3"), besides the prices and charges of
# PRICE_SUBJECTS and CHARGE_NOUNS
MEASURE_NOUNS = {"levels", "numbers", "figures", "totals", "values"}


def _unit_of_subject_changed(sentence: str, m: re.Match, nxt: re.Match) -> tuple[str, int]:
    """
    "Recalls of food for children rose to 21 last year from 13": a bare value a subject changed to, from a bare value,
    counts the plural noun that heads that subject (not a measure's own name, "prices", "rates").
    """
    if m.group("pct") or m.group("cur") or nxt.group("pct") or nxt.group("cur"):
        return "", 0
    named = re.match(r"\s+([a-z]+)", sentence[nxt.end() :])
    if not TO_FROM_GAP.fullmatch(sentence[m.end() : nxt.start()]) or (named and _plural_noun(named.group(1))):
        return "", 0  # "to 26 from 20", the earlier value bare too (not "from 20 districts", named after it)
    told = SUBJECT_CHANGED_TO.search(sentence, 0, m.start())
    if told is None:
        return "", 0
    # the head of the subject, the last word before what qualifies it: "Recalls" of "Recalls of food for children",
    # "times" of "Waiting times for hip operations" (not "operations", what is waited for)
    words = re.findall(r"[A-Za-z]+", SUBJECT_QUALIFIED.split(told.group("subject"), maxsplit=1)[0])
    head = words[-1].lower() if words else ""
    if not _plural_noun(head) or head in MEASURE_NOUNS | PRICE_SUBJECTS | CHARGE_NOUNS | DURATION_UNITS:
        return "", 0  # "Prices for the smallest flats have risen to 260 from 240": a measure's name heads the subject
    return head, m.end()


# what opens the part of a subject that qualifies its head
SUBJECT_QUALIFIED = re.compile(
    r"\b(?:of|for|in|on|at|from|with|by|under|over|among|across|within|between|about|to|including|that|which|who)\b",
    re.IGNORECASE,
)


SPREAD_BEFORE = re.compile(
    # "The national scale runs from 0 to 5": a scale's ends, no change
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|spann(?:ed|ing)|spans?|runs?|"
    # "classes will have from 10 to 20 people", "rooms that sleep from two to six": a verb of holding says what each
    # holds at one time, not a change (a value falling, "takes from 10 to 5 days", stays a change)
    r"ha(?:ve|s|d)|hold(?:s|ing)?|held|seat(?:s|ing)?|sleep(?:s|ing)?|with)\s+(?:(?:widely|roughly)\s+)?$",
    re.IGNORECASE,
)
# "412 tickets listed | from 168.00 to 207.90 crowns each": a listing's prices, the cheapest thing's to the dearest's,
# a spread and no change where no verb stands before "from" (it opens the line or its part) and "each" ends it
PRICED_EACH = re.compile(r"\s+to\s+[$€£]?\d[\d,.]*(?:\s+[a-z]+)?\s+(?:each|apiece)\b")
# (a bar part's or a field's value, not a bracket's or a clause's after a verb of change: "Bus fares will rise (from
# 2.10 to 2.40 pounds each)", "went up sharply; from 2.10 to 2.40 pounds each")
PART_OPENED = re.compile(r"(?:^\s*|\|\s*|^[A-Z][^:|.;()]{1,60}:\s*)$")


def _priced_part(sentence: str, start: int, end: int) -> bool:
    """
    Whether "from" at ``start`` opens a listing's prices, "from 30.00 to 42.50 crowns each", as a bar part, a field's
    value or a line of its own: not a sentence that goes on ("From 5 to 9 crowns each: that is how much permits have
    risen"), nor a bracket or a clause after a verb of change ("(from 2.10 to 2.40 pounds each)").
    """
    if PART_OPENED.search(sentence[:start]) is None:
        return False
    priced = PRICED_EACH.match(sentence, end)
    if priced is None:
        return False
    return bool(sentence[:start].strip()) or not sentence[priced.end() :].strip(" .\n")


# "from 40 to 57", "from 48 late on Sunday to 63 on Monday": a change, the first value dated by a time of the week
FROM_TO_GAP = re.compile(
    rf"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?{WEEKDAY_NAME}(?:\s+(?:morning|afternoon|evening|night))?|"
    r"\s+(?:last|this)\s+(?:week|month|year|season))?,?\s+to\s+(?:about\s+|around\s+)?"
)
# "minus 6.5 degrees", "−7C", "fell to -4C" (a hyphen standing for the sign, after a space; not "3-4C")
MINUS_BEFORE = re.compile(r"(?:\bminus\s+|−|(?:^|(?<=[\s(]))-)$", re.IGNORECASE)
REVISED_WORD = re.compile(r"rais|revis|lower|cut|reduc|increas|updat", re.IGNORECASE)
# The verbs that revise a figure, estimate or target (cues.FIGURE_REVISE_VERBS): past, present and participle
_REVISED = form_alternation(FIGURE_REVISE_VERBS, "ed")
_REVISES = form_alternation(FIGURE_REVISE_VERBS, "s")
_REVISING = form_alternation(FIGURE_REVISE_VERBS, "ing")
_REVISE = form_alternation(FIGURE_REVISE_VERBS, "")
# "4.1 million customers, raising its estimate from the 2.5 million it gave", "At least 9 civilians have been
# killed, the mission said, raising its previous count of 5": the later figure is the value the first replaced
RAISED_FROM_BEFORE = re.compile(
    rf"(?:,\s*(?:{_REVISING})|"
    # "about 2,000 troops, according to the institute, which revised its figure down from 2,600"
    r"\b(?:which|and|after|having)\s+(?:[a-z]+\s+){0,2}?"
    f"(?:{_REVISED}))"
    r"\s+(?:up\s+|down\s+)?(?:its|their|the|his|her|our|an?)\s+(?:[a-z]+\s+){0,2}?(?:estimate|count|forecast|figure|"
    r"target|tally|toll|projection|total|number)\s+(?:up\s+|down\s+)?(?:from|of)\s+(?:the\s+|about\s+|around\s+|some\s+)?$"
)


def _revised_from_after(sentence: str, figures: list[Figure]) -> list[Figure]:
    result: list[Figure] = []
    for figure in figures:
        earlier = [f for f in result if f.previous_value is None and f.unit not in SHARE_UNITS]
        # "38,000 fish had died along an 11-kilometre stretch, raising its earlier estimate of 12,000": a measure
        # that describes a noun ("an 11-kilometre stretch") is no estimate anyone revises
        estimates = [f for f in earlier if not _hyphenated(sentence, f)] or earlier
        if earlier and figure.qualifier == Qualifier.EXACT and RAISED_FROM_BEFORE.search(sentence[: figure.span[0]]):
            # "It now says 340 homes and 26 businesses ..., raising its earlier figure of 300 homes": the one counted
            # alike
            first = next((f for f in reversed(estimates) if same_unit(f.unit, figure.unit)), estimates[-1])
            result[result.index(first)] = replace(first, previous_value=figure.value)
            continue
        result.append(figure)
    return result


def _hyphenated(sentence: str, figure: Figure) -> bool:
    """ "an 11-kilometre stretch", "a 5,000-lunet grant": a figure joined to its unit by a hyphen."""
    return "-" in sentence[figure.span[0] : figure.span[1]]


DOZENS = re.compile(r"(?!an?\s)[a-z]+\s+dozen", re.IGNORECASE)  # "three dozen", not "a dozen" (12 itself)


def _scaled_like(value: Decimal, m: re.Match, other: re.Match, other_value: Decimal) -> Decimal:
    """'from 40 to 57 million': the first figure borrows the scale of the second."""
    if not m.group("scale") and other.group("scale") and other_value >= 1000 * value:
        return value * scale_factor(other.group("scale"))
    # "between two and three dozen delegates": the lower bound borrows the upper's dozen (24, not 2)
    if DOZENS.fullmatch(other.group("num")) and not DOZENS.fullmatch(m.group("num")) and value < 12 <= other_value:
        return value * 12
    return value


# "meets every second Saturday", "collected every other week": a frequency, two of the period (a weekday's or a
# weekend's is two weeks), as "every 14 days" would be (tests/ingest_labelling.md, session 25: "every second Tuesday"
# is 2 weeks)
EVERY_SECOND = re.compile(rf"\b[Ee]very\s+(?:second|other)\s+(?P<period>{WEEKDAY_NAME}|weekend|day|week|month|year)\b")
# the words of EVERY_SECOND after "every", which let a sentence past find_figures' quick look for a figure
EVERY_SECOND_WORDS = {"second", "other"}
# "Anna Berg's column appears every other Monday", "writes about music every other Sunday": a column's schedule, the
# page's furniture
# (the column's verb, or its writer by name writing on a subject: not "The council writes to tenants every other month",
# nor "A column of lorries leaves every other day")
COLUMN_SCHEDULE_BEFORE = re.compile(
    r"\bcolumn\s+(?:appears|runs|is\s+published)\b|\b[A-Z][\w'’-]+\s+writes\s+(?:about|on|for|here)\b"
)


def _word_quantities(
    sentence: str, words: set[str], known_units: Mapping[Decimal, str] | None = None, context_before: str = ""
) -> list[Figure]:
    """Proportions as percentages and vague counts as lower bounds."""
    found: list[Figure] = []
    for e in EVERY_SECOND.finditer(sentence) if "every" in words else ():
        if not COLUMN_SCHEDULE_BEFORE.search(sentence, 0, e.start()):
            period = e.group("period").lower()
            unit = f"{period}s" if period in ("day", "week", "month", "year") else "weeks"
            found.append(Figure(Decimal(2), Decimal(2), Decimal(2), unit, Qualifier.EXACT, e.span()))
    for h in HALF_OF_ONE.finditer(sentence) if "half" in words else ():
        unit = _half_of_unit(h.group("u").lower(), sentence[h.end() :], known_units)
        if unit:  # "half a metre lower", "a levy of half a halder": half of one of a unit, not a share
            q = PROPORTION_QUALIFIER.search(sentence[max(0, h.start() - 20) : h.start()])
            qualifier = qualifier_of(q.group("q") if q else "")
            low, high = default_bounds(qualifier=qualifier, value=Decimal("0.5"), lower=None, upper=None)
            start = h.start() - len(q.group(0)) if q else h.start()
            found.append(Figure(Decimal("0.5"), low, high, unit, qualifier, (start, h.end())))
    for h in FRACTION_OF_ONE_MEASURE.finditer(sentence) if words & {"quarter", "half"} else ():
        amount = Decimal("0.25") if h.group("f").lower() == "quarter" else Decimal("0.5")
        q = PROPORTION_QUALIFIER.search(sentence[max(0, h.start() - 20) : h.start()])
        qualifier = qualifier_of(q.group("q") if q else "")
        low, high = default_bounds(qualifier=qualifier, value=amount, lower=None, upper=None)
        start = h.start() - len(q.group(0)) if q else h.start()
        unit = MEASURE_PLURALS.get(h.group("u").lower(), h.group("u").lower() + "s")
        found.append(Figure(amount, low, high, unit, qualifier, (start, h.end())))
    for o in ONE_AND_A_HALF.finditer(sentence) if "half" in words else ():
        q = PROPORTION_QUALIFIER.search(sentence[max(0, o.start() - 20) : o.start()])
        qualifier = qualifier_of(q.group("q") if q else "")
        low, high = default_bounds(qualifier=qualifier, value=Decimal("1.5"), lower=None, upper=None)
        start = o.start() - len(q.group(0)) if q else o.start()
        unit = o.group("u").lower()
        if (
            not LENGTH_MARGIN.search(sentence[max(0, start - 10) : start])
            if unit == "length"
            else ONE_AND_A_HALF_NOT.match(sentence, o.end())
        ):
            continue
        plural = MEASURE_PLURALS.get(unit, unit + "s")
        found.append(Figure(Decimal("1.5"), low, high, plural, qualifier, (start, o.end())))
    for price in HALF_PRICE.finditer(sentence) if "half" in words else ():
        found.append(Figure(Decimal(50), Decimal(50), Decimal(50), "percent", Qualifier.EXACT, price.span("h")))
    for o in ONE_MEASURE.finditer(sentence) if words & ONE_MEASURE_UNITS else ():
        one, qualifier = Decimal(1), qualifier_of(" ".join(o.group("q").lower().split()))
        low, high = default_bounds(qualifier=qualifier, value=one, lower=None, upper=None)
        found.append(Figure(one, low, high, o.group("u").lower() + "s", qualifier, o.span()))
    for f in FRACTION_OF_POINT.finditer(sentence) if words & PROPORTION_WORDS else ():
        if f.group("s").lower() == "point" and not RATE_CONTEXT.search(sentence):
            continue  # "half a point behind the leader": a game's score
        share = fraction_value(f.group("f"))
        if share is None:
            continue
        q = PROPORTION_QUALIFIER.search(sentence[max(0, f.start() - 20) : f.start()])
        qualifier = qualifier_of(q.group("q") if q else "")
        start = f.start() - len(q.group(0)) if q else f.start()
        amount = (share / 100).quantize(Decimal("0.01")).normalize()
        low, high = default_bounds(qualifier=qualifier, value=amount, lower=None, upper=None)
        found.append(Figure(amount, low, high, "percentage points", qualifier, (start, f.end())))
    for r in FRACTION_RANGE.finditer(sentence) if words & PROPORTION_WORDS and "between" in words else ():
        # "somewhere between a fifth and a third": a range of shares, its lower bound the value
        low, high = (_fraction_value(r.group(g)) for g in ("low", "high"))
        if low is not None and high is not None and low < high:
            low, high = low.quantize(Decimal("0.1")), high.quantize(Decimal("0.1"))
            found.append(Figure(low, low, high, "percent", Qualifier.RANGE, r.span()))
    proportions = _scan(PROPORTION, _PROPORTION_START, sentence) if words & PROPORTION_WORDS else []
    for p in proportions:
        if any(a <= p.start() < b for a, b in (f.span for f in found)):
            continue
        fraction = (p.group("frac") or p.group("frac2") or "").lower().replace("-", " ")
        if (fraction == "half" and PART_OF_PERIOD_BEFORE.search(sentence[: p.start()])) or (
            fraction and PART_OF_A_PERIOD_AFTER.match(sentence, p.end())
        ):
            continue  # "in the second half of the year", "for half a century": a stretch of time, not a share
        if p.group("frac2") and re.match(r"[- ]points?\b", sentence[p.end() :]):
            # "a smaller cut of a quarter point", "another half point by December": a fraction of a percentage point
            # where rates are spoken of; a "half-point rise" only describes a rise, and a chess player's "half a
            # point" is no rate
            point = re.match(r" points?\b", sentence[p.end() :])
            # ... or in the sentence before ('"This is a dovish cut. We expect another half point by December."')
            before_sentence = SENTENCE_END.split(context_before.rsplit("\n", 1)[-1].rstrip())[-1]
            rates = RATE_CONTEXT.search(sentence) or RATE_CONTEXT.search(before_sentence)
            if point and fraction in FRACTIONS and rates:
                amount = (FRACTIONS[fraction] / 100).quantize(Decimal("0.01")).normalize()
                span = (p.start(), p.end() + point.end())
                found.append(Figure(amount, amount, amount, "percentage points", Qualifier.EXACT, span))
            continue
        value: Decimal | None
        if (
            p.group("frac2")
            and not ("-" in p.group("frac2") and FRACTION_NAMES_FIGURE_AFTER.match(sentence, p.end()))
            and not BY_BEFORE.search(sentence[: p.start()])
            and not COMPARED_SHARE_BEFORE.search(sentence[max(0, p.start() - 30) : p.start()])
            and not (SHARE_AS_SUBJECT.search(sentence[: p.start()]) and SUBJECT_VERB_AFTER.match(sentence[p.end() :]))
            and not (
                COMPARATIVE_AFTER.match(sentence[p.end() :])
                # a bare "half" set below or above is where a thing sits, no share ("sits half above the waterline")
                and not (fraction == "half" and re.match(r"\s+(?:below|above|off|up|down)\b", sentence[p.end() :]))
            )
            and not (
                (COPULA_BEFORE.search(sentence[: p.start()]) or LEVEL_AT_BEFORE.search(sentence[: p.start()]))
                and CLAUSE_END_AFTER.match(sentence[p.end() :])
            )
            and not (fraction != "half" and FULL_AFTER.match(sentence[p.end() :]))
            and not (
                (NOT_BEFORE.search(sentence[: p.start()]) or SHARE_PAID_BEFORE.search(sentence[: p.start()]))
                and CLAUSE_END_AFTER.match(sentence[p.end() :])
            )
            and not (fraction == "half" and HALF_OF_AMOUNT_AFTER.match(sentence[p.end() :]))
            # "only about a third do it voluntarily", "roughly a quarter pay", "the union says about a fifth.": a hedge
            # sizes a share, never an ordinal or a person ("a third man")
            and not _hedged_share(sentence, p, fraction)
            and not (
                SHARE_SET_OFF_BEFORE.search(sentence, max(0, p.start() - 40), p.start())
                and CLAUSE_END_AFTER.match(sentence[p.end() :])
            )
        ):
            # "a third" alone is an ordinal or a person ("a third of", "by a third", "Half said", "9 per cent, not a
            # fifth", "settled for half that" are shares)
            continue
        if fraction:
            value = _fraction_value(fraction)
        else:
            if p.group("n4") and TIME_SHARE_THRESHOLD_BEFORE.search(sentence, max(0, p.start() - 20), p.start()):
                continue
            n = parse_number(p.group("n") or p.group("n2") or p.group("n3") or p.group("n4") or p.group("n5"))
            d = parse_number(p.group("d") or p.group("d2") or p.group("d3") or p.group("d4") or p.group("d5"))
            round_base = d is not None and (d <= 20 or d in (25, 50, 100, 1000, 10000))
            # "put the chance at 1 in 38, far above ...": odds, one chance in any number, ending its phrase
            odds = n == 1 and d is not None and p.group("d") is not None and ODDS_END.match(sentence, p.end())
            round_base = round_base or bool(odds)
            value = n / d * 100 if n and d and n < d and round_base else None  # not "five in 64 villages"
            if value is not None and re.search(r"\b(?:aged?|age|ages|age of)\s+$|\d\s*$", sentence[: p.start()], re.I):
                value = None
        if value is None:
            continue
        q = PROPORTION_QUALIFIER.search(sentence[max(0, p.start() - 20) : p.start()])
        q_word = q.group("q").lower() if q else ""
        qualifier = qualifier_of(q_word)
        # A share is written as people read it: one decimal place (a third is 33.3%, one in eight 12.5%).
        # ... and odds too small for that at the one digit that is not zero ("1 in 10,000" is 0.01%)
        # ... and a share exact at two places as it is (one in sixteen is 6.25%, not 6.2)
        if value != value.quantize(Decimal("0.01")) or value < Decimal("0.05"):
            value = value.quantize(Decimal("0.1") if value >= Decimal("0.05") else Decimal(1).scaleb(value.adjusted()))
        # "nearly half", "almost a third": the share as stated, which the figure stays short of
        upper = value if q_word in JUST_BELOW else None
        lower, upper = default_bounds(qualifier=qualifier, value=value, lower=None, upper=upper)
        start = p.start() - len(q.group(0)) if q else p.start()
        found.append(Figure(value, lower, upper, "percent", qualifier, (start, p.end())))
    for x in HALVED.finditer(sentence) if words & HALVING_WORDS else ():
        if LEVEL_GIVEN_AFTER.match(sentence, x.end()):
            continue  # "roughly halved, to 1,240": the level is the claim (tests/ingest_labelling.md, session 24)
        half = Decimal(50)
        found.append(Figure(half, half, half, "percent", Qualifier.EXACT, x.span()))
    for x in MULTIPLE.finditer(sentence) if words & MULTIPLE_WORDS or "times" in words or "fold" in sentence else ():
        if any(a <= x.start() < b for a, b in (f.span for f in found)):
            continue
        before = sentence[: x.start()]
        if (
            not x.group("verb")
            and MULTIPLE_OF_FIGURE_BEFORE.search(before)
            and FIGURE_COMPARED_AFTER.match(sentence, x.end())
        ):
            continue  # "risen to £612 million, more than double the £290 million budget": two figures given, compared
        if (x.group("w") or "").lower() == "twice" and TWICE_IN_A_TIME_AFTER.match(sentence, x.end()):
            continue  # "the crew launched twice that night": two occasions, no multiple
        if x.group("fold_alone") is not None and not GROWTH_VERB_BEFORE.search(before):
            continue  # "the reason is twofold": no growth, no multiple
        bare = x.group("w") and not x.group("verb") and re.match(r"\s*(?:[,;.]|$)", sentence[x.end() :])
        near = NEAR_A_MULTIPLE_BEFORE.search(before) if bare else None
        if bare and not near:
            continue  # "scored a double." is no multiple
        if near:  # "the gap is closer to double": a multiple of what the clause compares
            times = MULTIPLES[x.group("w").lower()]
            q_word = near.group(1).lower()
            low, high = default_bounds(qualifier=qualifier_of(q_word), value=times, lower=None, upper=None)
            found.append(Figure(times, low, high, "times", qualifier_of(q_word), (near.start(1), x.end())))
            continue
        if x.group("verb_object") is not None and not DOUBLE_AS_VERB_OBJECT_BEFORE.search(before):
            continue  # "switch to double glazing", "a double room": no verb, no multiple
        if x.group("verb") and LEVEL_GIVEN_AFTER.match(sentence, x.end()):
            continue  # "have more than doubled to 840": the level is the claim, the verb adds none (session 24)
        if x.group("verb"):  # "the price of flour doubled", "has more than doubled": a rise, in per cent
            amount = (MULTIPLES[x.group("verb").lower()] - 1) * 100
            unit = "percent"
        elif (
            x.group("w")
            and x.group("w").lower() != "twice"
            and (DOUBLE_AS_VERB_BEFORE.search(before) or DOUBLE_WITH_NO_OBJECT_AFTER.match(sentence, x.end()))
        ):
            # "ordered to double the targets": a verb of growth, as "doubled" is
            amount, unit = (MULTIPLES[x.group("w").lower()] - 1) * 100, "percent"
        elif x.group("w") and re.match(r"\s+(?:it|them)\b", sentence[x.end() :]):
            continue  # "let's double it" with no verb of intent before: no figure stated
        else:  # "three times as many as", "twice the national average", "a tenfold rise"
            written = x.group("n") or x.group("f")
            raw = x.group("w") or ""
            factor = MULTIPLES.get(raw.lower()) if raw else (parse_number(written) if written else None)
            if factor is not None and x.group("half"):
                factor += Decimal("0.5")  # "nearly two and a half times the capacity on offer"
            if factor is None or factor <= 1:
                continue
            amount, unit = factor, "times"
        q = PROPORTION_QUALIFIER.search(before[-20:])
        q_word = q.group("q").lower() if q else ""
        qualifier = qualifier_of(q_word)
        upper = amount if q_word in JUST_BELOW else None
        low, high = default_bounds(qualifier=qualifier, value=amount, lower=None, upper=upper)
        start = x.start() - len(q.group(0)) if q else x.start()
        found.append(Figure(amount, low, high, unit, qualifier, (start, x.end())))
    for v in VAGUE.finditer(sentence) if words & VAGUE_WORDS else ():
        if any(a <= v.start() < b for a, b in (f.span for f in found)):
            continue
        phrase = " ".join((v.group("v") or v.group("w") or v.group("h")).lower().split())
        phrase = re.sub(r"^the few\b", "a few", phrase)  # "the few hundred homes where the risk is highest"
        scale = HANDFUL / 2 if v.group("h") else Decimal(VAGUE_SCALES[phrase])
        after = sentence[v.end() :]
        # "several thousand of those farms", "a few hundred of the park's residents": a part of a whole named after
        of_whole = PART_OF_WHOLE_AFTER.match(after) if v.group("w") else None
        if v.group("v") or v.group("h") or of_whole:  # the noun after "of"
            # "tens of thousands of farmed salmon", "hundreds of thousands of mostly young people": after "of" a
            # word in -ly or -ed describes the noun that follows it; "hundreds of the park's residents", "a handful
            # of the league's 20 clubs": an owner's name (and the whole's size) stands before the noun
            noun = re.match(
                rf"\s+(?:(?:the|their|its|his|her|our|those|these)\s+)?(?:[A-Za-z][a-z-]*['’]s\s+(?:{DIGITS}\s+)?(?=[a-z]))?"
                r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed\s+(?=[a-z]))?",
                after[of_whole.end() if of_whole else 0 :],
            )
            offset = v.end() + (of_whole.end() if of_whole else 0) + (noun.end() if noun else 0)
        else:
            offset = v.end()
        if (
            v.group("verb_after")
            and PERIOD_RATE.search(v.group("verb_after"))
            and MONEY_VERB_BEFORE.search(sentence, max(0, v.start() - 12), v.start())
        ):
            continue  # "The council spends thousands every year": a sum of money at a rate, no count of anything
        left_out = v.group("verb_after") or v.group("h_verb")
        unit, unit_end = _unit_after(sentence, offset) if not left_out else ("", 0)
        if (
            v.group("w")
            and unit
            and unit not in COLLECTIVE_HEADS | IRREGULAR_PLURALS
            and VERB_AND_PARTICLE_AFTER.match(sentence, offset)
        ):
            unit, unit_end = "", 0  # "a core of several dozen turn up every month": a verb, the noun left out
        us = OF_US_AFTER.match(after)
        if us:  # "dozens of us": the group "us" is, as for a figure
            unit, unit_end = _group_of_us(sentence[: v.start()], context_before) or "people", v.end() + us.end()
        them = VAGUE_OF_THEM_AFTER.match(after) if not unit else None
        if them:  # "older people ..., and there are still several hundred thousand of them": the pronoun's noun
            unit, unit_end = _plural_antecedent(sentence[: v.start()], context_before), v.end() + them.end()
        if not unit and (noun := _noun_before(sentence[: v.start()])):
            # "the number of appeals lodged by Wednesday had already reached several hundred"
            named = (noun.group("plural") or noun.group("head")).lower()
            unit, unit_end = NOUN_BEFORE_UNITS.get(named, named), v.end()
        elif (
            not unit
            and (
                ELLIPTIC_COUNT_AFTER.match(after)
                # 'expect arrivals "in the thousands"', not a bill "in the low millions" (a size, not a count)
                or (BARE_VAGUE_AFTER.match(after) and not re.search(r"\b(?:low|high|mid)\s+$", sentence[: v.start()]))
            )
        ):
            unit, unit_end = ELLIPTIC, v.end()  # "dozens more were missing": what the sentence counted before
        elif v.group("v") and MORE_VERB_AFTER.match(after):
            unit, unit_end = ELLIPTIC, v.end()  # "and hundreds more work in processing plants": "work" is a verb
        if not unit and v.group("h_verb"):
            # "Sixty-two were sold at ..., and a handful went home unsold": more of what the sentence counted
            unit, unit_end = ELLIPTIC, v.end()
        if not unit and (left_out or (v.group("w") and VAGUE_VERB_AFTER.match(after))):
            # "Most fans came to watch a game. A few hundred came for a fight": what the clause or the sentence
            # before named
            unit, unit_end = _plural_antecedent(sentence[: v.start()], context_before), v.end()
        if not unit or unit in DURATION_UNITS or unit in DISTANCE_UNITS:
            continue  # "for hundreds of years", "within a few hundred metres of the school": a span, not a count
        least = HANDFUL if v.group("h") else scale
        value = 2 * scale
        if v.group("w") and not phrase.startswith("a couple"):  # "several hundred": three hundred, two at least
            value, least = 3 * scale, 2 * scale
        found.append(Figure(value, least, None, unit, Qualifier.AT_LEAST, (v.start(), unit_end)))
    for z in NOT_ONE.finditer(sentence) if "one" in words and "not" in words else ():
        none_of = z.group("noun").lower()
        if none_of in DURATION_UNITS or none_of + "s" in DURATION_UNITS or none_of in STOP:
            continue
        found.append(Figure(Decimal(0), Decimal(0), Decimal(0), none_of, Qualifier.EXACT, z.span()))
    for o in ONE_COUNTED.finditer(sentence) if "one" in words else ():
        if any(a <= o.start("one") < b for a, b in (f.span for f in found)) or ONE_NOT_COUNTED_AFTER.match(
            sentence, o.end("one")
        ):
            continue
        noun = ONE_NOUN.match(sentence, o.end("one"))
        if not noun or noun.group("noun") in DURATION_UNITS or noun.group("noun") + "s" in DURATION_UNITS:
            continue
        span = (o.start("one"), noun.end())
        found.append(Figure(Decimal(1), Decimal(1), Decimal(1), noun.group("noun"), Qualifier.EXACT, span))
    return found


# "Not one clamp was replaced", "not one complaint reached us": none of the thing, a count of 0 (not "not one of
# them", "not one but two", nor "not one person in ten")
NOT_ONE = re.compile(
    r"\b[Nn]ot\s+one\s+(?P<noun>[a-z]{3,}(?<!s))\b(?=\s+(?:was|were|had|has|have|is|are|did|"
    r"could|would|will|came|got|made|reached)\b)"
)
# "had already idled one potline", "had issued one improvement notice", "It failed one test": a deed done to one
# thing is a count of it; not "said one official", "quoted one resident" (a source), "one of", "one by one", "one
# latrine for every 70 people" (a ratio, whose claim is the 70) or "one real pay cut after another"
ONE_COUNTED = re.compile(
    r"\b(?!(?:quoted|asked|interviewed|contacted|visited|called|named|added|noted|warned|reported|told|described|"
    r"identified|cited|involved|needed|wanted|used|hoped|expected|wished|seemed|looked|ranked|placed|finished)\b)"
    # "We had one applicant", "we have lost one sponsor": what a speaker had or lost, one of it (not "we have one
    # small hospital", "has one lever left", which say what there is)
    r"(?:[a-z]{3,}ed|had|lost)\s+(?:(?:only|just|already)\s+)?(?P<one>one)\s+(?=[a-z])"
)
ONE_NOT_COUNTED_AFTER = re.compile(
    r"\s*(?:of|another|by|in|or|and|to|more|way|thing|side|hand|point|at|on|for|that|which|who)\b"
    r"|[^.;]{0,40}?\b(?:after\s+another|for\s+every|per|each)\b"
)
# "one test", "one improvement notice": a singular noun and its noun modifier, then the clause goes on
ONE_NOUN = re.compile(
    r"\s+(?P<noun>(?:[a-z]{3,}\s+)?[a-z]{3,}(?<!s))(?=\s*[,.;:!?\"”]|\s+(?:in|on|at|for|from|to|and|but|with|"
    r"since|last|this|before|after|during|left|not)\b)"
)


# Multiples. "three times as many as", "twice as high as", "more than twice the national average", "up to 40
# times the permitted threshold", "roughly 20 times larger than", "Roughly twice that", "a tenfold rise": N times.
# A verb of growth ("the price of flour doubled", "has more than doubled") is a rise in per cent. Not "moved
# twice", "counted the bill twice" (two occasions) nor "two times a week" (a frequency): no comparison follows.
MULTIPLES = {"twice": Decimal(2), "double": Decimal(2), "triple": Decimal(3), "treble": Decimal(3),
             "doubled": Decimal(2), "tripled": Decimal(3), "trebled": Decimal(3), "quadrupled": Decimal(4)}  # fmt: skip
_COMPARED = (
    r"the|as|that|what|its|their|his|her|our|this|those|these|more|larger|higher|bigger|greater|smaller|lower|"
    r"faster|longer|heavier|costlier|stronger|worse|better|"
    # "more than double last year's figure"; not "flooded twice last winter", two occasions
    r"last(?=\s+(?:year|month|week|season|summer|winter|spring|autumn|time)['’]s\b)"
)
# "twice this year", "twice that night", "twice this winter": the time two occasions fell in, no comparison ("twice this
# year's total" compares); a count of occasions is no claim (tests/ingest_labelling.md, '"Twice" counting occasions')
# ... but not one set against another time after it ("twice that day a year ago": OTHER_TIME_AFTER compares)
TWICE_IN_A_TIME_AFTER = re.compile(rf"\s+(?:this|that)\s+(?:{OCCASION_TIMES})\b(?![’'-])(?!{OTHER_TIME_AFTER})")
# The sums a valuation or a price is a multiple of, with no determiner: "4.1 times earnings", "ten times salary"
_MULTIPLE_BASES = "|".join(
    sorted(MONEY_NOUNS | {"income", "incomes", "salary", "salaries", "wages", "pay", "rent", "sales"})
)
MULTIPLE = re.compile(
    r"\b(?:(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|a\s+hundred|hundred)(?P<half>\s+and\s+a\s+half)?\s+times|(?P<w>twice|double|triple|treble)|"
    r"(?P<f>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)-?fold)"
    # "asking parliament to double it": the verb with a pronoun for what grows
    rf"(?=\s+(?:{_COMPARED})\b|\s+(?:increase|rise|jump|growth)\b|(?<=double|triple|treble)\s+(?:it|them)\b|"
    # "sell for 4.1 times earnings", "debt at 2.4 times earnings": a multiple of a sum named with no determiner
    # "9.3 times median local earnings": up to two words that say which such sum
    rf"(?<=times)\s+(?:(?:annual|average|yearly|gross|net|median|mean|local|household|national)\s+){{0,2}}"
    rf"(?:{_MULTIPLE_BASES})\b|"
    # "Our takings double on a sunny weekend": the verb with no object, a time or place after it
    r"(?<=double|triple|treble)(?=\s+(?:on|during|when|whenever|every|each)\b)|"
    # "the gap is closer to double, once ...": the multiple ends its clause (kept only after a word of nearness)
    r"(?<=double|triple|treble)(?=\s*(?:[,;]|\.(?!\d)|$))|"
    # "roughly double a normal league match": a multiple of one thing named by its kind
    r"(?<=double|triple|treble)(?=\s+(?:a|an)\s)|"
    # "will double by 2030", "plans to double output", "can double your breathing rate": the verb with any object
    # or none (kept only after a modal or a "to" of intent, DOUBLE_AS_VERB_OBJECT_BEFORE)
    r"(?<=double|triple|treble)(?P<verb_object>(?=\s+[a-z]))|"
    # "Our numbers have grown nearly eightfold", "rose tenfold in a decade": the multiple of a verb of growth, its
    # comparison left to the verb (kept only after one)
    r"(?<=fold)(?P<fold_alone>(?=\s*(?:[,;:\"”’]|\.(?!\d)|$)|\s+(?:since|in|over|during|between|from|to)\b)))"
    # not "doubled up", "doubled over in pain" (bent); but "doubled over that period", "over five years" is the time
    r"|\b(?P<verb>doubled|tripled|trebled|quadrupled)\b(?!\s+(?:as|up|down|back)\b|\s+over\b(?!\s+(?:the|that|this|"
    r"those|these|a|an|its|their|\d|two|three|four|five|six|seven|eight|nine|ten|several|recent)\b))",
    re.IGNORECASE,
)
GOODS_OR_MONEY = MONEY_NOUNS | {"sales"}  # a level of these is a sum, or counts the goods sold, not the noun
# A plural subject and the level its multiplying verb gives: "seizures had more than doubled, to", "cancellations of
# surgery roughly halved, to"
SUBJECT_MULTIPLIED_TO = re.compile(
    r"\b(?P<noun>[a-z]{3,}s)(?:\s+of\s+[a-z]+)?\s+(?:(?:has|have|had)\s+)?(?:(?:more\s+than|roughly|nearly|almost|about)\s+)?"
    r"(?:doubled|tripled|trebled|quadrupled|halved),?\s+to\s+"
    rf"(?:(?:{HEDGE})\s+)?$"
)
# The new level a multiplying verb gives: "doubled to 840", "halved, to 1,240", "more than doubled to £612 million",
# past its object ("doubled its output to 400 tonnes", "halved the fee to 20 marks")
LEVEL_GIVEN_AFTER = re.compile(
    rf"(?:\s+(?:its|their|the|his|her|our|your|my)(?:\s+[a-z-]+){{1,3}}?)?,?\s+to\s+(?:(?:{HEDGE})\s+)?[$£€]?\d"
)
# A figure, then the multiple it is of another in apposition: "£612 million, more than double the", "18.6 million
# crowns, twice the sum of"
MULTIPLE_OF_FIGURE_BEFORE = re.compile(
    r"\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand))?(?:\s+[A-Za-z]+){0,4},\s+"
    rf"(?:(?:{HEDGE})\s+)?$"
)
# ... and the figure it is compared with, given too: "the £290 million budget", "the 1.2 million it disclosed"
FIGURE_COMPARED_AFTER = re.compile(r"\s+(?:the|its|their|a|an)\s+(?:[a-z]+\s+){0,2}?[$£€]?\d(?!\d{3}\b)[\d,.]*")
# "closer to double", "is more than double,": a multiple with its comparison left to the clause before
NEAR_A_MULTIPLE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|now|probably|likely)\s+((?:closer|close|nearer)\s+to|nearly|almost|more\s+than|"
    r"at\s+least|about|roughly|around)\s+$",
    re.IGNORECASE,
)
GROWTH_VERB_BEFORE = re.compile(
    r"\b(?:grown|grew|grow|grows|growing|risen|rose|rise|rises|rising|increased|increase|increases|jumped|climbed|"
    rf"soared|multiplied|expanded)\s+(?:(?:{HEDGE}|by)\s+)?$",
    re.IGNORECASE,
)
# A modal, or the "to" of a plan or an aim, before a multiplying verb whose object is not one MULTIPLE compares: "will
# double by 2030", "Her plan is to double output", "can double your breathing rate"; not "switch to double glazing"
DOUBLE_AS_VERB_OBJECT_BEFORE = re.compile(
    r"\b(?:will|would|could|can|must|should|might|may|shall|(?:is|are|was|were|plans?|planned|aims?|aimed|wants?|"
    r"wanted|intends?|intended|hopes?|hoped|expects?|expected|promised|pledged|vowed|seeks?|sought)\s+to)\s+"
    rf"(?:(?:{HEDGE})\s+)?$",
    re.IGNORECASE,
)
DOUBLE_WITH_NO_OBJECT_AFTER = re.compile(r"\s+(?:on|during|when|whenever|every|each)\b")
DOUBLE_AS_VERB_BEFORE = re.compile(
    # not the "to" of "close to double", "up to triple": a word of nearness before a multiple
    r"\b(?:(?<!\bclose\s)(?<!\bcloser\s)(?<!\bnearer\s)(?<!\bup\s)(?<!\bequal\s)to|will|would|could|can|must|"
    rf"should|might|may|shall)\s+(?:(?:{HEDGE})\s+)?$"
    # "when you cut the safety budget by a quarter and double the production targets": a verb joined to a verb's clause
    r"|\b(?:you|we|they|I)\s+[a-z]+\b[^,;.]{0,60}\sand\s+$",
    re.IGNORECASE,
)


# A count with its noun left out, which the clause goes on from: "23 people died and dozens more were
# missing", "fixed 2,300 leaks but hundreds more were reported", "found 41 packs, nine more than in 2022"; a verb
# without -ed too ("It said eight had left", "a dozen have gone")
ELLIPTIC_COUNT_AFTER = re.compile(
    r"\s+more\b|\s+(?:have|has|had|were|are)\s+(?:been\s+)?"
    rf"(?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_PARTICIPLES))})\b"
)
INCLUDING_BEFORE = re.compile(r",\s+including\s+$")
ELLIPTIC = "\x00"  # the unit of a figure the sentence gave before; resolved once all its figures are read


# "N more" or "N extra" with no noun of its own, a time, a place or the clause's end after it: more of what was counted
MORE_WITH_NO_NOUN_AFTER = re.compile(
    r"\s+(?:more|extra)\b(?=\s*[,.;:!?]|\s+(?:by|in|on|at|before|after|within|over|this|next|each|every)\b)"
)
# In a paragraph that has counted nothing, "N more" or "N extra" is more of the plural its sentence named before
MORE_OF_KIND_AFTER = re.compile(r"\s+(?:more|extra)\b")


def _resolve_elliptic(
    sentence: str, figures: list[Figure], paragraph_unit: str, context_before: str = ""
) -> list[Figure]:
    """
    The unit of a count whose noun is left out: what the sentence or its paragraph counted last; "N more" in a
    paragraph that has counted nothing is more of the plural noun named before it ("There will be more warnings
    before the spring. I would bet on a dozen more by the end of February.")
    """
    resolved: list[Figure] = []
    for figure in figures:
        if figure.unit != ELLIPTIC:
            resolved.append(figure)
            continue
        # "more than twice that, and a waiting list of 340 more": a multiple is no count to go on from; nor is a
        # measure in fractions ("Sixty-two were sold at an average of 1.71 dolvers a kilo, and a handful went home")
        before = [
            f.unit
            for f in resolved
            if f.span[1] <= figure.span[0] and f.unit not in SHARE_UNITS | {"times"} and f.value == int(f.value)
        ]
        unit = before[-1] if before else paragraph_unit if paragraph_unit not in SHARE_UNITS else ""
        if not before and unit:
            unit = _main_clause_count(context_before.rsplit("\n", 1)[-1], unit) or unit
        if not unit and not paragraph_unit and MORE_OF_KIND_AFTER.match(sentence, figure.span[1]):
            unit = _plural_antecedent(sentence[: figure.span[0]], context_before)
        if not unit and not paragraph_unit and "How many" in context_before[-800:]:
            # "How many growers are affected?" / "Hundreds.": an answer's count counts what the question asked for
            asked = _asked_noun(context_before)
            unit = asked[1] if asked[0] == "how many" else ""
        if unit:
            resolved.append(replace(figure, unit=unit))
    return resolved


# Between two items of a list that names its verb and noun once: a comma or "and", then the next item's name, a short
# noun phrase with no verb ("and the capital", ", Sallund")
ELLIPTIC_ITEM_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+")


# A list of results whose unit is given once: "... polled 8,215 votes, Osric Penn of the Tenants' League 4,960 and Ada
# Rusk of the Greens 1,207", "has won 38 seats and the Moor Alliance 22": between two items, a separator and the
# next item's name (capitalised words, "of the" between them, a party in brackets), then its figure
_LIST_NAME = (
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|for|and|de|van|von|la)\s+){0,2}[A-Z][\w'’.-]*){0,5}"
    r"(?:\s+\([A-Z][^()\n]{0,40}\))?"
)
# an item's appositive between its name and its figure: "Per Holm, an independent, 211"
_LIST_APPOSITIVE = r"(?:,\s+(?:an?|the)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3},)?"
LIST_ITEM_GAP = re.compile(rf"\s*(?:,|;|,?\s+and)\s+{_LIST_NAME}{_LIST_APPOSITIVE}\s+")
# A sentence of items only, going on from the votes the sentence before gave: "... elected with 2,214 votes. Siv Lund
# of the Greens 1,876, Per Holm, an independent, 211."
LIST_OPENING = re.compile(rf"{_LIST_NAME}{_LIST_APPOSITIVE}\s+")
LIST_NEXT_ITEM = re.compile(rf"\s*(?:,|;|,?\s+and)\s+{_LIST_NAME}{_LIST_APPOSITIVE}\s+\d")
LIST_ITEM_END = re.compile(r"[\"”’]?\s*(?:[,;.)]|and\b|$)")  # the item's figure ends it: no noun of its own
LIST_HEAD_UNIT = re.compile(r"\s+([a-z]+s)\b")


def _listed_figure(sentence: str, m: re.Match) -> bool:
    """A plain count that may be a list's item: no sum, share or year, and nothing counted after it."""
    if m.group("cur") or m.group("pct") or not m.group("num")[0].isdigit():
        return False
    raw = m.group("num")
    return not (raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100)


def _listed_unit(sentence: str, m: re.Match, figures: Sequence[Figure], paragraph_unit: str = "") -> str:
    """
    The unit of the list ``m`` goes on: "Osric Penn of the Tenants' League 4,960" after "polled 8,215 votes", the
    votes; also a sentence of items only after the sentence that gave the unit; "" when ``m`` is no later item of
    such a list.
    """
    last = figures[-1] if figures else None
    if last is None and paragraph_unit and paragraph_unit not in SHARE_UNITS and _listed_figure(sentence, m):
        opens = LIST_OPENING.fullmatch(sentence, 0, m.start()) and LIST_ITEM_END.match(sentence, m.end())
        return paragraph_unit if opens and LIST_NEXT_ITEM.match(sentence, m.end()) else ""
    if last is None or not last.unit or last.unit == ELLIPTIC or last.span[1] > m.start():
        return ""
    if m.start() - last.span[1] > 90 or not _listed_figure(sentence, m):
        return ""
    if not LIST_ITEM_GAP.fullmatch(sentence, last.span[1], m.start()) or not LIST_ITEM_END.match(sentence, m.end()):
        return ""
    return last.unit


def _price_list_unit(sentence: str, m: re.Match, price_unit: str) -> str:
    """
    The currency of a labelled list of prices, given once for the report ("Other leading prices: Limousin bullocks
    2,080; Hereford cross bullocks 1,760", "Leading prices per head: Aslak Frey, Upper Norrby 131"): each item's bare
    figure is a price in the report's currency (tests/ingest_labelling.md, lists with the unit given once); "" when
    ``m`` is no such item.
    """
    label = PRICE_LIST_LABEL.match(sentence) if price_unit else None
    if not label or m.start() < label.end() or not _listed_figure(sentence, m):
        return ""
    if re.search(r"[.!?:]\s", sentence[label.end() : m.start()]):
        return ""  # past the end of the list
    return price_unit if LIST_ITEM_END.match(sentence, m.end()) else ""


def _list_head(sentence: str, m: re.Match, matches: Sequence[re.Match], i: int) -> bool:
    """
    "Tamsin Orley of the Valley Alliance 6,304 votes, Bram Kettle of the Labour Union 3,871": the first item of a list
    with no verb, its unit written once after it, the next item's name and figure straight after.
    """
    if i >= len(matches) or not _listed_figure(sentence, m) or not _listed_figure(sentence, matches[i]):
        return False
    unit = LIST_HEAD_UNIT.match(sentence, m.end())
    nxt = matches[i]
    if not unit or nxt.start() - unit.end() > 90:
        return False
    return bool(LIST_ITEM_GAP.fullmatch(sentence, unit.end(), nxt.start()) and LIST_ITEM_END.match(sentence, nxt.end()))


UNIT_AND_JOIN = re.compile(r"\s+([a-z]+)\s+and\s+")


def _range_second(sentence, first, matches, next_index, q_word) -> re.Match | None:
    if next_index >= len(matches):
        return None
    second = matches[next_index]
    join = sentence[first.end() : second.start()]
    unit_join = UNIT_AND_JOIN.fullmatch(join) if q_word == "between" else None
    if unit_join and sentence.startswith(unit_join.group(1), second.end() + 1):
        join = " and "  # "between 95 million reals and 110 million reals": the unit written with both bounds
    if not RANGE_JOIN.fullmatch(join):
        return None
    word = join.strip()
    if word == "and" and q_word != "between":
        return None
    if word == "or" and not _neighbouring_guesses(first, second):
        return None
    if word == "to" and q_word not in ("from", "between", ""):
        return None
    if word == "to" and re.search(r"\bby\s+$", sentence[: first.start()]):
        low, high = number_value(first), number_value(second)
        if low and high and high > 5 * low:
            return None  # "rose by 118,000 to 1.94 million": the change, then the level it reached ("by 5 to 8%")
    if first.group("pct") and not second.group("pct"):
        return None
    year = first.group("num").isdigit() and len(first.group("num")) == 4 and not first.group("scale")
    if year and (second.group("pct") or second.group("cur")) and not (first.group("pct") or first.group("cur")):
        return None  # "its forecast for 2025 to 0.9%": a year, then the figure
    return second


def _neighbouring_guesses(first: re.Match, second: re.Match) -> bool:
    """
    "two or three points", "a gang of three or four people": an estimate given as two close values is a range; not
    "14 or 40", which offers two different figures.
    """
    low, high = number_value(first), number_value(second)
    alike = first.group("num")[0].isdigit() == second.group("num")[0].isdigit()
    return alike and low is not None and high is not None and low < high <= 2 * low + 1


# Subjects of study whose names end in -s and are no plural: the modifier in "700 maths teaching posts"
SUBJECTS_IN_S = {"maths", "physics", "economics", "politics", "classics", "statistics"}

# The people of a country named by their plural ("118,000 Sevranians now live here", "210,000 Sambrans work abroad"):
# a noun of its own, before a word in lower case or the end of a clause (not a headline's "300 Miners Walk Out")
DEMONYM_AFTER = re.compile(r"\s+([A-Z][a-z]{2,}ans)(?=\s+[a-z]|[,;:]|\.(?:\s|$)|$)")


def _unit_after(sentence: str, offset: int) -> tuple[str, int]:
    """The head noun of the words at ``offset``: "3,000 more troops", "212 new dengue cases" -> troops, cases."""
    if sentence[offset : offset + 1] in ("”", '"'):  # '"several thousand" troops': the noun after the quotation
        offset += 1
    quoted = re.match(r"\s[“\"](?=[a-z][a-z -]{0,30}[”\"])", sentence[offset : offset + 36])
    if quoted:  # 'open 20 "banking hubs"': the noun inside the quotation marks (not a quotation that goes on)
        offset += quoted.end()
    demonym = DEMONYM_AFTER.match(sentence, offset)
    if demonym:
        return demonym.group(1).lower(), demonym.end(1)  # "118,000 Sevranians now live here"
    word = UNIT_AFTER.match(sentence[offset:])
    if not word:
        return "", 0
    head, end = word.group(2), offset + word.end()
    near_miss = NEAR_MISSES.match(sentence, end) if head in ("near", "near-misses", "near-miss") else None
    if near_miss or head == "near-misses":  # "11 near misses": a compound, not a figure "near" a place
        return "near misses", near_miss.end() if near_miss else end
    if head == "overnight" and not re.match(r"\s+[a-z]", sentence[end:]):
        return "", 0  # "the toll rose by 12 overnight": when, not what (but "9.2 million overnight stays")
    if head == "back" and (
        (after_back := re.match(r"\s+([a-z]+)", sentence[end:])) is None or after_back.group(1) in STOP
    ):
        return "", 0  # "I got 1,640 back", "got 30 million back for them": the particle of "got back", not what was got
    if head in SCALE_WORDS:
        return "", 0  # "of the 3.4 million": the scale of a figure, not what it counts
    if head in STOP and head not in MODIFIERS:
        return "", 0  # "recruited 35 from overseas": no noun after the figure
    # "two senior Reformist officials", "Two former Ferrovane site engineers"
    proper = PROPER_NAME_THEN_HEAD.match(sentence, end)
    # "30 swollen Air 5 batteries": an adjective before a product's name and its model number
    model = proper and not head.endswith("s") and MODEL_NAME_AFTER.match(sentence, end) is not None
    if proper and (model or head in MODIFIERS | {"senior", "junior", "former", "local", "national", "regional", "top"}):
        return proper.group(1), proper.end()  # "two senior Reformist officials"
    owner = head.endswith("s") and head not in DURATION_UNITS | MEASURE_OWNERS and not _in_single_quotes(sentence, end)
    owned = OWNED_AFTER_OWNERS.match(sentence, end) if owner else None
    if owned and owned.group(1) not in STOP | OWNED_MANY_EACH:
        # "nine players' posts", "14 tenants' panels": a plural owner before its noun, which is what is counted (not
        # "three weeks' pay", a span of time, "two miles' walk", a measure, "30 firms' workers", many to each owner,
        # or "'forty beds' closed", a quotation's end)
        head, end = owned.group(1), owned.end()
    kept = SINGULAR_OWNER_AFTER.match(sentence, end) if not head.endswith("s") else None
    if kept and head not in IRREGULAR_PLURALS and _plural_noun(kept.group(2)):
        # "4 coroner's officers", "12 driver's licences": a singular owner names a kind of the plural after it,
        # which is what is counted, in the compound the page writes
        return f"{head.lower()}{kept.group(1)}s {kept.group(2)}", kept.end()
    # "3,000 more troops", "212 new dengue cases", "three maths teachers": the head noun comes last
    for step in range(3):
        nxt = re.match(r"\s([a-z][a-z-]*)", sentence[end:])
        if not nxt or nxt.group(1) in STOP or head in FIGURE_HEADS:
            break
        following = nxt.group(1)
        third = re.match(r"\s[a-z-]+\s([a-z][a-z-]*)", sentence[end:])
        if (
            # "two electrolysis cell houses": a singular in -s is a noun of the compound too
            (not head.endswith("s") or head.endswith(SINGULAR_ENDINGS_IN_S) or head in SINGULAR_IN_US_OR_IS)
            and head not in PLURAL_WITHOUT_S
            and not following.endswith("s")
            and third
            # a collective head only after an adjective no count takes ("250 temporary ...", not "40 more transport
            # police officers", where the modifier gives way to the next word)
            and (_plural_noun(third.group(1)) or (third.group(1) in COLLECTIVE_HEADS and head not in MODIFIERS))
        ):
            # "two coast guard officers", "250 temporary call-centre staff"
            head, end = third.group(1), end + third.end()
            break
        # "people pass through", "children cross": a word in -ss is a verb or a singular, never a plural head
        plural_next = (
            (following.endswith("s") and not following.endswith("ss"))
            or following in COLLECTIVE_HEADS
            or following in IRREGULAR_PLURALS
            or following in PLURALS_IN_A_OR_I  # "38 council crematoria"
        )
        if head in MODIFIERS or (not head.endswith("s") and plural_next):
            head, end = following, end + nxt.end()
        elif (
            head.endswith("s")
            and _plural_noun(following)
            and following not in VERBS_NEVER_NOUNS
            and not VERB_WITH_OBJECT_AFTER.match(sentence[end:])
            and not (
                _plural_noun(head)
                and head not in SUBJECTS_IN_S
                and SINGULAR_OF_BEFORE.search(sentence, 0, offset)
                and (
                    VERB_WITH_ADVERBIAL_AFTER.match(sentence, end + nxt.end())
                    or (
                        (phrase := VERB_WITH_OBJECT_PHRASE_AFTER.match(sentence, end + nxt.end())) is not None
                        and (not phrase.group("origin") or following in VERBS_OF_ORIGIN_IN_S)
                    )
                )
            )
        ):
            # "three maths teachers", "40 arms shipments": after a plural head a verb would not take an -s,
            # so a second plural is the head of a compound
            head, end = following, end + nxt.end()
        elif (
            following.endswith("ing")
            and step == 0
            and head not in PLURAL_WITHOUT_S
            # "3,000 leaflets asking shoppers", "six weeks wading rivers": a plural head does something to the noun
            # after the -ing word; only a subject's name in -s is a modifier there ("700 maths teaching posts")
            and (not _plural_noun(head) or head in SUBJECTS_IN_S)
            and (then := re.match(r"\s[a-z-]+\s([a-z][a-z-]*)", sentence[end:]))
        ):
            # only right after the figure: "60 fallen trees blocking roads", "3 men sharing cells" are the trees
            # and the men, doing something to the noun after them
            if not _plural_noun(then.group(1)):
                # "1,150 vacant planning officer posts": one more noun of the compound before its head
                then = re.match(r"\s[a-z-]+\s([a-z][a-z-]*)\s([a-z][a-z-]*)", sentence[end:])
                if not then or then.group(1) in STOP or not _plural_noun(then.group(2)):
                    break
                head, end = then.group(2), end + then.end()
                break
            head, end = then.group(1), end + then.end()  # "700 maths teaching posts"
        else:
            break
    joined = re.match(r"\s+and\s+[a-z-]+\s+([a-z][a-z-]*)\b", sentence[end:])
    singular = not head.endswith("s") and head not in IRREGULAR_PLURALS  # "60 sheep and there was" joins nothing
    # "50 search and rescue specialists", "210 deck and catering crew": two modifiers of one head
    if joined and singular and (_plural_noun(joined.group(1)) or joined.group(1) in COLLECTIVE_HEADS):
        head, end = joined.group(1), end + joined.end()
    elif (
        not singular
        and head not in DURATION_UNITS
        and not LOWER_WORD.search(sentence, offset, end - len(head))
        and (both := _coordinated_plural(sentence, end))
    ):
        # "148 universities and colleges", "171 Vessarian soldiers and civilians": two things counted; but not after a
        # noun of a compound, which the second may share ("212 cable cars and gondolas")
        head, end = f"{head} and {both.group(1)}", both.end()
    unit = head.strip("-").lower()
    if unit in RELATIONAL_HEADS:
        unit = _with_noun_modifiers(sentence[offset:end], unit)
    elif (
        unit in FUNCTION_PLACE_HEADS
        and (gerund := GERUND_BEFORE_HEAD.search(sentence, offset, end))
        and gerund.group(1) not in DESCRIBING_PARTICIPLES | MODIFIERS
    ):
        unit = f"{gerund.group(1)} {unit}"  # "400 polling stations", "16 designated bathing sites"
    elif unit == "papers" and BALLOT_PAPERS_BEFORE.search(sentence, offset, end):
        unit = "ballot papers"  # "14 ballot papers were rejected": a count's papers, one unit (not exam papers)
    fixed = FIXED_OF_COMPOUND.match(sentence[end:])
    if fixed and unit in ("members", "member"):  # "92 members of parliament": a compound noun, one unit
        return f"{unit} {' '.join(fixed.group(0).split())}", end + fixed.end()
    if unit in ("dollars", "euros", "pounds", "percent"):
        return unit, end
    rate = RATE_AFTER.match(sentence[end:])
    if rate and unit not in STOP:  # "60 kilometres per hour", "2 litres per person": a rate
        return f"{unit} per {rate.group(1).lower()}", end + rate.end()
    flow = VOLUME_A_SECOND.match(sentence, end) if unit in VOLUME_UNITS else None
    if flow:  # "pumped 900 litres a second": a flow, which the volume alone misstates
        return f"{unit} per second", flow.end()
    speed = SPEED_AFTER.match(sentence[end:]) if unit in DISTANCE_UNITS else None
    if speed:  # "gusts of 90 kilometres an hour": a speed, not a distance
        return f"{unit} an hour", end + speed.end()
    if unit in CASUALTY_NOUNS and re.search(r"\b[Tt]he\s+[\d,.]+\s*$", sentence[:offset]):
        # "the 11 injured", "Eight of the 11 injured were children": people named by what befell them
        return ("people" if unit in PEOPLE_PARTICIPLES else unit), end
    if unit.endswith("ed") and unit not in NOUNS_IN_ED:
        return "", 0  # "20,000 attended": a verb, not what was counted
    if unit in IRREGULAR_PARTICIPLES and PARTICIPLE_PHRASE_AFTER.match(sentence, end):
        return "", 0  # "the record of 5,200 set in 2019": a participle without -ed, not what was counted
    if unit.endswith("ing") and len(unit) > 5:
        return "", 0  # "keep the 14 running": a participle, not what was counted
    if unit in VERBS_IN_S and (unit not in VERBS_OR_NOUNS or _figure_verb(sentence, offset, end)):
        return "", 0  # "The 212 million includes running costs": the figure's verb, not what it counts
    if unit in STANCE_OF and (not unit.endswith("s") or unit == "says"):
        return "", 0  # "seven said", "only four forecast a cut": the verb of a report, not what was counted
    if unit not in STOP and unit not in MODIFIERS and len(unit) > 1 and not unit.endswith("ly"):
        if word.group(1).strip() and not unit.endswith("s") and unit not in COLLECTIVE_HEADS | IRREGULAR_PLURALS:
            return "", -1  # "3 North Korean ..." followed by a verb-like word: not a unit
        listed = LISTED_NOUNS.match(sentence, end) if unit.endswith("s") and unit not in DURATION_UNITS else None
        if listed and all(_plural_noun(w) for w in re.findall(r"[a-z]+", listed.group(0)) if w != "and"):
            # "600 vets and contractors", "3.4 million hens, ducks and turkeys": one count of the things listed;
            # a figure of two things is named by its head, the first ("540 dams and embankments" counts dams)
            if "," not in listed.group(0) and DIGIT_FIGURE_BEFORE.search(sentence, 0, offset):
                return unit, listed.end()
            return unit + re.sub(r"\s+", " ", listed.group(0)), listed.end()
        return unit, end
    return "", 0


# A figure inside an "of" phrase whose head is one thing: "one of its two kilns closes", "The first of four flights
# leaves", "A fish of about 450 grams feeds", "of which 1.9 million talders comes". The verb after the plural takes
# an -s for that one thing, so the -s word is the verb, not the head of a compound ("40 arms shipments")
SINGULAR_OF_BEFORE = re.compile(
    r"(?:\b(?:[Oo]ne|[Ee]ach|[Ee]ither|[Nn]either|[Nn]one|[Ff]irst|[Ll]ast|[Ss]econd)|\b(?:[Aa]n?|[Tt]he)\s+[a-z]+(?<!s))"
    rf"\s+of\s+(?:(?:{OF_WHOLE_DETERMINERS}|[A-Za-z]+['’]s)\s+){{0,2}}(?:(?:{HEDGE})\s+)?"
    r"[\w.,]+(?:\s+(?:million|billion|thousand))?$"
    r"|\bof\s+which\s+[\w.,]+(?:\s+(?:million|billion|thousand))?$"
)
# What only a verb has after it, so the -s word before it is one: an object pronoun ("entitles you to"), or a short
# adverbial that ends the clause ("closes in March,", "leaves next spring.", "costs extra,"). A plural noun is
# followed by its own verb ("12 rights groups wrote", "40,000 benefits claimants in March alarmed"), and then the
# two plurals are a compound
VERB_WITH_ADVERBIAL_AFTER = re.compile(
    r"\s+(?:you|him|her|them|us|it|me)\b"
    r"|(?:\s+(?:in|on|at|from|by|for|to|into|until|before|after|during|within)"
    r"(?:\s+(?:the|a|an|its|their|our|his|her|this|next|last|each|every))?\s+[\w'’-]+"
    r"|\s+(?:next|last|this)\s+[a-z]+"
    r"|\s+(?:extra|early|late|later|soon|again|today|tomorrow|tonight|now|abroad|overseas|[a-z]{3,}ly))"
    r"(?=\s*(?:[,;.!?)\"”]|$))"
)
# ... or an object or a phrase of origin that opens on a determiner: "A fish of about 450 grams feeds one hungry adult",
# "of which 1.9 million talders comes from the national grant" (only in a singular "of" phrase, where the plural
# before it is the one thing's measure). A phrase of origin follows a noun as often as a verb ("A team of 14 customs
# officers from the port"), so it makes the -s word a verb only when that is a verb of where a thing comes from or
# goes (cues.VERBS_OF_ORIGIN_IN_S, none of them a noun as often: not "returns" or "transfers")
VERB_WITH_OBJECT_PHRASE_AFTER = re.compile(
    r"\s+(?P<origin>(?:from|into|for)\s+)?(?:the|a|an|one|its|their|our|his|her|this|that|every|each)\s+[a-z]"
)
# The time or place a participle phrase goes on with: "5,200 set in 2019"
PARTICIPLE_PHRASE_AFTER = re.compile(r"\s+(?:in|on|at|by|since|during|last|this|before|after)\b")
# A name (and a model number) between a modifier and the head noun: "two senior Reformist officials", "Two former
# Ferrovane site engineers", "eleven former Brightwater Forge staff", "four more Halberd 72 turboprop aircraft"; the
# head a plural in -s or a noun that counts people or things without one, the last noun of the phrase. A word that
# counts without an -s is the head only where no plural comes before it: after a plural it is the verb ("Five new
# Harrow volunteers staff the food bank", "Two local Kelby men police the estate": the volunteers, the men)
_NAMED_HEAD_NO_S = "|".join(sorted(COLLECTIVE_HEADS | IRREGULAR_PLURALS, key=lambda w: (-len(w), w)))
# a plural before it: in -s (not "bus", "glass", "crisis") or without one
_NAMED_PLURAL = rf"(?:[a-z][a-z-]*[a-hj-rtv-z]s|{_IRREGULAR})"
PROPER_NAME_THEN_HEAD = re.compile(
    r"(?:\s+[A-Z][\w'’-]*)+(?:\s+\d{1,3}[A-Za-z]?)?"
    rf"(?:\s+(?!(?:and|or|of|in|at|on)\b)(?!{_NAMED_PLURAL}\s+(?:{_NAMED_HEAD_NO_S})\b)[a-z][a-z-]*)?"
    rf"\s+([a-z][a-z-]*s|{_NAMED_HEAD_NO_S})\b"
)
# A product's name and model number after a count: " Air 5", " Nerova Lite 5"
MODEL_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*)+\s+\d{1,3}[A-Za-z]?\s")
# Verbs in -s that follow a figure spoken of as a whole ("The 73,000 includes", "the 9 million covers"), never a plural
VERBS_IN_S = {
    "includes", "excludes", "covers", "assumes", "represents", "reflects", "equals", "amounts", "compares",
    "contains", "seems", "sounds", "exceeds", "overstates", "understates", "ignores", "omits", "double-counts",
    "goes", "does", "stands", "holds", "remains",
}  # fmt: skip
# Of those, the ones that are as often plural nouns ("The fair will have 120 stands", "the ship's four holds"): a verb
# only after a figure pointed at as one given and before its clause's end or its complement ("the 2.8 million stands,")
VERBS_OR_NOUNS = {"stands", "holds", "remains"}
FIGURE_POINTED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)\s+[\d][\d,.]*(?:\s+(?:million|billion|thousand))?\s*$"
)
FIGURE_VERB_END = re.compile(r"\s*(?:[,.;:!?\"”’]|$)|\s+(?:at|as|by|firm|unchanged|true|good)\b")


def _figure_verb(sentence: str, offset: int, end: int) -> bool:
    """ "the 2.8 million stands,", "That 40,000 holds": the verb of a figure given before, not a plural it counts."""
    return (
        FIGURE_POINTED_BEFORE.search(sentence, 0, offset) is not None
        and FIGURE_VERB_END.match(sentence, end) is not None
    )


# Nouns that name a figure as a whole, the head of their phrase: "The 3 million figure leaves out rent" (its verb after)
FIGURE_HEADS = {"figure", "estimate"}
# Verbs in -s that are never a plural noun: "30 merks pays for a tree" is a sum and its verb, no compound
VERBS_NEVER_NOUNS = {"pays", "buys", "means", "gives", "gets", "brings"}
# A figure in digits right before a noun: "540 dams", "2.3 million shops"
DIGIT_FIGURE_BEFORE = re.compile(r"\d(?:\s?(?:million|billion|thousand|m|bn|k))?\s*$")
# The rest of a list of plural nouns a count's head begins: ", ducks and turkeys", " and joiners"; its last noun
# ends the noun phrase (a verb, a preposition or punctuation after it)
# (a comma before "and" only after a list's items: "sunk in three places, and boats have had to move" joins clauses)
LISTED_NOUNS = re.compile(
    r"(?:(?:,\s[a-z]{3,}){1,3},?)?\sand\s[a-z]{3,}(?=\s*[,.;:!?\"”)]|\s+(?:are|were|is|was|have|had|has|in|on|at|"
    r"from|for|with|set|across|along|near)\b)"
)


# A plural owner's apostrophe, then the noun it owns: "players' posts", "anglers’ clubs"
OWNED_AFTER_OWNERS = re.compile(r"['’]\s+([a-z][a-z-]*)\b")
# A singular owner's "'s", then the noun it owns: "coroner's officers", "driver’s licences"
SINGULAR_OWNER_AFTER = re.compile(r"(['’])s\s+([a-z][a-z-]*)\b(?!['’-])")
OPENING_SINGLE_QUOTE = re.compile(r"(?:^|[\s(\[])['‘](?=\w)")
CLOSING_SINGLE_QUOTE = re.compile(r"\w['’](?=[\s,.;:!?)])")
POSSESSIVE_MARK = re.compile(r"['’]s?\s")  # "glass", "analysis", "virus": a singular noun, though it ends in -s


def _in_single_quotes(sentence: str, end: int) -> bool:
    """
    "Staff said 'forty beds' closed", "at ‘two hospitals’ walked out": the mark at ``end`` closes a quotation opened
    earlier in the clause with no closing mark since, not a plural owner's apostrophe
    """
    start = max(sentence.rfind(mark, 0, end) for mark in ",;:")
    opened = list(OPENING_SINGLE_QUOTE.finditer(sentence, start + 1, end))
    return bool(opened) and not CLOSING_SINGLE_QUOTE.search(sentence, opened[-1].end(), end)


def _with_noun_modifiers(words: str, head: str) -> str:
    """
    A relational head with the words of its compound before it, less the modifiers any count takes ("23 crew
    members" -> crew members, "2,000 new union members" -> union members, "640 members" -> members; not "its
    smaller members", whose adjective compares).
    """
    # "three Ferrowby's cards": an owner's name is no part of the compound
    words = POSSESSIVE_MARK.split(words)[-1]
    kept = [
        w
        for w in _COMPOUND_WORDS.findall(words.lower())
        if w not in MODIFIERS | STOP | NUMBER_WORDS and not HYPHENED_ADJECTIVE.search(w)
    ]
    if not kept or any(w.endswith(("er", "est")) for w in kept[:-1]):  # "its smaller members": a comparison
        return head
    if not kept or kept[-1] != head.split()[-1]:
        return head
    return " ".join(kept)


SUBJECT_LEVEL_BEFORE = re.compile(
    # "..., while starts by housing associations rose slightly, to 4,150": a contrasting clause has a subject too, and
    # so has a clause joined on ("Gate receipts dropped, and paying visitors numbered 61,400")
    # "The observatory said earthquakes under the volcano had dropped to about 40": the reported clause's subject
    r"(?:^.*,\s+(?:while|whereas|and)\s+|^[^;:]*?\b(?:said|says|reported|reports|showed|shows|found|finds)\s+"
    r"(?:that\s+)?(?=[a-z])|^\W*(?:[A-Z][a-z]*(?:-[a-z]+)*\s+)?)"  # "E-book loans rose": a hyphenated modifier
    r"(?P<noun>[A-Za-z][a-z]+(?:-[a-z]+)*)\b(?P<between>[^.;:]{0,80}?)\s(?:(?:had|has|have)\s+)?"
    r"(?:rose|fell|climbed|dropped|increased|decreased|declined|grew|jumped|slipped|peaked|held(?:\s+(?:up|steady))?|"
    r"stood|stands?|reached|totalled|totaled|numbered|hit|(?:went|gone)\s+(?:up|down)|"
    # "Livestock entries were 2,870, down from 3,050": a plural subject's level told by the copula, when a change or a
    # comparison follows (LEVEL_COMPARED_AFTER)
    r"(?P<copula>were|are)|"
    # "Daily services will fall to 38 from 52", "Complaints have risen to 4,870": the level to come or reached
    r"(?:will|would|could|may|might|are\s+(?:expected|set|due)\s+to)\s+(?:fall|rise|drop|grow|climb|increase|decrease)|"
    r"risen|fallen|grown|climbed|dropped|doubled|halved|tripled|trebled|"
    # "Sunday services drop to four a day": a plural subject's level told in the present
    r"(?:drop|fall|rise|climb|grow)(?=\s+to\s)|"
    # "the inspection crews would be cut from six to four", "Daily sailings were reduced to 3": a passive revision
    rf"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:{_REVISED})"
    r"(?:\s+(?:up|down))?(?=\s+(?:from\s+[\w,.]+\s+)?to\s)|"
    # "Winter visitors to the lakes were estimated at 42,000": a passive estimate of the subject's level
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:estimated|put|reckoned)(?=\s+at\s))"
    r"(?:\s+from\s+[\w,.]+)?"
    # "Claims for jobseeker's allowance rose by 2,900 to 97,400", "fell 3 per cent to 4,080": the change, then the level
    # ... hedged, scaled, or set off by a comma ("have fallen by about 130,000, to 2.1 million")
    rf"(?:\s+(?:by\s+)?(?:(?:{HEDGE})\s+)?\d[\d,.]*?(?:\s+(?:million|billion|thousand))?"
    r"(?:\s*(?:per\s+cent|percent|%))?(?=,?\s+to\s))?"
    # "fell slightly, to 118", "nearly doubled, to 2,870", "rose for a fourth month in March, to 21,300": the level
    # after the change's manner or time; "Loans have fallen by about 130,000": the change, of the same count
    # ... but no clause of its own with its own level ("rose after the council cut the limit to 20": a conjunction
    # opens a clause; "rose for homes priced up to 300,000": a participle's bound)
    r"(?:\s+[a-z]+ly)?(?:\s+(?:for|in|over|during|last|this)\s+(?![^,.;:\d]{0,40}?\b(?:up|down|[a-z]{2,}ed)\b)"
    r"[^,.;:\d]{1,40}?)?,?"
    r"\s+(?:(?:at|to|(?P<by>by))\s+)?"
    r"(?:an?\s+(?:new\s+)?(?:record|all-time)\s+(?:(?:high|low)\s+of\s+)?)?"  # "rose to a record 1.46 million"
    rf"(?:(?:{HEDGE})\s+)?$"
)


# A figure among words, not a digit inside a word ("Deaths among under-25s fell": no figure before the level)
FIGURE_IN_WORDS = re.compile(r"(?<![\w-])\d")
YEAR_IN_WORDS = re.compile(r"\b(?:in|since|from|of|by|until)\s+(?:19|20)\d\d\b(?![,.]?\d)")


def _plural_head_of_subject(between: str) -> tuple[str, str] | None:
    """
    "average weekly opening hours fell to 31.5": a subject whose first word is a modifier is counted by the plural
    noun that ends the subject, when the subject is nothing but such words ("Spending on books fell", "The rest comes
    from reserves, and our reserves stood" count no books and no "comes"). ``between`` is what follows its first word.
    """
    run = re.fullmatch(r"(?:\s+[a-z][a-z-]*){1,3}", between)
    if not run:
        return None
    words = run.group(0).split()
    if any(w in STOP for w in words) or not _plural_noun(words[-1]):
        return None
    return words[-1], ""


def _counted_noun(noun: str, skip: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a noun a figure counts names what may be counted again: a plural ("wards", "people"), not a duration,
    a fraction ("thirds") nor one of ``skip``."""
    return (_plural_noun(noun) or noun in PLURAL_WITHOUT_S) and noun not in DURATION_UNITS | FRACTION_PLURALS | skip


def _last_counted_in_words(text: str, skip: set[str] | frozenset[str] = frozenset()) -> str:
    """The plural noun the text last counted ("four wards", "6,800 people"), not a duration nor a sum, or ""."""
    told = COUNTED_IN_WORDS.findall(text)
    return next((n for n in reversed(told) if _counted_noun(n, skip)), "")


OTHERS_AFTER = re.compile(r"\s+others\b")
# "of the ten in the tower", "of the last ten.": a whole in words with no noun after it
# "of the second batch", "of the second run": "second" ranks the noun after it, no unit of time
ORDINAL_SECOND_AFTER = re.compile(r"second\s+(?!(?:of|a|an|the|and|or|to|in|on|at|for|per)\b)[a-z]")
WHOLE_IN_WORDS_ALONE = re.compile(
    r"\s+of\s+(?:the|its|their|our|his|her|my|those|these)\s+(?:(?:past|last|next|first|previous|final)\s+)?"
    rf"(?P<whole>{SMALL_NUMBER_WORDS})\b"
    r"(?=\s*(?:[.,;:!?\"”)]|$)|\s+(?:in|on|at|who|that|which|were|was|are|is|had|have|has)\b)"
)
# "11 counts of bribery and two of", "40 tonnes of wheat and six of": the end of one figure's "of" phrase, then "and"
LISTED_KIND_BEFORE = re.compile(r"\w\s+of\s+[^,.;:\d]{1,60}?\s+and\s+$")
# "11 counts of bribery and one count of misconduct": one more of the unit just counted, of another kind
ONE_MORE_OF_KIND = re.compile(r"\band\s+(?P<one>one)\s+(?P<noun>[a-z]{3,})\s+of\b")
ONE_SEAT_MARGIN = re.compile(
    r",\s+(?P<margin>an?\s+(?:working\s+|overall\s+)?majority\s+of\s+one|one\s+short\s+of\s+an?\s+(?:working\s+|overall\s+)?"
    r"majority)\b(?!\s+[a-z])"
)
# "one sponsor", "One infected person", "a single new case": one of a kind, a describing participle or adjective aside
ONE_OF_A_KIND = re.compile(r"\b(?:[Oo]ne|[Aa]\s+single)\s+(?:(?:[a-z]+ed|new|more)\s+)?([a-z]+)\b")
# A sentence's singular subject, then its verb: "The request would be considered alongside about 40 others"
SINGULAR_SUBJECT_OPENING = re.compile(
    r"^\W*(?:The|This|That|Its|Their|Our|His|Her|Each|Every)\s+(?:[a-z][a-z-]*\s+)?(?P<noun>[a-z]{3,})(?<!s)\s+"
    r"(?:would|will|was|is|has|had|could|can|may|might|must|should)\b"
)


def _kind_counted_before(before: str, earlier: Sequence[Figure], context_before: str = "") -> str:
    """What the sentence counted before "N others": its last figure's count, else a count in words ("four
    workers", "one sponsor"), the last one; else the kind its singular subject names ("The request would be
    considered alongside about 40 others"); else what the sentence before in the paragraph counted last ("19 people
    have been taken to hospital. Around 40 others were treated at the scene")."""
    # "lost one sponsor ... and two others": more of the kind one of was counted, in the plural
    counts = [
        IRREGULAR_PLURAL_OF.get(f.unit, f.unit + "s") if f.value == 1 and f.unit.isalpha() else f.unit
        for f in earlier
        if f.unit not in SHARE_UNITS | DURATION_UNITS | CURRENCY_UNITS | {"times"}
    ]
    told = [(n.start(), n.group(1)) for n in COUNTED_IN_WORDS.finditer(before) if _plural_noun(n.group(1))]
    told += [(n.start(), IRREGULAR_PLURAL_OF.get(n.group(1), n.group(1) + "s")) for n in ONE_OF_A_KIND.finditer(before)]
    told = [(at, noun) for at, noun in told if noun not in DURATION_UNITS and noun.rstrip("s") not in STOP]
    if counts:
        return counts[-1]
    if told:
        return max(told)[1]
    subject = SINGULAR_SUBJECT_OPENING.match(before)
    if subject and subject.group("noun") not in STOP:
        return IRREGULAR_PLURAL_OF.get(subject.group("noun"), subject.group("noun") + "s")
    paragraph = context_before.rsplit("\n", 1)[-1].strip()
    return _last_counted_in_words(SENTENCE_END.split(paragraph)[-1]) if paragraph else ""


def _whole_counted_before(whole: str, text_before: str) -> str:
    """
    What a whole given in words with no noun ("three of the four") counts: the plural noun ``text_before`` last
    counted by that same number, in words or digits ("The four schools", "wants to close 4 schools"), or "".
    """
    value = parse_number(whole)
    if value is None:
        return ""
    told = [
        n.group(1)
        for n in COUNTED_IN_WORDS.finditer(text_before.lower())
        if parse_number(n.group(0).split()[0]) == value and _counted_noun(n.group(1))
    ]
    return told[-1] if told else ""


# A body of people named in the singular, with or without its count: "hired new staff", "120 staff"
STAFF_NAMED = re.compile(
    rf"\b(?P<count>(?:\d[\d,.]*|{SMALL_NUMBER_WORDS})\s+(?:[a-z-]+\s+)?)?(?:staff|personnel|crew)\b", re.IGNORECASE
)


# Plurals of the nouns a population is named by: "the barnacle goose population" counts geese
IRREGULAR_PLURAL_OF = {"goose": "geese", "mouse": "mice", "person": "people", "child": "children", "man": "men",
                       "woman": "women", "sheep": "sheep", "deer": "deer", "fish": "fish"}  # fmt: skip


# The plural noun a relative clause "N of which" hangs on, right before its comma: "nearby schools, "
OF_WHICH_AFTER_NOUN = re.compile(r"\b([a-z]+s),\s+$")
# "two of them children", "three of whom nurses": the kind of the part, which ends its clause
OF_THEM_KIND_AFTER = re.compile(r"\s+of\s+(?:them|whom)\s+([a-z]+)(?=\s*(?:[.,;:!?\"”)]|$))")
# "four wards", "12 new wards": a count and the plural noun it names
COUNTED_IN_WORDS = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\s+(?:[a-z-]+\s+)?"
    r"([a-z]+s|people|children|men|women)\b"
)
# The same, taking the noun right after the count first: "12 libraries across the county's towns" counts libraries,
# not "across"
COUNTED_NEAREST = re.compile(COUNTED_IN_WORDS.pattern.replace(r"(?:[a-z-]+\s+)?", r"(?:[a-z-]+\s+)??", 1))
HELD_POPULATIONS = {"prison": "prisoners", "jail": "prisoners", "remand": "prisoners", "detention": "detainees"}


def _population_unit(before: str, text: str) -> str:
    """
    The members of a population named by a noun ("the prison population" -> prisoners, "the goose population" ->
    geese) when the article counts them under that name; else people.
    """
    modifier = re.search(r"\b([a-z]+)\s+$", before)
    if modifier and modifier.group(1) in HELD_POPULATIONS:
        return HELD_POPULATIONS[modifier.group(1)]  # "the prison population": the prisoners, never the prisons
    if modifier and modifier.group(1) not in STOP and modifier.group(1) not in MODIFIERS:
        word = modifier.group(1)
        for plural in (IRREGULAR_PLURAL_OF.get(word, word + "s"), word + "ers"):  # a goose, a prisoner
            if re.search(rf"\b{plural}\b", text):
                return plural
    return "people"


# "two thirds of them", "three quarters": the parts a fraction names, never the things "of them" counts
FRACTION_PLURALS = {"halves", "thirds", "quarters", "fifths", "sixths", "eighths", "tenths"}
PRONOUN_ANTECEDENT_SKIP = {"others", "officials", "ones", "days", "years"} | FRACTION_PLURALS
PLURAL_WITHOUT_S = {"people", "children", "men", "women"}  # never the modifier of a compound noun
# The end of a sentence within a paragraph, a closing quotation mark and all
SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")


NAME_GOES_ON = re.compile(r"\s+[A-Z]")
# a transcript's speaker label in capitals ("HALVORSEN: ", "JENS HALVORSEN: ") before a sentence's first word
SPEAKER_LABEL_ONLY = re.compile(r"\W*(?:[A-Z][A-Z.'-]*\s+)*[A-Z][A-Z.'-]+:\W*")


def _proper_name(text: str, word: re.Match) -> bool:
    """A capitalised word inside the sentence, or one that opens it and a capitalised word follows ("Jonas Fenn")."""
    if not word.group(1)[0].isupper():
        return False
    opening = text[: word.start()]
    inside = bool(re.search(r"[A-Za-z]", opening)) and not SPEAKER_LABEL_ONLY.fullmatch(opening)
    return inside or bool(NAME_GOES_ON.match(text, word.end()))


# A quotation opened in the sentence and not closed before the pronoun
QUOTATION_OPENED = re.compile(r"(?:^|[\s(:])[\"“](?=[A-Z])(?!.*[\"”])")
# A pronoun that is the subject of the verb after it
SUBJECT_PRONOUN_BEFORE = re.compile(r"\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]his|[Ww]hich)\s+$")


def _plural_antecedent(before: str, context_before: str) -> str:
    """
    The plural noun a pronoun ("of them") stands for: the first of its sentence before any reporting verb, else
    the first of the sentence before in the same paragraph ("We had students on sofas. We counted 85 of them").
    """
    paragraph = context_before.rsplit("\n", 1)[-1]
    earlier_sentences = SENTENCE_END.split(paragraph.strip())[::-1] if paragraph.strip() else []
    quoted = QUOTATION_OPENED.search(before)
    # 'arriving at party headquarters: "We have won seats ..., more than a dozen of them"': a pronoun in a
    # quotation stands for what the quoted words named, not for the reporter's words that lead into them
    texts = [before[quoted.end() :], before] if quoted else [before]
    texts += earlier_sentences[:3]
    own_sentence = 2 if quoted else 1
    for i, text in enumerate(texts):
        took_up_them = False
        # "One company owns 37 of them": the verb right before the figure is no noun the pronoun stands for
        last = len(text.rstrip()) if i < own_sentence else -1
        for word in re.finditer(r"\b([A-Za-z][a-z-]+)\b(?![’'])", text):
            noun = word.group(1).lower()
            if word.end() == last:
                break
            if _proper_name(text, word):
                continue  # "Jonas Fenn said ...", "in Hastings": a name, not a plural noun a pronoun stands for
            if noun in STANCE_OF:
                if i >= own_sentence:
                    # "An officer said most of the homes were owned by a few landlords. One owns 37 of them": the
                    # sentence before reported what it told of; the reporter named no such thing
                    continue
                break  # "The bank said names ... were taken for 410,000 of them": what was said, not a subject
            if SUBJECT_PRONOUN_BEFORE.search(text, max(0, word.start() - 8), word.start()):
                continue  # "It puts about 4,000 people in hospital": a verb after its pronoun, not a plural noun
            if noun == "them" and i >= own_sentence:
                # "143 patients. About two thirds of them are children. We see 38 of them.": a sentence that took
                # up "them" itself stands for what the one before it named
                took_up_them = True
                break
            if noun in PLURAL_WITHOUT_S:
                return noun
            if _plural_noun(noun) and noun not in DURATION_UNITS and noun not in PRONOUN_ANTECEDENT_SKIP:
                return noun
        if i >= own_sentence and not took_up_them:
            # only the sentence right before, or past those that took up "them" themselves; with no plural there, the
            # singular its "every" ranges over ("Every pensioner household is meant to get one. Thousands are still
            # waiting": households)
            return _every_member(text)
    return ""


# "every laundry worker who", "Each helicopter flight costs", "every care home place in": a singular that ranges over
# a set, its modifiers before it, and the words after it
EVERY_MEMBER = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})")
# "head of cattle": the animals counted by the head; not "3,910 head of all stock", where no animal follows "of"
LIVESTOCK_AFTER = re.compile(r"\s+of\s+(?!(?:all|the|its|their|these|those|which|them)\b)([a-z]+)\b")
# A verb of cost or payment and what it paid, up to its figure: "costs us about 2,600", "spent nearly"
PAID_BEFORE = re.compile(
    r"\b(?:costs?|costing|spends?|spent|paid|pays?|paying)\s+(?:(?:us|them|him|her|me|it)\s+)?"
    rf"(?:(?:{HEDGE}|just|only)\s+)?$",
    re.IGNORECASE,
)


# A verb that takes a sum for its object, besides those of cost and payment, up to a bare figure: what is earned,
# charged, owed or fetched ("he earned 31,000 a year", "charges you 1.20 every time", "could fetch 3,000")
SUM_VERB_BEFORE = re.compile(
    r"\b(?:earn|earns|earned|earning|charges?|charged|charging|owes?|owed|owing|fetch|fetches|fetched|fetching)\s+"
    rf"(?:(?:us|them|him|her|me|you|it)\s+)?(?:(?:{HEDGE}|just|only)\s+)?$",
    re.IGNORECASE,
)


# A noun of payment and "of" before a bare figure: "a Penalty Charge of 80.00", "a deposit of 20", "a fine of about 60"
SUM_OF_BEFORE = re.compile(
    r"\b(?i:fee|fine|charge|price|fare|deposit|grant|bonus|payout|payment|levy|rent|excess|premium|bill|salary|wage|"
    rf"rebate|refund|subsidy|allowance|donation|dividend|income)\s+of\s+(?:(?:{HEDGE}|just|only)\s+)?$"
)
# What a figure to the hundredth measures when it is no sum: a rating, a score, a ratio, a multiple, a clock time
# ("the minimum rating for drivers is 4.60": the measure's word anywhere in the clause before; "at 6.30": the time's
# preposition right before)
NOT_MONEY_BEFORE = re.compile(
    r"\b(?:ratings?|rated|scores?|scored|stars?|ratio|index|multiplier|grade|marks?|odds|average|magnitude|"
    r"version)\b[^.;:!?\d]{0,40}$"
    r"|\b(?:at|by|until|till|before|after|from|between|since|opens?|closes?|times?)\s+(?:[a-z]+\s+)?$"
    # "on the 10.15 from Pellingford", "It's 8.14, and here's the travel": a service or the hour, by its clock time
    r"|\b(?:the|it['’]s|it\s+is)\s+$",
    re.IGNORECASE,
)


# What a sum is charged by, after it: "3.60 a night", "2.10 a kilometre", "4.20 per person"
RATE_OF_SUM_AFTER = re.compile(
    r"\s+(?:a|an|per|each)\s+(?:day|night|week|month|year|hour|head|person|passenger|trip|ride|journey|kilometre|"
    r"kilometer|mile)\b"
)
# A word of payment in the clause before a figure to the hundredth, which makes it a sum: a verb of paying, asking,
# buying or selling ("We asked for 4.00", "sells them for 2.40"), a noun of a price or a charge ("the fare went up to
# 3.60", "a seat in the stalls is now 12.50", a label's colon after it: "per departure with a fare: 1.20"), or a price
# written with its sign ("£3.20 for adults and 1.60 for children"); not a time, a mark, a rate or a measure, which no
# such word governs ("Kick-off is 7.45", "cleared 2.35", "the yield rose to 4.52", "weighed 3.50")
MONEY_GOVERNS_BEFORE = re.compile(
    r"(?:\b(?:pa(?:y|ys|id|ying)|cost(?:s|ing)?|charg(?:e|es|ed|ing)|spen(?:d|ds|t|ding)|ask(?:s|ed|ing)?\s+for|"
    r"sel(?:l|ls|ling)|sold|bu(?:y|ys|ying)|bought|afford|owe[ds]?|owing|fetch(?:es|ed)?|"
    r"fares?|fees?|prices?|priced|fines?|tolls?|tariffs?|rents?|bills?|deposits?|refunds?|rebates?|grants?|bonus|"
    r"payouts?|premiums?|levy|subsid(?:y|ies)|wages?|salar(?:y|ies)|allowances?|tickets?|seats?|tips?|"
    r"surcharges?|excess|budget)\b[^.;:!?\d$£€¥]{0,40}(?::\s+)?"
    r"|[$£€¥]\s?\d[\d,]*(?:\.\d\d)?\b[^.;:!?\d$£€¥]{0,30})$",
    re.IGNORECASE,
)


def _written_as_money(sentence: str, m: re.Match, after: str) -> bool:
    """
    Whether the bare figure at ``m`` is written as money is: to the hundredth ("3.60", "4.00", not "2.5" nor "52.5"),
    nothing named after it, a word of payment governing it (charged by the night or the head after it: "up to 3.60 a
    night"; a verb or noun of payment, or a price with its sign, in its clause before it: "We asked for 4.00") and no
    word of a rating, a score, a multiple or a clock time before it ("a minimum rating of 4.60", "opens at 6.30"). A
    figure to the hundredth on its own is no sum: clock times, race times, marks, rates and measures are written so too.
    """
    if m.group("scale") or not PRICE_WRITTEN.fullmatch(m.group("num")) or "|" in sentence:
        return False  # (a table's cells take their unit from its header: ingest.tables)
    charged_by = RATE_OF_SUM_AFTER.match(after)
    if not NOTHING_NAMED_AFTER.match(after) and not charged_by:
        return False
    if re.match(r"\s*(?:[ap]\.?m\b|hrs\b|h\b|x\b|%)", after, re.IGNORECASE):
        return False
    if NOT_MONEY_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) is not None:
        return False
    return bool(charged_by) or MONEY_GOVERNS_BEFORE.search(sentence, max(0, m.start() - 60), m.start()) is not None


# What follows the people a verb of charging governs, charged with an offence: "charged 2 in connection with", "charged
# 3 over the fire", "charged 4 with affray"
CHARGED_WITH_AFTER = re.compile(r"\s+(?:in\s+connection\s+with|with|over|after|following)\b")


def _sum_written_in(unit: str, text: str) -> bool:
    """Whether ``text`` writes a figure in ``unit``'s own word ("paid 41 saldins"), not only its sign ("£20")."""
    return re.search(rf"\d\s+{re.escape(unit)}\b", text) is not None


# A verb of getting before a sum got back: "he got 800 back", "we only get 40 back"
GOT_BACK_BEFORE = re.compile(
    rf"\b(?:got|get|gets|getting|received?)\s+(?:(?:us|them|him|her|me)\s+)?(?:(?:{HEDGE}|just|only)\s+)?$",
    re.IGNORECASE,
)


def _every_member(text: str) -> str:
    """
    The plural of the last singular that "every" or "each" ranges over in ``text`` ("every laundry worker who",
    "every care home place in the county", "Each helicopter flight costs"): the word before the first function word
    or word in -s (a verb, mostly) after it, or "" when none ends the phrase within four words.
    """
    for found in reversed(list(EVERY_MEMBER.finditer(text))):
        words = found.group(1).split()
        cut = next((i for i, word in enumerate(words) if word in STOP or word.endswith("s")), None)
        if cut is None and len(words) < 4:
            cut = len(words)  # "every worker." ends at a stop
        noun = words[cut - 1] if cut else ""
        if noun and noun not in STOP and not ADJECTIVE_ENDING.search(noun):
            plural = IRREGULAR_PLURAL_OF.get(noun, noun + "s")
            return "" if plural in DURATION_UNITS | PRONOUN_ANTECEDENT_SKIP else plural  # not "each year"
    return ""


def _sum_paid(sentence: str, figure: Figure) -> bool:
    """Whether a verb of cost or payment governs ``figure`` ("costs us 2,600 sorrins"): a sum, whatever its unit."""
    return bool(PAID_BEFORE.search(sentence, max(0, figure.span[0] - 40), figure.span[0]))


# A plural the count "N of them" is set off beside, a comma between: "all volunteers, about 900 of them"
OF_THEM_APPOSED_BEFORE = re.compile(
    rf"\b([a-z][a-z-]*[a-z]s)\s*,\s*(?:(?:{_QUALIFIER_WORDS}|perhaps|maybe|possibly)\s+)?$"
)


def _of_them_antecedent(
    sentence: str, m: re.Match, context_before: str, earlier: Sequence[Figure], paragraph_unit: str, skip: set[str]
) -> str:
    """
    What "N of them" counts: what the sentence counted last; but never a share (nor a unit in ``skip``), and in a
    paragraph that has counted nothing yet, the plural noun the pronoun stands for ("the cables ... 96 of them").
    """
    # "Each helicopter flight costs us about 2,600 sorrins, and we need 14 of them": never the sum a verb of cost paid
    # nor a measure hyphened to a noun ("40 fallen trees on the 12-kilometre stretch, three of them blocking": trees)
    counted = [
        f.unit
        for f in earlier
        if f.unit not in SHARE_UNITS | skip and not _sum_paid(sentence, f) and not _hyphenated(sentence, f)
    ]
    paragraph = context_before.rsplit("\n", 1)[-1].strip()
    previous = SENTENCE_END.split(paragraph)[-1] if paragraph else ""
    member = "" if counted else _every_member(sentence[: m.start()]) or _every_member(previous)
    if member:
        # "interview every laundry worker who wanted to transfer. 'We expect to take on at least 20 of them'": the
        # members of the set "every" or "each" ranged over, in the plural
        return member
    apposed = OF_THEM_APPOSED_BEFORE.search(sentence, 0, m.start()) if not counted else None
    if apposed and _plural_noun(apposed.group(1)) and apposed.group(1) not in DURATION_UNITS | skip:
        return apposed.group(1)  # "the smaller colleges, perhaps six of them": the plural the count is set beside
    paragraph_count = paragraph_unit if paragraph_unit not in SHARE_UNITS | skip else ""
    # "spread across four wards, and two of them had been closed": the things the sentence counted, even where
    # that count was no claim of its own
    told_noun = _last_counted_in_words(sentence[: m.start()], skip) if not counted else ""
    if not (counted or told_noun):
        # "We were promised extra posts and we have filled nine of them", "more school groups than ever, nearly 300 of
        # them": a plural that closes an earlier clause of the sentence is what the pronoun stands for, before what
        # the paragraph or the question before it counted ("has funded 14 extra coroners")
        told_noun = _plural_closing_clause(sentence[: m.start()], skip)
    if not (counted or told_noun or paragraph_count):
        # "We analysed the records for all 212 districts. In 31 of them ...": the sentence before counted them,
        # though its count was the evidence, no claim
        told_noun = _last_counted_in_words(previous, skip)
    return (counted[-1] if counted else told_noun or paragraph_count) or _plural_antecedent(
        sentence[: m.start()], context_before
    )


# A noun that closes a clause, a clause with a subject of its own or a comparison with no clause after it: "extra posts
# and we", "more school groups than ever", "more letters than anything" (not "fewer nurses than it needs")
NOUN_CLOSING_CLAUSE = re.compile(
    r"\b([a-z][a-z-]*[a-z])(?=\s*,?\s+(?:and|but|so)\s+(?:I|we|they|you|he|she)\b"
    r"|\s+than\s+(?:ever|before|expected|usual|planned|last|anything|any|anyone|anybody)\b)"
)
# ... unless a list or a preposition leads into its phrase: "for motors and batteries, and we", "walked out over pay
# cuts and they"
NOUN_PHRASE_LEADS = {
    "and", "or", "of", "for", "with", "from", "in", "on", "at", "by", "to", "about", "against", "into", "under",
    "after", "over", "before", "during", "since", "until", "through", "across", "among", "between", "without",
    "towards", "toward", "despite", "amid", "behind", "beyond", "within", "onto", "upon", "like",
}  # fmt: skip


def _plural_closing_clause(before: str, skip: set[str]) -> str:
    """
    The last plural noun in ``before`` that closes a clause of its own ("We were promised extra posts and we ..."),
    or "": none in a list or after a preposition ("a score of suppliers for motors and batteries, and we ...").
    """
    for found in reversed(list(NOUN_CLOSING_CLAUSE.finditer(before))):
        noun = found.group(1)
        if not (_plural_noun(noun) or noun in PLURAL_WITHOUT_S):
            continue
        if noun in DURATION_UNITS | PRONOUN_ANTECEDENT_SKIP | skip:
            continue
        lead = before[max(0, found.start() - 30) : found.start()].split()[-3:]
        if not set(lead) & NOUN_PHRASE_LEADS:
            return noun
    return ""


# A group that a clause says something was done to, in the passive: "workers had been told", "staff were fined",
# "staff have been told" (not "complaints have increased", a change it made)
GROUP_DONE_TO = re.compile(
    r"\b([a-z]{3,}s|staff)\s+(?:were|are|was|is|(?:had|have|has)\s+been)\s+(?:[a-z]+ed|told|given|paid|hit|cut|made)\b"
)
_PEOPLE_HEAD = re.compile(ANONYMOUS_HEADS)


# One person the page describes by a singular noun and a "who" clause, as it describes one who speaks unnamed: "a porter
# on the night shift at St Aldric's, who", "a nurse at the hospital, who"
WHO_DESCRIBED = re.compile(
    r"\b[Aa]n?\s+([a-z]{3,}(?<!s))(?:\s+(?:on|at|in|from|for|of|with)\s+(?:(?!\b[Aa]n?\s)[^,.;:\"“”]){1,50})?,\s+who\b"
)


def _group_of_us(before: str, context_before: str) -> str:
    """
    Who "us" is in "N of us": the group the sentence, else the sentence before in the paragraph, told something was
    done to ("said workers had been told the site was safe. 'Management told 200 of us'", "said staff were fined
    too, 'dozens of us every month'"), else the kind of the one the paragraph describes with a "who" clause, or ""
    (the pronoun count is in the unit the pronoun stands for, tests/ingest_labelling.md, session 25).
    """
    paragraph = context_before.rsplit("\n", 1)[-1].strip()
    for text in (before, SENTENCE_END.split(paragraph)[-1] if paragraph else ""):
        groups = [
            group
            for group in GROUP_DONE_TO.findall(text)
            # people, as "us" is: "workers", "nurses" (not "complaints were rejected")
            if group in SOURCE_NOUNS | COLLECTIVE_PEOPLE or _PEOPLE_HEAD.fullmatch(group)
        ]
        if groups:
            return groups[-1]
    described = WHO_DESCRIBED.findall(paragraph + " " + before)
    if described:  # "A porter on the night shift, who asked not to be named ... 'four of us'": porters
        one = described[-1].lower()
        return IRREGULAR_PLURAL_OF.get(one, one + "s")
    return ""


# "universities and colleges.", "soldiers and civilians, the council said": a second plural noun that ends the phrase
# (not "jobs and shareholders were told", a clause of its own; nor "schools and nursery places", a compound after it)
LOWER_WORD = re.compile(r"\b[a-z]")
COORDINATED_PLURAL = re.compile(
    r"\s+and\s+([a-z]{3,}s)\b(?=\s*(?:[.,;:!?\"”)]|$|\s+(?:in|at|on|across|from|for|with|by|near|around|last|this|since)\b))"
)
# A speech clause inserted in a clause that goes on after it: ", the owner said, at a loss"
SPEECH_INSERTED_AFTER = re.compile(r",\s+(?:[\w'’-]+\s+){1,4}(?:said|says|added|adds|told\s+[\w'’-]+),\s+[a-z]")


def _coordinated_plural(sentence: str, end: int) -> re.Match | None:
    """The second plural noun of two counted together ("22 cafes and bars"), or None."""
    both = COORDINATED_PLURAL.match(sentence, end)
    second = both.group(1) if both else ""
    # a short word in -s before a preposition is as often a verb of a clause of its own ("38 volunteers and runs on
    # donations"); before punctuation it ends the noun phrase ("22 cafes and bars.")
    # nor before a speech clause set in the middle of its own ("80 people and runs, the owner said, at a loss")
    short_verb = bool(
        both
        and len(second) <= 4
        and (not CLAUSE_END_AFTER.match(sentence, both.end()) or SPEECH_INSERTED_AFTER.match(sentence, both.end()))
    )
    if both and _plural_noun(second) and second not in DURATION_UNITS | PRONOUN_ANTECEDENT_SKIP | VERBS_IN_S:
        return None if short_verb else both
    return None


def _plural_noun(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")) and word not in STOP and len(word) > 3


# "N-mile", "N-seat": a compound adjective of a measure or a capacity (not of time, not "-year-old")
HYPHENATED_MEASURE = re.compile(
    r"-(mile|kilometre|kilometer|km|metre|meter|foot|feet|seat|bed|place|tonne|ton|acre|hectare|storey|story|room|"
    r"litre|liter|megawatt|MW|gigawatt|GW)(?=\s+[A-Za-z])"
)
# "-strong team of advisers", "-strong working group": a group named by its size, counted in what it is of, else
# in members
GROUP_OF_STRENGTH = re.compile(
    r"-strong\s+(?:(?:(?!of\b)[a-z-]+\s+){1,3}of\s+(?P<members>people|men|women|children|[a-z]+s)\b|[a-z-]+)"
)
# "has a staff of 46", "The crew of 19 were held", "out of a workforce of about 4,300": a body of people sized by the
# figure after "of", whose members it counts; right after its determiner, since a modified one ("a weekday crew of
# 12", "the winter crew") may be named for the trade of its members
BODY_OF_MEMBERS_BEFORE = re.compile(
    rf"(?:^\W*|\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Yy]our)\s+)"
    rf"(?P<body>[Ss]taff|[Cc]rew|[Ww]orkforce)\s+of\s+(?:(?:{HEDGE})\s+)?$"
)
BODY_MEMBERS = {"staff": "staff", "crew": "crew", "workforce": "workers"}
BODY_UNITS = set(BODY_MEMBERS.values())
HYPHENATED_WORD = re.compile(r"-([a-z]+)(?=\s+[a-z])")
SINGULAR_WORD_BEFORE_NOUN = re.compile(r"\s([a-z]+)(?<!s)(?=\s+[a-z]{3,})")
# A sum the noun after a unit names: "a 2,000 thalen bonus", "a 40 sorrin fee" (in a unit the article counts in)
SUM_NOUN_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(SUM_NOUNS))})\b(?!-)")


def _hyphenated_known_unit(after: str, known_units: Mapping[Decimal, str] | None) -> tuple[str, int] | None:
    """
    "a 5,000-lunet grant", "a 40-euro fine": a figure joined to a unit word is a measure of the noun after it, in
    the unit the singular names when the article has counted in that unit already (a currency, mostly), or in a
    currency everyone knows.
    """
    word = HYPHENATED_WORD.match(after)
    counted = set((known_units or {}).values()) | CURRENCY_UNITS
    if not word:
        # "a 500 merk grant": the same without the hyphen, only for a sum in a currency the article counts in
        word = SINGULAR_WORD_BEFORE_NOUN.match(after)
        sum_named = word and (SUM_NOUN_AFTER.match(after, word.end()) or word.group(1) + "s" in CURRENCY_UNITS)
        if not word or word.group(1) + "s" not in (counted if sum_named else _sum_units(known_units, ())):
            return None
    unit = word.group(1) + "s"
    if unit in counted and unit not in DURATION_UNITS:
        return unit, word.end()
    return None


ROOMS_OF_A_HOME = {"room", "bed", "storey", "story"}
MEASURE_PLURALS = {"km": "kilometres", "feet": "feet", "foot": "feet", "story": "storeys", "mw": "megawatts",
                   "gw": "gigawatts", "kilometer": "kilometres", "meter": "metres", "liter": "litres"}  # fmt: skip
CONCENTRATION_UNITS = {"milligrams", "micrograms", "grams", "nanograms", "parts", "particles", "cells", "becquerels"}
# "per litre" after a concentration, or after what it measures: "12 milligrams of nitrate per litre"
PER_MEASURE = re.compile(
    r"(?:\s+of\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)?"
    # "380 parts per billion": a fraction of a whole, named with its scale (not "per million crowns", a noun's scale)
    r"\s+per\s+(litre|liter|cubic metre|cubic meter|kilogram|millilitre|milliliter|tonne|"
    r"(?:million|billion|trillion)(?!\s+(?!of\b)[a-z]))\b",
    re.I,
)
SHARE_UNITS = {"percent", "percentage points"}
CURRENCY_UNITS = set(CURRENCIES.values())
FIXED_OF_COMPOUND = re.compile(r"\s+of\s+(?:parliament|congress|the\s+public|staff|the\s+house|the\s+assembly)\b")
# A verb in -s with its object after it: "includes people", "covers the", "means 40".
VERB_WITH_OBJECT_AFTER = re.compile(
    r"\s+[a-z]+s\s+(?:the|a(?!\s+(?:year|day|week|month|night|time)\b)|an|people|more|all|some|many|those|these|its|"
    r"their|his|her|only|about|around|us|that|\d|[a-z]+ing)\b"
)
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "hundreds", "thousands", "millions", "billions"}
COMPOUND_UNIT = re.compile(
    r"\s+(?:cubic|square)\s+(?:metres|meters|kilometres|kilometers|miles|feet|yards|centimetres|centimeters)\b"
    r"|\s?(?:km/h|kph|mph|km\s+per\s+hour|kilometres\s+per\s+hour|kilometers\s+per\s+hour|miles\s+per\s+hour)\b"
    r"|\s+(?:cubic|square)\s+(?:metre|meter|kilometre|kilometer|mile|foot|yard)\b"
    r"|\s+nautical\s+miles\b",  # "22 nautical miles": a measure of its own, not a mile
    re.IGNORECASE,
)
SPEED_UNITS = {"kph": "km/h", "km per hour": "km/h"}
# A volume per unit of time after it: "released 9 cubic metres a second", "pumping 40 cubic metres per hour"
FLOW_AFTER = re.compile(r"\s+((?:a|an|per)\s+(?:second|minute|hour))\b", re.IGNORECASE)
# The plural subject of a change: "Building permits, a guide to future construction, dropped"
CHANGED_SUBJECT = re.compile(
    r"\b([a-z]+s|people|membership|workforce|headcount|employment)\b(?:,[^,]*,)?"
    # "Applications for modern languages degrees dropped", "Overnight stays at the glacier fell": the head, not the
    # noun of the phrase after it
    r"(?:\s+(?:for|of|at|in|on|to|among|between)\s+(?:(?:the|its|their|our)\s+)?(?:[\w-]+\s+){0,5}?[\w-]+)?"
    r"\s+(?:\w+\s+)?(?:rose|fell|dropped|climbed|increased|decreased|declined|grew|"
    r"jumped|slipped|plunged|surged|gained|shrank|slid|soared|tumbled|went\s+up|went\s+down)\s+(?:by\s+)?"
    r"(?:about\s+|roughly\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


# A noun that measures an amount and counts nothing: "its growth forecast", "its housing target", "its inflation
# estimate" are not forecasts of growths or housings
_MASS_NOUN = (
    r"(?:[a-z]+(?:ing|th|ment|ness)|inflation|output|profit|revenue|earnings|sales|price|cost|budget|deficit|debt|"
    r"investment|production|demand|supply|income|trade|export|import|energy|electricity|water|rainfall|traffic|"
    r"tourism|capacity|gdp|wage|pay|rate|emissions|carbon|power|market|population)\b"
)
# A revised estimate, forecast or target named with what it counts, before the level it was set to: "raised its
# target for deceased donors next year to", "cut our own collision estimate for this year to" (a count noun before
# the estimate, not a mass noun), "cut the list of schools waiting for repairs to"
ESTIMATE_OF_NOUN_TO = re.compile(
    rf"\b(?:{_REVISED}|{_REVISES})\s+(?:its|their|the|his|her|our|my)\s+(?:own\s+)?"
    rf"(?:(?!{_MASS_NOUN})(?P<noun>[a-z]{{3,}}[a-rt-z])\s+(?:estimate|forecast|target)|"
    r"(?:[a-z]+\s+)?(?:estimate|forecast|target|projection|count|tally|list|figure|number|total)\s+(?:of|for)\s+"
    # "cut its forecast for Ardmere car sales this year to": a place's name may stand before what is counted
    # ("estimate of travelling Ellumar fans": among its modifiers too)
    r"(?:the\s+)?(?:(?:[A-Z][\w-]+|[a-z][a-z-]*)\s+){0,3}?(?P<of>[a-z]+s|people))\b"
    # "raised its figure for people crossing at Harnak on April 20 to 4,020": where and when, a day's date too
    r"(?:\s+[a-z](?:[^,;:.\d]|\b\d{1,2}\b){0,40}?)?\s+to\s+"
    rf"(?:(?:{HEDGE}|just)\s+)?$"
)


# "passenger numbers of about 17.9 million", "Visitor numbers rose to 212,000": the noun before "numbers"
NUMBERS_OF_BEFORE = re.compile(
    r"\b([A-Za-z][a-z]{2,})\s+(?:numbers|figures|traffic)\s+(?:(?:of|at|to)\s+|"
    # "Visitor numbers at the museum in Orsk fell to": where they were counted, between the subject and its verb
    r"(?:(?:at|in|on|for)\s+[^,;:.()\d]{1,60}?\s+)?(?:(?:have|has|had)\s+)?"
    r"(?:rose|fell|risen|fallen|grew|grown|climbed|dropped|jumped|reached|hit)\s+(?:to\s+)?|"
    # "teacher numbers were at a record 214,000": the level they stood at
    r"(?:were|are|stood|stand|remained|remain|stayed|held(?:\s+(?:steady|flat|stable|level))?)\s+at\s+"
    r"(?:an?\s+(?:record|all-time)\s+(?:(?:high|low)\s+of\s+)?)?|"
    # "passenger traffic would reach 48 million", "pupil numbers are forecast to rise to 712,000": the level to come
    r"(?:(?:would|will|could|might|may)|(?:are|were|is|was)\s+(?:forecast|expected|projected|predicted|set|due|"
    r"likely)\s+to)\s+(?:reach|hit|(?:rise|fall|grow|climb|drop)\s+to)\s+)"
    # "visitor numbers had risen to an estimated 2.6 million"
    r"(?:(?:about|around|some|nearly|almost|roughly|an\s+estimated|a\s+record|just\s+over|just\s+under|"
    r"more\s+than)\s+)?$"
)
# Between two counts of one thing, set against each other: "17 shots to Orrin's six", "41 seats to the Greens' 38"
RIVAL_TALLY_GAP = re.compile(r"\s+to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:['’]s|s['’])\s+")
# A singular subject that is a count of people: "Its membership has grown to 2,450"
COLLECTIVE_SUBJECTS = {"membership": "members", "workforce": "workers", "headcount": "staff", "employment": "jobs"}
# Subjects that say a figure changed, not what it counts: "Levels had fallen to 190" (of what was measured before),
# and a measure read ("Temperatures fell by 4")
GENERIC_SUBJECTS = {
    "levels", "numbers", "figures", "totals", "rates", "amounts", "readings", "values", "counts", "temperatures",
    # ... a measure, in its own units ("Emissions fell by 12", "Speeds fell by 5", "Yields rose by 20")
    "emissions", "speeds", "yields", "scores", "ratings",
}  # fmt: skip
# What holds a count, not what it counts: "Waiting lists grew by 40,000" (the patients on them); its change is no
# count of the holder (its level keeps the base's reading, "Waiting lists rose to 812,400")
HOLDER_SUBJECTS = {"lists", "queues", "registers", "rolls", "backlogs"}
# A labelled figure's field ("Number answering YES: "), and the share of a kind the figure is, in brackets after it
# ("1,538 (80.9 per cent of valid votes)"): the figure counts that kind
FIELD_LABEL = re.compile(r"^\W*[A-Z][^:\n]{1,60}:\s+$")
SHARE_OF_IN_BRACKETS = re.compile(
    r"\s*\(\s*\d[\d.]*\s*(?:%|per\s*cent)\s+of\s+(?:(?:the|all)\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,}s)\s*\)"
)
# A label that is one past-tense verb: "Died: ", "Admitted: "
VERB_LABEL = re.compile(r"^\W*[A-Z][a-z]+ed:\s+$")
# "Number of votes cast: ", "Total number of pupils on roll: ": a label that says what its figure is the number of
NUMBER_OF_LABEL = re.compile(
    rf"^\W*(?:(?:[Tt]otal|[Oo]verall)\s+)?(?:[Nn]umber|NUMBER)\s+(?i:of)\s+(?:the\s+)?(?P<words>[^:\d]{{2,60}}):\s+"
    rf"(?:(?:{HEDGE}|just)\s+)?$"
)
# "Households on the list: ", "New social homes completed: ": a label whose first words name what the figure counts
# A label whose head is a noun of payment, a participle of payment after it, a bracket's note before the colon:
# "Base fare: ", "Test fee paid: ", "Soiling charge (maximum): ", "Total claimed: ", "Gross fares: "
_SUM_LABEL_HEADS = (
    "fare|fee|price|cost|bonus|payout|grant|fine|rent|deposit|rebate|refund|levy|subsidy|allowance|premium|"
    "excess|commission|payment|wage|salary|hire|value|profit|income|revenue|surplus|dividend|debt|budget|liabilities|"
    # a plural's, a total's, or a head's that as often names no sum ("Battery charge: 80", "Crowd estimate: 40,000",
    # "Turnover: 11", "Deficit: 2", "Assets: 3"), only beside a figure to the hundredth or a participle of payment:
    # "Fines: 212" is more often a count (_sum_label_figure)
    "(?P<many>fares|fees|charges|prices|costs|tips|total|subtotal|charge|estimate|turnover|deficit|assets)"
)
SUM_LABEL = re.compile(
    # (or a participle of a sale alone: "Sold for: ")
    r"^\W*(?:(?P<sold>(?i:sold|bought|paid|let)\s+for)|"
    rf"(?=[A-Z])(?:[A-Za-z-]+\s+){{0,3}}?(?i:{_SUM_LABEL_HEADS}))"
    r"(?P<paid>\s+(?:paid|charged|claimed|due|payable|owed|received|adjusted|earned))?"
    r"(?:\s+\([^()\n]{1,30}\))?:\s+(?:(?:about|around|roughly|estimated|est\.)\s+)?$"
)


TO_THE_HUNDREDTH = re.compile(r"\d\.\d\d$")  # "1,146.20", "18.00": a figure written as money is


def _sum_label_figure(m: re.Match, after: str) -> bool:
    """Whether the figure after a label of payment is its sum: in digits, its line or clause ending after it, and for a
    plural's or a total's label written to the hundredth or paid by the label's own participle."""
    if not m.group("num")[0].isdigit() or not NOTHING_NAMED_AFTER.match(after):
        return False
    label = SUM_LABEL.match(m.string, 0, m.start())
    return label is not None and (
        not label.group("many")
        or label.group("paid") is not None
        or TO_THE_HUNDREDTH.search(m.group("num")) is not None
    )


# A label whose last words are its unit in brackets, before the colon and a bare figure: "Area planted (hectares): "
LABEL_UNIT_IN_BRACKETS = re.compile(r"^\W*[A-Z][^:()\n]{1,60}\((?P<unit>[a-z]+|per cent)\):\s+$")
LABEL_BEFORE = re.compile(
    # (after a form's box by its number: "Box 3. Trees planted: ")
    rf"^(?:{FORM_BOX_NUMBER}\s+)?"
    r"(?P<words>[A-Z][A-Za-z-]*(?:\s+(?!(?:of|on|in|at|for|with|by|from|than|older|younger|made)\b)[A-Za-z-]+){0,3})"
    rf"[^:]{{0,50}}:\s+(?:(?:{HEDGE}|just)\s+)?$"
)


# Words of a sum of money: a bare figure in millions beside them is most likely of the article's currency
MONEY_WORDS = re.compile(
    r"\b(?:cost|costs|costing|spend|spends|spent|spending|budget|gap|deficit|shortfall|profits?|loss|losses|lost|"
    r"revenue|paid|pay|pays|fund|funds|funding|worth|price|bill|debt|contingency|compensation|fines?|savings?|saved|"
    r"invest|invested|investment|set aside|borrow|borrowed|owed?)\b"
)
# A sum or a load before a bare figure: "a budget of", "was fined", "made", "was carrying"
SUM_OR_LOAD_BEFORE = re.compile(
    rf"(?:{MONEY_WORDS.pattern}|\b(?:fined|made|makes|earned|earns|raised|charged|carrying|carried|carries|carry)\b)"
    rf"\s+(?:of\s+)?(?:(?:{HEDGE})\s+)?$"
)


def _amount_like_before(
    m: re.Match,
    sentence: str,
    known_units: Mapping[Decimal, str] | None,
    earlier: Sequence[Figure] = (),
    paragraph_unit: str = "",
) -> str:
    """
    For a bare figure in millions, the unit of another figure in millions: the sentence's, else beside words of
    money the unit the article gave most such figures in (its currency, mostly), else the paragraph's if it gave
    one, else the article's last.
    """
    if not m.group("scale") or m.group("scale").split()[-1].lower() not in ("million", "billion"):
        return ""
    here = [f.unit for f in earlier if f.value >= 10**6 and f.unit not in SHARE_UNITS]
    if here:
        return here[-1]
    large = [unit for value, unit in (known_units or {}).items() if value >= 10**6 and unit not in SHARE_UNITS]
    if not large:
        return ""
    if MONEY_WORDS.search(sentence):
        return max(reversed(large), key=large.count)  # the most frequent, the latest of equals
    return paragraph_unit if paragraph_unit in large else large[-1]


def article_currency(known_units: Mapping[Decimal, str] | None, earlier: Sequence[Figure]) -> str:
    """The currency a sum named by a money noun is in: a symbol's if the article used one, else its most frequent
    unit of a figure in millions (fictional currencies are named only by the figures given in them), though never
    one that counts people, animals or time ("2.3 million sheep", "1.9 million skier days")."""
    units = [f.unit for f in earlier] + list((known_units or {}).values())
    symbols = [unit for unit in units if unit in CURRENCY_UNITS]
    if symbols:
        return max(reversed(symbols), key=symbols.count)
    no_currency = SHARE_UNITS | DURATION_UNITS | IRREGULAR_PLURALS
    large = [unit for value, unit in (known_units or {}).items() if value >= 10**6 and unit not in no_currency]
    large += [f.unit for f in earlier if f.value >= 10**6 and f.unit not in no_currency]
    return max(reversed(large), key=large.count) if large else ""


# A noun of a sum right after a bare figure, naming what the sum is: "made 40,000 profit"
SUM_NOUN_RIGHT_AFTER = re.compile(
    r"\s+(?:profit|revenue|turnover|surplus|deficit|income|subsidy|funding)"
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:last|this|next|in|a|an|per|each|every|for|from|on|over|after|before|since|and|but)\b)"
)
# A waiting list and the level it stands at or is brought to: "The waiting list stood at", "bring the list below"
LIST_LEVEL_BEFORE = re.compile(
    # "her clinic's waiting list": an owner's name in the possessive stands for the determiner
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Mm]y|[a-z]+['’]s)\s+"
    r"(?:(?:national|hospital|housing|overall|total|current|regional)\s+)?"
    r"(?:waiting\s+)?list\s+(?:(?:now|still|then)\s+)?(?:stood\s+at|stands\s+at|was|is|will\s+be|would\s+be|"
    r"had\s+been|has\s+been|fell\s+to|rose\s+to|grew\s+to|reached|hit|dropped\s+to|will\s+(?:fall|rise)\s+to|"
    # "had grown to 1,400", "could pass 50,000": a level reached, or one a forecast says it may pass
    r"(?:has|had|have)\s+(?:grown|risen|fallen|dropped)\s+to|(?:could|would|will|may|might)\s+(?:pass|top|exceed|reach)|"
    # "The waiting list was revised down to 89,000": a passive revision of the level
    rf"(?:was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:{_REVISED})(?:\s+(?:up|down))?\s+to)\s+"
    r"(?:(?:below|above|under|over|about|around|nearly|almost|more\s+than|fewer\s+than|just\s+over|just\s+under|"
    r"some|a\s+record)\s+)?$"
    r"|\b(?:bring|get|cut|reduce|brought|got|reduced|bringing|getting|cutting|reducing)\s+(?:the|its|their|our)\s+"
    rf"(?:waiting\s+)?list\s+(?:below|under|to|down\s+to)\s+(?:(?:{HEDGE})\s+)?$"
)
# Whom a waiting list counts, when the article has counted them
WAITING_UNITS = {"patients", "people", "households", "applicants", "families", "pupils", "children"}
# A list a place of treatment keeps, whose people are its patients: "her clinic's waiting list", "the hospital list"
CLINIC_LIST = re.compile(r"\b(?:clinic|hospital|surgery|practice)(?:['’]s)?\s+(?:waiting\s+)?list\b")
# A noun of a sum as the subject a bare figure completes: "the offer was 400,000", "the saving is 126,000"
SUM_SUBJECT_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?"
    r"(?:offer|fee|price|bill|fine|grant|cost|payment|payout|bonus|rebate|charge|levy|subsidy|salary|wage|rent|"
    r"loan|debt|donation|ransom|settlement|saving)\s+"
    r"(?:was|is|would\s+be|will\s+be|had\s+been|has\s+been|came\s+to|comes\s+to|stood\s+at|stands\s+at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|only|more\s+than|less\s+than|at\s+least|closer\s+to|"
    r"under|over)\s+)?$"
)


# ... and a payer's own sum, or one a page that names its currency writes bare: "my insurance is 2,300 a year",
# "Your deposit is 20", "the fare was 19"
PAYER_SUM_SUBJECT_BEFORE = re.compile(
    r"\b(?:[Mm]y|[Yy]our|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[a-z]+\s+)?"
    r"(?:salary|wage|rent|bill|fee|price|fare|deposit|insurance|premium|excess|commission|income|dividend)\s+"
    r"(?:was|is|would\s+be|will\s+be|had\s+been|has\s+been|came\s+to|comes\s+to|stood\s+at|stands\s+at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|only|more\s+than|less\s+than|at\s+least|closer\s+to|"
    r"under|over)\s+)?$"
)


def _sum_currency(
    known_units: Mapping[Decimal, str] | None, earlier: Sequence[Figure], paragraph_unit: str, sum_unit: str = ""
) -> str:
    """
    The currency a bare sum is in: the sentence's last sum, else the paragraph's, else the one the article last wrote
    a paid or charged sum in (``sum_unit``: "charges 58 marrels" on a page whose figures in millions count cats and
    dogs), else the article's.
    """
    sums = _sum_units(known_units, earlier) | ({sum_unit} if sum_unit else set())
    here = [f.unit for f in earlier if f.unit in sums]
    if here:
        return here[-1]
    return paragraph_unit if paragraph_unit in sums else sum_unit or article_currency(known_units, earlier)


def _paid_share(sentence: str, figure: Figure) -> bool:
    """Whether ``figure`` is a share a verb of payment governs ("employers pay 60 per cent of each premium")."""
    paid = PAID_BEFORE.search(sentence, max(0, figure.span[0] - 40), figure.span[0])
    return figure.unit in SHARE_UNITS and paid is not None


def _sum_named_after(known_units: Mapping[Decimal, str] | None, earlier: Sequence[Figure], paragraph_unit: str) -> str:
    """ "lose 120,000 plavins, and we only made 40,000 profit": a sum's currency, else the sentence's count before."""
    counts = [f.unit for f in earlier if f.unit not in SHARE_UNITS | DURATION_UNITS]
    return _sum_currency(known_units, earlier, paragraph_unit) or (counts[-1] if counts else "")


def _sum_units(known_units: Mapping[Decimal, str] | None, earlier: Sequence[Figure]) -> set[str]:
    """The units sums are given in: currencies everyone knows, and the article's own (fictional ones included)."""
    return CURRENCY_UNITS | CURRENCY_PLURALS | {article_currency(known_units, earlier)} - {""}


# "car sales", "season ticket sales": the goods whose sales a bare figure counts, the nouns before "sales"
GOODS_SOLD = re.compile(r"\b((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+sales\b")
# Words before "sales" that say where or how much was sold, not what: "online sales", "retail sales"
NOT_GOODS = {
    "online", "retail", "wholesale", "export", "domestic", "global", "total", "overall", "net", "gross", "home",
    "world",
}  # fmt: skip


def _names_no_goods(word: str) -> bool:
    """A word before "sales" that is no part of the goods' name: a function word, a modifier, where or how much was
    sold, a reporting verb ("said bicycle sales", "the federation said sales of ..."), an adjective."""
    return word in STOP | MODIFIERS | NOT_GOODS or word in STANCE_OF or ADJECTIVE_ENDING.search(word) is not None


def _goods_sold(before: str) -> str:
    """ "season ticket sales had risen to 3,350": the season tickets sold; "" if no goods are named."""
    found = GOODS_SOLD.findall(before)
    if not found:
        return ""
    words = found[-1].split()
    while words and _names_no_goods(words[0]):
        words = words[1:]
    if not words or _names_no_goods(words[-1]):
        return ""
    return " ".join(words) + "s"


# A level "passed" or "surpassed", or a plural's "number": the verbs of a vote's passing and of a market's levels too
LEVEL_PASSED = re.compile(r"\b(?:passed|surpassed|number)\s+(?:\w+\s+){0,2}$")
# ... so a tally after it ("The reforms passed 221 to 209", "passed 51-49") is a vote, no level
TALLY_AFTER = re.compile(r"\s*(?:-|–|to)\s*\d")
TALLY_BEFORE = re.compile(r"\d\s*(?:-|–|to)\s*$")  # the tally's second figure, "221 to" before it
# ... and a subject that names a price or a sum ("Shares passed 400p", "house prices have now passed 300,000") is
# no count of itself
PRICE_SUBJECTS = MONEY_NOUNS | {"shares", "prices", "costs", "rents", "fares", "bills", "wages", "salaries", "sales"}


def _no_count_passed(total: re.Match, after: str, sentence: str) -> bool:
    """Whether a level "passed" (or a plural's "number") is a tally, a price or a sum, no count of its subject."""
    if not LEVEL_PASSED.search(total.group(0)):
        return False
    subject = total.group(1).lower()
    if subject == "sales":  # "Ticket sales have passed 20,000" counts the tickets; "Sales passed 2 million" is a sum
        return not _goods_sold(sentence[: total.end(1)].lower())
    tally = TALLY_AFTER.match(after) or TALLY_BEFORE.search(total.group(0))
    return bool(tally) or subject in PRICE_SUBJECTS


def _noun_or_currency(noun: str, known_units: Mapping[Decimal, str] | None, earlier: Sequence[Figure]) -> str:
    """The unit of a level a subject reached: the subject itself, or for a sum ("reserves stood at") its currency."""
    return (article_currency(known_units, earlier) if noun in MONEY_NOUNS else "") or noun


def _too_large_for_a_share(m: re.Match) -> bool:
    """ "2,960", "2.6 million": a bare figure no percentage is."""
    value = number_value(m)
    return value is not None and value > 100


# The things a share is of, right after it: "Half the shops", "40 per cent of the homes", "a third of its members"
SHARE_OF_AFTER = re.compile(r"\s+(?:of\s+)?(?:the|its|their|our|all|those|these)\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,}s)\b")


def _counted_in_share(sentence: str, earlier: Figure, m: re.Match) -> str:
    """
    What a bare count joined to ``earlier`` counts: what that figure counted; but a count no share could be ("about
    300" after "62 per cent"), or one in words ("Half the shops take cash only; two have stopped"), counts the things
    the share is of, or nothing when it names none.
    """
    if earlier.unit not in SHARE_UNITS or not (_too_large_for_a_share(m) or m.group("num").isalpha()):
        return earlier.unit
    if not m.group("num").isalpha():
        return ""
    share_of = SHARE_OF_AFTER.match(sentence, earlier.span[1])
    return share_of.group(1) if share_of and _plural_noun(share_of.group(1)) else ""


# A determiner that makes a bare figure one the reader has met: "The 73,000", "Its 9.4 million", "their 412"
DEFINITE_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Tt]hat|[Tt]his)\s+$")
# Between a figure and a bare one set against it: "350,000 skellings, not 200,000", "96 seats rather than 120"
# "from every 15 minutes to every 40": a frequency changed, the bare one in the unit of the one before
SET_AGAINST_BEFORE = re.compile(rf",?\s+(?:not|{REPLACED_BY})\s+(?:the\s+)?|{EVERY_TO_GAP.pattern}")
# A class and the verb or "of" that gives its size, up to a bare figure: "a class of more than 34", "classes are as
# small as 12", "average secondary class sizes have risen to 31", "the average primary class is 27.9"
CLASS_SIZE_BEFORE = re.compile(
    r"\bclass(?:es|\s+sizes?)?\s+(?:of|is|are|was|were|has|have|had|averages?|averaged)\b(?:\s+[a-z]+){0,4}?\s+$"
)
TAUGHT_UNITS = {"pupils", "students", "children"}
# "29 than 27.5": a bare figure compared with another, itself bare
THAN_FIGURE_AFTER = re.compile(r"\s+than\s+(\d[\d,]*(?:\.\d+)?)(?![\w%])")
# What follows a figure named as a figure that names nothing it counts: its verb ("the figure of 48 included short
# spills", "the figure of 300 is wrong"), or the end of its clause ("disputed the ministry's figure of 21,400,")
NOTHING_NAMED_AFTER = re.compile(
    r"\s*(?:[^\w\s%]|$)|\s+(?:[a-z]+ed|is|was|are|were|has|had|have|does|did|will|would|could|may|might|must|"
    r"should|can|and|but|as|in|for|on|at|from|to|by|with|" + "|".join(sorted(VERBS_IN_S)) + r")\b"
)
# A rating on a numbered scale, after a word that makes it the level reached, not a name ("The Phase 3 trial", "Grade
# 9 classrooms" are names): "stood at level 3 of 5", "raised it to level 4", "A level 3 on that slope was wrong"
RATING_BEFORE = re.compile(r"(?:\b(?:at|to|from)\s+|(?:^|[.;:!?]\s+|\s)[\"“]?[Aa]\s+)(?P<scale>level|grade|tier)\s+$")
# A singular "cent" after a figure ("0.6 cent"); "per cent" is the figure's own percentage sign
CENT_AFTER = re.compile(r"\s+cent\b(?!-)")
# The currency a rate is quoted against, after the figure: "6.4 to the ecu", "7.82 per dollar", "1.17 against the euro"
RATE_AGAINST_AFTER = re.compile(
    r"\s+(?:to\s+(?:the|one|an?)|per|against\s+the)\s+(?:US\s+)?(dollar|euro|pound|ecu|yen|yuan|franc|rouble|ruble|rupee|"
    r"peso|krona|krone|real|rand|lira|[a-z]+(?=\s*[.,;]))\b"
)
# The currency whose rate it is, named as the subject or the owner of the rate: "The ruvel was little changed at",
# "moved the kestrin's official rate from"
RATED_CURRENCY_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<currency>[a-z]{3,})(?:['’]s\s+(?:[a-z]+\s+)?(?:exchange\s+)?rate\b|\s+(?:was|is|has|had|traded|"
    r"trades|trading|closed|ended|stood|fell|rose|weakened|strengthened|slipped|firmed|dropped|recovered)\b)(?:[^.;]|\.(?=\d))*$"
)
NOT_CURRENCIES = {"currency", "rate", "market", "bank", "exchange", "price", "value", "government", "ministry"}


def _exchange_rate_unit(sentence: str, m: re.Match, after: str) -> tuple[str, int] | None:
    """
    "the kestrin was changing hands at around 6.4 to the ecu", "The ruvel was little changed at 7.82 per ecu": an
    exchange rate is a price in the currency the sentence is about, quoted against another, and says which
    ("6.4 kestrins per ecu"): "kestrins" alone would read as a sum. A footnote giving the rate ("(1 ecu = 7.82
    ruvels)") is left out by ingest.not_counts.
    """
    against = RATE_AGAINST_AFTER.match(after)
    if not against or m.group("pct") or m.group("cur"):
        return None
    rated = RATED_CURRENCY_BEFORE.search(sentence[: m.start()])
    currency = rated.group("currency") if rated else ""
    quoted = against.group(1)
    known_currency = quoted in CURRENCY_WORDS or re.search(rf"\b{quoted}s\b", sentence)
    if not currency or currency in NOT_CURRENCIES or currency == quoted or not known_currency:
        return None
    return f"{currency}s per {quoted.lower()}", m.end() + against.end()


CURRENCY_WORDS = {"dollar", "euro", "pound", "ecu", "yen", "yuan", "franc", "rouble", "ruble", "rupee", "peso",
                  "krona", "krone", "real", "rand", "lira"}  # fmt: skip
CURRENCY_PLURALS = {f"{word}s" for word in CURRENCY_WORDS} | {"crowns", "marks", "kroner", "kronor", "guilders",
                                                             "florins", "shillings", "ducats"}  # fmt: skip


# "a dozen or so", "40-odd", "300-plus": a figure given loosely, about or at least that many
LOOSE_AFTER = re.compile(r"(?:\s+or\s+so|-odd|-plus)\b")
# Power and energy: "900 MW", "a 5.9 GW auction", "14.2 terawatt hours", "236 gigawatt-hours", "3,100 kWh"
ENERGY_UNIT = re.compile(
    r"\s?(?P<abbr>[kMGT]Wh?)\b|\s+(?P<word>(?:kilo|mega|giga|tera)watts?)(?P<hours>[- ]hours?)?\b", re.IGNORECASE
)
# A measure's abbreviation set on its figure with no space ("214g", "20GB", "60W"): GLUED_UNIT, in ingest.cues
GLUED_MEASURE = re.compile(rf"({GLUED_UNIT})(?![\w-])")
POWER_ABBREVIATIONS = {"kw": "kilowatts", "mw": "megawatts", "gw": "gigawatts", "tw": "terawatts"}


def _energy_unit(energy: re.Match) -> str:
    """Power in watts by its plural ("MW" -> megawatts); energy as written ("TWh", "terawatt hours")."""
    abbr = energy.group("abbr")
    if abbr:
        return POWER_ABBREVIATIONS.get(abbr.lower(), abbr)
    word = energy.group("word").lower().rstrip("s")
    hours = energy.group("hours")
    return f"{word}{hours[0]}hours" if hours else f"{word}s"


# The measure a market prices its goods by: "7.40 quellets a kilo", "2.15 a kilo", "96 dorvans a head", "1.84 velts a
# stem", "31.40 skellars per 100 kilos"
PER_MEASURE_SOLD = re.compile(
    r"\s+(?:a|an|per(?:\s+\d+)?)\s+(?:kilo|kilogram|kg|tonne|ton|litre|liter|pound|lb|head|box|crate|bale|bag|barrel|"
    r"gallon|dozen|bushel|sack|stem|bunch|tray)s?\b"
)
# A figure written to the hundredth, as prices are ("3.90", "22.10", "0.96")
PRICE_WRITTEN = re.compile(r"\d{1,3}\.\d\d")
# Units that are themselves measures, never the currency of a price per measure ("3 tonnes a hectare")
MEASURE_NOT_PRICE = {"kilos", "kilograms", "kg", "tonnes", "tons", "litres", "liters", "grams", "pounds", "gallons",
                     "metres", "meters", "boxes", "crates", "bales", "bags", "barrels", "sacks", "head"}  # fmt: skip


def price_unit_of(sentence: str, figures: Sequence[Figure]) -> str:
    """
    The currency of the last price per measure ``figures`` gave with its unit written ("7.40 quellets a kilo"), for
    the bare prices after it; "" if the sentence gave none.
    """
    for figure in reversed(figures):
        written = sentence[figure.span[0] : figure.span[1]]
        if (
            figure.unit
            and figure.unit not in MEASURE_NOT_PRICE | SHARE_UNITS | DURATION_UNITS
            and not figure.derived
            and (figure.unit in written or re.search(r"[^\w\s.,]", written))
            and PER_MEASURE_SOLD.match(sentence, figure.span[1])
        ):
            return figure.unit
    return ""


# A verb of charging before a sum: "Harrowby now charges 58 marrels", "Caskirk charges 4,250 dravels"
CHARGES_BEFORE = re.compile(rf"\bcharg(?:es|ing)\s+(?:(?:{HEDGE}|just|only)\s+)?$", re.IGNORECASE)


def sum_unit_of(
    sentence: str,
    figures: Sequence[Figure],
    known_units: Mapping[Decimal, str] | None = None,
    page: str = "",
    at: int = 0,
) -> str:
    """
    The unit of the last sum ``figures`` gave with its unit written after a verb of cost, payment or charging ("costs 52
    dravels", "cost him 9,000 marrels", "charges 58 marrels"): the article's currency, for its bare sums after ("I
    would pay 60"); "" if the sentence gave none. What a cost costs that is no sum ("cost 140 jobs", "spent 20 hours")
    is left out. Such a verb governs counts as often ("The storm cost 40 trees", "paid 12 players less", "Police are
    charging 4 teenagers"), and no list of them is whole, so the unit must be money in its own right: a currency the
    engine knows, the article's own, or one ``page`` (the sentence starting at ``at`` in it) writes as money at another
    figure too.
    """
    for figure in reversed(figures):
        unit = figure.unit
        if (
            not unit
            or figure.derived
            or unit in NOT_SUM_UNITS
            # "pays 50 cents an hour more": a currency's hundredth, never what a page's bare sums are in
            or unit in CURRENCY_SUBUNITS
            or PEOPLE_NOUNS.fullmatch(unit)
            or unit not in sentence[figure.span[0] : figure.span[1]]
        ):
            continue
        start = max(0, figure.span[0] - 40)
        if (
            PAID_BEFORE.search(sentence, start, figure.span[0])
            or CHARGES_BEFORE.search(sentence, start, figure.span[0])
        ) and (
            unit in SUM_CURRENCY_UNITS
            or unit == article_currency(known_units, figures)
            or _money_elsewhere(unit, page, at + figure.span[0], at + figure.span[1])
        ):
            return unit
    return ""


# The units of a currency's hundredth, money wherever they are written
CURRENCY_SUBUNITS = {"cents", "pence", "centimes", "kopecks"}
# What sum_unit_of never takes for a sum's unit, and the currencies it always does: built once, not for each figure of
# each sentence it reads
NOT_SUM_UNITS = frozenset(SHARE_UNITS | DURATION_UNITS | MEASURE_NOT_PRICE | NOT_SUMS_PAID | IRREGULAR_PLURALS)
SUM_CURRENCY_UNITS = frozenset(CURRENCY_UNITS | CURRENCY_PLURALS | CURRENCY_SUBUNITS)
# A sum written as money, up to its figure: after a word of price or charge or a verb of payment or debt ("costs 12
# fennets", "a fee of 260 dravels", "paid 31 marrels", "owed our florist 4,800 quillons")
MONEY_WRITTEN_BEFORE = re.compile(
    rf"(?:\b(?:{PRICE_WORDS.replace(' ', '|')}|paid|pays?|paying|spends?|spent|spending|charging)\b"
    r"[^.;:!?\d]{0,30}"
    # a debt's sum only after its creditor ("owed our florist 4,800 quillons"): a figure straight after the verb
    # counts the creditors as often ("owes 3 clubs an apology", "owes 40 suppliers money")
    r"|\b(?:owed|owes?|owing)\s+(?!(?:about|around|roughly|some|nearly|almost|over|under|only|just|up\s+to|"
    r"more\s+than|less\s+than|at\s+least)\s)[a-z][^.;:!?\d]{0,29}"
    r"|[$£€¥]\s?)$",
    re.IGNORECASE,
)


# A figure right before a unit, with its scale: "260 ", "2.4 million ", "79.99 " (a price to the hundredth)
FIGURE_RIGHT_BEFORE = re.compile(
    r"(?<![\d.,])\d[\d,]*(?P<cents>\.\d\d(?!\d))?[\d.]*(?:\s+(?:million|billion|thousand))?\s+$"
)


def _money_elsewhere(unit: str, page: str, start: int, end: int) -> bool:
    """
    Whether ``page`` writes ``unit`` as money after a figure other than the one at ``start``-``end``: a price to the
    hundredth ("79.99 sternes") or a sum a word of price or payment governs ("a fee of 260 dravels").
    """
    word = unit.split(" ", 1)[0]
    if not word.isalpha():
        return False
    at = page.find(word)
    while at >= 0:  # the cheap search first: a unit is written a few times on a page at most
        figure = FIGURE_RIGHT_BEFORE.search(page, max(0, at - 30), at)
        if (
            figure
            and not start <= figure.start() < end
            and not page[at + len(word) : at + len(word) + 1].isalpha()
            and (
                figure.group("cents") or MONEY_WRITTEN_BEFORE.search(page, max(0, figure.start() - 40), figure.start())
            )
        ):
            return True
        at = page.find(word, at + len(word))
    return False


# A figure and the plural written after it, anywhere on a page: "38.12 saldins", "a fee of 260 dravels", "$40"
FIGURE_AND_WORD = re.compile(
    r"(?<![\w.,])\d[\d,]*(?:(?P<cents>\.\d\d)(?!\d)|\.\d+)?(?P<scale>\s+(?:million|billion))?\s+([a-z]{3,}s)\b"
)
SIGN_BEFORE_FIGURE = re.compile(r"([$£€¥])\s?\d")
# A verb of price or payment right before a figure, its object or a hedge between them ("costs 14.60", "spent nearly
# 3,900", "owed our florist 4,800"), a noun of price and "of" ("a fee of 260"), or a
# noun of price and its verb ("Your pay last year was 1.4 million"): not a noun with other words after it ("the price
# list to about 260 restaurants")
_PAYEE = r"(?:us|them|him|her|me|you|it|(?:our|the|a|an|their|his|her|its)\s+[a-z]+)"
PAGE_MONEY_BEFORE = re.compile(
    rf"(?:\b(?:costs?|costing|charges|charging|spends?|spent|spending|worth)(?:\s+{_PAYEE})?"
    rf"|\b(?:charged|paid|pays?|paying|owed|owes?|owing)\s+{_PAYEE}"
    rf"|\b(?:{PRICE_WORDS.replace(' ', '|')})\s+of"
    rf"|\b(?:{PRICE_WORDS.replace(' ', '|')}|pay|bill|rent|grant|bonus|dividend)(?:\s+[a-z]+){{0,2}}\s+"
    r"(?:is|was|are|were|came\s+to|comes\s+to|stood\s+at|stands\s+at))\s+"
    rf"(?:(?:{HEDGE}|just|only)\s+)?$",
    re.IGNORECASE,
)
# Where a page sets a figure in type, not what it counts in: "Previous prices are in brackets", "figures in bold"
TYPESET_IN = r"(?:brackets|parentheses|italics|capitals|bold|columns|rows|tables|footnotes|notes)\b"
# A page that says what its money is in: "Charges are in saldins", "all prices are in lauvels"
MONEY_IS_IN = re.compile(
    r"\b(?:prices|charges|fees|fares|costs|sums|amounts|figures|values|payments)\s+(?:are|were)\s+"
    rf"(?:(?:all|given|shown|quoted|stated|listed)\s+)?in\s+(?!{TYPESET_IN})([a-z]{{3,}}s)\b",
    re.IGNORECASE,
)
# A second object after a figure and its plural, the one who bears the cost: "cost 14 volunteers their weekends"
WHOSE_AFTER = re.compile(r"\s+(?:their|his|her|its|our|my|your)\s+[a-z]")
# Plurals a figure written to the hundredth or after a verb of payment measures, not money: distances, lengths, counts
NOT_PAGE_CURRENCIES = NOT_SUM_UNITS | LENGTH_UNITS | DISTANCE_UNITS | CURRENCY_SUBUNITS


def page_currency(page: str) -> str:
    """
    The currency ``page`` counts its money in, named once or more at a sum it writes as money ("Total charged: 38.12
    saldins", "a fee of 260 dravels", "$40") or said outright ("Charges are in saldins"), for the sums it writes bare
    ("I paid 41.60", "the grant is 4,000"); "" when it writes none, or two as often as each other ("25 euros ... 18
    dollars"). A verb of payment or debt straight before its figure governs whom it paid as often ("We have paid 131
    households", "owes 3 clubs an apology") and names none; a word it alone shows counts only if written after a
    figure twice, and a verb of earning counts as often as it pays ("earned 31 caps"): neither makes a count the page's
    currency.
    """
    written: dict[str, int] = {}
    for sign in SIGN_BEFORE_FIGURE.finditer(page):
        unit = currency_unit(sign.group(1))
        written[unit] = written.get(unit, 0) + 1
    for said in MONEY_IS_IN.finditer(page):
        unit = said.group(1).lower()
        if unit not in NOT_PAGE_CURRENCIES:
            written[unit] = written.get(unit, 0) + 2
    paid_only: dict[str, int] = {}  # a word no sign or hundredth shows to be money, only a verb of payment before it
    for figure in FIGURE_AND_WORD.finditer(page):
        unit = figure.group(3)
        if unit in NOT_PAGE_CURRENCIES or PEOPLE_NOUNS.fullmatch(unit) or not _plural_noun(unit):
            continue
        before = max(0, figure.start() - 40)
        if (figure.group("cents") and not figure.group("scale")) or unit in SUM_CURRENCY_UNITS:
            # "38.12 saldins", not "1.32 million visitors"
            written[unit] = written.get(unit, 0) + 1
        elif PAGE_MONEY_BEFORE.search(page, before, figure.start()) and not WHOSE_AFTER.match(page, figure.end()):
            paid_only[unit] = paid_only.get(unit, 0) + 1
    for unit, times in paid_only.items():
        # a word a verb of payment governs once may be whom or what it cost ("cost 200 jobs", "paid 3 instalments"):
        # a currency only where the page writes it after a figure again, or shows it to be money elsewhere
        if unit in written or len(re.findall(rf"\d\s+{unit}\b", page)) > 1:
            written[unit] = written.get(unit, 0) + times
    ranked = sorted(written.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


# A line of a list that is only a name and a bare figure to the hundredth: "Tiramisu: 7.00", "Each passenger after the
# first: 0.50", "Flag fall, first 400 metres: 3.60 (now 3.20)"
LISTED_FIGURE_LINE = re.compile(
    r"^(?P<label>[^\n:|]{2,80}):[ \t]+\d[\d,]*\.\d\d(?:[ \t]+\([^()\n]{1,30}\))?[ \t]*$", re.MULTILINE
)
# A list's money said outright: "All prices in fennets", "Fares are in saldins"
LIST_MONEY_IS_IN = re.compile(
    rf"\b(?:prices|charges|fees|fares|costs)\s+(?:(?:are|were)\s+)?(?:(?:all|given|shown|quoted)\s+)?in\s+"
    rf"(?!{TYPESET_IN})[a-z]{{3,}}s\b",
    re.IGNORECASE,
)
# A label that names a measure, a time or a rate, never a price: "Distance: 14.25", "Drop-off: 18.58", "Surge
# multiplier: 1.50", "Interest rate: 4.25"
LABEL_OF_A_MEASURE = re.compile(
    r"\b(?i:distance|duration|time|rate|multiplier|weight|speed|index|pick-?up|drop-?off|arrival|departure|length|"
    r"height|depth|temperature|rating|score|ratio|odds|average|grade|mileage|kick-?off|tide|yield|share|percentage)\b"
)


def listed_prices(page: str) -> frozenset[int]:
    """
    Where ``page``'s lines start that are prices in a list of them: two or more lines in a row, each a name and a bare
    figure to the hundredth ("Tiramisu: 7.00", "Lemon tart, creme fraiche: 6.50"), in a list the page says its money is
    in ("All prices in fennets") or one of whose lines is a label of payment ("Soiling charge (maximum): 60.00"); not a
    line whose label names a measure or a time ("Distance: 14.25", "Drop-off: 18.58").
    """
    lines = list(LISTED_FIGURE_LINE.finditer(page))
    if len(lines) < 2:
        return frozenset()
    declared = LIST_MONEY_IS_IN.search(page) is not None
    runs: list[list[re.Match]] = []
    for line in lines:
        if runs and not page[runs[-1][-1].end() : line.start()].strip():  # the next line, or the next paragraph
            runs[-1].append(line)
        else:
            runs.append([line])
    starts: set[int] = set()
    for run in runs:
        if len(run) < 2:
            continue
        if declared or any(SUM_LABEL.match(line.group("label") + ": ") for line in run):
            starts.update(line.start() for line in run if not LABEL_OF_A_MEASURE.search(line.group("label")))
    return frozenset(starts)


# The singular words a count in words may name as they stand: measures and sums written so and nouns with no plural
# in -s
COUNTED_AS_THEY_STAND = COLLECTIVE_HEADS | COUNTED_WITHOUT_S | CURRENCY_WORDS | SINGULAR_MEASURES


def _verb_after_count_in_words(sentence: str, m: re.Match, unit: str, end: int) -> bool:
    """
    "only four survive largely unaltered", "five charge more than 80 dorrels": a number word above one, then straight
    after it a lower-case word with no plural form, which is the count's verb, not what it counts (a number word counts
    a plural: "four pools"; "staff", "crew", "sheep" and the measures are plural as they stand)
    """
    if m.group("num")[0].isdigit() or m.group("scale") or number_value(m) in (None, Decimal(1)):
        return False
    if unit.endswith(("s", *IRREGULAR_PLURALS)) or " " in unit or unit in COUNTED_AS_THEY_STAND:
        return False  # "fishermen", "schoolchildren", "five euro", "six feet": a plural or a measure as it stands
    if unit in SHORTFALL_WORDS:
        return False  # "five short of a majority": a shortfall, which its sentence reads for what it counts
    if unit in NUMBER_WORDS | NOT_COUNTED_AFTER:
        return True  # "Thirteen twenty is a step" (a sum), "an hour or two either side"
    if re.fullmatch(rf"\s+{re.escape(unit)}", sentence[m.end() : end], re.IGNORECASE) is None:
        return False
    after = re.match(r"\s+([a-z]+|\d)", sentence[end:])
    if after and (after.group(1) in FINITE_AFTER_SUBJECT or after.group(1).endswith("ed")):
        return False  # "Three youth were arrested", "Twenty folk turned up": the subject's noun, then its verb
    taken = after.group(1) if after else ""
    if taken in VERB_TAKES or taken.endswith("ly") or taken in NUMBER_WORDS or taken.isdigit():
        return True  # "five charge more", "only four survive largely unaltered", "twenty past ten"
    # a verb only where the count opens its clause ("Of the applicants, two want"), not after a verb or a preposition
    # ("caught twelve trout", "two clergy and four laity", "tested three bacteria")
    before = sentence[: m.start()].split()
    while before and before[-1].lower() in CLAUSE_OPENING_HEDGES:
        before.pop()
    return not before or before[-1][-1] in ",;:(—–"


# A label and its number between a figure and its plural noun: "2,210 category 2 calls", "40 size-12 dresses"
NUMBER_LABELLED_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(NUMBER_LABEL_NOUNS))})[\s-]\d{{1,2}}[a-z]?\s+(?P<noun>[a-z][a-z-]*)\b(?!-)"
)
# The determiner of a sum a figure names with a singular noun of its own: "a 1,500 fine", "the 4.50 fee", "its 900 rent"
SUM_DETERMINED_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Mm]y|[Yy]our|[a-z]+['’]s)\s+(?:[a-z]+\s+)?$"
)
NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")
# Nouns of a change a payment noun modifies ("a 12 price rise", "a 5 fee increase"), whose figure is no sum
SUM_CHANGE_NOUNS = {"rise", "rises", "increase", "increases", "hike", "hikes", "cut", "cuts", "freeze", "cap", "fall"}
# Singular modifiers of a payment noun that a figure counts in their own right, a span of time or a measure ("a 25 year
# loan", "a 7 day fare", "a 50 mile fare cap") or people ("the 3 child allowance"): never a sum
NOT_SUM_MODIFIERS = frozenset(
    {unit for unit in DURATION_UNITS if not unit.endswith("s")}
    | ONE_MEASURE_UNITS
    | SINGULAR_MEASURES
    | {"child", "person", "adult", "pupil", "student", "member", "player", "room", "bedroom", "seat", "bed"}
)


def _sum_named(sentence: str, m: re.Match, unit: str, end: int) -> bool:
    """
    Whether the figure at ``m`` is a sum a singular noun of payment names, its currency left out: after a determiner,
    the noun itself ("a 1,500 fine is no deterrent", not "14 charge more"), or the noun after a singular modifier
    ("the full 6,000 hire fee", "the 4.50 facility fee"); never the noun that modifies a plural ("200 parking fine
    notices").
    """
    if unit in SUM_NOUNS:
        noun_end: int | None = end
        change = NEXT_WORD.match(sentence, end)
        if change and change.group(1) in SUM_CHANGE_NOUNS:
            return False  # "a 12 price rise": a change, a percentage mostly, not a sum
        if not SUM_DETERMINED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            return False
    else:
        if unit.endswith("s") or unit in COLLECTIVE_HEADS | IRREGULAR_PLURALS | PLURALS_IN_A_OR_I | CURRENCY_UNITS:
            return False
        if unit in NOT_SUM_MODIFIERS or PEOPLE_NOUNS.fullmatch(f"{unit}s"):
            return False  # "a 25 year loan", "a 50 mile fare cap", "the 3 child allowance": years, miles, children
        named = SUM_NOUN_AFTER.match(sentence, end)
        noun_end = named.end() if named else None
    if noun_end is None:
        return False
    nxt = NEXT_WORD.match(sentence, noun_end)
    return not (nxt and _plural_noun(nxt.group(1)))


# Determiners and adverbs a bare sum is often followed by, no noun it counts: "charges you 1.20 every time", "is 29.00
# whatever the traffic", "paid 30 apiece" (and the modifiers: "costs 52,000 new", "paid 40 more")
NO_NOUN_AFTER_SUM = {"every", "each", "whatever", "whichever", "apiece", "upfront", "outright"}


def _sum_governed_no_noun(sentence: str, m: re.Match, unit: str) -> bool:
    """
    Whether the figure at ``m``, in digits, is a sum a verb or noun of payment governs ("charges you 1.20", "the fixed
    price is 29.00") and ``unit``, the word after it, is no noun it counts ("every", "whatever", "new"): a plural, a
    measure or a currency written as it stands is one.
    """
    if not m.group("num")[0].isdigit() or m.group("scale") or _plural_noun(unit) or unit.endswith("s"):
        return False  # (with its scale, "cost 2.7 billion gulden", the word after is a currency's as often)
    if unit not in MODIFIERS | NO_NOUN_AFTER_SUM and not unit.endswith("ly"):
        return False  # "earned 40 lauri": a word that may name a currency, or a noun, is read as one
    start = max(0, m.start() - 80)
    return bool(
        PAID_BEFORE.search(sentence, start, m.start())
        or SUM_VERB_BEFORE.search(sentence, start, m.start())
        or SUM_SUBJECT_BEFORE.search(sentence, start, m.start())
        or PAYER_SUM_SUBJECT_BEFORE.search(sentence, start, m.start())
    )


def _currency_written(known_units: Mapping[Decimal, str] | None, earlier: Sequence[Figure], text: str) -> str:
    """The unit the page (``text``, up to the figure) has counted in and writes as money at a figure, the last counted
    first: its own currency where it gave no sum in millions ("owed our florist 4,800 quillons", "a fee of 260
    dravels"); "" if it wrote none so."""
    counted = [f.unit for f in reversed(earlier)] + list((known_units or {}).values())[::-1]
    written = [
        unit
        for unit in dict.fromkeys(counted)
        if unit
        and unit not in NOT_SUM_UNITS
        and not PEOPLE_NOUNS.fullmatch(unit)
        and (
            _money_elsewhere(unit, text, -1, -1)
            or (unit in SUM_CURRENCY_UNITS and re.search(rf"\d\s+{re.escape(unit)}\b", text) is not None)
        )
    ]
    # "Tourists paid 25 euros ... and locals 18 dollars. The 40 fine": a page that writes two currencies leaves a
    # bare sum's own to none
    return written[0] if len(written) == 1 else ""


def _two_currencies(text: str) -> bool:
    """Whether ``text`` writes sums in two currencies the engine knows ("25 euros ... 18 dollars")."""
    return len({m.group(1) for m in CURRENCY_AFTER_FIGURE.finditer(text)}) > 1


CURRENCY_AFTER_FIGURE = re.compile(rf"\d\s+({'|'.join(sorted(CURRENCY_PLURALS | CURRENCY_WORDS))})\b")


def _modifier_of_plural(
    sentence: str, at: int, word: str, known_units: Mapping[Decimal, str] | None, earlier: Sequence[Figure]
) -> bool:
    """Whether a word the page has counted in, no currency, modifies the plural noun right after it: "58 vaccine
    recipients" on a page that gave "(4,709 vaccine, 4,703 placebo)" counts recipients; "1.80 riksa tells" stays."""
    if word in _sum_units(known_units, earlier):
        return False
    nxt = NEXT_WORD.match(sentence, at)
    return nxt is not None and _plural_noun(nxt.group(1)) and not VERB_WITH_OBJECT_AFTER.match(sentence, at)


def _unit(
    sentence: str,
    m: re.Match,
    context_before: str,
    earlier: Sequence[Figure] = (),
    known_units: Mapping[Decimal, str] | None = None,
    paragraph_unit: str = "",
    *,
    carried_unit: str = "",
    price_unit: str = "",
    sum_unit: str = "",
    listed_price: bool = False,
) -> tuple[str, int]:
    if m.group("pct"):
        return "percent", m.end()
    if m.group("cur"):
        return currency_unit(m.group("cur")), m.end()
    quake = magnitude_end(sentence, m, context_before[-NEAR_CONTEXT:])
    if quake:  # "of magnitude 5.4", "measured 6.8 on the institute's scale": a quake's strength, whatever the scale
        return "magnitude", quake
    after = sentence[m.end() :]
    if price_unit and m.group("num")[0].isdigit() and not m.group("scale") and PER_MEASURE_SOLD.match(after):
        # "Whiting eased to 2.15 a kilo" in a report whose first price was "7.40 quellets a kilo": the report's
        # currency, given once, not what the paragraph counted last (tests/ingest_labelling.md, lists with the unit
        # given once)
        return price_unit, m.end()
    priced = price_unit and PRICE_WRITTEN.fullmatch(m.group("num")) and not m.group("scale")
    if priced and NOTHING_NAMED_AFTER.match(after):
        # "Haddock eased to 3.90", "Shorter reds averaged 1.27.": in a report that has priced by the kilo or the stem,
        # a bare figure written to the hundredth as prices are is another price in its currency
        return price_unit, m.end()
    cent = CENT_AFTER.match(after)
    if cent:  # "rose 0.6 cent on the dollar", "a levy of 0.5 cent a litre": a fraction of the currency's unit, in cents
        return "cents", m.end() + cent.end()
    rating = RATING_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()])
    if rating and (number_value(m) or 100) <= 10:  # "had stood at level 3 of 5", "A level 3 on that slope"
        scale_of = re.match(r"\s+(?:of|out\s+of)\s+(?:\d+|five|ten|four|three)\b", after)
        return rating.group("scale").lower(), m.end() + (scale_of.end() if scale_of else 0)
    others = OTHERS_AFTER.match(after)
    counted_kind = _kind_counted_before(sentence[: m.start()], earlier, context_before) if others else ""
    if others and counted_kind:
        # "killed four workers and injured 23 others", "lost one sponsor and had calls from two others": more of
        # the kind the clause before counted, not a unit called "others"
        return counted_kind, m.end() + others.end()
    rated = _exchange_rate_unit(sentence, m, after)
    if rated:  # "the kestrin was changing hands at around 6.4 to the ecu": a price in the currency named
        return rated
    temperature = re.match(r"\s?°\s?[CF]\b|[CF]\b(?!-)", after)
    if temperature:
        return "degrees", m.end() + temperature.end()  # "reached 38C", "41 °F"
    loose = LOOSE_AFTER.match(after)
    if loose:  # "a dozen or so boats", "40-odd families", "300-plus volunteers": the noun after the looseness
        unit, unit_end = _unit_after(sentence, m.end() + loose.end())
        if unit:
            return unit, unit_end
    energy = ENERGY_UNIT.match(after)
    if energy:  # "900 MW", "5.9 GW", "14.2 terawatt hours", "18.5 TWh": power and energy, not a duration
        return _energy_unit(energy), m.end() + energy.end()
    glued = GLUED_MEASURE.match(after) if m.group("num")[-1:].isdigit() else None
    if glued:  # "214g", "5,200mAh", "6.7in", "50MP", "20GB": a spec's measure set on its figure, in its own case
        return glued.group(1).lower(), m.end() + glued.end()
    frequency = re.match(
        r"\s+times\b(?=\s+(?:in|since|last|this|so|during|over|before|between|and|already|a\s+(?:day|week|month|year)|"
        r"myself|himself|herself|ourselves|themselves)\b|\s*[.,;])",
        after,
    )
    if frequency:  # "fired on its positions 870 times in September", "phoned them 14 times and"; not "three times the"
        return "times", m.end() + frequency.end()
    strong = GROUP_OF_STRENGTH.match(after)
    if strong:  # "a six-strong team of advisers", "a 12-strong working group": the size of a group, in its members
        return strong.group("members") or "members", m.end() + strong.end()
    body = BODY_OF_MEMBERS_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
    next_word = re.match(r"\s+(?:[A-Z][a-z]+\s+)?([a-z][a-z-]*)", after)  # "a crew of 19 Filipino sailors"
    if body and not (next_word and (_plural_noun(next_word.group(1)) or next_word.group(1) in COLLECTIVE_HEADS)):
        # "a crew of seven took off all 22 sailors": the members of the body, unless a noun after the figure names
        # them ("a crew of 26 volunteers")
        return BODY_MEMBERS[body.group("body").lower()], m.end()
    limit = SPAN_OF_LIMIT_AFTER.match(after)
    if limit:  # "a 10-week consultation", "a 90-day deadline": the span a rule or a body sets, in its unit
        return limit.group("unit") + "s", m.end() + limit.end("unit")
    measure = HYPHENATED_MEASURE.match(after)
    if measure:  # "a 19-mile stretch", "the 42,000-seat stadium": a measure of the noun it modifies
        word = measure.group(1).lower()
        if word in ROOMS_OF_A_HOME and not m.group("num")[0].isdigit():
            return "", 0  # "a two-room flat", "a three-storey house": a kind of home, not a figure

        return MEASURE_PLURALS.get(word, word + "s"), m.end() + measure.end()
    sum_after = SUM_NOUN_RIGHT_AFTER.match(after)
    currency = _sum_named_after(known_units, earlier, paragraph_unit) if sum_after else ""
    if currency:  # "we only made 40,000 profit": a sum, in the article's currency, that the noun after names
        return currency, m.end()
    hyphenated = _hyphenated_known_unit(after, known_units)
    if hyphenated:  # "a 5,000-lunet relocation grant", in an article that counts in lunets
        return hyphenated[0], m.end() + hyphenated[1]
    against = SET_AGAINST_BEFORE.fullmatch(sentence, earlier[-1].span[1], m.start()) if earlier else None
    if against and earlier[-1].unit and NOTHING_NAMED_AFTER.match(after):
        # "the figure was 350,000 skellings, not 200,000": a bare figure set against the one just given counts what
        # it counts (not what the article first counted at that value)
        return earlier[-1].unit, m.end()
    than = THAN_FIGURE_AFTER.match(after) if known_units else None
    than_value = parse_number(than.group(1)) if than else None
    if known_units and than_value is not None and than_value in known_units:
        # "Ostmere is nearer 29 than 27.5", after "27.5 in Ostmere" counted pupils: a bare figure set against one
        # the article gave counts what that one counted
        return known_units[than_value], m.end()
    known = known_units.get(number_value(m) or Decimal(-1)) if known_units else None
    if known and DEFINITE_BEFORE.search(sentence[: m.start()]) and VERB_WITH_OBJECT_AFTER.match(after):
        # "The 73,000 includes people who ...", "Its 9.4 million counts the bill twice": the figure given before,
        # then its verb
        return known, m.end()
    if (
        known
        and NAMED_AS_FIGURE.search(sentence[: m.start()])
        and NOTHING_NAMED_AFTER.match(after)
        and not re.match(rf"(?:\s+[\w-]+){{0,2}}\s+{re.escape(known)}\b", after)
    ):
        # "the organisers' figure of 18,500 included free passes": the figure given before, in the unit it counted
        # then (not the passes its verb names; but "the figure of four misdirected ambulances" names it)
        return known, m.end()
    if (
        "class" in sentence[max(0, m.start() - 60) : m.start()]
        and CLASS_SIZE_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
        and NOTHING_NAMED_AFTER.match(after)
    ):
        # "at least one class of more than 34", "classes are as small as 12", "class sizes have risen to 31": the size
        # of a class, in the pupils (or students) the article counts most
        taught = [unit for unit in [*(known_units or {}).values(), *(f.unit for f in earlier)] if unit in TAUGHT_UNITS]
        return (max(reversed(taught), key=taught.count) if taught else "pupils"), m.end()
    points = re.match(r"\s+(percentage|basis) points?\b", after)
    if points:
        return f"{points.group(1).lower()} points", m.end() + points.end()
    compound = COMPOUND_UNIT.match(after)
    if compound:  # "1.9 cubic metres", "112 km/h", "40 square kilometres": a unit of more than one word
        words = " ".join(compound.group(0).lower().split())
        flow = FLOW_AFTER.match(after[compound.end() :]) if words.startswith("cubic") else None
        if flow:  # "9 cubic metres a second": a flow, which a volume alone misstates
            return f"{words} {' '.join(flow.group(1).lower().split())}", m.end() + compound.end() + flow.end()
        return SPEED_UNITS.get(words, words), m.end() + compound.end()
    lengths: list[str] = []
    dimension = DIMENSION_AFTER.match(after) if m.group("num")[0].isdigit() else None
    if dimension:
        lengths = [f.unit for f in earlier if f.unit in LENGTH_UNITS]
        pattern = _MEASURED_DIMENSION.format(units=_LENGTH_UNIT_WORDS, dimension=dimension.group(1))
        lengths = lengths or re.findall(pattern, context_before[-NEAR_CONTEXT:])
    if lengths:
        # "It is barely 4 metres wide at the bridge. A coach is 2.5 wide": a dimension given bare is in the length
        # unit the sentence last measured in, else the one the article last gave the same dimension in (not "The
        # river is 40 kilometres long. The levee is 4 high."), not a unit called "wide"
        return lengths[-1], m.end()
    share = re.match(
        r"\s+of (?:the|them|those)\s+(?:[a-z]+\s+){0,2}(?:were|was|are)\s+([a-z]+(?:s|ren|men|people))\b", after
    )
    if share:  # "30 to 40 of the wounded were children"
        return share.group(1), m.end() + share.end()
    named_part = _part_named_after_copula(sentence, m, after)
    if named_part:  # "three of them are severe warnings", "Of those, 54,000 were children"
        return named_part, m.end()
    # not "8 of the missing pieces", where the word describes the noun after it
    casualties = re.match(
        r"\s+of\s+the\s+(dead|injured|wounded|missing|displaced|rescued|evacuated)\b(?!\s+(?!(?:was|has|is)\b)[a-z]+s\b)",
        after,
    )
    if casualties:  # "relatives of 27 of the dead"; "6 of the rescued" are people
        named = casualties.group(1).lower()
        return ("people" if named in PEOPLE_PARTICIPLES else named), m.end() + casualties.end()
    # "a dozen or so of the stores", "40-odd of its members": a loose figure's part of a whole
    part_at = loose.end() if loose else 0
    partitive = re.match(
        # "310 of the usual 3,900 services": a word that describes the whole, before its figure
        r"\s+of\s+(?:(?:the|its|their|our|his|her|my|your|those|these)\s+(?:[\w-]+['’]s\s+)?(?:(?:past|last|next|first|previous|final)\s+)?"
        r"(?:[a-z]+\s+(?=\d))?"
        rf"(?:(?:{HEDGE})\s+)?"
        r"(?:(?P<whole>[\d,.]*\d(?:\s+(?:million|billion|thousand))?)\s*)?"
        # "two of the five largest transfer firms", "two of the four Kestrel batteries": a whole in words, before the
        # words (or the name) that describe its noun
        rf"(?:(?:{SMALL_NUMBER_WORDS})\s+(?=[A-Za-z]))?"
        # "71 of 130 seats", "88 of parliament's 169 seats": with no determiner, only before the whole's figure
        r"|(?:[\w-]+['’]s\s+)?(?P<bare>[\d,]*\d)\s+(?=[a-z])"
        # "six of Skyrell's busiest routes", "all 11 of Marrowsound Ferries' routes": a named owner stands for the
        # determiner, and what it owns is what the part counts
        r"|(?P<owner>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:['’]s|s['’]))\s+(?=[a-z]))",
        after[part_at:],
    )
    if partitive and partitive.group("owner") and not re.search(r"\w", sentence[: m.start()]):
        # not at the head of the sentence: "Four of Orvenna's biggest agents have been fined" names who the story is
        # about, its subject, more than it claims how many
        partitive = None
    whole_in_words = WHOLE_IN_WORDS_ALONE.match(after)
    if whole_in_words:
        # "eight of the ten in the tower", "beaten it in seven of the last ten": a part of a whole in words whose
        # noun is left out counts what the sentence counted or named before
        # (periods too: "over ten years ... seven of the last ten" are years)
        before = sentence[: m.start()]
        told = [n for n in COUNTED_IN_WORDS.findall(before) if _plural_noun(n) or n in PLURAL_WITHOUT_S]
        # "The four schools have 611 pupils ... Three of the four are rated good": the whole is the count of that size
        # told in the sentence or just before it, whatever was counted since; but a noun the sentence names itself
        # comes first ("Rovers lost four matches. ... signed strikers from Spain, Italy, France and Brazil, and three
        # of the four": strikers)
        whole = whole_in_words.group("whole")
        own = _whole_counted_before(whole, before) or (told[-1] if told else _plural_antecedent(before, ""))
        paragraph = context_before.rsplit("\n", 1)[-1].strip()
        earlier_whole = ""
        for told_sentence in reversed(SENTENCE_END.split(paragraph)[-3:] if paragraph and not own else []):
            earlier_whole = _whole_counted_before(whole, told_sentence)
            if earlier_whole or any(not n.group("count") for n in STAFF_NAMED.finditer(told_sentence)):
                # "The school cut four teachers. This year it hired new staff from Leeds, York, Hull and Bath. Three
                # of the four": staff named since, with no figure, may be the four as well as the teachers
                break
        antecedent = own or earlier_whole or _plural_antecedent(before, context_before)
        return (antecedent, m.end()) if antecedent else ("", 0)
    if partitive:  # "nine of the city's 34 public libraries": the libraries, and the 34 is read on its own
        unit, _ = _unit_after(sentence, m.end() + part_at + partitive.end())
        if unit == "second" and ORDINAL_SECOND_AFTER.match(sentence, m.end() + part_at + partitive.end()):
            unit = ""  # "400,000 of the second batch": an ordinal that ranks the whole, no unit of time
        if unit in ("crowd", "crowds"):  # "1,100 of the crowd were under 16": people, at a match its spectators
            return _crowd_unit(context_before, sentence), m.end()
        if unit and unit not in FIGURE_NOUNS:
            return unit, m.end()
        whole = NUMBER.fullmatch(partitive.group("whole") or "")
        whole_value = number_value(whole) if whole else None
        if not unit and known_units and whole_value is not None and whole_value in known_units:
            return known_units[whole_value], m.end()  # "fewer than 300,000 of the 3.4 million" customers counted
    part_of = _part_of_count_just_before(sentence, m, after, context_before, known_units)
    if part_of:  # "I rang 30 owners in the valley. Only 4 said conifers.": a part of them, not "conifers"
        return part_of, m.end()
    or_more = re.match(r"\s+or\s+(?:more|fewer|less)\b(?=\s+[a-z])", after)
    if or_more and re.search(r"\b(?:passing|with|having|scoring|earning|reaching|of)\s+$", sentence[: m.start()]):
        or_more = None  # "pupils passing five or more exams": a threshold that defines what is counted
    counted_in = KNOWN_UNIT_AFTER.match(after)
    if (
        counted_in
        and counted_in.group(1) not in COLLECTIVE_HEADS
        and counted_in.group(1) in set((known_units or {}).values())
        and not _modifier_of_plural(sentence, m.end() + counted_in.end(), counted_in.group(1), known_units, earlier)
    ):
        # "at 1.80 riksa tells investors": a unit without an -s that the article counts in (a currency, mostly) is
        # the head, not the modifier of a plural after it
        return counted_in.group(1), m.end() + counted_in.end()
    labelled = NUMBER_LABELLED_AFTER.match(after)
    if labelled and _plural_noun(labelled.group("noun")):
        # "2,210 category 2 calls", "40 size-12 dresses": the plural after the label's number is what is counted
        head = NEXT_WORD.match(after, labelled.end())
        if head and _plural_noun(head.group(1)) and not labelled.group("noun").endswith("ies"):
            # "4,000 type 2 diabetes patients": a noun in -s that modifies the plural after it
            return head.group(1), m.end() + head.end()
        return labelled.group("noun"), m.end() + labelled.end()
    unit, end = _unit_after(sentence, m.end() + (or_more.end() if or_more else 0))  # "40 or more open cases"
    if end < 0:
        return "", 0
    if unit and m.group("num")[0].isdigit() and _sum_named(sentence, m, unit, end):
        # "the full 6,000 hire fee", "the 4.50 facility fee", "a 1,500 fine": a sum in the page's currency, which
        # the page leaves out, not a count of hires, facilities or fines
        sums = _sum_units(known_units, earlier)
        near = [f.unit for f in earlier if f.unit in sums]
        currency = near[-1] if near else ""
        if not currency:
            written = _currency_written(known_units, earlier, context_before[-NEAR_CONTEXT:] + sentence)
            currency = _sum_currency(known_units, earlier, paragraph_unit, sum_unit) or written
            if not written and _two_currencies(context_before[-NEAR_CONTEXT:] + sentence):
                currency = ""  # "paid 25 euros ... and locals 18 dollars. The 40 fine": neither, unless in its sentence
        if currency:  # "the 260 million crown budget": the currency's own word, with the figure
            return currency, end if f"{unit}s" == currency else m.end()
    if not unit and sum_unit and SUM_LABEL.match(sentence, 0, m.start()) and _sum_label_figure(m, after):
        # "Base fare: 18.40", "Test fee paid: 92.00", "Net payout: 917.65", "Gross fares: 1,146.20": a label whose
        # head is a noun of payment gives a sum, in the page's currency (not a count of fares)
        currency = _sum_currency(known_units, earlier, paragraph_unit, sum_unit)
        if currency:
            return currency, m.end()
    if unit and sum_unit and _sum_governed_no_noun(sentence, m, unit):
        # "charges you 1.20 every time", "Its fixed price is 29.00 whatever the traffic": a sum a word of payment
        # governs, then a word that is no noun it counts, in the page's currency
        currency = _sum_currency(known_units, earlier, paragraph_unit, sum_unit)
        if currency:
            return currency, m.end()
    if unit == "ones":  # "350 new ones": the noun said before, not a unit
        unit = ""
    if unit and _verb_after_count_in_words(sentence, m, unit, end):
        unit = ""  # "only four survive largely unaltered", "five charge more": the verb, its noun left out
    if unit in MONEY_NOUNS and (m.group("num")[0].isdigit() or m.group("scale")):
        # "40,000 profit" is a sum; "two new reserves" (of nature) counts them, as no sum is written "two"
        return _noun_or_currency(unit, known_units, earlier), end
    if unit in SUM_OR_COUNT_NOUNS and m.group("scale"):
        # a scaled gap on a page that counts money is a sum ("the 3 billion gap"); a bare "12,000 gap" counts what
        # the sentence counts
        currency = article_currency(known_units, earlier)
        if currency:
            return currency, end
    livestock = LIVESTOCK_AFTER.match(sentence, end) if unit == "head" else None
    if livestock:  # "2,000 head of cattle": the animals, counted by the head
        return livestock.group(1), livestock.end()
    if unit and unit not in FIGURE_NOUNS:
        per = PER_MEASURE.match(sentence[end:]) if unit in CONCENTRATION_UNITS else None
        if per:  # "12 milligrams per litre": a concentration, not an amount
            return f"{unit} per {per.group(1).lower()}", end + per.end()
        if unit in CONCENTRATION_UNITS:  # "56 milligrams per litre, against a limit of 50 milligrams"
            rate = next((f.unit for f in reversed(earlier or []) if f.unit.startswith(f"{unit} per ")), "")
            if rate:
                return rate, end
        return unit, end
    if unit:  # "the 18,400 figure": the figure given earlier, if any
        value = number_value(m)
        return (known_units[value], end) if known_units and value is not None and value in known_units else ("", 0)
    rival = earlier and RIVAL_TALLY_GAP.fullmatch(sentence, earlier[-1].span[1], m.start())
    if rival and CLAUSE_END_AFTER.match(after):
        return earlier[-1].unit, m.end()  # "17 shots to Orrin's six": the same count, for the other side
    joined = earlier and re.fullmatch(
        r"[^.:]{0,60}?(?:\b(?:and|but|while|whereas)|[;,])\s+(?:\w+\s+){0,3}", sentence[earlier[-1].span[1] : m.start()]
    )
    if joined and re.match(r"\s+(?:are|were|is|was|have|had|remain|remained|[a-z]+ed)\b", after):
        # "four miners have died and at least nine are still missing"; but "62 per cent were men; about 300 were
        # aged over 60" counts the people of the clause before, as no share is 300
        units = [_counted_in_share(sentence, f, m) for f in earlier]
        units = [unit for unit in units if unit]
        if units:
            return units[-1], m.end()
    last_unit = list(known_units.values())[-1] if known_units else ""
    kind = OF_THEM_KIND_AFTER.match(after)
    if kind and (kind.group(1) in IRREGULAR_PLURALS or _plural_noun(kind.group(1))):
        return kind.group(1), m.end() + kind.end(1)  # "7 people in hospital, two of them children": what they are
    if PEOPLE_DONE_TO_AFTER.match(after) or PEOPLE_DONE_TO_OPENING.match(sentence, 0, m.start()):
        return "people", m.end()  # "11 of those infected", "Of those arrested, nine": people, whatever was counted
    of_which = OF_WHICH_AFTER_NOUN.search(sentence, 0, m.start()) if re.match(r"\s+of\s+which\b", after) else None
    if of_which and number_value(m) != 1:
        # "made 14 recommendations to ministers, two of which were rejected": a part of what the sentence counted,
        # else of the plural noun the relative clause hangs on ("would move to nearby schools, two of which would be
        # expanded"); "which" is never people
        told = [n for n in COUNTED_NEAREST.findall(sentence, 0, m.start()) if _plural_noun(n)]
        told = [n for n in told if n not in DURATION_UNITS | FRACTION_PLURALS and not PEOPLE_NOUNS.fullmatch(n)]
        noun = of_which.group(1)
        if told or (_plural_noun(noun) and not PEOPLE_NOUNS.fullmatch(noun)):
            return (told[-1] if told else noun), m.end()
    if re.match(r"\s+of\s+(?:them|those|these|whom)\b", after):
        # "Two of them remain in hospital": of what was counted last, and of a sum only when nothing else was counted
        # ("owed 41,500 crowns. Some 2,300 of them" are the people who owed it)
        # (nor the page's own currency when the sentence counted nothing before: "the median main course costs 18.50.
        # At 9 of them" are restaurants; but "earned 3 tessels a week, and my mother took 2 of them")
        sums = _sum_units(known_units, earlier) | ({sum_unit} - {""} if not earlier else set())
        antecedent = _of_them_antecedent(sentence, m, context_before, earlier, paragraph_unit, sums)
        if antecedent or last_unit not in SHARE_UNITS | sums:
            return antecedent or last_unit, m.end()
        # the article's own currency is only a guess from its sums in millions, which may have counted customers
        known_sums = CURRENCY_UNITS | CURRENCY_PLURALS
        antecedent = _of_them_antecedent(sentence, m, context_before, earlier, paragraph_unit, known_sums)
        if antecedent or last_unit not in SHARE_UNITS | known_sums:
            return antecedent or last_unit, m.end()
        return "", 0
    listed_kind = (
        LISTED_KIND_BEFORE.search(sentence, max(0, earlier[-1].span[1] - 1), m.start())
        if earlier and re.match(r"\s+of\s+(?!(?:them|those|these|whom|us|it|that|the)\b)[a-z]", after)
        else None
    )
    if listed_kind:  # "14 counts of fraud and two of false accounting": two more counts, of another kind
        return earlier[-1].unit, m.end()
    you = OF_YOU_WROTE_AFTER.match(after)
    # "More than 60 of you wrote in this week": the readers a paper addresses; not inside a quotation, where '"Forty
    # of you wrote to me," the minister told the assembly' counts the speaker's listeners
    opened = sentence[: m.start()]
    quoted = opened.count("“") > opened.count("”") or opened.count('"') % 2 == 1
    if you and number_value(m) != 1 and not quoted:
        return "readers", m.end() + you.end(1)
    us = OF_US_AFTER.match(after) if re.match(r"\s+of\s+us\b", after) else None
    if us and number_value(m) != 1:  # not "one of us": a person, not a count
        return _group_of_us(sentence[: m.start()], context_before) or "people", m.end() + us.end()
    if re.match(r"\s+of\s+(?:it|that)\b", after) and (earlier or paragraph_unit or last_unit):
        return (earlier[-1].unit if earlier else paragraph_unit or last_unit), m.end()
    if re.search(r"\b(?:another|a further)\s+$", sentence[: m.start()]) and not m.group("cur") and not m.group("pct"):
        amount = _amount_like_before(m, sentence, known_units, earlier, paragraph_unit) if not earlier else ""
        return amount or ELLIPTIC, m.end()  # "41 teams working, and I have asked for another 20": more of the same
    if re.match(r"\s+more\s+(?:have|has|had|were|are|was|will)\b", after):
        # "349 are open; 29 more have been handed over": more of what was counted just before
        paragraph = context_before.rsplit("\n", 1)[-1] + " " + sentence[: m.start()]
        more_of = _counted_before(paragraph, earlier, paragraph_unit, known_units, context_before[-400:])
        if more_of:
            return more_of, m.end()
    if earlier and re.match(r"\s+more\b(?!\s+[a-z])", after):
        return ELLIPTIC, m.end()  # "handles 1.1 million containers and has room for about 300,000 more"
    if MORE_WITH_NO_NOUN_AFTER.match(after):
        return ELLIPTIC, m.end()  # "Our target is to plant 10,000 more by 2035", "pledged 1,000 extra in its manifesto"
    opens = not m.group("num")[0].isdigit() and not earlier and not re.search(r"\w", sentence[: m.start()])
    sale = opens and not paragraph_unit and SALE_PREDICATE_AFTER.match(after)
    subject = _subject_before(context_before) if sale and _counts_alone(sentence, m) else ""
    if subject:
        # "Cull cows met a slower trade. Sixty-two were sold": a number word opening its sentence, in a paragraph
        # that has counted nothing yet, counts the plural subject of the sentence right before
        return subject, m.end()
    if not m.group("num")[0].isdigit() and ELLIPTIC_COUNT_AFTER.match(after) and not m.group("cur"):
        return ELLIPTIC, m.end()  # "a dozen have closed", "41 packs, nine more than in 2022"
    if earlier and INCLUDING_BEFORE.search(sentence, 0, m.start()) and not m.group("cur"):
        return ELLIPTIC, m.end()  # "14 radiated tortoises, including three that hatched": a part of the count
    in_words = not m.group("num")[0].isdigit()
    repeated = known_units.get(number_value(m) or Decimal(-1)) if in_words and known_units else None
    if repeated and m.group("scale"):
        return repeated, m.end()  # "33 million passengers in 2028" ... "Thirty-three million is a floor"
    amount = _amount_like_before(m, sentence, known_units, earlier, paragraph_unit) if in_words else ""
    if amount and not _noun_before(sentence[: m.start()]):
        # "had asked for at least 650 million", "Thirty-eight million is what they announced": a bare figure in
        # millions is of what the article last counted in millions (its currency, mostly), not people
        return amount, m.end()
    named_before = _noun_before(sentence[: m.start()]) if not m.group("num")[0].isdigit() else None
    # "raised the number of infected farms to five from three": the number word reached, then the one it replaced
    if named_before and named_before.group("plural") and NUMBER_WORD_ENDS_CLAUSE.match(after):
        # 'put the number of such deaths at "at least a dozen".': the number word ends the clause that names it
        participle = COUNTED_BEFORE_PARTICIPLE.search(named_before.group(0))
        if participle and (_plural_noun(participle.group("noun")) or participle.group("noun") in COLLECTIVE_HEADS):
            return participle.group("noun"), m.end()  # "raised its count of civilians killed to nine": civilians
        return named_before.group("plural").lower(), m.end()
    counted_words = [f.unit for f in earlier if f.unit not in SHARE_UNITS]
    if (
        counted_words
        and not m.group("num")[0].isdigit()
        and re.search(
            r"(?:\b(?:against|compared\s+(?:with|to)|versus|up\s+from|down\s+from)|,\s+not)\s+$", sentence[: m.start()]
        )
    ):
        # "two tonnes a hectare, against eight in a normal year", "It failed one test, not two": the count corrected
        return counted_words[-1], m.end()
    if (
        counted_words
        and not m.group("num")[0].isdigit()
        and ELLIPTIC_ITEM_GAP.fullmatch(sentence, earlier[-1].span[1], m.start())
        and CLAUSE_END_AFTER.match(after)
    ):
        # "Sallund has had 11 deaths and the capital three": a later item of a list that leaves out its verb and its
        # noun counts what the item before it counted
        return counted_words[-1], m.end()
    ellipsis = _answered_count(sentence, m, context_before, _sum_units(known_units, earlier)) if in_words else ""
    if ellipsis and not _counts_alone(sentence, m):
        return ellipsis, m.end()
    asked_word = ("", "") if m.group("num")[0].isdigit() or m.group("scale") else _asked_noun(context_before)
    if (
        asked_word
        and asked_word[1]
        and ANSWER_WORD_AFTER.match(after)
        and _answers_asked(sentence, m, context_before, asked_word)
    ):
        # "Do you have apprentices?" / "Three.", "How many do you have?" / "We have eight now.": a number word that is
        # the whole answer counts what the question asked about, before what the page counted last ("Nine of our
        # 64 ploughs failed." / "How many drivers have you got?" / "A hundred and ten.")
        return asked_word[1], m.end()
    if not m.group("num")[0].isdigit() and _counts_alone(sentence, m):
        # "I had missed fourteen.", "Twenty-seven is simply wrong.", "Now we have two": a number word that is the
        # whole noun phrase counts what the article was counting
        paragraph = context_before.rsplit("\n", 1)[-1] + " " + sentence[: m.start()]
        unit = _counted_before(paragraph, earlier, paragraph_unit, known_units, context_before[-400:])
        if unit or ellipsis:
            return unit or ellipsis, m.end()
    if not m.group("num")[0].isdigit() and NUMBER_WORD_ENDS_CLAUSE.match(after):
        # "Accidents involving pedestrians fell to two from seven": a number word that ends the clause of a change
        # is the level its plural subject reached, as a figure in digits is
        subject = _level_subject(sentence[: m.start()], known_units, earlier, after)
        # "cut its winter sailings to three a week from five": the object of the change, as for a figure in digits
        subject = subject or _changed_object(sentence[: m.start()])[1]
        if subject:
            return subject, m.end()
        before = sentence[: m.start()]
        if counted_words and (REVISED_TO_BEFORE.search(before) or LATER_GIVEN_BEFORE.search(before[-90:])):
            # "first put the number of wounded at six, before lowering it to four": the figure revised, as in digits
            return counted_words[-1], m.end()
    if (not m.group("num")[0].isdigit() and not m.group("scale")) or re.match(r"\s+[A-Z]", after):
        # a bare number word ("under five") or a name after the figure: not a count; a number in words with its scale
        # ("to nine thousand") is read as its digits would be
        return "", 0
    if AGE_CHANGED_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
        return "years", m.end()  # "raise the state pension age to 67 from 65": an age a rule sets, in years
    if (number_value(m) or 0) <= 120 and re.search(
        r"\b(?:[A-Za-z][a-z]*s|[Cc]hildren|[Pp]eople|[Aa]dults|[Mm]en|[Ww]omen|were|are|is|was)\s+(?:under|over)\s+$|"
        r"\baged?\s+$",
        sentence[: m.start()],
    ):
        return "", 0  # "respondents under 35", "children under 12": an age (not "the figure is under 3,000")
    fronted = FRONTED_PARTITIVE.match(sentence[: m.start()])
    if fronted and (_plural_noun(fronted.group("noun")) or fronted.group("noun") in NOUN_BEFORE_UNITS):
        return fronted.group("noun"), m.end()  # "Of the vacancies, 38 are in maths", "Of the dead, 812 were over 75"
    if OF_THOSE_OPENING.match(sentence[: m.start()]):
        # "146 runners needed treatment. Of those, 19 were taken to hospital": a part of what was counted just before
        paragraph = context_before.rsplit("\n", 1)[-1] + " " + sentence[: m.start()]
        before_those = _counted_before(paragraph, earlier, paragraph_unit, known_units, context_before[-400:])
        if not before_those:
            # "collected 236 stray dogs in the six months, ... a rise of 30 per cent. Of these, 148 were returned":
            # the paragraph's last count of a plural after its modifiers, never the share that came after it
            counted = [n.group(1) for n in FIGURE_AND_MODIFIED_NOUN.finditer(paragraph) if _plural_noun(n.group(1))]
            counted = [unit for unit in counted if unit not in DURATION_UNITS]
            before_those = counted[-1] if counted else ""
        if before_those:
            return before_those, m.end()
    on_list = LIST_LEVEL_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
    if on_list and "waiting" in context_before[-3000:] + sentence:
        # "The waiting list stood at 11,870", "to bring the list below 600,000": the people waiting on it
        waiting = [unit for unit in (known_units or {}).values() if unit in WAITING_UNITS]
        treated = CLINIC_LIST.search(on_list.group(0))  # "her clinic's waiting list": its patients
        return (waiting[-1] if waiting else "patients" if treated else "people"), m.end()
    numbers_of = NUMBERS_OF_BEFORE.search(sentence[: m.start()])
    if numbers_of and numbers_of.group(1).lower() not in STOP:
        return numbers_of.group(1).lower() + "s", m.end()  # "passenger numbers of 17.9 million", "Visitor numbers rose"
    large = (number_value(m) or 0) >= COPULA_LEVEL_FROM
    subject = _level_subject(sentence[: m.start()], known_units, earlier, after, large=large)
    if subject:
        return subject, m.end()
    restated = QUANTITY_BEFORE_COLON.search(sentence[: m.start()])
    if restated and _plural_noun(restated.group("noun")):
        # "fewer postal votes had come back than expected: 412,000": the figure the colon gives is the quantity
        # the clause before it spoke of
        return f"{restated.group('mods') or ''}{restated.group('noun')}", m.end()
    in_label = LABEL_UNIT_IN_BRACKETS.match(sentence[: m.start()])
    if in_label and (_plural_noun(in_label.group("unit")) or in_label.group("unit") == "per cent"):
        # "Area planted this year (hectares): 186", "Grant claimed (crenns): 1,190,400": a form's box names its unit
        # in brackets after its label, as a table's header does
        return ("percent" if in_label.group("unit") == "per cent" else in_label.group("unit")), m.end()
    label = LABEL_BEFORE.match(sentence[: m.start()])
    if label:  # "Mains bursts: 2,460 in the year": the figure of the label before the colon
        # (or a plural without -s: "Prime cattle: 86 forward", "Breeding sheep: 300")
        # (a possessive is no head: "People's Alliance: 41", a party's seats, not people)
        words = sentence[label.start("words") : label.end("words") + 2]
        named = [w.lower() for w in re.findall(r"\b[A-Za-z-]{2,}\b(?!['’]s\b)", words)]
        heads = [w for w in named if _plural_noun(w) or w in IRREGULAR_PLURALS or w in COUNTED_COLLECTIVES]
        per = re.search(rf"\b{re.escape(heads[-1])}\s+(per\s+[a-z-]+)\b", words, re.I) if heads else None
        if per:  # "Average classifications per image: about 243": a rate, counted per what the label says
            return f"{heads[-1]} {per.group(1).lower()}", m.end()
        if heads:
            return heads[-1], m.end()
        if named and named[-1] == "rating":  # "Food hygiene rating: 4", "Official rating: 118": counted in itself
            return "rating", m.end()
    number_of = NUMBER_OF_LABEL.match(sentence[: m.start()])
    if number_of:  # "Number of votes cast: 1,912", "Number of pupils on roll: 386": what the label's number is of
        of_what = number_of.group("words")
        words = re.split(r"\s+(?:on|in|at|for|with|by|from|to|who|that|which|than|per|a|an)\b", of_what)[0]
        named = [w.lower() for w in re.findall(r"\b[A-Za-z-]{2,}\b(?!['’]s\b)", words)]
        heads = [w for w in named if _plural_noun(w) or w in IRREGULAR_PLURALS or w in COUNTED_COLLECTIVES]
        if heads:
            return heads[-1], m.end()
    # (not a label that is a verb, "Died: 40 (3% of all admissions)": the deaths are no admissions; findings_bare38 F6)
    counted_label = FIELD_LABEL.match(sentence[: m.start()]) and not VERB_LABEL.match(sentence[: m.start()])
    share_of = SHARE_OF_IN_BRACKETS.match(after) if counted_label else None
    if share_of:  # "Number answering YES: 1,538 (80.9 per cent of valid votes)": votes, as the share is of votes
        return share_of.group("noun"), m.end()
    multiplied = SUBJECT_MULTIPLIED_TO.search(sentence, 0, m.start())
    if multiplied and _plural_noun(multiplied.group("noun")) and multiplied.group("noun") not in GOODS_OR_MONEY:
        # "seizures had more than doubled, to 1,130": what doubled (not "sales", a sum or the goods sold)
        return multiplied.group("noun"), m.end()
    noun = _noun_before(sentence[: m.start()])
    if noun and noun.group("plural") and RATE_OR_DIFFERENCE_AFTER.match(after):
        # "The number of nurses is now 9 per ward", "is now 2,000 more than in 2019": a rate or a difference, no
        # count of the plural
        noun = None
    if noun:  # "the death toll rose to 57", "the number of displaced people stood at 4,000"
        named = noun.group("plural") or noun.group("head")
        named = named if named[:-1].isupper() else named.lower()  # "GPs" as written, an abbreviation's plural
        named = {"crowds": "crowd", "attendances": "attendance"}.get(named, named)  # "Bandy crowds average"
        if named == "sales":  # "its forecast for Ardmere car sales to 96,000": the cars sold, when the goods are named
            named = _goods_sold(sentence[: noun.end("plural")]) or named
        participle = COUNTED_BEFORE_PARTICIPLE.search(noun.group(0))
        if participle and (_plural_noun(participle.group("noun")) or participle.group("noun") in COLLECTIVE_HEADS):
            return participle.group("noun"), m.end()
        lost = re.search(r"\b([a-z]{3,})\s+(?:losses|cuts|gains)$", sentence[noun.start() : noun.end("plural")])
        if (
            lost
            and named in ("losses", "cuts", "gains")
            and not lost.group(1).endswith("s")
            and lost.group(1) not in STOP
        ):
            return lost.group(1) + "s", m.end()  # "their estimate of job losses to 1,150": the jobs lost
        if named in RELATIONAL_HEADS:  # "the number of library service points has risen, to 498"
            phrase = sentence[noun.start() : noun.end("plural")].split(" of ", 1)[-1]
            return _with_noun_modifiers(phrase, named), m.end()
        if named == "population":  # "the national prison population", "the barnacle goose population"
            units_so_far = " ".join((known_units or {}).values())
            return _population_unit(sentence[: noun.start()], f"{units_so_far} {context_before} {sentence}"), m.end()
        if named in ("attendance", "crowd") and AVERAGE_GATE_BEFORE.search(sentence[: noun.end("head")]):
            return "spectators", m.end()  # "average home attendance has fallen to 11,400": a ground's gate
        audience = [unit for unit in (known_units or {}).values() if unit in AUDIENCE_UNITS]
        if named == "attendance" and audience:
            return audience[-1], m.end()  # "attracts 160,000 visitors a year ... put attendance at 118,000": visitors
        counted_people = "people" in (paragraph_unit, *(f.unit for f in earlier))  # "watched by 9,412 people"
        if named in ("attendance", "crowd") and not counted_people:
            return _crowd_unit(context_before, sentence), m.end()
        if named == "rating":  # "a rating of 4.5 out of 5": the scale's top is the rating's, no figure of its own
            scale_of = re.match(r"\s+(?:of|out\s+of)\s+(?:\d+|five|ten|four|three)\b", after)
            return "rating", m.end() + (scale_of.end() if scale_of else 0)
        return NOUN_BEFORE_UNITS.get(named, named), m.end()
    averaged = _averaged_unit(sentence, m, after, earlier, paragraph_unit or carried_unit)
    if averaged:
        # "made 18,600 visits, an average of about 51 a day", "has 9 beds per 100,000 people, below the national
        # average of 11": an average of what the sentence (else the paragraph) counted first
        return averaged, m.end()
    first_counts = [f.unit for f in earlier if f.unit not in SHARE_UNITS]
    set_off = re.search(r",\s*(?:about|around|some|nearly|almost|roughly|just)?\s*$", sentence[: m.start()])
    if first_counts and set_off and re.match(r"\s+(?:more|fewer|less)\s+than\b", after):
        # "4,812 pupils sat exams at 23 schools, the board said, about 150 more than last year": a
        # comparison set off by a comma compares the clause's first count, not the last noun
        return first_counts[0], m.end()
    comparison = (
        r"\b(?:compared with|compared to|up from|down from|from|versus|vs\.?|against|than|and|or|to)\s+"
        r"(?:(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:of\s+))?$"  # "against a licensed capacity of 28,500"
        # "140 observers out of 600", "23 farms have applied, out of about 140": the whole the part is taken from
        rf"|\bout\s+of\s+(?:(?:{HEDGE})\s+)?$"
    )
    # "5,912 fans ..., beating the previous record of 5,640": the record beaten counts what the figure did
    beaten = RECORD_BEATEN_BEFORE.search(sentence, 0, m.start()) if earlier else None
    if earlier and (re.search(comparison, sentence[: m.start()]) or beaten):
        if earlier[-1].unit in SHARE_UNITS and re.search(r"\bto\s+$", sentence[: m.start()]):
            # "Building permits dropped 9.2% to 198,500", "shootings fell by half, to 37": the change is a
            # share, the level it reached counts what changed
            changed = CHANGED_SUBJECT.search(sentence[: earlier[-1].span[0]])
            if changed:
                subject = changed.group(1).lower()
                return COLLECTIVE_SUBJECTS.get(subject, subject), m.end()
        elif not (earlier[-1].unit in SHARE_UNITS and _too_large_for_a_share(m)) and not (
            earlier[-1].unit in BODY_UNITS and SUM_OR_LOAD_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        ):  # "One in four ..., and 1,140"; not "a staff of 46 and a budget of 3 million", no count of staff
            return earlier[-1].unit, m.end()  # "totalled 41,000, compared with 29,500 in 2022": the same unit
    number_put = NUMBER_PUT_AT_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
    counted_before = COUNTED_PLURAL.findall(sentence, 0, number_put.start()) if number_put else []
    # "the business", "the process": a singular in -s is not what was counted
    counted_before = [w.lower() for w in counted_before if _plural_noun(w.lower())]
    counted_before = [w for w in counted_before if w not in GENERIC_SUBJECTS]
    if counted_before:
        # "a fault hit some accounts, but it puts the number at 64,000": "the number" with no "of" is the number of what
        # its sentence has just counted
        return counted_before[-1], m.end()
    put = PUT_PLURAL_AT_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
    if put and _plural_noun(put.group("plural").lower()) and put.group("plural").lower() not in GENERIC_SUBJECTS | STOP:
        return put.group("plural").lower(), m.end()  # "The ministry puts vacancies at 1,120": what is put at the figure
    total = re.search(
        r"\b([A-Za-z][a-z]*s|(?i:population|staff|workforce|membership|headcount))\s+"
        r"(?:(?:from|of|among|in|to|for|at|on|between)\s+(?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?\s+)?"
        r"(?:in \d{4}\s+|this year\s+|so far\s+)?(?:(?:has|have|had)\s+)?(?:already\s+|now\s+)?"
        # "Admissions have passed 140,000", "Registered teams number 3,140": a level passed, a plural's number
        r"(?:totalled|totaled|reached|numbered|number|passed|surpassed|risen to|fallen to|grown to|climbed to|"
        r"stood at|rose to|fell to|grew to|dropped to|topped|exceeded|"
        # "the workforce was cut to 28 from 41": the subject of a passive change
        rf"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:{_REVISED})\s+to|"
        r"(?:were|was|held|remained|stayed)\s+(?:\w+\s+)?(?:flat|steady|stable|unchanged|level)\s+at)\s+(?:\w+\s+){0,2}$",
        sentence[: m.start()],
    )
    if total and _no_count_passed(total, after, sentence):
        total = None
    object_noun, object_unit = _changed_object(sentence[: m.start()])
    estimated = None if object_noun else ESTIMATE_OF_NOUN_TO.search(sentence, max(0, m.start() - 160), m.start())
    if estimated:
        # "raised its target for deceased donors to 310", "cut our collision estimate to 110": the bare level of a
        # revised estimate counts what the estimate is of
        plural = estimated.group("of") or (estimated.group("noun") or "") + "s"
        plural = (_goods_sold(estimated.group(0)) if plural == "sales" else "") or plural
        # ... but a sum of money's ("revised its figure for losses on property loans to 310 million") is its currency's
        money = MONEY_WORDS.fullmatch(plural) or plural in ("receipts", "takings", "earnings")
        if (_plural_noun(plural) or plural == "people") and plural not in GENERIC_SUBJECTS | STOP and not money:
            return plural, m.end()
    if object_unit:
        return object_unit, m.end()
    # a function word or verb is never the subject a level counts ("... in Velden has risen to 27": not "has")
    if total and total.group(1).lower() not in GENERIC_SUBJECTS | STOP:  # "arrivals in 2024 totalled just over 41,000"
        subject = total.group(1).lower()
        if subject in COLLECTIVE_SUBJECTS or subject == "staff":  # "the bureau's staff grew to 2,400"
            return COLLECTIVE_SUBJECTS.get(subject, subject), m.end()
        if subject == "sales":  # "Ticket sales have passed 20,000": the tickets sold, when the goods are named
            subject = _goods_sold(sentence[: total.end(1)].lower()) or subject
        return ("people" if subject == "population" else _noun_or_currency(subject, known_units, earlier)), m.end()
    capacity = (
        CAPACITY_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        if "capac" in sentence or ("holds" in sentence)
        else None
    )
    if capacity and re.match(r"[\"”’]?\s*(?:[.;,!?]|$)", after):
        return "seats", m.end()  # "Marsh Lane holds 32,000.", "has a capacity of 21,500": a ground's seats
    if SEATS_VERB_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
        return "seats", m.end()  # "The hall, which seats 1,850", "it seats 5,000 for concerts": seats, the verb's noun
    if CAST_AFTER.match(after):
        # "3,118 ballots had been checked, out of 61,874 cast": the votes cast, in the count's unit the sentence gave
        counts = [f.unit for f in earlier if f.unit in BALLOT_UNITS]
        return (counts[-1] if counts else "votes"), m.end()
    if MAJORITY_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
        if earlier and earlier[-1].unit == "seats":
            return "seats", m.end()  # "28 of the council's 55 seats, a majority of 1": a margin in seats
        return "votes", m.end()  # "took the seat with a majority of 4,212": a winning margin, in votes
    argued = _figure_argued_with(sentence, m, after, context_before, earlier, known_units)
    if argued:  # "Nordrail's own figure is 180", after "short of 260 drivers": what the figure it argues with counted
        return argued, m.end()
    value = number_value(m)
    if (earlier or paragraph_unit) and REVISED_IT_TO.search(sentence, 0, m.start()):
        # "I was working 25 hours a week. I have cut that to 12": what "that" refers to, the figure before, not
        # whatever else the article once gave as 12
        return (earlier[-1].unit if earlier else paragraph_unit), m.end()
    corrected = _corrected_count(sentence, m, after, context_before) if not paragraph_unit and not earlier else ""
    if corrected:
        # "... got the number of visits to the baths wrong. The correct figure is 120,000, not 210,000": a bare
        # figure that puts right what its paragraph said was wrong counts that, not what the page counted last
        # nor a sum ("revised its figure to 2.08 million" after "the record for summer stays")
        return corrected, m.end()
    if known_units and value is not None and value in known_units:
        if (
            known_units[value] in SHARE_UNITS
            and sum_unit
            and (earlier[-1].unit if earlier else paragraph_unit) not in SHARE_UNITS
            and PAID_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        ):
            # "About 60 per cent of premises will qualify ... I would pay 60.": what a verb of payment governs is a
            # sum, in the article's currency, not the share that happened to have the same number; but after a share
            # "pay" often governs a share too ("Patients currently pay 20 per cent of the cost. From April they will
            # pay 30", "... will pay 60 per cent of their bills, and the state will pay 40")
            return _sum_currency(known_units, earlier, paragraph_unit, sum_unit), m.end()
        return known_units[value], m.end()
    amount = _amount_like_before(m, sentence, known_units, earlier, paragraph_unit)
    if amount:  # "had asked for at least 650 million", "the true gap could be as little as 150 million"
        return amount, m.end()
    sum_subject = SUM_SUBJECT_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
    if sum_unit and not sum_subject:
        # on a page that writes its money in a currency (sum_unit), a payer's own sum and a noun of payment's "of"
        # govern a sum too ("my insurance is 2,300", "a penalty charge of 80.00"); never where only the article's
        # sums in millions give a currency, which may count anything
        sum_subject = PAYER_SUM_SUBJECT_BEFORE.search(sentence, max(0, m.start() - 80), m.start()) or (
            SUM_OF_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        )
    # "The council says the scheme costs 80,000 a year": what a verb of cost or payment governs is a sum too (and on
    # such a page, what one of earning, charging, debt or sale governs: "he earned 31,000", "could fetch 3,000")
    paid = PAID_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) or (
        SUM_VERB_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) if sum_unit else None
    )
    if paid and paid.group(0).lower().startswith("charg") and CHARGED_WITH_AFTER.match(after):
        paid = None  # the people charged with an offence: "Police have charged 2 in connection with the attack"
    if not paid and sum_unit and re.match(r"\s+back\b", after) and _sum_written_in(sum_unit, context_before):
        # "Another, Piers Ahl, said he got 800 back last week": money returned is a sum, as money paid is, on a page
        # that wrote a sum in its currency's word (not "Rovers got 2 back before the end" on a page with a "£20")
        paid = GOT_BACK_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
    # ... but what is paid or spent after the sentence counted something else is more of that ("received 4,200 claims
    # and has paid 3,100", "worked 60 hours and spent 20 on paperwork"); a cost is a sum ("carried 2,000 people and
    # cost 12 a trip")
    # (a share before it is whose payment it is, not what is paid: "The other 40 per cent will pay up to 260"; but a
    # share that is itself paid is what is paid after it too: "employers pay 60 per cent ... and workers pay 40")
    if (
        paid
        and not paid.group(0).lower().startswith("cost")
        and earlier
        and (earlier[-1].unit not in SHARE_UNITS or _paid_share(sentence, earlier[-1]))
    ):
        paid = None if earlier[-1].unit not in _sum_units(known_units, earlier) | ({sum_unit} - {""}) else paid
    currency = _sum_currency(known_units, earlier, paragraph_unit, sum_unit) if sum_subject or paid else ""
    if currency:  # "Krail said the offer was 400,000": a sum, in the currency the article counts its sums in
        return currency, m.end()
    if sum_unit and (
        _written_as_money(sentence, m, after) or (listed_price and LISTED_FIGURE_LINE.fullmatch(sentence))
    ):
        # "The council wants to raise the flag fall to 3.60.", "We asked for 4.00.": a bare figure to the hundredth,
        # as prices are written, on a page that writes its money in a currency, is a sum in it
        return _sum_currency(known_units, earlier, paragraph_unit, sum_unit), m.end()
    refers_back = re.search(
        r"\b(?:number|figure|total|count|toll|tally|reduction|increase|shortfall|cut|rise|fall)\s+(?:at|to|of|is|was)\s+"
        r"(?:(?:about|around|some|nearly|almost|roughly|closer to|nearer(?: to)?|more than|at least)\s+)?$",
        sentence[: m.start()],
    )
    if refers_back and paragraph_unit and not (paragraph_unit in SHARE_UNITS and _too_large_for_a_share(m)):
        return paragraph_unit, m.end()  # "Nurses said 1,600 vacancies. The board put the figure at 1,150"
    carried = _carried_to_complement(sentence, m, after, carried_unit) if not paragraph_unit and not earlier else ""
    if carried:
        # "... beds has fallen by 900." / (a new paragraph) "The ministry said the true fall was 340": a bare figure
        # that a noun-less subject ("the fall", "the total", "it") is, counts what the article counted last
        return carried, m.end()
    # "the real number could be closer to 12,000": the number the sentence gave last, else the paragraph's last,
    # else the article's first
    candidates = [f.unit for f in reversed(earlier)] + [paragraph_unit] + list((known_units or {}).values())
    counted = [u for u in candidates if u and not (u in SHARE_UNITS and _too_large_for_a_share(m))]
    if counted and re.search(r"\b(?:number|figure|total|count|toll|tally)\b", sentence[: m.start()]):
        return counted[0], m.end()
    # A bare figure: the nearest people noun of the sentence, else what the paragraph counted last
    # ("about 140 more nurses. He said the board had recruited 35"), else a people noun before it.
    # ("car thefts dropped 17%. Robberies were flat at 2,960": no share is 2,960)
    # "ordered 900 refrigerators at a cost of 31 million pellas, and the first 150": a small bare figure goes on from
    # a count of its own size, never from a sum in millions
    small = (bare := number_value(m)) is not None and bare < 10**4 and not m.group("scale")
    timed = earlier[-1].unit if earlier and earlier[-1].unit in DURATION_UNITS else ""
    between = sentence[earlier[-1].span[1] : m.start()] if timed else ""
    if (
        timed
        and small
        and not (1800 <= (bare or 0) <= 2100)
        and ("," in between or " and " in between or ";" in between)
        and TIME_COMPARED_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        and CLAUSE_END_AFTER.match(after)
    ):
        # "I worked 58 hours a week, and I was paid for 40", "is 27 minutes today, and ... we expect it to fall
        # below 20", "840 hours a year, ..., within the legal maximum of 1,000": a bare figure closing a later clause,
        # set against a time the sentence gave, is in that time's unit
        return timed, m.end()
    # "a staff of 46 and a budget of 3 million", "with a crew of 11, was carrying 240", "The master was fined 5,000":
    # a body's members are no sum nor the load it carries
    no_body = BODY_UNITS if SUM_OR_LOAD_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) else set()
    if paragraph_unit in no_body:
        paragraph_unit = ""
    counted_here = [
        f.unit
        for f in earlier
        if f.unit not in SHARE_UNITS | no_body and f.unit not in DURATION_UNITS and not (small and f.value >= 10**6)
    ]
    group_of = re.search(
        rf"\b([a-z]+)\s+of\s+(?:(?:{HEDGE})\s+)?$",
        sentence[: m.start()],
    )
    if counted_here and not (group_of and group_of.group(1) not in FIGURE_NOUNS | {"target", "limit", "capacity"}):
        # "had 188 officers in post against a required 260": what the sentence counted before; but "three sites
        # ... this first tranche of about 3,000" are people a group noun counts
        return counted_here[-1], m.end()
    share_too_large = paragraph_unit in SHARE_UNITS and _too_large_for_a_share(m)
    # "will run for 12 hours ... The charity hopes to raise 40 million": a sum in millions is no span of time carried on
    span_too_large = paragraph_unit in DURATION_UNITS and bool(m.group("scale"))
    if paragraph_unit and not PEOPLE_NOUNS.search(sentence[: m.start()]) and not share_too_large and not span_too_large:
        return paragraph_unit, m.end()
    # what the sentence says a level is heading to, or what the question right before the answer asked about, names
    # the count; the people named near a bare figure are only a guess
    heading = LEVEL_EXPECTED_BEFORE.search(sentence[max(0, m.start() - 100) : m.start()])
    if heading and _plural_noun(heading.group("noun")) and heading.group("noun") not in GENERIC_SUBJECTS:
        return heading.group("noun"), m.end()  # "We expect approvals to pick up to about 80,000 next year"
    question = _asked_noun(context_before) if not earlier and "?" in context_before else ("", "")
    if question[0] == "how many" and question[1] and _answers_asked(sentence, m, context_before, question):
        # "How many people can do this work?" / "Fewer than 40 who can do it properly", "How many have you taken
        # out?" / "... We found about 600 with holes": a bare figure of the answer counts what was asked
        return question[1], m.end()
    answered = HOW_MANY_JUST_ASKED.search(context_before) if not earlier and "How many" in context_before else None
    if answered and _plural_noun(answered.group(1).lower()):
        return answered.group(1).lower(), m.end()  # "How many officers do you have now?" / "Just over 2,600."
    nearest = None
    for found in PEOPLE_NOUNS.finditer(context_before + sentence[: m.start()]):
        nearest = found
    if nearest and (number_value(m) or 0) >= 100:
        # only a large bare figure is most likely the people named near it; a small one ("with 27", "maybe 30")
        # counts votes, hospitals, lifejackets as often as people
        people = nearest.group(1).lower()
        return (people if people.endswith(("s", "personnel", "people")) else people + "s"), m.end()
    asked = HOW_MANY_ASKED.findall(context_before) if "How many" in context_before else []
    if asked and _plural_noun(asked[-1].lower()):
        return asked[-1].lower(), m.end()  # "How many copies had it sold?" / "About 1,200, over 14 months."
    measure = MEASURE_CHANGED_BEFORE.search(sentence, max(0, m.start() - 120), m.start())
    if measure and CHANGED_FROM_AFTER.match(after):
        # "The median age rose to 44.6 from 41.2", "declared her majority at 8,120, down from 11,950": a bare level
        # and the value it replaced, of one measure the subject names, in the unit that measure is told in
        return MEASURE_UNITS[measure.group("noun").lower()], m.end()
    return "", 0


# A measure the subject names, changed to or standing at a bare level: "the median age rose to", "her majority at",
# "the mark needed to pass a module had been lowered to"; and the unit it is told in
MEASURE_UNITS = {"age": "years", "majority": "votes", "score": "points", "mark": "marks"}
MEASURE_CHANGED_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|my|your)\s+(?:[a-z-]+\s+){0,2}?(?<!deutsche\s)(?P<noun>age|majority|score|mark)\b"
    # the measure is the subject: a verb, a place or a time after it ("age rose", "age in the province", "mark
    # needed", "majority at"), never a noun it qualifies or what it is of ("majority owner", "the age of streaming",
    # "the majority of the council")
    r"(?=\s*,|\s+(?:in|among|across|for|at|on|has|had|have|is|was|were|are|will|would|stood|stands|now|rose|fell|"
    r"grew|dropped|climbed|slipped|jumped|shrank|rises|falls|[a-z]+ed)\b)"
    rf"[^.;:\d]{{0,60}}?\b(?:to|at)\s+(?:(?:{HEDGE})\s+)?$",
    re.IGNORECASE,
)
# "... from 41.2", ", down from 11,950": the value the bare level replaced, right after it
CHANGED_FROM_AFTER = re.compile(r"\s*,?\s*(?:(?:up|down)\s+)?from\s+(?:(?:an?|the)\s+[a-z]+\s+of\s+)?\d")


# A part the clause names after its copula, ending the clause: "three of them are severe warnings," "Of those, 54,000
# were children." (an adjective before the noun, not a verb's participle: "were carrying lambs" names no part)
# (nor a preposition, whose object is where or how the part is, not what it is: "of whom 900 are in arrears", "of
# which 200 were in dollars")
COPULA_PREPOSITIONS = "|".join(
    sorted(
        set(PREPOSITIONS.split())
        | {"as", "off", "out", "without", "behind", "below", "above", "beyond", "through", "between", "via", "up"}
        | {"down", "outside", "inside", "past", "upon", "beneath", "toward", "towards", "amongst", "amid"}
    )
)
PART_NAMED_AFTER_COPULA = re.compile(
    r"(?P<pronoun>\s+of\s+(?:them|those|these))?\s+(?:are|were)\s+"
    rf"(?:(?!(?:{COPULA_PREPOSITIONS})\s)(?![a-z]{{3,}}(?:ing|ed)\s)[a-z]+\s+)?"
    r"(?P<noun>[a-z]+(?:s|ren|men|people))(?=\s*(?:[,.;:!?\"”’)]|$))"
)


# "..., of whom roughly 1,900 are consumers", "..., of which 12 are hospitals": the relative pronoun of a part, fronted
OF_WHOM_BEFORE = re.compile(rf",\s+of\s+(?:whom|which)\s+(?:(?:{HEDGE}|only|just)\s+)?$")
# A count in digits that opens its sentence, a plural verb straight after it (cues.PART_VERBS): its noun left out
PART_OPENING = re.compile(rf"\W*(?:(?:but|and|yet)\s+)?(?:(?:{HEDGE}|only|just)\s+)?", re.IGNORECASE)
PART_VERB_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(PART_VERBS))})\b")
# A count in digits of a plural noun, a word or two of its modifiers between ("30 owners", "112 blood samples")
COUNT_OF_PLURAL = re.compile(r"(?<![\d,.])(\d[\d,]*)\s+(?:[a-z-]+(?<!s)\s+){0,2}?([a-z]+s|people|children|men|women)\b")
# Two counts joined, of two kinds: "300 passengers and 40 crew", "40 crew or 300 passengers"
TWO_COUNTS_JOINED = re.compile(r"(?<![\d,.])\d[\d,]*\s+(?:[a-z-]+\s+){1,3}?(?:and|or)\s+\d")
# What a part of a count told just before is never counted in: money, spans, shares and measures
NOT_PART_UNITS = (
    CURRENCY_UNITS | CURRENCY_PLURALS | MONEY_NOUNS | DURATION_UNITS | FRACTION_PLURALS | LENGTH_UNITS | {"times"}
)

# A whole that is a rate, not a count to take a part of: "900 marrels a head", "40 hours a week"
RATE_OF_WHOLE_AFTER = re.compile(r"\s+(?:a|an|per|each)\b")


def _year_like(value: Decimal, written: str) -> bool:
    """A figure written as a year is ("2019", not "2,019"): a date, never a part nor the whole of a count."""
    return "," not in written and 1800 <= value <= 2100


def _part_of_count_just_before(
    sentence: str, m: re.Match, after: str, context_before: str, known_units: Mapping[Decimal, str] | None
) -> str:
    """
    "I rang 30 owners in the valley and asked what they would plant. Only 4 said conifers.": a count in digits that
    opens its sentence with a plural verb straight after it, its noun left out, counts a part of what the sentence
    right before, in the same paragraph, counted last, when that count is the larger ("There are 38,200 members ...
    About 14,500 are already drawing a pension"). Not across a paragraph, never of money, a span or a measure (the
    noun after the verb is no unit: "conifers" are what the four said), and not a year ("2019 was": no plural verb).
    """
    if m.group("scale") or not m.group("num")[0].isdigit() or not PART_VERB_AFTER.match(after):
        return ""
    if PART_OPENING.fullmatch(sentence, 0, m.start()) is None:
        return ""
    value = number_value(m)
    paragraph = context_before.rsplit("\n", 1)[-1].strip()
    if value is None or not paragraph or _year_like(value, m.group("num")):
        return ""
    told = SENTENCE_END.split(paragraph)[-1]
    counts = list(COUNT_OF_PLURAL.finditer(told))
    if not counts:
        return ""
    count = counts[-1]
    whole, noun = parse_number(count.group(1)), count.group(2)
    if whole is None or whole <= value or _year_like(whole, count.group(1)):
        return ""
    if MONEY_WRITTEN_BEFORE.search(told, 0, count.start()) or RATE_OF_WHOLE_AFTER.match(told, count.end()):
        return ""  # "paid out 900 marrels a head. 60 were kept back": a sum, in a currency the page made up, or a rate
    if not _counted_noun(noun, NOT_PART_UNITS | _sum_units(known_units, ())):
        return ""
    if TWO_COUNTS_JOINED.search(told):
        return ""  # "The ferry carried 300 passengers and 40 crew. 12 died": of which kind is not told
    named = PART_NAMED_AFTER_COPULA.match(after)
    if named and _counted_noun(named.group("noun"), NOT_PART_UNITS):
        return named.group("noun")  # "Police questioned 50 people. 12 are police officers.": what the copula names
    # "The ministry employs 400 civil servants. 3 told ...": the whole's noun as it was read, its modifier with it,
    # when it ends in the head this count names (not "servants")
    read = (known_units or {}).get(whole, "")
    return read if read.endswith(f" {noun}") else noun


def part_left_unnamed(sentence: str, figure: Figure) -> bool:
    """
    "I asked 25 musicians how they make a living. Only 6 said they earned more from recordings.": a count in digits
    opening its sentence, its noun left out before its plural verb, tells how many of a whole counted before said so,
    a finding; not a count of who is its source ("Two officials said", "4 officials said": the noun named).
    """
    start, end = figure.span
    return (
        sentence[end - 1 : end].isdigit()
        and PART_VERB_AFTER.match(sentence, end) is not None
        and PART_OPENING.fullmatch(sentence, 0, start) is not None
    )


def _part_named_after_copula(sentence: str, m: re.Match, after: str) -> str:
    """
    "Flood warnings are in force for 17 stretches of river, and three of them are severe warnings": a part of a whole
    a pronoun stands for (after the figure, or fronted: "Of those, 54,000 were children", "about 2,600 creditors, of
    whom roughly 1,900 are consumers") counts what the copula names.
    """
    part = PART_NAMED_AFTER_COPULA.match(after)
    before = sentence[: m.start()]
    if not part or not (part.group("pronoun") or OF_THOSE_OPENING.match(before) or OF_WHOM_BEFORE.search(before)):
        return ""
    noun = part.group("noun")
    return noun if _counted_noun(noun, NOT_PART_UNITS) else ""  # "of which 200 were dollars": never money


# A bare figure a rival count is: "our figure is 180", "the true number was", "the real count is closer to", "it is
# nearer", "puts the cut at"; a pronoun's copula only with a word of nearness after it ("that number was" points back
# to the figure just given, read elsewhere; "the cost would be nearer 50" is a sum, not a count)
RIVAL_FIGURE_BEFORE = re.compile(
    r"(?:(?<!\bthat\s)(?<!\bthis\s)\b(?:number|figure|count|total|tally|estimate)\s+"
    r"(?:(?:is|was)|(?:would|could|may|might|must)\s+be)\s+(?:(?:closer|nearer|close)\s+to\s+|nearer\s+)?"
    r"|\b(?:it|they)\s+(?:(?:is|was|are|were)|(?:will|would|could|may|might|must)\s+be)\s+"
    r"(?:(?:closer|nearer|close)\s+to|nearer)"
    # "puts the cut at 350", "put the shortage at nearer 300": a count put at a figure of its own
    r"|\bput(?:s|ting)?\s+(?:the|its|their|our|this|that)\s+(?:[a-z]+\s+)?"
    r"(?:number|figure|count|total|tally|estimate|cut|shortage|shortfall|gap|loss|toll)\s+at)\s*"
    rf"(?:(?:{HEDGE})\s+)?$"
)
FIGURE_IN_CLAUSE = re.compile(r"[^;:]*\d")  # a figure after, before the clause ends ("nearer 500, not 200")
RIVAL_RATIO = Decimal(3)  # a rival count is within a factor of three of the one it argues with


def _figure_argued_with(
    sentence: str,
    m: re.Match,
    after: str,
    context_before: str,
    earlier: Sequence[Figure],
    known_units: Mapping[Decimal, str] | None,
) -> str:
    """
    "Nordsjo says 210 jobs will go. With them, it is closer to 270": a bare figure set up as a rival count, with no
    figure before it in its sentence nor after it in its clause, is the count the article gave at that value, else
    argues with the latest count of its size the text before gave (else the article), and counts what that one
    counted (not the people the paragraph named last).
    """
    value = number_value(m)
    if earlier or not value or not known_units or not NOTHING_NAMED_AFTER.match(after) or FIGURE_IN_CLAUSE.match(after):
        return ""  # "nearer 500, not 200": the figure it argues with is the clause's own, read elsewhere
    if not RIVAL_FIGURE_BEFORE.search(sentence, max(0, m.start() - 80), m.start()):
        return ""
    if value in known_units:  # "On any reading, the figure is at least 31", after "31 libraries have closed"
        return known_units[value]
    share_sized = not _too_large_for_a_share(m)
    # the counts the text just before gave, latest first, then the article's, the latest first given first
    near = [(other, known_units.get(other)) for other in map(number_value, reversed(_numbers(context_before))) if other]
    for other, unit in [*near, *reversed(list(known_units.items()))]:
        if unit and value / RIVAL_RATIO <= other <= value * RIVAL_RATIO and (share_sized or unit not in SHARE_UNITS):
            return unit
    return ""


# A noun-less subject and its verb, right before a bare figure it is or reached: "the true fall was", "the total
# is now", "it was", "the figure rose to", "put the number at"
NOUNLESS_COMPLEMENT_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:said|says|say|that|but|and)\s+)"
    r"(?:(?:the|its|their|this|that)\s+(?:(?:true|real|actual|new|final|official|overall|likely|revised|latest|"
    r"national|average|annual|daily|weekly|monthly|corrected)\s+){0,2}"
    r"(?:fall|rise|drop|increase|decrease|reduction|total|figure|number|count|average|tally|shortfall|cut|loss|gain)|"
    r"[Ii]t)\s+(?:(?:now|then|still|only)\s+)?"
    r"(?:was|is|had\s+been|has\s+been|would\s+be|will\s+be|stood\s+at|stands\s+at|fell\s+to|rose\s+to|"
    r"dropped\s+to|came\s+to|reached)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|only|more\s+than|fewer\s+than|less\s+than|at\s+least|"
    r"closer\s+to|under|over|just\s+over|just\s+under)\s+)?$"
    r"|\b(?:put|puts|putting|set|sets|estimated?|estimates)\s+(?:the|its|their|that)\s+(?:(?:true|real|actual|new|"
    r"final|official|overall|likely|revised|latest)\s+)?"
    r"(?:fall|rise|drop|increase|decrease|reduction|total|figure|number|count|tally|shortfall|cut|loss|gain)\s+at\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|only|more\s+than|fewer\s+than|less\s+than|at\s+least|"
    r"closer\s+to|under|over)\s+)?$"
)
# what a bare figure is never carried into: a time, an age, a score, a length of time
NOT_CARRIED_UNITS = {"times", "degrees", "points", "goals", "runs", "votes"}


# What a correction says was wrong, in its paragraph before the right figure: "gave the wrong number of pupils",
# "overstated the number of households under the ban", "understated the number of supreme championships won by his
# boar", "gave the wrong number for her climbs", "gave Kessvik General's score wrongly"
WRONG_BEFORE = re.compile(
    r"\b(?:wrong(?:ly)?|incorrect(?:ly)?|mis(?:stated|reported|quoted|read)|(?:over|under)stated)\b", re.IGNORECASE
)
WRONG_COUNT_OF = re.compile(
    r"\b(?:number|count|total|tally|record)\s+(?:of|for)\s+(?:(?!(?:the|in|at|on|to|who|that|whose|which)\b)[a-z-]+\s+)"
    r"{0,2}?(?P<plural>[a-z]{3,}s)\b|['’]s\s+(?P<score>score)\b"
)
# a bare figure a correction gives as the right one, or the wrong one it sets aside: "It was 84.7, not 87.4", "says
# he won 12, not 11", "the correct figure is 39"
CORRECTED_PAIR_AFTER = re.compile(r",?\s+not\s+\d")
CORRECTED_PAIR_BEFORE = re.compile(r"\d,?\s+not\s+$")
CORRECTED_PAIR_START = re.compile(r"\d[\d,.]*,?\s+not\s+$")  # the start of the first figure of "12, not 15"
# the subject of a figure that puts a count right: a pronoun or a word for the count itself ("it was", "the correct
# figure is", "the true total was"), not a noun of its own ("the shortfall in its budget was")
COUNT_SUBJECT = re.compile(
    r"\b(?:it|this|that|figure|figures|number|numbers|total|count|tally|score)\s*$", re.IGNORECASE
)
CORRECT_FIGURE_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:correct|right|true|actual)\s+(?:figure|number|total)\s+(?:is|was)\s+$", re.IGNORECASE
)
# "KVR has since raised its count to 327 from 312", "revised its figure on Wednesday to 2.08 million": a source putting
# its own count right, a correction whose paragraph named the count before, wrong word or none
REVISED_ITS_COUNT_TO = re.compile(
    rf"\b(?:{_REVISED}|{_REVISES})\s+(?:its|their|his|her|our)\s+(?:[a-z]+\s+)?(?:figure|count|estimate|number|"
    r"total|tally)(?:\s+(?:on|in|at|last|this)\s+[A-Za-z]+)?\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+"
    rf"(?:(?:{HEDGE}|just)\s+)?$"
)


def _corrected_count(sentence: str, m: re.Match, after: str, context_before: str) -> str:
    """
    What a bare figure that puts a count right counts, where its paragraph said before it which count was wrong
    ("Our story gave the wrong number of pupils invited. The service has told us it was 268,000, not 286,000."):
    the plural of that count, or "points" for a score; "" where the paragraph names no wrong count.
    """
    before = sentence[: m.start()]
    revised = REVISED_ITS_COUNT_TO.search(before)
    correcting = (
        revised
        or CORRECTED_PAIR_AFTER.match(after)
        or CORRECTED_PAIR_BEFORE.search(before)
        or CORRECT_FIGURE_BEFORE.search(before)
        or NOUNLESS_COMPLEMENT_BEFORE.search(before)
    )
    if not correcting or not m.group("num")[0].isdigit():
        return ""
    pair = CORRECTED_PAIR_START.search(before)
    clause = before[: pair.start()] if pair else before
    copula = COPULA_BEFORE.search(clause)
    if copula and not COUNT_SUBJECT.search(clause, 0, copula.start()):
        # "The chief executive said the shortfall in its budget was 12, not 15": a figure its own noun is counts
        # what that noun does ("shortfall"), not the count the paragraph said was wrong
        return ""
    paragraph = context_before.rsplit("\n", 1)[-1]
    if not revised and not WRONG_BEFORE.search(paragraph):
        return ""
    named = [c for c in WRONG_COUNT_OF.finditer(paragraph) if c.group("score") or _plural_noun(c.group("plural"))]
    if not named:
        return ""
    return "points" if named[-1].group("score") else named[-1].group("plural")


def _carried_to_complement(sentence: str, m: re.Match, after: str, carried_unit: str) -> str:
    """
    "The ministry said beds fell by 1,200. The college said the true fall was 340": a bare figure that completes a
    subject with no noun of its own counts what the article counted last, in the paragraph before if need be.
    """
    if not carried_unit or carried_unit in SHARE_UNITS | DURATION_UNITS | NOT_CARRIED_UNITS:
        return ""
    if not m.group("num")[0].isdigit():
        return ""
    if re.match(r"\s*(?:[-:./]\d|(?:am|pm|a\.m|p\.m)\b|-(?:year|month|day)|\s+(?:years?|months?|old)\b)", after):
        return ""  # "it was 3:30", "it was 40 years old": a time, an age
    if re.fullmatch(r"(?:1[89]|20)\d\d", m.group("num")):
        return ""  # "it was 2019": a year
    if not NOUNLESS_COMPLEMENT_BEFORE.search(sentence[: m.start()]):
        return ""
    return carried_unit


# "According to the agency, ", "In 2025, ": a phrase set off before the subject of a change
FRONTED_PHRASE = re.compile(
    r"^\W*(?:According\s+to|In|By|Since|Last|This|Over|During|After|Before)\b[^,;:.]{0,60},\s+(?=[a-z])"
)
# ", a guide to future building,": an appositive set off after the subject
SUBJECT_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+[^,;:.\d]{1,60},(?=\s)")


# "cut its daily crossings to", "raised the library's hours to", "cut road casualties in the zone to": the object of a
# verb of change, whose level the figure after "to" is
CHANGED_OBJECT_BEFORE = re.compile(
    r"\b(?:cut|cuts|raised|raises|reduced|reduces|increased|increases|lowered|lowers|capped|caps|limited|limits)\s+"
    # "cut the library's hours to 30", "cut road casualties in the zone to four": whose they are, or no
    # determiner before a modifier
    r"(?:(?:its|their|the|his|her|our)\s+(?:[A-Za-z-]+['’]s\s+)?(?:[a-z-]+\s+)?|(?P<bare>[a-z-]+)\s+)"
    r"(?P<noun>[a-z]+s|staff|workforce|crew|personnel)\s+"
    # "cut its maintenance staff in the region to 210", "cut its sailings to the Skaldholm islands to three": where
    # the object is, before the level it was set to
    r"(?:(?:in|at|across|on|to|for)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?[a-z]+\s+)?to\s+"
    rf"(?:(?:{HEDGE}|just)\s+)?$"
)


# ... and of figures foreseen: "has cut its forecasts to three" counts no forecasts
ESTIMATE_NOUNS = {"forecasts", "estimates", "projections", "targets"}


def _changed_object(before: str) -> tuple[str, str]:
    """
    The object of a verb of change before a figure and the unit it gives the level ("Sundry Line has cut its daily
    crossings to 8 from 14", "its staff to 22"; with no determiner the modifier is part of the name: "cut skier days
    to 1.12 million", not days, a span of time), or "" for the unit when the object is no count.
    """
    changed = CHANGED_OBJECT_BEFORE.search(before)
    if changed is None:
        return "", ""
    noun = changed.group("noun")
    collective = not noun.endswith("s")  # "staff", "crew"
    if not (_plural_noun(noun) or collective) or noun in GENERIC_SUBJECTS:
        return noun, ""
    if noun in CHARGE_NOUNS or noun in ESTIMATE_NOUNS or MONEY_WORDS.fullmatch(noun):
        return noun, ""  # "cut its prices to five from eight": a sum, no count of prices
    bare = changed.group("bare")
    return noun, (f"{bare} {noun}" if bare and bare not in STOP else noun)


def _level_subject(
    before: str,
    known_units: Mapping[Decimal, str] | None,
    earlier: Sequence[Figure],
    after: str = "",
    *,
    large: bool = False,
) -> str:
    """
    What the level a change reached counts, named by the plural subject of its verb: "Complaints about noise rose
    to 4,870", "Accidents involving pedestrians fell to two from seven", "the inspection crews would be cut from six
    to four"; past a phrase set off before the subject or an appositive after it ("According to the agency, planning
    approvals, a guide to future building, dropped to 41,000"); or "".
    """
    unit = _level_subject_of(before, known_units, earlier, after, large=large)
    if unit:
        return unit
    plain = SUBJECT_APPOSITIVE.sub("", FRONTED_PHRASE.sub("", before, count=1))
    return _level_subject_of(plain, known_units, earlier, after, large=large) if plain != before else ""


# What makes a bare figure after the copula a level: a change or a comparison after it ("were 2,870, down from 3,050",
# "are 4,100 against 3,900 a year ago"); "The two victims were 19 and 21" gives ages, no level
LEVEL_COMPARED_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:(?:up|down)\s+(?:from|on)|against|compared\s+(?:with|to))\b")
# The level a change by an amount reached, told after it: "rose by 2,900 to 97,400"
# ... also after a comma, a time, a share or a dash ("by 90, to 2,310", "by 2,900 in a year, to 41,300", "by 2,900
# (7 per cent) to 41,300") or a record ("to a record 41,300"), within the clause
LEVEL_AFTER_CHANGE = re.compile(
    rf"[^.;:]{{0,40}}?(?:,|\s|\))\s*(?:[-–—]\s*)?to\s+(?:an?\s+(?:new\s+)?(?:record|all-time)\s+"
    rf"(?:(?:high|low)\s+of\s+)?)?(?:(?:{HEDGE})\s+)?[$€£]?\d"
)
# A verb of change or setting between the subject and the verb before the figure: the figure is that clause's
OTHER_CHANGE_VERB = (
    r"rose|fell|grew|dropped|climbed|increased|decreased|declined|jumped|slipped|went|cut|raised|lowered|set|"
    r"risen|fallen|grown"
)
OTHER_CHANGE_BETWEEN = re.compile(rf"\b(?:{OTHER_CHANGE_VERB})\b")
# ... or its size: a figure of a thousand or more after the copula is no age but the level ("Admissions were 7.1
# million")
COPULA_LEVEL_FROM = 1000


def _level_subject_of(
    before: str,
    known_units: Mapping[Decimal, str] | None,
    earlier: Sequence[Figure],
    after: str = "",
    *,
    large: bool = False,
) -> str:
    level = SUBJECT_LEVEL_BEFORE.match(before)
    opening = re.match(r"\W*([A-Z][a-z]+(?:-[a-z]+)*)\s", before)  # "Break-ins at barns fell": hyphened too
    if level and not _plural_noun(level.group("noun").lower()) and opening and opening.group(1).lower() != "its":
        # "Complaints about noise rose to": the opening capital is the plural subject itself, not a modifier
        level = SUBJECT_LEVEL_BEFORE.match(before[opening.start(1) :].lower())
    if level and level.group("copula") and not large and not LEVEL_COMPARED_AFTER.match(after):
        level = None  # "The two victims were 19 and 21": ages, no level the copula tells
    if level and OTHER_CHANGE_BETWEEN.search(level.group("between")):
        level = None  # "Applications fell since the fee went up to 90": the level of the other clause's fee
    if level and level.group("by") and LEVEL_AFTER_CHANGE.match(after):
        level = None  # "Claims rose by 2,900 to 97,400": the change, which the level after it is told with
    level_subject = (level.group("noun").lower(), level.group("between")) if level else None
    if level_subject and not _plural_noun(level_subject[0]) and level_subject[0] not in COLLECTIVE_SUBJECTS:
        level_subject = _plural_head_of_subject(level_subject[1])
    if level_subject and level_subject[0] in COLLECTIVE_SUBJECTS and not _DIGIT.search(level_subject[1]):
        return COLLECTIVE_SUBJECTS[level_subject[0]]  # "Its membership has grown to 2,450"
    if level_subject and level and level.group("by") and level_subject[0] in HOLDER_SUBJECTS:
        return ""  # "Waiting lists grew by 40,000": no count of lists
    if level_subject and level and level.group("by") and level_subject[0] in ("attendances", "crowds"):
        return ""  # "Attendances rose by 2,000": people, told by the crowd's own rule
    if level_subject and level and level.group("by") and level_subject[0] in PRICE_SUBJECTS - {"sales"}:
        # "Shares fell by 12": a price's change, in pence; "Revenues fell by 3 million": a sum, in the article's
        # currency if it has one
        return article_currency(known_units, earlier) if level_subject[0] in MONEY_NOUNS else ""
    if level_subject and (level_subject[0] in CHARGE_NOUNS or MONEY_WORDS.fullmatch(level_subject[0])):
        return ""  # "and wages fall to 400": a sum, in the currency the sentence gave before
    if (
        level_subject
        and _plural_noun(level_subject[0])
        and level_subject[0] not in GENERIC_SUBJECTS  # "Levels had fallen to 190": of what was measured
        and not FIGURE_IN_WORDS.search(YEAR_IN_WORDS.sub("", level_subject[1]))  # "in 2025," counts nothing
    ):
        # "Complaints about noise rose to 4,870", "Completions, which lag starts, held up at 21,700": the level
        # a plural level_subject reached counts that level_subject, not what the paragraph counted before
        subject = _goods_sold(before) if level_subject[0] == "sales" else ""
        return subject or _noun_or_currency(level_subject[0], known_units, earlier)
    return ""


AVERAGE_OF_BEFORE = re.compile(
    r"\baverage\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|more\s+than|fewer\s+than|less\s+than|"
    r"at\s+least|under|over|just\s+over|just\s+under)\s+)?$"
)


def _crowd_unit(context_before: str, sentence: str) -> str:
    """Whom a crowd or an attendance counts: spectators at a match ("in front of a crowd of 6,412, the biggest at the
    ground"), else people (the crowd of a march or a rally)."""
    return "spectators" if MATCH_WORDS.search(context_before[-NEAR_CONTEXT:] + sentence) else "people"


def _averaged_unit(sentence: str, m: re.Match, after: str, earlier: Sequence[Figure], before_unit: str) -> str:
    """ "an average of about 51 a day", "the national average of 11": a bare average of a count told before."""
    if not m.group("num")[0].isdigit() or not AVERAGE_OF_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
        return ""
    if re.match(r"\s*(?:[-:./]\d|(?:am|pm|a\.m|p\.m)\b|-(?:year|month|day)|\s+(?:years?|months?|old)\b)", after):
        return ""
    # the count itself, not the base of a rate ("per 100,000 people") nor a share or a length of time
    counts = [
        f.unit
        for f in earlier
        if f.unit not in SHARE_UNITS | DURATION_UNITS | NOT_CARRIED_UNITS
        and not re.search(r"\bper\s+$", sentence[max(0, f.span[0] - 10) : f.span[0]])
    ]
    if counts:
        return counts[0]
    if earlier or before_unit in SHARE_UNITS | DURATION_UNITS | NOT_CARRIED_UNITS:
        return ""
    return before_unit


# The age a rule sets, changed: "raise the pension age to 67", "lower the voting age from 18 to 16"
AGE_CHANGED_BEFORE = re.compile(
    r"\b(?:rais\w*|lower\w*|increas\w*|reduc\w*|cut\w*|chang\w*)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}age\s+"
    r"(?:to|from)\s+$"
)


# A number word standing for its noun phrase: after a verb of counting, having or finding, or as a clause's subject,
# and then at a clause's end, before its verb or before a relative ("eleven that have split")
COUNT_ALONE_BEFORE = re.compile(
    r"(?:^[\"“‘]?|[.;:]\s+[\"“‘]?|\b(?:have|has|had|count|counted|counts|missed|miss|caught|found|find|saw|see|"
    r"recorded|record|lost|spotted|have\s+got|has\s+got|there\s+(?:are|were|is|was)|there\s+(?:are|were)\s+(?:perhaps|maybe|only|just|now)|"
    r"now\s+(?:there\s+are|we\s+have)|"
    # "I would say four or five", "should expect no more than three": a guess at the count, the second of a pair too
    r"(?:would|I['’]d)\s+say(?:\s+[a-z]+(?:-[a-z]+)?\s+(?:or|to))?|expect|expects|expected|"
    # "We need at least six", "we can fill seven": what is needed, or what can be done, the object right after
    r"need|needs|(?:can|could|will|would|may|might|must|should)\s+(?:only\s+|now\s+|still\s+|also\s+)?[a-z]{3,})"
    r"\s+(?:(?:only|just|exactly|all|perhaps|maybe|about|around|another|a|no\s+more\s+than|at\s+most|at\s+least|"
    r"more\s+than|fewer\s+than|up\s+to)\s+)?"
    # "we staged six", "had cited nine", "hoped for a thousand", "Before 2020 it was six": the object or complement
    # of a verb, right after it; "I adjourned all nine", "paid for exactly two": the whole, or just so many, stressed
    r"|\b(?:[a-z]{3,}ed(?:\s+for)?|(?:it|that)\s+was)\s+(?:a\s+|all\s+|exactly\s+|only\s+|just\s+)?)$",
    re.IGNORECASE,
)
COUNT_ALONE_AFTER = re.compile(
    r"\s*(?:[.;,!?\"”’)]|$)|\s+(?:is|was|are|were)\s+(?!(?:years?|months?|old)\b)|\s+that\s|"
    r"\s+(?:left|remaining)\b"  # "I have got seven left"
)
# A number word in a clause that leaves out the noun it answers, more loosely than COUNT_ALONE_*: before it a part
# stressed or the rest of a whole ("only six", "the other seven"), the object of a past tense without -ed ("paid for
# exactly two", "kept just twelve") or a floor ("required at least five") ...
ELLIPSIS_BEFORE = re.compile(
    rf"(?:\b(?:[a-z]{{3,}}ed|{'|'.join(sorted(IRREGULAR_PARTICIPLES))})(?:\s+for)?\s+"
    r"(?:(?:a|all|exactly|only|just|at\s+least|at\s+most|no\s+more\s+than)\s+)?|\b(?:only|just|the\s+other)\s+)$",
    re.IGNORECASE,
)
# ... and after it, beyond the end of its clause COUNT_ALONE_AFTER reads, a verb the clause leaves out ("only six
# did.", "the other seven did not") or when ("we have filled two since the summer")
ELLIPSIS_AFTER = re.compile(
    r"\s+(?:did|do|does|will|would|could|can|have|has|had)(?:\s+not|n['’]t)?\s*(?:[.,;!?\"”’)]|$)|"
    r"\s+(?:since|so\s+far)\b"
)
# A number word that is the subject of its sentence, after at most a short fronted phrase and a hedge ("Eleven said
# they used it", "By her own count, nine had never been implemented"), or of a clause of its own, after a semicolon
# ("Most involved small arms; two involved artillery fire") or a verb of saying or finding and "that" ("said on
# Thursday that five had so far supported it"); and the verb right after it. Not "The two" (people already named),
# nor a figure with a noun or a time after it ("Two years ago", "Nine is her age")
REPORTING_VERB_FORMS = "|".join(sorted(forms(f"{SAY_VERBS} {CONFIRM_VERBS} {CONJECTURE_VERBS} {RECORD_VERBS}")))
TELLING_VERB_FORMS = "|".join(sorted(forms(TELL_VERBS)))  # "told us that": the listener comes before "that"
COUNT_SUBJECT_BEFORE = re.compile(
    r"(?:^\W*(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,4},\s+)?|;\s+|"
    rf"\b(?:{REPORTING_VERB_FORMS}|(?:{TELLING_VERB_FORMS})\s+[a-z]+)\b[^.;:\"“”]{{0,30}}?\bthat\s+)"
    rf"(?:(?:only|just|{HEDGE})\s+)?$",
    re.IGNORECASE,
)
COUNT_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:(?:still|also|now|never|then)\s+)?(?:have|has|had|were|are|will|would|could|can|did|do|does|said|say|"
    r"says|told|[a-z]{3,}ed)\b(?!\s+(?:old|years?|months?|weeks?|days?|o['’]clock)\b)"
)
# What a number word that opens a clause is said to be when it is a time of day, not a count: "seven would be a good
# time to start", "nine had been too early", "four would be too late"
TIME_PREDICATE_AFTER = re.compile(
    r"\s+(?:is|was|would\s+be|will\s+be|could\s+be|may\s+be|might\s+be|had\s+been|has\s+been)\s+"
    r"(?:(?:(?:too|very|far|much|rather|quite|a\s+bit|a\s+little)\s+)?(?:early|late|earlier|later|soon|sooner)\b|"
    r"(?:a|an|the)\s+(?:[a-z]+\s+){0,2}time\b)"
)
# A plural noun a clause names without a figure, by a word of how many: "There are some fixed deals below the cap"
QUANTIFIED_NOUN = re.compile(
    r"\b(?:some|several|many|a\s+few|a\s+number\s+of|a\s+handful\s+of|dozens\s+of|hundreds\s+of)\s+"
    r"(?:[a-z-]+\s+){0,2}?([a-z]+s|people|children|men|women)\b"
)


def _answered_count(sentence: str, m: re.Match, context_before: str, sums: set[str]) -> str:
    """
    What an elliptical number word counts ("Eleven of 14 economists expect a rise. Last week only six did.", "We have
    23 vacancies and we have filled two since the summer"): the noun its clause answers, the last count of its own
    sentence, else the first of the sentence before (its subject, mostly), or "" when neither counted one; never a
    sum ("costs 700,000 thalens, and the fund has paid for exactly two" counts no thalens).
    """
    if m.group("scale") or m.group("pct") or m.group("cur") or number_value(m) in (None, Decimal(1)):
        return ""
    if TIME_PREDICATE_AFTER.match(sentence, m.end()):
        return ""
    before = sentence[: m.start()]
    subject = COUNT_SUBJECT_BEFORE.search(before) and COUNT_SUBJECT_VERB_AFTER.match(sentence, m.end())
    if not (ELLIPSIS_BEFORE.search(before) or COUNT_ALONE_BEFORE.search(before) or subject):
        return ""
    if not (ELLIPSIS_AFTER.match(sentence, m.end()) or COUNT_ALONE_AFTER.match(sentence, m.end()) or subject):
        return ""
    own = _last_counted_in_words(before, sums)
    if own:
        return own
    paragraph = context_before.rsplit("\n", 1)[-1].strip()
    previous = SENTENCE_END.split(paragraph)[-1] if paragraph else ""
    told = [n for n in COUNTED_IN_WORDS.findall(previous) if _counted_noun(n, sums)]
    # "There are some fixed deals below the cap at the moment. We found three.": a noun named by how many, uncounted
    # ("many times when the plan failed" names occasions, not a kind of thing to count)
    named = [n for n in QUANTIFIED_NOUN.findall(previous) if _counted_noun(n, sums | {"times"})]
    return told[0] if told else named[0] if named else ""


# A market report's label of a list of prices: "Other leading prices: ", "Leading prices per head: ", "Top prices: "
# (the cleaning keeps the whole line of its items as a sentence)
PRICE_LIST_LABEL = re.compile(r"^\W*(?:[A-Za-z]+\s+){0,3}prices(?:\s+(?:per|a|an)\s+[a-z]+)?:\s+(?=[A-Z])")
# The plural subject a sentence opens on, then its verb: "Cull cows met a slower trade", "The lambs sold well"
PLURAL_SUBJECT_OPENING = re.compile(
    r"^\W*(?:(?:the|its|their|our)\s+)?(?:[a-z][a-z-]*\s+)?(?P<noun>[a-z]{3,}s|people|children|men|women)\s+"
    r"(?:(?:had|have|has|were|are)\s+)?(?:[a-z]{2,}ed|met|made|sold|went|came|fell|rose|saw|found|got|took|were|are)\b"
)


# How a market report tells what became of the lots it counts by a bare number word: "Sixty-two were sold", "Twelve
# went home unsold", "Thirty-two met a steady trade"; not any verb ("Twelve were injured" counts no ministers)
SALE_PREDICATE_AFTER = re.compile(
    r"\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:sold|bought|penned|offered|entered|forward|withdrawn|passed|knocked)|"
    r"sold|went|met\s+an?|made|fetched|averaged|topped|changed\s+hands)\b"
)


def _subject_before(context_before: str) -> str:
    """The plural subject of the sentence right before in the paragraph ("Cull cows met a slower trade"), or ""."""
    paragraph = context_before.rsplit("\n", 1)[-1].strip()
    previous = SENTENCE_END.split(paragraph)[-1] if paragraph else ""
    opening = PLURAL_SUBJECT_OPENING.match(previous[:1].lower() + previous[1:])
    noun = opening.group("noun") if opening else ""
    return noun if noun in PLURAL_WITHOUT_S or (_plural_noun(noun) and noun not in PRONOUN_ANTECEDENT_SKIP) else ""


def _counts_alone(sentence: str, m: re.Match) -> bool:
    """ "I had missed fourteen.", "Twenty-seven is simply wrong.": a number word with no noun, standing for one."""
    if m.group("scale") or m.group("pct") or m.group("cur") or number_value(m) in (None, Decimal(1)):
        return False  # "one" is a pronoun far more often than a count
    return bool(COUNT_ALONE_BEFORE.search(sentence[: m.start()]) and COUNT_ALONE_AFTER.match(sentence[m.end() :]))


# "disputed the survey's count of fragmented glaciers": a count named by its noun
NAMED_COUNT = re.compile(r"\b(?:count|number|estimate|total|tally)\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b")


# "96,000 birds", "30 beds": a figure and the plural noun it counts, in the text just before
FIGURE_AND_NOUN = re.compile(r"\b\d[\d,.]*\s+(?:(?:million|billion|thousand)\s+)?([a-z]+s)\b")
# ... and "236 stray dogs": with up to two words before the noun that take no -s, its modifiers
FIGURE_AND_MODIFIED_NOUN = re.compile(
    r"\b\d[\d,.]*\s+(?:(?:million|billion|thousand)\s+)?(?:[a-z-]+(?<!s)\s+){0,2}?([a-z]+s)\b"
)


def _counted_before(
    paragraph: str,
    earlier: Sequence[Figure],
    paragraph_unit: str,
    known_units: Mapping[Decimal, str] | None,
    text_before: str,
) -> str:
    """
    What the paragraph named a count of ("disputed the count of fragmented glaciers. 'Twenty-seven is wrong'"), else
    what the sentence, the paragraph or the text just before counted last: no share, no time, no money.
    """
    named = [n.group(1) for n in NAMED_COUNT.finditer(paragraph) if _plural_noun(n.group(1))]
    if named:
        return named[-1]
    money = article_currency(known_units, earlier)
    nearby = [n.group(1) for n in FIGURE_AND_NOUN.finditer(text_before) if _plural_noun(n.group(1))]
    units = [f.unit for f in reversed(earlier)] + [paragraph_unit] + nearby[::-1]
    for unit in units:
        if unit and unit not in SHARE_UNITS | DURATION_UNITS | CURRENCY_UNITS and unit != money:
            return unit
    return ""


# A count told inside a relative clause or a participle's phrase, which describes a noun before it: "the museum,
# which drew 310,000 visitors", "63 mills employing some 21,000 people"
MODIFIER_COUNT_BEFORE = re.compile(
    rf"\b(?:(?:which|who)\s+(?:[a-z]+\s+){{1,2}}?|[a-z]{{3,}}ing\s+)(?:(?:{HEDGE})\s+)?$"
)


def _main_clause_count(paragraph: str, last_unit: str) -> str:
    """
    What an elliptic number word counts when the paragraph's last count describes a noun in a relative clause or a
    participle's phrase ("27 objects had been taken from the museum, which drew 310,000 visitors. Only nine have been
    recovered."): the last count before it told in a clause of its own; "" when there is none.
    """
    counts = [
        n for n in COUNTED_IN_WORDS.finditer(paragraph) if _plural_noun(n.group(1)) or n.group(1) in PLURAL_WITHOUT_S
    ]
    if not counts or counts[-1].group(1) != last_unit:
        return ""
    if not MODIFIER_COUNT_BEFORE.search(paragraph, max(0, counts[-1].start() - 40), counts[-1].start()):
        return ""
    main = [
        n.group(1)
        for n in counts[:-1]
        if not MODIFIER_COUNT_BEFORE.search(paragraph, max(0, n.start() - 40), n.start())
        and n.group(1) not in SHARE_UNITS | DURATION_UNITS | CURRENCY_UNITS
    ]
    return main[-1] if main else ""


# A clause that speaks of a quantity without giving it, and the colon that gives it: "fewer postal votes had come
# back than expected: ", "more patients than ever were waiting: "
QUANTITY_BEFORE_COLON = re.compile(
    r"\b(?:fewer|more|many)\s+(?P<mods>(?:(?!than\b)[a-z-]+\s+){0,2}?)(?P<noun>[a-z]+s)\b[^:;.]{0,60}:\s+"
    rf"(?:(?:{HEDGE}|just)\s+)?$"
)
KNOWN_UNIT_AFTER = re.compile(r"\s+([a-z]+[^s\W])\b(?!-)")
# "Of the vacancies, ", "Of this year's apprentices, ": the whole a sentence opens on, which its figure is a part of;
# counted, or picked out by a short relative clause: "Of the 142 councils that responded, "
FRONTED_PARTITIVE = re.compile(
    r"^\W*Of\s+(?:the|its|their|our|these|those|[\w-]+\s+[\w-]+['’]s|[\w-]+['’]s)\s+(?:\d[\d,]*\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)(?:\s+(?:that|who|which)(?:\s+[a-z]+){1,4})?,\s+"
    rf"(?:(?:{HEDGE}|only|just)\s+)?$"
)
# What is done only to people, as "those" it was done to: "11 of those infected", "Of those arrested, nine"
_PEOPLE_DONE_TO = (
    r"(?:infected|admitted|arrested|detained|injured|hurt|rescued|evacuated|questioned|charged|vaccinated)"
)
PEOPLE_DONE_TO_AFTER = re.compile(rf"\s+of\s+those\s+{_PEOPLE_DONE_TO}\b")
PEOPLE_DONE_TO_OPENING = re.compile(rf"^\W*Of\s+those\s+{_PEOPLE_DONE_TO},\s+(?:(?:{HEDGE}|only|just)\s+)?$")
OF_THOSE_OPENING = re.compile(rf"^\W*Of\s+(?:those|them|these)(?:\s+[a-z]+ed)?,\s+(?:(?:{HEDGE}|only|just)\s+)?$")
# A plural subject and the level it is expected to reach, anywhere in the sentence: "approvals are unlikely to
# top 100,000", "I would expect permits back above 75,000"
LEVEL_EXPECTED_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+s)\s+(?:(?:are|is|were|will|would|could|should|may|might|to|be|unlikely|likely|expected|set|"
    r"due|not|never|still)\s+){0,4}"
    r"(?:(?:pick\s+up|recover|rise|fall|climb|drop|return|get\s+back|come\s+back)\s+to|peak\s+at|top|exceed|reach|"
    r"(?:back\s+)?(?:above|below|under|over))\s+"
    rf"(?:(?:{HEDGE})\s+)?$"
)
# An interviewer's question on a line of its own: the answers' bare figures count what it asked about
# A Q&A's label of a turn: "Q:", "A:", the interviewer's or the interviewee's name ("Greenleaf:", "Sandstrom:"), a
# question's number before it ("Q41 VANTOSH:"), the outlet asking in brackets ("Q (Harrendal Herald):")
TURN_LABEL = r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s*\([^()\n]{1,40}\))?\s*:\s+)?"
HOW_MANY_ASKED = re.compile(r"(?:^|\n)" + TURN_LABEL + r"How many ([a-z]+)\b[^\n?]*\?[ \t]*\n")
# The question of the paragraph right before the sentence, with nothing of the answer before it but its label
HOW_MANY_JUST_ASKED = re.compile(HOW_MANY_ASKED.pattern + r"\s*" + TURN_LABEL + "$")


# What sets a bare figure against a time given before it: "paid for 40", "fall below 20", "the legal maximum of 1,000"
TIME_COMPARED_BEFORE = re.compile(
    r"\b(?:for|below|above|under|over|than|beyond|within|(?:maximum|minimum|limit|average|target|cap|ceiling)\s+of)\s+"
    rf"(?:(?:{HEDGE}|just|only)\s+)?$"
)
# A question on a line of its own that asks how many ("How many people can do it?", "How many have you taken out?",
# after "The organ has 4,200 pipes.") or whether there are things of a kind ("Do you have apprentices?")
# (after what opens the question: a name the asker turns to, "And", "Out of": "Mr Rand, how many titles ...?", "Out of
# how many?"; the noun may follow a name in capitals: "How many Marvessan personnel ...?")
ASKED_HOW_MANY = re.compile(
    r"^(?:[^?]{0,60}?(?:,\s+|\b(?:[Aa]nd|[Ss]o|[Bb]ut|of)\s+))?[Hh]ow\s+many\b(?:\s+(?:(?![A-Z]{2,}s\b)[A-Z][\w'’-]*\s+)?([a-z]+|[A-Z]{2,}s)\b)?"
)
ASKED_WHETHER = re.compile(r"(?:Do|Does|Did|Have|Has|Had|Are|Is|Were|Was|Will|Would|Can|Could)\b")
FIGURE_NOUN = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Tt]wenty|"
    r"[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]undred)(?:[\s-](?:thousand|hundred|million))?)"
    r"\s+(?:(?:million|billion|thousand)\s+)?([a-z]+)\b(?:\s+([a-z]+)\b)?"
)
TURN_LABEL_OPENING = re.compile(TURN_LABEL)
# Nouns counted without a plural -s that a question asks how many of: "How many staff are working on it?"
COUNTED_COLLECTIVES = {"staff", "personnel", "crew", "police", "livestock", "cattle", "sheep", "aircraft"}
# what may follow a number word that is the whole of an answer: "Three.", "We have eight now."
ANSWER_WORD_AFTER = re.compile(
    r"(?:\s+(?:now|so\s+far|left|today|in\s+all|in\s+total|altogether|at\s+the\s+moment|at\s+present))?\s*(?:[.,;!]|$)"
)
# a bare figure that is a year, a time, an age, a score or a date, whatever the question asked
NOT_AN_ANSWER_BEFORE = re.compile(r"\b(?:in|since|at|by|from|until|till|before|after|aged?|of|to|than\s+in)\s+$", re.I)
NOT_AN_ANSWER_AFTER = re.compile(
    r"\s*(?:[:.-]\d|[-–]\s?\d|a\.?m\b|p\.?m\b|o['’]clock|years?\b|-year|%|per\s*cent|st\b|nd\b|rd\b|th\b)|"
    r"\s+" + MONTH_NAME + r"\b"
)


def _asked_noun(context_before: str) -> tuple[str, str]:
    """
    The kind and the plural noun of the question on the line right before the answer the text is in, or ("", ""):
    "How many people ...?" asks for people ("how many"); "You planned 12 people. How many do you have?", "You said
    you would hire 20 shearers. Did you?" for what the question's turn counted ("how many"); "Do you have
    apprentices?" for apprentices ("whether", answered by a number word alone).
    """
    lines = context_before[-800:].split("\n")
    i = len(lines) - 2
    while i >= 0 and not lines[i].strip():
        i -= 1
    if i < 0:
        return "", ""
    question = TURN_LABEL_OPENING.sub("", lines[i].strip(), count=1)
    if not question.endswith("?") or len(question) > 400:
        return "", ""
    pieces = SENTENCE_END.split(question)
    asked, before = pieces[-1], " ".join(pieces[:-1])
    told = [
        next((w for w in pair if _plural_noun(w) or w in IRREGULAR_PLURALS), "") for pair in FIGURE_NOUN.findall(before)
    ]
    told = [w for w in told if w and w not in DURATION_UNITS]  # "12 people working", "3,100 panes of glass"
    how = ASKED_HOW_MANY.match(asked)
    if how:
        noun = (how.group(1) or "").lower()
        # "How many MPs ...?": a plural in capitals is counted as any other
        acronym = bool(re.fullmatch(r"[A-Z]{2,}s", how.group(1) or ""))
        if _plural_noun(noun) or acronym or noun in IRREGULAR_PLURALS or noun in COUNTED_COLLECTIVES:
            return "how many", noun
        if told:
            return "how many", told[-1]
        # "The service has been fitting free smoke alarms. How many so far?": what the turn told of
        nouns = [w for w in re.findall(r"\b[a-z]+\b", before) if _plural_noun(w) or w in IRREGULAR_PLURALS]
        nouns = [w for w in nouns if w not in GENERIC_SUBJECTS | DURATION_UNITS]
        if nouns:
            return "how many", nouns[-1]
        # "How many batches did the mill make?" / "Thirty-one." / "And how many were tested?", "Out of how many?": a
        # question with no noun of its own asks again about what the question before it counted
        answered = i - 1  # the answer to the question before, the text up to its end
        while answered >= 0 and not lines[answered].strip():
            answered -= 1
        earlier = _asked_noun("\n".join(lines[: answered + 1])) if answered > 0 else ("", "")
        return earlier if earlier[0] == "how many" else ("", "")
    if ASKED_WHETHER.match(asked) and told and len(told) == 1:
        return "how many", told[0]  # "You said you would take on 20 new shearers. Did you?" / "We took on 12"
    if ASKED_WHETHER.match(asked) and not before:
        nouns = [w for w in re.findall(r"\b[a-z]+\b", asked) if _plural_noun(w) or w in IRREGULAR_PLURALS]
        nouns = [w for w in nouns if w not in GENERIC_SUBJECTS | DURATION_UNITS]
        return ("whether", nouns[-1]) if nouns else ("", "")
    return "", ""


def _answers_asked(sentence: str, m: re.Match, context_before: str, asked: tuple[str, str]) -> bool:
    """
    Whether a bare figure answers the question right before its paragraph: not a year, a time, an age or a score; a
    yes-or-no question only by the figure that opens the answer.
    """
    value = number_value(m)
    if value is None or value == 1 or m.group("pct") or m.group("cur"):
        return False
    if 1800 <= value <= 2100 and m.group("num").isdigit():
        return False  # "It opened in 1994": a year
    before = sentence[: m.start()]
    if NOT_AN_ANSWER_BEFORE.search(before) or NOT_AN_ANSWER_AFTER.match(sentence, m.end()):
        return False
    if asked[0] == "whether":
        answer_so_far = context_before.rsplit("\n", 1)[-1]
        return not TURN_LABEL_OPENING.sub("", answer_so_far).strip() and not before.strip()
    return True


# The value a figure replaced, stated in the same sentence past words the patterns of find_figures do not span:
# "rose to 212 in November from 97 in October", "to 2.1 per cent of output, from 1.6 per cent last year",
# "up to 7,200 flights a year between 23:00 and 06:00, up from 5,500".
_EARLIER_QUALIFIER = rf"(?:(?:{HEDGE})\s+)?"
FROM_EARLIER_BEFORE = re.compile(
    r"(?:(?P<dir>\b(?:up|down)\s+)|\s)from\s+(?:(?:an?|its|the|their|his|her)\s+)?"
    r"(?:(?:earlier|previous|initial|original|peak|high|low|record)\s+)?(?:(?:estimate|forecast|figure|range|level)\s+)?"
    rf"(?:of\s+)?{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)
THAT_FIGURE_FROM_BEFORE = re.compile(
    rf"\bto\s+(?:that|this|the\s+new|the\s+same)\s+(?:figure|level|number|total|mark)\s+from\s+{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)
TO_BEFORE = re.compile(rf"\bto\s+{_EARLIER_QUALIFIER}$", re.IGNORECASE)
FROM_BEFORE = re.compile(rf"\bfrom\s+{_EARLIER_QUALIFIER}$", re.IGNORECASE)
FROM_EVERY_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+[a-z]+\s+)?every\s+$", re.IGNORECASE)
# "first demanded 4.5 million teks, then lowered its demand to 2 million teks": the first value, replaced
# "The ministry had proposed a rise of 6 percent ... but raised its offer to 8.5 percent": a pluperfect offer, the first
FIRST_GIVEN_BEFORE = re.compile(
    r"\b(?:first|initially|originally|had\s+(?:proposed|offered|estimated|forecast|planned|demanded|sought|put|given)|"
    # "It had earlier reported a drop-out rate of 21 per cent"
    r"earlier\s+(?:put|said|gave|given|set|reported|published|estimated|announced|forecast)|"
    # "The Authority's draft put the payment at 2.8 million sternes, and it was raised to 3.9 million": a draft's
    # figure is the one first given
    r"draft\s+(?:had\s+)?(?:put|set|gave|proposed))\b"
    r"[^.;]{0,60}$",
    re.IGNORECASE,
)
REVISED_TO_BEFORE = re.compile(
    # "initially said about 6,000 voters were affected, before raising the figure to 8,740"
    rf"\b(?:{_REVISED}|changed|corrected|{_REVISING}|changing|correcting)\s+"
    r"(?:[\w'’]+\s+){0,3}?(?:(?:up|down)(?:wards?)?\s+)?"
    rf"to\s+{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)

# "..., but later put the figure at 310,000 dalts", ", a sum the council later revised up to 420,000", "has since
# raised it to": the value given later in place of one given before it in the sentence; "since" only as the adverb
# of a perfect, not the conjunction ("has lost 300,000 crowns since the council cut its grant to ...")
LATER_GIVEN_BEFORE = re.compile(
    r"\b(?:later|(?:has|have|had)\s+since|subsequently)\s+(?:[a-z]+\s+){0,2}?"
    rf"(?:put|gave|given|{_REVISED}|corrected)\b"
    r"[^,;.\d]{0,40}?\b(?:to|at|as)\s+"
    rf"{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)
# "had first budgeted 1.9 million for the work, but the revised estimate presented on Tuesday is 3.2 million": the
# estimate now standing, after a value first given
REVISED_ESTIMATE_IS_BEFORE = re.compile(
    r"\b(?:the|its|their|our)\s+(?:revised|new|latest|updated|corrected|final)\s+(?:estimate|figure|forecast|budget|"
    r"cost|bill|total|count|price)\b[^,;.\d]{0,40}?\s(?:is|was|stands\s+at|came\s+to|comes\s+to)\s+"
    rf"{_EARLIER_QUALIFIER}$"
)
# ", a figure it revised last week from 598,000": an apposition that tells what the figure before replaced
APPOSITION_REVISED_FROM_BEFORE = re.compile(
    # "6 crowns a head, a price the club cut from 9", "a charge it raised from 0.05 crowns in 2025": what the noun
    # names is what someone set, and changed; "a figure the inquiry later raised from its first estimate of 300"
    r",\s*(?:a|the)\s+(?:figure|sum|number|total|estimate|count|forecast|tally|price|charge|fee|fare|rate|level|limit|"
    r"cap|budget|target|toll)\s+[^,;.\d]{0,40}?"
    rf"\b(?:{_REVISED}|corrected)\b[^,;.\d]{{0,30}}?\bfrom\s+"
    r"(?:(?:its|their|the|an?)\s+(?:(?:first|earlier|original|initial|previous)\s+)?"
    r"(?:estimate|figure|forecast|level|price|count|budget)\s+of\s+)?"
    rf"{_EARLIER_QUALIFIER}$|"
    # "31 schools stayed shut on Monday, the office said, a fall from 48 on Friday": the change named by a noun
    rf",\s*(?:a|the)\s+(?:fall|drop|decline|rise|increase|jump|cut|reduction)\s+from\s+{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)

# "It has now raised that estimate to 46 million", after a sentence that "first put the bill at 19 million"
REVISED_TO_BEFORE_ONLY = re.compile(
    rf"\b(?:{_REVISED})\s+(?:that|this|its|the|their)\s+"
    rf"(?:estimate|figure|forecast|projection|count|tally|toll|total)\s+(?:up\s+|down\s+)?to\s+{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)
# "That figure was later revised upwards to 7.4 million marks": the figure the sentence before gave, revised
THAT_FIGURE_REVISED = re.compile(
    r"^\W*(?:(?:But|And)\s+)?(?:That|This|The)\s+(?:figure|estimate|number|total|count|tally|valuation|forecast)\s+"
    r"(?:was|has|had|is)\s+(?:(?:since|now|later|subsequently|already|been)\s+){0,2}"
    rf"(?:{_REVISED}|corrected)\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+"
    rf"{_EARLIER_QUALIFIER}$"
)
# "By the end of the week the coastguard had revised it to 31", "has since raised that to 9,400"
REVISED_IT_TO = re.compile(
    # "raised that offer to all 212": whatever the figure before was, "that" refers back to it
    rf"\b(?:{_REVISED}|corrected|{_REVISES}|corrects)\s+(?:it|that|that\s+[a-z]+)\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+"
    rf"{_EARLIER_QUALIFIER}(?:all\s+)?$"
)
# "The levy is 2.50 corrans a booking; the ministry raised it from 1.75 corrans in January": "it" takes up the figure
# before, and the value after "from" is the one that figure replaced
REVISED_IT_FROM = re.compile(
    rf"\b(?:{_REVISED}|corrected|{_REVISES}|corrects)\s+(?:it|that|this)\s+(?:(?:up|down)(?:wards?)?\s+)?from\s+"
    rf"{_EARLIER_QUALIFIER}$"
)
# ", changed from", "(corrected from": a participle of change set after a figure, whose "from" names the value the
# figure replaced ("The fleet has 30 boats (corrected from 45 after a recount)", "now has 30 boats, changed from 45
# boats in May"; other rules already read "reduced from" and "revised from" there)
CHANGED_FROM_BEFORE = re.compile(
    rf"[,(]\s*(?:{_REVISED}|corrected|changed)\s+(?:(?:up|down)(?:wards?)?\s+)?from\s+{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)
# "The trustees have asked it to raise that to 95 million", after "It pays 48 million a year": a change wanted of the
# figure before, which stands as a claim of its own (what is paid now)
TO_REVISE_IT_TO = re.compile(
    rf"\bto\s+(?:{_REVISE})\s+(?:it|that|that\s+[a-z]+)\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+{_EARLIER_QUALIFIER}$"
)
FIRST_PUT_AT = re.compile(
    r"\b(?:first|initially|originally)\s+(?:put|estimated|gave|set|forecast|projected|budgeted)\b[^.;]*\bat\s+"
    rf"{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)


# The value a plan, an estimate or a first account gave: "was budgeted at", "with a target of", "We expected all",
# "originally claimed", "On Monday we said"
PLANNED_BEFORE = re.compile(
    r"\b(?:budgeted|targeted|forecast|projected|expected|estimated|predicted|planned|claimed|said|approved|"
    r"put\s+(?:[\w'-]+\s+){0,5}?at|gave\s+(?:[\w'-]+\s+){0,5}?as|target\s+of|meant\s+to)\s+(?:[\w'-]+\s+){0,3}?"
    rf"{_EARLIER_QUALIFIER}$"
)
# The value now standing in its place: "The final bill came to", "Our latest estimate is", "We now think", "raised the
# target to"
STANDS_NOW_BEFORE = re.compile(
    r"(?:\b(?:[Ll]atest|[Ff]inal|[Cc]orrect|[Cc]orrected)\b(?:\s+[\w'-]+){0,10}?|"
    # now believed, not now counted ("It now carries 24,500" after a forecast is what came of it, no revision)
    r"\b[Nn]ow(?:\s+[\w'-]+){0,2}?\s+(?:think|thinks|expects?|estimates?|forecasts?|forecasting|says|puts?|believes?|"
    r"predicts?|reckons?|projects?)\b(?:\s+[\w'-]+){0,8}?|"
    rf"\b(?:{_REVISED})\s+(?:(?:the|its|their)\s+[\w-]+\s+)?(?:(?:up|down)(?:wards?)?\s+)?to)"
    rf"\s+{_EARLIER_QUALIFIER}$"
)


# A time before the present the first sentence speaks of, and a present the next one opens on
THEN_BEFORE = re.compile(
    r"\b(?:[Ll]ast\s+(?:year|season|summer|winter|spring|autumn|month|week)|used\s+to|[Nn]ormally|[Uu]sually|"
    r"^\W*In\s+(?:19|20)\d\d|"
    r"[Ii]n\s+a\s+(?:normal|good|typical)\s+(?:year|season)|(?:\w+\s+)?(?:years?|decades?)\s+ago)\b"
)
NOW_OPENING = re.compile(
    r"^\W*(?:(?:But|And|So)\s+)?(?:[Tt]his\s+(?:year|season|summer|winter|spring|autumn|month|week|time)\b[^.;]*|"
    # "Now I pay 14", "Today we charge 40": the present, and the speaker's verb right before the figure (what "Now we
    # have 7" holds is a count of its own, set beside the one "we used to have")
    r"(?:[Nn]ow|[Tt]oday|[Tt]hese\s+days),?\s+(?:I|we|they|he|she)\s+(?!ha(?:ve|s)\b)(?:[a-z]+\s+){1,2})$"
)
NOW_IT_OPENING = re.compile(
    r"^\W*(?:(?:But|And|So)\s+)?(?:[Nn]ow|[Tt]oday|[Tt]his\s+(?:year|season))\s*,?\s+(?:it|that|the\s+(?:figure|number|"
    r"rate|share|total))\s+(?:is|was|has|stands|will)\b[^.;]*$"
)
BARE_FIGURE_END = re.compile(r"(?:\d|million|billion|thousand)$")
NOW_ANYWHERE = re.compile(r"\b(?:[Tt]his\s+(?:year|season|summer|winter|spring|autumn)|now|today)\b")


def revises_figure_named_before(sentence: str, figure: Figure) -> bool:
    """
    "The valuers put the value at 6.8 million marks. That figure was later revised upwards to 7.4 million marks": the
    figure replaces the one the sentence before gave, which stays a claim of its own (someone gave it); so does one
    revised "to 61,200 from that figure".
    """
    before = sentence[: figure.span[0]]
    return figure.previous_value is None and (
        THAT_FIGURE_REVISED.match(before) is not None
        or REVISED_IT_TO.search(before) is not None
        or TO_REVISE_IT_TO.search(before) is not None
        or (
            REVISED_TO_BEFORE.search(before) is not None and FROM_THAT_AFTER.match(sentence, figure.span[1]) is not None
        )
    )


# "It has revised the camp's population to 61,200 from that figure": the value replaced, the figure given before
FROM_THAT_AFTER = re.compile(
    r"\s+from\s+(?:that|this|the\s+(?:earlier|previous|old))\s+(?:figure|number|estimate|total|count)\b"
)


# A corrections page's account of what it printed: "We said the administrators had counted 1,146 buyers", "gave its
# price as 24.99 dracots", the printed figure the only one its reporting verb governs ("said nine of the 16 clubs"
# names two, and which the correction replaces is not told; a year is no figure: "said a scheme drawn up in 2019 would
# have cost 2.4 million")
PRINTED_BEFORE = re.compile(
    rf"\b(?:said|reported|gave|quoted|stated|wrote)\b(?![^.;]*(?:(?<![\d,])(?!(?:19|20)\d\d\b)\d|\b{WORDNUM}\b))[^.;]*$",
    re.IGNORECASE,
)
# a number that is part of a name, no figure the printed account gives: "the Line 3 budget", "Route 40", "May 12"
NAMED_NUMBER = re.compile(r"\b[A-Z][a-z]+\s\d{1,3}\b(?![\d,.])")
# "It is 4,300, not 4,500": the right figure set against the wrong one, two claims (tests/ingest_labelling.md, "Settled
# in session 30")
NOT_AFTER = re.compile(r",?\s+(?:and\s+)?not\b")
# "said the school turned away 140 applicants, which is right, but ...": a printed figure the page confirms
PRINTED_RIGHT = re.compile(r"\b(?:is|was)\s+(?:right|correct|accurate)\b")


def revises_figure_before(
    sentence: str, figure: Figure, first_sentence: str, first_figure: str, correcting: bool = False
) -> bool:
    """
    "The office first put the gap at 140 million hulvers in June. It has now raised that estimate to 212 million":
    the figure of a sentence that revises "that estimate" without saying from what replaces the figure the sentence
    before first put it at, which is then no claim of its own but the value replaced. So does the figure of a
    sentence opening on the present ("This year I have filled 9") after one set in the past ("Last year I filled 31
    bags"): the speaker tells a change in two sentences.
    """
    if figure.previous_value is not None or SHORTFALL_FIGURE.search(sentence[figure.span[0] : figure.span[1]]):
        return False  # ("This year it is 3,000 short of its target": a gap, not the value the figure came to)
    at = first_sentence.find(first_figure)
    bare = BARE_FIGURE_END.search(sentence[figure.span[0] : figure.span[1]]) is not None
    # "Now it is nearer 30 percent": the pronoun refers to the quantity the sentence before gave
    refers = NOW_IT_OPENING.match(sentence[: figure.span[0]]) is not None
    if (refers or (bare and NOW_OPENING.match(sentence[: figure.span[0]]))) and at >= 0:
        # "Last year we made 14 million bottles. This year it will be nearer 5 million": then, and now, the second
        # figure borrowing its unit from the first ("Now we have two" and "This year ... 40 per cent" are claims of
        # their own)
        return THEN_BEFORE.search(first_sentence[:at]) is not None and not NOW_ANYWHERE.search(first_sentence)
    if (
        REVISED_TO_BEFORE_ONLY.search(sentence[: figure.span[0]])
        and at > 0
        and FIRST_PUT_AT.search(first_sentence[:at])
    ):
        return True
    # "On Friday it raised that number to 910", after "The ministry first said 640 homes would go": one revision
    # told in two sentences; not a pluperfect one ("By the end of the week it had revised it to 31"), which tells
    # the story of two figures given in turn
    revised = REVISED_IT_TO.search(sentence[: figure.span[0]])
    if at > 0 and revised is not None and not re.search(r"\bhad\s+$", sentence[: revised.start()]):
        return True
    # "The refit was budgeted at 96 million. The final bill came to 118 million": a figure planned, expected or first
    # given, then the one that now stands in its place
    planned = at > 0 and PLANNED_BEFORE.search(first_sentence[:at]) is not None
    if planned and STANDS_NOW_BEFORE.search(sentence[: figure.span[0]]) is not None:
        return True
    # on a corrections page (``correcting``), the figure it printed, then the next sentence's figure of the same
    # measure: the correction ("We said ... 1,146 buyers. The administrators have since told us the figure is
    # 1,164"; "said his swimmers had won 14 Olympic medals. They won 13"), one revision whoever gives it; in the
    # sentence's first clause, as a correction answers what was printed ("... asked us to make clear that this
    # includes shares held by a trust; members of the family own 58 per cent directly" clarifies, and keeps both)
    # (an item the page heads "Clarification:" says the printed figure needs more said of it, not that it was wrong:
    # both stand, tests/ingest_labelling.md, "Settled in session 31")
    return (
        correcting
        and at > 0
        and CLARIFICATION_ITEM.match(first_sentence) is None
        and PRINTED_BEFORE.search(NAMED_NUMBER.sub("N", first_sentence[:at])) is not None
        and PRINTED_RIGHT.search(first_sentence, at) is None
        and ";" not in sentence[: figure.span[0]]
        and (ASKED_TO_CLARIFY.search(sentence, 0, figure.span[0]) is None or PART_TOLD.search(sentence) is None)
        and PRINTED_REJECTED.search(sentence, 0, figure.span[0]) is None
    )


# A corrections page's printed figure put right after a semicolon of the same sentence: "The same article said the
# reserves stood at 1.9 billion; the scheme has told us the correct figure was 1.6 billion", "We also said about 560
# were cancelled; the figure is 563": the clause after it opens on the right figure's subject, whoever gives it
CORRECTED_AFTER_SEMICOLON = re.compile(
    r";\s+(?:[^;:]{1,80}?\b(?:told|tells|informed|informs)\s+us\s+(?:that\s+)?|"
    r"[^;:]{1,80}?\b(?:says?|said|confirm(?:s|ed)?)\s+(?:that\s+)?)?"
    r"the\s+(?:(?:correct|right|true|actual|accurate|real|latest|audited|final|revised)\s+)?"
    r"(?:figure|number|total|count|price|cost)\s+(?:is|was|has\s+been)\s+"
    rf"(?:(?:{HEDGE})\s+)?$",
    re.IGNORECASE,
)


# the outlet as the teller of a printed account: "Our report (2 March) said", "We also said", "The same article said"
OUTLET_TOLD = re.compile(r"\b(?:[Ww]e|[Oo]ur|(?:[Ss]ame|[Tt]his)\s+(?:article|report|story|piece|item|interview))\b")
# a right figure's own year, date or scope: "112 in 2025", "31,000 over the whole weekend", "604 in 2024"
OTHER_SCOPE_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:in|over|for|during|across|throughout|since|by|as\s+of|at\s+the\s+end\s+of)\s+"
    r"(?:the\s+)?(?:\d|whole|entire|full|each|every|last|this|next|that|previous|first|second|(?-i:[A-Z]))",
    re.IGNORECASE,
)
SAYS_CORRECT = re.compile(r"\b(?:correct|right|true|actual|accurate|told\s+us)\b", re.IGNORECASE)


def corrected_in_sentence(sentence: str, figures: list[Figure], *, own_account: bool = False) -> list[Figure]:
    """
    On a corrections page, a figure it printed and the right one after a semicolon of the same sentence ("The same
    article said the reserves stood at 1.9 billion grosks; the scheme has told us the correct figure was 1.6
    billion"): one revision, the right figure with the printed one as its previous value, which is then no claim of
    its own (tests/ingest_labelling.md, "Settled in session 31"). The figures as given where the sentence is no such
    correction. ``own_account``: the sentence opens on the outlet's piece ("An article on ... (25 February) said").
    """
    semicolon = sentence.find(";")
    if semicolon < 0 or len(figures) < 2:
        return figures
    for i, printed in enumerate(figures):
        if printed.span[1] > semicolon:
            return figures
        told = PRINTED_BEFORE.search(sentence, 0, printed.span[0])
        # the printed account must be the outlet's ("Our report said", "We also said", "The same article said"), not
        # a source's ("The minister said 300 jobs would go; the union says the real number is 450": two claims)
        if (
            printed.previous_value is not None
            or told is None
            or (not own_account and OUTLET_TOLD.search(sentence, 0, told.start()) is None)
        ):
            continue
        for j in range(i + 1, len(figures)):
            right = figures[j]
            after = sentence.rfind(";", 0, right.span[0])
            if (
                after >= printed.span[1]
                and right.previous_value is None
                and right.value != printed.value
                and (right.unit == printed.unit or not right.unit)
                and CORRECTED_AFTER_SEMICOLON.match(sentence, after, right.span[0]) is not None
                # "said 120 wardens; the number was 112 in 2025": another year or scope, a clarification that keeps
                # both figures, unless a word of correcting calls the printed one wrong (session 31)
                and (
                    OTHER_SCOPE_AFTER.match(sentence, right.span[1]) is None
                    or SAYS_CORRECT.search(sentence, after, right.span[0]) is not None
                )
            ):
                corrected = replace(right, unit=printed.unit, previous_value=printed.value)
                return [*figures[:i], *figures[i + 1 : j], corrected, *figures[j + 1 :]]
    return figures


# "Harnby United says that figure is wrong: his basic wage is 140,000": the printed figure named again and rejected
# before the right one, a dispute of its own by whoever rejects it, so the printed figure stays a claim to dispute
# (tests/ingest_labelling.md, "Settled in session 31"); a source must say so, not the page itself ("That figure is
# wrong", "We have been told this figure is wrong" correct it, one revision)
PRINTED_REJECTED = re.compile(
    r"(?<!\bwe\s)\b(?:says?|said|insists?|maintains?|told\s+us)\s+(?:that\s+)?"
    r"(?:that|this|the|our)\s+(?:figure|number|total|estimate|count)\s+(?:is|was)\s+"
    rf"(?:{UNTRUE_WORDS}|incorrect)\b",
    re.IGNORECASE,
)


# "The company has asked us to make clear that the figure included ...", "has asked us to point out that": a source
# adding to what was printed, not calling it wrong; both figures stand, the added one the source's, as under a
# "Clarification:" head (tests/ingest_labelling.md, "Settled in session 31")
ASKED_TO_CLARIFY = re.compile(rf"\b{ASKED_US_TO_SAY}\b")
# (when what it makes clear is a part or another measure: "included loans", "owns 610 paintings outright", "58 per cent
# directly"; "asked us to make clear that the plant employs 460 staff", the same measure again, corrects it)
PART_TOLD = re.compile(
    r"\b(?:includ(?:es|ed|ing)|exclud(?:es|ed|ing)|of\s+which|directly|outright|alone|in\s+addition|on\s+top\s+of|"
    r"as\s+well\s+as|besides)\b"
)
# A corrections page's item headed as a clarification: "Clarification: our explainer said ..."
CLARIFICATION_ITEM = re.compile(r"\W*(?i:clarification)\s*[:–—-]")
# "..., is now expected to cost", "and now puts it at": the value that replaced one first given
NOW_BEFORE = re.compile(r"\bnow\s+(?:[a-z]+\s+){0,4}$")
# ", against Y a decade ago", "X in 2025 against Y in 2024": the value an earlier period had
# ", up on the 79,900 of 2025", "slower than the 8.1 minutes of 2025", "against an average of 71 over the previous five
# years": the same, set against it by the change or a comparative
AGAINST_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:against|compared\s+(?:with|to)|(?:up|down)\s+on\s+the|"
    r"(?:higher|lower|faster|slower|longer|shorter|more|fewer|less|better|worse)\s+than\s+the)\s+"
    # "against a loss of 9.3 million a year earlier": a result, of the one sign or the other (the group "result")
    r"(?:an?\s+(?:average|total|figure|level|(?P<result>profit|surplus|loss|deficit))\s+of\s+)?"
    rf"{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)
# "It lost 17.4 million", "a loss of", "a profit of": a result told as a loss or a profit, the nearest before a figure
# being its own ("Despite heavy losses in its shops, the group made a profit of 18.6 million")
RESULT_WORD = re.compile(r"\b(?:(?P<loss>lost|loss|losses|deficit|shortfall)|profits?|surplus)\b", re.IGNORECASE)


def _result_kind(text: str) -> str | None:
    """ "loss" or "profit", the kind of result the last result word of ``text`` names; None where it names none."""
    kinds = ["loss" if word.group("loss") else "profit" for word in RESULT_WORD.finditer(text)]
    return kinds[-1] if kinds else None


# ", beating the previous record of", ", above the previous national record of": the record the figure before beat
RECORD_BEATEN_BEFORE = re.compile(
    r"\b(?:beat(?:ing|s)?|above|over|top(?:ped|ping|s)?|break(?:ing|s)?|broke|surpass(?:ed|ing|es)?|"
    r"exceed(?:ed|ing|s)?|eclips(?:ed|ing|es)?|pass(?:ed|ing)?|smash(?:ed|ing|es)?)\s+"
    # "beating the league's previous record of 5,640": whose record it was, named
    rf"(?:{DETERMINER})\s+(?:[\w-]+['’]s\s+)?(?:(?:previous|old|former|earlier)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:record|high|best|peak)|"
    # "beating the ground record of 29,870", "the domestic record of 48 million": a record beaten stood before the
    # figure that beat it, whatever word names its kind (not a high, a best or a peak, which may be another's)
    r"(?:[A-Za-z-]+\s+){0,2}?record)"
    rf"\s+(?:of\s+)?{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)
HAVING_PUT_BEFORE = re.compile(
    r",\s*having\s+(?:(?:initially|originally|first|earlier|previously)\s+)?(?:(?:put|estimated|given|reported)\s+"
    r"(?:(?:the|its|their|it)\s+)?(?:[a-z]+\s+){0,5}?(?:at|as)|"
    # "sees the deficit at 3.8 per cent of output, having forecast 2.9 per cent": the forecast it replaced
    rf"(?:forecast|projected|predicted|expected|pencilled\s+in|budgeted\s+for))\s+{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)


# A bracket opened right after a figure, past the time it is set in: " (", " next season ("
BRACKET_OPENED_GAP = re.compile(r"(?:\s+(?P<when>last|this|next)\s+(?P<span>year|season|month|week|term))?\s*\(\s*")
BRACKET_CLOSED_AFTER = re.compile(
    r"(?P<inner>[^()]{0,50}?(?:\s+(?P<when>last|this|next)\s+(?P<span>year|season|month|week|term))?)\s*\)"
)
TIME_ORDER = {"last": 0, "this": 1, "next": 2}
# A row's change after a bracketed figure, which makes that figure the one changed from: ", up 13.9 per cent",
# ", down 7%", ", unchanged"
CHANGE_AFTER_BRACKET = re.compile(
    r",?\s*(?:(?P<way>up|down)\s+(?:by\s+)?(?P<by>\d[\d.,]*)\s*(?:%|(?:per\s*cent|percent)\b)|"
    r"(?:unchanged|no\s+change)\b)",
    re.I,
)


def _change_fits(change: re.Match[str], now: Decimal | None, then: Decimal | None) -> bool:
    """
    Whether the change a row states after a bare bracket is the change from the bracket's figure to the row's: "1,240
    (1,190), up 4 per cent" is; "1,240 nurses (310), up 4 per cent" is not, its 310 a part (findings_columns39 M1).
    """
    if now is None or then is None:
        return False
    if change.group("way") is None:
        return now == then  # "unchanged"
    if not then:
        return False
    try:
        stated = Decimal(change.group("by").replace(",", "").rstrip("."))
    except ArithmeticError:
        return False
    actual = (now - then) / then * 100
    if (change.group("way").lower() == "down") != (actual < 0):
        return False
    # within the rounding of the stated figure, and of the two figures themselves
    return abs(abs(actual) - stated) <= max(Decimal("1"), stated / 10)


# A row of a list under a key: a short line with a figure and a bracketed figure ("Whiting: 2.05 (1.88)")
KEYED_ROW = re.compile(r"^[^\n]{0,80}\d[^()\n]{0,30}\(\s*\d[^()\n]{0,30}\)[^\n]{0,60}$")


def brackets_keyed(context_before: str, year: int | None = None) -> bool:
    """
    Whether a key above the sentence says the bare figures in brackets of its list are the earlier ones ("Figures for
    2027 are given in brackets", "Monday's averages in brackets"): the key, then only blank lines and the list's rows
    down to the sentence.
    """
    for line in reversed(context_before.split("\n")):
        if earlier_key(line, year):
            return True
        if line.strip() and not KEYED_ROW.match(line):
            return False
    return False


def _earlier_in_brackets(
    sentence: str, gap: str, second: Figure, keyed: bool = False, first: Figure | None = None
) -> bool:
    """
    The figure in brackets after another is set in an earlier time: named as past, or "this" season to "next"; a bare
    one, "11,240 tonnes (9,870)", where the row goes on to say how much the figure changed (", up 13.9 per cent",
    ", unchanged") or a key above it says its brackets hold the earlier figures (``keyed``).
    """
    opened = BRACKET_OPENED_GAP.fullmatch(gap)
    closed = BRACKET_CLOSED_AFTER.match(sentence, second.span[1]) if opened else None
    if opened is None or closed is None:
        return False
    if (period := EARLIER_PERIOD.match(closed.group("inner"))) and not period.group("season"):
        return True  # (a season with no year, "(388 in the summer)", may be the page's own or one to come)
    if opened.group("when") is None and not closed.group("inner").strip():
        if keyed:
            return True  # only a bare bracket, "(9,870)": a key says what brackets of bare figures hold, no more
        change = CHANGE_AFTER_BRACKET.match(sentence, closed.end())
        return change is not None and first is not None and _change_fits(change, first.value, second.value)
    now, then = opened.group("when"), closed.group("when")
    return (
        now is not None
        and then is not None
        and opened.group("span") == closed.group("span")
        and TIME_ORDER[then.lower()] < TIME_ORDER[now.lower()]
    )


# After "the" and a figure, an account of the same thing given before: "the 192 first proposed", "the 1.2 million it
# disclosed"; a promise or forecast set against what came of it ("short of the 240 million it had forecast") is a
# claim of its own, unless it was the first of two ("the 40 it originally forecast")
GIVEN_EARLIER_AFTER = re.compile(
    r"\s+(?:(?:it|they|he|she|we|the\s+[a-z]+)\s+)?(?:had\s+)?(?:"
    r"(?:first|originally|initially|earlier|previously)\s+(?:proposed|predicted|forecast|disclosed|estimated|planned|"
    r"promised|reported|announced|expected|projected|budgeted|offered|claimed|given|put)|"
    r"(?:disclosed|reported|announced|estimated|proposed))\b"
    # "not the 11 percent in its first estimate", "short of the 83 it had predicted two hours ago in an earlier version
    # of the model": the account it gave is named as the earlier one
    r"|[^,;:.\d]{0,50}?\bin\s+(?:its|their|his|her|our|the|an?)\s+(?:first|earlier|initial|original|previous|"
    r"preliminary|provisional)\s+(?:estimate|version|reading|release|report|count|forecast|projection|figures?)\b"
)


# ", initially put at ", ", first estimated at about ": a value first given, set off after the subject it measures
FIRST_GIVEN_APPOSITION = re.compile(
    rf",\s*(?:first|initially|originally)\s+(?:put|estimated|given|reported|counted|set)\s+(?:at|as)\s+{_EARLIER_QUALIFIER}$"
)
# Between a subject's figure and the level it changed to: " had fallen to under ", " has grown to about "
CHANGED_TO_GAP = re.compile(
    r",?\s+(?:(?:had|has|have)\s+)?(?:fallen|risen|dropped|grown|shrunk|climbed|fell|rose|grew|shrank)\s+"
    rf"to\s+(?:(?:{HEDGE})\s+)?"
)


# "nearly a tenth", "about a quarter", "half": a fraction word, a share as plainly as "7 per cent" (not "Three in ten")
FRACTION_WORD_FIGURE = re.compile(r"^(?!.*\bin\b).*\b(?:half|thirds?|quarters?|fifths?|tenths?)$", re.IGNORECASE)


def _written_alike(sentence: str, first: Figure, second: Figure) -> bool:
    """The first figure in digits, or both in words, or a fraction word before a percentage in digits."""
    digits = [_DIGIT.search(sentence[f.span[0] : f.span[1]]) is not None for f in (first, second)]
    fraction = first.unit == "percent" and FRACTION_WORD_FIGURE.match(sentence[first.span[0] : first.span[1]])
    return digits[0] or not digits[1] or fraction is not None


def same_unit(first: str, second: str) -> bool:
    """
    One unit in the singular and the plural: "to 1 thalen an hour from 2.50 thalens", "1 euro ... 3 euros", "1 ferry
    ... 3 ferries", "1 bus ... 4 buses" (units are read with their signs and "per cent" already spelt one way).
    """
    if first == second:
        return True
    singular, plural = sorted((first, second), key=len)
    return bool(singular) and plural in (
        singular + "s",
        singular + "es",
        singular[:-1] + "ies" if singular.endswith("y") else None,
        IRREGULAR_PLURAL_OF.get(singular),
    )


# A figure written bare, in digits only: "1,038", "47.95"
BARE_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


# "rose by 2,900 to 97,400", "fell by 2,300 last year to 61,800": a change by a bare amount, then the level it came to
# (not "rose by 9 per cent to 2,450", a change in another unit)
CHANGED_BY_TO_BEFORE = re.compile(
    r"\b(?:(?P<up>rose|risen|grew|grown|increased|climbed|jumped)|"
    r"(?P<down>fell|fallen|decreased|declined|dropped|shrank|shrunk|slipped))\s+by\s+"
    r"(?P<amount>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(?P<scale>\s+(?:million|billion))?"
    r"\s+(?:(?:last|this)\s+[a-z]+\s+|in\s+(?:19|20)\d\d\s+)?to\s+$",
    re.IGNORECASE,
)


def _levels_changed_by(sentence: str, figures: list[Figure]) -> list[Figure]:
    """
    "Claims rose by 2,900 to 97,400": the level the change came to, with the level it came from (97,400 less 2,900)
    as its previous value (tests/ingest_labelling.md, "An earlier value in time"); the change, where it is read as a
    claim, stays one of its own, as the labels read it.
    """
    result = []
    for figure in figures:
        changed = CHANGED_BY_TO_BEFORE.search(sentence, 0, figure.span[0])
        if changed is not None and figure.previous_value is None and figure.qualifier == Qualifier.EXACT:
            amount = Decimal(changed.group("amount").replace(",", ""))
            if changed.group("scale"):
                amount *= Decimal(10) ** (6 if changed.group("scale").strip().lower() == "million" else 9)
            before = figure.value - amount if changed.group("up") else figure.value + amount
            if before > 0:
                figure = replace(figure, previous_value=before)
        result.append(figure)
    return result


# Between a frequency and the one it replaces, past the words that say where or from when it runs ("on the Brill to
# Ockley line, instead of every", "from 1 April instead of every")
_WHERE_OR_WHEN = rf"(?:[^.;:\d]|{DAY_OF_MONTH}|\d\d:\d\d)"
EVERY_REPLACED_GAP = re.compile(rf"{_WHERE_OR_WHEN}{{0,80}}?,?\s+{REPLACED_BY}\s+every\s+", re.IGNORECASE)
# "rose from 4.50 marrets in January to 9 marrets", "cut the deficit from 5.2 per cent of national income to 3.8 per
# cent", "has risen from 148 million skarls to a forecast of 231 million": a verb of change, "from" the earlier value,
# then the words that say of what or when it was (no clause of its own) before "to" the level it changed to
CHANGE_VERB_FROM_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|growing|climbed|dropped|jumped|slipped|went|gone|"
    rf"increased|decreased|declined|shrank|shrunk|moved|(?:{_REVISED}|{_REVISES}|{_REVISING}|{_REVISE})(?:\s+it)?|"
    rf"(?:up|down))\s+(?:\w+\s+){{0,3}}?from\s+{_EARLIER_QUALIFIER}$",
    re.IGNORECASE,
)
FROM_WORDS_TO_GAP = re.compile(
    r"(?:\s+(?!(?:and|but|or|while|which|who|when|then|than|before|after)\b)(?:[A-Za-z][A-Za-z'’-]*|(?:19|20)\d\d)){0,5}"
    r"\s+to\s+"
    rf"(?:an?\s+(?:forecast|projected|expected|estimated|predicted|new|record)\s+(?:figure\s+|level\s+|total\s+)?of\s+)?"
    rf"{_EARLIER_QUALIFIER}",
    re.IGNORECASE,
)
# "against 19 per cent now", "compared with 2,540 this year": the value set against is the one of the present
AGAINST_NOW_AFTER = re.compile(
    # (not a forecast for this year: "against 30 million forecast this year" is no revised actual)
    r"(?:\s+(?!(?:forecast|expected|projected|predicted|planned|budgeted|targeted)\b)[a-z%]+){0,2}?"
    r"\s+(?:now|today|currently|at\s+present|this\s+(?:year|season))\b(?!\s+(?:and|but)\b)"
)
# ", who will step down next month,": a clause of its own about someone, set off by commas
RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,]*,")
# A time gone by told of the figure before "against": "in 1975", "ten years ago", "then"
PAST_TIME_IN = re.compile(
    r"\b(?:in|by)\s+(?:19\d\d|20[01]\d)\b|\b(?:years?|decades?|months?)\s+ago\b|\bthen\b|\bused\s+to\b|"
    r"\bin\s+the\s+(?:19|20)\d0s\b|\blast\s+(?:year|season|month|week)\b"
)
# A time to come told of it: "will peak at", "would need to connect", "by the end of next year"
FUTURE_TIME_IN = re.compile(
    r"\b(?:will|would|shall|(?:aims?|plans?|expects?|is\s+expected|are\s+expected|is\s+set|are\s+set)\s+to|"
    r"next\s+(?:year|month|season|decade)|by\s+the\s+end\s+of)\b",
    re.IGNORECASE,
)
# Between the subject's own figure and the one it is set to, a passive revision and nothing else: "the programme of
# 38 races will be cut to 30", "a team of about 45 testers would be cut to fewer than 10", "its 120 beds were reduced
# to 96": the figure the subject counts is what the revision replaced (not "45 jobs would be cut to save 2 million")
SUBJECT_REVISED_TO_GAP = re.compile(
    r"\s+(?:(?:will|would|could|may|might|should|must|(?:is|are|was|were)\s+to)\s+be|(?:has|have|had)\s+been|"
    rf"(?:is|are|was|were)(?:\s+being)?)\s+(?:{_REVISED})(?:\s+(?:up|down)(?:wards?)?)?\s+to\s+$",
    re.IGNORECASE,
)
# Between a value set now and the one it will change to: ", rising to ", ", going up to about "
_CHANGING_TO = "|".join(participle.replace(" ", r"\s+") for participle in CHANGING_TO_PARTICIPLES)
_FOR_GROUP = "|".join(CHANGING_FOR_GROUP_WORDS)
_JOINING = "|".join(JOINING_WORDS)
# (past a few words of the first's own, "5 per cent of each booking, rising to", not a group's: "2 marrels for
# children, rising to 4 marrels from January for adults" sets two groups' fares apart)
CHANGING_TO_GAP = re.compile(
    rf"(?:\s+(?!(?:{_FOR_GROUP}|{_JOINING})\b)[a-z]+){{0,4}},\s+(?:{_CHANGING_TO})\s+to\s+(?:(?:{HEDGE})\s+)?"
)
# ... and after the new one (past its rate's period, "a night"), the date it takes effect from: " from January", " from
# 1 July", " from next year", " from April 2028" (not " from 15 per cent", the value it replaced, nor "by the fifth
# year", a forecast's path, nor "from Monday to Friday", days of the week). Not a date that opens a period, "from June
# to August", "from July until September": a season's price, beside the rest of the year's; nor one a group or place
# follows, "from January for repeat offenders", "from January in towns on the new network", on "weekdays": the value
# set now still stands for the rest
_PERIOD_OR_GROUP_AFTER = (
    r"[\s\d,]*(?:(?:to|and|[-–])\s*(?:(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+|mid-?|early\s+|late\s+)?"
    rf"(?:\d|{MONTH_NAME}\b)|(?:until|till|through|{_FOR_GROUP}|on)\b)"
)
FROM_DATE_AFTER = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s+from\s+(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}\b|{MONTH_NAME}\b|"
    r"next\s+(?:year|month|week|season|spring|summer|autumn|winter)\b)"
    rf"(?!{_PERIOD_OR_GROUP_AFTER})"
)
# Before such a subject's figure, words that make it the count inside a phrase of some other head: "salaries for its
# 4,000 nurses", "opening hours at its 12 libraries", "the speed limit on 12 roads", "fees of 300 courses": what the
# revision sets is that head, not the count, and a bare figure after it only borrows the count's unit. "of" is let
# through after a body the count makes up ("the programme of 38 races", "a team of about 45 testers")
_ROUGHLY = (
    r"about|around|some|nearly|almost|roughly|approximately|over|under|just|only|all|more\s+than|fewer\s+than|up\s+to"
)
COUNT_INSIDE_PHRASE_BEFORE = re.compile(
    r"(?:\b(?:for|at|on|in|into|to|across|among|with|from|by|within|between|per|under|over)|"
    rf"(?<!\w)(?!(?:{'|'.join(sorted(BODY_OF_COUNT_HEADS))})\s)[\w'’-]+\s+of)"
    rf"\s+(?:(?:{DETERMINER}|all|each|every)\s+)?(?:[\w-]+['’]s?\s+)?(?:(?:{_ROUGHLY})\s+)*$",
    re.IGNORECASE,
)
# Between a value and the one it replaces, after a comma: ", rather than", ", instead of the usual"
REPLACED_LATER_GAP = re.compile(
    rf"[^.;:\d\n]{{0,90}}?,\s+{REPLACED_BY}\s+(?:the\s+)?"
    rf"(?:(?:usual|current|present|original|planned|previous|earlier|existing)\s+)?{_EARLIER_QUALIFIER}",
    re.IGNORECASE,
)
# "from 20 dollars for children to 80 dollars for adults", "3 billion dollars on roads ..., rather than 2 billion
# dollars on rail": each figure told of its own group, place or object, with the same word before each; a range or
# a comparison of two claims, not a value replaced (unless what follows is a time: "in January to 3 in March")
_TIME_WORD = (
    r"spring|summer|autumn|winter|year|quarter|month|week|day|past|"
    r"first|second|third|fourth|last|next|previous|early|late"
)
_NOT_A_TIME = rf"(?!(?:the\s+|its\s+|their\s+)?(?:\d|{MONTH_NAME}\b|(?:{_TIME_WORD})\b))"
OBJECT_AFTER_FIGURE = re.compile(rf"\s+(?P<prep>for|in|on|among|across)\s+{_NOT_A_TIME}[A-Za-z]", re.IGNORECASE)
# "rather than 25 pupils as in most of the county": the figure of somewhere or someone else, not a value replaced
ELSEWHERE_AFTER_FIGURE = re.compile(r"\s*,?\s+(?:as|like)\s+(?:in|at|on|among|with|for|elsewhere)\b", re.IGNORECASE)


def _told_of_two_objects(sentence: str, gap: str, second: Figure) -> bool:
    """The gap opens with "for/in/on ..." naming no time and the same word follows the second figure."""
    first_of = OBJECT_AFTER_FIGURE.match(gap)
    second_of = OBJECT_AFTER_FIGURE.match(sentence, second.span[1])
    return bool(first_of and second_of and first_of.group("prep").lower() == second_of.group("prep").lower())


# "86 of the 410": the whole a part right before it is counted in
WHOLE_OF_PART_BEFORE = re.compile(r"\d\s+of\s+(?:the|its|their)\s+$")
# A semicolon or a colon between two figures: a clause of their own each
CLAUSE_BREAK = re.compile(r";|:\s")


def _earlier_values_folded(
    sentence: str,
    figures: list[Figure],
    keyed: bool = False,
    when: tuple[int | None, int | None] = (None, None),
) -> list[Figure]:
    """
    A figure that only gives the value another figure of the same unit in the sentence replaced becomes that
    figure's previous value, not a claim of its own: "to X ... from Y", "up from Y" after X, "from Y to X",
    "first said Y ..., then raised it to X", "X (2027: Y)" on a page of a later year (``when``: the page's year and
    month).
    """
    result = list(figures)
    i = 0
    while i + 1 < len(result):
        first, second = result[i], result[i + 1]
        gap = sentence[first.span[1] : second.span[0]]
        clause_break = CLAUSE_BREAK.search(gap) is not None  # "...; it now says", "...: 18,000"
        before_first = sentence[: first.span[0]]
        before_second = sentence[: second.span[0]]
        usable_far = (
            same_unit(first.unit, second.unit)
            and first.previous_value is None
            and second.previous_value is None
            and not first.derived
            and not second.derived
            and first.qualifier != Qualifier.RANGE
            and second.qualifier != Qualifier.RANGE
            and len(gap) <= 160
        )
        usable = (
            usable_far
            and len(gap) <= 90
            # a share in words and one in digits are read as two claims unless "up from" or "down from" links them;
            # "nearly a third ..., compared with about a fifth five years ago" is one change, both in words
            and _written_alike(sentence, first, second)
            and not clause_break
        )
        # "first put the number at 6, before lowering it to 4", and as well in words: "at six ... to four"
        revised = usable_far and _written_alike(sentence, first, second)
        if revised and (
            (
                FIRST_GIVEN_BEFORE.search(before_first[-80:])
                and (REVISED_TO_BEFORE.search(before_second) or REVISED_ESTIMATE_IS_BEFORE.search(before_second[-90:]))
            )
            or (LATER_GIVEN_BEFORE.search(before_second[-90:]) and not clause_break)
        ):
            # "had originally put the sum at 14 million marks, but raised their estimate to 23.6 million"; "first
            # estimated ... 260,000 dalts ..., but later put the figure at 310,000 dalts", "around 350,000 sorrins, a
            # sum the council later revised up to 420,000 sorrins": the later value replaces the first
            result[i + 1] = replace(second, previous_value=first.value)
            del result[i]
            continue
        # both ends marked, the two may stand in clauses of their own: "The first estimate, in October, was 12,500;
        # it now says 18,000."
        told_apart = usable_far and _written_alike(sentence, first, second)
        if told_apart and FIRST_GIVEN_BEFORE.search(before_first[-60:]) and NOW_BEFORE.search(gap):
            # "originally budgeted at 610 million talens, is now expected to cost 824 million talens"
            result[i + 1] = replace(second, previous_value=first.value)
            del result[i]
            continue
        # a bare figure in such a bracket is the earlier value of the figure before it whatever unit the sentence lent
        # it ("Drivers paid 1,146 marrens (Q3 2027: 1,038)": not 1,038 drivers)
        told_apart = told_apart or (
            not same_unit(first.unit, second.unit)
            and BARE_FIGURE.fullmatch(sentence, second.span[0], second.span[1]) is not None
            and _DIGIT.search(sentence, first.span[0], first.span[1]) is not None
            and first.previous_value is None
            and second.previous_value is None
            and not first.derived
            and not second.derived
            and Qualifier.RANGE not in (first.qualifier, second.qualifier)
        )
        if told_apart and earlier_in_bracket(
            bracket_gap(gap), sentence, second.span[1], closed=BRACKET_CLOSED_AFTER, when=own_time(before_first, when)
        ):
            # "9.40 (last week 9.10)", "9.12 million dalders (previous year: 8.05 million, revised)", "4.39% (was
            # 4.65% in March)": the bracket says its figure is the earlier one before giving it (ingest/tables.py,
            # earlier_in_bracket), and closes past whatever else a sentence says of it
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        if revised and APPOSITION_REVISED_FROM_BEFORE.search(before_second[-90:]) and not clause_break:
            # "612,000 patients in March, a figure it revised last week from 598,000"
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        that_one = REVISED_IT_TO.search(before_second) if usable_far and " that " in gap else None
        if (
            that_one
            and that_one.start() >= first.span[1]
            and not FIGURE_IN_WORDS.search(sentence, that_one.start(), second.span[0])
        ):
            # "was meant to carry 900,000 trips a year, but the council has now cut that target to 540,000": the
            # figure "that" refers back to, revised
            result[i + 1] = replace(second, previous_value=first.value)
            del result[i]
            continue
        if usable_far and THAT_FIGURE_FROM_BEFORE.search(before_second[-80:]):
            # "A record 48,200 runners ..., after organisers raised the cap to that figure from 42,000": the
            # words refer back to the first figure, so the second is the value it replaced however far apart
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        revised_it = REVISED_IT_FROM.search(before_second) if usable_far else None
        if (
            revised_it
            and revised_it.start() >= first.span[1]
            and not FIGURE_IN_WORDS.search(sentence, first.span[1], revised_it.start())
        ):
            # "The levy is 2.50 corrans a booking; the ministry raised it from 1.75 corrans in January": the figure
            # "it" takes up, with the value it replaced, across the clause break
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        if usable and HAVING_PUT_BEFORE.search(before_second):
            # "about 265 million pounds, having put the figure at 180 million pounds when building started"
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        if usable and re.search(r"\bthe\s+$", before_second) and GIVEN_EARLIER_AFTER.match(sentence, second.span[1]):
            # "128 homes rather than the 192 first proposed", "79 seats, short of the 83 it had predicted": the value
            # someone gave before, set against the one that now stands
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        owned = re.search(r"\b[a-z]+\s+of\s+(?:about\s+|around\s+|some\s+)?$", before_first)
        # "The death toll, initially put at 30, rose to 47": the value first given in apposition, then the level the
        # subject changed to
        owned = owned or FIRST_GIVEN_APPOSITION.search(before_first[-60:])
        if usable and owned and CHANGED_TO_GAP.fullmatch(gap):
            # "her savings of 41,000 kroner had fallen to under 2,000 kroner": the subject's own value, then the level
            # it changed to
            result[i + 1] = replace(second, previous_value=first.value)
            del result[i]
            continue
        against = AGAINST_BEFORE.search(before_second)
        compared = usable_far and _written_alike(sentence, first, second) and not clause_break
        result_first = _result_kind(before_first[-60:])
        if (
            compared
            and against
            and _earlier_of_same(sentence, second.span[1], before_first, when[1])
            # a result set against no result, or none against one, are two claims: "cut its debt to 40 million,
            # against a deficit of 12 million"
            and (against.group("result") is None or result_first is not None)
        ):
            part = result[i - 1] if i > 0 and WHOLE_OF_PART_BEFORE.search(before_first) else None
            if part is not None:
                # "86 of the 410 clinics ..., against 51 in December": the part is set against the earlier value,
                # not the whole it is counted in
                if part.previous_value is None and same_unit(part.unit, second.unit):
                    result[i - 1] = replace(part, previous_value=second.value)
                    del result[i + 1]
                    continue
                i += 1
                continue
            # "it now has 14 surveyors for the whole coast, against 22 a decade ago"; "a profit of 18.6 million,
            # against a loss of 9.3 million a year earlier": a result of the other sign is below zero
            other_sign = against.group("result") is not None and result_first != _result_kind(against.group("result"))
            result[i] = replace(first, previous_value=-second.value if other_sign else second.value)
            del result[i + 1]
            continue
        now_after = AGAINST_NOW_AFTER.match(sentence, second.span[1]) if compared and against else None
        if now_after is not None and against is not None and against.group("result") is None:
            # "spent 31 per cent of its income in 1975, against 19 per cent now": the value now replaced the one of a
            # past time; "will peak at 2,960 in 2029, compared with 2,540 this year", "within 7 days by the end of
            # next year, against 38 days now": a value to come replaces the one now
            told = sentence[first.span[1] : against.start()]
            clause = before_first[max(before_first.rfind(";"), before_first.rfind(". "), 0) :][-120:]
            # "The minister, who will step down next month, said ...": that clause tells of someone, not the figure
            clause = RELATIVE_CLAUSE.sub(",", clause)
            if PAST_TIME_IN.search(told) and not FUTURE_TIME_IN.search(clause + told):
                result[i + 1] = replace(second, previous_value=first.value)
                del result[i]
                continue
            if FUTURE_TIME_IN.search(clause + told) and not PAST_TIME_IN.search(told):
                result[i] = replace(first, previous_value=second.value)
                del result[i + 1]
                continue
        if compared and RECORD_BEATEN_BEFORE.search(gap):
            # "5,912 fans were in the building, beating the previous record of 5,640": the record the figure beat is
            # the value it replaced, as an earlier value in time is
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        if compared and _earlier_in_brackets(sentence, gap, second, keyed, first):
            # "grow by just 0.6 per cent (3.2 per cent in the winter report)", "will cost 12 tessers next season (9
            # this season)": the value an earlier time had, given in brackets after the one now
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        # "Three in ten people now live in the five largest cities, up from 24 percent in 2015": "up from" names the
        # value replaced however the two are written
        explicit = FROM_EARLIER_BEFORE.search(before_second) if usable_far and len(gap) <= 90 else None
        if (
            explicit is not None
            and explicit.group("dir")
            and explicit.start() >= first.span[1]
            and not clause_break
            and not re.search(r"\bbut\b", gap)
        ):
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        changed_from = CHANGED_FROM_BEFORE.search(before_second) if usable_far and len(gap) <= 90 else None
        if changed_from and changed_from.start() >= first.span[1] and not clause_break:
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        if (
            usable_far
            and not clause_break
            and REPLACED_LATER_GAP.fullmatch(gap)
            and not _told_of_two_objects(sentence, gap, second)
            and not ELSEWHERE_AFTER_FIGURE.match(sentence, second.span[1])
        ):
            # "will be charged at 2 per cent of business rate income in its first year, rather than 2.5 per cent",
            # "You will have 60 days from the date of a bill, instead of 28 days": the value the new one replaces,
            # past the words that say of what or when it is
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        if (
            revised
            and SUBJECT_REVISED_TO_GAP.fullmatch(gap)
            and not COUNT_INSIDE_PHRASE_BEFORE.search(before_first[-80:])
        ):
            # "a team of about 45 testers would be cut to fewer than 10": the level the subject's figure is set to
            result[i + 1] = replace(second, previous_value=first.value)
            del result[i]
            continue
        if usable and CHANGING_TO_GAP.fullmatch(gap) and FROM_DATE_AFTER.match(sentence, second.span[1]):
            # "The fixed penalty is 100 marrels, rising to 150 marrels from January", "takes 5 per cent of each
            # booking, rising to 6.5 per cent from 1 July": the value set now, then the one that replaces it on a
            # date (tests/ingest_labelling.md, "An earlier value in time")
            result[i + 1] = replace(second, previous_value=first.value)
            del result[i]
            continue
        if usable_far and EVERY_BEFORE.search(before_first) and EVERY_REPLACED_GAP.fullmatch(gap):
            # "trains every 15 minutes on the Brill to Ockley line, instead of every 20 minutes": the frequency
            # replaced, past where the service runs
            result[i] = replace(first, previous_value=second.value)
            del result[i + 1]
            continue
        if usable and not re.search(r"\bbut\b", gap):
            earlier = FROM_EARLIER_BEFORE.search(before_second)
            changed = earlier is not None and (earlier.group("dir") or TO_BEFORE.search(before_first))
            if earlier is not None and changed and earlier.start() >= first.span[1]:
                result[i] = replace(first, previous_value=second.value)
                del result[i + 1]
                continue
            from_to = FROM_BEFORE.search(before_first) and re.fullmatch(rf"\s+to\s+{_EARLIER_QUALIFIER}", gap, re.I)
            from_to = from_to or (CHANGE_VERB_FROM_BEFORE.search(before_first) and FROM_WORDS_TO_GAP.fullmatch(gap))
            two_objects = _told_of_two_objects(sentence, gap, second)
            # "from every 15 minutes to every 40", "from a train every 4 minutes to a train every 6 minutes"
            if (from_to and not two_objects) or (
                FROM_EVERY_BEFORE.search(before_first) and EVERY_TO_GAP.fullmatch(gap)
            ):
                result[i + 1] = replace(second, previous_value=first.value)
                del result[i]
                continue
        i += 1
    return result
