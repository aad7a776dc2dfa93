"""The newsroom's own voice: the outlet's name as its masthead gives it, kept by the cleaner for attribution."""

from ingest.cleaning import clean, publisher
from ingest.extraction import extract

PAGE = (
    "THE ORLBY COURIER\n"
    "Home | News | Sport | Opinion\n"
    "By Anna Reel\n"
    "The harbour board plans to close the north quay next spring, its chairman said on Monday.\n"
    "By our count, 412 boats used the quay last year.\n"
)


def test_clean_keeps_the_masthead_on_the_last_line():
    text = clean(PAGE)
    assert text.endswith("\n\nPublished by THE ORLBY COURIER.")
    assert publisher(text) == "THE ORLBY COURIER"


def test_no_masthead_kept_without_a_menu_under_it():
    text = clean("The harbour board plans to close the north quay next spring, its chairman said on Monday.\n")
    assert publisher(text) is None


def test_our_count_is_the_outlets_by_its_masthead():
    found = [m for m in extract(clean(PAGE)) if m.value == 412]
    assert [m.speaker for m in found] == ["THE ORLBY COURIER"]
