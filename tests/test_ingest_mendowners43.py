"""
mendowners43: the review findings of owners43 (/work/notes/findings_owners43.md). A paper's own box under a crosshead
in capitals that opens on a body's name stays the paper's though the page says the body published something (HIGH 1),
or that someone of the body's did (MEDIUM 1), or gives the body's initials after its name (MEDIUM 2); and a page of
numbered headings in capitals costs no whole-page search per heading for a publisher it never writes (LOW 1).
"""

import re
from decimal import Decimal
from typing import Any

import pytest

from ingest import cleaning, documents
from ingest.extraction import clean_text, extract


def _speakers(raw: str, value: int | str, figure: str | None = None) -> list[str | None]:
    """The speakers of every figure ``value`` (whose figure text is ``figure``, if given) on the page ``raw``."""
    found = [
        m for m in extract(clean_text(raw)) if m.value == Decimal(str(value)) and (figure is None or m.figure == figure)
    ]
    assert found, f"no figure {value}"
    return [m.speaker for m in found]


ANALYSIS_BOX = """THE CORVALIS LEDGER
Home | News | Politics | Money | Sport

Council's cuts fall hardest on libraries, Ledger analysis finds

By Marit Oyelaran, Local Democracy Reporter
Wednesday 22 March 2028, 07:00

{opening}

RAVENSTOW COUNCIL SPENDING CUTS
Libraries: 1.4 million sternes
Parks: 600,000 sternes
Ledger analysis of the council's budget papers

The Ledger compared the budget papers for the past three years. Libraries lose more than any other service under \
the plan, the analysis found.

The council's finance chief, Agnes Pollard, said the cuts were unavoidable. "We have 9 million sternes less to \
spend than in 2025," she said.
"""


def test_it_leaves_a_papers_analysis_box_with_the_paper_though_the_body_published_something() -> None:
    # HIGH: a paper's own bylined story; its crosshead in capitals names the council, and the prose says the council
    # published its budget papers. The box is the Ledger's analysis, not a document the council issued.
    page = ANALYSIS_BOX.format(
        opening="Ravenstow Council published its budget papers on Monday, two days before councillors vote on them."
    )
    assert _speakers(page, 1400000) == [None]
    assert _speakers(page, 600000) == [None]


def test_it_takes_no_publisher_from_what_someone_of_the_bodys_published() -> None:
    # MEDIUM: "Ravenstow Council's opposition groups published a rival budget": the possessive path ("'s" and up to
    # three lower-case words) reads another group's act as the council publishing the box under its name
    page = ANALYSIS_BOX.format(
        opening="Ravenstow Council's opposition groups published a rival budget on Tuesday, a day before the council "
        "votes on its own plan."
    )
    assert _speakers(page, 1400000) == [None]


POST_BOX = """THE KELDMOOR POST
Home | News | Transport | Money | Sport

Trams ran late on one journey in three, Post finds

By Jonah Pellinger, Transport Correspondent
Friday 5 October 2029, 09:15

KELDMOOR TRANSIT AUTHORITY (KTA) - WHAT THE POST FOUND
Journeys timed by Post reporters: 1,200
Period: 1 to 28 September 2029

Our reporters timed 1,200 tram journeys across the city in September. About 410 of them arrived more than five \
minutes late, by our count.

The authority said it did not recognise the figures. Its own data showed 92 per cent of trams on time, a \
spokesperson said.
"""


def test_it_leaves_a_papers_own_box_under_a_bodys_name_and_initials_with_the_paper() -> None:
    # MEDIUM: the new "(KTA)" in MASTHEAD_LINE makes the paper's own box a document of the authority's
    assert "Keldmoor Transit Authority" not in _speakers(POST_BOX, 1200, "1,200")
    # ... and "The authority said" then speaks as the heading in capitals
    assert all(s is None or not s.isupper() for s in _speakers(POST_BOX, 92))


