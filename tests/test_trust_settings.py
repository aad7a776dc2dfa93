"""The trust app's setting from the environment: the error-report rate."""

import json
import os
import subprocess
import sys

import pytest

from tests.test_settings import ROOT

PRINT = "import json; from django.conf import settings as s; print(json.dumps(s.ERROR_REPORT_RATE))"


def start(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k != "ERROR_REPORT_RATE"}
    clean["DJANGO_SETTINGS_MODULE"] = "factcheck.settings"
    return subprocess.run([sys.executable, "-c", PRINT], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True)


def test_it_limits_error_reports_to_five_an_hour_by_default():
    assert json.loads(start().stdout) == "5/hour"


def test_it_reads_the_rate():
    assert json.loads(start(ERROR_REPORT_RATE="20/day").stdout) == "20/day"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ERROR_REPORT_RATE": "lots"}, "ERROR_REPORT_RATE='lots' is not a rate like 5/hour"),
        ({"ERROR_REPORT_RATE": "0/hour"}, "is not a rate like 5/hour"),
    ],
)
def test_it_refuses_a_bad_value(env, message):
    result = start(**env)
    assert result.returncode != 0 and message in result.stderr
