"""
Schemathesis against the live OpenAPI schema: every operation, as the public and as an
editor, with generated input. No answer may be a server error, and every answer must match
the schema (status code, content type, headers, body).

Schemathesis's own pytest plugin does not run on pytest 9, so each operation is driven here
with its Hypothesis strategy directly.
"""

import datetime
import inspect
from collections.abc import Iterator

import pytest
import schemathesis
from django.core.exceptions import FieldDoesNotExist
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from rest_framework import serializers
from rest_framework.authtoken.models import Token
from rest_framework.throttling import AnonRateThrottle
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

import claims.serializers
import figures.serializers
import ingest.serializers
import sources.serializers
from claims.models import ClaimRelation
from claims.roles import CHIEF_EDITOR, EDITOR, REPORTER
from claims.services import verification_create, verification_publish, verification_submit, verification_withdraw
from core.api import Pagination
from factcheck.wsgi import application
from figures.models import Estimate as FigureEstimate
from sources.models import Source
from tests.factories import (
    make_actor,
    make_appearance,
    make_citation,
    make_claim,
    make_estimate,
    make_figure,
    make_member,
    make_organisation,
    make_relation,
    make_source,
    make_topic,
    status,
)
from tests.module_data import module_transaction

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
EXAMPLES = 15  # per operation and persona
NEGATIVE_CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance]
NEGATIVE_EXAMPLES = 5  # per operation and persona

SCHEMA = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)
OPERATIONS = {op.label: op for op in (result.ok() for result in SCHEMA.get_all_operations())}


def test_it_declares_if_match_on_every_update():
    updates = [op for label, op in OPERATIONS.items() if label.split()[0] in ("PUT", "PATCH")]
    assert len(updates) == 10
    for operation in updates:
        header = next(p for p in operation.definition.raw["parameters"] if p["name"] == "If-Match")
        assert header["in"] == "header" and header["required"] is True
        assert {"412", "428"} <= set(operation.definition.raw["responses"])


def test_it_declares_strict_pagination_parameters():
    parameters = {p["name"]: p for p in OPERATIONS["GET /api/v1/claims/"].definition.raw["parameters"]}
    assert parameters["page_size"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 100}
    assert parameters["cursor"]["schema"]["pattern"] == Pagination.CURSOR_PATTERN


def test_it_declares_the_error_shape_for_every_4xx():
    for label, operation in OPERATIONS.items():
        responses = operation.definition.raw["responses"]
        for code in ("400", "401", "429") + (("403", "409") if label.split()[0] in ("POST", "PUT", "PATCH") else ()):
            assert responses[code]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}


def test_it_marks_every_nullable_column_nullable():
    """A serializer field read from a column that can be NULL must say it can be null, as the schema then does."""
    missing = []
    for module in (claims.serializers, sources.serializers, ingest.serializers, figures.serializers):
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if not issubclass(cls, serializers.ModelSerializer) or cls.__module__ != module.__name__:
                continue
            for field_name, field in cls().fields.items():
                try:
                    column = cls.Meta.model._meta.get_field(field.source)
                except FieldDoesNotExist:
                    continue  # "*", a dotted path or a method
                if column.concrete and column.null and not field.allow_null:
                    missing.append(f"{name}.{field_name}")
    assert missing == []


def test_it_documents_every_operation():
    assert len(OPERATIONS) == 57
    assert "POST /api/v1/verifications/{id}/publish/" in OPERATIONS
    assert "POST /api/v1/claim-revisions/{id}/publish/" in OPERATIONS
    assert "POST /api/v1/claims/{slug}/rename/" in OPERATIONS
    assert "PATCH /api/v1/claims/{slug}/" in OPERATIONS
    assert "GET /api/v1/figures/{slug}/ledger/" in OPERATIONS
    assert "POST /api/v1/figures/match/" in OPERATIONS


