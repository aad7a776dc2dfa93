"""
Round 42: figures in a page's lists and labelled lines. A field's value may name the thing its figure belongs to
before a comma ("Highest region: Arlenne, 1,412 marrens") or the way it moved ("Change on a year earlier: up 10.4
per cent"); a row may set its label and figure apart by dotted leaders ("Aeroquill ..... 64.5"), under a caption
that names the unit once ("share of departures on time (per cent):").
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

INTRO = "The index is published every quarter by the Varnholt Insurers' Council. We print its figures as issued."
AFTER = (
    "The council said claims for storm damage had driven most of the rise.\n\n"
    "Drivers in the islands pay least because their roads carry the least traffic, it said."
)


def _page(block: list[str], *, after: str = AFTER) -> str:
    return "Motor premiums rise again\n\n" + INTRO + "\n\n" + "\n".join(block) + "\n\n" + after + "\n"


def _found(text: str) -> dict[Decimal, tuple[str, str]]:
    return {m.value: (m.unit, m.quote) for m in extract(clean_text(text)) if m.value is not None}


# (the block's lines; the value; its unit; the words the quote must hold)
POSITIVES = {
    "named_before_comma": (
        [
            "Average premium: 1,102 marrens",
            "Highest region: Arlenne, 1,412 marrens",
            "Lowest region: Ostmere, 884 marrens",
        ],
        1412,
        "marrens",
        "Highest region: Arlenne, 1,412 marrens",
    ),
    "named_two_words": (
        ["Average premium: 1,102 marrens", "Dearest region: Skelvik islands, 1,398 marrens", "Policies: 41,200"],
        1398,
        "marrens",
        "Skelvik islands, 1,398 marrens",
    ),
    "moved_up": (
        ["Average premium: 1,102 marrens", "Change on a year earlier: up 10.4 per cent"],
        Decimal("10.4"),
        "percent",
        "Change on a year earlier: up 10.4 per cent",
    ),
    "moved_down_by": (
        ["Average premium: 1,102 marrens", "Change on the quarter: down by 2.5 per cent"],
        Decimal("2.5"),
        "percent",
        "down by 2.5 per cent",
    ),
    "dotted_leaders_under_bracketed_unit": (
        [
            "Insurers, share of claims paid within a month (per cent):",
            "Halvard Mutual ..... 86.1",
            "Oster Re ..... 77.2",
        ],
        Decimal("86.1"),
        "per cent",
        "Halvard Mutual ..... 86.1",
    ),
    "dotted_leaders_with_earlier_figure": (
        [
            "Average premium by cover (marrens):",
            "Third party only ............ 612 (last quarter 590)",
            "Third party, fire and theft .. 705",
            "Comprehensive ............... 1,184 (last quarter 1,120)",
            "Young drivers ............... 2,940",
        ],
        1184,
        "marrens",
        "Comprehensive ............... 1,184",
    ),
}


@pytest.mark.parametrize("shape", sorted(POSITIVES))
def test_it_reads_a_labelled_figure_of_a_list_or_a_block_of_fields(shape):
    block, value, unit, words = POSITIVES[shape]
    found = _found(_page(block))
    assert Decimal(value) in found
    assert found[Decimal(value)][0] == unit
    assert " ".join(words.split()) in " ".join(found[Decimal(value)][1].split())


# (the block's lines; a value that must not be read as a figure)
NEGATIVES = {
    # an address, a kick-off time, a model's number before its comma: no figure of the field
    "address": (["Average premium: 1,102 marrens", "Office: Harbour House, 14 Quay Street"], 14),
    "clock_time": (["Average premium: 1,102 marrens", "Next index: Thursday, 9am"], 9),
    # a table of contents' dotted leaders: page numbers, under no caption naming a unit
    "contents": (["Contents", "Premiums by region ........ 12", "Claims by cause ........... 17"], 17),
}


@pytest.mark.parametrize("shape", sorted(NEGATIVES))
def test_it_reads_no_figure_where_a_field_or_a_row_gives_none(shape):
    block, value = NEGATIVES[shape]
    assert Decimal(value) not in _found(_page(block))


def test_it_keeps_a_row_with_dotted_leaders_one_sentence():
    text = _page(
        [
            "Insurers, share of claims paid within a month (per cent):",
            "Halvard Mutual ..... 86.1",
            "Oster Re ..... 77.2",
        ]
    )
    quotes = [m.quote for m in extract(clean_text(text)) if m.value == Decimal("77.2")]
    assert quotes == ["Oster Re ..... 77.2"]
