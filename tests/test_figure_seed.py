"""What the demo's figure ledgers conclude from the two seed articles (issue 12's "done when")."""

import datetime
from decimal import Decimal

import pytest

from figures.ledger import ledger_for
from figures.models import Figure, Finding
from tests.api_helpers import api

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded")]

COMMITTED = "north-korean-troops-committed-to-russia"
DEPLOYED = "north-korean-troops-deployed-so-far"
FIRST_TRANCHE = "north-korean-first-tranche-in-training"


def ledger(slug: str):
    return ledger_for(Figure.objects.get(slug=slug), public=True)


def test_it_seeds_the_three_figures_with_their_relations():
    figures = {figure.slug: figure.part_of.slug if figure.part_of else None for figure in Figure.objects.all()}
    assert figures == {COMMITTED: None, DEPLOYED: COMMITTED, FIRST_TRANCHE: COMMITTED}


def test_it_finds_two_independent_origins_consistent_at_12000_committed():
    committed = ledger(COMMITTED)

    now = committed.current_consensus
    assert now is not None
    assert [committed.origin(key).label for key in now.origin_keys] == [
        "Government of South Korea",
        "Government of Ukraine",  # through the two regiments of 6,000
    ]
    assert (now.lower, now.upper) == (Decimal("12000"), Decimal("12000"))
    assert committed.contradictions == []
    assert committed.summary.startswith(
        "Two independent origins agree on 12,000 troops (Government of South Korea and Government of Ukraine)."
    )


def test_it_reaches_ukraine_through_the_two_regiment_total():
    [ukraine] = [entry for entry in ledger(COMMITTED).entries if entry.origin.label == "Government of Ukraine"]
    assert (ukraine.speaker_name, ukraine.value, ukraine.lower, ukraine.upper) == (
        "Volodymyr Zelenskyy",
        Decimal("12000"),
        Decimal("12000"),
        Decimal("12000"),
    )
    assert "through a claim" in ukraine.note


def test_it_keeps_the_parts_below_the_whole():
    for slug in (COMMITTED, DEPLOYED, FIRST_TRANCHE):
        assert ledger(slug).inconsistencies == []
    assert not Finding.objects.exists()


def test_it_measures_the_lag_to_the_us_figure():
    lags = {lag.origin.label if lag.origin else None: lag for lag in ledger(COMMITTED).lags}

    us = lags["United States government"]
    assert (us.first_on, us.confirmed_on, us.days, us.figure_slug) == (
        datetime.date(2024, 10, 18),
        datetime.date(2024, 10, 23),
        5,
        FIRST_TRANCHE,
    )
    assert "5 days after the first estimate (Government of South Korea" in us.explanation
    assert ledger(FIRST_TRANCHE).lags[0].days == 5


def test_it_says_what_the_us_gave_beside_the_consensus():
    assert (
        "United States government gave “First tranche of North Korean troops in training in Russia” "
        "as about 3,000 troops on 23 October 2024." in ledger(COMMITTED).summary
    )


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("troops committed", COMMITTED),
        ("North Korean troops already deployed", DEPLOYED),
        ("a first tranche of troops in training", FIRST_TRANCHE),
    ],
)
def test_it_ranks_the_figure_whose_name_the_text_says_first(text, first):
    body = {"value": "12000", "unit": "troops", "text": text, "date": "2024-10-25"}
    matches = api().post("/api/v1/figures/match/", body, format="json").json()["matches"]
    assert matches[0]["figure"] == first
    assert matches[0]["score"] > matches[1]["score"]


def test_it_weighs_a_word_of_the_name_above_the_same_word_in_a_description():
    # "committed" is in the name of "committed" and in the description of "already deployed" (issue 12's bug:
    # both scored 1.0, and "already deployed" came first).
    body = {"value": "12000", "unit": "troops", "text": "troops committed", "date": "2024-10-25"}
    scores = {m["figure"]: m for m in api().post("/api/v1/figures/match/", body, format="json").json()["matches"]}
    assert "its name shares the words committed" in scores[COMMITTED]["reasons"]
    assert "its description shares the words committed" in scores[DEPLOYED]["reasons"]
    assert scores[COMMITTED]["score"] > scores[DEPLOYED]["score"] + 0.2
