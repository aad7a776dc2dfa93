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


# review37 (findings_precision37): a table word elsewhere in the sentence makes no gap a league's; the gap must be to a
# table's place ("the leaders", "the play-off places", "the top of the table") or to a side at a table's top
@pytest.mark.parametrize(
    "text, figure",
    [
        # H1: a poll's gap, its pollster named, "leaders" elsewhere
        ("Labour are 5 points ahead of the Conservatives before Thursday's leaders' debate, YouGov found.", "5 points"),
        ("The Prime Minister's approval rating is 10 points below that of other G7 leaders, Ipsos said.", "10 points"),
        (
            "The Liberals, whose leaders met in Skarnby on Monday, are 4 points behind the Farmers' Party, "
            "according to Stenmark.",
            "4 points",
        ),
        # H2: an age group, a race's standings
        ("Among the 18-24 age group, the Greens are now 9 points ahead of Labour, Opinium found.", "9 points"),
        (
            "In the standings for the Tarvel mayoralty, Ms Orrin is 7 points ahead of Mr Vesk, Stenmark found.",
            "7 points",
        ),
        # H3: an election's margin
        (
            "The results table shows Reform finished 3 points ahead of the Tories in the Ardley mayoral race.",
            "3 points",
        ),
        (
            "In the Dremmel ward, the independents' group finished 11 points ahead of Labour, the returning officer "
            "said.",
            "11 points",
        ),
        ("The Greens ended 8 points behind Labour in the Ardley by-election, a blow to party leaders.", "8 points"),
        # H4: an index
        ("The FTSE 100 closed 45 points below Friday's level, dragged down by the mining group Kestrel.", "45 points"),
        (
            "The Skarnby index ended 120 points below its record high as market leaders sold off, traders said.",
            "120 points",
        ),
        # H5: a rate
        ("Britain's jobless rate is 2 points above the average for the G7 group, the OECD said.", "2 points"),
        (
            "Mortgage rates at the Harlow group are now two points above the Bank of England base rate, Moneyfacts "
            "said.",
            "two points",
        ),
        # H6: a ranking, a business score, a country's table
        (
            "Harlow Bank scored 12 points below the industry average in the customer satisfaction table, Which? said.",
            "12 points",
        ),
        ("The Kestrel group's net promoter score is 15 points behind its rivals, the company admitted.", "15 points"),
        ("On the ESG index, Ostrik sits 8 points behind the sector leaders, analysts at Brack said.", "8 points"),
        ("Scotland's maths score is 14 points below the OECD average, the PISA table shows.", "14 points"),
        # M1: a points-based system, penalty points
        ("Applicants now need 20 points above the old threshold, the Home Office's advisory group said.", "20 points"),
        (
            "Mr Brack had 15 penalty points, 3 points above the limit in the sentencing table, the court heard.",
            "3 points",
        ),
        (
            "Drivers in the 17-24 age group average 3 points above older drivers on their licences, the DVLA said.",
            "3 points",
        ),
        # a league word in the gap's object, but a poll's clause
        ("In the latest poll, Labour are 5 points behind the leaders.", "5 points"),
    ],
)
def test_a_table_word_elsewhere_makes_no_gap_a_leagues(text, figure):
    assert any(found.startswith(figure) for found in _figures(text))


@pytest.mark.parametrize(
    "text, figure",
    [
        # M2: a league's gap told in other words
        ("Ferrow are 4 points off the top of the table after the defeat.", "4 points"),
        ("Ferrow trail the league leaders by 4 points.", "4 points"),
        ("Ferrow are four points short of the play-off places.", "four points"),
        ("Ferrow are 6 points clear at the top of the table.", "6 points"),
        ("Ferrow are top of the table with eight points more than Rovers.", "eight points"),
        ("Ferrow are 4 points behind Castlebay Rovers at the top of the league.", "4 points"),
        ("Ferrow are now 4 points behind Castlebay Rovers, who top the Premier Division.", "4 points"),
        # M3: a poll's word outside the gap's clause
        ("Ferrow are 4 points behind the leaders, who have won 80 per cent of their games.", "4 points"),
        (
            "Ferrow, whose fans voted against the move, are 4 points behind the leaders; the club's vote is on Friday.",
            "4 points",
        ),
        ("Vellandria are third in their group, two points behind Esselmark.", "two points"),
        # L1: "pts"
        ("Ferrow are fifth in the table, 4pts behind the leaders.", "4pts"),
    ],
)
def test_a_leagues_gap_told_in_other_words_is_no_claim(text, figure):
    assert not any(found.startswith(figure.split()[0]) for found in _figures(text))
