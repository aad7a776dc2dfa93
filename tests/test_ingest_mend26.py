"""
Mends of round 46 (session 26's review, /work/notes/review26_findings.md): patterns of that round that fired on
ordinary news they were not meant for, and two routes to one body made one.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_an_adjective_opening_a_sentence_takes_up_no_thing_a_body_reported():
    # "The new stadium" is no "new fund" taken up by its noun, "The third park" no "a third of its parks"
    text = "The council said it had set up a new fund of 2 million for repairs. The new stadium will hold 30,000 fans."
    assert _figures(text)[-1] == (Decimal(30000), "fans", None)
    text = "The council said a third of its 90 parks would close. The third park on the list has 40 trees."
    assert _figures(text)[-1] == (Decimal(40), "trees", None)
