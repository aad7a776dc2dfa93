"""Round 27: speaker attribution."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure


def test_a_bare_common_noun_opening_the_sentence_is_no_body_a_report_speaks_for():
    text = (
        "The Harlow Museum published its annual report on Monday. Council grants fell by 14 per cent, the report shows."
    )
    assert speakers_by_figure(text)["14 per cent"] in ("Harlow Museum", "The Harlow Museum")


def test_a_bodys_results_named_by_its_pronoun_speak_for_the_body():
    text = (
        "Harrowgate Mills makes flour in three towns. "
        "Its results for the last financial year showed a profit of 12 million crowns."
    )
    assert speakers_by_figure(text)["12 million crowns"] == "Harrowgate Mills"


def test_what_people_reported_to_a_body_is_the_bodys_record_when_an_according_to_closes_the_sentence():
    text = "Cyclists reported 42 crashes on the new lanes last year, according to the Dunmore Roads Department."
    assert speakers_by_figure(text)["42 crashes"] == "Dunmore Roads Department"


def test_a_body_whose_name_joins_two_words_with_an_ampersand_is_named_whole():
    # "Lyle" alone became the speaker, and an actor of that name on accept
    text = (
        "Brennock & Vale, the kitchenware chain, said on Monday that it would close 9 of its 40 shops. "
        "The company cut its dividend to 0.12 dovans a share, Tarrow & Finch said."
    )
    speakers = speakers_by_figure(text)
    assert speakers["9"] == speakers["40 shops"] == "Brennock & Vale"
    assert speakers["0.12 dovans"] == "Tarrow & Finch"


def test_a_results_story_about_a_body_named_with_an_ampersand_gives_it_its_results():
    text = (
        "Brennock & Vale, the kitchenware chain, reported a fall in full-year profit on Monday. "
        "Revenue was 1.4 billion dovans, down 3 per cent."
    )
    assert speakers_by_figure(text)["1.4 billion dovans"] == "Brennock & Vale"


COLUMN = """THE MARLOW GAZETTE
News | Sport | Opinion | Letters

Opinion

The ferry timetable cuts are a false saving

The operator says nobody uses the late boats. The numbers say otherwise, writes Peter Vandersloot

Monday 7 June 2027, 7:00am

I took the last ferry home on four nights last month, and on every one of them the deck was full of nurses, cleaners \
and kitchen staff heading back from their shifts in town.

By my own count, the 22:40 sailing carried 140 passengers on a wet Tuesday in May, which is hardly the empty boat the \
operator describes in its letters to councillors.
"""


def test_a_columns_standfirst_naming_its_writer_makes_the_writer_the_voice_of_the_column():
    assert speakers_by_figure(COLUMN)["140 passengers"] == "Peter Vandersloot"
