"""
Mending review32b: a standfirst that puts the interviewer first, an earlier "spoke to us", a time word before "figures",
a report set off by " and, " in a clause with no subject of its own, and an editor's sign-off outside a letters page.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.interviews import find_interview
from tests.ingest_helpers import figures, speakers_by_figure


def _speakers(text: str) -> dict[Decimal | None, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text))}


TRANSPORT_QA = (
    "The Holby Star\n\n"
    "Saturday Interview\n\n"
    "'We will not cut the buses': the transport chief on fares\n\n"
    "Tom Hale talks to Ida Lund\n\n"
    "The region's buses and trams have had a hard year. We put these questions to Ida Lund, its transport director.\n\n"
    "Fares rose 9 per cent in January. Will they rise again?\n\n"
    "Not this year. We have frozen them until March, and I have told the board so.\n\n"
    "How many drivers are you short?\n\n"
    "We are 40 drivers short today, down from 70 in the spring."
)


def test_a_standfirst_naming_the_interviewer_first_does_not_make_the_interviewee_the_byline() -> None:
    for verb in ("talks", "speaks"):
        text = TRANSPORT_QA.replace("Tom Hale talks to", f"Tom Hale {verb} to")
        assert "By Ida Lund" not in clean_text(text)
        interview = find_interview(clean_text(text))
        assert interview is not None
        assert interview.interviewee == "Ida Lund"
        assert _speakers(text)[Decimal(40)] == "Ida Lund"


HARBOUR_QA = (
    "Clearing the harbour\n\n"
    "By Tom Hale\n\n"
    "The harbour has been silting up for a decade. Her predecessor, Karl Berg, spoke to us in 2023, when the dredging "
    "contract was signed. Two years on, we asked Ida Lund, who took over in March, what has changed.\n\n"
    "How much has the dredging cost?\n\n"
    "About 14 million crowns so far. I think we will need another 3 million next year.\n\n"
    "How many ships call now?\n\n"
    "We had 212 calls last month. I expect more in the summer."
)


def test_an_earlier_spoke_to_us_does_not_make_its_speaker_the_interviewee() -> None:
    interview = find_interview(clean_text(HARBOUR_QA))
    assert interview is not None
    assert interview.interviewee == "Ida Lund"
    assert _speakers(HARBOUR_QA)[Decimal(212)] == "Ida Lund"


def test_a_time_before_figures_is_not_whose_figures_they_are() -> None:
    one = speakers_by_figure(
        "Exports of salmon fell sharply. By last year's figures, the fleet landed 41,000 tonnes, down from 52,000 "
        "tonnes in 2022."
    )
    assert one["41,000 tonnes"] != "last year"
    two = speakers_by_figure(
        "The economy grew slowly last year. On this year's figures, unemployment stands at 7.2 per cent, the finance "
        "minister, Lars Eke, said on Tuesday."
    )
    assert two["7.2 per cent"] == "Lars Eke"
    three = speakers_by_figure(
        "The opposition leader, Mira Vos, said that by Monday's figures 4,100 people were still without power in the "
        "north."
    )
    assert three["4,100 people"] == "Mira Vos"
    four = speakers_by_figure(
        "Lars Eke, the finance minister, said unemployment stood at 7.2 per cent by last month's figures and would "
        "fall to 6 per cent next year."
    )
    assert four["6 per cent"] == "Lars Eke"
    # a body's own figures stay that body's
    assert speakers_by_figure("Merrow Water lost a fifth of its supply, by Merrow Water's figures.")["a fifth"] == (
        "Merrow Water"
    )


def test_a_report_after_and_comma_covers_the_figure_when_its_clause_goes_on_with_the_same_subject() -> None:
    steel = speakers_by_figure(
        "Steel output at the Vesk works fell 3 per cent in March and, officials said, was the lowest monthly total "
        "since 2009."
    )
    assert steel["3 per cent"] == "officials"
    ferry = speakers_by_figure(
        "The ferry carried 41,000 passengers last summer and, its operator said on Monday, will add a second boat in "
        "June."
    )
    assert ferry["41,000 passengers"] == "operator"
    # a joined clause with a subject and a figure of its own is still the report's alone
    trees = speakers_by_figure(
        "In 2021 volunteers planted 800 trees on the verges and, by the county's own count, 350 of them have died."
    )
    assert trees["800 trees"] != "county"


APPEAL = (
    "Council backs new bridge\n\n"
    "By Tom Hale\n"
    "Friday 12 March 2027\n\n"
    "The council voted on Thursday to build a second bridge over the Merrow. Per Holm, who leads the council, said the "
    "work would start in the spring.\n\n"
    '"We have waited long enough for this bridge, and the town will have it," Holm said after the vote.\n\n'
    "We rely on readers. Support our journalism from just 3 crowns a month and help keep the Gazette free for all. "
    "Nora Fielding, Editor"
)


def test_an_editors_signed_appeal_on_a_news_page_is_not_prose() -> None:
    assert "3 crowns" not in speakers_by_figure(APPEAL)


POSTBAG_INTRO = (
    "THE MERROW GAZETTE\n"
    "News | Sport | Opinion | Letters\n\n"
    "Opinion > Letters\n\n"
    "Your letters: the ferry timetable and the harbour wall\n\n"
    "Edited by Ines Callow\n"
    "Friday 12 March 2027\n\n"
    "The timetable brought the fullest postbag of the year: 312 letters, most of them from commuters. "
    "We print a selection below. SIGN_OFF\n\n"
    "The first boat now leaves at 07:40, which is too late for anyone working in the town.\n"
    "Petra Moll, Lowhaven\n\n"
    "I run a cafe by the slipway. Since the change my takings are down by a fifth on weekday mornings.\n"
    "Olaf Brenn, Merrow\n"
)


def test_a_letters_editors_sign_off_in_lower_case_or_after_a_dash_keeps_the_introduction() -> None:
    for sign_off in ("Ines Callow, letters editor", "– Ines Callow, Letters Editor", "Ines Callow, Letters Editor"):
        found = speakers_by_figure(POSTBAG_INTRO.replace("SIGN_OFF", sign_off))
        assert found["312 letters"] == "Ines Callow", sign_off
        assert found["a fifth"] == "Olaf Brenn"


def test_the_targeted_standfirst_names_the_interviewee_too() -> None:
    text = TRANSPORT_QA.replace(
        "Tom Hale talks to Ida Lund", "Ida Lund, the region's transport director, talks to Tom Hale"
    )
    text = text.replace(
        "The region's buses and trams have had a hard year. We put these questions to Ida Lund, its transport "
        "director.",
        "She has run the region's buses and trams since 2024. This interview has been edited for length.",
    )
    interview = find_interview(clean_text(text))
    assert interview is not None
    assert interview.interviewee == "Ida Lund"
    speakers = _speakers(text)
    assert speakers[Decimal(40)] == "Ida Lund"
    assert speakers[Decimal(9)] == "Tom Hale"


def test_a_column_headline_that_says_talks_to_gives_no_byline() -> None:
    page = (
        "THE MERROW GAZETTE\n\n"
        "Opinion | Columns\n\n"
        "The mayor, at last, talks to Lower Merrow\n\n"
        "Friday 12 March 2027\n\n"
        "I have lived in Lower Merrow for 30 years and I have never once seen the mayor on our high street. "
        "The council spends 4 million crowns a year on the town centre and almost nothing here."
    )
    assert "By Lower Merrow" not in clean_text(page)


def test_ordinary_ways_of_saying_n_of_you_wrote_in_count_readers() -> None:
    found = figures(
        "About 340 of you have been in touch about the bin collections. Thank you to the 1,200 of you who emailed us "
        "about the bridge. More than 60 of you responded to our survey, and 45 of you wrote in."
    )
    for value in (340, 1200, 60, 45):
        assert (Decimal(value), "readers") in found


def test_n_of_you_in_a_quoted_speech_are_not_readers() -> None:
    found = figures(
        '"Forty of you wrote to me about this bill," the health minister, Ola Rin, told members of the assembly on '
        "Tuesday."
    )
    assert (Decimal(40), "readers") not in found


def test_has_been_speaking_to_us_and_sat_down_with_us_name_the_interviewee() -> None:
    from tests.test_ingest_engine32a import VICAR_QA

    for said in (
        "The vicar, the Rev Ann Roe, has been speaking to us.",
        "The vicar, the Rev Ann Roe, sat down with us.",
    ):
        interview = find_interview(clean_text(VICAR_QA.replace("The vicar, the Rev Ann Roe, spoke to Tom Hale.", said)))
        assert interview is not None
        assert interview.interviewee == "Ann Roe", said
