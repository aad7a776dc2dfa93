"""
Mends of session 26 (brief mend26c): a transcript's speaker label before a sentence's first word makes that word
no name inside the sentence, so the plural noun opening the sentence is still what 'of them' counts.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_a_plural_noun_after_a_speaker_label_is_what_of_them_counts():
    text = "HOST: Growers say the levy does not cover their bills. Three of them have closed this year."
    assert _figures(text) == [(Decimal(3), "growers")]


def test_a_name_after_a_speaker_label_is_still_no_plural_noun():
    text = 'REPORTER: Jonas Fenn said his neighbours were angry. "Only nine of them have cars."'
    assert _figures(text) == [(Decimal(9), "neighbours")]
