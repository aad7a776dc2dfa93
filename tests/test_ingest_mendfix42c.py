"""
fix42c review: what its HIGH findings should give (they failed at 957b27b7, before this mend).
ISSUER_FIELD takes any "From: ..." line under a capitals line as a document's issuer, so a news brief's byline
("From: Our Correspondent", "From: Staff Reporter") or an email printed in a story ("From: Jo Pike") owns the paper's
own figures after it. And _continues no longer joins a line cut after a digit's hyphen ("the 2-" / "hour ticket"),
so the sentence loses its speaker.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

HEAD = "THE HARLOW GAZETTE | gazette.hl\nNews  Business  Sport\n\n"


def _speaker_of(page: str, value: str) -> str | None:
    speakers = [m.speaker for m in extract(clean_text(page)) if m.value == Decimal(value)]
    assert speakers, f"{value} not extracted"
    return speakers[0]


def _brief(byline: str) -> str:
    return (
        HEAD + "Local news\nBy Ada Pike\nMonday 7 May 2029, 08:15\n\n"
        "News in brief from around the town.\n\n"
        f"BRIDGE REOPENS\n{byline}\nMonday 7 May 2029\n"
        "The Mill Lane bridge reopened after repairs costing £1.2m.\n"
        "About 9,000 cars a day cross it.\n"
    )


@pytest.mark.parametrize("byline", ["From: Staff Reporter", "From: Our Correspondent"])
@pytest.mark.parametrize("value", ["1200000", "9000"])
def test_brief_byline_from_is_no_issuer(byline: str, value: str) -> None:
    assert _speaker_of(_brief(byline), value) not in {"Staff Reporter", "Our Correspondent"}


def test_email_from_line_does_not_own_papers_prose_after_it() -> None:
    page = (
        HEAD + "The emails that sank the mayor\nBy Ada Pike, Political Editor\nMonday 7 May 2029, 08:15\n\n"
        "The Gazette has seen the emails. One is printed below.\n\n"
        "CONSULTANCY FEES\nFrom: Jo Pike | Sent: 3 May 2029\n"
        "Dear Sam, the invoice came to £2.3m in the end.\n\n"
        "The mayor's office paid 14 consultants in 2029, the Gazette found.\n"
        "The total bill of £4.1m was twice the budget.\n"
    )
    assert _speaker_of(page, "4100000") != "Jo Pike"


def test_word_split_after_digit_hyphen_keeps_speaker() -> None:
    page = (
        HEAD + "Fares\nBy Ada Pike\n"
        "Northline said fares for the A-\nroad bus and the 2-\nhour ticket would rise 5 per cent next year.\n"
    )
    assert _speaker_of(page, "5") == "Northline"
