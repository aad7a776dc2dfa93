"""Settings come from the environment; each case starts a fresh interpreter with its own environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k" * 20 + "Zq8!x" * 8
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": GOOD_KEY,
    "ALLOWED_HOSTS": "x.example",
    "FACTCHECK_SITE_URL": "https://x.example",
}
PRINT_SETTINGS = (
    "import json; from django.conf import settings as s; "
    "db = s.DATABASES['default']; "
    "print(json.dumps({'debug': s.DEBUG, 'engine': db['ENGINE'], 'name': str(db['NAME']), 'hosts': s.ALLOWED_HOSTS, "
    "'conn_max_age': db['CONN_MAX_AGE'], 'conn_health_checks': db['CONN_HEALTH_CHECKS'], "
    "'cache': s.CACHES['default']['BACKEND'], 'cache_location': s.CACHES['default'].get('LOCATION'), "
    "'sessions': s.SESSION_ENGINE, 'site_url': s.FACTCHECK_SITE_URL, 'ssl_redirect': s.SECURE_SSL_REDIRECT, "
    "'hsts': s.SECURE_HSTS_SECONDS, 'secure_cookies': [s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE], "
    "'proxy_ssl_header': s.SECURE_PROXY_SSL_HEADER, 'static': s.STORAGES['staticfiles']['BACKEND'], "
    "'db_options': db.get('OPTIONS', {}).get('options')}))"
)
# Variables of the developer's shell that would change what a case sees.
OURS = {"DATABASE_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "FACTCHECK_SITE_URL", "REDIS_URL", "CACHE_URL",
        "LOCAL_HTTP", "CONN_MAX_AGE", "SECURE_PROXY_SSL_HEADER", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "LOG_LEVEL", "STATIC_ROOT", "TRUSTED_PROXY_COUNT",
        "LOGIN_FAILURE_LIMIT", "LOGIN_LOCKOUT_MINUTES", "EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS", "EMAIL_USE_SSL", "DEFAULT_FROM_EMAIL",
        "DATABASE_PARALLEL_WORKERS"}  # fmt: skip


def start(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in OURS}
    clean["DJANGO_SETTINGS_MODULE"] = "factcheck.settings"
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def settings_of(**env: str) -> dict:
    result = start(**env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_it_runs_on_sqlite_with_debug_when_the_environment_is_empty():
    found = settings_of()
    assert found["debug"] is True
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["name"] == str(ROOT / "db.sqlite3")


def test_it_selects_postgresql_from_database_url():
    found = settings_of(DATABASE_URL="postgres://postgres@127.0.0.1:5432/factcheck")
    assert found["engine"] == "django.db.backends.postgresql"
    assert found["name"] == "factcheck"


def test_it_reads_allowed_hosts_as_a_comma_separated_list():
    found = settings_of(**{**PRODUCTION, "ALLOWED_HOSTS": "factcheck.example, www.factcheck.example"})
    assert found == {**found, "debug": False, "hosts": ["factcheck.example", "www.factcheck.example"]}


def test_it_keeps_a_local_demo_without_https_cache_server_or_persistent_connections():
    found = settings_of()
    assert found["site_url"] == "http://127.0.0.1:8000"
    assert found["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert found["sessions"] == "django.contrib.sessions.backends.db"
    assert (found["conn_max_age"], found["ssl_redirect"], found["hsts"]) == (0, False, 0)
    assert found["static"] == "django.contrib.staticfiles.storage.StaticFilesStorage"


def test_it_turns_on_https_persistent_connections_and_hashed_static_files_in_production():
    found = settings_of(**PRODUCTION)
    assert found["site_url"] == "https://x.example"
    assert (found["ssl_redirect"], found["hsts"], found["secure_cookies"]) == (True, 31_536_000, [True, True])
    assert (found["conn_max_age"], found["conn_health_checks"]) == (60, True)
    assert found["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert found["proxy_ssl_header"] is None


def test_it_trusts_the_proxy_for_https_only_when_told():
    found = settings_of(**PRODUCTION, SECURE_PROXY_SSL_HEADER="1")
    assert found["proxy_ssl_header"] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_it_reads_conn_max_age_from_the_environment():
    found = settings_of(**PRODUCTION, CONN_MAX_AGE="0")
    assert (found["conn_max_age"], found["conn_health_checks"]) == (0, False)


def test_it_plans_the_apps_postgresql_queries_without_parallel_workers_unless_told():
    url = "postgres://postgres@127.0.0.1:5432/factcheck"
    assert settings_of(DATABASE_URL=url)["db_options"] == "-c max_parallel_workers_per_gather=0"
    # Behind a pooler that refuses startup options: none sent, the server's setting applies.
    assert settings_of(DATABASE_URL=url, DATABASE_PARALLEL_WORKERS="server")["db_options"] is None
    found = settings_of(DATABASE_URL=url, DATABASE_PARALLEL_WORKERS="2")
    assert found["db_options"] == "-c max_parallel_workers_per_gather=2"
    # What the URL already says is kept, and its own value for the setting wins.
    found = settings_of(DATABASE_URL=f"{url}?options=-c%20statement_timeout%3D1000")
    assert found["db_options"] == "-c statement_timeout=1000 -c max_parallel_workers_per_gather=0"
    found = settings_of(DATABASE_URL=f"{url}?options=-c%20max_parallel_workers_per_gather%3D4")
    assert found["db_options"] == "-c max_parallel_workers_per_gather=4"
    assert settings_of()["db_options"] is None  # SQLite


@pytest.mark.parametrize("variable", ["REDIS_URL", "CACHE_URL"])
def test_it_shares_the_cache_and_sessions_on_redis_when_given_its_url(variable):
    found = settings_of(**{variable: "redis://cache.internal:6379/2"})
    assert found["cache"] == "core.cache.RedisCache"  # Django's, reusing its Redis clients
    assert found["cache_location"] == "redis://cache.internal:6379/2"
    assert found["sessions"] == "django.contrib.sessions.backends.cached_db"


ACCOUNTS = (
    "from django.conf import settings as s; from datetime import timedelta; "
    "print(s.REST_FRAMEWORK['NUM_PROXIES'], s.AXES_FAILURE_LIMIT, int(s.AXES_COOLOFF_TIME.total_seconds()), "
    "s.EMAIL_BACKEND.rsplit('.', 2)[1], s.EMAIL_HOST, s.DEFAULT_FROM_EMAIL)"
)


def accounts_settings(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in OURS}
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {ACCOUNTS}"],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "factcheck.settings", **env},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_it_prints_mail_to_the_console_and_trusts_no_proxy_by_default():
    assert accounts_settings() == "0 5 900 console localhost factcheck <noreply@127.0.0.1>"


def test_it_sends_mail_by_smtp_in_production_and_reads_the_proxies_and_lockouts():
    found = accounts_settings(
        **PRODUCTION, TRUSTED_PROXY_COUNT="2", LOGIN_FAILURE_LIMIT="8", LOGIN_LOCKOUT_MINUTES="30",
        EMAIL_HOST="smtp.example", DEFAULT_FROM_EMAIL="desk@x.example",
    )  # fmt: skip
    assert found == "2 8 1800 smtp smtp.example desk@x.example"


def test_it_drops_a_trailing_slash_from_the_site_address():
    assert settings_of(**{**PRODUCTION, "FACTCHECK_SITE_URL": "https://X.example/"})["site_url"] == "https://x.example"


def test_it_allows_a_plain_http_trial_on_this_machine_only_when_told():
    found = settings_of(**{**PRODUCTION, "FACTCHECK_SITE_URL": "http://127.0.0.1:8000", "LOCAL_HTTP": "1"})
    assert found["site_url"] == "http://127.0.0.1:8000"
    assert (found["ssl_redirect"], found["hsts"], found["secure_cookies"]) == (False, 0, [False, False])


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEBUG": "0", "ALLOWED_HOSTS": "x.example"}, "SECRET_KEY must be set"),
        ({"DEBUG": "0", "ALLOWED_HOSTS": "x.example", "SECRET_KEY": "short"}, "not a real secret key"),
        (
            {"DEBUG": "0", "ALLOWED_HOSTS": "x.example", "SECRET_KEY": "django-insecure-" + "a" * 60},
            "not a real secret",
        ),
        (
            {"DEBUG": "0", "SECRET_KEY": GOOD_KEY, "FACTCHECK_SITE_URL": "https://x.example"},
            "ALLOWED_HOSTS must be set",
        ),
        ({"DEBUG": "maybe"}, "DEBUG='maybe' is not a boolean"),
        ({"DATABASE_URL": "nosuchdb://x"}, "DATABASE_URL is not a usable database URL"),
        ({**PRODUCTION, "FACTCHECK_SITE_URL": ""}, "FACTCHECK_SITE_URL must be set when DEBUG is off"),
        ({**PRODUCTION, "FACTCHECK_SITE_URL": "https://localhost"}, "points at this machine"),
        ({**PRODUCTION, "FACTCHECK_SITE_URL": "https://127.0.0.1:8000"}, "points at this machine"),
        ({**PRODUCTION, "FACTCHECK_SITE_URL": "http://x.example"}, "must start with https://"),
        ({"FACTCHECK_SITE_URL": "https://x.example/factcheck"}, "is not a site address"),
        ({"FACTCHECK_SITE_URL": "x.example"}, "is not a site address"),
        ({"FACTCHECK_SITE_URL": "https://x.example:https"}, "is not a site address"),
        ({"REDIS_URL": "http://cache.internal"}, "REDIS_URL='http://cache.internal' is not a usable Redis URL"),
        ({"REDIS_URL": "redis://cache.internal:port/0"}, "REDIS_URL='redis://cache.internal:port/0' is not a usable"),
        ({"CACHE_URL": "redis://cache.internal/cache"}, "CACHE_URL='redis://cache.internal/cache' is not a usable"),
        ({"CONN_MAX_AGE": "forever"}, "CONN_MAX_AGE='forever' is not a whole number"),
        ({"SECURE_HSTS_SECONDS": "-1"}, "SECURE_HSTS_SECONDS='-1' cannot be negative"),
        ({"LOG_LEVEL": "loud"}, "LOG_LEVEL='LOUD' is not one of"),
        ({"TRUSTED_PROXY_COUNT": "-1"}, "TRUSTED_PROXY_COUNT='-1' cannot be negative"),
        ({"TRUSTED_PROXY_COUNT": "one"}, "TRUSTED_PROXY_COUNT='one' is not a whole number"),
        ({"LOGIN_FAILURE_LIMIT": "0"}, "LOGIN_FAILURE_LIMIT=0 must be at least 1"),
        ({"LOGIN_LOCKOUT_MINUTES": "0"}, "LOGIN_LOCKOUT_MINUTES=0 would lock out for ever"),
        ({"EMAIL_BACKEND": "pigeon"}, "EMAIL_BACKEND='pigeon' is not one of smtp, console"),
        ({"EMAIL_USE_SSL": "1"}, "EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on"),
    ],
)
def test_it_refuses_to_start_with_a_bad_configuration(env, message):
    result = start(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_it_passes_the_system_checks():
    call_command("check", "--fail-level", "WARNING")


@pytest.mark.django_db
def test_it_passes_the_system_checks_of_the_database_it_runs_on():
    """As `migrate` runs them: on SQLite an index's INCLUDE columns, which it ignores, are no warning."""
    call_command("check", "--database", "default", "--fail-level", "WARNING")


@pytest.mark.django_db
def test_it_has_no_model_change_without_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db
def test_it_runs_the_apps_postgresql_connection_without_parallel_workers():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's planner setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone()[0] == "0"
