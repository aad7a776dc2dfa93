"""
Round 44: a page that prints one party's own document whole, under an introduction that names that party only as the
one that put it out. A name no list knows, however short, that opens its sentence as the sender ("Brevlink published
the following notice", "Tallowby, the holiday booking site, updated its price guide", "Orrin Vale & Co, the
liquidators of Pendry Foods, filed the notice below") owns the document, before the body its kind or its subject names;
a notice "printed as filed" is its filer's. A pronoun is no sender, a report a reporter filed has no owner, and a
document the introduction says someone signs stays its signer's.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speaker(raw: str, value: int | str) -> str | None:
    """The speaker of the figure ``value`` on the page ``raw``, cleaned and read as an import reads it."""
    found = [m for m in extract(clean_text(raw)) if m.value == Decimal(str(value))]
    assert found, f"no figure {value}"
    return found[0].speaker


HEAD = """THE KESTON POST
News | Business | Opinion

{title}

By Ilse Marrow
Tuesday 9 March 2027, 07:00

{introduction}

{document}

{notes}
"""

GUIDE = """TALLOWBY HOLIDAY PRICE GUIDE 2027
Plan your break, not your overdraft.

THE AVERAGE TALLOWBY BOOKING IN 2026
Nights booked: 412
Families booked their cottage an average of 11 months ahead."""

NOTICE = """NOTICE TO CUSTOMERS

About 52,000 customers lost their service for part of Monday night. We have restored every line and we will \
credit each account with 6 crowns."""

CREDITORS = """NOTICE OF A MEETING OF CREDITORS

Notice is given that a meeting of the company's creditors will be held on Monday 22 March 2027. Claims of less than \
700 crowns will be admitted for voting without further evidence."""

PROGRESS = """Since our appointment we have identified 2,318 unpaid orders. We estimate total liabilities at 4.6 \
million crowns."""

NOTES = """Our notes

The regulator said it had received 91 complaints, a spokesman told the Post."""


def _page(introduction: str, document: str, notes: str = NOTES) -> str:
    return HEAD.format(title="What the document says", introduction=introduction, document=document, notes=notes)


@pytest.mark.parametrize(
    ("introduction", "document", "value", "owner"),
    [
        (
            "Tallowby, the holiday booking site, updated its price guide on Monday with last year's bookings. Its main "
            "page is printed below as published, followed by our notes.",
            GUIDE,
            11,
            "Tallowby",
        ),
        (
            "Brevlink published the following notice on its status page late on Monday. It is reprinted below as "
            "issued.",
            NOTICE,
            52000,
            "Brevlink",
        ),
        (
            "Orrin Vale & Co, the liquidators of Pendry Foods, filed the notice below on Friday. We print it as filed.",
            CREDITORS,
            700,
            "Orrin Vale & Co",
        ),
        (
            "Orrin Vale & Co sent its first progress report on Pendry Foods Group to creditors on Friday. We print the "
            "main sections as published, followed by our notes.",
            PROGRESS,
            2318,
            "Orrin Vale & Co",
        ),
    ],
)
def test_it_gives_a_printed_document_to_the_one_the_introduction_says_put_it_out(
    introduction: str, document: str, value: int, owner: str
) -> None:
    page = _page(introduction, document)
    assert _speaker(page, value) == owner
    # the paper's notes after the document keep their own sources
    assert _speaker(page, 91) != owner


@pytest.mark.parametrize(
    ("introduction", "document", "value", "owner"),
    [
        # a pronoun opening the sentence is no sender's name
        ("It published the following notice on its status page late on Monday. We print it as issued.", NOTICE, 52000,
         None),
        # a reporter files copy too: a report "printed as filed" by an unnamed pool reporter has no owner
        (
            "The Post is a member of the Harbour Chamber press pool. This report was filed by the pool reporter and "
            "shared with all members; it is printed as filed.",
            PROGRESS,
            2318,
            None,
        ),
        # the one the introduction says signs the document keeps it, not the body that published it
        (
            "The Marlow Museum published the summary below on Thursday. It is signed by the museum's head of "
            "collections, Ada Ferrin.",
            PROGRESS,
            2318,
            "Ada Ferrin",
        ),
    ],
)  # fmt: skip
def test_it_keeps_documents_whose_introduction_names_no_sender_as_they_were(
    introduction: str, document: str, value: int, owner: str | None
) -> None:
    assert _speaker(_page(introduction, document), value) == owner
