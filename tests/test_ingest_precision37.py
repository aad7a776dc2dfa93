"""
A gap in a league table ("fifth, 4 points behind the leaders", "three points above the relegation places") is a
side's place, told as a match score is, and no claim (tests/ingest_labelling.md, a gap in a league table); a gap in
a poll, and points that are no gap, stay claims.
"""

import pytest

from ingest.extraction import clean_text, extract

SIDES = ["Dunmore Athletic", "the Kestrels", "Ferrow"]
GAPS = [
    "fifth in the league table, {n} behind leaders Castlebay Rovers",
    "{n} above the relegation places",
    "third in their group, {n} behind the group winners",
    "{n} clear of the play-off places",
    "{n} adrift of the leaders",
]
FIGURES = ["4 points", "four points", "11 points"]
VERBS = ["The defeat leaves {side} {gap}.", "After Saturday's draw, {side} are {gap}, the club said."]


def _figures(text: str) -> list[str]:
    return [m.figure for m in extract(clean_text(text))]


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("gap", GAPS)
@pytest.mark.parametrize("figure", FIGURES)
@pytest.mark.parametrize("verb", VERBS)
def test_a_gap_in_a_league_table_is_no_claim(side, gap, figure, verb):
    text = verb.format(side=side, gap=gap.format(n=figure))
    assert not any(figure.split()[0] in found for found in _figures(text))


@pytest.mark.parametrize(
    "text, figure",
    [
        # a gap in a poll is the pollster's finding
        ("The Greens are four points behind Labour in the latest poll, the survey found.", "four points"),
        ("The Farmers' Party is now 6 points ahead of the Liberals, according to a poll by Stenmark.", "6 points"),
        # points that are no gap to a side
        ("Our side scored 40 points against Hallam, compared with 30 last year, the coach said.", "40 points"),
    ],
)
def test_a_gap_in_a_poll_or_points_that_are_no_gap_stay_claims(text, figure):
    assert any(found.startswith(figure) for found in _figures(text))
