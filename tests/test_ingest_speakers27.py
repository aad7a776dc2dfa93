"""Round 27: speaker attribution."""

from __future__ import annotations

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(clean_text(text))}


def test_a_bare_common_noun_opening_the_sentence_is_no_body_a_report_speaks_for():
    text = (
        "The Harlow Museum published its annual report on Monday. Council grants fell by 14 per cent, the report shows."
    )
    assert _speakers(text)["14 per cent"] in ("Harlow Museum", "The Harlow Museum")
