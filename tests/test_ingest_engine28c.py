"""
Pages written in their writer's own voice by their form (tests/ingest_labelling.md, "Settled in session 28"): a book
review ("Reviewed by ...") and a readers' editor's column ("By ..., Readers' Editor") speak as a column does, though
they may never say "I": the writer's own figures are theirs. What the review takes from the book stays the author's,
carried on in its paragraph ("Carrying on a report", session 23), and a "he" the review reports is never the
reviewer; a venue's capacity ("The hall holds 900 people") is background, no one's.
"""

from ingest.extraction import clean_text
from ingest.interviews import find_columnist, find_writer
from tests.ingest_helpers import speakers_by_figure

REVIEW = """THE HARBOUR GAZETTE
News | Books | Sport

Salt and Timber by Oda Brenne review - a shipyard's last decades

Reviewed by Petter Vold
Monday 3 May 2027

Oda Brenne spent ten years in the archives of the Kellby yard, and her history of it is patient and exact.

At its peak in 1962 the yard employed 4,300 people, Brenne writes. By 1990 only 600 were left.

The book is 410 pages long, and at least 80 of them could go without loss.
"""

CORRECTIONS = """THE HARBOUR GAZETTE
News | Opinion | Corrections

Corrections and clarifications

By Lise Haugen, Readers' Editor
Sunday 9 May 2027

Every week we publish hundreds of stories, and this month we put right 17 of them, up from 12 in April.
"""

HALL_REVIEW = """THE HARBOUR GAZETTE
News | Arts | Sport

ARTS | REVIEW

Reviewed by Petter Vold
Monday 3 May 2027

The new concert hall opened on Saturday night with a programme that was far too long for a first night out.

The hall holds 900 people, and I was not the only one who wanted a cushion by the second half of the evening.

The orchestra played 11 pieces, which is at least four more than anyone needed to hear at one sitting.
"""


def test_a_reviewers_byline_is_kept_as_the_writer_of_a_page_in_their_voice():
    text = clean_text(REVIEW)
    assert find_writer(text) == "Petter Vold"
    assert find_columnist(text, "Petter Vold") == "Petter Vold"


def test_a_readers_editors_column_is_in_their_voice_though_it_says_we():
    found = speakers_by_figure(CORRECTIONS)
    assert found["17"] == "Lise Haugen"


def test_a_reviews_own_verdict_on_the_book_is_the_reviewers():
    found = speakers_by_figure(REVIEW)
    assert found["410 pages"] == "Petter Vold"


def test_a_figure_from_the_book_carried_on_in_its_paragraph_stays_the_authors():
    found = speakers_by_figure(REVIEW)
    assert found["4,300 people"] == "Oda Brenne"
    assert found["600"] == "Oda Brenne"


def test_he_in_a_review_is_the_author_not_the_reviewer_whose_sentence_came_before():
    page = REVIEW.replace("Oda Brenne", "Oskar Brenne").replace("her history", "his history")
    page += "\nIn 1971 the yard lost 2,000 jobs in a single winter, he writes.\n"
    found = speakers_by_figure(page)
    assert found["410 pages"] == "Petter Vold"
    assert found["2,000 jobs"] == "Oskar Brenne"


def test_a_venues_capacity_in_a_review_is_background():
    found = speakers_by_figure(HALL_REVIEW)
    assert found["900 people"] is None
    assert found["11 pieces"] == "Petter Vold"


FACT_CHECK = """THE HARBOUR GAZETTE
News | Fact Check | Opinion

Fact check: the fisheries minister's three claims

By Tove Lian
Thursday 6 May 2027

Fisheries Minister Halvor Sande told the harbour board on Monday that the fleet was "in its best shape for years". We
checked what he said.

Claim 1: "We have 140 more boats at sea than in 2023."
The fleet register shows 1,310 boats, up from 1,250, the fisheries agency said.

Claim 2: "Nine in ten boats now pass their safety checks"
The agency's inspectors passed 71 per cent of the boats they checked last year.
"""


def test_a_numbered_claim_line_is_kept_as_the_articles():
    assert 'Claim 2: "Nine in ten boats now pass their safety checks"' in clean_text(FACT_CHECK)


def test_a_numbered_claim_line_is_the_claim_of_the_one_the_introduction_names():
    found = speakers_by_figure(FACT_CHECK)
    assert found["Nine in ten"] == "Halvor Sande"


ENTRY = (
    "Greens take Kellby West. The returning officer, Arne Voll, declared Sigrid Aas (Green) elected with 4,210 votes. "
    "Per Holm (Labour) 3,980, Ida Strand (Liberal) 1,120, Ole Berg (Independent) 415. Turnout was 48.2 per cent, he "
    "said."
)
RESULTS_BLOG = f"""THE HARBOUR GAZETTE
News | Election | Opinion

Council election results live

Last updated 7 May 2027, 05:10

05:02
{ENTRY}

04:40
Counting has finished in most wards and turnout is running at about 47 per cent, down from 51 per cent last time.
"""


def test_a_paragraph_of_results_full_of_names_is_kept_as_prose():
    assert "declared Sigrid Aas (Green) elected with 4,210 votes" in clean_text(RESULTS_BLOG)
