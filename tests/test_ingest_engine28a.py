"""
Engine 28a: spans of time the labelling rules make claims (limits, estimates, statistics of time), an ordinal
"second" that is no unit of time, and counts the rules keep that the engine dropped.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_the_second_of_a_run_ranks_the_batch_and_is_no_unit_of_time():
    text = "The mill ordered 900,000 sacks in May. By June it had filled about 250,000 of the second batch."
    assert (Decimal(250000), "sacks") in _figures(text)
