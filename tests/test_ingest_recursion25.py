"""A page's furniture that names the paper's own data opening a sentence once sent the speaker finder round in a
circle (naming the phrase asked for the sentence's opening body, which is that phrase) until Python gave up: the
whole import failed. Written from the shape of the line that did it, on a page of its own."""

from ingest.extraction import extract

PAGE = """NORTHMOOR MORNING POST
Home | News | Business | Opinion

Second homes rise again
Council count shows holiday lets rising fastest

By Cara Bell, Data Reporter
Wednesday 4 March 2026, 05:10

The county has 4,210 second homes, up from 3,880 last year, the statistics office said on Monday.

Morning Post Data is free to read. Support it from 2.50 marrets a week.
"""


def test_a_papers_own_data_opening_a_sentence_is_read_without_going_round_in_circles():
    mentions = extract(PAGE)
    assert "4,210 second homes" in {m.figure for m in mentions}
    assert not any(m.speaker == "Morning Post Data" for m in mentions)
