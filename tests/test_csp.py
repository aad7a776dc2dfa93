"""The Content-Security-Policy on every kind of response, and pages that need nothing it forbids."""

import re

import pytest

from claims.models import Status
from tests.api_helpers import api
from tests.factories import make_claim, make_published_verification

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return {d.split(" ", 1)[0]: d.split(" ", 1)[1] for d in (p.strip() for p in header.split(";")) if d}


@pytest.mark.parametrize("url", ["/", "/claims/", "/admin/login/", "/api/docs/", "/api/v1/claims/", "/healthz"])
def test_it_sends_a_strict_policy(client, url):
    found = policy(client.get(url))
    assert found["default-src"] == "'self'"
    assert found["script-src"] == "'self'" and found["style-src"] == "'self'"
    assert found["frame-ancestors"] == "'none'" and found["object-src"] == "'none'"
    assert "unsafe" not in " ".join(found.values())


def test_it_paints_verdict_badges_with_classes_not_inline_styles(client):
    claim = make_claim()
    make_published_verification(claim, status=Status.objects.get(slug="corroborated"))
    page = client.get(claim.get_absolute_url()).content.decode()
    colour = Status.objects.get(slug="corroborated").colour
    assert f'class="badge badge-large colour-{colour[1:].lower()}"' in page
    assert "style=" not in page
    assert not re.search(r"<script(?![^>]*(\bsrc=|application/ld\+json))", page)  # no inline script
    assert not re.search(r"<style", page)


def test_it_defines_every_status_colour_in_one_stylesheet(client):
    response = client.get("/status-colours.css")
    assert response["Content-Type"] == "text/css; charset=utf-8"
    for colour in Status.objects.values_list("colour", flat=True):
        assert f".colour-{colour[1:].lower()} {{ --badge: {colour.lower()}; }}" in response.content.decode()


def test_it_serves_swagger_ui_with_its_start_up_script_as_a_file(client):
    page = client.get("/api/docs/").content.decode()
    assert '<script src="/api/docs/?script="></script>' in page
    assert "<style" not in page
    script = client.get("/api/docs/?script=")
    assert script["Content-Type"].startswith("application/javascript")
    assert b"SwaggerUIBundle" in script.content


def test_it_keeps_the_policy_on_api_errors(db):
    response = api().get("/api/v1/claims/no-such-claim/")
    assert response.status_code == 404
    assert policy(response)["default-src"] == "'self'"


def test_it_keeps_the_policy_on_responses_from_the_shared_cache(client):
    client.get("/claims/")
    again = client.get("/claims/")
    assert policy(again)["frame-ancestors"] == "'none'"
