"""
Engine 30d: live blogs and news in brief (tests/ingest_labelling.md, "Settled in session 23"): a live post's time
stamp opens an item that stands alone and is no part of its first sentence's subject, and the outlet's reporter
counting or timing something is that reporter's, by name.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.sentences import split_sentences


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


LIVE_HEAD = "Gale batters the coast: live updates\n\nBy Ria Moll and Ove Stang\n\n"


def test_it_reads_a_post_stamp_as_no_part_of_the_sentence_after_it():
    text = "17:05 GMT - The Harbour Board says 212 berths are empty."
    (span,) = split_sentences(text)
    assert text[span[0] : span[1]] == "The Harbour Board says 212 berths are empty."


def test_it_gives_a_post_opening_on_its_stamp_to_the_body_that_opens_it():
    text = LIVE_HEAD + "17:05 GMT - The Harbour Board's pilot service says 212 vessels are sheltering in the bay.\n"
    assert _speakers(text)[Decimal(212)] == "Harbour Board's pilot service"


def test_it_carries_no_body_from_one_post_to_the_next():
    text = LIVE_HEAD + (
        "16:40 - The grid company, Nordnett, says 9,000 homes are cut off. It has 300 engineers out.\n"
        "16:20 - Isle Ferries has suspended its sailings. About 650 passengers were booked, the company said.\n"
    )
    assert _speakers(text)[Decimal(650)] == "Isle Ferries"


def test_it_carries_no_report_past_a_stamp_on_its_own_line():
    text = LIVE_HEAD + (
        "16:40\nThe coastguard says its crews rescued 31 people from the water today, up from 12 yesterday.\n\n"
        "16:20\nThe number of vessels sheltering in the bay rose to 48, up from 30.\n"
    )
    assert _speakers(text)[Decimal(48)] is None


def test_it_keeps_a_post_stamp_on_its_own_line_in_the_cleaned_text():
    text = LIVE_HEAD + "16:40\nThe coastguard says its crews rescued 31 people from the water today.\n"
    assert "16:40\n" in clean_text(text)


def test_it_gives_a_count_to_the_outlets_reporter_set_off_by_where_they_are():
    text = LIVE_HEAD + "15:10 - The Gazette's Ivo Rennert, at the ferry port, counted 48 lorries in the queue.\n"
    assert _speakers(text)[Decimal(48)] == "Ivo Rennert"


def test_it_gives_a_time_the_outlets_reporter_took_to_them():
    text = LIVE_HEAD + "14:50 - The Gazette's Ivo Rennert timed the wait at the ticket office at 25 minutes.\n"
    assert _speakers(text)[Decimal(25)] == "Ivo Rennert"


def test_it_gives_the_outlets_own_projection_of_seats_to_the_outlet():
    text = (
        "THE MARREN LEDGER\nNews | Election | Sport\n\nElection night: live results\n\nBy Ria Moll\n\n"
        "23:10\nOur projection, based on 40 of 60 districts, now gives the Green Alliance 31 seats and Labour 24.\n"
    )
    speakers = _speakers(text)
    assert speakers[Decimal(31)] == speakers[Decimal(24)] == "THE MARREN LEDGER"


def test_it_gives_a_bare_spokeswoman_to_the_body_named_in_apposition_before_her():
    text = (
        "The harbour's operator, the Skerrin Port Company, has blamed the delays on staff shortages. "
        "A spokeswoman said 140 of its 900 dock staff had not turned up."
    )
    assert _speakers(text)[Decimal(140)] == "Skerrin Port Company"
