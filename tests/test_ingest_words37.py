"""
Word quantities the number grammar missed (tests/ingest_labelling.md, "Near a figure": fractions are shares and a
figure's hedge says which side it lies on): one of a measure and half of another ("a metre and a half", "by a length
and a half") is 1.5 of the measure, and a price cut by half ("half-price entry") is a share of 50 per cent. Spans of
time ("an hour and a half") and idioms with no quantity stay as they are.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str, str]]:
    return [(m.value, m.unit, str(m.qualifier)) for m in extract(clean_text(text)) if m.value is not None]


WHO = ["the fire chief said", "said Mara Vell, a coastguard"]
MEASURES = [
    ("The flood water in the square was {q}a metre and a half deep, {who}.", "metres"),
    ("The Harbour crew won the final by {q}a length and a half, {who}.", "lengths"),
    ("The new levee is {q}a kilometre and a half long, {who}.", "kilometres"),
    ("Each lorry carried {q}a tonne and a half of sand, {who}.", "tonnes"),
]
HEDGES = [("", "exact"), ("almost ", "at_most"), ("more than ", "at_least"), ("about ", "approximately")]


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(("hedge", "qualifier"), HEDGES)
@pytest.mark.parametrize(("sentence", "unit"), MEASURES)
def test_it_reads_one_and_a_half_of_a_measure(sentence, unit, hedge, qualifier, who):
    text = sentence.format(q=hedge, who=who)
    assert (Decimal("1.5"), unit, qualifier) in _figures(text)


PRICES = [
    "The museum is offering half-price entry to pensioners, {who}.",
    "Students can buy a half-price pass from May, {who}.",
    "Under the scheme, children travel half price on weekend trains, {who}.",
]


@pytest.mark.parametrize("who", ["the council said", "said Ivo Brand, the operator's manager"])
@pytest.mark.parametrize("sentence", PRICES)
def test_it_reads_half_price_as_a_share_of_fifty_per_cent(sentence, who):
    assert (Decimal(50), "percent", "exact") in _figures(sentence.format(who=who))


@pytest.mark.parametrize(
    "text",
    [
        "The crossing took an hour and a half in the storm, the ferry company said.",
        "Repairs will take a day and a half, the engineers said.",
        "The talks were half-hearted and a third party was called in, a union official said.",
        "It was the first time one of the ferries had a second crew on board, the company said.",
        "She said a couple of words to the crew and left, the captain said.",
    ],
)
def test_it_reads_no_measure_or_share_in_an_idiom_or_a_span(text):
    assert not [f for f in _figures(text) if f[1] in {"metres", "lengths", "percent", "days", "hours"}]
