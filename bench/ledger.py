"""
How long the ledger of a figure with many estimates takes: the computation (figures.ledger) and
the API's answer (JSON and CSV), on SQLite and on PostgreSQL.

    .venv/bin/python bench/ledger.py [--estimates 10000] [--repeat 7] [--sqlite PATH] [--postgres URL]

Each database is measured in its own process, with production settings (DEBUG off) and the
response cache out of the way (every API request is a new site version, so it is computed, not
replayed). A database without the bench figure is migrated and filled first: a synthetic archive
(seeds.synth, the same generator as bench/scale.py) with enough claims, and the figure "bench-
ledger" with the first --estimates claims that have a quantity attached (87% of them published,
as the archive makes them; the public ledger reads those). Filling takes a minute or two.

SURFACES lists what is timed, each a function of the figure: the public pages add theirs there.
Prints the median and the best of --repeat runs, and the queries one run makes.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURE_SLUG = "bench-ledger"
DEFAULT_SQLITE = "/tmp/fc_ledger_bench.sqlite3"
DEFAULT_POSTGRES = os.environ.get("BENCH_LEDGER_POSTGRES", "postgres://postgres@127.0.0.1:5432/fc_ledger_core")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--estimates", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--sqlite", default=DEFAULT_SQLITE, help="path of the SQLite file (created if missing)")
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES, help="a PostgreSQL database URL; '' to skip")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        measure(estimates=args.estimates, repeat=args.repeat)
        return
    targets = [("SQLite", f"sqlite:///{args.sqlite}")] + ([("PostgreSQL", args.postgres)] if args.postgres else [])
    print(f"{'database':<11} {'surface':<34} {'median ms':>10} {'best ms':>9} {'queries':>8}")
    for name, url in targets:
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "testserver",
            "FACTCHECK_SITE_URL": "https://factcheck.example",
            "SECURE_SSL_REDIRECT": "0",  # the test Client speaks plain HTTP
            "API_ANON_RATE": "1000000/minute",  # the bench is one client asking many times
            "LOG_LEVEL": "CRITICAL",
            "BENCH_DATABASE_NAME": name,
        }
        command = [sys.executable, __file__, "--worker", f"--estimates={args.estimates}", f"--repeat={args.repeat}"]
        subprocess.run(command, env=env, cwd=ROOT, check=True)


# -- in the worker process ----------------------------------------------------------------------------


def measure(*, estimates: int, repeat: int) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    figure = bench_figure(estimates)
    name = os.environ.get("BENCH_DATABASE_NAME", connection.vendor)
    for surface, run in SURFACES.items():
        run(figure)  # warm: imports, the connection, the database's cache
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            run(figure)
            times.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            run(figure)
        print(f"{name:<11} {surface:<34} {statistics.median(times):>10.1f} {min(times):>9.1f} {len(queries):>8}")


def bench_figure(estimates: int):
    """The figure of ``estimates`` estimates, made on first use (migrating an empty database)."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from claims.models import Claim
    from figures.models import Estimate, Figure
    from seeds.synth import synthetic_archive_create

    figure = Figure.objects.filter(slug=FIGURE_SLUG).first()
    if figure is not None and figure.estimates.count() >= estimates:
        return figure
    if not Claim.objects.exists():
        print(f"Filling {os.environ['DATABASE_URL']} with a synthetic archive…", file=sys.stderr)
        synthetic_archive_create(claims=int(estimates * 2.7))  # about 40% of claims carry a figure
    figure, _ = Figure.objects.get_or_create(
        slug=FIGURE_SLUG, defaults={"name": "Bench: everything counted in the archive", "unit": "troops"}
    )
    taken = Estimate.objects.values("claim_id")
    claims = list(Claim.objects.with_quantity().exclude(pk__in=taken).values_list("pk", flat=True)[:estimates])
    Estimate.objects.bulk_create([Estimate(figure=figure, claim_id=pk) for pk in claims], batch_size=2000)
    if figure.estimates.count() < estimates:
        sys.exit(f"Only {figure.estimates.count()} claims with a quantity to attach; empty the database and retry.")
    return figure


def ledger_public(figure) -> None:
    from figures.ledger import ledger_for

    ledger_for(figure, public=True)


def ledger_newsroom(figure) -> None:
    from figures.ledger import ledger_for

    ledger_for(figure, public=False)


def _api(path: str) -> Callable:
    def get(figure) -> None:
        from django.test import Client

        from core.freshness import public_record_changed

        public_record_changed()  # a new site version: the answer is computed, not replayed from the cache
        response = Client().get(path.format(slug=figure.slug))
        assert response.status_code == 200, response.status_code

    return get


# What is timed, each a function of the figure. ledger-pages adds the public page here.
SURFACES: dict[str, Callable] = {
    "ledger_for(public=True)": ledger_public,
    "ledger_for(public=False)": ledger_newsroom,
    "GET /api/v1/figures/<slug>/ledger/": _api("/api/v1/figures/{slug}/ledger/"),
    "GET …/ledger/?format=csv": _api("/api/v1/figures/{slug}/ledger/?format=csv"),
}


if __name__ == "__main__":
    main()
