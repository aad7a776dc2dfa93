"""Speakers of round 19: who revises a figure, and the body a short name or a pronoun stands for."""

from tests.ingest_helpers import speakers


def test_a_bodys_short_name_revising_its_own_figure_speaks():
    text = (
        "Three families are suing Brackwater Assurance for 2.1 million florins over the flood.\n\n"
        "Brackwater raised its provision for the claims to 4 million florins from 1.5 million in March.\n"
    )
    assert speakers(text)[-1] == "Brackwater Assurance"


def test_a_bodys_short_name_offering_a_figure_is_not_taken_for_a_revision():
    text = (
        "Pilots at Corvane Airways walked out on Sunday.\n\n"
        "Corvane had earlier offered a rise of 3 per cent, which the union turned down.\n"
    )
    assert speakers(text)[-1] is None
