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
PRINT_SETTINGS = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({'debug': settings.DEBUG, 'engine': settings.DATABASES['default']['ENGINE'], "
    "'name': str(settings.DATABASES['default']['NAME']), 'hosts': settings.ALLOWED_HOSTS}))"
)


def start(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"}}
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
    found = settings_of(DEBUG="off", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="factcheck.example, www.factcheck.example")
    assert found == {**found, "debug": False, "hosts": ["factcheck.example", "www.factcheck.example"]}


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEBUG": "0", "ALLOWED_HOSTS": "x.example"}, "SECRET_KEY must be set"),
        ({"DEBUG": "0", "ALLOWED_HOSTS": "x.example", "SECRET_KEY": "short"}, "not a real secret key"),
        (
            {"DEBUG": "0", "ALLOWED_HOSTS": "x.example", "SECRET_KEY": "django-insecure-" + "a" * 60},
            "not a real secret",
        ),
        ({"DEBUG": "0", "SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS must be set"),
        ({"DEBUG": "maybe"}, "DEBUG='maybe' is not a boolean"),
        ({"DATABASE_URL": "nosuchdb://x"}, "DATABASE_URL is not a usable database URL"),
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
def test_it_has_no_model_change_without_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
