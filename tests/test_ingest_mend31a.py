"""
Mends for the regressions review 31a found in session 31's engine merges: a rule written for one page form (a passive
valuation, a masthead over the site's menu, a correction's bare figure, a phone-in caller's label, ...) must not fire
on the ordinary news copy that only looks like it.
"""

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract
from ingest.page_head import guess_masthead


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def test_it_keeps_an_active_report_whose_verb_a_comma_and_a_time_or_place_at_surround():
    text = (
        "The ferry workers' association, which has fought the timetable for a year, estimated at the weekend that "
        "250 crossings would be cut. The harbour master, Oskar Lunde, warned at a briefing on Friday that 90 berths "
        "could close."
    )
    found = extract(clean_text(text))
    assert _said(found, "250").speaker == "ferry workers' association"
    assert _said(found, "90").speaker == "Oskar Lunde"


def test_it_still_reads_a_passive_valuation_at_a_figure_as_no_ones_report():
    text = "A new footbridge, estimated at 4 million crowns, was dropped from the plan on Tuesday."
    assert _said(extract(clean_text(text)), "4000000").speaker is None


def test_it_takes_no_masthead_from_a_headline_that_dashes_set_apart():
    raw = (
        "Wildfire - what we know so far - latest news\n\nBy Jon Sterk\n\nThe fire spread overnight. Crews said "
        "60 homes were lost. Our correspondent counted 25 fire engines on the ridge."
    )
    assert guess_masthead(raw) == ""
    assert guess_masthead("Radio Kessel Online | News | Fact-check\n\nFact-check: are buses late?\n\nBuses were.") == (
        "Radio Kessel Online"
    )


def test_it_gives_no_corrected_count_to_a_figure_a_noun_of_its_own_is():
    text = (
        "The college overstated the number of lecturers it had taken on this year, an inspection found. The principal "
        "said the gap in its accounts was 30, not 45, and blamed energy prices."
    )
    found = extract(clean_text(text))
    assert all(m.unit != "lecturers" for m in found)


def test_it_still_gives_a_corrections_bare_figure_the_count_it_said_was_wrong():
    text = (
        "Corrections and clarifications\n\n"
        "Our report on the school trips gave the wrong number of pupils who took part. The trust has told us it was "
        "1,450, not 1,540."
    )
    found = extract(clean_text(text))
    assert _said(found, "1450").unit == "pupils"
