"""
Round 35 (corrections): a corrections-and-clarifications page read entry by entry (tests/ingest_labelling.md, "Settled
in session 30", "Settled in session 31" and "Settled in session 33"). A generated matrix of made-up pages: the printed
figure put right after a semicolon of its own sentence, by a source the entry names or by the page's signer; a
printed account naming a number that is part of a name ("the Route 9 budget"); a source that repeats the printed
figure to add to it, which revises nothing; and an entry whose pronoun is never the source of the entry before. Each
under several page layouts (byline, "Compiled by", a sign-off). Guards: a news story that reports a correction, and
entries that are not corrections, keep their reading.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from ingest.extraction import Mention, clean_text, extract
from tests.ingest_helpers import PUBLISHED

SIGNER = "Halla Brenmoor"

# How a page is laid out around its entries: its head, how it names its signer, and what closes it
LAYOUTS = {
    "byline": (
        "The Westmere Courier\nHome | News | Sport | About us\n\nCorrections and clarifications\n\n"
        f"By {SIGNER}, Readers' Editor\nSaturday 6 March 2027\n\n",
        "\nWe aim to correct significant errors within 24 hours.\n",
    ),
    "compiled_by": (
        "THE WESTMERE COURIER\n\nABOUT US > CORRECTIONS\n\nCorrections and clarifications: week of 1 March\n\n"
        f"Compiled by {SIGNER}, Readers' Editor\n6 March 2027\n\n",
        "\nTo report an error, email corrections@courier.wm.\n",
    ),
    "sign_off": (
        "The Westmere Courier\n\nCORRECTIONS\n\nCorrections and clarifications: what we got wrong this week\n\n",
        f"\nWe aim to reply within five working days.\n\n{SIGNER}, Readers' Editor\n",
    ),
}

# An entry that puts a printed figure right after a semicolon: (entry, right figure, printed figure, its unit)
SEMICOLON_ENTRIES = {
    "reserves_correct_figure": (
        "The same article said the fund's reserves stood at 3.4 billion crowns in June; {source}the correct figure "
        "was 2.9 billion.",
        Decimal("2900000000"),
        Decimal("3400000000"),
        "crowns",
    ),
    "we_also_said_the_figure_is": (
        "Our ferry report (2 March) gave the number of scheduled crossings as 8,100. We also said about 740 crossings "
        "were cancelled; {source}the figure is 716.",
        Decimal(716),
        Decimal(740),
        "crossings",
    ),
    "reported_true_total": (
        "Our sports round-up (3 March) reported that 6,350 runners finished the marathon; {source}the true total was "
        "6,530.",
        Decimal(6530),
        Decimal(6350),
        "runners",
    ),
}
# Who gives the right figure: none (the signer's), a body or a person the entry names
SOURCES = {
    "unnamed": ("", SIGNER),
    "body": ("the Orrin Valley Trust has told us ", "Orrin Valley Trust"),
    "person": ("Dr Ines Caldor has told us that ", "Ines Caldor"),
}


def _page(layout: str, *entries: str) -> list[Mention]:
    head, foot = LAYOUTS[layout]
    page = head + "\n\n".join(entries) + "\n" + foot
    return [m for m in extract(clean_text(page), published=PUBLISHED) if m.value is not None]


@cache
def _semicolon_page(layout: str, entry: str, source: str) -> tuple[Mention, ...]:
    text = SEMICOLON_ENTRIES[entry][0].format(source=SOURCES[source][0])
    opening = "Our report on the water board (1 March) said 212 households had no supply. It was 221."
    return tuple(_page(layout, opening, text))


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("entry", SEMICOLON_ENTRIES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_printed_figure_put_right_after_a_semicolon_is_one_revision(layout: str, entry: str, source: str):
    found = _semicolon_page(layout, entry, source)
    _, right, printed, unit = SEMICOLON_ENTRIES[entry]
    corrected = [m for m in found if m.value == right]
    assert [(m.unit, m.previous_value) for m in corrected] == [(unit, printed)]
    assert SOURCES[source][1] in (corrected[0].speaker or "")
    # the printed figure is the revision's previous value, no claim of its own
    assert [m for m in found if m.value == printed] == []


# The printed account names a number that is part of a name, then the next sentence puts its figure right
NAMES_WITH_NUMBERS = ["the Route 9 budget", "the Line 3 extension", "the Terminal 2 refit", "the Pier 14 repairs"]


@pytest.mark.parametrize("named", NAMES_WITH_NUMBERS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_number_in_a_name_does_not_hide_the_printed_figure(layout: str, named: str):
    entry = (
        f"We said {named} agreed by the board in May was 205 million crowns. The transport authority has told us "
        "the board agreed 212 million crowns."
    )
    found = _page(layout, entry)
    assert [m.previous_value for m in found if m.value == Decimal(212_000_000)] == [Decimal(205_000_000)]
    assert all(m.value != Decimal(205_000_000) for m in found)


# A source that repeats the printed figure to add to it: both stand, nothing is revised
ADDED_TO = {
    "of_its_own": (
        "Our interview with Dr Ines Caldor (2 March) said the observatory had 46 telescopes. Dr Caldor has asked us "
        "to make clear that the observatory runs 46 telescopes of its own and hosts nine more from abroad.",
        Decimal(46),
    ),
    "for_this_year_only": (
        "Our report on the quota (3 March) said the fund for crews would be 1.2 million crowns. The Orrin Valley "
        "Trust has asked us to make clear that the fund is 1.2 million crowns for this year only.",
        Decimal(1_200_000),
    ),
    "of_whom": (
        "In our live coverage (4 March) we said our reporter counted about 300 people sleeping in the hall. She "
        "counted about 300 people in the hall, of whom roughly 120 were sleeping.",
        Decimal(300),
    ),
}


@pytest.mark.parametrize("entry", ADDED_TO)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_same_figure_told_again_revises_nothing(layout: str, entry: str):
    text, value = ADDED_TO[entry]
    found = _page(layout, text)
    again = [m for m in found if m.value == value]
    assert len(again) == 2
    assert all(m.previous_value is None for m in found)


# An entry whose pronoun or correction names no source: never the source of the entry before
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "before",
    [
        "Our report on Bluewing Air (1 March) said the airline had a fleet of 31 aircraft. Harl Moss Restructuring, "
        "the administrators, have told us the correct figure is 29.",
        "Our story on the dairy (2 March) said the herd numbered 640 cows. Dr Ines Caldor, the farm's vet, has told "
        "us it was 604.",
    ],
)
def test_the_source_of_one_entry_never_speaks_in_the_next(layout: str, before: str):
    after = (
        "In our live coverage (4 March) we said our reporter counted 310 people on the quay. She counted 350 people "
        "there."
    )
    found = _page(layout, before, after)
    counted = [m for m in found if m.value == Decimal(350)]
    assert [m.previous_value for m in counted] == [Decimal(310)]
    assert counted[0].speaker == SIGNER


# Guards
NEWS_STORY = """The Westmere Courier
Home | News | Sport

