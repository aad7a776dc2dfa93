"""
A draft printed with its changes tracked: "shall be [deleted: 4,000] [inserted: 6,500] saldins per vehicle". The
deleted text is what the draft replaces and the inserted text what it says now, so a figure inserted right after a
figure deleted is one revision, the new value with the old as its previous value (tests/ingest_labelling.md, "An
earlier value in time"). A deletion alone says nothing the draft still stands by; an insertion alone is the draft's
text.

The readers of figures read each version of the sentence with the other version's words blanked out, the same length
as before, so that the spans they find still point into the sentence as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "[deleted: 2.5]", "[Inserted: six]": a marker, then the words it marks, with no bracket inside (so no backtracking
# past the first closing bracket)
TRACKED = re.compile(r"\[(?P<kind>deleted|inserted):\s*(?P<text>[^\[\]]{1,80})\]", re.IGNORECASE)
# A deletion and the insertion that replaces it, with nothing but white space between
REPLACED_GAP = re.compile(r"\s*")


@dataclass(frozen=True)
class TrackedReplacement:
    """The span of the deleted words and of the inserted words that replace them."""

    deleted: tuple[int, int]
    inserted: tuple[int, int]


@dataclass(frozen=True)
class TrackedSentence:
    """A sentence with tracked changes read two ways: as the draft now reads, and as it read before."""

    now: str
    before: str
    replacements: tuple[TrackedReplacement, ...]


def has_tracked_changes(sentence: str) -> bool:
    """A cheap test before the pattern: most sentences have no marker at all."""
    return "[" in sentence and TRACKED.search(sentence) is not None


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


def read_tracked(sentence: str) -> TrackedSentence:
    """
    The sentence as it reads now (deleted words and every marker blanked) and as it read before (inserted words and
    every marker blanked), both the length of the sentence, and each deletion an insertion replaces.
    """
    now = list(sentence)
    before = list(sentence)
    replacements: list[TrackedReplacement] = []
    last_deleted: tuple[int, int] | None = None
    last_end = -1
    for mark in TRACKED.finditer(sentence):
        text_start, text_end = mark.span("text")
        _blank(now, mark.start(), text_start)  # "[deleted: " or "[inserted: "
        _blank(before, mark.start(), text_start)
        _blank(now, text_end, mark.end())  # the closing bracket
        _blank(before, text_end, mark.end())
        if mark.group("kind").lower() == "deleted":
            _blank(now, text_start, text_end)
            last_deleted, last_end = (text_start, text_end), mark.end()
            continue
        _blank(before, text_start, text_end)
        if last_deleted is not None and REPLACED_GAP.fullmatch(sentence, last_end, mark.start()):
            replacements.append(TrackedReplacement(last_deleted, (text_start, text_end)))
        last_deleted = None
    return TrackedSentence("".join(now), "".join(before), tuple(replacements))
