"""
The word lists refactor41 wrote once of lists the read-back found written more than once: each rule reads as it did,
its own exceptions named beside the shared list. Each test gives a word in one list only (the shared list or the rule's
own) and checks the rule keeps it or leaves it as before.
"""

from decimal import Decimal

import pytest

from ingest import cues, numbers
from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, Decimal | None]]:
    return [(m.value, m.previous_value) for m in extract(clean_text(text + "\n")) if m.value is not None]


# cues.FIGURE_REVISE_VERBS: REVISE_VERBS and "update", less "trim", "halve", "slash"; CHANGED_FROM_VERBS less "update"
def test_it_reads_a_figure_raised_from_an_earlier_one_after_its_comma():
    assert _figures("The fare is now 34 scudi, raised from 32 scudi, the operator said.") == [
        (Decimal(34), Decimal(32))
    ]


def test_it_reads_no_earlier_figure_after_trimmed_which_only_revise_verbs_hold():
    assert _figures("The fare is now 34 scudi, trimmed from 36 scudi, the operator said.") == [
        (Decimal(34), None),
        (Decimal(36), None),
    ]


@pytest.mark.parametrize(
    ("gap", "previous"),
    [
        (", raised from", True),
        (" (revised from", True),
        (", cut from", True),
        (", updated from", False),
        (", trimmed from", False),
    ],
)
def test_it_reads_only_its_own_participles_as_up_from_after_a_figure(gap: str, previous: bool):
    assert (numbers.PREVIOUS_AFTER.match(gap + " ") is not None) is previous


@pytest.mark.parametrize(
    ("words", "revised"),
    [
        ("has since raised its count to ", True),
        ("has since updated its count to ", True),
        ("has since cuts its count to ", True),
        ("has since trimmed its count to ", False),
        ("has since halved its count to ", False),
    ],
)
def test_it_reads_a_count_revised_by_the_figure_revise_verbs_only(words: str, revised: bool):
    assert (numbers.REVISED_ITS_COUNT_TO.search("KVR " + words) is not None) is revised


def test_it_keeps_update_out_of_the_verbs_of_change_and_trim_out_of_those_of_a_figure_revised():
    assert "update" in cues.FIGURE_REVISE_VERBS and "update" not in cues.REVISE_VERBS.split()
    assert "trim" in cues.REVISE_VERBS.split() and "trim" not in cues.FIGURE_REVISE_VERBS
    assert "update" not in cues.CHANGED_FROM_VERBS
