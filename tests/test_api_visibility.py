"""
Nothing unpublished reaches an anonymous client: one test per surface (list, detail, filter,
ordering, nested field, analysis, feed, error message), each with a draft-only claim beside a
published one.
"""

import pytest
from django.urls import reverse

from claims.services import verification_withdraw
from tests.api_helpers import api, error_of
from tests.factories import (
    make_appearance,
    make_citation,
    make_claim,
    make_organisation,
    make_published_verification,
    make_source,
    make_verification,
)

pytestmark = pytest.mark.django_db

SECRET = "secret-draft"


@pytest.fixture
def material():
    """A published claim, and a draft claim whose every part is named SECRET so a leak is easy to spot."""
    public_org = make_organisation(name="Public Ministry", slug="public-ministry")
    public_source = make_source(title="Public report", slug="public-report", text="They said about 3,000 troops.")
    published = make_claim(
        statement="About 3,000 troops.", slug="public-claim", value=3000, qualifier="approximately", unit="troops"
    )
    make_appearance(published, public_source, quote="about 3,000 troops", speaker=public_org)
    published_verdict = make_published_verification(published)

    secret_org = make_organisation(name=f"{SECRET} agency", slug=f"{SECRET}-agency")
    secret_source = make_source(
        title=f"{SECRET} memo", slug=f"{SECRET}-memo", text=f"The {SECRET} says 9,999 troops.", publisher=secret_org
    )
    make_citation(secret_source, cited_actor=secret_org)
    secret = make_claim(
        statement=f"{SECRET}: 9,999 troops.", slug=f"{SECRET}-claim", value=9999, qualifier="exact", unit="troops"
    )
    make_appearance(secret, secret_source, quote="9,999 troops", speaker=secret_org)
    in_review = make_verification(secret, state="in_review", rationale=f"{SECRET} rationale")
    # a draft correction of the published claim is not public either
    draft_correction = make_verification(
        published, rationale=f"{SECRET} correction", correction_note=f"{SECRET} note", supersedes=published_verdict
    )
    return {"published": published, "secret": secret, "in_review": in_review, "draft_correction": draft_correction,
            "secret_source": secret_source, "secret_org": secret_org, "verdict": published_verdict}  # fmt: skip


def assert_no_secret(response):
    assert SECRET not in response.content.decode(), response.content.decode()[:2000]


LISTS = [
    "/api/v1/claims/",
    "/api/v1/verifications/",
    "/api/v1/appearances/",
    "/api/v1/sources/",
    "/api/v1/actors/",
    "/api/v1/claimreview/",
    "/api/v1/statuses/",
]


@pytest.mark.parametrize("url", LISTS)
def test_it_lists_only_published_material(material, url):
    response = api().get(url)
    assert response.status_code == 200
    assert_no_secret(response)


def test_it_lists_the_published_claim(material):
    assert [c["slug"] for c in api().get("/api/v1/claims/").json()["results"]] == ["public-claim"]


@pytest.mark.parametrize(
    "url",
    [
        f"/api/v1/claims/{SECRET}-claim/",
        f"/api/v1/claims/{SECRET}-claim/timeline/",
        f"/api/v1/claims/{SECRET}-claim/origins/",
        f"/api/v1/claims/{SECRET}-claim/claimreview/",
        f"/api/v1/sources/{SECRET}-memo/",
        f"/api/v1/actors/{SECRET}-agency/",
    ],
)
def test_it_answers_404_for_unpublished_material_like_for_nothing(material, url):
    response = api().get(url)
    assert response.status_code == 404
    assert error_of(response)["message"] == error_of(api().get("/api/v1/claims/no-such-claim/"))["message"]
    assert_no_secret(response)


def test_it_answers_404_for_a_verification_in_review_or_a_draft(material):
    for v in (material["in_review"], material["draft_correction"]):
        response = api().get(f"/api/v1/verifications/{v.pk}/")
        assert response.status_code == 404
        assert_no_secret(response)


@pytest.mark.parametrize(
    "query",
    [
        {"q": SECRET},
        {"q": "9,999"},
        {"unit": "troops", "quantity_min": 9000},
        {"claimant": f"{SECRET}-agency"},
        {"source": f"{SECRET}-memo"},
        {"publisher": f"{SECRET}-agency"},
        {"status": "corroborated"},
        {"ordering": "-updated_at"},
        {"ordering": "statement"},
        {"page_size": 100},
    ],
)
def test_it_filters_and_orders_without_revealing_drafts(material, query):
    response = api().get("/api/v1/claims/", query)
    assert response.status_code in (200, 400)
    assert_no_secret(response)


def test_it_refuses_the_workflow_state_filter_to_the_public(material):
    response = api().get("/api/v1/claims/", {"state": "in_review"})
    assert response.status_code == 400
    assert error_of(response)["fields"] == {"state": ["Filtering by workflow state is for newsroom members."]}
    assert_no_secret(response)


@pytest.mark.parametrize("query", [{"state": "in_review"}, {"state": "draft"}, {"claim": f"{SECRET}-claim"}])
def test_it_filters_verifications_without_revealing_drafts(material, query):
    response = api().get("/api/v1/verifications/", query)
    assert response.json()["results"] == []


def test_it_does_not_nest_a_draft_correction_in_a_published_claim(material):
    response = api().get("/api/v1/claims/public-claim/")
    assert response.json()["verdict"]["id"] == material["verdict"].pk
    assert response.json()["corrections"] == []
    assert_no_secret(response)


def test_it_shows_newsroom_members_everything(material, reporter):
    slugs = {c["slug"] for c in api(reporter).get("/api/v1/claims/").json()["results"]}
    assert slugs == {"public-claim", f"{SECRET}-claim"}
    states = {v["state"] for v in api(reporter).get("/api/v1/verifications/").json()["results"]}
    assert states == {"published", "in_review", "draft"}


def test_it_treats_an_account_outside_the_newsroom_like_the_public(material, outsider):
    response = api(outsider).get("/api/v1/claims/")
    assert [c["slug"] for c in response.json()["results"]] == ["public-claim"]
    assert api(outsider).get(f"/api/v1/claims/{SECRET}-claim/").status_code == 404


def test_it_hides_a_claim_again_when_its_verdict_is_withdrawn(material, chief):
    verification_withdraw(verification=material["verdict"], by=chief, reason="Retracted by the origin.")
    assert api().get("/api/v1/claims/").json()["results"] == []
    assert api().get("/api/v1/claims/public-claim/").status_code == 404


def test_it_serves_the_schema_and_docs_without_any_content(material):
    for url in (reverse("api-schema"), reverse("api-docs")):
        response = api().get(url)
        assert response.status_code == 200
        assert_no_secret(response)
