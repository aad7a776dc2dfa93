"""
What the API costs over the bare minimum: its throughput as a share of a bare WSGI app's.

    .venv/bin/python bench/api_overhead.py [--database bench_1m] [--seconds 5] [--rounds 3]

Serves the project (factcheck.wsgi) and a bare WSGI app that answers every request with the
bytes the project answered, each from gunicorn with one sync worker as in production, and
asks both for /api/v1/claims/ (20 claims, anonymous) one request at a time over HTTP for
--seconds, in --rounds alternating rounds (so both see the same load from the rest of the
machine). Then the same with If-None-Match, answered 304. The issue's targets: the project's
throughput at least 0.25 of the bare app's for the 200, and at least 0.5 for the 304.

The project runs with its production settings (DEBUG off, so a database connection per request
as CONN_MAX_AGE is 0), and once more with persistent connections (bench/persistent_settings.py)
to show what reconnecting costs. The database is one bench/scale.py creates.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BENCH_SERVER_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
PATH = "/api/v1/claims/"
SETTINGS = [("production", "factcheck.settings"), ("persistent connections", "bench.persistent_settings")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--database", action="append", help="Database(s) to serve; default bench_10k and bench_1m.")
    parser.add_argument("--seconds", type=float, default=5.0, help="Length of each timed run.")
    parser.add_argument("--rounds", type=int, default=3, help="Alternating rounds; the median is reported.")
    args = parser.parse_args()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    print(f"{PATH}, one gunicorn sync worker, one client, {args.rounds} x {args.seconds:.0f} s per cell; req/s medians")
    cells = f"{'app':>8} {'bare':>9} {'ratio':>6}"
    print(f"{'':<35} {'200':^25} | {'304':^25}\n{'database':<12} {'settings':<22} {cells} | {cells}")
    for database in args.database or ["bench_10k", "bench_1m"]:
        for label, settings in SETTINGS:
            row = measure(gunicorn, database, settings, args)
            print(
                f"{database:<12} {label:<22} {row['200']['app']:>8.1f} {row['200']['bare']:>9.1f} "
                f"{row['200']['app'] / row['200']['bare']:>6.4f} | {row['304']['app']:>8.1f} "
                f"{row['304']['bare']:>9.1f} {row['304']['app'] / row['304']['bare']:>6.4f}",
                flush=True,
            )
    print(f"\nload average at the end: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")


def measure(gunicorn: Path, database: str, settings: str, args) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "DATABASE_URL": f"{SERVER}/{database}",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1",
        "FACTCHECK_SITE_URL": "https://factcheck.example",
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback; TLS ends at the proxy
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7"),  # the shared cache, as deployed
        "API_ANON_RATE": "1000000/minute",  # one client asking many times
        "LOG_LEVEL": "CRITICAL",
    }
    with serve(gunicorn, "factcheck.wsgi:application", env) as app_port:
        ok = fetch(app_port, request())
        etag = header(ok, b"ETag")
        not_modified = fetch(app_port, request(f"If-None-Match: {etag}\r\n"))
        results: dict[str, dict[str, list[float]]] = {"200": {"app": [], "bare": []}, "304": {"app": [], "bare": []}}
        with tempfile.TemporaryDirectory() as tmp:
            bare_ports = {}
            with (
                serve_bare(gunicorn, Path(tmp), "200", ok, env) as bare_200,
                serve_bare(gunicorn, Path(tmp), "304", not_modified, env) as bare_304,
            ):
                bare_ports = {"200": bare_200, "304": bare_304}
                for _ in range(args.rounds):
                    for kind, extra in (("200", ""), ("304", f"If-None-Match: {etag}\r\n")):
                        expected = b"HTTP/1.1 " + kind.encode()
                        for side, port in (("app", app_port), ("bare", bare_ports[kind])):
                            results[kind][side].append(throughput(port, request(extra), expected, args.seconds))
    return {kind: {side: statistics.median(v) for side, v in sides.items()} for kind, sides in results.items()}


def request(extra: str = "") -> bytes:
    head = f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n{extra}Connection: close\r\n\r\n"
    return head.encode()


def fetch(port: int, raw: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(raw)
        chunks = []
        while data := sock.recv(65536):
            chunks.append(data)
    return b"".join(chunks)


def header(response: bytes, name: bytes) -> str:
    head = response.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name.lower():
            return value.strip().decode()
    raise SystemExit(f"no {name.decode()} header in the project's response:\n{head.decode(errors='replace')}")


def throughput(port: int, raw: bytes, expected: bytes, seconds: float) -> float:
    """Requests per second, one at a time, each on a new connection (a sync worker closes it)."""
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        response = fetch(port, raw)
        if not response.startswith(expected):
            raise SystemExit(f"expected {expected.decode()}, got {response[:200]!r}")
        done += 1
    return done / (time.perf_counter() - started)


@contextmanager
def serve(gunicorn: Path, app: str, env: dict):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(gunicorn), app, "--bind", f"127.0.0.1:{port}", "--workers", "1", "--worker-class", "sync"]
    command += ["--log-level", "error", "--chdir", str(ROOT)]
    process = subprocess.Popen(command, env={**env, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"gunicorn for {app} did not start") from None
                time.sleep(0.2)
        fetch(port, request())  # the first request imports the views
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def serve_bare(gunicorn: Path, tmp: Path, name: str, response: bytes, env: dict):
    """The bare app, answering with ``response``'s status, headers and body."""
    head, _, body = response.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = lines[0].split(" ", 1)[1]
    skip = {"connection", "date", "server", "transfer-encoding"}  # the server sets these itself
    headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines[1:]]
    headers = [(k, v) for k, v in headers if k.lower() not in skip]
    spec = tmp / f"{name}.json"
    spec.write_text(json.dumps({"status": status, "headers": headers, "body": base64.b64encode(body).decode()}))
    with serve(gunicorn, "bench.bare_wsgi:application", {**env, "BARE_RESPONSE": str(spec)}) as port:
        yield port


if __name__ == "__main__":
    main()
