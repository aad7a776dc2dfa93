"""
A letters page (tests/ingest_labelling.md, "Letters page"): the letters editor's count of the readers who wrote in is a
count of readers, and a figure a letter gives "by" a body's own figures is that body's, not the writer's.
"""

from decimal import Decimal

from tests.ingest_helpers import figures, speakers_by_figure

POSTBAG = """THE MERROW GAZETTE
News | Sport | Opinion | Letters

Opinion > Letters

Your letters: the ferry timetable and the harbour wall

Compiled by Ines Callow, letters editor
Friday 12 March 2027

Nearly 90 of you have written to us about the new ferry timetable. Here is a selection.

The first boat now leaves at 07:40, which is too late for anyone working in the town.
Petra Moll, Lowhaven

I run a cafe by the slipway. Since the change my takings are down by a fifth on weekday mornings.
Olaf Brenn, Merrow

The harbour wall has needed repairs for a decade, and the storms this winter did not help.
Name and address supplied
"""


def test_it_counts_the_readers_who_wrote_in_as_readers():
    assert (Decimal(90), "readers") in figures("About 90 of you wrote to us this week about the ferry.")
    assert (Decimal(250), "readers") in figures("More than 250 of you emailed the desk on Monday.")


def test_it_gives_the_letters_editors_count_of_readers_to_the_editor():
    assert speakers_by_figure(POSTBAG)["Nearly 90 of you"] == "Ines Callow"


FIGURES_OF_ITS_OWN = """THE MERROW GAZETTE
News | Sport | Opinion | Letters

Opinion > Letters

Your letters: water, roads and the harbour

Compiled by Ines Callow, letters editor
Friday 12 March 2027

The hosepipe ban is the wrong answer. Merrow Water lost a fifth of its supply to leaks last year, by its own figures.
Petra Moll, Lowhaven

In 2021 volunteers planted 800 trees on the verges and, by the county's own count, 350 of them have died.
Olaf Brenn, Merrow

The harbour wall has needed repairs for a decade, and the storms this winter did not help.
Name and address supplied
"""


def test_it_gives_a_figure_by_a_bodys_own_figures_to_that_body():
    found = speakers_by_figure(FIGURES_OF_ITS_OWN)
    assert found["a fifth"] == "Merrow Water"


def test_a_source_opening_a_clause_after_and_comma_reports_that_clause_only():
    found = speakers_by_figure(FIGURES_OF_ITS_OWN)
    assert found["800 trees"] == "Olaf Brenn"
    assert found["350"] == "county"


SIGNED_INTRO = (
    """THE MERROW GAZETTE
News | Sport | Opinion | Letters

Opinion > Letters

Your letters: the ferry timetable and the harbour wall

Edited by Ines Callow
Friday 12 March 2027

The timetable brought the fullest postbag of the year: 312 letters, most of them from commuters. """
    """We print a selection below. """
    """Ines Callow, Letters Editor

The first boat now leaves at 07:40, which is too late for anyone working in the town.
Petra Moll, Lowhaven

I run a cafe by the slipway. Since the change my takings are down by a fifth on weekday mornings.
Olaf Brenn, Merrow
"""
)


def test_it_keeps_an_editors_introduction_that_ends_on_their_sign_off():
    found = speakers_by_figure(SIGNED_INTRO)
    assert found["312 letters"] == "Ines Callow"
    assert found["a fifth"] == "Olaf Brenn"
