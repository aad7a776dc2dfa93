"""/healthz: the database and the cache, answered for load balancers without login or caching."""

import json

import pytest
from django.db import DatabaseError

from core import health

pytestmark = pytest.mark.django_db


class Unreachable:
    def cursor(self):
        raise DatabaseError("connection refused")


def test_it_answers_ok_for_the_database_and_the_cache(client, django_assert_num_queries):
    with django_assert_num_queries(1):  # SELECT 1
        response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok", "cache": "ok"}


def test_it_is_never_cached(client):
    response = client.get("/healthz")
    assert "no-store" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]
    assert not response.has_header("ETag")


def test_it_names_the_database_when_it_does_not_answer(client, monkeypatch):
    monkeypatch.setattr(health, "connection", Unreachable())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "failed", "cache": "ok"}


def test_it_names_the_cache_when_it_does_not_keep_what_was_written(client, monkeypatch):
    monkeypatch.setattr(health.cache, "get", lambda key: None)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "failed"}


def test_it_logs_why_a_check_failed(client, monkeypatch, caplog):
    monkeypatch.setattr(health, "connection", Unreachable())
    client.get("/healthz")
    assert "Health check failed: database" in caplog.text and "connection refused" in caplog.text


def test_it_answers_a_probe_over_plain_http_when_pages_redirect_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/robots.txt").status_code == 301


def test_it_needs_no_login_even_for_an_anonymous_api_client(client):
    response = client.get("/healthz", HTTP_AUTHORIZATION="Token not-a-token")
    assert response.status_code == 200


def test_it_refuses_writes(client):
    assert client.post("/healthz").status_code == 405
