"""
A corrections page is known by its own head, not by a site menu's link to one or a news headline about the prison
service; a readers' editor's sign-off counts on a corrections page only, never as an address a contact line gives; a
readers' editor's column that is no corrections page reads as a column (tests/ingest_labelling.md, "Settled in
session 28", "Settled in session 30"); a request to the paper to explain or clarify something asks a question and
reports nothing.
"""

from ingest.extraction import clean_text
from tests.ingest_helpers import speakers_by_figure

STORY = """Council to cut 300 jobs as budget gap widens

By Tom Lind

Halden council will cut 300 jobs next year to close a budget gap of 40 million crowns, its leader said on Tuesday.

Union officials said the true figure could be nearer 450. The council employs 6,200 people.
"""


def test_it_reads_a_corrections_link_in_a_menu_of_one_link_a_line_as_no_corrections_head():
    page = "The Halden Post\nHome\nNews\nSport\nCorrections\nContact us\n\n" + STORY
    assert "readers' editor" not in clean_text(page)
    assert speakers_by_figure(page)["6,200 people"] is None


def test_it_reads_corrections_kicking_off_a_news_headline_as_no_corrections_head():
    page = "The Halden Post\n\n" + STORY.replace(
        "Council to cut", "Corrections: prison staff walk out over pay\n\nCouncil to cut"
    )
    assert "readers' editor" not in clean_text(page)
    assert speakers_by_figure(page)["6,200 people"] is None


def test_it_reads_what_readers_asked_the_paper_to_explain_as_no_report_of_theirs():
    found = speakers_by_figure("Several readers asked us to explain why bus fares rose 12 per cent this year.")
    assert found["12 per cent"] is None


def test_it_reads_what_readers_asked_the_paper_to_clarify_whether_as_no_report_of_theirs():
    text = "Readers asked me to clarify whether the 40 per cent rise in the headline was correct."
    assert speakers_by_figure(text)["40 per cent"] is None
