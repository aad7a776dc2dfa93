"""Letters pages and readers'-questions pages: whose each letter's, question's and answer's figures are."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(page: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(page)) if m.value is not None}


def test_it_finds_a_letters_page_under_a_breadcrumb_that_opens_on_the_outlet():
    page = (
        "Harbour Radio Online | Opinion | Letters\n\n"
        "Your letters: the buses, the new timetable and the fares we all pay\n\n"
        "Edited by Mina Corran, letters editor\n"
        "My bus to work has been cancelled on 9 mornings since the new timetable began.\n"
        "Petra Lund, Eastholm\n"
        "On Friday I counted 40 people left behind at the stop by a full bus.\n"
        "Jon Fell, Westholm\n"
    )
    speakers = _speakers(page)
    assert speakers[Decimal(9)] == "Petra Lund"
    assert speakers[Decimal(40)] == "Jon Fell"


def test_it_keeps_a_letter_that_asks_a_question_its_signatorys():
    page = (
        "THE CARROW GAZETTE\nNews | Opinion | Letters\n\nLetters to the editor\n\nBy Ada Penrose\n\n"
        "We received 52 letters this week. Here is a selection.\n\n"
        "The council says the car park makes 80,000 florins a year. I have parked there for 20 years and never paid "
        "so much.\nTom Hale, Carrow\n\n"
        "How many came?\n"
        "Your report said 5,000 people came to the fair. I walked the green at noon and would be surprised if there "
        "were 800. Before the council spends 40,000 florins on it again, could someone count properly?\n"
        "Nell Brook, Upper Carrow\n\n"
        "I have been a nurse for 31 years. My ward has lost 4 beds since the spring.\nIvo Marsh, Mill Lane\n\n"
        "My shop has been broken into 7 times this year, and I have stopped calling the police.\n"
        "Rhea Dunn, Quay Street\n"
    )
    speakers = _speakers(page)
    assert speakers[Decimal(800)] == "Nell Brook"
    assert speakers[Decimal(4)] == "Ivo Marsh"
    assert speakers[Decimal(7)] == "Rhea Dunn"


def test_it_gives_the_papers_own_report_a_letter_cites_by_its_day_to_the_paper():
    page = (
        "THE CARROW GAZETTE\nNews | Opinion | Letters\n\nLetters to the editor\n\n"
        "Your report on the harbour works (3 May) said the port handled 900 ships last year. I counted far fewer.\n"
        "Tom Hale, Carrow\n\n"
        "Your live page said the regatta drew 12,000 people on Saturday. I was there and I doubt it.\n"
        "Nell Brook, Upper Carrow\n"
    )
    speakers = _speakers(page)
    assert speakers[Decimal(900)] == "THE CARROW GAZETTE"
    assert speakers[Decimal(12000)] == "THE CARROW GAZETTE"


READERS_QUESTIONS = (
    "THE WEXLEY COURIER\nMoney | Energy | Renting | Opinion\n\nYOUR MONEY QUESTIONS\n\n"
    "Answered by Ines Garth, Money Editor\nSaturday 4 March 2027\n\n"
    "Q: My landlord wants to raise my rent by 90 florins a month. Can he do that mid-tenancy? Ada Lorne, Eastbrook\n\n"
    "A: Not without your agreement. Landlords can raise the rent by no more than 5 per cent a year.\n\n"
    "Q: I paid 1,200 florins for a boiler that never worked. Should I go to the ombudsman? "
    "Name and address supplied\n\n"
    "A: Yes. I found 3 firms that will refund you in full, and the ombudsman says it settles most cases.\n"
)


def test_it_gives_a_readers_question_to_the_reader_who_signs_it():
    speakers = _speakers(READERS_QUESTIONS)
    assert speakers[Decimal(90)] == "Ada Lorne"
    assert speakers[Decimal(1200)] == "Name and address supplied"


def test_it_gives_a_readers_questions_answers_to_the_answerer():
    speakers = _speakers(READERS_QUESTIONS)
    assert speakers[Decimal(5)] == "Ines Garth"
    assert speakers[Decimal(3)] == "Ines Garth"


def test_it_reads_boasts_as_a_reporting_verb():
    page = (
        "THE CARROW GAZETTE\nNews | Opinion | Letters\n\nLetters to the editor\n\n"
        "The ministry boasts that 26,000 homes have been insulated. We have waited 31 weeks for an assessor.\n"
        "Tom Hale, Carrow\n\n"
        "My street has had 6 burst pipes this winter and nobody has come to fix the last one.\n"
        "Ivo Marsh, Mill Lane\n"
    )
    assert _speakers(page)[Decimal(26000)] == "ministry"


def _editors_introduction(introduction: str) -> str:
    return (
        "THE CARROW GAZETTE\nNews | Opinion | Letters\n\nLetters to the editor\n\n"
        "Edited by Ada Penrose, Letters Editor\n\n"
        f"{introduction} Here is a selection.\n\n"
        "I have parked on Mill Lane for 20 years and never paid so much.\nTom Hale, Carrow\n\n"
        "My street has had 6 burst pipes this winter and nobody has come to fix the last one.\nIvo Marsh, Mill Lane\n"
    )


def test_it_gives_a_bodys_plan_the_letters_editor_reports_to_the_body():
    page = _editors_introduction("Last week we reported that Carrow council plans to close 9 of its libraries.")
    assert _speakers(page)[Decimal(9)] == "Carrow council"


def test_it_gives_a_bodys_decision_the_letters_editor_names_to_the_body():
    page = _editors_introduction(
        "No subject has filled this page like the council's decision to raise the fee to 4 florins."
    )
    assert _speakers(page)[Decimal(4)] == "council"


def test_it_gives_a_bodys_plan_a_letter_names_to_the_body():
    page = (
        "THE CARROW GAZETTE\nNews | Opinion | Letters\n\nLetters to the editor\n\n"
        "The council's plan for 120 new benches is a start, but my street has none.\nTom Hale, Carrow\n\n"
        "My street has had 6 burst pipes this winter and nobody has come to fix the last one.\nIvo Marsh, Mill Lane\n"
    )
    assert _speakers(page)[Decimal(120)] == "council"
