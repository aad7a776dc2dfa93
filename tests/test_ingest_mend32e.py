"""
review32e's regressions from engine32i (tests/ingest_labelling.md, who speaks): an adverb skipped between a subject
and "said" leaves hearsay passives ("is often said to") with no speaker; a name alone set off before a pronoun
("her deputy, the economist Ada Roe, ... she said") is still whom the pronoun points to; a memoir's title after a
time phrase ("In 1998, in his memoir, Long Shifts, he wrote") names the writer, not the title.
"""

from tests.ingest_helpers import speakers_by_figure

HEARSAY = """Harbour charges under review

The port levy is often said to raise 30 million krall a year.
The bridge toll was once said to cost drivers 9 krall a trip.
Harbour fees are sometimes said to add 4% to import prices.
The old canal was always said to carry 600 barges a week.
"""


def test_a_hearsay_passive_with_an_adverb_credits_no_one():
    found = speakers_by_figure(HEARSAY)
    assert found["30 million krall"] is None
    assert found["9 krall"] is None
    assert found["4%"] is None
    assert found["600 barges"] is None
