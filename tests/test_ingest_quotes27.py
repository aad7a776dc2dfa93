"""Round 27: a figure said in a quotation of several sentences is quoted with the whole quotation."""

from __future__ import annotations

from ingest.extraction import clean_text, extract

TEXT = (
    "Volunteers spent the weekend on the shore at Carrow Sands.\n\n"
    '"We counted 63 whales on one beach alone. By Sunday night volunteers had refloated 21 of them," '
    "said Ilse Marrow, who leads the rescue group.\n\n"
    "The coastguard said 9 more were seen offshore."
)


def test_a_figure_in_a_quotation_of_two_sentences_is_quoted_with_the_whole_of_it_and_who_said_it():
    text = clean_text(TEXT)
    found = {m.figure: m for m in extract(text)}
    refloated = found["21"]
    assert refloated.quote.startswith('"We counted 63 whales')
    assert refloated.quote.endswith("who leads the rescue group.")
    assert text[refloated.start : refloated.end] == refloated.quote  # still anchored in the text
    assert refloated.speaker == "Ilse Marrow"
    assert found["63 whales"].quote == refloated.quote


def test_a_figure_outside_any_quotation_keeps_its_sentence():
    text = clean_text(TEXT)
    nine = next(m for m in extract(text) if m.figure.startswith("9"))
    assert nine.quote == "The coastguard said 9 more were seen offshore."
