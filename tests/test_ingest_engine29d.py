"""
A body's own act with its own figure (tests/ingest_labelling.md, "A body's own act with its own figure") when the
sentence's subject takes up a name the page gave before by a word of it, not by a name that reads as a body's: "the
festival" by the noun the name ends with ("the Ostby Fiddle Festival"), "The Greens" by the plural of the word it opens
with ("the Green Coast Party", even named together with another body). What the body has or employs stays background.
"""

from tests.ingest_helpers import speakers_by_figure

HEAD = """THE NETHERCOMBE POST
News | Local | Sport

By Jo Harker
Monday 3 May 2027

"""


def test_it_gives_a_figure_to_a_name_the_subject_takes_up_by_the_noun_it_ends_with():
    page = HEAD + (
        "Ticket sales for the Ostby Fiddle Festival fell this summer for the first time in a decade.\n\n"
        "The festival sold 23,600 tickets, down from 27,400 a year earlier.\n\n"
        "The festival has 300 volunteers on its books.\n"
    )
    speakers = speakers_by_figure(page)
    assert speakers["23,600 tickets"] == "Ostby Fiddle Festival"
    assert speakers["300 volunteers"] is None


def test_it_gives_a_figure_to_the_body_whose_members_the_subject_names_by_the_plural_of_its_first_word():
    page = HEAD + (
        "Talks between the Commonwealth Party and the Green Coast Party on forming a government stalled on Tuesday, "
        "people close to the negotiations said.\n\n"
        "The Greens want a carbon price of 45 dorrins a tonne by 2028.\n"
    )
    assert speakers_by_figure(page)["45 dorrins"] == "Green Coast Party"
