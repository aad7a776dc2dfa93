"""
The words and digits of a number ("6,000", "twenty-five", "a dozen", "$2 billion", "40%"), the
qualifier words before one ("about", "more than", "up to") and their Decimal values: the lexicon
the quantity grammar (ingest.numbers) and its exclusions (ingest.not_counts) share.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.quantities import Qualifier

UNITS_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a thousand": 1000, "one thousand": 1000, "one": 1,
}  # fmt: skip
# Past participles without -ed: the verb of a count whose noun is left out ("eight had left", "a dozen have gone"),
# and not a counted noun after a figure ("the record of 5,200 set in 2019")
IRREGULAR_PARTICIPLES = {
    "said", "left", "gone", "taken", "made", "kept", "won", "lost", "sold", "given", "seen", "told", "put", "paid",
    "shut", "cut", "quit", "set", "held", "built", "bought", "spent", "brought", "found", "shown", "known", "drawn",
    "grown",
}  # fmt: skip
# The number words a whole is given in after "of the": "two of the four years", "of the last ten."
SMALL_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozen|hundred"
)
ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "m": 10**6,
          "mn": 10**6, "bn": 10**9, "k": 10**3, "b": 10**9, "mln": 10**6, "bln": 10**9, "tn": 10**12,
          "trn": 10**12}  # fmt: skip
CURRENCIES = {
    "$": "dollars",
    "£": "pounds",
    "€": "euros",
    "¥": "yen",
    "usd": "dollars",
    "us$": "dollars",
    # the letters before "$" of the currencies the world writes so, all dollars ("C$3bn", "NZ$ 40", "HK$2.5bn"); any
    # other lettered sign ("D$") is its own unit, as written
    "a$": "dollars",
    "au$": "dollars",
    "c$": "dollars",
    "ca$": "dollars",
    "nz$": "dollars",
    "hk$": "dollars",
    "s$": "dollars",
    "sg$": "dollars",
    "nt$": "dollars",
    "j$": "dollars",
    "t$": "dollars",
    "ec$": "dollars",
    "bz$": "dollars",
    "fj$": "dollars",
    "eur": "euros",
    "gbp": "pounds",
    # the ISO code of a currency written before its figure: "CHF 20 million", "SEK 4.1 billion"
    "chf": "francs",
    "jpy": "yen",
    "sek": "kronor",
    "nok": "kroner",
    "dkk": "kroner",
    "cad": "dollars",
    "aud": "dollars",
    "nzd": "dollars",
    "inr": "rupees",
    "cny": "yuan",
    "₹": "rupees",
    "₩": "won",
    "₽": "roubles",
    "₦": "naira",
    "₪": "shekels",
    "₺": "lira",
    "₱": "pesos",
    "฿": "baht",
}


def currency_unit(written: str) -> str:
    """
    The unit of a currency written before its figure: "$" dollars, "CHF" francs, "NZ$" dollars; one not known, as
    written, and so a lettered sign the world does not know as a dollar ("D$"), whose letters say which currency it is
    """
    written = written.strip()
    return CURRENCIES.get(written.lower(), written)


# Fractions in words and their values as percentages: "a third", "three-quarters", "seven-tenths"
FRACTIONS = {
    "half": Decimal(50), "a half": Decimal(50), "one half": Decimal(50), "a third": Decimal(100) / 3,
    "one third": Decimal(100) / 3, "two thirds": Decimal(200) / 3, "a quarter": Decimal(25),
    "one quarter": Decimal(25), "three quarters": Decimal(75), "a fifth": Decimal(20), "one fifth": Decimal(20),
    "two fifths": Decimal(40), "three fifths": Decimal(60), "four fifths": Decimal(80), "a tenth": Decimal(10),
    "one tenth": Decimal(10),
}  # fmt: skip
# "a sixth", "three-eighths", "seven-tenths": any numerator over an ordinal
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}
_DENOMINATORS = {"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "fifth": 5}
for _top, _n in _NUMERATORS.items():
    for _bottom, _d in _DENOMINATORS.items():
        if _n < _d:
            FRACTIONS.setdefault(f"{_top} {_bottom}" + ("s" if _n > 1 else ""), Decimal(100 * _n) / _d)
FRACTION_WORDS = (
    # (no character class: NUMBER's first is its currency signs, which tests/test_ingest_prefilters.py reads)
    r"(?:a|an|one|two|three|four|five|seven|nine)(?:-| )(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|"
    r"tenth)s?|half"
)
# What a fraction of a scale has after the fraction: "half [a million]", "a quarter [of a million]", "half [a dozen]"
OF_A_SCALE = r"\s+(?:of\s+)?an?\s+(?:dozen|hundred|thousand|million|billion|trillion)\b"


def fraction_value(words: str) -> Decimal | None:
    """ "two-thirds" -> 66.66..., "a Quarter" -> 25: a fraction in words as a percentage, None for one not known."""
    fraction = " ".join(words.lower().replace("-", " ").split())
    return FRACTIONS.get(fraction) or FRACTIONS.get(fraction.rstrip("s"))


WORDNUM = (
    r"(?:half a dozen|(?:two|three|four|five|six) dozen|a dozen|a hundred|one hundred|a thousand|one thousand|"
    # "one million", "one and a half million"
    r"one(?=\s+(?:and\s+a\s+half\s+)?(?:hundred|thousand|million|billion)\b)|a(?=\s+(?:million|billion|trillion)\b)|"
    # "by one percentage point": "one" of a rate's points is a figure, not the pronoun
    r"one(?=\s+(?:percentage|basis)\s+points?\b)|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|dozen|hundred)"
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_TENS_AND_UNITS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|"
    r"nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)"
)
# Any currency sign before a figure: "€1.2bn", "₹40m", "฿900"
CURRENCY_SIGNS = "[$£€¥¤" + "".join(map(chr, range(0x20A0, 0x20C0))) + "\u0e3f]"  # the Unicode block of them
# A dollar sign with the capitals of its country or currency before it, as house styles write one that is not the US
# dollar: "NZ$40m", "HK$ 2.5bn", "D$1.9m"
LETTERED_SIGN = r"(?-i:\b[A-Z]{1,3})\$"
# A currency's code of two or three letters before a figure with its scale, as house styles abbreviate a currency the
# reader knows: "Kr250m", "ZL 3.5bn", "Sh 40 million"; not a word of two letters ("In 2m homes", "By 5bn"), nor a
# country's or a union's initials ("UK 4m", "EU 2bn"); the scale shows it is an amount and not an identifier ("QX 40")
_NOT_CODES = (
    "US|UK|EU|UN|AM|PM|No|In|At|On|By|To|Of|Up|As|An|Is|It|If|Or|So|Do|Go|He|We|My|Me|Be|Mr|Ms|Dr|St|Mt|Lt|Co|Jr|Sr|"
    "Am|Oh|Ok|Id|Ad|Ah|Us|Hi|Ex|Pt|Ch|Vs|Nr|Rd|Av|Ft|Km|Kg|Mg|Ml|Mw|Gw|Kw"
)
CODE_BEFORE_SCALED = (
    rf"\b(?-i:(?!(?:{_NOT_CODES})\b)(?:[A-Z]{{2,3}}|[A-Z][a-z]))\s?"
    rf"(?=(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:[.,]\d+)?\s?(?:bn|mn|bln|mln|tn|m|k|million|billion|trillion)\b)"
)
# "4,5 million", "2,75bn": a decimal comma, as continental house styles write one; only before a scale, where a comma
# of thousands ("4,500 million") has its three digits
DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?=\s?(?:million|billion|trillion|bn|mn|bln|mln|m)\b)"
NUMBER = re.compile(
    # "half a million", "a quarter of a million", "three-quarters of a million", "half a dozen": a fraction of a scale
    rf"(?:(?P<frac_of>\b(?:{FRACTION_WORDS}))(?={OF_A_SCALE})\s+(?:of\s+)?)?"
    # a sign may stand apart from its figure, as some house styles set it: "D$ 8.40", "€ 12"
    rf"(?P<cur>(?:{CURRENCY_SIGNS}|{LETTERED_SIGN})(?:[ \u00a0](?=\d))?|"
    rf"\b(?:USD|EUR|GBP|CHF|JPY|SEK|NOK|DKK|CAD|AUD|NZD|INR|CNY)\s?|{CODE_BEFORE_SCALED})?"
    rf"(?P<num>(?P<digits>{DECIMAL_COMMA}|{DIGITS})|\b{WORDNUM}\b)"
    # "four and a half million", "seven and a half per cent"
    # "up from three and a half.": a number word and a half that ends its clause, the unit left to the figure before
    r"(?P<half>\s+and\s+a\s+half(?=\s+(?:hundred|thousand|million|billion|trillion|percent|per\s+cent)\b|"
    r"(?(digits)(?!)|\s*[,.;)])))?"
    # "two point seven million", as a figure is spoken
    r"(?P<point>(?<=[a-z])\s+point\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)\b)?"
    # "four hundred thousand", "two hundred million": a hundred of the larger scale
    r"(?P<scale>\s?(?:hundred(?:\s+(?:thousand|million|billion))?|thousand|million|billion|trillion)\b|"
    # "$4.5 mln", "2 bln", "$1.2tn": the wires' and the financial press's abbreviations; "m" and "k" only written on
    # (a spaced "4.5 m" is metres)
    r"\s?(?:bln|mln|trn|bn|mn)\b|(?:tn|[mMkKbB])\b)?"
    # "a million and a half", "two thousand and a half": half of the scale after it, as a figure is spoken in words
    # (not "1.5 million and a half", a figure in digits)
    r"(?P<half_scale>(?(digits)(?!)|(?:(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))\s+and\s+a\s+half\b))?"
    # "two hundred and fifty", "a hundred and twenty-one": the tens and units after a hundred
    rf"(?P<plus>(?<=hundred)\s+and\s+{_TENS_AND_UNITS}\b(?!\s+hundred\b)"
    # "four hundred and ten million": the hundreds and tens of one larger scale
    r"(?P<plus_scale>\s+(?:thousand|million|billion)\b)?)?"
    # "7.2pc", "7 pct": the abbreviations some house styles (and wires) write per cent with
    r"(?P<pct>\s?%|\s(?:percent|per cent)\b|\s?(?-i:pct?)\b)?",
    re.IGNORECASE,
)
# The hedges before a figure, by the side of it the count lies on (tests/ingest_labelling.md, "Near a figure")
QUALIFIERS = {
    Qualifier.APPROXIMATELY: {"about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
                              "close to", "closer to", "nearer to", "nearer", "circa"},
    Qualifier.AT_LEAST: {"more than", "over", "at least", "just over", "well over", "upwards of", "in excess of",
                         "no fewer than", "no less than", "above", "well above", "exceed", "exceeds", "exceeding",
                         "surpass", "top", "north of"},
    # "nearly 40", "almost half", "barely a quarter": the figure named, which the count stays short of
    # (tests/ingest_labelling.md)
    Qualifier.AT_MOST: {"up to", "fewer than", "less than", "no more than", "at most", "under", "as many as",
                        "just under", "well under", "below", "well below", "nearly", "almost", "barely"},
}  # fmt: skip
# Any one of them as a pattern, the longest first ("just over" before "over"), for every rule that lets a hedge stand
# before the figure it reads; "up to" not after a verb of rising ("Contributions go up to 9.5 per cent", "a sum later
# revised up to 420,000": a rise to the figure, not a cap on it)
HEDGE = "|".join(
    r"(?<!\bgo\s)(?<!\bgoes\s)(?<!\bwent\s)(?<!\bgone\s)(?<!\bgoing\s)(?<!\brevised\s)(?<!\brevises\s)up\s+to"
    if word == "up to"
    else word.replace(" ", r"\s+")
    for word in sorted((w for words in QUALIFIERS.values() for w in words), key=lambda w: (-len(w), w))
)
# (every word opens on a letter: the lookahead turns away each boundary before a space, a digit or a mark at once)
QUALIFIER_BEFORE = re.compile(rf"\b(?=[^\W\d_])(?P<q>{HEDGE}|between|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "120,000 of its Nerova Lite 5 handsets": a product's name may end in its model number; "9,000 Marvessan and
# Korrathian soldiers": names joined by "and" or "or"
UNIT_AFTER = re.compile(
    r"\s*((?:[A-Z][\w'’.-]*\s+(?:(?:and|or)\s+(?=[A-Z]))?(?:\d{1,3}[A-Za-z]?\s+(?=[a-z]))?){0,3})([a-z][a-z-]*)"
)


def parse_number(text: str) -> Decimal | None:
    """'6,000' -> 6000, 'twenty-five' -> 25, 'a dozen' -> 12."""
    if re.fullmatch(r"\d{1,3},\d{1,2}", text):  # "4,5" (million): a decimal comma
        return Decimal(text.replace(",", "."))
    raw = " ".join(text.lower().replace(",", "").split())
    if raw[:1].isdigit():  # most figures: digits, which need none of the word patterns below
        try:
            return Decimal(raw)
        except ArithmeticError:
            return None
    if raw in UNITS_WORDS:
        return Decimal(UNITS_WORDS[raw])
    if raw == "a":  # "a million visitors"
        return Decimal(1)
    dozens = re.fullmatch(r"(half a|[a-z]+) dozen", raw)
    if dozens:  # "two dozen" is 24, "half a dozen" 6
        return Decimal(6) if dozens.group(1) == "half a" else Decimal(UNITS_WORDS.get(dozens.group(1), 0) * 12) or None
    if raw == "one":
        return Decimal(1)
    if re.fullmatch(r"[a-z]+[- ][a-z]+", raw):
        tens, ones = re.split(r"[- ]", raw)
        return Decimal(UNITS_WORDS[tens] + ONES[ones]) if tens in UNITS_WORDS and ones in ONES else None
    try:
        return Decimal(raw)
    except ArithmeticError:
        return None


def number_value(match: re.Match) -> Decimal | None:
    value = parse_number(match.group("num"))
    if value is not None and match.group("half"):
        value += Decimal("0.5")
    if value is not None and match.group("point"):
        value += Decimal(ONES.get(match.group("point").split()[-1].lower(), 0)) / 10
    if value is not None and match.group("scale"):
        value *= scale_factor(match.group("scale"))
        if match.group("half_scale"):
            value += scale_factor(match.group("scale")) / 2
    plus = match.group("plus")
    if value is not None and plus:
        plus_scale = match.group("plus_scale")
        tens = plus[: len(plus) - len(plus_scale)] if plus_scale else plus
        value += parse_number(tens.split(None, 1)[1]) or 0
        if plus_scale:
            value *= scale_factor(plus_scale)
    fraction = fraction_value(match.group("frac_of")) if value is not None and match.group("frac_of") else None
    if value is not None and fraction is not None:
        value = (value * fraction / 100).quantize(Decimal(1))  # "a third of a million": 333,333
    return value


def scale_factor(scale: str) -> Decimal:
    """ "million" -> 10**6, "hundred thousand" -> 10**5: every scale word multiplies."""
    factor = Decimal(1)
    for word in scale.lower().split():
        factor *= SCALES[word]
    return factor


def qualifier_of(word: str) -> Qualifier:
    word = " ".join(word.lower().split())
    return next((q for q, words in QUALIFIERS.items() if word in words), Qualifier.EXACT)
