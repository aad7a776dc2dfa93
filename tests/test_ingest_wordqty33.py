"""
Word quantities by their grammar (tests/ingest_labelling.md, "Vague counts", "Near a figure", "Verbs that multiply
and multiples"): a matrix that combines the parts a word quantity is built from (a hedge, a number in words or a
compound of them, a fraction of a scale, a fraction or "N in M", a vague plural, a multiple, the noun after it or
before it, a capital at the sentence's start, a hyphen or a space in a compound) into made-up sentences, each with the
value, unit and qualifier the labelling rules give it. Rules grown one example at a time missed combinations nobody had
written yet; the matrix names each combination once.

Each test is parametrised by one part (mostly the hedge) and reads every combination of the other parts, failing with
the list of the sentences it misread: one pytest item per hedge keeps the matrix of some 4,700 sentences quick. The
rows for shares, vague counts, multiples and figures in digits already passed when the matrix was written; they stay as
its guard, so that a rule for one part cannot break another.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import pytest

from claims.quantities import Qualifier
from ingest.extraction import clean_text, extract

# A hedge before a figure and the qualifier the rules give it ("Near a figure"; session 28)
HEDGES = {
    "": Qualifier.EXACT,
    "about": Qualifier.APPROXIMATELY,
    "around": Qualifier.APPROXIMATELY,
    "roughly": Qualifier.APPROXIMATELY,
    "some": Qualifier.APPROXIMATELY,
    "close to": Qualifier.APPROXIMATELY,
    "nearly": Qualifier.AT_MOST,
    "almost": Qualifier.AT_MOST,
    "just under": Qualifier.AT_MOST,
    "fewer than": Qualifier.AT_MOST,
    "up to": Qualifier.AT_MOST,
    "as many as": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST,
    "more than": Qualifier.AT_LEAST,
    "over": Qualifier.AT_LEAST,
    "at least": Qualifier.AT_LEAST,
    "just over": Qualifier.AT_LEAST,
    "well over": Qualifier.AT_LEAST,
    "upwards of": Qualifier.AT_LEAST,
}
# The hedges a share takes ("some a third" and "upwards of half" are not English)
SHARE_HEDGES = {h: q for h, q in HEDGES.items() if h not in ("some", "as many as", "upwards of")}
# A count in words, and its value: the words of a number, their compounds, their scales and fractions of a scale
COUNTS = {
    "twelve": 12,
    "forty-two": 42,
    "forty two": 42,
    "ninety-nine": 99,
    "a dozen": 12,
    "two dozen": 24,
    "half a dozen": 6,
    "a hundred": 100,
    "one hundred": 100,
    "a hundred and twenty": 120,
    "two hundred": 200,
    "seven hundred and fifty": 750,
    "a thousand": 1000,
    "three thousand": 3000,
    "fifteen thousand": 15000,
    "forty-five thousand": 45000,
    "a million": 1000000,
    "three million": 3000000,
    "half a million": 500000,
    "a quarter of a million": 250000,
    "three-quarters of a million": 750000,
    "two and a half million": 2500000,
    "one and a half million": 1500000,
}
# The noun a count counts, and what follows the count so that the sentence reads
NOUNS = {"nurses": "have left the service", "homes": "were flooded in the storm"}


def _found(text: str) -> list[tuple[Decimal, str, str]]:
    return [(round(m.value, 1), m.unit, m.qualifier) for m in extract(clean_text(text)) if m.value is not None]


def _phrase(hedge: str, words: str) -> str:
    return f"{hedge} {words}".strip()


def _opening(phrase: str) -> str:
    """A phrase as it opens a sentence: its first letter a capital."""
    return phrase[:1].upper() + phrase[1:]


def _expected(value: float | int | Decimal, unit: str, qualifier: str) -> tuple[Decimal, str, str]:
    return (round(Decimal(str(value)), 1), unit, qualifier)


def _misread(cases: Iterable[tuple[str, tuple[Decimal, str, str]]]) -> list[str]:
    """The sentences whose figures do not include the one expected, each with what was read instead."""
    misread = []
    for text, expected in cases:
        found = _found(text)
        if expected not in found:
            misread.append(f"{text!r}: expected {expected}, read {found}")
    return misread


@pytest.mark.parametrize("hedge", HEDGES)
def test_it_reads_a_hedged_count_in_words_before_its_noun_mid_sentence(hedge):
    cases = (
        (f"The council said {_phrase(hedge, words)} {noun} {rest}.", _expected(value, noun, HEDGES[hedge]))
        for words, value in COUNTS.items()
        for noun, rest in NOUNS.items()
    )
    assert _misread(cases) == []


@pytest.mark.parametrize("hedge", HEDGES)
def test_it_reads_a_hedged_count_in_words_that_opens_the_sentence(hedge):
    cases = (
        (f"{_opening(_phrase(hedge, words))} {noun} {rest}, the council said.", _expected(value, noun, HEDGES[hedge]))
        for words, value in COUNTS.items()
        for noun, rest in NOUNS.items()
    )
    assert _misread(cases) == []


@pytest.mark.parametrize("hedge", HEDGES)
def test_it_reads_a_hedged_count_in_words_whose_noun_comes_before(hedge):
    # "the number of X" is counted in X (tests/ingest_labelling.md, session 21)
    cases = (
        (
            f"The number of {noun} rose to {_phrase(hedge, words)} last year, the council said.",
            _expected(value, noun, HEDGES[hedge]),
        )
        for words, value in COUNTS.items()
        for noun in NOUNS
    )
    assert _misread(cases) == []


# More places a count stands in its sentence: as a verb's object, as a part of a whole, and after the verbs that put a
# figure on a noun named before it
COUNT_FRAMES = {
    "The storm flooded {q} homes across the county.": "homes",
    "{Q} of the council's homes were flooded in the storm.": "homes",
    "The council said {q} of its nurses have left the service.": "nurses",
    "The union puts the number of nurses who left at {q}.": "nurses",
    "The number of nurses stood at {q} in March, the union said.": "nurses",
    "The number of homes flooded has risen to {q}, the council said.": "homes",
}
FRAME_COUNTS = ("forty-two", "a hundred and twenty", "three thousand", "half a million", "two and a half million")


@pytest.mark.parametrize("hedge", HEDGES)
def test_it_reads_a_hedged_count_in_words_wherever_it_stands(hedge):
    cases = (
        (
            frame.format(q=_phrase(hedge, words), Q=_opening(_phrase(hedge, words))),
            _expected(COUNTS[words], unit, HEDGES[hedge]),
        )
        for frame, unit in COUNT_FRAMES.items()
        for words in FRAME_COUNTS
    )
    assert _misread(cases) == []


# A share in words, as a percentage: fractions and "N in M"
SHARES: dict[str, int | Decimal] = {
    "half": 50,
    "a third": Decimal(100) / 3,
    "one third": Decimal(100) / 3,
    "two-thirds": Decimal(200) / 3,
    "two thirds": Decimal(200) / 3,
    "a quarter": 25,
    "three-quarters": 75,
    "three quarters": 75,
    "a fifth": 20,
    "two-fifths": 40,
    "a tenth": 10,
    "three-tenths": 30,
    "an eighth": Decimal("12.5"),
    "one in five": 20,
    "one in three": Decimal(100) / 3,
    "three in ten": 30,
    "one in every four": 25,
    "nine out of ten": 90,
    "two out of every three": Decimal(200) / 3,
}


def _of(words: str) -> str:
    """ "a third of the nurses", but "one in five of the nurses" and "nine out of ten of the nurses" have theirs."""
    return "" if " in " in words or " of " in words else "of "


@pytest.mark.parametrize("hedge", SHARE_HEDGES)
def test_it_reads_a_hedged_share_of_a_whole(hedge):
    qualifier = SHARE_HEDGES[hedge]
    phrases = {words: _phrase(hedge, words) for words in SHARES}
    cases = [
        (
            f"The union said {phrases[words]} {_of(words)}its nurses had left the service.",
            _expected(v, "percent", qualifier),
        )
        for words, v in SHARES.items()
    ] + [
        (
            f"{_opening(phrases[words])} {_of(words)}the nurses have left the service, the union said.",
            _expected(v, "percent", qualifier),
        )
        for words, v in SHARES.items()
    ]
    assert _misread(cases) == []


# "one nurse in five", "two farms out of every three": the noun between the parts of the share (with no "every", "won
# two games out of twelve" is labelled a count of games, and is left out of the matrix)
SHARES_NOUN_BETWEEN: dict[str, int | Decimal] = {
    "one nurse in five": 20,
    "one nurse in every five": 20,
    "three nurses in ten": 30,
    "two nurses out of every three": Decimal(200) / 3,
}


@pytest.mark.parametrize("hedge", SHARE_HEDGES)
def test_it_reads_a_share_with_its_noun_between_the_parts(hedge):
    cases = (
        (
            f"{_opening(_phrase(hedge, words))} has left the service, the union said.",
            _expected(value, "percent", SHARE_HEDGES[hedge]),
        )
        for words, value in SHARES_NOUN_BETWEEN.items()
    )
    assert _misread(cases) == []


# A share before its noun with no "of", or with "all"; a percentage in words
SHARE_FRAMES: dict[str, tuple[str, int | Decimal]] = {
    "The union said {q} the nurses had left.": ("half", 50),
    "The union said {q} of all nurses had left.": ("a third", Decimal(100) / 3),
    "{Q} of all homes were flooded, the council said.": ("two-thirds", Decimal(200) / 3),
    "The storm flooded {q} of the homes in the valley.": ("three-quarters", 75),
    "The council said {q} nurses had left.": ("one in four", 25),
    "{Q} per cent of the nurses have left the service, the union said.": ("forty-two", 42),
    "{Q} percent of the nurses have left the service, the union said.": ("forty two", 42),
    "The union said {q} per cent of its nurses had left.": ("twelve", 12),
}


@pytest.mark.parametrize("hedge", SHARE_HEDGES)
def test_it_reads_a_hedged_share_wherever_it_stands(hedge):
    cases = (
        (
            frame.format(q=_phrase(hedge, words), Q=_opening(_phrase(hedge, words))),
            _expected(value, "percent", SHARE_HEDGES[hedge]),
        )
        for frame, (words, value) in SHARE_FRAMES.items()
    )
    assert _misread(cases) == []


# Vague counts: at least the floor their plural names ("Vague counts")
VAGUE = {
    "dozens of": 24,
    "scores of": 40,
    "hundreds of": 200,
    "thousands of": 2000,
    "tens of thousands of": 20000,
    "hundreds of thousands of": 200000,
    "millions of": 2000000,
    "a handful of": 3,
    "a couple of dozen": 24,
    "a couple of hundred": 200,
    "a couple of thousand": 2000,
    "a few dozen": 36,
    "a few hundred": 300,
    "a few thousand": 3000,
    "several hundred": 300,
    "several thousand": 3000,
    "several million": 3000000,
    "several hundred thousand": 300000,
}
# Where a vague count stands: "{v}" as it is ("hundreds of homes"), "{w}" without its "of" ("hundreds of the town's
# homes", "hundreds more nurses")
VAGUE_FRAMES = {
    "The council said {v} nurses have left the service.": "nurses",
    "{V} homes were flooded in the storm, the council said.": "homes",
    "The storm flooded {v} homes in the valley.": "homes",
    "{W} of the town's homes were flooded, the council said.": "homes",
    "The union said {w} more nurses would leave this year.": "nurses",
}


@pytest.mark.parametrize("frame", VAGUE_FRAMES)
def test_it_reads_a_vague_count_wherever_it_stands(frame):
    cases = (
        (
            frame.format(
                v=words, V=_opening(words), w=words.removesuffix(" of"), W=_opening(words.removesuffix(" of"))
            ),
            _expected(value, VAGUE_FRAMES[frame], Qualifier.AT_LEAST),
        )
        for words, value in VAGUE.items()
        if not (words == "a handful of" and "more" in frame)  # "a handful more" is no count the rules name
    )
    assert _misread(cases) == []


# Multiples of another figure, in `times` ("Verbs that multiply and multiples")
MULTIPLES = {"twice as many": 2, "three times as many": 3, "four times as many": 4, "ten times as many": 10}
MULTIPLE_HEDGES = ("", "about", "nearly", "almost", "more than", "roughly")


@pytest.mark.parametrize("hedge", MULTIPLE_HEDGES)
def test_it_reads_a_hedged_multiple(hedge):
    cases = (
        (
            f"The union said {_phrase(hedge, words)} nurses left this year as last year.",
            _expected(value, "times", HEDGES[hedge]),
        )
        for words, value in MULTIPLES.items()
    )
    assert _misread(cases) == []


# The same matrix over figures in digits: abbreviated scales, currencies before and after, percentages in each style
PLAIN: dict[str, tuple[int | Decimal, str]] = {
    "1.2m customers": (1200000, "customers"),
    "3bn customers": (3000000000, "customers"),
    "12,000 customers": (12000, "customers"),
    "4.5 million customers": (4500000, "customers"),
    "£3bn": (3000000000, "pounds"),
    "$1.2m": (1200000, "dollars"),
    "€40m": (40000000, "euros"),
    "USD 3 million": (3000000, "dollars"),
    "3 million euros": (3000000, "euros"),
    "2.5 per cent of its customers": (Decimal("2.5"), "percent"),
    "40pc of its customers": (40, "percent"),
    "40% of its customers": (40, "percent"),
    "12 percent of its customers": (12, "percent"),
}
PLAIN_FRAMES = ("The firm said it had lost {q} last year.", "{Q} went to the firm's rivals last year, it said.")


@pytest.mark.parametrize("hedge", HEDGES)
def test_it_reads_a_hedged_figure_in_digits(hedge):
    cases = (
        (frame.format(q=_phrase(hedge, figure), Q=_opening(_phrase(hedge, figure))), _expected(v, unit, HEDGES[hedge]))
        for frame in PLAIN_FRAMES
        for figure, (v, unit) in PLAIN.items()
    )
    assert _misread(cases) == []


# A figure in digits hyphened into a compound before its noun: "a 40,000-seat stadium", "a 3 million-euro plan"
COMPOUNDS = {
    "a 40,000-seat stadium": (40000, "seats"),
    "a 3 million-euro plan": (3000000, "euros"),
    "a 2.5bn-euro plan": (2500000000, "euros"),
    "a 12-storey tower": (12, "storeys"),
}


def test_it_reads_a_figure_hyphened_before_its_noun():
    cases = (
        (f"The council approved {compound} for the port.", _expected(value, unit, Qualifier.EXACT))
        for compound, (value, unit) in COMPOUNDS.items()
    )
    assert _misread(cases) == []


# A figure given and then revised in the same sentence is one claim whose previous value is the first, in words as in
# digits (tests/ingest_labelling.md, "An earlier value in time")
REVISED_FRAMES = {
    "The ministry first put the number of wounded at {a}, before lowering it to {b} on Sunday.": "wounded",
    "The council initially said {a} voters were affected, before raising the figure to {b} on Monday night.": "voters",
}
REVISED_PAIRS: dict[tuple[str, str], tuple[int, int]] = {
    ("6", "4"): (6, 4),
    ("six", "four"): (6, 4),
    ("forty-two", "thirty"): (42, 30),
    ("six thousand", "nine thousand"): (6000, 9000),
    ("half a million", "a million"): (500000, 1000000),
}


@pytest.mark.parametrize("pair", REVISED_PAIRS, ids=" to ".join)
def test_it_reads_a_figure_revised_in_words_as_in_digits(pair):
    before, after = REVISED_PAIRS[pair]
    misread = []
    for frame, unit in REVISED_FRAMES.items():
        text = frame.format(a=pair[0], b=pair[1])
        found = [(m.value, m.unit, m.previous_value) for m in extract(clean_text(text)) if m.value is not None]
        if found != [(Decimal(after), unit, Decimal(before))]:
            misread.append(f"{text!r}: read {found}")
    assert misread == []


# Any hedge, not only the few each rule once listed, may stand between the words that name a figure and the figure:
# a level reached with no noun of its own after it, and a level that makes a verb of multiplying no claim of its own
# (tests/ingest_labelling.md, "Verbs that multiply and multiples")
HEDGED_LEVELS = {
    "Transits could fall to {q} 20 a day by March, the authority said.": (20, "transits"),
    "The union said the cost had more than doubled to {q} 4,000 crowns.": (4000, "crowns"),
}


@pytest.mark.parametrize("hedge", [h for h in HEDGES if h])
def test_it_reads_any_hedge_before_a_level_its_rule_names(hedge):
    misread = []
    for frame, (value, unit) in HEDGED_LEVELS.items():
        text = frame.format(q=hedge)
        found = _found(text)
        if found != [_expected(value, unit, HEDGES[hedge])]:
            misread.append(f"{text!r}: read {found}")
    assert misread == []
