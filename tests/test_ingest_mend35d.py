"""
Mend 35d: findings on corrections35 (a corrections page read entry by entry, spans set right with "not", "as we
reported", a semicolon correction, the outlet's own pieces). Made-up pages; each test failed before its fix.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.extraction import Mention, clean_text, extract
from tests.ingest_helpers import PUBLISHED

SIGNER = "Halla Brenmoor"
CORRECTIONS_HEAD = (
    "The Westmere Courier\nHome | News | Sport | About us\n\nCorrections and clarifications\n\n"
    f"By {SIGNER}, Readers' Editor\nSaturday 6 March 2027\n\n"
)
CORRECTIONS_FOOT = "\nTo report an error, email corrections@courier.wm.\n"
NEWS_HEAD = (
    "The Westmere Courier\nHome | News | Sport\n\n{headline}\n\n"
    "By Tomas Hendry, Staff Reporter\nSaturday 6 March 2027\n\n"
)


def _corrections(*entries: str) -> list[Mention]:
    page = CORRECTIONS_HEAD + "\n\n".join(entries) + "\n" + CORRECTIONS_FOOT
    return [m for m in extract(clean_text(page), published=PUBLISHED) if m.value is not None]


def _news(headline: str, *paragraphs: str) -> list[Mention]:
    page = NEWS_HEAD.format(headline=headline) + "\n\n".join(paragraphs) + "\n"
    return [m for m in extract(clean_text(page), published=PUBLISHED) if m.value is not None]


# 1. An entry that runs into a second paragraph keeps its named source for a pronoun
SECOND_PARAGRAPH = {
    "she_also_told_us": (
        "An interview on 2 March quoted Dr Ines Caldor, director of the Orrin Valley Trust, as saying the trust had "
        "planted 12,000 trees. Dr Caldor has asked us to make clear that the trust planted 21,000 trees.",
        "She also told us that volunteers gave 4,800 hours to the project last year.",
        Decimal(4800),
        "Ines Caldor",
    ),
    "she_added": (
        "Our report on Bluewing Air (1 March) said the airline had 31 aircraft. Its chief executive, Tova Rask, has "
        "told us the correct figure is 29.",
        "She added that 4 of them were leased.",
        Decimal(4),
        "Tova Rask",
    ),
    "he_said": (
        "Our story on the hospital (3 March) said the trust was short of 4,300 nurses. Mark Odell, the trust's chief "
        "nurse, says the figure is 3,400.",
        '"We have recruited 260 nurses from abroad this year," he said.',
        Decimal(260),
        "Mark Odell",
    ),
}


@pytest.mark.parametrize("entry", SECOND_PARAGRAPH)
def test_an_entry_in_two_paragraphs_keeps_its_source(entry: str):
    first, second, value, speaker = SECOND_PARAGRAPH[entry]
    found = _corrections(first, second)
    assert [m.speaker for m in found if m.value == value] == [speaker]


def test_a_new_entry_still_has_no_source_of_the_last():
    found = _corrections(
        "Our story on the dairy (2 March) said the herd numbered 640 cows. Dr Ines Caldor, the farm's vet, has told "
        "us it was 604.",
        "Our report on the ferry (4 March) said 310 people were on the quay. She counted 350 people there.",
    )
    assert [m.speaker for m in found if m.value == Decimal(350)] != ["Ines Caldor"]


# 2. ", not N" makes no forecast, closure, event, plan's term or tenure a claim on a news page
NOT_SPANS = {
    "lay_off": "Harrowby Rovers striker Jonah Kell will be out for six weeks, not three as the club first hoped, "
    "after scans on his ankle.",
    "expected_lay_off": "Striker Jonah Kell is expected to be out for four weeks, not two, after scans on his ankle, "
    "the club said.",
    "closure": "The Mill Lane closure will last for three weeks, not two, the council said on Thursday.",
    "trial": "The trial is expected to last four weeks, not three, the judge told jurors.",
    "strike": "Drivers will strike for 48 hours, not 24, the union said.",
    "contract": "The contract runs for 15 years, not 20, and is worth 40 million pounds.",
    "tenure": "Corin Dale has led the council for 12 years, not 10 as his campaign leaflets claim.",
}


@pytest.mark.parametrize("text", NOT_SPANS)
def test_a_span_against_not_n_on_a_news_page_is_no_claim(text: str):
    found = _news("Week ahead in Westmere", NOT_SPANS[text])
    spans = [m for m in found if m.unit in {"weeks", "hours", "years", "days"}]
    assert spans == []


# 3. "not Y as our opponents said": a third party's figure replaces nothing
AS_OUR_THIRD_PARTY = [
    '"The deficit is 4 million pounds, not 40 million as our opponents said," the council leader, Mara Hale, told '
    "the meeting.",
    "The union's general secretary, Rhys Ambler, said the average rise was 2 per cent, not 5 per cent as our "
    "employers said in their letter to members.",
]


@pytest.mark.parametrize("text", AS_OUR_THIRD_PARTY)
def test_a_figure_set_aside_as_our_opponents_said_replaces_nothing(text: str):
    found = _news("Council budget row", text)
    assert found
    assert all(m.previous_value is None for m in found)


# 4. A semicolon clarification giving another year or scope keeps both figures
SCOPES = {
    "in_a_year": (
        "Our report on the wardens scheme (2 March) said the council had 120 wardens; the number was 112 in 2025 and "
        "has since risen.",
        Decimal(120),
        Decimal(112),
    ),
    "over_the_weekend": (
        "Our festival report (1 March) said 12,000 people attended on the Saturday; the total was 31,000 over the "
        "whole weekend.",
        Decimal(12000),
        Decimal(31000),
    ),
    "in_a_year_the_farm_says": (
        "Our story on the dairy (2 March) said the herd numbered 640 cows; the figure was 604 in 2024, the farm says, "
        "and is now 640 again.",
        Decimal(640),
        Decimal(604),
    ),
}


@pytest.mark.parametrize("entry", SCOPES)
def test_a_semicolon_clarification_of_another_scope_keeps_both_figures(entry: str):
    text, printed, other = SCOPES[entry]
    found = _corrections(text)
    assert {m.value for m in found} >= {printed, other}
    assert all(m.previous_value is None for m in found)


# 5. A third party's figure before a semicolon is no printed figure the outlet set right
def test_a_third_partys_figure_before_a_semicolon_is_its_own_claim():
    found = _corrections(
        "Our report on the job cuts (2 March) gave the impression that the figures were our own. The minister said "
        "300 jobs would go; the union says the real number is 450."
    )
    assert [m.previous_value for m in found if m.value == Decimal(450)] == [None]
    assert [m.value for m in found if m.value == Decimal(300)] == [Decimal(300)]


# 6. Another body's newsletter, editorial or podcast is that body's source, not the signer's
OTHER_PUBLICATIONS = {
    "union_newsletter": (
        "A union newsletter said 60 drivers had walked out, and our report should have made clear the figure was the "
        "union's.",
        Decimal(60),
    ),
    "editorial_in_another_paper": (
        "An editorial in the Calder Post said in 2024 that the promise covered 300 homes, and our report should have "
        "made that clear.",
        Decimal(300),
    ),
}


@pytest.mark.parametrize("entry", OTHER_PUBLICATIONS)
def test_another_bodys_publication_is_not_the_signers(entry: str):
    text, value = OTHER_PUBLICATIONS[entry]
    found = _corrections(text)
    speakers = [m.speaker for m in found if m.value == value]
    assert speakers
    assert SIGNER not in speakers


# 7. A printed correction that is itself corrected keeps its chain
def test_a_printed_correction_corrected_again_keeps_its_chain():
    found = _corrections(
        "Our story on the water board (1 March) said 212 households had no supply. A correction on 3 March said the "
        "number was 221. The water board has now told us the correct figure is 122."
    )
    assert [m.previous_value for m in found if m.value == Decimal(122)] == [Decimal(221)]
