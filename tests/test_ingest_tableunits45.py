"""
Round 45 (tableunits): the unit of a block of "Label: figure" lines, named once for the block and not on each line. A
schedule's, a register's or a summary's lines take what their figures count from the block: the heading's opening
plural noun ("Seats filled at each venue"), a closing bracket that names the sums and their currency ("(agreed values
in dravs)"), a key over long item lines ("Item / quoted cost (dravs)"), or the block's first line, which names its
own count ("Trees felled this winter: 420") for the lines under it that name none ("Sold as timber: 64"). The row's
label stays the label: "All 9 venues: 5,120" counts seats, not venues. Guards: a heading of notes or results names no
unit; a line that names its own count, sum, share, age, year or reference keeps its own reading, or none.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

LEAD = (
    "The trust has published the figures below with its annual papers, and we print them as they appeared. Our "
    "notes follow.\n\n"
)
NOTES = (
    "\n\nOUR NOTES\n\n"
    "The trust said the figures were its own and had not yet been checked by its auditors, who report in spring.\n\n"
    "Its chair said the board would discuss the figures at its next meeting, which is open to the public.\n"
)


def _figures(block: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(LEAD + block + NOTES))]


@pytest.mark.parametrize(
    ("block", "wanted"),
    [
        # the heading's opening plural noun, told by the participle after it, names the unit of every line
        (
            "RIVERSIDE FESTIVAL - SEATS BY VENUE\nSeats filled at each venue, final night\n\n"
            "Old Corn Exchange: 1,240\nSt Anne's Hall: 860\nAll 9 venues: 5,120",
            [(Decimal(1240), "seats"), (Decimal(860), "seats"), (Decimal(5120), "seats")],
        ),
        (
            "Visits recorded by branch, October\nNorthgate: 4,210\nMill Lane: 2,980\nAll branches: 7,190",
            [(Decimal(4210), "visits"), (Decimal(2980), "visits"), (Decimal(7190), "visits")],
        ),
        # a label's own noun is no unit of a block whose heading names one
        (
            "Seats filled at each venue, final night\n\nAll 9 venues: 5,120\nThe two tents: 600",
            [(Decimal(5120), "seats"), (Decimal(600), "seats")],
        ),
        # a span of time the heading counts is a figure of the table's, small as it is
        (
            "Hours staffed each week\n\nHarbour office: 40\nMill Lane depot: 22\nAll offices: 62",
            [(Decimal(40), "hours"), (Decimal(22), "hours"), (Decimal(62), "hours")],
        ),
        # a key of two columns over lines of two figures each
        (
            "Rota summary, March\nShifts on the rota / shifts filled\nHarbour office: 210 / 184\nAll sites: 350 / 301",
            [(Decimal(210), "shifts"), (Decimal(184), "shifts"), (Decimal(350), "shifts"), (Decimal(301), "shifts")],
        ),
        # a closing bracket that names the figures as sums, and their currency, which the page names nowhere before
        (
            "CLAIM SETTLEMENT (agreed values in dravs)\nA. Garden furniture, 6 items: 4,250\nB. Power tools: 2,130\n"
            "Total agreed: 6,380",
            # (the label's own count, its unit written out, stays a figure of its own)
            [(Decimal(4250), "dravs"), (Decimal(6), "items"), (Decimal(2130), "dravs"), (Decimal(6380), "dravs")],
        ),
        # a key over item lines too long for a short label, and a Subtotal line under them
        (
            "Item / quoted cost (dravs)\n"
            "- Rebuild the north retaining wall along the canal towpath between the two locks: 96,000\n"
            "- Replace the lower lock gates: 54,000\n"
            "Subtotal: 150,000",
            [(Decimal(96000), "dravs"), (Decimal(54000), "dravs"), (Decimal(150000), "dravs")],
        ),
        # the block's first line names its own count, and the lines under it, which name none, take it
        (
            "Trees felled this winter: 420\nReplanted in the same woods: 310\nSold as timber: 64",
            [(Decimal(420), "trees"), (Decimal(310), "trees"), (Decimal(64), "trees")],
        ),
        (
            "Summary\nBoats inspected at the marina: 88\n - failed on gas safety: 6\nSent for repair at the yard: 14",
            [(Decimal(88), "boats"), (Decimal(6), "boats"), (Decimal(14), "boats")],
        ),
    ],
)
def test_it_gives_a_block_s_unit_to_its_lines(block, wanted):
    found = _figures(block)
    for figure in wanted:
        assert figure in found, (figure, found)


@pytest.mark.parametrize(
    ("block", "unwanted"),
    [
        # a line that names its own count keeps it; a sum, an age or a reference takes no count of the first line's
        (
            "Trees felled this winter: 420\nFixed notices issued to contractors: 9\nAverage price paid: 38",
            [(Decimal(9), "trees"), (Decimal(38), "trees")],
        ),
        (
            "Runners finishing the course: 212\nAge of the oldest finisher: 81\nRace reference: 20931",
            [(Decimal(81), "runners"), (Decimal(20931), "runners")],
        ),
        # a heading of notes or of results names no unit
        (
            "Notes on the figures\n\nNorthgate: 4,210\nMill Lane: 2,980",
            [(Decimal(4210), "notes"), (Decimal(2980), "notes")],
        ),
        (
            "Results declared at the count\n\nNorthgate: 4,210\nMill Lane: 2,980",
            [(Decimal(4210), "results"), (Decimal(2980), "results")],
        ),
    ],
)
def test_it_keeps_a_line_s_own_reading(block, unwanted):
    found = _figures(block)
    for figure in unwanted:
        assert figure not in found, (figure, found)


def test_it_reads_a_current_key_s_bracket_as_the_figure_replaced():
    found = extract(
        clean_text(
            LEAD + "Meals served each day, proposed (current meals in brackets)\n\nEast school: 140 (180)\n"
            "West school: 120 (150)" + NOTES
        )
    )
    rows = [(m.value, m.unit, getattr(m, "previous_value", None)) for m in found]
    assert (Decimal(140), "meals", Decimal(180)) in rows
