"""Round 30: pages whose voice is one writer per section: letters, columns, obituaries, court reports."""

from __future__ import annotations

from ingest.extraction import clean_text
from tests.ingest_helpers import speakers_by_figure

# A note on the writer that says how often they write before what about
COLUMN_WRITTEN_EVERY_WEEK = """Holm Gazette | OPINION

COLUMN

The ferry timetable is a joke nobody laughs at

Vera Lindqvist
Monday 7 December 2026 | 08:00

Vera Lindqvist writes every Monday on life in Holmby. The views expressed are her own.

Last week I waited for the morning ferry at the north pier for most of an hour before it finally came in.

There are only 6 sailings a day in winter now. I have timed every one of them since.

My neighbours tell me the same story, and I believe them, because I have seen the empty pier myself.
"""


def test_a_writer_note_with_how_often_they_write_names_the_columnist():
    assert speakers_by_figure(COLUMN_WRITTEN_EVERY_WEEK)["6 sailings"] == "Vera Lindqvist"


# A letters page: each letter's own figures are its signer's, whatever line form the signature takes
LETTERS_PAGE = """The Fellgate Echo
News | Sport | Opinion | Letters | Puzzles

OPINION | LETTERS

Letters: The swimming pool, the ring road and a missing bench
Write to letters@fellgate-echo.example. Letters may be edited for length.

Tuesday 8 December 2026

Close the pool and lose a town
I have swum at the Fellgate baths every morning with 200 other people. The water has been cold since October.
Agnes Morrow, Fellgate

A ring road to nowhere
The ring road was meant to cut journeys across town by a quarter. My drive now takes longer than ever.
- D. Okonkwo-Hale

Where is our bench?
There were 4 benches on the green before the works began. I went to sit on one last week and found none.
A pensioner (name and address supplied)

The Echo welcomes letters of up to 300 words.
"""


def test_a_letters_own_figures_are_the_one_who_signed_it():
    speakers = speakers_by_figure(LETTERS_PAGE)
    assert speakers["200 other people"] == "Agnes Morrow"
    assert speakers["4 benches"] == "A pensioner (name and address supplied)"


def test_a_signature_after_a_dash_with_an_initial_names_the_whole_name():
    speakers = speakers_by_figure(LETTERS_PAGE)
    assert speakers["a quarter"] == "D. Okonkwo-Hale"


def test_a_letters_page_snapshot_holds_only_the_page_s_own_lines_each_signature_under_its_letter():
    # the cleaned text is the source's snapshot: marking the letters writes nothing the page did not say
    cleaned = clean_text(LETTERS_PAGE)
    assert all(line in LETTERS_PAGE.splitlines() for line in cleaned.splitlines() if line)
    assert "The water has been cold since October.\nAgnes Morrow, Fellgate" in cleaned


def test_the_papers_own_lines_after_the_last_letter_are_no_letters():
    assert speakers_by_figure(LETTERS_PAGE).get("up to 300 words") is None


# An obituary: across a paragraph break "she" takes up the one the story is about, not the last person quoted
OBITUARY = """Ragna Holt, who has died aged 91, ran the ferry to Skarvøy for four decades.

She was born in 1935 in Nordvik, the daughter of a boatman. She took over her father's boat in 1961, when she was 26.

"She went out in weather nobody else would touch," said Tor Lindahl, who crewed for her in the 1980s.

Life on the water was hard. "We had 9 storms that winter and I crossed in every one," she told the Gazette in 1990.

Her niece, Sigrid Holt-Berg, took over the boat. "We still carry 40 passengers on a busy day," she said.
"""


def test_an_obituarys_she_in_a_new_paragraph_is_its_subject_not_the_last_person_quoted():
    assert speakers_by_figure(OBITUARY)["9 storms"] == "Ragna Holt"


def test_an_obituarys_she_after_another_person_named_in_her_paragraph_is_that_person():
    assert speakers_by_figure(OBITUARY)["40 passengers"] == "Sigrid Holt-Berg"
