"""
Figures in a sentence: numbers in digits or words, their qualifier, their unit, ranges, and
"N groups of X each" totals. Returns what it finds with character spans; knows nothing of speakers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from claims.quantities import Qualifier, default_bounds

UNITS_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a thousand": 1000, "one thousand": 1000,
}  # fmt: skip
ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "m": 10**6, "mn": 10**6,
          "bn": 10**9, "k": 10**3, "b": 10**9}  # fmt: skip
CURRENCIES = {"$": "dollars", "£": "pounds", "€": "euros", "¥": "yen"}

_WORDNUM = (
    r"(?:a dozen|a hundred|one hundred|a thousand|one thousand|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|dozen|hundred)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER = re.compile(
    rf"(?P<cur>[$£€¥])?(?P<num>{_DIGITS}|\b{_WORDNUM}\b)"
    r"(?P<scale>\s?(?:thousand|million|billion|trillion)\b|(?:bn|mn|[mMkKbB])\b)?"
    r"(?P<pct>\s?%|\s(?:percent|per cent)\b)?",
    re.IGNORECASE,
)
QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>about|around|approximately|roughly|some|nearly|almost|an estimated|estimated|close to|circa|"
    r"more than|over|at least|just over|upwards of|in excess of|no fewer than|no less than|above|"
    r"up to|fewer than|less than|no more than|at most|under|as many as|just under|below|"
    r"between|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
QUALIFIERS = {
    Qualifier.APPROXIMATELY: {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "an estimated",
                              "estimated", "close to", "circa"},
    Qualifier.AT_LEAST: {"more than", "over", "at least", "just over", "upwards of", "in excess of", "no fewer than",
                         "no less than", "above"},
    Qualifier.AT_MOST: {"up to", "fewer than", "less than", "no more than", "at most", "under", "as many as",
                        "just under", "below"},
}  # fmt: skip
RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*")
UNIT_AFTER = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3})([a-z][a-z-]*)")
STOP = {
    "a", "an", "the", "and", "or", "but", "are", "were", "is", "was", "be", "been", "being", "have", "has", "had",
    "will", "would", "could", "should", "may", "might", "can", "to", "in", "on", "at", "of", "from", "for", "by",
    "with", "that", "which", "who", "whom", "than", "as", "per", "each", "when", "where", "while", "into",
    "across", "since", "until", "after", "before", "during", "if", "so", "this", "these", "those", "its", "their",
    "his", "her", "our", "it", "they", "we", "he", "she", "already", "also", "now", "still", "more", "times",
    "out", "up", "down", "off", "over", "under", "about", "around", "among", "between", "through", "against",
    "away", "ago", "later", "earlier", "year-old", "years-old", "percent", "cent", "a.m", "p.m",
}  # fmt: skip
MODIFIERS = {
    "more", "additional", "new", "extra", "other", "further", "armed", "active", "active-duty", "regular",
    "trained", "elite", "special", "young", "foreign", "local", "injured", "wounded", "dead", "missing", "displaced",
    "registered", "eligible", "full-time", "part-time", "military", "civilian", "combat", "metric", "square",
}  # fmt: skip
# Count nouns an unlabelled figure most likely refers to ("a first tranche of about 3,000")
PEOPLE_NOUNS = re.compile(
    r"\b(troops?|soldiers?|personnel|fighters|servicemen|service members|civilians|people|refugees|migrants|"
    r"workers|residents|casualties|prisoners|detainees|protesters|passengers|patients|students|voters)\b",
    re.IGNORECASE,
)
EACH_AFTER = re.compile(r"^\s*(?:[a-z][a-z-]*\s+){0,2}?each\b")
GROUPS_BEFORE = re.compile(
    rf"(?P<n>{_DIGITS}|\b{_WORDNUM}\b)\s+(?:(?:more|new|additional|other|further)\s+)?(?:[a-z][a-z-]+\s+)?"
    r"(?P<group>[a-z][a-z-]+)\s+"
    r"(?:of|carrying|with|containing|holding|each\s+with|numbering|with room for|with space for|able to hold)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
YEAR_CONTEXT = re.compile(r"\b(in|since|by|from|of|until|before|after|during|early|late|mid|the|spring|summer|"
                          r"autumn|fall|winter)\s*$", re.IGNORECASE)  # fmt: skip
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"  # fmt: skip
DATE_AROUND = (re.compile(rf"\b{_MONTHS}\s+$"), re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b"))
NOT_A_COUNT_AFTER = re.compile(
    r"^(?:-year-old|\s*-?\s*years?[- ]old|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)|:\d|/\d|\.\d|-(?:minute|hour)|"
    r"(?:st|nd|rd|th)\b)",
    re.IGNORECASE,
)


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


def parse_number(text: str) -> Decimal | None:
    """'6,000' -> 6000, 'twenty-five' -> 25, 'a dozen' -> 12."""
    raw = text.lower().replace(",", "")
    if raw in UNITS_WORDS:
        return Decimal(UNITS_WORDS[raw])
    if re.fullmatch(r"[a-z]+[- ][a-z]+", raw):
        tens, ones = re.split(r"[- ]", raw)
        return Decimal(UNITS_WORDS[tens] + ONES[ones]) if tens in UNITS_WORDS and ones in ONES else None
    try:
        return Decimal(raw)
    except ArithmeticError:
        return None


def number_value(match: re.Match) -> Decimal | None:
    value = parse_number(match.group("num"))
    scale = (match.group("scale") or "").strip().lower()
    if value is not None and scale:
        value *= SCALES[scale]
    return value


def find_figures(sentence: str, context_before: str = "") -> list[Figure]:
    """
    Every counted quantity in ``sentence``. ``context_before`` is the text of the article up to
    the sentence, used only to guess the unit of a bare figure.
    """
    figures: list[Figure] = []
    consumed_until = 0
    matches = list(NUMBER.finditer(sentence))
    group_spans: set[tuple[int, int]] = set()
    i = 0
    while i < len(matches):
        m = matches[i]
        i += 1
        if m.start() < consumed_until or m.span() in group_spans or not m.group("num").strip():
            continue
        value = number_value(m)
        if value is None or _not_a_count(sentence, m, value):
            continue
        before = sentence[: m.start()]
        qualifier_match = QUALIFIER_BEFORE.search(before)
        q_word = qualifier_match.group("q").lower() if qualifier_match else ""
        start = qualifier_match.start() if qualifier_match else m.start()
        end = m.end()
        lower = upper = None
        qualifier = Qualifier.EXACT
        # "between 2,000 and 3,000", "2,000-3,000", "from 10 to 12"
        second = _range_second(sentence, m, matches, i, q_word)
        if second is not None:
            lower, upper = value, number_value(second)
            if upper is None or upper < lower:
                continue
            qualifier, end = Qualifier.RANGE, second.end()
            i = matches.index(second) + 1
        elif q_word in ("between", "from"):
            start = m.start()
        else:
            qualifier = next((q for q, words in QUALIFIERS.items() if q_word in words), Qualifier.EXACT)
        unit, unit_end = _unit(sentence, m if second is None else second, context_before, figures)
        if not unit:
            continue
        end = max(end, unit_end)
        lower, upper = default_bounds(qualifier=qualifier, value=value, lower=lower, upper=upper)
        groups = GROUPS_BEFORE.search(sentence[:start])
        each = EACH_AFTER.match(sentence[unit_end:])
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
        figures.append(Figure(value, lower, upper, unit, qualifier, (start, end)))
        consumed_until = end
    return figures


def _range_second(sentence, first, matches, next_index, q_word) -> re.Match | None:
    if next_index >= len(matches):
        return None
    second = matches[next_index]
    join = sentence[first.end() : second.start()]
    if not RANGE_JOIN.fullmatch(join):
        return None
    word = join.strip()
    if word == "and" and q_word != "between":
        return None
    if word == "to" and q_word not in ("from", "between", ""):
        return None
    if first.group("pct") and not second.group("pct"):
        return None
    return second


def _not_a_count(sentence: str, m: re.Match, value: Decimal) -> bool:
    after = sentence[m.end() :]
    if NOT_A_COUNT_AFTER.match(after):
        return True
    if m.group("num")[0].isdigit() and (DATE_AROUND[0].search(sentence[: m.start()]) or DATE_AROUND[1].match(after)):
        return True  # "October 13", "13 October": a date, read by ingest.dates
    if re.search(r"[A-Z][\w'’-]+,\s*$", sentence[: m.start()]) and re.match(r"\s*,", after):
        return True  # "Ridder, 58, told reporters": an age
    if re.match(
        r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Square|Lane|Quay|Boulevard|Way)\b", after
    ):
        return True  # "17 Market Street": an address
    raw = m.group("num")
    is_year = raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100 and not m.group("pct") and not m.group("cur")
    if is_year and (YEAR_CONTEXT.search(sentence[: m.start()]) or not UNIT_AFTER.match(after)):
        return True
    if is_year and re.match(r"\s*(?:and|,|\.|;|\))", after):
        return True
    word_number = not raw[0].isdigit()
    if word_number and re.search(
        r"\b(the|these|those|both|all|its|their|his|her|our)\s+$", sentence[: m.start()], re.I
    ):
        return True  # "the two allies", "all three countries": a reference, not a count
    return bool(re.search(r"(No\.|number|#|page|chapter|article|section|route|highway|room|flight)\s*$",
                          sentence[: m.start()], re.IGNORECASE))  # fmt: skip


def _unit(sentence: str, m: re.Match, context_before: str, earlier: Sequence[Figure] = ()) -> tuple[str, int]:
    if m.group("pct"):
        return "percent", m.end()
    if m.group("cur"):
        return CURRENCIES[m.group("cur")], m.end()
    after = sentence[m.end() :]
    points = re.match(r"\s+percentage points?\b", after)
    if points:
        return "percentage points", m.end() + points.end()
    share = re.match(r"\s+of (?:the|them|those)\s+(?:[a-z]+\s+){0,2}(?:were|was|are)\s+([a-z]+)\b", after)
    if share:  # "30 to 40 of the wounded were children"
        return share.group(1), m.end() + share.end()
    word = UNIT_AFTER.match(after)
    candidates = []
    if word:
        head, end = word.group(2), m.end() + word.end()
        # "3,000 more troops", "212 new dengue cases", "three training sites": the head noun comes last
        for _ in range(3):
            nxt = re.match(r"\s([a-z][a-z-]*)", sentence[end:])
            if not nxt or nxt.group(1) in STOP:
                break
            if head in MODIFIERS or (not head.endswith("s") and nxt.group(1).endswith("s")):
                head, end = nxt.group(1), end + nxt.end()
            else:
                break
        candidates.append((head, end))
    for unit, end in candidates:
        unit = unit.strip("-").lower()
        if unit in ("dollars", "euros", "pounds", "percent"):
            return unit, end
        if unit not in STOP and unit not in MODIFIERS and len(unit) > 1 and not unit.endswith("ly"):
            if word and word.group(1).strip() and not unit.endswith("s"):
                return "", 0  # "3 North Korean ..." followed by a verb-like word: not a unit
            return unit, end
    if not m.group("num")[0].isdigit() or re.match(r"\s+[A-Z]", after):
        return "", 0  # a bare number word ("under five") or a name after the figure: not a count
    if re.search(r"\b(?:[a-z]+s|were|are|is|was)\s+(?:under|over)\s+$|\baged?\s+$", sentence[: m.start()]):
        return "", 0  # "respondents under 35": an age
    comparison = r"\b(?:compared with|compared to|up from|down from|from|versus|vs\.?|against|than|and|or|to)\s+$"
    if earlier and re.search(comparison, sentence[: m.start()]):
        return earlier[-1].unit, m.end()  # "totalled 41,000, compared with 29,500 in 2022": the same unit
    total = re.search(
        r"\b([a-z]+s)\s+(?:in \d{4}\s+|this year\s+|so far\s+)?(?:totalled|totaled|reached|numbered|stood at|"
        r"rose to|fell to|climbed to|dropped to|topped|exceeded)\s+(?:\w+\s+){0,2}$",
        sentence[: m.start()],
    )
    if total:  # "arrivals in 2024 totalled just over 41,000"
        return total.group(1), m.end()
    # A bare figure: borrow the nearest people noun from the sentence or the text before it.
    nearest = None
    for found in PEOPLE_NOUNS.finditer(context_before + sentence[: m.start()]):
        nearest = found
    if nearest:
        noun = nearest.group(1).lower()
        return (noun if noun.endswith(("s", "personnel", "people")) else noun + "s"), m.end()
    return "", 0
