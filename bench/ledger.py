"""
How long the ledger of a figure with many estimates takes: the computation (figures.ledger), the
API's answer (JSON and CSV), and the public page and embed, cold (the ledger computed and the
chart drawn, as right after a change of the ledger) and with the chart's SVG from the cache (as
after any other publish); on SQLite and on PostgreSQL.

    .venv/bin/python bench/ledger.py [--estimates 10000] [--repeat 7] [--sqlite PATH] [--postgres URL]
                                     [--baseline DIR]

``--baseline DIR`` times the code of another checkout too (``git archive main | tar -x -C DIR``),
on the same databases in the same run, and prints both side by side with their ratio: the bench
script is this one, the application code (figures, claims...) is the baseline's.

Each database is measured in its own process, with production settings (DEBUG off) and the
response cache out of the way (every API request is a new site version, so it is computed, not
replayed). A database without the bench figure is migrated and filled first, in bulk (fill()):
the figure "bench-ledger" with --estimates claims of about 12,000 troops (a few far off) said over 2024 by
400 speakers of 40 governments, 87% of them published as in the synthetic archive (seeds.synth,
whose 27,000-claim archive took too long to write on a shared machine for the 40% of its claims
that carry a figure).

The pages need hashed static files: run ``DEBUG=0 SECRET_KEY=… ALLOWED_HOSTS=x
FACTCHECK_SITE_URL=https://factcheck.example manage.py collectstatic`` first, as for
bench/scale.py. The chart renderer's own start (once per process, about a second and a half) is
left out by a first, unmeasured request, and printed apart.

SURFACES lists what is timed, each a function of the figure. Prints the median and the best of
--repeat runs, and the queries one run makes.
"""

from __future__ import annotations

import argparse
import functools
import json
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
    parser.add_argument(
        "--sqlite", default=DEFAULT_SQLITE, help="path of the SQLite file (created if missing); '' to skip"
    )
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES, help="a PostgreSQL database URL; '' to skip")
    parser.add_argument("--baseline", default="", help="a checkout whose code to time beside this one's")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        measure(estimates=args.estimates, repeat=args.repeat)
        return
    targets = ([("SQLite", f"sqlite:///{args.sqlite}")] if args.sqlite else []) + (
        [("PostgreSQL", args.postgres)] if args.postgres else []
    )
    if args.baseline:
        compare(targets, baseline=Path(args.baseline).resolve(), estimates=args.estimates, repeat=args.repeat)
        return
    print(f"{'database':<11} {'surface':<34} {'median ms':>10} {'best ms':>9} {'CPU ms':>8} {'queries':>8}")
    for name, url in targets:
        env = _worker_env(name, url)
        command = [sys.executable, __file__, "--worker", f"--estimates={args.estimates}", f"--repeat={args.repeat}"]
        subprocess.run(command, env=env, cwd=ROOT, check=True)


def _worker_env(name: str, url: str) -> dict[str, str]:
    return {
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
        "STATIC_ROOT": os.environ.get("STATIC_ROOT") or str(ROOT / "staticfiles"),  # the baseline's too
    }


def compare(targets: list[tuple[str, str]], *, baseline: Path, estimates: int, repeat: int) -> None:
    """Each database measured with the baseline's code, then this checkout's; one table, ratios beside."""
    print(
        f"{'database':<11} {'surface':<34} {'before ms':>10} {'after ms':>9} {'ratio':>6} "
        f"{'before CPU':>11} {'after CPU':>10} {'ratio':>6} {'queries':>8}"
    )
    for name, url in targets:
        results = []
        for code in (baseline, ROOT):
            env = {**_worker_env(name, url), "BENCH_CODE_ROOT": str(code), "BENCH_MACHINE_READABLE": "1"}
            command = [sys.executable, __file__, "--worker", f"--estimates={estimates}", f"--repeat={repeat}"]
            out = subprocess.run(command, env=env, cwd=code, check=True, capture_output=True, text=True).stdout
            rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
            results.append({row["surface"]: row for row in rows})
        before, after = results
        for surface, new in after.items():
            old = before.get(surface)
            if old is None or "median" not in new:
                continue
            print(
                f"{name:<11} {surface:<34} {old['median']:>10.1f} {new['median']:>9.1f} "
                f"{old['median'] / new['median']:>5.1f}x {old['cpu']:>11.1f} {new['cpu']:>10.1f} "
                f"{old['cpu'] / new['cpu']:>5.1f}x {str(old['queries']) + '→' + str(new['queries']):>8}",
                flush=True,
            )


