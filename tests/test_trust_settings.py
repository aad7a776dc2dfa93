"""The trust app's settings from the environment: the error-report rate and the proxies to believe."""

import json
import os
import subprocess
import sys

import pytest

from tests.test_settings import ROOT

PRINT = (
    "import json; from django.conf import settings as s; "
    "print(json.dumps([s.ERROR_REPORT_RATE, s.REST_FRAMEWORK['NUM_PROXIES']]))"
)


def start(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("ERROR_REPORT_RATE", "NUM_PROXIES")}
    clean["DJANGO_SETTINGS_MODULE"] = "factcheck.settings"
    return subprocess.run([sys.executable, "-c", PRINT], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True)


def test_it_limits_error_reports_to_five_an_hour_and_believes_no_proxy_by_default():
    result = start()
    assert json.loads(result.stdout) == ["5/hour", None]


def test_it_reads_the_rate_and_the_number_of_proxies():
    result = start(ERROR_REPORT_RATE="20/day", NUM_PROXIES="1")
    assert json.loads(result.stdout) == ["20/day", 1]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ERROR_REPORT_RATE": "lots"}, "ERROR_REPORT_RATE='lots' is not a rate like 5/hour"),
        ({"ERROR_REPORT_RATE": "0/hour"}, "is not a rate like 5/hour"),
        ({"NUM_PROXIES": "one"}, "NUM_PROXIES='one' is not a whole number"),
    ],
)
def test_it_refuses_a_bad_value(env, message):
    result = start(**env)
    assert result.returncode != 0 and message in result.stderr
