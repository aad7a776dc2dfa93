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


MEMOIR = """Tomas Grell, who mended the harbour clocks, has died

Tomas Grell, who kept the harbour clocks running for half a century, has died in Ostra. He was 88.

In his memoir, Salt and Brass, he wrote that his first wage was 4 krall a week. The harbour board paid him for
the work until 1990. As many as 30 clocks were still running, mostly in Ostra, it said last year.
"""


def test_a_pronoun_after_a_books_title_is_the_writer_not_the_title():
    found = speakers_by_figure(MEMOIR.replace("for\nthe work", "for the work"))
    assert found["4 krall"] == "Tomas Grell"


def test_a_pronoun_after_a_place_set_off_is_the_subject_not_the_place():
    found = speakers_by_figure(MEMOIR.replace("for\nthe work", "for the work"))
    assert found["As many as 30 clocks"] == "harbour board"
    # a name alone in a clause before the pronoun is still whom it points to
    page = MEMOIR.replace(
        "In his memoir, Salt and Brass, he wrote that his first wage was 4 krall a week.",
        "When the harbour master, Ivo Marren, retired, he said the clocks had cost 9,000 krall.",
    )
    assert speakers_by_figure(page.replace("for\nthe work", "for the work"))["9,000 krall"] == "Ivo Marren"
