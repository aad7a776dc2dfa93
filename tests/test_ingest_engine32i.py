"""
Obituaries and tributes (tests/ingest_labelling.md, who speaks in each form of page): what the subject is quoted as
saying is the subject's, however the page tells it ("He once said", "she always said", "he often claimed").
"""

from tests.ingest_helpers import speakers_by_figure

OBITUARY = """Orla Penrick, who ran the Tallow Fair for 30 years, has died

Orla Penrick, who ran the Tallow Fair for three decades, has died at her home in Wendle. She was 91.

She was born above a saddler's shop and left school at 15. She once said she had sold 400 tickets in a single
morning. Penrick always said the first fair drew 900 people. She often claimed to eat 20 pies a day at fair
time. The fair committee once said the field held 5,000 cars.
"""


def _one_line(page: str) -> str:
    return page.replace("single\nmorning", "single morning").replace("fair\ntime", "fair time")


def test_an_adverb_between_the_subject_and_said_keeps_the_subject_the_speaker():
    found = speakers_by_figure(_one_line(OBITUARY))
    assert found["400 tickets"] == "Orla Penrick"
    assert found["900 people"] == "Orla Penrick"
    assert found["20 pies"] == "Orla Penrick"
    assert found["5,000 cars"] == "fair committee"
