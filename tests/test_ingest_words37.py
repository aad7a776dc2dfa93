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
    ("The flood water in the square rose by {q}a metre and a half, {who}.", "metres"),
    ("The Harbour crew won the final by {q}a length and a half, {who}.", "lengths"),
    ("The new levee will add {q}a kilometre and a half to the sea wall, {who}.", "kilometres"),
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


# Review of words37: a place's distance, a size told in passing, a position and a discount's name are no figure (as
# ONE_MEASURE already has it for "about a mile from the quarry"); a hedge before "half price" stays the share's own
@pytest.mark.parametrize(
    "text",
    [
        "The school, a mile and a half from the harbour, will close in July, the council said.",
        "The nearest hospital is a kilometre and a half away, residents said.",
        "The Harlow family live about a mile and a half from the quarry, the council said.",
        "Mila, who is barely a metre and a half tall, carried her brother to safety, her mother said.",
        "The wall is a metre and a half high and runs along the lane, the parish clerk said.",
        "He was a mile and a half ahead of everyone else in that class, his teacher said.",
        "The Kestrel store is holding a half-price sale on sofas this weekend.",
        "Buy the half-price mince and brown it for ten minutes.",
        "Half-price rail fares, first offered in 2019, will return, the minister said.",
    ],
)
def test_it_reads_no_figure_in_a_distance_a_size_in_passing_or_a_discounts_name(text):
    assert _figures(text) == []


def test_a_length_is_a_measure_only_as_a_margin():
    text = "The report runs to a length and a half of the usual briefing, an aide joked."
    assert not [f for f in _figures(text) if f[1] == "lengths"]


def test_a_tree_planted_in_a_year_is_no_measure():
    text = "The oak, a metre and a half wide at the base, was planted in 1790, the trust said."
    assert not [f for f in _figures(text) if f[1] == "metres"]


def test_the_distance_goes_and_the_claim_beside_it_stays():
    text = (
        "The Harlow family live about a mile and a half from the quarry, which will expand by 40 hectares, "
        "the council said."
    )
    assert _figures(text) == [(Decimal(40), "hectares", "exact")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Tickets are now selling at less than half price on resale sites, the promoter said.", "at_most"),
        ("Fans paid more than half price for the seats, the club said.", "at_least"),
    ],
)
def test_a_hedge_before_half_price_is_kept(text, qualifier):
    assert _figures(text) == [(Decimal(50), "percent", qualifier)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club sold 4,000 half-price tickets, the club said.", [(Decimal(4000), "tickets", "exact")]),
        ("Half of the seats were sold at half price, the theatre said.", [(Decimal(50), "percent", "exact")]),
    ],
)
def test_a_count_or_share_beside_half_price_is_the_only_figure(text, expected):
    assert _figures(text) == expected
