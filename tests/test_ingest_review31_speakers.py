"""Review of round 31: the speakers and results-story fixes (a company's kind, adverbs, history, bodies' names)."""

from __future__ import annotations

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(clean_text(text))}


RESULTS_LEAD = (
    "Halvorn Milk Cooperative, the region's biggest dairy processor, reported a 12 per cent fall in half-year "
    "profit on Tuesday.\n\n"
)


def test_it_gives_a_results_company_a_sentence_opened_by_its_own_kind():
    text = RESULTS_LEAD + "The cooperative collected 310 million litres of milk."
    assert _speakers(text)["310 million litres"] == "Halvorn Milk Cooperative"


def test_it_does_not_give_a_results_company_a_sentence_opened_by_another_kind():
    text = RESULTS_LEAD + "The bank has lent its members 40 million crowns."
    assert _speakers(text)["40 million crowns"] is None


def test_it_gives_a_results_company_it_after_a_sentence_about_the_company():
    text = RESULTS_LEAD + "The cooperative collected 310 million litres of milk. It paid 96 million crowns to members."
    assert _speakers(text)["96 million crowns"] == "Halvorn Milk Cooperative"


def test_it_does_not_give_a_results_company_it_after_a_sentence_about_something_else():
    text = RESULTS_LEAD + "Milk prices fell in the spring. It paid 96 million crowns to members."
    assert _speakers(text)["96 million crowns"] is None
