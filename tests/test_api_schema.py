"""
Schemathesis against the live OpenAPI schema: every operation, as the public and as an
editor, with generated input. No answer may be a server error, and every answer must match
the schema (status code, content type, headers, body).

Schemathesis's own pytest plugin does not run on pytest 9, so each operation is driven here
with its Hypothesis strategy directly.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from rest_framework.authtoken.models import Token
from rest_framework.throttling import AnonRateThrottle
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from factcheck.wsgi import application

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
EXAMPLES = 15  # per operation and persona

SCHEMA = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)
OPERATIONS = {op.label: op for op in (result.ok() for result in SCHEMA.get_all_operations())}


def test_it_documents_every_operation():
    assert len(OPERATIONS) == 40
    assert "POST /api/v1/verifications/{id}/publish/" in OPERATIONS
    assert "PATCH /api/v1/claims/{slug}/" in OPERATIONS


@pytest.fixture
def in_process_requests():
    """
    Schemathesis calls the WSGI app directly, which fires Django's request signals; like
    Django's test client, keep them from closing the test's database connection mid-test.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.parametrize("persona", ["public", "editor"])
@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_it_conforms_to_its_schema(label, persona, seeded, editor, monkeypatch, in_process_requests):
    # Generated requests come fast: let the anonymous persona past the throttle.
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "100000/minute"})
    headers = {}
    if persona == "editor":
        headers["Authorization"] = f"Token {Token.objects.get_or_create(user=editor)[0].key}"

    @given(case=OPERATIONS[label].as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def conforms(case):
        case.call_and_validate(headers=headers, checks=CHECKS)

    conforms()
