"""Round 29: how the speakers found are named (the whole, clean name an editor accepts as an actor)."""

from __future__ import annotations

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(clean_text(text))}


def test_an_adverb_before_the_verb_is_no_word_of_the_body_it_follows():
    # "firm now" was the speaker of the sentences after "The firm now operates ..."
    text = (
        "Brellow Freight, the haulage firm based in Tarrin, bought 30 new lorries this year, the company said. "
        "The firm now runs 410 lorries. It raised its forecast for profit to 12 million marks from 9 million."
    )
    assert _speakers(text)["12 million marks from 9 million"] == "Brellow Freight"
