"""
The shared readers refactor40 made of rules the read-back found twice (findings_refactor40): each reads as the rules
it replaced did. A sentence's bracketed earlier figure may close past a date or a comma; the office words of a report's
author and of a result line's role stay two lists; a body's report keeps its author under any number of labels.
"""

import re
from decimal import Decimal

import pytest

from ingest import cleaning, cues, documents, tables
from ingest.extraction import clean_text, extract
from ingest.numbers import Figure, _earlier_in_brackets
from ingest.speakers import SpeakerMemory


def _figures(text: str) -> list[tuple[Decimal | None, Decimal | None]]:
    return [(m.value, m.previous_value) for m in extract(clean_text(text)) if m.value is not None]


def test_it_reads_a_bracketed_earlier_figure_followed_by_a_date_as_the_previous_value():
    text = "Brask Mutual cut its rates on Monday.\n\nIts fixed rate is now 4.39% (was 4.65% in March), the bank said.\n"

    assert _figures(text) == [(Decimal("4.39"), Decimal("4.65"))]


def test_it_reads_a_bracketed_earlier_figure_with_a_comma_inside_as_the_previous_value():
    text = (
        "Vellmoor Water published its figures on Monday.\n\n"
        "It supplied 9.12 million litres (previous year: 8.05 million, revised), the company said.\n"
    )

    assert _figures(text) == [(Decimal(9120000), Decimal(8050000))]


@pytest.mark.parametrize("bracket", ["(Mayor)", "(Group Leader)", "(Head of Year)", "(Chief Whip)"])
def test_it_does_not_read_an_office_outside_the_result_roles_as_not_a_party(bracket):
    assert tables.NOT_A_PARTY.search(bracket) is None


@pytest.mark.parametrize("bracket", ["(Treasurer)", "(Independent Member)", "(Club Captain)", "(Harbour Rovers)"])
def test_it_reads_a_result_role_or_side_as_not_a_party(bracket):
    assert tables.NOT_A_PARTY.search(bracket) is not None


def test_it_does_not_read_a_company_whose_name_ends_in_an_office_word_as_a_report_author():
    assert documents._report_author("Report by Stagecoach") is None


def test_it_reads_an_office_as_a_report_author():
    assert documents._report_author("Report of the Director of Housing") == "Director of Housing"


def test_it_gives_a_body_report_to_its_author_under_more_labels_than_the_cleaner_reads():
    grades = [f"Grade {n}: {n * 100} posts" for n in range(1, cleaning.BODY_HEADING_OVER + 3)]
    text = "\n\n".join(
        [
            "KESTREL DISTRICT COUNCIL",
            "Staffing Review 2031",
            *grades,
            "Report of the Treasurer",
            "The council employs 2,100 people across its services, and the review found that 140 of its posts "
            "were vacant at the end of the year.",
        ]
    )

    owners = {block.owner for block in documents._body_headed_documents(text)}

    assert owners == {"Treasurer"}


def test_it_reads_the_bracket_a_table_cell_closes_with_a_unit_word_as_earlier():
    row = "9.40 (last week 9.10)"

    assert tables.earlier_in_bracket(row[4:16], row, len(row) - 1)


def test_it_reads_the_bracket_a_sentence_closes_past_a_date_as_earlier_when_told_how():
    sentence = "4.39% (was 4.65% in March), the bank said"
    closed = re.compile(r"[^()]{0,50}?\)")

    assert not tables.earlier_in_bracket(" (was ", sentence, 15)
    assert tables.earlier_in_bracket(" (was ", sentence, 15, closed=closed)


def test_it_stops_a_body_heading_s_labels_at_the_first_line_prose_says_is_a_paragraph():
    lines = ["KESTREL DISTRICT COUNCIL", "Staffing Review", "Report of the Chief Executive", "PROSE", "Grade 1"]

    assert cleaning.body_heading_labels(lines, 0, prose=lambda line: line == "PROSE") == [1, 2]


def test_it_bounds_a_body_heading_s_labels_only_when_told():
    lines = ["KESTREL DISTRICT COUNCIL"] + [f"Grade {n}" for n in range(30)]

    assert len(cleaning.body_heading_labels(lines, 0)) == cleaning.BODY_HEADING_OVER + 1
    assert len(cleaning.body_heading_labels(lines, 0, over=None)) == 30


def test_it_reads_a_letter_block_signed_under_it_or_at_its_top():
    under = cleaning.letter_block_signature(["The bus station must stay open.", "Tessa Gorringe, Crane Hill"])
    top = cleaning.letter_block_signature(["FROM TESSA GORRINGE, CRANE HILL", "The bus station must stay open."])

    assert under is not None and under[1] is False
    assert top is not None and top[1] is True
    assert cleaning.letter_block_signature(["The bus station must stay open."]) is None


def test_it_reads_back_a_letter_the_cleaner_kept_signed_at_its_top_as_signed_at_its_top():
    letter = "The bus station must stay open, and the council should say so before the vote on 4 June."
    body = cleaning._mark_letters([letter], [("FROM TESSA GORRINGE, CRANE HILL", [letter])])

    found = cleaning.letter_block_signature(body[0].split("\n"))

    assert found is not None and found[1] is True


def test_it_reads_a_sentence_as_mid_paragraph_only_after_words_of_its_paragraph():
    assert not SpeakerMemory(paragraph_before="  \n").mid_paragraph
    assert SpeakerMemory(paragraph_before="The council met on Monday. ").mid_paragraph


def test_it_keeps_each_office_word_in_the_list_of_its_own_rule():
    heads = re.compile(rf"(?i:\b(?:{cues.REPORT_OFFICE_HEADS}|{cues.RESULT_ROLE_HEADS})\b)")

    for word in ["Chief Executive", "Harbourmaster", "Chairwoman", "Club Captain", "Coach", "Independent Member"]:
        assert heads.search(word) is not None, word


def test_it_keeps_the_eleven_plain_hedges():
    hedges = re.compile(rf"(?:{cues.PLAIN_HEDGES})")
    words = [
        "about",
        "around",
        "roughly",
        "some",
        "nearly",
        "almost",
        "just",
        "over",
        "under",
        "more than",
        "less than",
    ]

    assert [w for w in words if hedges.fullmatch(w)] == words
    assert hedges.fullmatch("up to") is None


def test_it_reads_a_keyed_bracket_as_earlier_only_when_it_holds_a_bare_figure():
    sentence = "Harbour crews rescued 45 people (3 children)"
    children = Figure(Decimal(3), None, None, "", "", (33, 34))
    last_year = Figure(Decimal(38), None, None, "", "", (33, 35))

    assert not _earlier_in_brackets(sentence, " (", children, keyed=True)
    assert _earlier_in_brackets("Harbour crews rescued 45 people (38)", " (", last_year, keyed=True)