# -- in the worker process ----------------------------------------------------------------------------


def measure(*, estimates: int, repeat: int) -> None:
    sys.path.insert(0, os.environ.get("BENCH_CODE_ROOT") or str(ROOT))
    machine = bool(os.environ.get("BENCH_MACHINE_READABLE"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from figures.chart import chart_data_for
    from figures.ledger import ledger_for

    figure = bench_figure(estimates)
    name = os.environ.get("BENCH_DATABASE_NAME", connection.vendor)
    _chart_keys()
    start = time.perf_counter()
    SURFACES["figure page, cold"](figure)
    first = (time.perf_counter() - start) * 1000
    print(f"{name:<11} {'first page of the process (renderer start)':<34} {first:>10.1f}", flush=True)
    data = chart_data_for(ledger_for(figure, public=True))
    print(f"{name:<11} (the chart draws {len(data.points)} of {data.total} estimates)", flush=True)
    for surface, run in SURFACES.items():
        run(figure)  # warm: imports, the connection, the database's cache
        times, cpu = [], []
        for _ in range(repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            run(figure)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)  # this process only: a shared machine's wait left out
        with CaptureQueriesContext(connection) as queries:
            run(figure)
        if machine:
            row = {"surface": surface, "median": statistics.median(times), "best": min(times)}
            print(json.dumps({**row, "cpu": statistics.median(cpu), "queries": len(queries)}), flush=True)
            continue
        print(
            f"{name:<11} {surface:<34} {statistics.median(times):>10.1f} {min(times):>9.1f} "
            f"{statistics.median(cpu):>8.1f} {len(queries):>8}",
            flush=True,
        )


def bench_figure(estimates: int):
    """The figure of ``estimates`` estimates, made on first use (migrating an empty database)."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from figures.models import Figure

    figure = Figure.objects.filter(slug=FIGURE_SLUG).first()
    if figure is not None and figure.estimates.count() >= estimates:
        return figure
    print(f"Filling {os.environ['DATABASE_URL']} with {estimates} estimates…", file=sys.stderr)
    return fill(estimates)


def fill(estimates: int):
    """
    A figure with ``estimates`` estimates, written in bulk: 40 governments with 10 speakers each
    (one agency level between, as John Kirby -> the White House -> the U.S.), 500 sources, one
    appearance per claim on a date in 2024, 87% of the claims published (as in the synthetic
    archive, seeds.synth); most agree within a few percent, so every origin revises often and a
    few far-off figures make contradictions.
    """
    import datetime
    import random
    from decimal import Decimal

    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from claims.models import Appearance, Claim, Status, Verification
    from figures.models import Estimate, Figure
    from sources.models import Actor, Source

    rng = random.Random(1)
    with transaction.atomic():
        author, _ = get_user_model().objects.get_or_create(username="bench-author")
        reviewer, _ = get_user_model().objects.get_or_create(username="bench-reviewer")
        status = Status.objects.get(slug="single-source")
        governments = Actor.objects.bulk_create(
            [Actor(name=f"Government {n}", slug=f"bench-government-{n}", kind="organisation") for n in range(40)]
        )
        agencies = Actor.objects.bulk_create(
            [Actor(name=f"Agency {g.pk}", slug=f"bench-agency-{g.pk}", kind="organisation", organisation=g)
             for g in governments]
        )  # fmt: skip
        speakers = Actor.objects.bulk_create(
            [Actor(name=f"Speaker {a.pk}-{n}", slug=f"bench-speaker-{a.pk}-{n}", organisation=a)
             for a in agencies for n in range(10)]
        )  # fmt: skip
        now = timezone.now()
        sources = Source.objects.bulk_create(
            [Source(title=f"Report {n}", slug=f"bench-report-{n}", published_at=now, text="") for n in range(500)]
        )
        claims = []
        for n in range(estimates):
            # Most origins agree on about 12,000 (each within 4%); one estimate in 500 is far off.
            value = Decimal(3000 if rng.random() < 0.002 else round(12000 * (1 + rng.uniform(-0.04, 0.04))))
            claims.append(
                Claim(statement=f"About {value} troops (bench {n}).", slug=f"bench-claim-{n}", value=value,
                      lower=value * Decimal("0.9"), upper=value * Decimal("1.1"), unit="troops",
                      qualifier="approximately", claim_reviewed=f"Bench {n}")
            )  # fmt: skip
        claims = Claim.objects.bulk_create(claims, batch_size=2000)
        start = datetime.date(2024, 1, 1)
        Appearance.objects.bulk_create(
            [Appearance(claim=c, source=rng.choice(sources), speaker=rng.choice(speakers), quote=f"quote {c.pk}",
                        stated_on=start + datetime.timedelta(days=rng.randrange(365)))
             for c in claims],
            batch_size=2000,
        )  # fmt: skip
        published = [c for c in claims if rng.random() < 0.87]
        Verification.objects.bulk_create(
            [Verification(claim=c, status=status, state="published", rationale="Bench.", author=author,
                          reviewer=reviewer, published_at=now, submitted_at=now)
             for c in published],
            batch_size=2000,
        )  # fmt: skip
        Claim.objects.filter(pk__in=[c.pk for c in published]).update(checked_at=now, first_published_at=now)
        figure = Figure.objects.create(slug=FIGURE_SLUG, name="Bench: troops in 2024", unit="troops")
        Estimate.objects.bulk_create([Estimate(figure=figure, claim=c) for c in claims], batch_size=2000)
    # The planner's statistics, as autovacuum would gather them on a live database: without them it
    # takes the new tables for empty and joins ten thousand rows by nested loops.
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return figure


def ledger_public(figure) -> None:
    from figures.ledger import ledger_for

    ledger_for(figure, public=True)


def ledger_newsroom(figure) -> None:
    from figures.ledger import ledger_for

    ledger_for(figure, public=False)


@functools.cache
def _client():
    """
    One client for the process, as a server has one handler per worker: a new Client loads the
    middleware again on its first request, and WhiteNoise's scan of the static files was timed
    with every request.
    """
    from django.test import Client

    return Client()


def _get(path: str, *, drop_chart: bool = False) -> Callable:
    def get(figure) -> None:
        from django.core.cache import cache

        from core.freshness import public_record_changed

        public_record_changed()  # a new site version: the answer is computed, not replayed from the cache
        if drop_chart:
            cache.delete_many(_chart_keys())
        response = _client().get(path.format(slug=figure.slug, page=_middle_page()))
        assert response.status_code == 200, response.status_code

    return get


@functools.cache
def _middle_page() -> int:
    """A page halfway through the figure page's table (50 public estimates a page): read once, untimed."""
    from figures.ledger import ledger_for
    from figures.models import Figure

    return max(1, len(ledger_for(Figure.objects.get(slug=FIGURE_SLUG), public=True).entries) // 100)


@functools.cache
def _chart_keys() -> list[str]:
    """The chart's cache keys of the bench figure (the ledger's version is part of them): read once, untimed."""
    from figures.chart import CHART_FORMAT
    from figures.ledger import ledger_for
    from figures.models import Figure

    figure = Figure.objects.get(slug=FIGURE_SLUG)
    return [f"figures:chart:{CHART_FORMAT}:{figure.pk}:{ledger_for(figure, public=True).version}"]


# What is timed, each a function of the figure.
SURFACES: dict[str, Callable] = {
    "ledger_for(public=True)": ledger_public,
    "ledger_for(public=False)": ledger_newsroom,
    "GET /api/v1/figures/<slug>/ledger/": _get("/api/v1/figures/{slug}/ledger/"),
    "GET …/ledger/?format=csv": _get("/api/v1/figures/{slug}/ledger/?format=csv"),
    "figure page, cold": _get("/figures/{slug}/", drop_chart=True),
    "figure page, chart cached": _get("/figures/{slug}/"),
    "figure page, middle of the table": _get("/figures/{slug}/?page={page}"),
    "embed, cold": _get("/figures/{slug}/embed/", drop_chart=True),
    "embed, chart cached": _get("/figures/{slug}/embed/"),
}


if __name__ == "__main__":
    main()
