"""Round 32: counts in words and the things they count."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _counts(text: str) -> list[tuple[Decimal, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_a_whole_in_words_after_of_the_is_no_unit():
    text = "Three of the eight biggest grain traders have since left the port, the harbour board said."
    assert _counts(text) == [(Decimal(3), "traders", "harbour board")]


def test_an_elliptical_count_takes_the_noun_of_the_count_it_answers():
    text = (
        "Nine of 12 analysts surveyed by Korvel Markets expect the lira to fall in June. In April only four did.\n\n"
        "The plan asked for 40 new rangers. The park service required at least six."
    )
    assert [(v, u) for v, u, _ in _counts(text)] == [
        (Decimal(9), "analysts"),  # the 12 surveyed are the survey's size, no claim
        (Decimal(4), "analysts"),
        (Decimal(40), "rangers"),
        (Decimal(6), "rangers"),
    ]


def test_a_count_left_elliptical_in_its_own_sentence_counts_what_the_sentence_counted():
    text = '"We had 18 open posts for lifeguards and we have filled five since June," the manager, Ola Brandt, said.'
    assert _counts(text) == [(Decimal(18), "posts", "Ola Brandt"), (Decimal(5), "posts", "Ola Brandt")]


def test_an_elliptical_count_is_never_a_sum():
    text = (
        "The abbey's repairs will cost 4 million lunets. A new roof costs upwards of 90,000 lunets, and the "
        "heritage fund has so far paid for exactly three."
    )
    assert [(v, u) for v, u, _ in _counts(text)] == [(Decimal(4000000), "lunets"), (Decimal(90000), "lunets")]


def test_a_count_after_with_that_a_thing_has_or_uses_is_a_claim():
    text = (
        "The new ward has a day room with four reclining chairs, the trust said.\n\n"
        "Wardens will patrol the reserve with three thermal drones, the council said."
    )
    assert _counts(text) == [(Decimal(4), "chairs", "trust"), (Decimal(3), "drones", "council")]


def test_a_count_after_with_that_sets_the_scene_is_not_a_claim():
    text = (
        "The board voted 5-4 to close the depot, with three members preferring a delay.\n\n"
        "Larkfield are top of the league with four games to play.\n\n"
        "The survey compared the register with two other lists."
    )
    assert [(v, u) for v, u, _ in _counts(text)] == []


def test_a_vague_count_of_them_counts_what_the_pronoun_stands_for():
    text = (
        "Tenants of the Harrowgate estate said dozens of them had been without heating for a week.\n\n"
        "For small farmers without irrigation, and there are still several thousand of them, a dry June is ruin."
    )
    assert [(v, u) for v, u, _ in _counts(text)] == [(Decimal(24), "tenants"), (Decimal(3000), "farmers")]


def test_a_verb_after_a_vague_count_is_not_its_unit():
    text = "Around 120 people have joined the club, and a core of several dozen turn up every week, its secretary said."
    assert [(v, u) for v, u, _ in _counts(text)] == [(Decimal(120), "people")]
