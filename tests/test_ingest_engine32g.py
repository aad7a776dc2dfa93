"""
Revisions of a bare level ("cut the library's hours to 30 a week from 38", "raised its count to 327 from 312") and
corrections pages whose printed figure is dated by a year (tests/ingest_labelling.md, the session-21 rule "An earlier
value in time", "Settled in session 30", "Settled in session 31").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract

CORRECTIONS = "\n\n".join(
    [
        "THE ORMSBY COURIER | News | Sport\nCorrections and clarifications",
        "Compiled by Rhea Dunmore, Readers' Editor",
        "This week we published 4 corrections.",
        "Ferry passengers. Our report on the stalled ferry (3 March) gave the number of passengers taken off by "
        "lifeboat using the coastguard's first count. The coastguard has since raised its count to 214 from 198.",
        "Hotel stays. Our tourism story (5 March) gave last year's record for winter stays as the bureau first "
        "published it. The Tourism Bureau revised its figure on Tuesday to 1.46 million from 1.41 million.",
        "Marsh crossings. The port authority has since raised its figure for people crossing the marsh on March 2 to "
        "3,870 from 3,020.",
        "Sea wall. Our report (6 March) said a sea wall planned by the harbour board in 2021 would have cost 3.6 "
        "million crowns. The board has told us the correct figure was 6.3 million.",
        "Rhea Dunmore, Readers' Editor\n",
    ]
)

CUTS = """Council trims services

By Anwen Pryce

The council cut the museum's opening hours to 24 a week from 31, it said on Monday.

The harbour trust said the new crossing had cut road collisions in the town to 6 in its first year, from 15.

The resort said a warm winter had cut skier days to 0.94 million from 1.2 million.
"""


def _mentions(page: str) -> list:
    return [m for m in extract(clean_text(page)) if m.value is not None]


def _revision(page: str, value: str) -> tuple[str, Decimal | None]:
    found = [m for m in _mentions(page) if m.value == Decimal(value)]
    assert found, value
    return found[0].unit, found[0].previous_value


def test_a_source_raising_its_own_count_counts_what_the_item_said_was_counted():
    assert _revision(CORRECTIONS, "214") == ("passengers", Decimal(198))


def test_a_revised_figure_in_millions_counts_the_record_the_item_named_not_a_sum():
    assert _revision(CORRECTIONS, "1460000") == ("stays", Decimal(1410000))


def test_a_figure_for_people_revised_past_a_date_counts_people():
    assert _revision(CORRECTIONS, "3870") == ("people", Decimal(3020))


def test_a_printed_figure_dated_by_a_year_is_still_the_one_the_correction_replaces():
    assert _revision(CORRECTIONS, "6300000") == ("crowns", Decimal(3600000))
    assert Decimal(3600000) not in {m.value for m in _mentions(CORRECTIONS)}


def test_a_bare_level_after_a_possessive_object_counts_that_object():
    assert _revision(CUTS, "24") == ("hours", Decimal(31))


def test_a_bare_level_after_an_object_with_no_determiner_keeps_its_modifier():
    assert _revision(CUTS, "6") == ("road collisions", Decimal(15))
    assert _revision(CUTS, "940000") == ("skier days", Decimal(1200000))


def test_a_body_that_has_since_said_a_figure_closing_the_sentence_is_its_speaker():
    page = "Ferry count\n\nBy Ann Roe\n\nThat estimate is 6,400 passengers, the harbour board has since said.\n"
    found = {m.value: m.speaker for m in _mentions(page)}
    assert found[Decimal(6400)] == "harbour board"
