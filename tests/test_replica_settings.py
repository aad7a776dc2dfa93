"""DATABASE_REPLICA_URLS and DATABASE_REPLICA_PIN_SECONDS, read in a fresh interpreter like test_settings."""

import json
import os
import subprocess
import sys

import pytest

from tests.test_settings import ROOT

PRIMARY = "postgres://postgres@127.0.0.1:5441/factcheck"
PRINT_REPLICAS = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({'replicas': settings.REPLICA_DATABASES, 'pin': settings.REPLICA_PIN_SECONDS, "
    "'databases': {alias: [db['HOST'], db['PORT'], db['NAME'], db['TEST']['MIRROR']] "
    "for alias, db in settings.DATABASES.items()}}))"
)


def start(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "DJANGO_"))}
    clean["DJANGO_SETTINGS_MODULE"] = "factcheck.settings"
    return subprocess.run(
        [sys.executable, "-c", PRINT_REPLICAS], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def replicas_of(**env: str) -> dict:
    result = start(**env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_it_has_no_replicas_unless_told():
    found = replicas_of(DATABASE_URL=PRIMARY)
    assert found["replicas"] == []
    assert list(found["databases"]) == ["default"]


def test_it_adds_a_replica_per_url_mirroring_default_under_test():
    found = replicas_of(
        DATABASE_URL=PRIMARY,
        DATABASE_REPLICA_URLS="postgres://postgres@127.0.0.1:5442/factcheck, postgres://postgres@replica-2.example/factcheck",
    )
    assert found["replicas"] == ["replica_1", "replica_2"]
    assert found["databases"]["replica_1"] == ["127.0.0.1", 5442, "factcheck", "default"]
    assert found["databases"]["replica_2"] == ["replica-2.example", "", "factcheck", "default"]
    assert found["pin"] == 5


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DATABASE_REPLICA_URLS": "nosuchdb://x"}, "DATABASE_REPLICA_URLS: replica 1 is not a usable database URL"),
        ({"DATABASE_REPLICA_URLS": "postgres://h/db, sqlite:///x"}, "DATABASE_REPLICA_URLS: replica 2 must name"),
        ({"DATABASE_REPLICA_URLS": "postgres://h:5442"}, "DATABASE_REPLICA_URLS: replica 1 must name a database"),
        ({"DATABASE_REPLICA_PIN_SECONDS": "0"}, "DATABASE_REPLICA_PIN_SECONDS='0' is not a whole number"),
        ({"DATABASE_REPLICA_PIN_SECONDS": "soon"}, "DATABASE_REPLICA_PIN_SECONDS='soon' is not a whole number"),
    ],
)
def test_it_refuses_to_start_with_a_bad_replica_configuration(env, message):
    result = start(DATABASE_URL=PRIMARY, **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr
