"""Round 26: whose voice a page's figures are in, and who disputes a figure."""

from __future__ import annotations

from ingest.extraction import clean_text, extract, release_issuer

RELEASE = """Tarnwick Lifeboat Trust | Press Office
About us | Our crews | Donate | News | Contact

PRESS RELEASE
For immediate release: Monday 2 March 2026

Lifeboat crews answer record number of calls

The Tarnwick Lifeboat Trust "Safe Harbour" fund has raised 3.2 million crowns since the spring.

The trust's crews launched 412 times last year.

ENDS

(c) 2026 Tarnwick Lifeboat Trust. All rights reserved.
"""


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(text)}


def test_it_reads_a_masthead_naming_its_press_office_after_a_bar_as_the_releases_issuer():
    assert release_issuer(clean_text(RELEASE)) == "Tarnwick Lifeboat Trust"


def test_it_does_not_read_an_aggregators_press_release_line_after_a_bar_as_a_press_office():
    page = RELEASE.replace("Tarnwick Lifeboat Trust | Press Office", "Coastwatch Daily | Press release")
    assert release_issuer(clean_text(page)) is None


def test_it_gives_a_release_figure_to_its_issuer_when_a_title_in_quotation_marks_stands_in_the_sentence():
    speakers = _speakers(clean_text(RELEASE))
    assert speakers["3.2 million crowns"] == "Tarnwick Lifeboat Trust"


def _disputed(text: str) -> list[tuple[str, str | None]]:
    return [(str(m.value), m.speaker) for m in extract(text) if m.stance == "disputes"]


def test_it_takes_the_figure_a_dispute_names_by_its_word_beside_it_not_the_first_of_the_sentence():
    text = (
        "Her lawyer said she had repaired 9 of the 20 boats and spent 14,000 crowns on timber. "
        "The harbour board does not accept the timber figure."
    )
    assert _disputed(text) == [("14000.0000", "harbour board")]


def test_it_takes_the_figure_a_dispute_names_by_what_it_counts():
    text = (
        "The nurses' union said its members worked 52 hours a week on average. "
        "It said 40 per cent had thought of leaving. "
        "The health board disputes the union's hours figure."
    )
    assert _disputed(text) == [("52.0000", "health board")]


def test_it_reads_a_role_of_a_body_with_a_name_of_several_words_and_its_holder_as_the_subject_not_an_inversion():
    text = (
        "Northway Water's chief engineer, Petra Lund, says a pump at Holt reservoir broke at 06:10. "
        '"We have 45 fitters on the site," she said.'
    )
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert speakers["45 fitters"] == "Petra Lund"


def test_it_gives_no_speaker_to_a_share_move_the_writer_reads_with_suggesting():
    text = "Tolvern shares rose 8 per cent to 412 cents, suggesting some traders expect a better offer."
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert speakers["8 per cent"] is None


def test_it_takes_she_for_a_person_named_with_a_role_after_an_opening_place():
    text = (
        "The minister, Paul Denne, said pay was rising. "
        "At Marsh Lane School in Orrin, headteacher Ida Kell has advertised for a chemistry teacher since May. "
        "She said the school now spends 2,400 crowns a week on supply staff."
    )
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert speakers["2,400 crowns"] == "Ida Kell"


def test_it_takes_he_for_a_person_named_after_a_place_and_its_relative_clause():
    text = (
        "The union's leader, Rosa Hale, said morale was low. "
        "At Brook Hill School, which has 640 pupils, head teacher Tom Ashby has lost three teachers since Easter. "
        '"We had two applicants for the post," he said.'
    )
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert speakers["two applicants"] == "Tom Ashby"


RESULTS = (
    "Halden Foods, the country's second-largest grocer, reported a 12 per cent fall in annual profit to "
    "80 million crowns for the year to March. "
    "Sales rose 2.5 per cent to 4.1 billion crowns, but the company said its margin had narrowed."
)


