"""
One rule decides who a request comes from (core.client_address): REMOTE_ADDR with no trusted proxy,
else the right-most addresses of X-Forwarded-For that trusted proxies wrote. The API throttle and
the sign-in lockouts both count by it, so a spoofed header neither escapes nor frames anyone.
"""

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.test import RequestFactory
from rest_framework.throttling import AnonRateThrottle

from core.client_address import client_address
from tests.api_helpers import api

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_a_minute(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})


@pytest.fixture
def one_trusted_proxy(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}


def read(forwarded_for: str, remote: str = "10.0.0.1") -> int:
    return api().get("/api/v1/statuses/", HTTP_X_FORWARDED_FOR=forwarded_for, REMOTE_ADDR=remote).status_code


def test_it_ignores_x_forwarded_for_without_a_trusted_proxy():
    assert django_settings.REST_FRAMEWORK["NUM_PROXIES"] == 0
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="203.0.113.9", REMOTE_ADDR="10.0.0.1")
    assert client_address(request) == "10.0.0.1"


def test_it_does_not_reset_the_anonymous_throttle_for_a_spoofed_x_forwarded_for(three_a_minute):
    codes = [read(f"203.0.113.{i}") for i in range(4)]
    assert codes == [200, 200, 200, 429]


def test_it_counts_the_right_most_address_behind_one_trusted_proxy(three_a_minute, one_trusted_proxy):
    codes = [read(f"198.51.100.{i}, 203.0.113.5") for i in range(4)]
    assert codes == [200, 200, 200, 429]
    assert read("198.51.100.1, 203.0.113.6") == 200  # another client behind the same proxy


def test_it_falls_back_to_the_proxy_when_the_trusted_position_holds_no_address(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 2}
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="<script>", REMOTE_ADDR="10.0.0.1")
    assert client_address(request) == "10.0.0.1"


def test_it_locks_out_wrong_tokens_by_the_same_address(one_trusted_proxy):
    for i in range(django_settings.AXES_FAILURE_LIMIT):
        client = api()
        client.credentials(HTTP_AUTHORIZATION="Token " + "0" * 40, HTTP_X_FORWARDED_FOR=f"spoof-{i}, 203.0.113.5")
        client.get("/api/v1/statuses/")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["203.0.113.5"]
    assert read("198.51.100.1, 203.0.113.6") == 200
