"""Round 22: whose figures a kind of page gives (a broadcast transcript, a press release, a results story)."""

from __future__ import annotations

from ingest.engine import find_mentions


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in find_mentions(text)}


BULLETIN = """Transcript of the 08:10 segment of Wake Up Orsk

PIA LANDGREN (PRESENTER): Good morning. The tram depot reopens today. Our city correspondent Oskar Venn has been there.

OSKAR VENN (REPORTER): The repairs cost 14 million krons in the end. The depot will house 31 trams.

MARTA HOLE: We took on 60 new drivers for it this spring, and more will follow.

OSKAR VENN: Marta Hole runs the tram company. Its union, led by Ivo Brask, is less happy.

IVO BRASK: Our members were promised 12 per cent and got 4.

PIA LANDGREN: Oskar Venn there.
"""

ON_THE_SCENE = """Transcript of the 07:40 segment of Wake Up Orsk

PIA LANDGREN (PRESENTER): Good morning. Dockers in Orsk have walked out. Oskar, what can you see?

OSKAR VENN (REPORTER): Pia, it is very quiet here. I counted nine cranes standing idle along the quay.

MARTA HOLE: We will lose 2 million krons a day while this lasts.

IVO BRASK: Our members were promised 12 per cent and got 4.

PIA LANDGREN: Thank you both.
"""


def test_a_journalists_background_in_a_transcript_has_no_speaker():
    speakers = _speakers(BULLETIN)
    assert speakers["14 million krons"] is None
    assert speakers["31 trams"] is None
    assert speakers["60 new drivers"] == "Marta Hole"


def test_a_reporter_on_the_scene_who_says_i_gives_what_they_saw():
    speakers = _speakers(ON_THE_SCENE)
    assert speakers["nine cranes"] == "Oskar Venn"


RELEASE = """This article is based on a press release from the Orsk Heritage Fund.

The fund said on Monday it would restore the old tram depot. Its sites welcomed 410,000 visitors last year.
"""

RELEASE_AND_REPORTING = """Based on a press release from the Orsk Heritage Fund, with additional reporting.

The fund said on Monday it would restore the old tram depot. The depot has 31 bays.
"""


def test_a_press_releases_unreported_figures_are_its_issuers():
    assert _speakers(RELEASE)["410,000 visitors"] == "Orsk Heritage Fund"


def test_a_release_with_additional_reporting_keeps_the_reporters_voice():
    assert _speakers(RELEASE_AND_REPORTING)["31 bays"] is None


def test_a_plea_to_counts_in_court_is_no_denial_of_a_figure():
    text = "Oren Dask, 48, of Mill Row, Tarvel, denies 9 counts of fraud. The trial continues."
    assert _speakers(text).get("9 counts") is None


def test_a_bodys_internal_paper_speaks_for_the_body():
    text = (
        "The Tarvel Water Board said it would close two pumping stations. "
        "It employs 212 engineers, according to a paper presented to board members."
    )
    assert _speakers(text)["212 engineers"] == "Tarvel Water Board"


def test_a_companys_results_run_on_after_it_reports_them():
    text = (
        "Tolbeck, the region's largest bakery chain, reported a fall in profit on Monday. "
        "Profit for the half fell to 14 million krons, the company said. "
        "Sales rose 3.4 per cent to 210 million krons."
    )
    speakers = _speakers(text)
    assert speakers["3.4 per cent"] == "Tolbeck"


def test_a_reports_findings_run_on_after_the_report_says():
    text = (
        "Burglaries rose by a fifth last year, the report says. "
        "Thefts from cars climbed to 41,000 from 36,000 the year before."
    )
    speakers = _speakers(text)
    assert speakers["41,000 from 36,000"] is not None


def test_what_a_jury_heard_in_a_court_reports_lead_is_the_prosecutions_case():
    text = (
        "A harbour clerk told shippers their permits had lapsed and kept fees worth about 90,000 krons, "
        "a jury at Tarvel Crown Court heard on Monday.\n\n"
        "Opening the case for the prosecution, Ada Lindqvist KC said the clerk had kept the money for years."
    )
    assert _speakers(text)["about 90,000 krons"] == "Ada Lindqvist KC"
