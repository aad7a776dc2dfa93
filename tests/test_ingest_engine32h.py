"""
A quotation brought in by a colon after a clause with no reporting verb ('A passenger, Ivo Kant, has sent us a message
from the top deck: "..."') is in the voice of the person the clause opens with, for every sentence it runs on to; not
the last person the page named before it.
"""

from tests.ingest_helpers import speakers_by_figure

LIVE = """Gale hits the coast: live

By Rhona Vale

09:40
Harbour master Lena Strand said 14 boats had broken their moorings overnight.

10:15
A passenger on the stranded ferry, Ivo Kant, has sent us a message from the top deck: "We have not moved since dawn.
About 60 cars are still on the lower deck."

10:30
A reader, Mette Sorensen, emails: "Our whole terrace has been without power since 6am. Nine houses on our side have
lost slates."
"""


def _one_line(page: str) -> str:
    return page.replace("dawn.\nAbout", "dawn. About").replace("have\nlost", "have lost")


def test_a_colon_after_a_clause_with_no_reporting_verb_brings_in_its_subjects_words():
    found = speakers_by_figure(_one_line(LIVE))
    assert found["14 boats"] == "Lena Strand"
    assert found["About 60 cars"] == "Ivo Kant"


def test_a_reader_brought_in_by_what_they_are_speaks_not_the_last_person_named():
    found = speakers_by_figure(_one_line(LIVE))
    assert found["Nine houses"] == "Mette Sorensen"
