"""
Round 43: figures left to no one on pages whose author or issuing body the page names. A column whose writer's note
says they write every week or so is the writer's ("Hal Severin writes on consumer affairs every Thursday."), and a role
the column reports ("the minister told the Assembly") is never its writer. A body's masthead in capitals over the
document a paper prints is kept as the document's owner when it gives its initials and an issue number, or when the page
writes its leading words as the body that published the document. A paper's own story with a byline keeps its figures.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speaker(raw: str, value: int | str) -> str | None:
    """The speaker of the figure ``value`` on the page ``raw``, cleaned and read as an import reads it."""
    found = [m for m in extract(clean_text(raw)) if m.value == Decimal(str(value))]
    assert found, f"no figure {value}"
    return found[0].speaker


COLUMN = """THE HARLOW EXAMINER | examiner.hx
Opinion | Columnists

Hal Severin
A haircut costs what it costs because somebody is not being paid

Thursday 3 June 2027, 05:00
Share: Facebook | X | Email

Start with the bottle. Velisse sold around 1.1 million boxes of ColourLock a year at about 9 dravels a box, and the \
recall has cost the company more than it made from the dye this year.

Nobody wants a salon industry that burns scalps. But if we want tested dyes, a haircut will cost more than 52 \
dravels. I would pay more than that, and so would most of the people I know.

{note}
"""


def test_it_gives_a_regular_writers_column_to_the_writer() -> None:
    page = COLUMN.format(note="Hal Severin writes on consumer affairs every Thursday.")
    assert _speaker(page, 1100000) == "Hal Severin"
    assert _speaker(page, 52) == "Hal Severin"


def test_it_leaves_a_reporters_note_and_a_newsletter_no_column() -> None:
    # a reporter's note, and a note on a newsletter, say nothing of a column: the figures stay as they were
    for note in (
        "Hal Severin covers consumer affairs for the Examiner.",
        "Hal Severin writes on consumer affairs every Thursday in the Examiner's Shopper newsletter.",
    ):
        assert _speaker(COLUMN.format(note=note), 1100000) != "Hal Severin"


ROLE_IN_COLUMN = """Opinion | Columnists

A fee that costs too much

By Hal Severin, columnist
Thursday 3 June 2027, 05:00

I have read the plan twice. The minister's cap of 180 dravels for small salons is a concession worth having. About \
60 per cent of premises will qualify for the lower cap, the minister told the Assembly. The other 40 per cent will \
pay up to 260 dravels.

I would pay more. Velisse sold 1.1 million boxes last year.
"""


def test_it_keeps_a_role_the_column_reports_off_its_writer() -> None:
    assert _speaker(ROLE_IN_COLUMN, 60) == "minister"


def test_it_still_gives_the_columns_own_figures_to_its_writer() -> None:
    assert _speaker(ROLE_IN_COLUMN, 180) == "Hal Severin"
    assert _speaker(ROLE_IN_COLUMN, 1100000) == "Hal Severin"


PRICE_LIST = """The Orlesse Chronicle
Home | News | Money | Faith & Bereavement | Opinion | Sport | Puzzles

A funeral director's price list, line by line
{standfirst}

By Tobiah Marsh
Thursday 6 May 2027, 07:15

PELLOW & DRAY FUNERAL DIRECTORS
Family funeral directors in Hollin Cross since 1921
STANDARDISED PRICE LIST - effective from 1 May 2027

Our fee for an attended funeral is 3,280 merls. This includes a simple veneered coffin, one hearse and six bearers \
from our own staff.

A cremation with no service and no mourners costs 1,490 merls, including the crematorium fee for an early slot.

OUR NOTES

