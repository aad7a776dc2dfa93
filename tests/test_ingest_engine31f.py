"""
A statistics release's figures go on in its paragraph with no reporting verb of their own: the release's publisher's
(tests/ingest_labelling.md, "Carrying on a report", "Statistics release"), not the reporter's background.
"""

from ingest.extraction import clean_text, extract

HEAD = """THE NARVEL COURIER
News | Transport

Road deaths fall again, safety figures show

By Jo Marr
Tuesday 3 March 2026

"""
HEAD += (
    "Recorded road crashes in Narvel fell by 4 per cent in the year to March, to 9,312, according to the annual "
    "figures published on Monday by the Transport Safety Office (TSO).\n\n"
)


def _speakers(body: str) -> dict[str, str | None]:
    """Each figure found in ``body``, by its value, with whose it is."""
    found = extract(clean_text(HEAD + body))
    return {f"{m.value.normalize():f}": m.speaker for m in found if m.value is not None}


BROKEN_DOWN = (
    "Serious injuries fell to 2,140 from 2,390.\n\n"
    "Rural roads fared worst. Deaths on rural roads fell by 9 per cent, against 4 per cent in towns. "
)


def test_it_gives_the_release_a_part_of_the_whole_it_counted_in_its_paragraph():
    body = BROKEN_DOWN + "Three of the county's trauma units treated fewer than 200 patients each during the year.\n"
    speakers = _speakers(body)
    assert (speakers["3"], speakers["200"]) == ("Transport Safety Office", "Transport Safety Office")


def test_it_gives_the_release_a_count_told_in_the_past_in_its_paragraph():
    body = BROKEN_DOWN + "Eleven of the county's 40 speed cameras recorded no offences at all.\n"
    assert _speakers(body)["11"] == "Transport Safety Office"