def build_one_of_each_shape() -> None:
    """
    Rows of every shape the API serializes, so that each list and detail answer is checked against
    the schema with real content: claims with an approximate, a multiplied, a ranged and no quantity;
    related claims; appearances with and without speaker, citation and date; verdicts in every state,
    a correction among them; sources citing actors and sources; actors inside organisations.
    """
    reporter = make_member("schema_reporter", REPORTER)
    editor = make_member("schema_editor", EDITOR)
    chief = make_member("schema_chief", CHIEF_EDITOR)

    government = make_organisation(name="Government of South Korea", url="https://example.org/government")
    agency = make_organisation(name="National Intelligence Service", organisation=government, aliases="NIS\nKNIS")
    spokesperson = make_actor(
        name="John Kirby", role="White House spokesperson", organisation=make_organisation(name="The White House")
    )
    wire = make_source(
        kind=Source.Kind.PRESS_BRIEFING,
        title="Briefing to the National Assembly",
        url="https://example.org/briefing",
        publisher=government,
        byline="NIS press office",
        retrieved_at=datetime.datetime(2024, 10, 19, tzinfo=datetime.UTC),
        text="About 12,000 troops were committed. Between 1,000 and 2,000 soldiers have been sent already.",
    )
    article = make_source(
        title="U.S. confirms the deployment",
        publisher=make_organisation(name="Viewus"),
        text="Kirby said two regiments of 6,000 each were formed. Nobody said when the ships sailed.",
    )
    make_citation(article, cited_source=wire, note="the briefing it reports")
    via_agency = make_citation(article, cited_actor=agency, note="according to the NIS")
    make_source(title="A source no claim appears in", published_at=None)

    topic = make_topic(description="Troop deployments.")
    total = make_claim(
        statement="About 12,000 troops were committed.", value=12000, qualifier="approximately", unit="troops"
    )
    total.topics.add(topic)
    regiments = make_claim(
        statement="Two regiments of 6,000 each.", value=6000, multiplier=2, qualifier="exact", unit="soldiers"
    )
    sent = make_claim(
        statement="Between 1,000 and 2,000 sent.", lower=1000, upper=2000, qualifier="range", unit="soldiers"
    )
    sailing = make_claim(statement="The troops sailed in early October.")
    make_claim(statement="A claim nobody has checked yet.")
    make_relation(total, regiments, ClaimRelation.Kind.DERIVED_FROM)
    make_relation(sent, total, ClaimRelation.Kind.PART_OF)

    make_appearance(
        total, wire, speaker=agency, quote="About 12,000 troops were committed", stated_on=datetime.date(2024, 10, 18)
    )
    make_appearance(
        total, article, speaker=agency, via=via_agency, quote="two regiments of 6,000 each", date_note="last week"
    )
    make_appearance(regiments, article, speaker=spokesperson, stance="confirms", quote="two regiments of 6,000 each")
    make_appearance(sent, wire, speaker=agency, quote="Between 1,000 and 2,000 soldiers have been sent already")
    make_appearance(sailing, article, stance="disputes", quote="Nobody said when the ships sailed")
    make_appearance(sailing, wire, speaker=agency, quote="About 12,000 troops were committed")

    def published(claim, slug, **fields):
        draft = verification_create(
            claim=claim, status=status(slug), rationale="As the sources say.", by=reporter, **fields
        )
        return verification_publish(verification=verification_submit(verification=draft, by=reporter), by=editor)

    published(total, "single-source", evidence=[wire])
    published(total, "corroborated", evidence=[wire, article], correction_note="A second origin confirmed it.")
    verification_submit(
        verification=verification_create(
            claim=regiments, status=status("single-source"), rationale="Ukraine only.", by=reporter
        ),
        by=reporter,
    )
    verification_create(
        claim=sent, status=status("unverified"), rationale="To check.", evidence_notes="Ask.", by=reporter
    )
    verification_withdraw(
        verification=published(sailing, "single-source", evidence=[wire]), by=chief, reason="The source retracted it."
    )

    # Figures: a whole with a derived estimate and a part above it (an inconsistency), revisions, a
    # contradiction, a dispute, an undated draft; and a figure with drafts only.
    committed = make_figure(name="Troops committed", slug="committed", description="Sent or promised.")
    committed.topics.add(topic)
    FigureEstimate.objects.create(claim=total, figure=committed)
    deployed = make_figure(name="Troops deployed", slug="deployed", part_of=committed)
    make_estimate(deployed, speaker=spokesperson, value=20000, day=datetime.date(2024, 10, 20))
    make_estimate(deployed, speaker=spokesperson, lower=25000, qualifier="at_least", day=datetime.date(2024, 10, 22))
    make_estimate(deployed, speaker=agency, lower=1000, upper=2000, qualifier="range", day=datetime.date(2024, 10, 21))
    make_estimate(deployed, speaker=agency, value=1500, day=None, published=False, stance="disputes")
    make_estimate(make_figure(name="Drafts only"), value=5, day=datetime.date(2024, 10, 1), published=False)


@pytest.fixture(scope="module")
def one_of_each_shape(django_db_setup, django_db_blocker) -> Iterator[None]:
    """Built once for the module (it costs as much as a dozen tests) and rolled back after it."""
    with module_transaction(django_db_blocker):
        with django_db_blocker.unblock():
            build_one_of_each_shape()
        yield


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
def test_it_conforms_to_its_schema(label, persona, one_of_each_shape, editor, monkeypatch, in_process_requests):
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


@pytest.mark.parametrize("persona", ["public", "editor"])
@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_it_refuses_input_that_violates_its_schema_without_a_server_error(
    label, persona, one_of_each_shape, editor, monkeypatch, in_process_requests
):
    """
    Negative data: each request breaks the schema somewhere (a type, a bound, a pattern, a missing
    header, a body in another media type). The answer must be a documented status, never a 5xx.
    """
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "100000/minute"})
    headers = {}
    if persona == "editor":
        headers["Authorization"] = f"Token {Token.objects.get_or_create(user=editor)[0].key}"

    @given(case=OPERATIONS[label].as_strategy(GenerationMode.NEGATIVE))
    @settings(max_examples=NEGATIVE_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def refuses(case):
        case.call_and_validate(headers=headers, checks=NEGATIVE_CHECKS)

    try:
        refuses()
    except Unsatisfiable:
        pytest.skip("nothing in this operation's schema can be broken (a path parameter that takes any string)")
