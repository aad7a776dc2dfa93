"""
Read-back 41 (a), mended: whether a paragraph prints another's words is read from the paragraph before it alone, not
from a copy of the page up to it; an official document's kind is one pattern, in which a bare "paper", "order" or
"penalty" names no document ("Toilet paper prices soar", "In order to help"); and whether a paragraph ending on a colon
introduces printed words is read by one function from its last sentence, for the story reader and the cleaner alike.
"""

import pytest

from ingest import documents, story
from ingest.cleaning import OFFICIAL_TITLE, _introduces_printed, introduces_printed, official_title


class _CountingText(str):
    """A page that counts the characters every slice of it copies."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        part = str.__getitem__(self, key)
        _CountingText.copied += len(part)
        return part


# -- 1: the paragraph before, not the page up to it ---------------------------------------------------------------
def test_printed_words_reads_a_bounded_text_on_a_long_page():
    paragraphs = [f"Paragraph {k} of the story counted {k} cars on the road." for k in range(3000)]
    text = _CountingText("\n\n".join(paragraphs))
    starts = [text.find(f"Paragraph {k} ") for k in range(3000)]
    _CountingText.copied = 0
    assert not any(story._printed_words(text, start + 10) for start in starts)
    # each paragraph and the one before it, a few times over; a copy of the page's prefix at each would be ~1,500 pages
    assert _CountingText.copied <= 4 * len(text)


def test_printed_words_still_reads_the_paragraph_before():
    text = "Mira Holt kept a diary.\n\nHer entry for Sunday reads:\n\n  \nWe counted 96 cars by noon."
    assert story._printed_words(text, text.index("96"))
    text = "He said it was fine.\n\nWe counted 96 cars by noon."
    assert not story._printed_words(text, text.index("96"))


# -- 2: one pattern for an official document's kind; no bare paper, order or penalty ------------------------------
def test_one_official_kind_pattern():
    assert not hasattr(documents, "OFFICIAL_KIND")
    assert documents.OFFICIAL_TITLE is OFFICIAL_TITLE


@pytest.mark.parametrize(
    "line", ["Toilet paper prices soar", "The paper says", "In order to help", "Parking penalty row", "Orders fall"]
)
def test_no_document_title_by_a_bare_word(line):
    assert official_title(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Enforcement order: Quay Street works",
        "Order of the Licensing Committee",
        "Green Paper on rural transport",
        "Consultation paper: bus fares",
        "Penalty charge notice",
        "Notice of decision: Harbour Row premises",
        "Closure order: 14 Mill Lane",
    ],
)
def test_an_official_document_title(line):
    assert official_title(line) is not None


# -- 3: one reader of a colon's introduction, from its last sentence ----------------------------------------------
def test_introduces_printed_reads_the_last_sentence():
    assert not introduces_printed("The council said the road would shut. Figures:")
    assert introduces_printed("Mira Holt kept a diary. Her entry for Sunday reads:")
    assert introduces_printed("In it she writes:")


def test_story_and_cleaner_agree_on_the_last_sentence():
    before = "The council said the road would shut. Figures:"
    text = f"{before}\n\nWe counted 96 cars by noon."
    assert not story._printed_words(text, text.index("96"))
    assert not _introduces_printed(before, "We counted 96 cars by noon.")
    before = "Mira Holt kept a diary. Her entry for Sunday reads:"
    text = f"{before}\n\nWe counted 96 cars by noon."
    assert story._printed_words(text, text.index("96"))
    assert _introduces_printed(before, "We counted 96 cars by noon.")


def test_a_paper_its_issuer_published_is_a_document_s_kind():
    # (blind82's consultation extract: "The Brevadian Communications Authority published the paper on Wednesday.")
    assert OFFICIAL_TITLE.search("The Authority published the paper on Wednesday.") is not None
    assert OFFICIAL_TITLE.search("The paper says fares will rise.") is None
