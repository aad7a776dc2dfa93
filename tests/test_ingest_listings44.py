"""
Structured pages printed in an article (round 44): a listings page's, an order confirmation's or a bulletin's lines
that the cleaner dropped as furniture. A line of counts set apart by bars over the document's fields, a field beside
one, a field beside a field in a list, a quantity "2 x" an item, a listing's quantity at a price each; and a listing's
prices "from 168.00 to 207.90 crowns each", a spread and no change. A listing's or an order's number stays an
identifier, and a page's own bar lines, a line of bare labelled figures and a change of price stay as they were.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

LEAD = (
    "A reader sent us the page below, captured on Tuesday morning from the official site. It is printed as it "
    "appeared, with our notes after it.\n\n"
)
NOTES = (
    "\n\nOUR NOTES\n"
    "The prices on this page are close to what the organisers said they would be when the event was announced.\n\n"
    "The organisers said they would look again at the fees next year, after the complaints they had received.\n"
)


def _figures(block: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(LEAD + block + NOTES))]


@pytest.mark.parametrize(
    ("block", "wanted"),
    [
        # a line of counts set apart by bars, and the field under it
        (
            "HARBOUR RESALE\n"
            "96 seats listed | from 42.00 to 58.50 crowns each\n"
            "Face value: 45.00 crowns\n"
            "Prices shown before fees.",
            [(Decimal(96), "seats"), (Decimal(42), "crowns"), (Decimal(45), "crowns")],
        ),
        # a listing's quantity at a price each: the listing's number is no count
        (
            "Booking fee: 6 per cent\n"
            "Listing 30418: 3 seats at 51.20 crowns each\n"
            "Listing 30422: 5 seats at 44.00 crowns each",
            [
                (Decimal(6), "percent"),
                (Decimal(3), "seats"),
                (Decimal("51.2"), "crowns"),
                (Decimal(5), "seats"),
                (Decimal(44), "crowns"),
            ],
        ),
        # a quantity times an item, its unit the label's
        (
            "Order number KT-4410-92\nSeats: 4 x Upper circle\nService fee: 7.20 crowns",
            [(Decimal(4), "seats"), (Decimal("7.2"), "crowns")],
        ),
        # a field's average or usual figure, and a change given with its sign
        (
            "Drivers aged 21 to 24: average 1,940 crowns\nDrivers aged over 70: average 705 crowns\n"
            "Organist: typically 90 crowns",
            [(Decimal(1940), "crowns"), (Decimal(705), "crowns"), (Decimal(90), "crowns")],
        ),
        ("Town centres: -3.1%\nOut-of-town parks: +1.2%", [(Decimal("3.1"), "percent"), (Decimal("1.2"), "percent")]),
        # a form's numbered boxes, each a field, its unit in brackets after its label
        (
            "Box 1. Hedges planted this year (metres): 2,450\nBox 2. Volunteers on site: 64\n"
            "Box 3. Share native species (per cent): 88",
            [(Decimal(2450), "metres"), (Decimal(64), "volunteers"), (Decimal(88), "percent")],
        ),
        # a field beside a field in a list
        (
            "Areas affected:\n- Brockwell: 12 hectares\n- Dunmere: 7 hectares\nTrees awaiting felling: 340",
            [(Decimal(12), "hectares"), (Decimal(7), "hectares"), (Decimal(340), "trees")],
        ),
    ],
)
def test_a_structured_page_s_lines_are_kept(block, wanted):
    found = _figures(block)
    for figure in wanted:
        assert figure in found


def test_a_listing_s_prices_from_the_cheapest_to_the_dearest_are_a_spread():
    (mention,) = [
        m
        for m in extract(
            clean_text(LEAD + "40 seats listed | from 30.00 to 42.50 crowns each\nFee: 3 per cent" + NOTES)
        )
        if m.unit == "crowns"
    ]
    assert (mention.lower, mention.upper, mention.previous_value) == (Decimal(30), Decimal("42.5"), None)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # the page's own bar line is furniture
        ("3 min read | Share | Comments (47)\n\n" + LEAD, Decimal(47)),
        # a post's stamp and number set apart by a bar are no counts
        ("Update 2 | 16 November 2027, 09:12\n\n" + LEAD, Decimal(2)),
    ],
)
def test_other_lines_stay_as_they_were(text, unwanted):
    found = [(m.value, m.previous_value) for m in extract(clean_text(text))]
    assert all(unwanted not in pair for pair in found)


def test_a_box_of_signed_changes_under_the_story_stays_furniture():
    text = (
        LEAD.strip() + "\n\n(Reporting by Ada Crane; Editing by Tom Hale)\n\nData\n- Exports y/y: -3.6%\n"
        "- Imports y/y: +2.9%\n\n14 comments\nShare: Facebook | Email"
    )
    found = [m.value for m in extract(clean_text(text))]
    assert Decimal("3.6") not in found and Decimal("2.9") not in found


def test_a_form_s_box_number_opens_the_sentence_of_its_field():
    text = LEAD + "Box 4. Ponds dug: 12\nBox 5. Volunteers: 31" + NOTES
    quotes = [m.quote for m in extract(clean_text(text)) if m.value == 12]
    assert quotes == ["Box 4. Ponds dug: 12"]


def test_a_box_s_label_names_no_speaker_but_a_name_before_a_verb_does():
    text = LEAD + "Box 6. Grant claimed this year (crowns): 4,250\nBox 7. Volunteers: 31" + NOTES
    (box,) = [m for m in extract(clean_text(text)) if m.value == 4250]
    assert box.unit == "crowns" and box.speaker != "Grant"
    (said,) = extract(clean_text("Grant claimed the repairs had cost 40 crowns."))
    assert said.speaker == "Grant"


def test_a_bracket_after_a_label_that_names_no_unit_gives_none():
    found = [(m.value, m.unit) for m in extract(clean_text(LEAD + "Ponds (restored): 12\nVolunteers: 31" + NOTES))]
    assert (Decimal(12), "restored") not in found


def test_a_change_of_price_each_stays_a_change():
    found = [(m.value, m.previous_value) for m in extract(clean_text("Seat prices rose from 20 to 25 crowns each."))]
    assert found == [(Decimal(25), Decimal(20))]


def test_a_line_of_bare_labelled_figures_set_apart_by_bars_is_not_read_as_one_unit():
    block = "Starts: 14 | Wins: 6 | Places: 4\nPrize money: 61,000 crowns\nTrainer: Ada Crane"
    found = _figures(block)
    assert (Decimal(6), "starts") not in found
    assert (Decimal(4), "starts") not in found
