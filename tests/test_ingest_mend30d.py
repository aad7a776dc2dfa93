"""Mends to the session-30 letters-page round: what a letters head, "Your website", "boast" and a body's plan reach."""

from __future__ import annotations

from decimal import Decimal

from ingest.cleaning import _letters_page
from ingest.extraction import clean_text, extract


def _speakers(page: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(page)) if m.value is not None}


def test_it_reads_no_menu_or_headline_that_names_letters_as_a_letters_head():
    for line in (
        "News | Sport | Letters | Weather",
        "News|Opinion|Letters|Sport|Business|Weather|Jobs",
        "Market row: letters show mayor knew",
        "Home > News > Letters reveal cover-up",
        "Carrow council - letters sent to 4,000 homes",
    ):
        assert not _letters_page([line]), line
    for line in ("Harbour Radio Online | Opinion | Letters", "Opinion > Your letters", "Letters to the editor"):
        assert _letters_page([line]), line


def test_it_keeps_a_news_story_under_a_menu_that_names_letters_its_reporters():
    page = (
        "THE CARROW GAZETTE\nNews | Sport | Letters | Weather\n\nShoppers split over market plan\n\nBy Ada Penrose\n\n"
        "Carrow council wants to move the Saturday market to the old bus station, and it says 60 traders have "
        "signed up.\n\nWe asked shoppers on the high street what they thought.\n\n"
        "I have shopped at this market for 40 years and I will not walk to the bus station.\nTom Hale, Carrow\n\n"
        "My stall takes 300 florins on a good Saturday, and half of that is passing trade.\nNell Brook, Upper Carrow\n"
    )
    assert _speakers(page)[Decimal(60)] == "Carrow council"


def test_it_gives_a_qa_interviewees_own_website_put_to_them_to_the_interviewee():
    page = (
        "THE CARROW GAZETTE\nBusiness | Interviews\n\n"
        '"We will not close a single branch": the Tarrowpost chief on the network\n\nInterview by Petra Lund\n\n'
        "Tarrowpost runs the town's post offices. We asked its chief executive, Odd Brekke, about the network.\n\n"
        "Your website says 180 branches will be modernised this year. How many will close?\n\n"
        "None. We have looked at every branch, and I expect to open 12 more by the summer.\n"
    )
    assert _speakers(page)[Decimal(180)] != "THE CARROW GAZETTE"


def test_it_reads_boast_with_a_bare_object_as_having_not_saying():
    page = (
        "THE CARROW GAZETTE\n\nNew stadium opens in Carrow\n\nBy Ada Penrose\n\n"
        "The new stadium boasts 40,000 seats and a roof that closes in 9 minutes.\n\n"
        "Carrow, which boasts 3 castles and a cathedral, is busy.\n"
    )
    speakers = _speakers(page)
    assert speakers[Decimal(40000)] is None
    assert speakers[Decimal(3)] is None


def test_it_leaves_a_letter_writers_own_figure_after_a_bodys_plan_the_writers():
    page = (
        "THE CARROW GAZETTE\nNews | Opinion | Letters\n\nLetters to the editor\n\n"
        "The council's plan to close the library will cost my family 40 florins a month in bus fares.\n"
        "Tom Hale, Carrow\n\n"
        "It is a disgrace that Carrow council plans to close the Mill Lane library when my 2 children borrow 15 "
        "books there every week.\nNell Brook, Upper Carrow\n\n"
        "My street has had 6 burst pipes this winter and nobody has come to fix the last one.\nIvo Marsh, Mill Lane\n"
    )
    speakers = _speakers(page)
    assert speakers[Decimal(40)] == "Tom Hale"
    assert speakers[Decimal(15)] == "Nell Brook"


def test_it_leaves_a_columnists_own_figure_after_a_bodys_plan_the_columnists():
    page = (
        "THE CARROW GAZETTE\nOpinion | Columnists\n\nThe bridge toll is a tax on the poor\n\nBy Hester Vane\n\n"
        "I have crossed the Kessway bridge every working day for 20 years, and I have never minded paying.\n\n"
        "The government's plan to raise the toll will leave my family 300 florins a year worse off.\n\n"
        "It is absurd that the Council plans to close the Mill Lane library when I counted 45 children in it on "
        "Tuesday.\n\nI will keep paying, but I will not keep quiet.\n"
    )
    speakers = _speakers(page)
    assert speakers[Decimal(300)] == "Hester Vane"
    assert speakers[Decimal(45)] == "Hester Vane"
