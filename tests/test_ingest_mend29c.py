"""
Review findings on session 29's merged engine changes: a document a sentence opens goes on in the figures after it,
but not into background its verb tells ("has 12 staff"); a body's act told over an era ("for decades", "by the 1920s")
is its history, not its own act; "the N ..." names its set neither past a plural that ended the noun phrase ("the two
leaders held talks in Geneva") nor by a participle that only points back ("the two named companies"); and "barely"
before a count is at_most, as before a share.
"""

from tests.ingest_helpers import mentions

LIBRARIES = (
    "The council's annual library statistics show how differently the two branches are used. Tallow Street had 48,200 "
    "visits last year.\n\n"
    "The Tallow Street library was built in 1904 and has 12 staff.\n\n"
    "The town has about 41,000 residents, and many of them commute to Harrowgate."
)


def test_it_carries_an_opened_document_into_its_figures_but_not_into_background_told_by_the_verb():
    speakers = {m.figure: m.speaker for m in mentions(LIBRARIES)}
    assert speakers["48,200 visits"] == "council"
    assert speakers["12 staff"] is None
    assert speakers["about 41,000 residents"] is None


def test_it_leaves_a_bodys_act_told_over_an_era_to_no_one():
    text = (
        "The Norvik Gas Company is the island's only supplier. For decades the company supplied 40 per cent of the "
        "mainland's gas. Harlow Mills, founded in 1891, is closing. The firm exported cloth to 30 countries by the "
        "1920s."
    )
    speakers = {m.figure: m.speaker for m in mentions(text)}
    assert speakers["40 per cent"] is None
    assert speakers["30 countries"] is None


def test_it_counts_no_set_past_a_plural_that_ended_the_noun_phrase_or_by_a_participle_pointing_back():
    text = (
        "The presidents of Kessia and Mordan met on Monday. The two leaders held talks in Geneva for six hours. "
        "Two firms were named in the report. The two named companies declined to comment."
    )
    figures = [m.figure for m in mentions(text)]
    assert "two leaders" not in figures
    assert "two named companies" not in figures
    assert "Two firms" in figures


def test_it_reads_barely_before_a_count_as_at_most_as_before_a_share():
    # tests/ingest_labelling.md, session 28: "barely" is at_most, whatever follows it
    text = "Barely 300 people voted in the by-election, and turnout was barely a quarter."
    assert [(m.figure, m.qualifier) for m in mentions(text)] == [
        ("Barely 300 people", "at_most"),
        ("barely a quarter", "at_most"),
    ]
