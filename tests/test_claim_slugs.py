"""A published claim's slug is permanent: only a chief editor renames it, and the old address redirects (301)."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimSlugRedirect
from claims.services import claim_rename
from claims.workflow import WorkflowError
from tests.admin_forms import change_form_data
from tests.api_helpers import api, error_of
from tests.factories import make_claim, make_published_verification

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(reporter) -> Claim:
    claim = make_claim(
        slug="first-tranche", statement="About 3,000 troops form the first tranche.", created_by=reporter
    )
    make_published_verification(claim)
    claim.refresh_from_db()
    return claim


def client_for(request, persona):
    return api() if persona == "anonymous" else api(request.getfixturevalue(persona))


def patch_slug(client, slug: str):
    etag = client.get("/api/v1/claims/first-tranche/")["ETag"]
    return client.patch("/api/v1/claims/first-tranche/", {"slug": slug}, format="json", HTTP_IF_MATCH=etag)


# -- no change by PATCH or the admin form ------------------------------------------------------------


def test_it_refuses_a_reporter_changing_a_published_claims_slug(reporter, published):
    response = patch_slug(api(reporter), "tranche-one")
    assert response.status_code == 403
    assert Claim.objects.get().slug == "first-tranche"


@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_refuses_an_editor_changing_a_published_claims_slug_by_patch(request, published, persona):
    response = patch_slug(client_for(request, persona), "tranche-one")
    assert response.status_code == 400
    assert "address is permanent" in error_of(response)["fields"]["slug"][0]
    assert Claim.objects.get().slug == "first-tranche"


@pytest.mark.parametrize(("persona", "expected"), [("anonymous", 401), ("outsider", 403)])
def test_it_refuses_the_public_changing_a_slug(request, published, persona, expected):
    response = patch_slug(client_for(request, persona), "tranche-one")
    assert response.status_code == expected
    assert Claim.objects.get().slug == "first-tranche"


def test_it_lets_the_same_slug_through_a_full_update(editor, published):
    client = api(editor)
    etag = client.get("/api/v1/claims/first-tranche/")["ETag"]
    payload = {"slug": "first-tranche", "statement": published.statement, "claim_reviewed": published.claim_reviewed}
    response = client.put("/api/v1/claims/first-tranche/", payload, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 200, response.json()


@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_shows_a_published_claims_slug_read_only_in_the_admin(client, request, published, persona):
    client.force_login(request.getfixturevalue(persona))
    url = reverse("admin:claims_claim_change", args=[published.pk])
    data = change_form_data(client.get(url))
    assert "slug" not in data
    assert client.post(url, data | {"slug": "tranche-one"}).status_code == 302
    assert Claim.objects.get().slug == "first-tranche"


# -- the explicit rename ---------------------------------------------------------------------------


def test_it_lets_a_chief_editor_rename_a_published_claim_and_keeps_the_old_slug(chief, published):
    response = api(chief).post("/api/v1/claims/first-tranche/rename/", {"slug": "tranche-one"}, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["slug"] == "tranche-one"
    redirect = ClaimSlugRedirect.objects.get()
    assert (redirect.old_slug, redirect.claim, redirect.renamed_by) == ("first-tranche", published, chief)


@pytest.mark.parametrize(("persona", "expected"), [("reporter", 403), ("editor", 403), ("outsider", 403)])
def test_it_refuses_a_rename_to_anyone_but_a_chief_editor(request, published, persona, expected):
    client = client_for(request, persona)
    response = client.post("/api/v1/claims/first-tranche/rename/", {"slug": "tranche-one"}, format="json")
    assert response.status_code == expected
    assert Claim.objects.get().slug == "first-tranche" and not ClaimSlugRedirect.objects.exists()


def test_it_refuses_a_rename_to_anonymous_clients(published):
    response = api().post("/api/v1/claims/first-tranche/rename/", {"slug": "tranche-one"}, format="json")
    assert response.status_code == 401


def test_it_refuses_a_rename_to_a_slug_another_claim_has(chief, published):
    make_claim(slug="taken")
    response = api(chief).post("/api/v1/claims/first-tranche/rename/", {"slug": "taken"}, format="json")
    assert response.status_code == 400
    assert Claim.objects.get(pk=published.pk).slug == "first-tranche"


def test_it_refuses_a_new_claim_taking_a_retired_slug(chief, reporter, published):
    claim_rename(claim=published, slug="tranche-one", by=chief)
    response = api(reporter).post("/api/v1/claims/", {"slug": "first-tranche", "statement": "Another."})
    assert response.status_code == 400
    assert "redirects" in error_of(response)["fields"]["slug"][0]


def test_it_retires_the_redirect_when_a_claim_is_renamed_back(chief, published):
    claim_rename(claim=published, slug="tranche-one", by=chief)
    claim_rename(claim=published, slug="first-tranche", by=chief)
    assert list(ClaimSlugRedirect.objects.values_list("old_slug", flat=True)) == ["tranche-one"]
    assert Claim.objects.get().slug == "first-tranche"


def test_it_refuses_the_rename_service_to_an_editor(editor, published):
    with pytest.raises(WorkflowError) as refused:
        claim_rename(claim=published, slug="tranche-one", by=editor)
    assert refused.value.code == "permission"


def test_it_renames_in_the_admin_for_a_chief_editor(client, chief, published):
    client.force_login(chief)
    page = client.get(reverse("admin:claims_claim_change", args=[published.pk])).content.decode()
    assert reverse("admin:claims_claim_rename", args=[published.pk]) in page
    response = client.post(reverse("admin:claims_claim_rename", args=[published.pk]), {"slug": "tranche-one"})
    assert response.status_code == 302
    assert Claim.objects.get().slug == "tranche-one"
    assert ClaimSlugRedirect.objects.get().old_slug == "first-tranche"


@pytest.mark.parametrize("persona", ["reporter", "editor"])
def test_it_refuses_a_rename_in_the_admin_below_chief_editor(client, request, published, persona):
    client.force_login(request.getfixturevalue(persona))
    page = client.get(reverse("admin:claims_claim_change", args=[published.pk])).content.decode()
    assert reverse("admin:claims_claim_rename", args=[published.pk]) not in page
    response = client.post(reverse("admin:claims_claim_rename", args=[published.pk]), {"slug": "x"}, follow=True)
    assert "Only a chief editor can rename a published claim." in response.content.decode()
    assert Claim.objects.get().slug == "first-tranche"


def test_it_refuses_the_admin_rename_to_an_outsider(client, outsider, published):
    client.force_login(outsider)
    response = client.post(reverse("admin:claims_claim_rename", args=[published.pk]), {"slug": "x"})
    assert response.status_code == 403


# -- old addresses redirect ----------------------------------------------------------------------------


def test_it_redirects_a_renamed_claims_old_page_permanently(client, chief, published):
    claim_rename(claim=published, slug="tranche-one", by=chief)
    response = client.get("/claims/first-tranche/")
    assert response.status_code == 301
    assert response["Location"] == "/claims/tranche-one/"
    assert client.get("/claims/tranche-one/").status_code == 200


def test_it_redirects_a_renamed_claims_old_api_address_permanently(chief, published):
    claim_rename(claim=published, slug="tranche-one", by=chief)
    response = api().get("/api/v1/claims/first-tranche/")
    assert response.status_code == 301
    assert response["Location"].endswith("/api/v1/claims/tranche-one/")


def test_it_does_not_redirect_to_a_claim_the_public_cannot_see(client, chief, published):
    claim_rename(claim=published, slug="tranche-one", by=chief)
    published.verifications.update(state="withdrawn", withdrawn_at=published.checked_at, withdrawal_reason="r")
    assert client.get("/claims/first-tranche/").status_code == 404
    assert api().get("/api/v1/claims/first-tranche/").status_code == 404


def test_it_answers_an_old_address_on_a_page_in_two_queries(client, chief, published, django_assert_num_queries):
    claim_rename(claim=published, slug="tranche-one", by=chief)
    # Last-Modified comes from the site version in the cache: no query.
    # 1. the published claim with that slug: none
    # 2. the slug of the published claim whose old slug it is
    with django_assert_num_queries(2):
        assert client.get("/claims/first-tranche/").status_code == 301


def test_it_answers_an_old_address_in_the_api_in_two_queries(chief, published, django_assert_num_queries):
    claim_rename(claim=published, slug="tranche-one", by=chief)
    client = api()
    # 1. the published claim with that slug: none
    # 2. the slug of the published claim whose old slug it is
    with django_assert_num_queries(2):
        assert client.get("/api/v1/claims/first-tranche/").status_code == 301
