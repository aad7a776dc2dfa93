"""
fix42a: a document a news page prints as its issuer published it, under an introduction whose sentence opens on the
issuer as the subject of the verb that published it ("Penrose & Vail published the list below ... We print it as
issued"): the issuer is any name, "&" and all, though no list of bodies knows it, and the document's figures are its.
Near misses keep the paper's reading: the name only inside a clause, or no line saying the page prints the document.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speaker_of(page: str, value: str) -> str | None:
    speakers = [m.speaker for m in extract(clean_text(page)) if m.value == Decimal(value)]
    assert speakers, f"{value} not extracted"
    return speakers[0]


def _page(introduction: str) -> str:
    return (
        "THE HARLOW GAZETTE | gazette.hl\nNews  Business  Sport\n\n"
        "Business > Shops\n\nThe full list of stores that will close\n\nBy Ada Pike, Retail Correspondent\n"
        "Monday 7 May 2029, 08:15\n\n"
        f"{introduction}\n\n"
        "We will close 37 of our 95 stores this summer, and 1,240 colleagues work in the stores that will close.\n\n"
        "Gift cards can be used in any store until the store's closing date, and online until the end of the year.\n\n"
        "The union said the real number of jobs lost was nearer 1,500.\n"
    )


POSITIVES = [
    ("Tarrow & Finch published the list below on its website on Sunday. We print it as issued.", "Tarrow & Finch"),
    (
        "Colby and Marsh has published the list below on its website. We reproduce it here as issued.",
        "Colby and Marsh",
    ),
    ("Hollin & Dace issued the statement below on Sunday evening. We print it in full.", "Hollin & Dace"),
]

NEGATIVES = [
    # the name only inside a clause, not the subject that published it
    "The list, which Tarrow & Finch put on its website on Sunday, is printed here as issued.",
    # the company published it, but the page does not say it prints it
    "Tarrow & Finch published a list of closing stores on Sunday, and staff learned of it online.",
    # a pronoun for the subject names no one
    "It published the list below on its website on Sunday. We print it as issued.",
]


@pytest.mark.parametrize(("introduction", "issuer"), POSITIVES)
def test_issuer_subject_owns_printed_document(introduction: str, issuer: str) -> None:
    assert _speaker_of(_page(introduction), "1240") == issuer


@pytest.mark.parametrize("introduction", NEGATIVES)
def test_no_issuer_subject_no_owner(introduction: str) -> None:
    assert _speaker_of(_page(introduction), "1240") not in {"Tarrow & Finch", "Tarrow", "It"}
