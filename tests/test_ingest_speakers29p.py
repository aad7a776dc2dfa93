"""Round 29p: a speaker named, but the wrong one."""

from __future__ import annotations

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(clean_text(text))}


def test_a_place_before_a_closing_the_company_said_is_no_company_in_apposition():
    text = (
        "Corvane Foods said on Monday it would hire 400 staff at a new plant. Corvane Foods said the plant would "
        "cost 60 million crowns.\n\nAbout half of the new jobs will go to Tessling, the company said.\n"
    )
    assert _speakers(text)["About half"] == "Corvane Foods"
