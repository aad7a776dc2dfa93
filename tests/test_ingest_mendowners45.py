"""
Mend of owners45 (the reviewer's findings, HIGH 1-2 and MEDIUM 1-2): pages that print, or seem to print, a document,
on which 349069d6 gave a figure to the wrong speaker or lost its owner; the pages are made up.

- a paper's crosshead in capitals over a printed document ("WHAT PARENTS PAY", "PRIVATE AND CONFIDENTIAL") is no
  issuer: only a capitals line that reads as a body's name is;
- a letter to a body, introduced as "X received this letter from parents", is not the receiving body's;
- a prose paragraph inside a document that opens "Approved by <Name>..." does not end the document;
- a quoted "We produce" in an ordinary story's headline does not make the page one that prints a document.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

TOP = """THE ELDMOOR COURIER | News | Sport | Opinion
Sign in | Subscribe

{section}

{title}
{standfirst}

By Hanne Osric
Friday 14 May 2027, 09:30

"""


def _speakers(raw: str, value: str) -> list[str | None]:
    """The speakers of every figure ``value`` on the page ``raw``, cleaned and read as an import reads it."""
    found = [m.speaker for m in extract(clean_text(raw)) if m.value == Decimal(value)]
    assert found, f"no figure {value}"
    return found


FEES = """{heading}
Schedule of fees, 2027-28
Ref: GAT/F/27

- Tuition, each term: 5,250 crowns
- Boarding, each term: 3,900 crowns

OUR NOTES

Fees rose by 7 per cent last year, the parents' council says.
"""


@pytest.mark.parametrize(
    "heading", ["WHAT PARENTS PAY", "HOW IT BREAKS DOWN", "PRIVATE AND CONFIDENTIAL", "FULL TEXT", "WHAT IT SAYS"]
)
def test_a_crosshead_over_a_printed_document_is_no_issuer(heading: str) -> None:
    page = TOP.format(
        section="Money > Documents",
        title="What the school charges",
        standfirst="The fees list went to parents last week. We print it below as issued, with our notes.",
    ) + FEES.format(heading=heading)
    assert _speakers(page, "5250") == [None]


LETTER = """{introduction}

Our children walk 2.5 kilometres to school because the bus was cut.

We want the council to bring back the 7.40 bus for the 63 pupils who used it.

Yours faithfully,
Marta Quill
Chair, Hayes Primary Parents' Group

A council spokesman said the route had cost 90,000 crowns a year.
"""


@pytest.mark.parametrize(
    "introduction",
    [
        "Tollby District Council received this letter from parents at Hayes Primary on Monday. We print it below as "
        "written.",
        "Tollby District Council has been sent this letter by parents. We print it in full.",
    ],
)
def test_a_letter_to_a_body_is_not_the_bodys(introduction: str) -> None:
    page = TOP.format(section="News > Local", title="Parents write to the council", standfirst="") + LETTER.format(
        introduction=introduction
    )
    assert "Tollby District Council" not in _speakers(page, "63")
    assert "Tollby District Council" not in _speakers(page, "2.5")


def test_a_paragraph_opening_approved_by_does_not_end_the_document() -> None:
    page = TOP.format(
        section="News > Local",
        title="The council's plan for the harbour",
        standfirst="Tollby District Council sent its harbour plan to residents on Friday. We print the summary below "
        "as issued, with our notes.",
    ) + (
        "TOLLBY DISTRICT COUNCIL\nHarbour renewal plan: summary\nRef: TDC/HR/2027/3\n\n"
        "The new sea wall will cost 8.2 million crowns and take 30 months to build.\n\n"
        "Approved by Tollby's planning committee in April, the plan also adds 140 berths for small boats.\n\n"
        "OUR NOTES\n\nThe last sea wall cost 3 million crowns in 1998, the harbour trust says.\n"
    )
    assert _speakers(page, "140") == ["Tollby District Council"]


def test_a_quoted_we_produce_in_a_headline_prints_no_document() -> None:
    page = TOP.format(
        section="News > Farming",
        title="'We produce more milk than the county drinks', say dairy farmers",
        standfirst="Dairy farmers say prices have fallen for a third year.",
    ) + (
        "WHAT FARMERS ARE PAID\nFarm gate prices, spring 2027\n"
        "- Whole milk, a litre: 0.41 crowns\n- Cream, a litre: 2.10 crowns\n\n"
        "Farmers in Keston Vale sold 18 million litres last year, the growers' union says.\n"
    )
    assert _speakers(page, "0.41") == [None]
