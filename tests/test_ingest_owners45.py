"""
Round 45: whose figures a printed document's are. A page that says it prints a document ("We print it below as
issued, with our notes") keeps the masthead in capitals over the document's labelled figures though the page writes
the body's name nowhere else, and the figures under it are that body's up to the paper's notes; a person who signs a
notice in a body's voice ("We will review ...", over "Issued by Ada Roe, Chief Executive") signs for the body the
notice's head names. A person's own letter ("I have ...") stays its signer's, a masthead over figures on a page that
prints no document is no one's, and the paper's notes and the people they quote stay their own.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speaker(raw: str, value: int | str) -> str | None:
    """The speaker of the figure ``value`` on the page ``raw``, cleaned and read as an import reads it."""
    found = [m for m in extract(clean_text(raw)) if m.value == Decimal(str(value))]
    assert found, f"no figure {value}"
    return found[0].speaker


HEAD = """THE BRANWICK GAZETTE | News | Money | Opinion
Sign in | Subscribe

Money > Documents

{title}
{standfirst}

By Petra Lunde
Thursday 11 March 2027, 08:15

{introduction}

{document}

OUR NOTES

{notes}
"""

SCHEDULE = """ORRELL FENWICK VALUERS
Schedule of dilapidations, Revision B
Prepared for Branwick Town Council by Ada Pirrie, chartered surveyor

- Replace the boiler room door: 4,200
- Repoint the rear wall, 86 square metres: 12,900
Total estimate: 17,100"""

STATEMENT = """TORVALE COACHES
Monthly punctuality statement
Route: 7 | Depot: Hollin Road

Buses cancelled: 41
Passengers carried: 18,250"""

NOTICE = """HARLAND WATER PLC

Harland Water gives notice that the use of a sprinkler is banned from Monday.

Anyone who breaks the ban may be fined up to 600 crowns.

We will review the ban every 21 days.

Issued by Mirela Voss, Chief Executive, 9 March 2027."""

PARTICULARS = """FOR SALE BY PRIVATE TREATY
Holme Farm, near Weddon
About 31.5 hectares

The farm has 22.4 hectares of pasture, let at 3,100 crowns a year."""

LABELS = """SILVER GILT TANKARD
Branwick, 1688
Bought with a grant of 14,500 crowns from the town's trust.

BRASS LONGCASE CLOCK
Made in Weddon, about 1740
One of only 6 clocks by its maker known to survive."""

LETTER = """HARLAND RESIDENTS FORUM

I have lived on Quarry Lane for 37 years and have never seen the river so low.

I counted 19 dead fish on Sunday alone.

Signed: Mirela Voss, Quarry Lane"""

NOTES = """The valuers' total is higher than the 9,000 the council set aside, a council spokesman said.

"We were told it would be under 10,000 crowns," said Ivo Brandt, who chairs the tenants' group."""


def _page(standfirst: str, document: str, notes: str = NOTES) -> str:
    """A page whose head or, for a notice, whose first paragraph under the byline says what it prints."""
    head, introduction = ("", standfirst) if document == NOTICE else (standfirst, "")
    return HEAD.format(
        title="The document in full", standfirst=head, introduction=introduction, document=document, notes=notes
    )


ISSUED = "Harland Water published its notice on Tuesday. We print it below as issued."
PRINTS = "The firm sent its figures to the council last week. We print them below as issued, with our notes."
REPORTS = "The firm sent its figures to the council last week, and the council has yet to reply."


@pytest.mark.parametrize(
    ("standfirst", "document", "value", "owner"),
    [
        (PRINTS, SCHEDULE, 12900, "Orrell Fenwick Valuers"),
        (PRINTS, SCHEDULE, 86, "Orrell Fenwick Valuers"),
        ("We have reproduced the statement, with our notes.", STATEMENT, 18250, "Torvale Coaches"),
        ("We print the statement as the company sent it.", STATEMENT, 41, "Torvale Coaches"),
        (
            "The company sent the statement to its drivers on Monday. Our notes follow.",
            STATEMENT,
            41,
            "Torvale Coaches",
        ),
        (ISSUED, NOTICE, 600, "Harland Water"),
        (ISSUED, NOTICE, 21, "Harland Water"),
    ],
)
def test_it_gives_a_printed_documents_figures_to_the_body_its_head_names(
    standfirst: str, document: str, value: int, owner: str
) -> None:
    assert _speaker(_page(standfirst, document), value) == owner


@pytest.mark.parametrize(
    ("standfirst", "document", "value", "owner"),
    [
        # a masthead over figures on a page that says it prints no document: the base's reading, no one's
        (REPORTS, SCHEDULE, 12900, None),
        (REPORTS, STATEMENT, 18250, None),
        # a heading that reads as a phrase, no name, is no one's issuer though the page prints the document
        (PRINTS, PARTICULARS, 3100, None),
        # nor the first of a run of items each under its own heading in capitals (a museum's labels)
        ("We print two of the museum's labels as they appear in the gallery.", LABELS, 6, None),
        # the paper's notes after the document, and the people they quote, are their own
        (PRINTS, SCHEDULE, 9000, "council spokesman"),
        (PRINTS, SCHEDULE, 10000, "Ivo Brandt"),
        (ISSUED, NOTICE, 9000, "council spokesman"),
    ],
)
def test_it_leaves_the_near_misses_to_their_own_speakers(
    standfirst: str, document: str, value: int, owner: str | None
) -> None:
    speaker = _speaker(_page(standfirst, document), value)
    assert speaker == owner or (owner is not None and speaker is not None and owner in speaker)


def test_it_leaves_a_persons_own_signed_letter_to_no_body() -> None:
    # a letter in the first person singular under a body's name is no body's notice, whoever else it may be given to
    page = _page("A reader sent us this letter. We print it below as written.", LETTER)
    assert _speaker(page, 19) != "Harland Residents Forum"
