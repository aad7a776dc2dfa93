"""
A draft printed with its changes tracked: "shall be [deleted: 4,000] [inserted: 6,500] saldins per vehicle". The
deleted text is what the draft replaces and the inserted text what it says now, so a figure inserted right after a
figure deleted is one revision, the new value with the old as its previous value (tests/ingest_labelling.md, "An
earlier value in time"). A deletion alone says nothing the draft still stands by; an insertion alone is the draft's
text.

Each version of the sentence is read twice over. Blanked: the other version's words and every marker turned to
spaces, the same length as the sentence, for readers that point into it as printed (who said it: "[deleted: The
minister] [inserted: Officials] said" is the officials' word, "[deleted: said the mayor]" no one's). Joined: the
markers and the other version's words taken out and the white space either side of them made one, as the draft
reads ("is [deleted: 2] [inserted: 3] million pounds" is "is 3 million pounds", "£[deleted: 45][inserted: 60]" is
"£60"), with where each of its characters stands in the sentence as printed, for the readers of figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "[deleted: 2.5]", "[Inserted: six]": a marker, then the words it marks, with no bracket inside (so no backtracking
# past the first closing bracket)
TRACKED = re.compile(r"\[(?P<kind>deleted|inserted):\s*(?P<text>[^\[\]]{1,80})\]", re.IGNORECASE)
# A deletion and the insertion that replaces it, with nothing but white space between
REPLACED_GAP = re.compile(r"\s*")
# A figure alone, and a figure with the words after it that say what it counts: "[deleted: 30 pupils] [inserted: 28]"
# is 28 pupils, the unit the insertion leaves as it was
BARE_FIGURE = re.compile(r"[^\w\s]{0,2}\d[\d,.]*%?")
FIGURE_THEN_WORDS = re.compile(r"[^\w\s]{0,2}\d[\d,.]*(?P<words>\s+[^\d]+)")


@dataclass(frozen=True)
class TrackedReplacement:
    """The span of the deleted words and of the inserted words that replace them."""

    deleted: tuple[int, int]
    inserted: tuple[int, int]


@dataclass(frozen=True)
class JoinedReading:
    """One version of a sentence as it reads, and where in the sentence as printed each of its characters stands."""

    text: str
    at: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the sentence as printed of the characters from ``start`` to ``end`` of this reading."""
        where = self.at[start:end] or self.at[start - 1 : start] or (0,)
        return min(where), max(where) + 1


@dataclass(frozen=True)
class TrackedSentence:
    """A sentence with tracked changes read two ways: as the draft now reads, and as it read before."""

    now: str
    before: str
    replacements: tuple[TrackedReplacement, ...]
    now_joined: JoinedReading
    before_joined: JoinedReading


def has_tracked_changes(sentence: str) -> bool:
    """A cheap test before the pattern: most sentences have no marker at all."""
    return "[" in sentence and TRACKED.search(sentence) is not None


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


def _joined(sentence: str, pieces: list[tuple[int, int]]) -> JoinedReading:
    """
    The pieces of the sentence put together, where white space meets white space across words taken out one space
    (and none at the start).
    """
    text: list[str] = []
    at: list[int] = []
    for start, end in pieces:
        for i in range(start, end):
            char = sentence[i]
            if char.isspace() and (not text or (text[-1].isspace() and at[-1] + 1 != i)):
                continue
            text.append(char)
            at.append(i)
    return JoinedReading("".join(text), tuple(at))


def read_tracked(sentence: str) -> TrackedSentence:
    """
    The sentence as it reads now (deleted words and every marker taken out) and as it read before (inserted words and
    every marker taken out), blanked and joined, and each deletion an insertion replaces.
    """
    now = list(sentence)
    before = list(sentence)
    now_pieces: list[tuple[int, int]] = []
    before_pieces: list[tuple[int, int]] = []
    replacements: list[TrackedReplacement] = []
    last_deleted: tuple[int, int] | None = None
    last_end = -1
    position = 0
    for mark in TRACKED.finditer(sentence):
        text_start, text_end = mark.span("text")
        now_pieces.append((position, mark.start()))
        before_pieces.append((position, mark.start()))
        position = mark.end()
        _blank(now, mark.start(), text_start)  # "[deleted: " or "[inserted: "
        _blank(before, mark.start(), text_start)
        _blank(now, text_end, mark.end())  # the closing bracket
        _blank(before, text_end, mark.end())
        if mark.group("kind").lower() == "deleted":
            _blank(now, text_start, text_end)
            before_pieces.append((text_start, text_end))
            last_deleted, last_end = (text_start, text_end), mark.end()
            continue
        _blank(before, text_start, text_end)
        now_pieces.append((text_start, text_end))
        if last_deleted is not None and REPLACED_GAP.fullmatch(sentence, last_end, mark.start()):
            replacements.append(TrackedReplacement(last_deleted, (text_start, text_end)))
            unit = FIGURE_THEN_WORDS.fullmatch(sentence, *last_deleted)
            if unit and BARE_FIGURE.fullmatch(sentence.rstrip(), text_start, text_end):
                now_pieces.append(unit.span("words"))  # "[deleted: 30 pupils] [inserted: 28]": 28 pupils
        last_deleted = None
    now_pieces.append((position, len(sentence)))
    before_pieces.append((position, len(sentence)))
    return TrackedSentence(
        "".join(now),
        "".join(before),
        tuple(replacements),
        _joined(sentence, now_pieces),
        _joined(sentence, before_pieces),
    )
