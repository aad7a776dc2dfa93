"""Speakers and disputes: denials of a figure given before, a person named with the body they belong to."""

from datetime import date

from ingest.extraction import extract
from ingest.mentions import Mention


def mentions(text: str) -> list[Mention]:
    return [m for m in extract(text, published=date(2025, 3, 14)) if m.value is not None]


def test_a_denial_of_that_is_an_appearance_of_the_figure_denied():
    text = "A trade weekly reported that repairs could cost 300 million crowns. Tallon Windworks denied that."
    found = mentions(text)
    assert [(m.value, m.speaker, m.stance) for m in found][-1] == (300_000_000, "Tallon Windworks", "denies")


def test_that_figure_is_the_figure_the_sentence_before_ended_with():
    text = (
        "The panel found that the club had paid 3 players abroad and put those payments at 6 million crowns. "
        "The club denied that figure."
    )
    denied = [m for m in mentions(text) if m.stance == "denies"]
    assert [(m.value, m.unit) for m in denied] == [(6_000_000, "crowns")]


def test_that_number_is_a_count_not_a_distance():
    text = (
        "The company said up to 700 workers could move to its plant in Seltz, about 180 km away. "
        "The union disputed that number."
    )
    disputed = [m for m in mentions(text) if m.stance == "disputes"]
    assert [(m.value, m.speaker) for m in disputed] == [(700, "union")]


def test_a_figure_named_as_the_one_denied_is_not_read_again():
    text = (
        "A port official said the ship had been loaded 600 tonnes above its permitted weight. "
        'Castmere Line denied that, calling the 600-tonne figure "false".'
    )
    last = [m for m in mentions(text) if m.end > text.index("Castmere")]  # a denial's quote runs from the figure
    assert [(m.value, m.speaker, m.stance) for m in last] == [(600, "Castmere Line", "denies")]


def test_a_person_of_a_body_is_not_the_company():
    text = (
        "Halvorian Rail says it has cancelled more than 600 services. Dara Finnick of the Rail Drivers' Guild said: "
        '"We counted 40 trains stranded overnight." The company denied that, saying only 6 trains had been held.'
    )
    last = [m for m in mentions(text) if m.end > text.index("The company")]
    assert {m.speaker for m in last} == {"Halvorian Rail"}
    assert [m.value for m in last] == [40, 6]


def test_a_clause_closing_the_sentence_reports_past_a_cue_inside_it():
    text = "The reservoir is 31 per cent full, the lowest level recorded since 1995, Wend Valley Water said."
    assert [m.speaker for m in mentions(text)] == ["Wend Valley Water"]


def test_a_trading_name_ending_in_what_the_business_is_is_the_company():
    text = (
        "Wend Valley Water said the reservoir was 31 per cent full. The regional weather office said rain was "
        "scarce. The company also admitted that it was losing more water. It now puts leakage at 62 million litres."
    )
    assert [m.speaker for m in mentions(text)][-1] == "Wend Valley Water"


def test_it_in_a_closing_clause_is_the_body_the_sentence_opens_with():
    text = (
        "Skyvane said it would base 4 more aircraft at Brennick. "
        "The Brennick Airport Group employs about 6,400 people directly, it said."
    )
    assert [m.speaker for m in mentions(text)][-1] == "Brennick Airport Group"


def test_its_report_is_the_report_of_the_body_whose_statistic_opens_the_sentence():
    text = (
        "Tarrow Line said it would move 2 ships. "
        "The port authority's revenue fell to 410 million velts last year, its annual report showed."
    )
    assert [m.speaker for m in mentions(text)][-1] == "port authority"


def test_a_body_reporting_statistics_does_not_give_a_storm_its_hailstones():
    text = (
        "Corrabel Mutual said claims would cost 870 million crowns. "
        "The storm dropped hailstones as large as 9 centimetres across three provinces."
    )
    assert [m.speaker for m in mentions(text)][-1] is None


def test_a_clause_between_ends_the_apposition_before_a_closing_source():
    text = (
        "The prosecutor, Imelda Farrow, said the men took 23 objects. "
        "The insurer, Hallam Mutual, has paid out 11 million crowns to the museum, the prosecutor added."
    )
    assert [m.speaker for m in mentions(text)][-1] == "Imelda Farrow"


def test_the_report_is_the_report_its_source_was_said_to_speak_in():
    text = (
        "Uptake fell to 86.4 per cent, the Public Health Agency said in its annual immunisation report. "
        "Skyvane said it would add 4 aircraft. Measles cases rose to 318 last year, the report said."
    )
    assert [m.speaker for m in mentions(text)][-1] == "Public Health Agency"


def test_the_club_is_the_club_the_article_opens_with():
    text = (
        "Brackenford United will play in front of no more than 14,200 fans after the board ordered the club to "
        "close its oldest stand. The club said the cut would cost it about 2.6 million crowns."
    )
    assert [m.speaker for m in mentions(text)][-1] == "Brackenford United"


def test_figures_of_a_story_led_by_the_papers_own_analysis_are_the_papers():
    text = (
        "Pass rates fell this summer in 31 of 46 school districts, an analysis by the Post has found.\n\n"
        "Nationally, 71.4 per cent of candidates passed. The board said it would hire 40 markers. "
        "It said the change would save 9 million crowns."
    )
    assert [m.speaker for m in mentions(text)] == ["Post", "Post", "Post", "board", "board"]


def test_figures_are_the_papers_only_when_its_own_analysis_leads():
    text = (
        "Waiting lists rose to 812,400, according to figures published by the health ministry.\n\n"
        "Each notice carries a charge of 90 crowns, which the Echo has seen."
    )
    assert [m.speaker for m in mentions(text)] == ["health ministry", None]


def test_by_our_count_is_the_papers_own_count():
    text = (
        "Spending rose 4 per cent, an Echo investigation has found. "
        "By our count, the trust has raised its parking charges 4 times since 2019."
    )
    assert [m.speaker for m in mentions(text)][-1] == "Echo"
