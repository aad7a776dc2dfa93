"""
Mends of review31c's findings on session 31's merges (issue 14): a court report's earlier fine by another court and a
deadline the defendant set are no ruling of this judge ("Court report" in tests/ingest_labelling.md); a live post with a
labelled stamp line stands alone, and its history told in a dated past passive is no source's ("Live blog").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speaker_of(text: str, value: int) -> str | None:
    found = [m.speaker for m in extract(clean_text(text)) if m.value == Decimal(value)]
    assert found, f"no figure {value}"
    return found[0]


COURT_EARLIER_FINE = """Baker fined over rat droppings

A Dunholt baker has been fined 9,000 brels after inspectors found rat droppings in his kitchen.

Piet Aalto, 51, admitted breaching food hygiene rules at Ostmark District Court on Monday.

Judge Selma Rokk said the kitchen had not been cleaned for weeks.

The court heard that Aalto had been fined 1,400 brels by a court in Vennby in 2020 for a similar breach.
"""


def test_it_leaves_an_earlier_fine_by_another_court_to_no_one():
    assert _speaker_of(COURT_EARLIER_FINE, 1400) is None


COURT_OTHERS_DEADLINE = """Landlord fined over harassment

A Vennby landlord has been fined for harassing her tenants.

Judge Olaf Brenn heard that Tova Lind doubled the service charge on the building in May. "She wanted the flats
empty," the prosecutor said. She gave the tenants 10 days to pay the new charge before cutting off the water.

Lind was fined 4,000 brels.
"""


def test_it_keeps_a_deadline_after_another_speakers_quotation_off_the_judge():
    assert _speaker_of(COURT_OTHERS_DEADLINE, 10) is None


LIVE_LABELLED_STAMP = """Live: storm hits the coast

09:10 Norvik Ferries says 12 sailings have been cancelled this morning because of the wind.

09:25 - Video: waves at Haldby harbour
About 150 drivers have been waiting at Haldby port since dawn.
"""


def test_it_ends_a_live_post_at_a_stamp_line_with_a_label():
    assert _speaker_of(LIVE_LABELLED_STAMP, 150) is None


LIVE_HISTORY = """Live: storm hits the coast

09:10 The coastguard said 5 people were rescued from a yacht off Haldby.

The harbour wall was strengthened in 2009 at a cost of 7 million brels.
"""


def test_it_leaves_history_in_a_dated_past_passive_to_no_one_in_a_live_post():
    assert _speaker_of(LIVE_HISTORY, 7000000) is None