Ministry corrects schools closure figure

By Tomas Hendry, Education Correspondent
Saturday 6 March 2027

The education ministry has issued a correction to its plan for rural schools. The ministry said on Monday that 140 \
schools would close; the union says the correct figure is 104.

The union's secretary, Ada Lunn, said the ministry had "counted schools that merged years ago".
"""


def test_a_news_story_that_reports_a_correction_keeps_both_figures():
    found = [m for m in extract(clean_text(NEWS_STORY), published=PUBLISHED) if m.value is not None]
    assert {m.value for m in found} >= {Decimal(140), Decimal(104)}
    assert all(m.previous_value is None for m in found)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_semicolon_clause_of_another_measure_revises_nothing(layout: str):
    entry = (
        "Our report on the hospital (5 March) said 400 nurses had signed the letter; 90 doctors had also signed it. "
        "The letter was sent to the health board on Friday."
    )
    found = _page(layout, entry)
    assert {m.value for m in found} >= {Decimal(400), Decimal(90)}
    assert all(m.previous_value is None for m in found)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_correction_told_over_two_sentences_keeps_its_reading(layout: str):
    entry = (
        "Our story on the library (2 March) said the branch lent 9,200 books last year. The council has told us the "
        "figure is 9,800."
    )
    found = _page(layout, entry)
    corrected = [m for m in found if m.value == Decimal(9800)]
    assert [m.previous_value for m in corrected] == [Decimal(9200)]
    assert "council" in (corrected[0].speaker or "").lower()


# A span of time set right: the right span against the wrong one ("94 minutes, not 97"), and a running time printed
SPANS = {
    "minutes": ("The hearing lasted 40 minutes, not 50.", Decimal(40), Decimal(50), "minutes"),
    "days": ("The ferry was out of service for 12 days, not 21.", Decimal(12), Decimal(21), "days"),
    "weeks": ("The consultation runs for eight weeks, not six.", Decimal(8), Decimal(6), "weeks"),
}


@pytest.mark.parametrize("span", SPANS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_span_set_right_against_the_wrong_one_is_asserted_and_disputed(layout: str, span: str):
    text, right, wrong, unit = SPANS[span]
    found = _page(layout, text)
    assert [(m.unit, m.stance) for m in found if m.value == right] == [(unit, "asserts")]
    assert [(m.unit, m.stance) for m in found if m.value == wrong] == [(unit, "disputes")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_printed_running_time_put_right_is_one_revision(layout: str):
    entry = "A review of The Salt Road (2 March) gave the film's running time as 88 minutes. It is 79 minutes, not 88."
    found = _page(layout, entry)
    assert [m.previous_value for m in found if m.value == Decimal(79)] == [Decimal(88)]
    assert [m.stance for m in found if m.value == Decimal(88)] == ["disputes"]


# A correction's right figure is no printed figure for the next sentence to correct again
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "after",
    ["His share, 31.2, was reported correctly.", "His share of the vote, 31.2 per cent, was right."],
)
def test_the_right_figure_of_a_correction_is_not_corrected_again(layout: str, after: str):
    entry = (
        "Our results story (1 March) gave Ivo Brandt of the Coast Party 4,120 votes. The Electoral Office has told us "
        f"its count gave him 4,210. {after}"
    )
    found = _page(layout, entry)
    assert [m.previous_value for m in found if m.value == Decimal(4210)] == [Decimal(4120)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_printed_change_is_still_corrected(layout: str):
    entry = (
        "Our diary column (2 March) said the council had cut the number of wardens from 24 to 21. The council says "
        "the number is now 22."
    )
    found = _page(layout, entry)
    assert [m.previous_value for m in found if m.value == Decimal(22)] == [Decimal(21)]


# "X, not Y as we reported": the right figure, the outlet's printed one set aside in the same breath
PRINTED_AS = {
    "as_we_reported": "as we reported",
    "as_our_standfirst_said": "as our standfirst said in the first version of the article",
    "as_we_reported_on_a_day": "as we reported on 1 March",
    "as_our_sports_pages_had_said": "as our sports pages had said",
}


@pytest.mark.parametrize("printed", PRINTED_AS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_figure_set_aside_as_we_printed_it_is_the_value_replaced(layout: str, printed: str):
    entry = f"The number of families in emergency housing is 47, not 74 {PRINTED_AS[printed]}."
    found = _page(layout, entry)
    assert [(m.previous_value, m.stance) for m in found if m.value == Decimal(47)] == [(Decimal(74), "asserts")]
    assert [m.stance for m in found if m.value == Decimal(74)] == ["disputes"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_figure_set_aside_as_someone_else_gave_it_replaces_nothing(layout: str):
    entry = "The number of families in emergency housing is 47, not 74 as the council said."
    found = _page(layout, entry)
    assert [m.previous_value for m in found if m.value == Decimal(47)] == [None]
