"""
Mend of listings44 (merge 18390914), from /work/notes/findings_listings44.py: a byline's or a help box's bar line of
the page's own counts or hours, a change "from X to Y each" after a bracket or a semicolon, a named speaker before a
cue, a time and a colon, a signed field and a room's dimensions.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

PROSE = (
    "Residents in the village of Kellby have complained for months about the state of the roads. The council said "
    "repairs would begin in spring.\n\n"
    "Councillors will meet again next month to discuss the repairs. A spokesperson said the work would take several "
    "weeks to finish.\n"
)
AFTER = (
    "\n\nCouncillors will meet again next month to discuss the repairs. A spokesperson said the work would take "
    "several weeks to finish.\n\nThe council said it would publish the figures.\n"
)


def _values(text: str) -> list[Decimal]:
    return [m.value for m in extract(clean_text(text))]


@pytest.mark.parametrize(
    ("header", "unwanted"),
    [
        # F1: a byline's bar line of the page's own counts is furniture, as "Comments: 12" is
        ("By Mara Quint\nPublished: Monday 7 December 2026\n12 comments | 340 shares", [Decimal(12), Decimal(340)]),
        ("Reporter: Mara Quint\n5 minute read | 18 comments", [Decimal(18)]),
        ("Filed by: Mara Quint\n2 hours ago | 4 replies", [Decimal(4)]),
    ],
)
def test_f1_a_byline_s_bar_line_of_page_counts_is_furniture(header, unwanted):
    found = _values("Road repairs delayed again\n\n" + header + "\n\n" + PROSE)
    assert not any(value in found for value in unwanted)


def test_f2_a_helpline_s_opening_hours_are_no_count():
    text = (
        "Families affected by the flooding can get help from the council.\n\n"
        "Helpline: 0800 123 4567\n24 hours a day | 7 days a week" + AFTER
    )
    assert Decimal(24) not in _values(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bus fares will rise on Monday for the third time in two years (from 2.10 to 2.40 pounds each).",
        "The price of a single ride went up sharply; from 2.10 to 2.40 pounds each.",
    ],
)
def test_f3_a_change_of_price_each_after_a_bracket_or_semicolon_stays_a_change(sentence):
    found = [(m.value, m.previous_value) for m in extract(clean_text(sentence))]
    assert found == [(Decimal("2.4"), Decimal("2.1"))]


def test_f3_a_change_of_price_each_opening_a_sentence_stays_a_change():
    sentence = "From 5 to 9 crowns each: that is how much the city's parking permits have risen since spring."
    found = [(m.value, m.previous_value) for m in extract(clean_text(sentence))]
    assert (Decimal(9), Decimal(5)) in found


@pytest.mark.parametrize(
    ("sentence", "value", "speaker"),
    [
        ("Grant claimed last year: 40 jobs would be cut at the plant.", 40, "Grant"),
        ("Okafor predicted last year: 3,000 visitors would come to the fair.", 3000, "Okafor"),
        ("Okafor claimed (in court): 40 jobs had been cut.", 40, "Okafor"),
    ],
)
def test_f4_a_name_before_a_cue_a_time_and_a_colon_still_speaks(sentence, value, speaker):
    (mention,) = [m for m in extract(clean_text(sentence)) if m.value == Decimal(value)]
    assert mention.speaker == speaker


def test_f5_a_signed_fall_in_a_field_is_not_read_as_a_plain_positive_figure():
    text = (
        "The council's accounts, published on Friday, showed the scale of the shortfall.\n\n"
        "Operating result: -1.2 million crowns\nChange in pupil numbers: -312 pupils" + AFTER
    )
    found = [m for m in extract(clean_text(text))]
    # expected: the loss and the fall are either left out, as before, or kept with their sign; never +1.2 million
    assert not any(m.value == Decimal(1200000) for m in found)
    assert not any(m.value == Decimal(312) for m in found)


def test_f6_a_room_s_dimensions_are_no_item_line():
    text = (
        "A reader sent us the estate agent's listing below for the house at the centre of the dispute.\n\n"
        "Asking price: 450,000 pounds\nBedroom 1: 4 x 3.5 metres\nKitchen: 5 x 3 metres" + AFTER
    )
    found = [(m.value, m.unit) for m in extract(clean_text(text))]
    # "4 x 3.5 metres" is one room's size: neither side alone is a length of anything
    assert (Decimal("3.5"), "metres") not in found
    assert (Decimal(3), "metres") not in found
