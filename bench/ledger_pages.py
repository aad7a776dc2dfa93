"""
How long the public page of a figure with many estimates takes to render: cold (the ledger
computed and the chart drawn, as right after a change of the ledger), with the chart's SVG from
the cache (as after any other publish), and its embed; on SQLite and on PostgreSQL.

    .venv/bin/python bench/ledger_pages.py [--estimates 10000] [--repeat 7] [--sqlite PATH] [--postgres URL]

Each database is measured in its own process with production settings (DEBUG off, hashed static
files: run ``DEBUG=0 SECRET_KEY=… ALLOWED_HOSTS=x FACTCHECK_SITE_URL=https://factcheck.example
manage.py collectstatic`` first, as for bench/scale.py). Every request is a new site version, so
the page is rendered, not replayed from the response cache. A database without the bench figure
is migrated and filled first: a synthetic archive (seeds.synth) and the figure "bench-ledger"
with the first --estimates claims that have a quantity (the same figure bench/ledger.py builds).
The renderer's own start (once per process, about a second and a half) is left out by a first,
unmeasured request, and printed apart.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURE_SLUG = "bench-ledger"
DEFAULT_SQLITE = "/tmp/fc_ledger_pages_bench.sqlite3"
DEFAULT_POSTGRES = os.environ.get("BENCH_LEDGER_POSTGRES", "postgres://postgres@127.0.0.1:5432/fc_ledger_pages")


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
    print(f"{'database':<11} {'surface':<44} {'median ms':>10} {'best ms':>9} {'cpu ms':>7} {'queries':>8}")
    for name, url in targets:
        env = {**os.environ, "DATABASE_URL": url, "DEBUG": "0", "SECRET_KEY": "bench-" + "x" * 50,
               "ALLOWED_HOSTS": "testserver", "FACTCHECK_SITE_URL": "https://factcheck.example",
               "SECURE_SSL_REDIRECT": "0", "LOG_LEVEL": "CRITICAL", "BENCH_DATABASE_NAME": name}  # fmt: skip
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

    from figures.chart import chart_data_for
    from figures.ledger import ledger_for

    figure = bench_figure(estimates)
    _chart_keys()
    name = os.environ.get("BENCH_DATABASE_NAME", connection.vendor)
    start = time.perf_counter()
    SURFACES["figure page, cold (ledger + chart drawn)"](figure)
    first = (time.perf_counter() - start) * 1000
    print(f"{name:<11} {'first request of the process (renderer start)':<44} {first:>10.1f}")
    data = chart_data_for(ledger_for(figure, public=True))
    print(f"{name:<11} {'(the chart draws ' + str(len(data.points)) + ' of ' + str(data.total) + ' estimates)':<44}")
    for surface, run in SURFACES.items():
        run(figure)  # warm: the connection, the database's cache
        times, cpu = [], []
        for _ in range(repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            run(figure)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        with CaptureQueriesContext(connection) as queries:
            run(figure)
        print(
            f"{name:<11} {surface:<44} {statistics.median(times):>10.1f} {min(times):>9.1f} "
            f"{statistics.median(cpu):>7.1f} {len(queries):>8}"
        )


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
        synthetic_archive_create(claims=int(estimates * 3))  # about 40% of claims have a quantity
    figure, _ = Figure.objects.get_or_create(
        slug=FIGURE_SLUG, defaults={"name": "Bench: everything counted in the archive", "unit": "troops"}
    )
    taken = Estimate.objects.values("claim_id")
    claims = list(Claim.objects.with_quantity().exclude(pk__in=taken).values_list("pk", flat=True)[:estimates])
    Estimate.objects.bulk_create([Estimate(figure=figure, claim_id=pk) for pk in claims], batch_size=2000)
    if figure.estimates.count() < estimates:
        sys.exit(f"Only {figure.estimates.count()} claims with a quantity to attach; empty the database and retry.")
    return figure


def _page(path: str, *, drop_chart: bool) -> Callable:
    def get(figure) -> None:
        from django.core.cache import cache
        from django.test import Client

        from core.freshness import public_record_changed

        public_record_changed()  # a new site version: the page is rendered, not replayed from the cache
        if drop_chart:
            cache.delete_many(_chart_keys())
        response = Client().get(path.format(slug=figure.slug))
        assert response.status_code == 200, response.status_code

    return get


@functools.cache
def _chart_keys() -> list[str]:
    """The chart's cache keys of the bench figure (the ledger's version is part of them): read once, untimed."""
    from figures.chart import CHART_FORMAT
    from figures.ledger import ledger_for
    from figures.models import Figure

    figure = Figure.objects.get(slug=FIGURE_SLUG)
    return [f"figures:chart:{CHART_FORMAT}:{figure.pk}:{ledger_for(figure, public=True).version}"]


SURFACES: dict[str, Callable] = {
    "figure page, cold (ledger + chart drawn)": _page("/figures/{slug}/", drop_chart=True),
    "figure page, chart from the cache": _page("/figures/{slug}/", drop_chart=False),
    "figure page 200 of the table, chart cached": _page("/figures/{slug}/?page=200", drop_chart=False),
    "embed, cold (ledger + chart drawn)": _page("/figures/{slug}/embed/", drop_chart=True),
    "embed, chart from the cache": _page("/figures/{slug}/embed/", drop_chart=False),
}


if __name__ == "__main__":
    main()