def test_it_gives_a_results_figure_to_the_company_though_a_later_clause_of_the_sentence_reports_another():
    speakers = {m.figure: m.speaker for m in extract(RESULTS)}
    assert speakers["4.1 billion crowns"] == "Halden Foods"


POLL_STORY = (
    "By Ana Berg\n\n"
    "The Green League has pulled ahead of the ruling party for the first time, according to a Norwell Research "
    "poll for the Evening Star.\n\n"
    "The Green League is on 34%, with the Labour Front on 30%. The margin of error is about 3 percentage points.\n\n"
    'The Labour Front\'s chairman, Jon Ekker, said the poll was "an outlier". "Our canvassers find us 5 points '
    'ahead," he said.'
)


def test_it_gives_the_shares_a_poll_story_tells_in_the_reporters_voice_to_the_pollster():
    speakers = {m.figure: m.speaker for m in extract(POLL_STORY)}
    assert (speakers["34%"], speakers["30%"]) == ("Norwell Research", "Norwell Research")


def test_it_stops_giving_a_poll_storys_figures_to_the_pollster_once_someone_else_is_quoted():
    speakers = {m.figure: m.speaker for m in extract(POLL_STORY + "\n\nTurnout was 61% at the last election.")}
    assert speakers["61%"] is None


def test_it_gives_an_analysis_named_by_its_maker_with_its_sample_to_the_maker():
    text = "Bus fares in Orrin have risen by 22% in three years, a Kessel Bank analysis of 9,000 tickets has found."
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert speakers["22%"] == "Kessel Bank"


def test_it_gives_the_next_finding_of_an_outlets_own_analysis_to_the_outlet():
    text = (
        "Rents in Orrin have risen by 25% in four years, an Orrin Today analysis of 12,000 listings has found.\n\n"
        "The typical flat was let at 900 crowns a month last year, up from 720 crowns in 2023."
    )
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert speakers["900 crowns"] == "Orrin Today"


def test_it_gives_no_speaker_to_a_figure_reported_by_a_participle_after_its_noun():
    text = "Varga, who joined from Holt City for a fee said to be about 300,000 crowns, now has 12 goals this season."
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert (speakers["about 300,000 crowns"], speakers["12 goals"]) == (None, None)


def test_it_keeps_a_report_inside_a_relative_clause_on_a_noun_to_that_clause():
    text = "Varga, signed in March for a fee that United put at 1.2 million crowns, now has 9 goals this season."
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert (speakers["1.2 million crowns"], speakers["9 goals"]) == ("United", None)


def test_it_gives_the_members_a_body_represents_to_the_body_when_it_is_the_subject_of_the_report():
    text = "The Harbour Pilots' Guild, which represents about 640 pilots, said the new rota was unsafe."
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert speakers["about 640 pilots"] == "Harbour Pilots' Guild"


STATISTICS_STORY = (
    "House prices in Vessland rose to a record 312,000 crowns in May, according to the Holt Building Society.\n\n"
    'Its chief economist, Lena Ross, said demand was strong. "Buyers are back," she said.\n\n'
    "Prices in the capital rose to an average of 455,000 crowns."
)


def test_it_gives_a_later_change_a_statistics_story_tells_without_a_reporting_verb_to_the_body_it_opened_on():
    speakers = {m.figure: m.speaker for m in extract(STATISTICS_STORY)}
    assert speakers["455,000 crowns"] == "Holt Building Society"


def test_it_reads_the_subject_of_a_report_in_an_opening_when_clause():
    text = "When the port authority announced that berth fees would rise to 90 crowns, I wrote to my councillor."
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert speakers["90 crowns"] == "port authority"


def test_it_keeps_a_report_in_an_opening_when_clause_from_the_main_clause_after_it():
    text = "When the ministry proposed closing the line in 2004, residents collected 9,000 signatures against it."
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert speakers["9,000 signatures"] is None


def test_it_reads_sources_the_writer_has_spoken_to_as_the_source():
    text = "Fishermen I have spoken to say they earn a third less than in 2019."
    speakers = {m.figure: m.speaker for m in extract(text)}
    assert speakers["a third"] == "Fishermen"
