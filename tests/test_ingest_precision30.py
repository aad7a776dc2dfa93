"""Round 30: suggestions that are no claims: the page's notes to readers, running times, identifiers, ages."""

from __future__ import annotations

from ingest.extraction import clean_text, extract

BODY = (
    "The council said it had taken 23 landlords to court this year, against nine in the whole of the year before.\n\n"
)


def _figures(text: str) -> list[str]:
    return [m.figure for m in extract(clean_text(text))]


def test_a_note_on_how_long_comments_stay_open_is_the_pages():
    assert _figures(BODY + "Comments are open for 5 days.\n") == ["23 landlords", "nine"]


def test_a_letters_pages_word_limit_is_the_pages():
    text = BODY + "The Gazette welcomes letters of up to 300 words. We cannot reply to every one.\n"
    assert "up to 300 words" not in _figures(text)
    text = BODY + "Write to us: Letters, The Gazette, 4 Mill Lane. Letters may be edited. Keep them under 300 words.\n"
    assert "under 300 words" not in _figures(text)


def test_an_events_price_listing_after_the_body_is_the_pages():
    text = BODY + "Tickets from 15 marks; children 5 marks. Box office 0123 456 789.\n"
    assert _figures(text) == ["23 landlords", "nine"]


def test_a_running_time_in_abbreviated_units_is_no_claim():
    text = BODY + "Watch the whole hearing on the court's website (runs 3 hrs 20 mins).\n"
    assert _figures(text) == ["23 landlords", "nine"]
