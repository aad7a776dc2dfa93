"""
Anchoring quotes in a source's text snapshot, after the W3C Web Annotation
TextQuoteSelector (exact + prefix + suffix) and TextPositionSelector (start, end).

The offsets make a quote fast to find; the prefix and suffix find it again when the same
words occur twice, or after the snapshot is re-captured and the offsets have moved.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT_CHARS = 32


class QuoteNotFound(ValueError):
    pass


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    prefix: str
    suffix: str


def anchor_quote(text: str, quote: str, *, prefix: str = "", suffix: str = "", start: int | None = None) -> Anchor:
    """
    Locate ``quote`` in ``text`` and return its offsets with fresh context.

    Given offsets win when they still point at the quote; otherwise the occurrence whose
    surroundings match ``prefix`` and ``suffix`` best is chosen, the first on a tie.
    Raises QuoteNotFound when the quote is not in the text at all.
    """
    if not quote:
        raise QuoteNotFound("The quote is empty.")
    if start is not None and text[start : start + len(quote)] == quote:
        return _anchor_at(text, start, quote)
    positions = _occurrences(text, quote)
    if not positions:
        raise QuoteNotFound("The quote does not occur word for word in the source's text snapshot.")

    def score(pos: int) -> int:
        before = text[max(0, pos - len(prefix)) : pos]
        after = text[pos + len(quote) : pos + len(quote) + len(suffix)]
        return _common_suffix(before, prefix) + _common_prefix(after, suffix)

    best = max(positions, key=lambda pos: (score(pos), -pos))
    return _anchor_at(text, best, quote)


def _anchor_at(text: str, start: int, quote: str) -> Anchor:
    end = start + len(quote)
    return Anchor(
        start=start,
        end=end,
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def _occurrences(text: str, quote: str) -> list[int]:
    found, pos = [], text.find(quote)
    while pos != -1:
        found.append(pos)
        pos = text.find(quote, pos + 1)
    return found


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
