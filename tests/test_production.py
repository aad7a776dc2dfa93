"""
The production stack over real HTTP: gunicorn with DEBUG off, static files from WhiteNoise, the
cache on Redis, /healthz and request ids; and `check --deploy` with the documented environment.

One gunicorn per test module (per xdist worker), on a copy of the test run's SQLite database or
on its PostgreSQL test database, with static files collected into a temporary STATIC_ROOT. Every
request goes to it as a TLS-ending proxy would send it: Host of the site, X-Forwarded-Proto https.
Redis db 4 (TEST_REDIS_URL) when it answers; without it the Redis test is skipped, unless
REQUIRE_REDIS=1 (set by CI) makes that a failure. TEST_PORTS=8140-8149 keeps the server's port in
a range (any free port otherwise).
"""

import http.client
import json
import os
import re
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.db import connection

from tests.test_settings import OURS

# So that the test database exists even when only this module runs; the tests themselves use HTTP.
pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SITE = "factcheck.example"
# The production environment of the README's "Deployment and operations", with stand-in addresses.
DOCUMENTED_PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "k" * 20 + "Zq8!x" * 8,
    "ALLOWED_HOSTS": SITE,
    "FACTCHECK_SITE_URL": f"https://{SITE}",
    "DATABASE_URL": "postgres://factcheck@db.internal:5432/factcheck",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "SECURE_PROXY_SSL_HEADER": "1",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "SECURE_HSTS_PRELOAD": "1",
    "TRUSTED_PROXY_COUNT": "1",
    "EMAIL_HOST": "smtp.internal",
    "DEFAULT_FROM_EMAIL": f"factcheck@{SITE}",
}
AS_THE_PROXY_SENDS = {"Host": SITE, "X-Forwarded-Proto": "https"}
STARTUP_SECONDS = 60


def environment(**env: str) -> dict[str, str]:
    """This process's environment without the developer's settings variables, plus ``env``."""
    clean = {k: v for k, v in os.environ.items() if k not in OURS and not k.startswith("SECURE_")}
    return {**clean, "DJANGO_SETTINGS_MODULE": "factcheck.settings", **env}


