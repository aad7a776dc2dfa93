"""
What proposing a tracked figure for every number adds to an article import (issue 12), side by side:
extraction without proposals, with them (figures.matching.FigureMatcher: the figures read once), the
proposals alone (timed directly: on a busy machine the difference of two extractions is noise), and
what asking the match endpoint's figure_matches() once per number would have cost instead.

    DATABASE_URL=... .venv/bin/python bench/figure_proposals.py [--numbers 20 200] [--figures 60] [--repeat 5]

Runs on the database DATABASE_URL names (migrated; SQLite by default), inside a transaction it rolls
back: it adds --figures figures in troops (each with one estimate) to whatever is there, and a source
whose text has --numbers sentences with a number of troops. Prints the median wall time of
source_extract over --repeat runs (its suggestions deleted before each), the queries of one run and
the ratio to extraction without proposals.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--numbers", type=int, nargs="+", default=[20, 200])
    parser.add_argument("--figures", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    import logging

    logging.disable(logging.CRITICAL)
    from django.db import connection, transaction

    class Rollback(Exception):
        pass

    try:
        with transaction.atomic():
            run(args, connection)
            raise Rollback
    except Rollback:
        pass


def run(args, connection) -> None:
    import datetime
    from decimal import Decimal

    from django.test.utils import CaptureQueriesContext

    from claims.models import Appearance, Claim
    from figures import matching
    from figures.models import Estimate, Figure
    from ingest import services
    from ingest.matching import figure_clause
    from ingest.models import Suggestion
    from sources.models import Source

    words = ["committed", "deployed", "training", "wounded", "captured", "reserve", "border", "garrison"]
    source = Source.objects.create(title="bench source", slug="bench-figure-proposals", text="Start.")
    for i in range(args.figures):
        figure = Figure.objects.create(
            slug=f"bench-figure-{i}", name=f"Troops {words[i % len(words)]} in theatre {i}", unit="troops"
        )
        claim = Claim.objects.create(
            slug=f"bench-figure-claim-{i}", statement=f"About {1000 + i} troops", value=Decimal(1000 + i),
            lower=Decimal(900 + i), upper=Decimal(1100 + i), unit="troops", qualifier="approximately",
        )  # fmt: skip
        quote = f"About {1000 + i} troops, officials said."
        source.text += f" {quote}"
        Appearance.objects.create(
            claim=claim, source=source, quote=quote, stated_on=datetime.date(2024, 10, 1 + i % 28)
        )
        Estimate.objects.create(claim=claim, figure=figure)
    print(f"{Figure.objects.count()} figures; {connection.vendor}")
    print(f"{'numbers':>8} {'surface':<44} {'median ms':>10} {'queries':>8} {'ratio':>6}")

    def naive(suggestions) -> None:  # the endpoint's read, once per number
        for s in suggestions:
            if s.quantity is not None:
                matching.figure_matches(quantity=s.quantity, text=s.quote, on=s.date, public=False, limit=1)

    def proposed(suggestions) -> None:  # what source_extract adds: one load, then every number in memory
        tracked = matching.FigureMatcher.load(units=[s.unit for s in suggestions if s.unit], public=False)
        for s in suggestions:
            if s.quantity is not None:
                tracked.proposal(quantity=s.quantity, text=figure_clause(s.quote, s.figure), on=s.date)
                tracked.proposal(quantity=s.quantity, text=s.quote, on=s.date)  # the fallback, at worst

    for n in args.numbers:
        sentences = [
            f"Official {i} said about {2000 + 13 * i:,} troops {words[i % len(words)]} were counted in the east."
            for i in range(n)
        ]
        source.text = " ".join(sentences)
        source.save(update_fields=["text"])
        base = None
        for label, proposals in (("extraction without proposals", False), ("extraction with proposals", True)):
            times, queries = [], 0
            for _ in range(args.repeat):
                Suggestion.objects.filter(source=source).delete()
                load = matching.FigureMatcher.load
                if not proposals:
                    matching.FigureMatcher.load = classmethod(lambda cls, **kw: cls([]))  # type: ignore[method-assign]
                    services.FigureMatcher.load = matching.FigureMatcher.load  # type: ignore[method-assign]
                try:
                    with CaptureQueriesContext(connection) as ctx:
                        started = time.perf_counter()
                        found = services.source_extract(source=source, by=None)
                        times.append(time.perf_counter() - started)
                finally:
                    matching.FigureMatcher.load = load  # type: ignore[method-assign]
                    services.FigureMatcher.load = load  # type: ignore[method-assign]
                queries = len(ctx.captured_queries)
            median = statistics.median(times) * 1000
            base = base or median
            print(f"{n:>8} {label:<44} {median:>10.1f} {queries:>8} {median / base:>6.2f}")
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            proposed(found)
            elapsed = (time.perf_counter() - started) * 1000
        label = "  of which the proposals (load, then rank all)"
        print(f"{n:>8} {label:<44} {elapsed:>10.1f} {len(ctx.captured_queries):>8} {elapsed / base:>6.2f}")
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            naive(found)
            elapsed = (time.perf_counter() - started) * 1000
        label = "  + figure_matches() per number instead"
        print(f"{n:>8} {label:<44} {elapsed:>10.1f} {len(ctx.captured_queries):>8} {(base + elapsed) / base:>6.2f}")


if __name__ == "__main__":
    main()
