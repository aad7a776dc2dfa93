"""
Mends of review 30 (tests/ingest_labelling.md, "Live blog"): a paragraph opening on a clock time is a live post that
stands alone only on a live page, a run of posts under their stamps; an ordinary story's timeline keeps its carried
speaker. A bracketed note that is a sentence of its own ("(Correction: ... 15 roads.)") is no aside of the sentence
before it.
"""

from decimal import Decimal

from ingest.extraction import extract
from ingest.sentences import split_sentences


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(text, publisher="The Halden Post") if m.value is not None}


def test_it_carries_a_speaker_through_a_news_storys_timeline_of_clock_times():
    text = (
        "Police were called to the Quay Street flats at 9pm on Friday.\n\n"
        "21:40 Officers arrived and found two men injured, a police spokeswoman said. "
        "She said 14 people were evacuated.\n\n"
        "22:15 She said 6 people were taken to hospital, and 3 flats were damaged.\n"
    )
    speakers = _speakers(text)
    assert speakers[Decimal(6)] == speakers[Decimal(3)] == "a police spokeswoman"
    live = (  # a live page, opening on its lead but with three posts under their stamps: each post stands alone
        "Police were called to the Quay Street flats at 9pm on Friday.\n\n"
        "21:40 Officers arrived and found two men injured, a police spokeswoman said.\n\n"
        "22:15 She said 14 people were evacuated.\n\n"
        "22:40 About 6 people were taken to hospital.\n"
    )
    assert _speakers(live)[Decimal(14)] is None


def test_it_reads_a_bracketed_correction_as_a_sentence_of_its_own():
    text = "The council said 12 roads were still closed. (Correction: an earlier version said 15 roads.)"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The council said 12 roads were still closed.",
        "(Correction: an earlier version said 15 roads.)",
    ]
    credited = "The council said 12 roads were still closed. (Additional reporting by Ann Roe)"
    assert [credited[a:b] for a, b in split_sentences(credited)] == [credited]  # a credit, no sentence, stays with it