# the same page with a standfirst in its head, above the byline, where a page says whose document it prints
STANDFIRST_BOX = ANALYSIS_BOX.replace("Ledger analysis finds\n", "Ledger analysis finds\n{standfirst}\n").format(
    standfirst="{standfirst}", opening="Councillors vote on the plan on Thursday."
)


def test_it_takes_no_publisher_from_a_group_of_the_bodys_in_the_standfirst() -> None:
    # MEDIUM 1 where the page's head says it: the possessive may name a service of the body's, not any group of it
    page = STANDFIRST_BOX.format(
        standfirst="Ravenstow Council's opposition groups published a rival budget on Tuesday. We look at the cuts"
    ).replace("Ledger analysis of the council's budget papers", "Year to March 2029")
    assert _speakers(page, 1400000) == [None]


def test_it_leaves_a_box_labelled_as_the_papers_analysis_with_the_paper() -> None:
    # HIGH 1 where the page's head says the council published its papers: the label under the crosshead calling the
    # box the Ledger's analysis keeps it the paper's
    page = STANDFIRST_BOX.format(standfirst="Ravenstow Council published its budget papers on Monday. We print them")
    assert _speakers(page, 1400000) == [None]
    # (without that label the head's "published its" still makes the box the council's, as owners43 meant)
    unlabelled = page.replace("Ledger analysis of the council's budget papers", "Year to March 2029")
    assert _speakers(unlabelled, 1400000) != [None]


def test_it_leaves_a_papers_own_box_under_a_bodys_name_without_initials_with_the_paper() -> None:
    # MEDIUM 2's older root: the same box without "(KTA)" is the Post's, by the title after its dash
    page = POST_BOX.replace(" (KTA)", "")
    assert "Keldmoor Transit Authority" not in _speakers(page, 1200, "1,200")
    assert all(s is None or not s.isupper() for s in _speakers(page, 92))


def _results_page(headings: int) -> str:
    """A results page of numbered headings in capitals, each over two labelled figures and a sentence."""
    rounds = "".join(
        f"HARTLEY DARTS LEAGUE - ROUND {k} RESULTS No. {k}\nMatches played: {k}\nLegs won: {k + 3}\n\n"
        f"The top side won {k + 5} legs in the round, the league said.\n\n"
        for k in range(1, headings + 1)
    )
    head = "THE HARTLEY GAZETTE\nHome | News | Sport\n\nDarts league results\n\nBy Sam Roe\nMonday 3 March 2027\n\n"
    return head + rounds


class _Counting:
    """A pattern that counts its fullmatch calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.fullmatch(*args)


def test_it_reads_a_page_of_numbered_headings_in_capitals_in_time_linear_in_its_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # LOW 1: "No. 14" makes each numbered heading a masthead; the paper's note headings and each heading's name are
    # read once a page, not once a heading (the calls, not the time: a page of 600 such headings took twice base's)
    notes = _Counting(cleaning.PAPER_NOTE_HEADING)
    monkeypatch.setattr(cleaning, "PAPER_NOTE_HEADING", notes)
    named: list[str] = []
    monkeypatch.setattr(
        documents, "heading_name", lambda name, text: named.append(name) or cleaning.heading_name(name, text)
    )
    page = _results_page(60)
    extract(clean_text(page))
    assert notes.calls <= len(page.splitlines())  # once a line at most, not once a line for each heading
    assert len(named) <= 3  # the league's name, read once


def test_it_reads_initials_in_brackets_only_as_the_names_own() -> None:
    # MEDIUM 2's note: "[A-Z]{2,6}" in brackets took any word in capitals as a body's initials
    assert cleaning.masthead_line("SOLVENOR SPACE AGENCY (SSA) - AMARANTH MISSION STATUS UPDATE No. 14") is not None
    assert cleaning.masthead_line("FEDERATION OF GRID AND POWER WORKERS (FGPW)") is not None
    assert cleaning.masthead_line("HARTLEY DARTS LEAGUE (LIVE) - ROUND 3 RESULTS") is None
    assert cleaning.masthead_line("ORLESSE FERRIES (WINTER) - TIMETABLE") is None
