"""
Patterns the engine matches once for each sentence or figure, timed on adversarial long single lines: the
figures behind the bounds and cheap tests that keep them linear (prints milliseconds; no pass or fail). Then
whole extractions, extract(clean_text(page)): a corpus article with its line breaks and joined into one line
(as pasted from a PDF or a CMS export), at 1x, 4x and 16x its length, and pages of one sentence with no full
stop, at half and whole --size.

    .venv/bin/python bench/long_lines.py [--size 20000] [--repeat 3]

Each line is a unit repeated up to --size characters; the time is the best of --repeat runs. A pattern that
reads each character a bounded number of times takes about twice as long at twice the size.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django  # noqa: E402

django.setup()

from ingest.accepting import _ROLE_PLACE_SPLIT  # noqa: E402
from ingest.cleaning import RATE_NOTE_AT_END  # noqa: E402
from ingest.extraction import clean_text, extract  # noqa: E402
from ingest.page_head import PAGE_NOTE  # noqa: E402
from ingest.speakers import OPENING_BODY, RELATIVE_MEMBERS, _described_core  # noqa: E402
from ingest.story import DATED_AFTER  # noqa: E402

ARTICLE = ROOT / "tests" / "ingest_corpus" / "01_veskaria_border_deployment.txt"


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def cases(size: int) -> list[tuple[str, Callable[[], object]]]:
    words, capitals, spaces = fill("word ", size), fill("Word ", size), "A" + " " * (size - 1)
    figures = fill("12 ships ", size)
    described = "x" + fill(", who a", size) + ", b"
    transcripts = "Programme " + fill("transcript ", size)
    return [
        ("OPENING_BODY, capitalised words", lambda: OPENING_BODY.match(capitals)),
        ("OPENING_BODY, 'The' repeated", lambda: OPENING_BODY.match(fill("The ", size))),
        ("OPENING_BODY, a run of spaces", lambda: OPENING_BODY.match(spaces)),
        ("RELATIVE_MEMBERS, one clause", lambda: RELATIVE_MEMBERS.match(words, 0, len(words))),
        ("DATED_AFTER, each of 200 figures", lambda: [DATED_AFTER.match(figures, i) for i in range(0, 1800, 9)]),
        ("_described_core, descriptions broken at the end", lambda: _described_core(described)),
        ("PAGE_NOTE, a line of transcripts", lambda: PAGE_NOTE.match(transcripts)),
        ("_ROLE_PLACE_SPLIT, a run of spaces", lambda: _ROLE_PLACE_SPLIT.split(spaces)),
        ("RATE_NOTE_AT_END, a run of spaces", lambda: RATE_NOTE_AT_END.sub("", spaces + ")")),
    ]


def unbroken(size: int) -> list[tuple[str, Callable[[], object]]]:
    """Pages of one sentence with no full stop: every figure read against the whole line unless it is cut."""
    pages = {
        "members figures": "The union, which represents " + fill("about 21 staff and ", size) + "more, said.",
        "dated figures": "Neighbouring Tarnmouth closed " + fill("12 branches and ", size) + "more in 2022.",
        "he said figures": "He said " + fill("12 ships, ", size) + "in all.",
    }
    return [(f"extract, {name}", partial(extracted, f"Headline\n\n{page}\n")) for name, page in pages.items()]


def extracted(page: str) -> object:
    return extract(clean_text(page))


def article(times: int, joined: bool) -> str:
    head, _, body = ARTICLE.read_text(encoding="utf-8").partition("\n\n")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()] * times
    return head + "\n\n" + (" " if joined else "\n\n").join(paragraphs) + "\n"


def best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    half, whole = cases(args.size // 2), cases(args.size)
    print(f"{'pattern':52s} {args.size // 2:>8d} {args.size:>8d}  (ms)")
    for (label, small), (_, large) in zip(half, whole, strict=True):
        print(f"{label:52s} {best(small, args.repeat) * 1000:8.1f} {best(large, args.repeat) * 1000:8.1f}")
    for (label, small), (_, large) in zip(unbroken(args.size // 2), unbroken(args.size), strict=True):
        print(f"{label:52s} {best(small, 1) * 1000:8.1f} {best(large, 1) * 1000:8.1f}")
    print(f"\n{'article (' + ARTICLE.name + ')':52s} {'breaks':>8s} {'joined':>8s}  (ms)")
    for times in (1, 4, 16):
        pages = [article(times, joined) for joined in (False, True)]
        spent = [best(partial(extracted, page), args.repeat) * 1000 for page in pages]
        print(f"{f'{times}x, {len(pages[1])} characters':52s} {spent[0]:8.1f} {spent[1]:8.1f}")


if __name__ == "__main__":
    main()