def test_it_passes_the_deployment_checks_with_the_documented_environment():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment(**DOCUMENTED_PRODUCTION),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_it_fails_the_deployment_checks_when_the_throttle_would_count_per_process():
    without_redis = {k: v for k, v in DOCUMENTED_PRODUCTION.items() if k != "REDIS_URL"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment(**without_redis),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "core.W001" in result.stderr


# -- the server ------------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: str


@dataclass
class Server:
    port: int
    access_log: Path
    error_log: Path
    redis_url: str | None

    def get(self, path: str, headers: dict[str, str] | None = None) -> Answer:
        client = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            client.request("GET", path, headers=AS_THE_PROXY_SENDS if headers is None else headers)
            response = client.getresponse()
            return Answer(response.status, response.headers, response.read().decode("utf-8", "replace"))
        finally:
            client.close()

    def logs(self) -> str:
        return self.access_log.read_text() + self.error_log.read_text()


def free_port() -> int:
    low, _, high = os.environ.get("TEST_PORTS", "0").partition("-")
    for port in range(int(low), int(high or low) + 1):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError(f"no free port in TEST_PORTS={os.environ['TEST_PORTS']}")


def reachable_redis() -> str | None:
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/4")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1).ping()
    except redis.RedisError as exc:
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(f"Redis at {url} does not answer ({exc}); CI starts it in .ci/run.")
        return None
    return url


def database_url_for_the_server(directory: Path) -> str:
    """The test database itself on PostgreSQL; on SQLite (in memory) a copy of it in a file."""
    connection.ensure_connection()
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        credentials = quote(db["USER"] or "") + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
        return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{quote(db['NAME'])}"
    copy = directory / "db.sqlite3"
    with sqlite3.connect(copy) as target:
        connection.connection.backup(target)
    return f"sqlite:///{copy}"


@pytest.fixture(scope="module")
def server(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[Server]:
    directory = tmp_path_factory.mktemp("production")
    with django_db_blocker.unblock():
        database_url = database_url_for_the_server(directory)
    redis_url = reachable_redis()
    env = environment(
        **DOCUMENTED_PRODUCTION
        | {"DATABASE_URL": database_url, "STATIC_ROOT": str(directory / "static"), "WEB_CONCURRENCY": "1"}
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL")
    collected = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert collected.returncode == 0, collected.stderr

    port = free_port()
    found = Server(port, directory / "access.log", directory / "error.log", redis_url)
    with found.access_log.open("w") as stdout, found.error_log.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "factcheck.wsgi", "-c", "gunicorn.conf.py", "-b", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=stdout,
            stderr=stderr,
            start_new_session=True,  # its own process group: the workers are killed with it
        )
    try:
        wait_until_healthy(found, process)
        yield found
    finally:
        stop(process)


def wait_until_healthy(server: Server, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited with {process.returncode}:\n{server.logs()}")
        try:
            if server.get("/healthz", {"Host": SITE}).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer /healthz within {STARTUP_SECONDS} s:\n{server.logs()}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def static_links(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="(/static/[^"]+)"', html)


# -- over HTTP ---------------------------------------------------------------------------------------


def test_it_answers_the_health_check_over_plain_http(server):
    answer = server.get("/healthz", {"Host": SITE})  # a load balancer's probe: no proxy headers
    assert answer.status == 200
    assert json.loads(answer.body) == {"database": "ok", "cache": "ok"}
    assert "no-store" in answer.headers["Cache-Control"]


def test_it_redirects_a_plain_http_page_to_the_site_over_https(server):
    answer = server.get("/claims/", {"Host": SITE})
    assert answer.status == 301
    assert answer.headers["Location"] == f"https://{SITE}/claims/"


def test_it_serves_a_page_whose_stylesheet_is_hashed_compressed_and_kept_for_a_year(server):
    page = server.get("/")
    assert page.status == 200
    assert "max-age=31536000" in page.headers["Strict-Transport-Security"]
    [stylesheet] = [link for link in static_links(page.body) if link.endswith(".css")]
    assert re.fullmatch(r"/static/site/site\.[0-9a-f]{12}\.css", stylesheet)
    css = server.get(stylesheet, {**AS_THE_PROXY_SENDS, "Accept-Encoding": "gzip"})
    assert css.status == 200
    assert css.headers["Content-Encoding"] == "gzip"
    max_age = int(re.search(r"max-age=(\d+)", css.headers["Cache-Control"]).group(1))
    assert max_age >= 365 * 24 * 3600


def test_it_serves_the_admin_stylesheets(server):
    login = server.get("/admin/login/")
    assert login.status == 200
    stylesheets = [link for link in static_links(login.body) if link.endswith(".css")]
    assert stylesheets
    assert [server.get(link).status for link in stylesheets] == [200] * len(stylesheets)


def test_it_serves_the_api_docs_and_their_assets(server):
    docs = server.get("/api/docs/")
    assert docs.status == 200
    assets = static_links(docs.body)
    assert any("swagger-ui" in asset for asset in assets)
    assert [server.get(asset).status for asset in assets] == [200] * len(assets)


def test_it_names_the_site_address_in_robots_txt(server):
    answer = server.get("/robots.txt")
    assert answer.status == 200
    assert f"Sitemap: https://{SITE}/sitemap.xml" in answer.body


def test_it_gives_every_answer_a_request_id_and_prints_it_in_the_access_log(server):
    made = server.get("/robots.txt").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    kept = server.get("/robots.txt", {**AS_THE_PROXY_SENDS, "X-Request-ID": "proxy-7f3a.42"})
    assert kept.headers["X-Request-ID"] == "proxy-7f3a.42"
    replaced = server.get("/robots.txt", {**AS_THE_PROXY_SENDS, "X-Request-ID": "x" * 65})
    assert re.fullmatch(r"[0-9a-f]{32}", replaced.headers["X-Request-ID"])
    access_log = server.access_log.read_text()
    assert f"[{made}]" in access_log and "[proxy-7f3a.42]" in access_log


def test_it_logs_each_django_line_once_with_the_request_id(server):
    missing = f"/claims/no-such-claim-{secrets.token_hex(4)}/"
    request_id = server.get(missing).headers["X-Request-ID"]
    lines = [line for line in server.error_log.read_text().splitlines() if f"Not Found: {missing}" in line]
    assert len(lines) == 1
    assert f"[{request_id}]" in lines[0]


def test_it_keeps_the_api_throttle_counts_in_redis(server):
    if server.redis_url is None:
        pytest.skip("Redis does not answer at TEST_REDIS_URL (default redis://127.0.0.1:6379/4).")
    shared = redis.Redis.from_url(server.redis_url)
    key = "factcheck:1:throttle_anon_127.0.0.1"  # KEY_PREFIX:version:DRF's key for an anonymous client
    shared.delete(key)
    assert server.get("/api/v1/statuses/").status == 200
    assert shared.exists(key)


def test_it_counts_the_address_the_trusted_proxy_saw_not_one_the_client_wrote(server):
    if server.redis_url is None:
        pytest.skip("Redis does not answer at TEST_REDIS_URL (default redis://127.0.0.1:6379/4).")
    shared = redis.Redis.from_url(server.redis_url)
    seen, spoofed = "factcheck:1:throttle_anon_198.51.100.4", "factcheck:1:throttle_anon_203.0.113.9"
    shared.delete(seen, spoofed)
    # The client wrote 203.0.113.9; the one trusted proxy (TRUSTED_PROXY_COUNT=1) appended what it saw.
    forwarded = {**AS_THE_PROXY_SENDS, "X-Forwarded-For": "203.0.113.9, 198.51.100.4"}
    assert server.get("/api/v1/statuses/", forwarded).status == 200
    assert shared.exists(seen) and not shared.exists(spoofed)
