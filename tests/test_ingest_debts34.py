"""Debts of session 21: patterns matched for each sentence or figure read a bounded span, and find what they did."""

from __future__ import annotations

import re
from decimal import Decimal

from ingest import speakers
from ingest.extraction import extract
from ingest.speakers import OPENING_BODY, RELATIVE_MEMBERS, _described_core
from ingest.story import DATED_AFTER


def _opening(sentence: str) -> str | None:
    found = OPENING_BODY.match(sentence)
    return found.group("np") if found else None


def test_the_opening_noun_phrase_is_found_as_before():
    assert _opening("The environment ministry has raised its fee") == "The environment ministry"
    assert _opening("Castlebry and Wold Police spent 4 million") == "Castlebry and Wold Police"
    assert _opening("The authority's revenue fell") == "The authority"
    assert _opening("the big bank said") == "the big bank"
    assert _opening("Sales rose 4 per cent") == "Sales"
    assert _opening("rose 4 per cent") is None


def test_the_opening_noun_phrase_runs_sixteen_words_at_most():
    assert _opening("Word " * 16 + "said") == ("Word " * 16).rstrip()
    assert _opening("Word " * 30 + "said") is None  # the whole line before, while the run was unbounded


def _members(sentence: str, figure: str) -> str | None:
    found = RELATIVE_MEMBERS.match(sentence, 0, sentence.index(figure))
    return found.group(0) if found else None


def test_a_relative_clause_on_the_source_represents_its_members_as_before():
    union = "The union, which represents about 21,000 staff, said"
    assert _members(union, "21,000") == "The union, which represents about "
    assert _members("Conor Madden of the union, which represents about 3,500 doctors, said", "3,500") is None
    now = "The union, which now represents 21,000 staff, said"
    assert _members(now, "21,000") == "The union, which now represents "


def test_the_members_clause_is_read_two_hundred_characters_either_side_at_most():
    far = "The union, which represents " + "x" * 200 + " 21,000 staff, said"
    assert _members(far, "21,000") is None
    near = "The union, which represents " + "x" * 150 + " 21,000 staff, said"
    assert _members(near, "21,000") == near[: near.index("21,000")]


def test_a_past_act_dated_after_its_figure_is_found_as_before():
    sentence = "Neighbouring Tarnmouth closed a handful of branches in 2022."
    found = DATED_AFTER.match(sentence, sentence.index(" branches"))
    assert found is not None and found.group(0) == " branches in 2022"
    assert DATED_AFTER.match("12 branches, in 2022", 2) is None  # another clause


def test_a_year_two_hundred_characters_after_the_figure_dates_nothing():
    assert DATED_AFTER.match(" x" * 90 + " in 2022", 0) is not None
    assert DATED_AFTER.match(" x" * 110 + " in 2022", 0) is None


def test_a_described_source_keeps_its_core_as_before():
    assert _described_core("One engineer who worked on the pilot, and asked not to be named") == "One engineer"
    assert _described_core("A Treasury official, speaking anonymously") == "A Treasury official"
    assert _described_core("Anglers, several of whom asked not to be named,") == "Anglers"
    assert _described_core("two people who saw the results") is None
    assert _described_core("One engineer, who worked on it; asked") is None
    assert _described_core("One engineer, who saw it, and the mayor") is None


class _Counting:
    """A pattern that counts the characters its matches ran over."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def match(self, text: str, start: int) -> re.Match[str] | None:
        found = self.pattern.match(text, start)
        self.read += (found.end() if found else start) - start
        return found


def test_a_long_description_broken_at_its_end_is_read_once(monkeypatch):
    # ", who a" 2,000 times then ", b": each break's description runs to ", b", and was read again from each
    # (26 s on 20 KB before); each character is now read once
    counting = _Counting(speakers._DESCRIBING_RUN)
    monkeypatch.setattr(speakers, "_DESCRIBING_RUN", counting)
    subject = "x" + ", who a" * 2000 + ", b"
    assert _described_core(subject) is None
    assert counting.read <= len(subject)


TURN = """Transcript of the 07:40 segment of Morning Orsk

PIA LANDGREN (PRESENTER): Good morning. The harbour lifts are failing. Our reporter Oskar Venn has been there.

OSKAR VENN (REPORTER): One mechanic, who asked not to be named, said the lifts had been neglected for years. \
I counted 14 cranes standing idle on the quay this morning. "Last winter it was 7 out of 9," he said.

LANDGREN: With me is Marta Hole, who runs the harbour company.

MARTA HOLE: We have ordered new lifts.
"""


def test_he_after_the_reporter_spoke_in_their_own_voice_is_the_unnamed_source_the_turn_quoted():
    # the reporter's own count comes between the mechanic and "he": the last speaker is the reporter, and "he" is
    # still the one unnamed source the turn quoted, not the reporter (engine32h's rule for a reporter's turn), named
    # by its whole description (the settled labelling rule engine34a follows)
    found = [(m.figure, m.value, m.unit, m.speaker, m.speaker_anonymous) for m in extract(TURN) if m.value is not None]
    assert found == [
        ("14 cranes", Decimal(14), "cranes", "Oskar Venn", False),
        ("7 out of 9", Decimal("77.8"), "percent", "One mechanic, who asked not to be named", True),
    ]
