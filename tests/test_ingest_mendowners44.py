"""
Review of owners44 (merge 837c82cc): printed documents given to a name that opens a sentence of the introduction as
the one that put the document out. Each test fails on 837c82cc and states the expected output.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speaker(raw: str, value: int | str) -> str | None:
    """The speaker of the figure ``value`` on the page ``raw``, cleaned and read as an import reads it."""
    found = [m for m in extract(clean_text(raw)) if m.value == Decimal(str(value))]
    assert found, f"no figure {value}"
    return found[0].speaker


HEAD = """THE HARTVALE COURIER
News | Local | Business

What the document says

By Pia Lundqvist
Wednesday 3 February 2027, 09:15

{introduction}

{document}
"""

OUTAGE = """About 14,000 homes in the north of the district were without water for up to 9 hours on Tuesday. We will \
refund each affected household 20 crowns.

Courier notes:

The regulator said it had logged 37 complaints by Wednesday morning."""

CANCELLATIONS = """About 5,300 passengers were affected by cancellations on Tuesday. We expect to run 90 per cent of \
flights on Wednesday.

Courier notes:

The airport said 12 flights had been diverted."""

PILOTS = """Our members flew 1,900 hours of unpaid overtime last winter. We will ballot on strike action within 14 \
days.

Courier notes:

Skylo said it employed 420 pilots."""

CREDITORS = """Claims of less than 700 crowns will be admitted without further evidence. The company owes 2,318 \
creditors a total of 4.6 million crowns.

Courier notes:

The union said 140 jobs were at risk."""

DEFENCE = """The council denies that it owes the claimant 3.2 million crowns. The contract allowed either party to end \
it on 90 days' notice, and notice was given 120 days ahead.

Courier notes:

Brevlink said it would reply within 28 days."""

PIER = """The pier has stood for 130 years. It needs repairs costing 1.8 million crowns, which the trust will help \
raise.

Courier notes:

A council spokesman said no decision had been taken."""

DISPATCH = """More than 2,000 people crossed the bridge on foot on Tuesday. The queue at the crossing stretched for 3 \
kilometres by nightfall."""


def _page(introduction: str, document: str) -> str:
    return HEAD.format(introduction=introduction, document=document)


# H1: the one who relays a document ("X posted the following statement from Y") is no owner of it: the sender the
# sentence opens with now comes before the body "from"/"by" names, so an agency, the paper itself or a person who
# forwarded it takes the body's figures
@pytest.mark.parametrize(
    ("introduction", "document", "value", "owner"),
    [
        (
            "Brevlink posted the following statement from the Hartvale Water Board on Tuesday evening. We print it as "
            "posted.",
            OUTAGE,
            14000,
            "Hartvale Water Board",
        ),
        (
            "The Courier published the following statement from the Hartvale Water Board on Tuesday evening. We print "
            "it as posted.",
            OUTAGE,
            20,
            "Hartvale Water Board",
        ),
        (
            "Reuters published the following statement from Skylo late on Tuesday. We reprint it below as issued.",
            CANCELLATIONS,
            5300,
            "Skylo",
        ),
        (
            "Berg, the union's lawyer, posted the following letter from the Hartvale Pilots Union on Monday. We "
            "reproduce it as posted.",
            PILOTS,
            1900,
            "Hartvale Pilots Union",
        ),
    ],
)
def test_a_relayed_document_stays_with_the_body_it_is_from(
    introduction: str, document: str, value: int, owner: str
) -> None:
    assert _speaker(_page(introduction, document), value) == owner


# H2: the sender is read from any sentence of the introduction, the first one winning, not from the sentence that puts
# out the document printed below
def test_a_sender_of_an_earlier_sentence_does_not_take_the_document_another_sent() -> None:
    page = _page(
        "Skylo published its winter results on Monday. The Hartvale Pilots Union sent the following letter to its "
        "members hours later. We print it in full.",
        PILOTS,
    )
    assert _speaker(page, 1900) == "Hartvale Pilots Union"
    assert _speaker(page, 420) == "Skylo"


# H3: "filed" in its court sense (filed for bankruptcy, filed a claim) names the party a case is about or the other
# side, not the sender of the document printed below; it also lets "as filed" through its own guard
@pytest.mark.parametrize(
    ("introduction", "document", "value", "owner"),
    [
        (
            "Kellmo Freight filed for bankruptcy on Friday. The administrators, Orrin Vale & Co, sent the following "
            "notice to creditors on Monday. We print it as filed.",
            CREDITORS,
            2318,
            "Orrin Vale & Co",
        ),
        (
            "Brevlink filed a claim against Hartvale District Council at the High Court last month over a cancelled "
            "fibre contract. The council's defence, which we print below as filed, was lodged on Monday.",
            DEFENCE,
            90,
            "Hartvale District Council",
        ),
    ],
)
def test_filing_a_case_is_not_sending_the_printed_document(
    introduction: str, document: str, value: int, owner: str
) -> None:
    assert _speaker(_page(introduction, document), value) == owner


# M1: SIGNED_BY takes any body named within 80 characters after "signed by", the petition's target included
def test_the_body_a_petition_asks_is_not_its_signer() -> None:
    page = _page(
        "The petition below, signed by more than 3,000 residents, asks Hartvale District Council to keep the pier "
        "open. The Hartvale Pier Trust published it on Monday. We print it in full.",
        PIER,
    )
    assert _speaker(page, 1800000) == "Hartvale Pier Trust"


# M2: "printed as filed" with a named reporter: a correspondent's dispatch is the paper's own report, not a document of
# the reporter's (its unattributed figures had no speaker before)
def test_a_correspondents_dispatch_printed_as_filed_is_no_document_of_hers() -> None:
    page = _page(
        "Ana Sorvik filed this report from the border town of Kellmo late on Tuesday. It is printed as filed.", DISPATCH
    )
    assert _speaker(page, 2000) is None
    assert _speaker(page, 3) is None
