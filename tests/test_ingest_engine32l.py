"""
Documents as speakers (tests/ingest_labelling.md): a body's figures that its "figures", "data" or "accounts show"
are that body's, named by the body whose document it is, never by the document.
"""

from decimal import Decimal

from ingest.extraction import Mention, extract

OUTLET = "The Orrin Valley Times"


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def test_a_time_phrase_between_the_figures_and_their_verb_leaves_the_figures_speaking():
    text = (
        "Burglaries up\n\n"
        "Police figures out this week show burglaries rose to 4,120 last year.\n\n"
        "Car thefts fell to 880, police figures released this week show."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "4120").speaker.lower() == "police"
    assert _said(found, "880").speaker.lower() == "police"
