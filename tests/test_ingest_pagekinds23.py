"""Kinds of page whose figures belong to a body without a reporting verb: a results story's company."""

from ingest.extraction import clean_text, extract


def _speakers(raw: str) -> dict[str, str | None]:
    text = clean_text(raw)
    return {m.figure: m.speaker for m in extract(text)}


RESULTS = """Morrack, the country's biggest freight operator, reported a 9 per cent rise in half-year profit.

Operating profit rose to 410 million lanes, the company said. Turnover was little changed at 3.2 billion lanes.

Morrack had 5,600 lorries on the road at the end of June. Morrack will pay an interim dividend of 1.10 lanes a share.

Shares in Morrack rose 3 per cent to 88 lanes. Analysts had expected profit of about 400 million lanes.
"""


def test_a_results_storys_unreported_results_are_the_companys():
    speakers = _speakers(RESULTS)
    assert speakers["3.2 billion lanes"] == "Morrack"
    assert speakers["5,600 lorries"] == "Morrack"
    assert speakers["1.10 lanes"] == "Morrack"


def test_a_results_storys_share_price_is_not_the_companys():
    speakers = _speakers(RESULTS)
    assert speakers["88 lanes"] is None
    assert speakers["3.2 billion lanes"] == "Morrack"


def test_a_results_storys_headcount_is_background_with_no_speaker():
    # tests/ingest_labelling.md: a body's own background ("The company employs 1,900 people") has no speaker
    speakers = _speakers(RESULTS + "\nMorrack employs about 9,000 people.\n")
    assert speakers["about 9,000 people"] is None
    assert speakers["5,600 lorries"] == "Morrack"
