"""
Extraction throughput on one core: sentences and articles per second.

    .venv/bin/python bench/extraction.py [--rounds N]

Reads the labelled corpus (tests/ingest_corpus/) and, when present beside the project (or where
FACTCHECK_SEEDS points), the two seed articles, then cleans and extracts each article N times.
"""

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django  # noqa: E402

django.setup()

from ingest.extraction import clean_text, extract  # noqa: E402
from ingest.sentences import split_sentences  # noqa: E402


def load() -> list[tuple[str, date | None]]:
    import tomllib

    corpus = ROOT / "tests" / "ingest_corpus"
    found = [
        (path.with_suffix(".txt").read_text(encoding="utf-8"), tomllib.loads(path.read_text()).get("published"))
        for path in sorted(corpus.glob("*.toml"))
    ]
    seeds = Path(os.environ.get("FACTCHECK_SEEDS") or ROOT.parent / "shared" / "seeds")
    found += [(path.read_text(encoding="utf-8"), date(2024, 10, 24)) for path in sorted(seeds.glob("*.txt"))]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    articles = load()
    sentences = sum(len(split_sentences(clean_text(raw))) for raw, _ in articles)
    mentions = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for raw, published in articles:
            mentions += len(extract(clean_text(raw), published=published))
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    runs = len(articles) * args.rounds
    print(f"articles: {len(articles)}, sentences per pass: {sentences}, rounds: {args.rounds}")
    print(f"mentions per pass: {mentions // args.rounds}")
    print(f"elapsed: {elapsed:.3f} s on one core")
    print(f"throughput: {sentences * args.rounds / elapsed:,.0f} sentences/s, {runs / elapsed:,.1f} articles/s")
    # On a shared machine the wall clock also counts other processes' turns; CPU time is this one's alone.
    print(f"CPU: {cpu:.3f} s, {sentences * args.rounds / cpu:,.0f} sentences per CPU second")


if __name__ == "__main__":
    main()
