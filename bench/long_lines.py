"""
Patterns the engine matches once for each sentence or figure, timed on adversarial long single lines: the
figures behind the bounds and cheap tests that keep them linear (prints milliseconds; no pass or fail).

    .venv/bin/python bench/long_lines.py [--size 20000] [--repeat 3]

Each line is a unit repeated up to --size characters; the time is the best of --repeat runs. A pattern that
reads each character a bounded number of times takes about twice as long at twice the size.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.page_head import PAGE_NOTE
from ingest.speakers import OPENING_BODY, RELATIVE_MEMBERS, _described_core
from ingest.story import DATED_AFTER


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
    ]


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


if __name__ == "__main__":
    main()
