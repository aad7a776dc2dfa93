"""
How every surface scales from a small archive to a large one: p50/p95 wall time and CPU per request.

BENCH_COLD=1 changes the site version before every request, so nothing is answered from the
response cache: what a request costs right after a publish. Without it, repeated anonymous
requests are answered from the cache, as readers get them. The "claim page, 304" surface (a
client sending back the ETag it holds) is always measured warm: a new version makes that ETag stale.

    .venv/bin/python bench/scale.py [--small 10000] [--large 1000000] [--repeat 15] [--timeout 10]

Uses two PostgreSQL databases named after the sizes (bench_10k, bench_1m; BENCH_DB_PREFIX changes
"bench") on the server of
BENCH_SERVER_URL (default postgres://postgres@127.0.0.1:5432), and creates, migrates and fills
a missing one with ``manage.py synth_archive --claims N --seed 1`` (a million claims take
minutes). Each size is measured in its own process, in-process through Django's test Client,
with production settings (DEBUG off) and persistent database connections (the test Client never
closes them). Every SQL statement is cut off after --timeout seconds (statement_timeout) and
every request interrupted after as long (SIGALRM), so a pathological surface reports "> N s"
instead of hanging the run. CPU is this process's time (Python: views, ORM, templates,
serialisers), not PostgreSQL's. Surfaces are anonymous unless marked "(admin)": a superuser.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BENCH_SERVER_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
BUDGET_SECONDS = 30  # per surface: stop repeating after this long (with at least MIN_SAMPLES)
MIN_SAMPLES = 3


PREFIX = os.environ.get("BENCH_DB_PREFIX", "bench")  # another prefix keeps a second pair of archives apart


def database_name(claims: int) -> str:
    """bench_10k, bench_1m, bench_2500 (with BENCH_DB_PREFIX, e.g. after_10k)."""
    for unit, size in (("m", 1_000_000), ("k", 1_000)):
        if claims % size == 0:
            return f"{PREFIX}_{claims // size}{unit}"
    return f"{PREFIX}_{claims}"


# -- the parent: databases, one child per size, the table ------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--small", type=int, default=10_000, help="Claims in the small archive.")
    parser.add_argument("--large", type=int, default=1_000_000, help="Claims in the large archive.")
    parser.add_argument("--repeat", type=int, default=15, help="Timed requests per surface (after one warm-up).")
    parser.add_argument("--timeout", type=float, default=10.0, help="Seconds before a request is given up.")
    parser.add_argument("--measure", metavar="DATABASE", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="Also write the results to this file.")
    args = parser.parse_args()
    if args.measure:
        measure_database(args)
        return
    results = {}
    for claims in (args.small, args.large):
        name = database_name(claims)
        ensure_archive(name, claims)
        print(f"measuring {name} ...", file=sys.stderr, flush=True)
        results[claims] = run_child(name, args)
    print_table(results, args)
    if args.json:
        args.json.write_text(json.dumps({str(k): v for k, v in results.items()}, indent=2))


def manage(database: str, *arguments: str) -> None:
    env = {**os.environ, "DATABASE_URL": f"{SERVER}/{database}"}
    subprocess.run([sys.executable, str(ROOT / "manage.py"), *arguments], env=env, cwd=ROOT, check=True)


def ensure_archive(database: str, claims: int) -> None:
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            print(f"creating {database} with {claims:,} claims ...", file=sys.stderr, flush=True)
            conn.execute(f'CREATE DATABASE "{database}"')
    manage(database, "migrate", "--noinput", "-v0")
    with psycopg.connect(f"{SERVER}/{database}") as conn:
        held = conn.execute("SELECT count(*) FROM claims_claim").fetchone()[0]
    if held == 0:
        manage(database, "synth_archive", "--claims", str(claims), "--seed", "1")
    elif held != claims:
        print(f"warning: {database} holds {held:,} claims, not {claims:,}", file=sys.stderr)


def run_child(database: str, args) -> dict:
    timeout_ms = int(args.timeout * 1000)
    env = {
        **os.environ,
        "DATABASE_URL": f"{SERVER}/{database}?options=-c%20statement_timeout%3D{timeout_ms}",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "testserver",
        "FACTCHECK_SITE_URL": "https://factcheck.example",
        "SECURE_SSL_REDIRECT": "0",  # the test Client speaks plain HTTP; TLS ends at the proxy
        "API_ANON_RATE": "1000000/minute",  # the bench is one client asking many times
        "LOG_LEVEL": "CRITICAL",
    }
    command = [sys.executable, __file__, "--measure", database, "--repeat", str(args.repeat)]
    command += ["--timeout", str(args.timeout)]
    done = subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout)


def print_table(results: dict, args) -> None:
    small, large = args.small, args.large
    a, b = results[small], results[large]
    name_a, name_b = (database_name(size).removeprefix(f"{PREFIX}_") for size in (small, large))
    print(f"\nload average {b['meta']['load']} at the end; {args.repeat} requests per surface after one warm-up")
    print(f"small: {a['meta']['describe']}\nlarge: {b['meta']['describe']}\n")
    head = f"{'surface':<40} {'status':>6} | {name_a + ' p50':>9} {'p95':>7} {'cpu':>7} |"
    head += f" {name_b + ' p50':>9} {'p95':>8} {'cpu':>8} | {'p50 x':>6} {'queries':>9}"
    print(head)
    print("-" * len(head))
    for surface in a["surfaces"]:
        x, y = a["surfaces"][surface], b["surfaces"][surface]
        ratio = f"{y['p50'] / x['p50']:.1f}" if x.get("p50") and y.get("p50") else "-"
        queries = f"{x.get('queries', '?')}/{y.get('queries', '?')}"
        status = y.get("status") or a["surfaces"][surface].get("status") or "-"
        if status != "-" and status != y.get("expected", status):
            status = f"{status}!"
        if y.get("error") and not y.get("timed_out"):
            status = "error"
        print(
            f"{surface:<40} {status:>6} | {cell(x, 'p50', 9)} {cell(x, 'p95', 7)} {cell(x, 'cpu', 7)} |"
            f" {cell(y, 'p50', 9)} {cell(y, 'p95', 8)} {cell(y, 'cpu', 8)} | {ratio:>6} {queries:>9}"
        )
    print("\nms per request (wall p50/p95, CPU mean); queries: per request, small/large; ! = unexpected status")
    for size, result in results.items():
        for surface, r in result["surfaces"].items():
            if r.get("error") and not r.get("timed_out"):
                print(f"  error at {database_name(size)}, {surface}: {r['error']}")
    print(f"\nslowest statement per surface at {name_b}:")
    for surface, y in b["surfaces"].items():
        if y.get("slowest_ms") and y["slowest_ms"] >= 50:
            print(f"  {surface}: {y['slowest_ms']:.0f} ms  {y['slowest_sql']}")


def cell(result: dict, key: str, width: int) -> str:
    if result.get("timed_out"):
        return f"> {result['timeout']:.0f} s".rjust(width) if key == "p50" else "".rjust(width)
    value = result.get(key)
    return "-".rjust(width) if value is None else f"{value:,.1f}".rjust(width)


# -- the child: one database, every surface ----------------------------------------------------------


class RequestTimeout(Exception):
    pass


def measure_database(args) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    import logging

    from django.db import connection, transaction

    logging.disable(logging.CRITICAL)  # the 404s and timeouts are expected; the table reports them

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 0")  # counting search hits scans the archive
        targets = pick_targets()
    surfaces = surface_list(targets)
    results = {}
    for surface in surfaces:
        results[surface.label] = time_surface(surface, args.repeat, args.timeout)
        print(f"  {surface.label}: {results[surface.label]}", file=sys.stderr, flush=True)
    meta = {
        "describe": targets["describe"],
        "load": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
        "database": connection.settings_dict["NAME"],
    }
    print(json.dumps({"meta": meta, "surfaces": results}))


def pick_targets() -> dict:
    """The claim, source, actor, search words and deep cursor the surfaces ask for, from the archive."""
    from base64 import b64encode
    from urllib.parse import urlencode

    from django.contrib.auth import get_user_model
    from django.db.models import Exists, Max, OuterRef

    from claims.models import Appearance, Claim
    from claims.models.verification import published_verdict_of
    from core.search import text_match
    from seeds.synth import search_words

    middle = (Claim.objects.aggregate(m=Max("pk"))["m"] or 0) // 2
    published = Claim.objects.published().filter(pk__gte=middle).order_by("pk").first()
    unpublished = (
        Claim.objects.filter(~Exists(published_verdict_of(OuterRef("pk"))))
        .filter(pk__gte=middle)
        .order_by("pk")
        .first()
    )
    appearance = Appearance.objects.filter(claim=published).exclude(speaker=None).select_related("source", "speaker")
    appearance = appearance.order_by("pk").first()
    # The API's deep page: the cursor DRF would hand out at the middle of the archive (ordered by -created_at).
    position = str(published.created_at)
    cursor = b64encode(urlencode({"p": position}).encode("ascii")).decode("ascii")
    words = search_words()
    hits = {kind: Claim.objects.filter(text_match(Claim, word, ["statement"])).count() for kind, word in words.items()}
    # Words that find as many rows at either size, so that both sizes render the same page and only
    # the archive differs: "rare" itself finds 8 claims at 10k and 3,141 at 1M (a part-empty page
    # against a full one), and no source title at 10k against a full changelist at 1M.
    same_claims = place_matching(CLAIMS_FOUND, lambda word: _published_matches(word, CLAIMS_FOUND * 3))
    same_sources = place_matching(SOURCES_FOUND, lambda word: _source_matches(word, SOURCES_FOUND * 3))
    words |= {"same_claims": same_claims[0], "same_sources": same_sources[0]}
    User = get_user_model()
    admin, _ = User.objects.get_or_create(username="bench-admin", defaults={"is_staff": True, "is_superuser": True})
    speaker_claims = Appearance.objects.filter(speaker=appearance.speaker).values("claim").distinct().count()
    return {
        "claim": published.get_absolute_url(),
        "unpublished": unpublished.get_absolute_url(),
        "source": appearance.source.get_absolute_url(),
        "actor": appearance.speaker.get_absolute_url(),
        "cursor": cursor,
        "words": words,
        "admin": admin,
        "describe": (
            f"{Claim.objects.count():,} claims; claim {published.slug[-30:]}; speaker with {speaker_claims:,} "
            f"claims; '{words['rare']}' in {hits['rare']:,} statements, '{words['common']}' in {hits['common']:,}; "
            f"'{same_claims[0]}' finds {same_claims[1]:,} published claims, "
            f"'{same_sources[0]}' {same_sources[1]:,} sources"
        ),
    }


CLAIMS_FOUND = 300  # a place name in about this many published claims' search text, at either size
SOURCES_FOUND = 80  # and one in about this many source titles (most of a changelist page of 100)


def place_matching(target: int, count) -> tuple[str, int]:
    """
    The synthetic place name that ``count`` finds closest to ``target`` times (with that count):
    places are drawn by rank (Zipf), so a binary search over the ranks finds it in a dozen counts.
    """
    from seeds.synth.vocabulary import vocabulary

    places = [place for place in vocabulary().places if " " not in place]  # one word: searched as typed
    low, high = 0, len(places) - 1
    best: tuple[str, int] | None = None
    while low <= high:
        middle = (low + high) // 2
        found = count(places[middle])
        if best is None or abs(found - target) < abs(best[1] - target):
            best = (places[middle], found)
        if found > target:
            low = middle + 1
        else:
            high = middle - 1
    assert best is not None
    return best


def _published_matches(word: str, cap: int) -> int:
    from claims.search import _matching_ids

    return len(_matching_ids(word, published_only=True, limit=cap))


def _source_matches(word: str, cap: int) -> int:
    from sources.models import Source

    return len(Source.objects.filter(title__icontains=word).values_list("pk", flat=True)[:cap])


class Surface:
    def __init__(self, label: str, path: str, *, admin=None, expect: int = 200, conditional: str = "") -> None:
        self.label, self.path, self.admin, self.expect, self.conditional = label, path, admin, expect, conditional


def surface_list(t: dict) -> list[Surface]:
    rare, common = quote(t["words"]["rare"]), quote(t["words"]["common"])
    same_claims, same_sources = quote(t["words"]["same_claims"]), quote(t["words"]["same_sources"])
    return [
        Surface("/", "/"),
        Surface("/claims/", "/claims/"),
        Surface("/claims/?q=<rare>", f"/claims/?q={rare}"),
        Surface("/claims/?q=<300 found>", f"/claims/?q={same_claims}"),
        Surface("/claims/?q=<common>", f"/claims/?q={common}"),
        Surface("/api/v1/claims/", "/api/v1/claims/"),
        Surface("/api/v1/claims/?cursor=<deep>", f"/api/v1/claims/?cursor={quote(t['cursor'])}"),
        Surface("/api/v1/claims/?q=<rare>", f"/api/v1/claims/?q={rare}"),
        Surface("/api/v1/claims/?q=<300 found>", f"/api/v1/claims/?q={same_claims}"),
        Surface("claim page", t["claim"]),
        # A browser sends both validators, and If-None-Match then makes Django ignore If-Modified-Since.
        Surface("claim page, 304", t["claim"], expect=304, conditional="both"),
        Surface("claim page, 304 (If-Modified-Since)", t["claim"], expect=304, conditional="since"),
        Surface("unpublished claim, 404", t["unpublished"], expect=404),
        Surface("/feeds/checks.atom", "/feeds/checks.atom"),
        Surface("/feeds/corrections.atom", "/feeds/corrections.atom"),
        Surface("/corrections/", "/corrections/"),
        Surface("/sitemap.xml", "/sitemap.xml"),
        Surface("source page", t["source"]),
        Surface("actor page", t["actor"]),
        Surface("admin claim changelist (admin)", "/admin/claims/claim/", admin=t["admin"]),
        Surface("admin appearance changelist (admin)", "/admin/claims/appearance/", admin=t["admin"]),
        # What editors type into the changelists' search boxes.
        Surface("admin claim search (admin)", f"/admin/claims/claim/?q={common}", admin=t["admin"]),
        Surface("admin appearance search (admin)", "/admin/claims/appearance/?q=troops", admin=t["admin"]),
        Surface("admin source search (admin)", f"/admin/sources/source/?q={rare}", admin=t["admin"]),
        Surface("admin source search, 80 found (admin)", f"/admin/sources/source/?q={same_sources}", admin=t["admin"]),
        Surface("admin actor search (admin)", f"/admin/sources/actor/?q={rare}", admin=t["admin"]),
    ]


def time_surface(surface: Surface, repeat: int, timeout: float) -> dict:
    from django.core.cache import cache
    from django.db import connection, connections
    from django.db.utils import OperationalError
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from core.freshness import VERSION_KEY, site_version

    client = Client()
    if surface.admin is not None:
        client.force_login(surface.admin)
    headers: dict[str, str] = {}

    def alarm(signum, frame):
        raise RequestTimeout

    signal.signal(signal.SIGALRM, alarm)

    # A client revalidating with the ETag it holds is answered from the site version: renewing the
    # version would make its ETag stale (a 200, rightly, after a publish), so that surface stays warm.
    cold = os.environ.get("BENCH_COLD") == "1" and surface.conditional != "both"

    def renew_site_version() -> None:
        """A new version with the same time: nothing is cached under it, and Last-Modified stays."""
        stamp = site_version().partition("-")[0]
        cache.set(VERSION_KEY, f"{stamp}-{secrets.token_hex(6)}", timeout=None)

    def get():
        if cold:  # a new site version: every request renders, as after a publish (no response cache hit)
            renew_site_version()
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return client.get(surface.path, headers=headers)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    walls, cpus, status = [], [], None
    started = time.perf_counter()
    try:
        first = get()  # warm-up; for the 304, also where the validators come from
        if surface.conditional:
            headers = {"If-Modified-Since": first.get("Last-Modified", "")}
            if surface.conditional == "both":
                headers["If-None-Match"] = first.get("ETag", "")
        while len(walls) < repeat and (len(walls) < MIN_SAMPLES or time.perf_counter() - started < BUDGET_SECONDS):
            wall, cpu = time.perf_counter(), time.process_time()
            response = get()
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
            status = response.status_code
        with CaptureQueriesContext(connection) as queries:
            get()
    except (RequestTimeout, OperationalError) as exc:
        connections.close_all()  # a statement may still be running; start the next surface afresh
        if isinstance(exc, OperationalError) and "statement timeout" not in str(exc):
            raise
        return {"timed_out": True, "timeout": timeout, "error": type(exc).__name__, "samples": len(walls)}
    except Exception as exc:  # a 500: report it and go on with the other surfaces
        connections.close_all()
        return {"error": f"{type(exc).__name__}: {exc}"[:300], "samples": len(walls)}
    slowest = max(queries.captured_queries, key=lambda q: float(q["time"]), default=None)
    return {
        "status": status,
        "expected": surface.expect,
        "p50": statistics.median(walls),
        "p95": percentile(walls, 95),
        "cpu": statistics.fmean(cpus),
        "samples": len(walls),
        "queries": len(queries.captured_queries),
        "slowest_ms": float(slowest["time"]) * 1000 if slowest else None,
        "slowest_sql": compact_sql(slowest["sql"]) if slowest else None,
    }


def compact_sql(sql: str, limit: int = 320) -> str:
    """The statement without its outermost select list when that is long: it is mostly column names."""
    depth = 0
    for i, char in enumerate(sql):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and sql.startswith(" FROM ", i):
            if i > 80:
                sql = sql[: sql.index(" ") + 1] + "…" + sql[i:]
            break
    return sql[:limit]


def percentile(values: list[float], pct: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


if __name__ == "__main__":
    main()
