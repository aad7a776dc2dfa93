"""Every API endpoint for every persona: who may read, who may write, and the refusal everyone else gets."""

import pytest

from tests.api_helpers import api, error_of
from tests.factories import make_citation, make_claim, make_organisation, make_published_verification, make_source

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "outsider", "reporter", "editor", "chief"]


def client_for(request, persona):
    return api() if persona == "anonymous" else api(request.getfixturevalue(persona))


@pytest.fixture
def material(reporter):
    claim = make_claim(
        slug="tranche", statement="About 3,000 troops.", value=3000, qualifier="approximately", unit="troops"
    )
    org = make_organisation(slug="reuters")
    source = make_source(slug="report", text="Kirby said about 3,000 troops were trained.", publisher=org)
    make_citation(source, cited_actor=org)
    published = make_published_verification(claim)
    make_claim(slug="unchecked", statement="Twelve regiments.", created_by=reporter)  # the reporter's own draft
    return {"claim": claim, "source": source, "org": org, "verdict": published}


READS = [
    "/api/v1/claims/",
    "/api/v1/claims/tranche/",
    "/api/v1/claims/tranche/timeline/",
    "/api/v1/claims/tranche/origins/",
    "/api/v1/claims/tranche/claimreview/",
    "/api/v1/claimreview/",
    "/api/v1/verifications/",
    "/api/v1/appearances/",
    "/api/v1/sources/",
    "/api/v1/actors/",
    "/api/v1/statuses/",
    "/api/v1/statuses/corroborated/",
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("url", READS)
def test_it_lets_every_persona_read_published_material(request, material, persona, url):
    assert client_for(request, persona).get(url).status_code == 200


WRITES = [
    ("/api/v1/claims/", {"slug": "new-claim", "statement": "Three sites."}),
    ("/api/v1/sources/", {"slug": "new-source", "title": "A briefing", "text": "They said three sites."}),
    ("/api/v1/actors/", {"slug": "new-actor", "name": "New Actor", "kind": "person"}),
    ("/api/v1/appearances/", {"claim": "unchecked", "source": "report", "quote": "about 3,000 troops"}),
    ("/api/v1/verifications/", {"claim": "unchecked", "status": "corroborated", "rationale": "Two origins."}),
]


EXPECTED = {"anonymous": 401, "outsider": 403, "reporter": 201, "editor": 201, "chief": 201}


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("url", "payload"), WRITES, ids=["claim", "source", "actor", "appearance", "verification"])
def test_it_lets_only_newsroom_members_create(request, material, persona, url, payload):
    response = client_for(request, persona).post(url, payload, format="json")
    assert response.status_code == EXPECTED[persona], response.json()
    if response.status_code >= 400:
        assert error_of(response)["code"] in ("not_authenticated", "permission_denied")


UPDATES = [
    ("/api/v1/claims/unchecked/", {"statement": "Twelve regiments, officials said."}),
    ("/api/v1/sources/report/", {"title": "Briefing notes"}),
    ("/api/v1/actors/reuters/", {"name": "Reuters news agency"}),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("url", "payload"), UPDATES, ids=["claim", "source", "actor"])
def test_it_lets_only_newsroom_members_update(request, material, persona, url, payload):
    client = client_for(request, persona)
    etag = client.get(url)["ETag"]
    response = client.patch(url, payload, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == {"anonymous": 401, "outsider": 403}.get(persona, 200)


@pytest.mark.parametrize("persona", ["anonymous", "outsider"])  # members: one test per transition in test_api_writes
@pytest.mark.parametrize("action", ["submit", "send-back", "publish", "withdraw", "correct"])
def test_it_refuses_workflow_actions_to_the_public_and_outsiders(request, material, persona, action):
    url = f"/api/v1/verifications/{material['verdict'].pk}/{action}/"
    response = client_for(request, persona).post(url, {"reason": "r"}, format="json")
    assert response.status_code in (401, 403, 404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_it_lets_nobody_change_the_status_vocabulary_over_the_api(request, material, persona):
    response = client_for(request, persona).post("/api/v1/statuses/", {"slug": "x", "label": "X"}, format="json")
    assert response.status_code in (401, 403, 405)
