"""
Figures that are no claims (tests/ingest_labelling.md): a time on a match's clock ("a penalty on 38 minutes", as "in
the 38th minute") is `date`; a span the article reports keeps its figure.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _values(text: str) -> list[Decimal]:
    return [m.value for m in extract(clean_text(text))]


def test_a_time_on_the_match_clock_is_no_span() -> None:
    text = (
        "Harbour Town 2 Kelso Athletic 1\n\n"
        "Harbour Town came from behind to beat Kelso Athletic at the Quayside on Saturday.\n\n"
        "Kelso went ahead through Jon Berro's header, but Mia Dent equalised with a free kick on 64 minutes and "
        "set up the winner late on.\n\n"
        "The average wait in the town's emergency department rose to 71 minutes last year, the health board said."
    )
    values = _values(text)
    assert Decimal(64) not in values
    assert Decimal(71) in values
