"""Round 33: compound units (places named by what is done at them) and closing attributions."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _found(text: str) -> list[tuple[Decimal, str, str | None, str]]:
    return [(m.value, m.unit, m.speaker, m.stance) for m in extract(clean_text(text)) if m.value is not None]


def test_a_gerund_before_a_place_head_names_the_places():
    text = "The electoral board will open 215 voting stations in the valley, the board said."
    # "the board" takes up the body the sentence names in lower case, "the electoral board"
    assert _found(text) == [(Decimal(215), "voting stations", "electoral board", "asserts")]


def test_a_partitive_count_of_places_named_by_a_gerund_keeps_the_compound():
    text = "Seven of the reserve's 30 marked picnicking spots were shut, the park service said."
    assert _found(text) == [
        (Decimal(7), "picnicking spots", "park service", "asserts"),
        (Decimal(30), "picnicking spots", "park service", "asserts"),
    ]


def test_a_participle_that_describes_the_places_leaves_the_head_alone():
    text = "The trial ran at 14 participating sites, the institute said."
    assert _found(text) == [(Decimal(14), "sites", "institute", "asserts")]


def test_a_concentration_of_a_named_substance_per_litre_is_a_concentration():
    text = "Wells near the tannery held 31 milligrams of chromium per litre, the water board said."
    assert _found(text) == [(Decimal(31), "milligrams per litre", "water board", "asserts")]


def test_a_bare_mass_after_a_concentration_in_its_sentence_is_the_same_concentration():
    text = "Tests found 18 micrograms per litre in the reservoir, the board said, against a ceiling of 5 micrograms."
    assert _found(text) == [
        (Decimal(18), "micrograms per litre", "board", "asserts"),
        (Decimal(5), "micrograms per litre", "board", "asserts"),
    ]


def test_near_misses_are_counted_not_read_as_a_figure_near_a_place():
    text = "Controllers logged 7 near misses on the runway over the winter, the airport authority said."
    assert _found(text) == [(Decimal(7), "near misses", "airport authority", "asserts")]


def test_a_clause_after_an_according_to_is_the_closing_sources():
    text = (
        "Some 3,400 lorries a week use the ferry, according to counts by the port board, and about 60 sailings "
        "a week leave the harbour, the operator said."
    )
    assert _found(text)[1] == (Decimal(60), "sailings", "operator", "asserts")
