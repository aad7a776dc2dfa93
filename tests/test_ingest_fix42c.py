"""
fix42c: a rule of hyphens on a line of its own ("---") between a paper's introduction and the body's document it prints,
and between that document and the paper's "OUR NOTES", is a break between paragraphs, not the first half of a word cut
across lines: the masthead under it ("HARROW & SONS | BAKERY - CAFE") stays a line of its own, so the document's
figures are its issuer's. Near misses: a word a scrape cut at its hyphen is still joined.
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
