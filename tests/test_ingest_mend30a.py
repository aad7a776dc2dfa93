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


UNSIGNED = """The Halden Post

Council to cut 300 jobs as budget gap widens

Halden council will cut 300 jobs next year to close a budget gap of 40 million crowns, its leader said on Tuesday.

Union officials said the true figure could be nearer 450. The council employs 6,200 people.

Spotted an error? Write to our readers' editor:
Signe Haugland, Readers' Editor
"""


def test_it_reads_a_readers_editors_contact_line_on_a_news_page_as_no_sign_off():
    assert "By Signe Haugland" not in clean_text(UNSIGNED)
    assert speakers_by_figure(UNSIGNED)["6,200 people"] is None


def test_it_reads_a_readers_editors_address_under_a_contact_line_on_a_corrections_page_as_no_sign_off():
    page = UNSIGNED.replace("Council to cut 300 jobs as budget gap widens", "Corrections and clarifications")
    assert "By Signe Haugland" not in clean_text(page)


COLUMN = """The Halden Post

Open door: why we covered the concert crush as we did

By Signe Haugland, Readers' Editor

Many readers wrote to ask why we named the promoter before the inquiry had reported. I think we were right to.

The Harbour Hall holds 1,480 people. The fire service said 2,100 tickets had been sold. The venue opened in 1998 and has
14 exits.
"""


def test_it_reads_a_readers_editors_column_that_corrects_nothing_as_a_column():
    found = speakers_by_figure(COLUMN.replace("has\n14", "has 14"))
    assert found["1,480 people"] is None
    assert found["14 exits"] == "fire service"


def test_it_reads_what_readers_asked_the_paper_to_explain_as_no_report_of_theirs():
    found = speakers_by_figure("Several readers asked us to explain why bus fares rose 12 per cent this year.")
    assert found["12 per cent"] is None


def test_it_reads_what_readers_asked_the_paper_to_clarify_whether_as_no_report_of_theirs():
    text = "Readers asked me to clarify whether the 40 per cent rise in the headline was correct."
    assert speakers_by_figure(text)["40 per cent"] is None
