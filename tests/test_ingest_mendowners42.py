"""
Review of owners42 (merge fa91811b): what its HIGH findings should give. Each test fails at the merge.

1. A credit naming a photographer, agency or panel inside the page's last three lines ("Photo (c) Tom Hale 2027.")
   is now read as the page's copyright holder (cleaning.copyright_holders, FOOTER_MARK), so a body's own site or
   release is taken for "a page another owns" and loses the speaker it had.
2. The same credited name becomes an "outlet name" (_outlet_names -> _own_lines), so a Q&A answer labelled with it
   ("Ada Roe: ...") is dropped as the outlet's offer.
3. A magazine's or trade paper's page signed in a form HEAD_BYLINE does not list ("Posted by", "Written by",
   "Reviewed by", "Jo Pike | 3 May 2028") counts as unbylined, and its brand now owns figures it reports.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speaker(text: str, value: str) -> str | None:
    found = next((m for m in extract(clean_text(text)) if m.value == Decimal(value)), None)
    assert found is not None, f"no mention of {value}"
    return found.speaker


COUNCIL_PHOTO = """Harlow District Council | Bins | Council tax | Planning

Home > News > Parks

New play areas open in three parks

We have opened new play areas in Ashby Park, Mill Field and the Green this week.

The work cost 420,000 pounds and was paid for from our parks budget, and we expect 15,000 visits a month.

Councillor Jean Royle said: "Families asked us for this and we listened."

Photo (c) Tom Hale 2027.
"""

TRUST_SITE_PHOTO = """Carrow Rivers Trust | About | News | Volunteer

Home > News

Otters return to the Carrow

We have seen otters on 14 stretches of the river this year. The survey cost us 22,000 pounds.

Otter picture (c) Kit Bray 2028.
"""

RELEASE_PHOTO = """Lowfield Trust

Press release

Lowfield Trust opens new hospice wing

The Lowfield Trust today opened a new 12-bed wing at its hospice in Carrow, at a cost of 3.2 million pounds.

The trust cares for 1,400 patients a year.

Ends

Image (c) Lowfield Photo Studio 2027.
"""

RELEASE_AGENCY = """Carrow Rivers Trust

News release

Otters return to the Carrow

Otters have been seen on 14 stretches of the river this year, up from 3 in 2020.

The survey cost 22,000 pounds.

Ends

Otter picture (c) Kit Bray 2028.
"""


@pytest.mark.parametrize(
    ("page", "value", "speaker"),
    [
        (COUNCIL_PHOTO, "420000", "Harlow District Council"),
        (COUNCIL_PHOTO, "15000", "Harlow District Council"),
        (TRUST_SITE_PHOTO, "22000", "Carrow Rivers Trust"),
        (RELEASE_PHOTO, "3200000", "Lowfield Trust"),
        (RELEASE_PHOTO, "1400", "Lowfield Trust"),
        (RELEASE_AGENCY, "14", "Carrow Rivers Trust"),
        (RELEASE_AGENCY, "22000", "Carrow Rivers Trust"),
    ],
)
def test_a_credit_in_the_foot_is_no_owner_of_the_page(page: str, value: str, speaker: str) -> None:
    assert _speaker(page, value) == speaker


QA_PORTRAIT = """The Harwick Ledger | News | Sport | Business

Home > Interviews

Ten minutes with the mill's last manager

By Sam Orrin

Ada Roe ran the Carrow mill for 11 years.

Sam Orrin: How many people worked there?

Ada Roe: At its peak we employed 640 people, and we made 40,000 tonnes a year.

Portrait (c) Ada Roe 2028.
"""


def test_a_portrait_credit_does_not_drop_its_subjects_answers() -> None:
    values = {m.value for m in extract(clean_text(QA_PORTRAIT))}
    assert Decimal(640) in values
    assert Decimal(40000) in values


def _magazine(byline: str, brand: str = "Pellmark", footer: str = "Follow us | (c) 2028 Pellmark.") -> str:
    return (
        f"{brand}   Culture | Money | Life | Subscribe\n\nHome > Money\n\nWhy we stopped renting\n\n{byline}\n\n"
        "We bought our first flat last spring. Average deposits in the city reached 52,000 pounds last year.\n\n"
        "Mortgage rates fell to 4.1 percent in March, and we took the chance.\n\n"
        f"{footer}\n"
    )


@pytest.mark.parametrize(
    "byline",
    [
        "Written by Anna Reel",
        "Reviewed by Ann Roe",
        "Posted by Jo Pike",
        "Posted by Jo Pike on 3 May 2028",
        "Jo Pike | 3 May 2028",
    ],
)
def test_a_signed_magazine_page_does_not_give_its_reported_figures_to_its_brand(byline: str) -> None:
    page = _magazine(byline)
    assert _speaker(page, "52000") != "Pellmark"
    assert _speaker(page, "4.1") != "Pellmark"


def test_a_trade_papers_signed_page_does_not_give_its_figures_to_the_paper() -> None:
    page = _magazine(
        "Jo Pike | 3 May 2028", brand="Freightline", footer="Freightline, 4 Dock Rd. (c) 2028 Freightline."
    )
    assert _speaker(page, "52000") != "Freightline"


# The review's MEDIUM findings: a mark in the page's last lines that is no footer's only confirms a masthead, never
# says another owns the page nor makes a masthead of its own (cleaning.footer_marks).
COUNCIL_LIST = """Harlow District Council | Bins | Council tax | Planning

Home > Consultations

Have your say on parking

We are consulting on parking in the town centre. The work will cost 80,000 pounds.

The options come from (a) residents, (b) traders and (c) 2028 Review Panel.
"""

PERSONAL_BLOG = """Notes from the allotment

Kit Bray

We grew 40 kilos of potatoes this year. Seed potatoes now cost 12 percent more than last year.

Words and pictures (c) Kit Bray 2028.
"""


def test_a_lists_third_item_is_no_holder() -> None:
    assert _speaker(COUNCIL_LIST, "80000") == "Harlow District Council"


def test_a_writers_credit_makes_no_masthead() -> None:
    assert clean_text(PERSONAL_BLOG).masthead is None
    assert _speaker(PERSONAL_BLOG, "40") is None
    assert _speaker(PERSONAL_BLOG, "12") is None
