"""Long single lines (a page pasted from a PDF or a CMS export): sentences and patterns read in bounded spans."""

from __future__ import annotations

from decimal import Decimal

from ingest.accepting import _ROLE_PLACE_SPLIT, role_in_text
from ingest.cleaning import _SIX_WORDS, RATE_NOTE_AT_END, is_prose
from ingest.extraction import clean_text, extract
from ingest.sentences import MAX_SENTENCE, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_sentences_of_ordinary_length_are_split_as_before():
    text = "The council said 340 homes were flooded. It had feared 500.\n\nRepairs, it said, would take a year."
    assert _sentences(text) == [
        "The council said 340 homes were flooded.",
        "It had feared 500.",
        "Repairs, it said, would take a year.",
    ]


def test_a_line_with_no_full_stop_is_read_in_pieces_cut_after_a_comma():
    clauses = [f"{i + 100} ships docked at pier {chr(65 + i % 26)}, " for i in range(120)]
    line = "The Harbour Board said " + "".join(clauses) + "and more came later."
    pieces = _sentences(line)
    assert len(pieces) == 4
    assert all(len(piece) <= MAX_SENTENCE for piece in pieces)
    assert all(piece.endswith(",") for piece in pieces[:-1])
    assert " ".join(pieces) == line  # every character read, the pieces parted at a space
    assert pieces[0].startswith("The Harbour Board said 100 ships docked at pier A,")


def test_a_line_of_one_word_is_cut_at_the_bound():
    line = "x" * (2 * MAX_SENTENCE + 10)
    assert [len(piece) for piece in _sentences(line)] == [MAX_SENTENCE, MAX_SENTENCE, 10]


def test_every_figure_of_a_long_unbroken_line_is_still_found():
    clauses = [f"{i + 100} ships docked at pier {chr(65 + i % 26)}, " for i in range(120)]
    page = "Port traffic\n\nThe Harbour Board said " + "".join(clauses) + "and more came later.\n"
    mentions = extract(clean_text(page))
    assert [m.value for m in mentions] == [Decimal(100 + i) for i in range(120)]
    assert {(m.unit, m.stance) for m in mentions} == {("ships", "asserts")}
    # the piece that names the source keeps it; a piece past the cut no longer reaches back to the speaker
    assert all(m.speaker == "Harbour Board" for m in mentions[:30])


def test_a_role_is_parted_from_its_place_as_before():
    assert _ROLE_PLACE_SPLIT.split("chief executive of the chain") == ["chief executive", "the chain"]
    assert _ROLE_PLACE_SPLIT.split("head  of   finance at  Orvel") == ["head", "finance", "Orvel"]
    assert _ROLE_PLACE_SPLIT.split("Head Of Sales") == ["Head", "Sales"]
    assert _ROLE_PLACE_SPLIT.split("offshore wind") == ["offshore wind"]
    text = "Anouk Feldhaven, chief executive of the chain, said sales rose."
    assert role_in_text(text, "Anouk Feldhaven") == "chief executive of the chain"


def test_the_role_split_and_the_rate_note_start_only_where_a_run_of_spaces_begins():
    assert _ROLE_PLACE_SPLIT.pattern.startswith(r"(?<!\s)")
    assert RATE_NOTE_AT_END.pattern.startswith(r"(?<!\s)")
    spaces = "A" + " " * 20000
    assert _ROLE_PLACE_SPLIT.split(spaces) == [spaces]
    assert RATE_NOTE_AT_END.sub("", spaces + ")") == spaces + ")"


def test_an_exchange_rate_note_at_the_end_is_dropped_as_before():
    line = "The ministry will spend 40 million pellans in next year's budget. (1 pellan = 0.31 dorvins)"
    assert RATE_NOTE_AT_END.sub("", line) == "The ministry will spend 40 million pellans in next year's budget."
    assert RATE_NOTE_AT_END.sub("", "It cost $12 million.   ($1 = 0.92 euros)") == "It cost $12 million."
    assert is_prose(line)


def test_the_prose_test_starts_only_where_a_word_begins():
    # without the word boundary each start inside one long word read the rest of it: a 200,000-character line (a
    # pasted link or encoded image) took the cleaner some twenty minutes
    assert _SIX_WORDS.pattern.startswith(r"\b")
    assert not is_prose("x" * 50_000)
    assert is_prose("The council said it would build 40 homes this year.")
    assert not is_prose("Five words and no more.")


def test_a_page_with_a_long_unbroken_word_is_read_around_it():
    blob = "QUJD" * 12_500  # 50,000 characters: about a minute before the word boundary, milliseconds after
    page = f"Flood update\n\nThe council said 40 homes were hit.\n\n{blob}\n\nIt said 12 more homes were damaged.\n"
    assert [m.value for m in extract(clean_text(page))] == [Decimal(40), Decimal(12)]
