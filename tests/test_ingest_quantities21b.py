"""Quantities of round 21, second pass: a speaker counting their own people after a sampling verb."""

from decimal import Decimal

from tests.ingest_helpers import figures


def test_a_figure_of_our_own_members_after_surveyed_is_the_speakers_count():
    text = '"We surveyed 2,300 of our growers and most told us they would plant less," the guild chair said.'
    assert figures(text) == [(Decimal(2300), "growers")]


def test_a_figure_of_us_after_interviewed_counts_people():
    text = '"The inspector interviewed 140 of us over two days," one nurse said.'
    assert figures(text) == [(Decimal(140), "people")]
