"""
fix42c: a rule of hyphens on a line of its own ("---") between a paper's introduction and the body's document it prints,
and between that document and the paper's "OUR NOTES", is a break between paragraphs, not the first half of a word cut
across lines: the masthead under it ("HARROW & SONS | BAKERY - CAFE") stays a line of its own, so the document's
figures are its issuer's. Near misses: a word a scrape cut at its hyphen is still joined.
And a printed document's title that names no body ("WAREHOUSE SAFETY AUDIT - SUMMARY REPORT") over the field that
names its issuer ("Auditor: Corrant Safety Ltd | Report no. ..."): kept, and the document is the issuer's up to the
paper's "[Our notes]". Near misses: no issuer field, or a field naming who the document is for.
"""

from decimal import Decimal

import pytest

from ingest.cleaning import _repair_split_words
from ingest.extraction import clean_text, extract


def _speaker_of(page: str, value: str) -> str | None:
    speakers = [m.speaker for m in extract(clean_text(page)) if m.value == Decimal(value)]
    assert speakers, f"{value} not extracted"
    return speakers[0]


def _page(rule: str, masthead: str) -> str:
    return (
        "THE HARLOW GAZETTE | gazette.hl\nNews  Business  Sport\n\n"
        "The bakery that raised its prices. Here is the new list\n"
        "Tilda Harrow has raised prices at Harrow & Sons for the first time in two years. This is the price list now "
        "on the shop window, with our notes.\n\n"
        "Monday 7 May 2029, 08:15 | By Ada Pike\n\n"
        f"{rule}\n{masthead}\n12 Mill Lane, Harlow | Open Mon-Sat 7-5\n\n"
        "NEW PRICES FROM 1 JUNE 2029 (old price in brackets)\n\n"
        "Bread\nSourdough loaf: £4.70 (£4.30)\nRye loaf: £5.20 (£4.80)\nAll prices in pence.\n"
        f"{rule}\n\nOUR NOTES\n\n"
        "The rise. A sourdough loaf goes up by 4 pence, by our calculation.\n\n"
        "The flour. Harrow says the price of flour has gone up since the harvest failed, and she kept her staff.\n\n"
        "The rent. The shop's landlord raised its rent in March, Harrow told the Gazette.\n"
    )


POSITIVES = [
    ("---", "HARROW & SONS | BAKERY - CAFE"),
    ("-----", "HARROW & SONS | BAKERY - CAFE"),
    ("---", "HARROW & SONS"),
]


@pytest.mark.parametrize(("rule", "masthead"), POSITIVES)
def test_masthead_under_rule_owns_document(rule: str, masthead: str) -> None:
    assert _speaker_of(_page(rule, masthead), "4.70") == "Harrow & Sons"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["The army will deploy-", "ment troops."], ["The army will deployment troops."]),
        (["a well-", "known baker"], ["a wellknown baker"]),
        (["---", "HARROW & SONS"], ["---", "HARROW & SONS"]),
        (["Prices ---", "Bread"], ["Prices ---", "Bread"]),
    ],
)
def test_rule_is_no_split_word(lines: list[str], joined: list[str]) -> None:
    assert _repair_split_words(lines) == joined


@pytest.mark.parametrize(("rule", "masthead"), POSITIVES)
def test_paper_notes_after_rule_stay_the_papers(rule: str, masthead: str) -> None:
    assert _speaker_of(_page(rule, masthead), "4") != "Harrow & Sons"


def _audit(field: str, notes: str = "[Our notes]") -> str:
    return (
        "THE HARLOW GAZETTE | gazette.hl\nNews  Business  Sport\n\n"
        "The warehouse audit: what the inspectors found\n"
        "We print the summary page of the safety audit of a warehouse that packs parcels for Dunmore\n\n"
        "By Ada Pike, Business Correspondent\nMonday 7 May 2029, 08:15\n\n"
        "Dunmore, the parcel firm, has published the summary of an audit of its Harlow warehouse after this paper "
        "asked for it. The summary is below, with our notes in brackets.\n\n"
        "WAREHOUSE SAFETY AUDIT - SUMMARY REPORT\n"
        f"{field}\n"
        "Audit type: announced | Dates: 2-3 May 2029\n\n"
        "KEY FINDINGS\n"
        "1. Exits. Three of the nine fire exits were blocked by pallets during the audit. All were cleared the same "
        "day.\n"
        "2. Hours. Records show 140 workers worked more than 55 hours in at least one week.\n\n"
        f"{notes}\n"
        "(a) The warehouse employs about 900 people, the company told us.\n"
        "(b) The union said it had raised the blocked exits with managers in March.\n"
    )


@pytest.mark.parametrize(
    ("field", "issuer"),
    [
        ("Auditor: Corrant Safety Ltd | Report no. CS-2029-0411", "Corrant Safety"),
        ("Issued by: Corrant Safety Ltd | Report no. CS-2029-0411", "Corrant Safety"),
        ("Auditor: Corrant Safety Ltd", "Corrant Safety"),
    ],
)
def test_issuer_field_owns_printed_document(field: str, issuer: str) -> None:
    assert _speaker_of(_audit(field), "9") == issuer


@pytest.mark.parametrize(
    "field",
    [
        # no field names an issuer: the title alone is no one's
        "Report no. CS-2029-0411",
        # a field that names who the document is for, not who issued it
        "Prepared for: Dunmore Parcels | Report no. CS-2029-0411",
    ],
)
def test_no_issuer_field_no_owner(field: str) -> None:
    assert _speaker_of(_audit(field), "9") not in {"Corrant Safety", "WAREHOUSE SAFETY AUDIT"}


def test_paper_notes_after_issuer_document_stay_the_papers() -> None:
    assert _speaker_of(_audit("Auditor: Corrant Safety Ltd | Report no. CS-2029-0411"), "900") != "Corrant Safety"
