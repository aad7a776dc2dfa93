"""
What importing one article costs in the demo archive and in a big one: CPU seconds, peak memory and
queries side by side, with the big archive's ratio to the demo's.

    .venv/bin/python bench/import_cost.py [--claims 1000000] [--repeat 5] [--article PATH]
    .venv/bin/python bench/import_cost.py --demo-db fc_x_demo --big-db fc_x_big   # archives of your own

Two PostgreSQL databases on the server of BENCH_SERVER_URL (default postgres://postgres@127.0.0.1:5432):
the demo (``bench_demo``: migrated and ``manage.py seed`` loaded when it holds no claim) and the big
archive named as bench/scale.py names it (``bench_1m``; BENCH_DB_PREFIX changes "bench"), filled with
``manage.py synth_archive --claims N --seed 1`` when empty. Each is measured in its own process, with
production settings (DEBUG off), so each process's peak memory is its own.

In each process: one import as the command runs it (the first, with the engine's modules and
patterns still to load: "cold"), then --repeat more ("warm", the median, as a server worker that has
imported before). Each import is the whole of ingest.services.source_import (cleaning, extraction,
the duplicate look-up, the source, matching speakers and figures, the suggestions), then accepting
every suggestion it made as a new claim, the editor's next step, timed on its own. Everything runs in
a transaction that is rolled back, so the archive is left as it was (sequences aside); the process
checks the row counts afterwards. The article: the first seed article beside the project (or where
FACTCHECK_SEEDS points), else the first article of tests/ingest_corpus/; or --article.

CPU is this process's time (Python: extraction, the ORM, matching), not PostgreSQL's; "peak RSS" is the
process's high-water mark, and "import RSS" how far one import raised it above what Django itself holds.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from scale import SERVER, database_name, ensure_archive  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000, help="Claims in the big archive.")
    parser.add_argument("--demo-db", default=os.environ.get("BENCH_DEMO_DB", "bench_demo"), help="The demo database.")
    parser.add_argument("--big-db", help="The big archive's database (default: named after --claims, as scale.py).")
    parser.add_argument("--repeat", type=int, default=5, help="Warm imports after the first (their median).")
    parser.add_argument("--article", type=Path, help="The article to import (.txt or .html).")
    parser.add_argument("--measure", metavar="DATABASE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    article = args.article or default_article()
    if args.measure:
        measure(article, repeat=args.repeat)
        return
    big = args.big_db or database_name(args.claims)
    ensure_demo(args.demo_db)
    ensure_archive(big, args.claims)
    results = {}
    for label, database in (("demo", args.demo_db), ("big", big)):
        print(f"measuring {database} ...", file=sys.stderr, flush=True)
        results[label] = run_child(database, article, repeat=args.repeat)
    print_table(results, article=article, repeat=args.repeat)


def default_article() -> Path:
    seeds = Path(os.environ.get("FACTCHECK_SEEDS") or ROOT.parent / "shared" / "seeds")
    found = sorted(seeds.glob("*.txt")) or sorted((ROOT / "tests" / "ingest_corpus").glob("*.txt"))
    if not found:
        sys.exit("No article to import: give one with --article.")
    return found[0]


def manage(database: str, *arguments: str) -> None:
    env = {**os.environ, "DATABASE_URL": f"{SERVER}/{database}"}
    subprocess.run([sys.executable, str(ROOT / "manage.py"), *arguments], env=env, cwd=ROOT, check=True)


def ensure_demo(database: str) -> None:
    """The demo database: created, migrated and seeded when missing or empty."""
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone():
            print(f"creating {database} with the demo content ...", file=sys.stderr, flush=True)
            conn.execute(f'CREATE DATABASE "{database}"')
    manage(database, "migrate", "--noinput", "-v0")
    with psycopg.connect(f"{SERVER}/{database}") as conn:
        held = conn.execute("SELECT count(*) FROM claims_claim").fetchone()
    if held is None or held[0] == 0:
        manage(database, "seed", "-v0")


def run_child(database: str, article: Path, *, repeat: int) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": f"{SERVER}/{database}",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "testserver",
        "FACTCHECK_SITE_URL": "https://factcheck.example",
        "LOG_LEVEL": "CRITICAL",
    }
    command = [sys.executable, __file__, "--measure", database, "--article", str(article), "--repeat", str(repeat)]
    done = subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout)


def print_table(results: dict, *, article: Path, repeat: int) -> None:
    demo, big = results["demo"], results["big"]
    print(f"\narticle: {article.name}, {demo['suggestions']} suggestions; {repeat} warm imports after the first")
    print(f"demo: {demo['describe']}\nbig:  {big['describe']}")
    print(f"load average {big['load']} at the end\n")
    rows = [
        ("import, cold: CPU s", "cold_cpu", "{:.3f}"),
        ("import, warm: CPU s (median)", "warm_cpu", "{:.3f}"),
        ("import, warm: wall s (median)", "warm_wall", "{:.3f}"),
        ("import: queries", "queries", "{:.0f}"),
        ("accept all: CPU s (median)", "accept_cpu", "{:.3f}"),
        ("accept all: queries", "accept_queries", "{:.0f}"),
        ("peak RSS MB (process)", "peak_rss_mb", "{:.0f}"),
        ("import RSS MB (above Django)", "import_rss_mb", "{:.1f}"),
    ]
    head = f"{'':<32} {'demo':>10} {'big':>10} {'big/demo':>9}"
    print(head)
    print("-" * len(head))
    for label, key, fmt in rows:
        a, b = demo[key], big[key]
        ratio = f"{b / a:.2f}" if a else "-"
        print(f"{label:<32} {fmt.format(a):>10} {fmt.format(b):>10} {ratio:>9}")
    print("\nslowest statements in the big archive's warm import:")
    for ms, sql in big["slowest"]:
        print(f"  {ms:8.1f} ms  {sql}")


# -- the child: one database ------------------------------------------------------------------------


class Rollback(Exception):
    pass


def rss_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (the high-water mark) of this process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(article: Path, *, repeat: int) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    import logging

    from django.contrib.auth import get_user_model
    from django.db import connection, reset_queries, transaction
    from django.test.utils import CaptureQueriesContext

    from claims.models import Appearance, Claim
    from ingest.models import Suggestion
    from ingest.services import source_import, suggestion_accept
    from sources.models import Actor, Source

    logging.disable(logging.CRITICAL)
    data = article.read_bytes()
    tables = (Claim, Appearance, Source, Actor, Suggestion, get_user_model())

    def counts() -> list[int]:
        return [model._default_manager.count() for model in tables]

    before = counts()
    connection.ensure_connection()
    settled_rss = rss_mb("VmRSS")

    def one_import() -> dict:
        # The query log keeps the last 9,000 queries and CaptureQueriesContext slices it by position, so once a
        # few imports have filled it every later slice was empty ("0 queries" with --repeat 15): start each empty.
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            try:
                with transaction.atomic():
                    cpu, wall = time.process_time(), time.perf_counter()
                    result = source_import(file=data, filename=article.name, by=None)
                    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                    assert result.created, "the article is already in this archive: choose another with --article"
                    imported = list(queries.captured_queries)
                    editor = get_user_model().objects.create_superuser(f"bench-{secrets.token_hex(4)}")
                    accept_from = len(queries.captured_queries)
                    accept_cpu = time.process_time()
                    for suggestion in result.suggestions:
                        if suggestion.quantity is not None and (suggestion.speaker_id or suggestion.speaker_name):
                            suggestion_accept(suggestion=suggestion, by=editor)
                    accept_cpu = time.process_time() - accept_cpu
                    accept_queries = len(queries.captured_queries) - accept_from
                    raise Rollback
            except Rollback:
                pass
        slowest = sorted(imported, key=lambda q: -float(q["time"]))[:5]
        return {
            "cpu": cpu,
            "wall": wall,
            "queries": len(imported),
            "accept_cpu": accept_cpu,
            "accept_queries": accept_queries,
            "suggestions": len(result.suggestions),
            "slowest": [(float(q["time"]) * 1000, q["sql"][:200]) for q in slowest],
        }

    cold = one_import()
    warm = [one_import() for _ in range(repeat)]
    after = counts()
    if after != before:
        sys.exit(f"The archive changed: {before} rows before, {after} after.")
    claims = before[0]
    print(
        json.dumps(
            {
                "describe": f"{connection.settings_dict['NAME']}: {claims:,} claims, {before[3]:,} actors",
                "load": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
                "suggestions": cold["suggestions"],
                "cold_cpu": cold["cpu"],
                "warm_cpu": statistics.median(w["cpu"] for w in warm),
                "warm_wall": statistics.median(w["wall"] for w in warm),
                "queries": warm[-1]["queries"],
                "accept_cpu": statistics.median(w["accept_cpu"] for w in warm),
                "accept_queries": warm[-1]["accept_queries"],
                "peak_rss_mb": rss_mb("VmHWM"),
                "import_rss_mb": rss_mb("VmHWM") - settled_rss,
                "slowest": warm[-1]["slowest"],
            }
        )
    )


if __name__ == "__main__":
    main()