By our sums, the fee has gone up by 22.9 per cent since the firm last published its prices in 2025.
"""


def test_it_gives_a_printed_price_list_to_the_firm_that_published_it() -> None:
    page = PRICE_LIST.format(
        standfirst="Pellow & Dray of Hollin Cross published its standard prices this week. We print them as issued"
    )
    assert _speaker(page, 3280) == "Pellow & Dray Funeral Directors"
    assert _speaker(page, 1490) == "Pellow & Dray Funeral Directors"
    assert _speaker(page, "22.9") != "Pellow & Dray Funeral Directors"  # the paper's notes stay the paper's


def test_it_takes_no_publisher_from_a_saying_verb_or_one_word() -> None:
    # the firm only said something, not that it published what the page prints: the masthead names no one
    said = PRICE_LIST.format(standfirst="Pellow & Dray of Hollin Cross said its prices were fair. We look at them")
    assert _speaker(said, 3280) != "Pellow & Dray Funeral Directors"


NEWS_STORY = """The Orlesse Chronicle
Home | News | Money | Opinion | Sport

Funeral costs climb again

By Tobiah Marsh
Thursday 6 May 2027, 07:15

Pellow & Dray of Hollin Cross published its standard prices this week, the first firm in the town to do so.

The average attended funeral in the county now costs 3,280 merls, the Chronicle found by calling 14 firms.
"""


def test_it_leaves_a_papers_own_bylined_story_with_the_paper() -> None:
    assert _speaker(NEWS_STORY, 3280) != "Pellow & Dray"
    assert _speaker(NEWS_STORY, 3280) != "Pellow & Dray Funeral Directors"


STATUS_UPDATE = """The Solvenor Dispatch | Science & Research | Space
Search  Subscribe

Amaranth status update: probe in safe mode for 31 hours
The space agency's weekly bulletin on its Mars orbiter, printed in full, with our note

Compiled by Ruaridh Maskelyne, Space Correspondent
Friday 5 October 2029, 09:15

SOLVENOR SPACE AGENCY (SSA) - AMARANTH MISSION STATUS UPDATE No. 14
Issued 4 October 2029, 18:00 Brayholm time

1. Summary
Amaranth left safe mode on 3 October after an unexpected shutdown of a thruster during a routine orbit trim. The \
orbiter remains in a 290-kilometre orbit around Mars, and all science instruments are back on.

2. Science
The High Resolution Camera has returned 4,312 images since arrival, covering a fifth of the planet's surface.

DISPATCH NOTE
The agency's update does not say how much propellant is left. An engineer on the team told the Dispatch that the \
spare margin was now about 40 kilograms.
"""


def test_it_reads_a_bodys_masthead_with_its_initials_and_an_issue_number() -> None:
    assert _speaker(STATUS_UPDATE, 4312) == "Solvenor Space Agency"
    assert _speaker(STATUS_UPDATE, 40) != "Solvenor Space Agency"  # the paper's note after it is not the agency's


COURT_RESULTS = """THE CORVALIS LEDGER
Home | News | Money | Consumer | Sport | Opinion

Trading standards in court: this month's results
Fake chargers and a doorstep roofer. {standfirst}

Consumer desk
Wednesday 22 March 2028, 07:00

WEXMOOR COUNCIL TRADING STANDARDS - COURT RESULTS, FEBRUARY 2028

Case 1
Defendant: Dravo Imports Ltd, Unit 4, Canal Yard, Wexmoor
Court: Wexmoor Magistrates' Court, 6 February
Detail: Officers seized 3,150 chargers from the firm's warehouse. Every charger the officers tested failed, and some \
could give an electric shock.
Outcome: Fined 18,000 sternes and ordered to pay costs. The seized stock will be destroyed.

THE LEDGER'S NOTE

Wexmoor brought 11 cases last year, the Ledger found, against 19 the year before.
"""


def test_it_gives_a_printed_document_to_the_service_of_the_body_that_publishes_it() -> None:
    page = COURT_RESULTS.format(
        standfirst="Wexmoor Council's trading standards service publishes its court results each month; we reprint "
        "the latest"
    )
    assert _speaker(page, 3150) == "Wexmoor Council Trading Standards"
    assert _speaker(page, 11) != "Wexmoor Council Trading Standards"  # the paper's note after it


def test_it_takes_no_service_from_a_page_that_only_mentions_the_body() -> None:
    page = COURT_RESULTS.format(standfirst="Wexmoor Council's trading standards service said the cases were rising")
    assert _speaker(page, 3150) != "Wexmoor Council Trading Standards"
