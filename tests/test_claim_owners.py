"""Claims have an owner: reporters edit only their own unpublished claims, editors any unpublished claim."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from claims.models import Appearance, Claim
from claims.services import appearance_create, claim_update
from claims.workflow import WorkflowError
from tests.admin_forms import change_form_data
from tests.api_helpers import api, error_of
from tests.factories import make_appearance, make_claim, make_published_verification, make_source

pytestmark = pytest.mark.django_db

SNAPSHOT = "Kirby said this first tranche of about 3,000 are being trained."


def draft_of(owner, **fields) -> Claim:
    fields.setdefault("slug", "first-tranche")
    fields.setdefault("statement", "About 3,000 troops form the first tranche.")
    return make_claim(created_by=owner, **fields)


def patch_statement(user, slug: str, statement: str):
    client = api(user)
    etag = client.get(f"/api/v1/claims/{slug}/")["ETag"]
    return client.patch(f"/api/v1/claims/{slug}/", {"statement": statement}, format="json", HTTP_IF_MATCH=etag)


# -- who owns a claim ---------------------------------------------------------------------------


def test_it_makes_whoever_creates_a_claim_its_owner(reporter):
    response = api(reporter).post("/api/v1/claims/", {"slug": "three-sites", "statement": "Three sites."})
    assert response.status_code == 201
    assert Claim.objects.get(slug="three-sites").created_by == reporter


def test_it_fills_the_owner_of_existing_claims_from_their_first_history_record(reporter, editor):
    migration = importlib.import_module("claims.migrations.0011_fill_owners_and_first_published")
    claim = make_claim()  # the factory records no owner, as rows written before owners existed
    claim.history.update(history_user=reporter)
    Claim.history.create(  # a later edit by someone else does not make them the owner
        id=claim.pk, statement=claim.statement, slug=claim.slug, history_user=editor, history_type="~",
        history_date=claim.history.get().history_date.replace(year=2099), created_at=claim.created_at,
        updated_at=claim.updated_at, version=2, claim_reviewed="",
    )  # fmt: skip
    make_published_verification(claim)
    Claim.objects.filter(pk=claim.pk).update(first_published_at=None)
    migration.fill(django_apps, None)
    claim.refresh_from_db()
    assert claim.created_by == reporter
    assert claim.first_published_at == claim.verifications.get().published_at


# -- editing a claim, by role (API) -------------------------------------------------------------------


def test_it_lets_a_reporter_edit_their_own_draft_claim(reporter):
    draft_of(reporter)
    response = patch_statement(reporter, "first-tranche", "The first tranche is about 3,000 troops.")
    assert response.status_code == 200, response.json()
    assert Claim.objects.get().statement == "The first tranche is about 3,000 troops."


def test_it_refuses_a_reporter_editing_another_reporters_draft_claim_over_the_api(reporter, other_reporter):
    draft_of(other_reporter)
    response = patch_statement(reporter, "first-tranche", "Rewritten by someone else.")
    assert response.status_code == 403
    assert error_of(response) == {
        "status": 403,
        "code": "permission",
        "message": "You can edit only your own claims, and only until a verdict on them is published.",
    }
    assert Claim.objects.get().statement == "About 3,000 troops form the first tranche."


@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_lets_an_editor_edit_anyones_draft_claim(request, reporter, persona):
    draft_of(reporter)
    response = patch_statement(request.getfixturevalue(persona), "first-tranche", "The first tranche: 3,000.")
    assert response.status_code == 200, response.json()


def test_it_refuses_a_reporter_editing_their_own_claim_once_published(reporter):
    make_published_verification(draft_of(reporter))
    response = patch_statement(reporter, "first-tranche", "Changed after publication.")
    assert response.status_code == 403
    assert "Propose a wording change" in error_of(response)["message"]


@pytest.mark.parametrize(("persona", "expected"), [("anonymous", 401), ("outsider", 403)])
def test_it_refuses_claim_edits_to_the_public_and_outsiders(request, reporter, persona, expected):
    draft_of(reporter)
    client = api() if persona == "anonymous" else api(request.getfixturevalue(persona))
    response = client.patch("/api/v1/claims/first-tranche/", {"statement": "x"}, format="json", HTTP_IF_MATCH="*")
    assert response.status_code in (expected, 404)  # the public does not even see a draft
    assert Claim.objects.get().statement == "About 3,000 troops form the first tranche."


def test_it_refuses_the_service_a_reporter_editing_another_reporters_claim(reporter, other_reporter):
    claim = draft_of(other_reporter)
    with pytest.raises(WorkflowError) as refused:
        claim_update(claim=claim, statement="Not mine.", by=reporter)
    assert refused.value.code == "permission"


# -- appearances follow their claim ------------------------------------------------------------------


def appearance_payload() -> dict:
    make_source(slug="report", text=SNAPSHOT)
    return {"claim": "first-tranche", "source": "report", "stance": "asserts", "quote": "about 3,000"}


def test_it_refuses_a_reporter_adding_an_appearance_to_another_reporters_claim(reporter, other_reporter):
    draft_of(other_reporter)
    response = api(reporter).post("/api/v1/appearances/", appearance_payload(), format="json")
    assert response.status_code == 403
    assert error_of(response)["code"] == "permission"
    assert not Appearance.objects.exists()


def test_it_lets_a_reporter_add_an_appearance_to_their_own_claim(reporter):
    draft_of(reporter)
    assert api(reporter).post("/api/v1/appearances/", appearance_payload(), format="json").status_code == 201


@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_lets_an_editor_add_an_appearance_to_anyones_claim(request, reporter, persona):
    draft_of(reporter)
    response = api(request.getfixturevalue(persona)).post("/api/v1/appearances/", appearance_payload(), format="json")
    assert response.status_code == 201


def test_it_refuses_a_reporter_adding_an_appearance_to_a_published_claim(reporter):
    make_published_verification(draft_of(reporter))
    with pytest.raises(WorkflowError):
        appearance_create(claim=Claim.objects.get(), source=make_source(text=SNAPSHOT), quote="3,000", by=reporter)


# -- the admin --------------------------------------------------------------------------------------


def test_it_shows_another_reporters_draft_claim_read_only(client, reporter, other_reporter):
    claim = draft_of(other_reporter)
    client.force_login(reporter)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    assert 'name="_save"' not in page.content.decode()


def test_it_refuses_a_reporter_saving_another_reporters_draft_claim_in_the_admin(client, reporter, other_reporter):
    claim = draft_of(other_reporter)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    client.force_login(other_reporter)
    data = change_form_data(client.get(url))
    client.force_login(reporter)
    assert client.post(url, data | {"statement": "Not mine."}).status_code == 403
    assert Claim.objects.get().statement == "About 3,000 troops form the first tranche."


@pytest.mark.parametrize("persona", ["reporter", "editor", "chief"])
def test_it_lets_the_owner_and_editors_save_a_draft_claim_in_the_admin(client, request, reporter, persona):
    claim = draft_of(reporter)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    client.force_login(request.getfixturevalue(persona))
    response = client.post(url, change_form_data(client.get(url)) | {"statement": "The first tranche: 3,000."})
    assert response.status_code == 302
    assert Claim.objects.get().statement == "The first tranche: 3,000."


def test_it_shows_an_appearance_of_another_reporters_claim_read_only(client, reporter, other_reporter):
    appearance = make_appearance(draft_of(other_reporter))
    client.force_login(reporter)
    url = reverse("admin:claims_appearance_change", args=[appearance.pk])
    assert client.get(url).context["has_change_permission"] is False
    assert client.post(url, {"quote": "changed"}).status_code == 403


def test_it_refuses_a_reporter_adding_an_appearance_to_another_reporters_claim_in_the_admin(
    client, reporter, other_reporter
):
    claim = draft_of(other_reporter)
    source = make_source(text=SNAPSHOT)
    client.force_login(reporter)
    response = client.post(
        reverse("admin:claims_appearance_add"),
        {"claim": claim.pk, "source": source.pk, "stance": "asserts", "quote": "about 3,000"},
    )
    assert response.status_code == 200
    assert "You can add to your own claims only" in response.content.decode()
    assert not Appearance.objects.exists()


def test_it_refuses_the_admin_to_anonymous_visitors(client, reporter):
    claim = draft_of(reporter)
    response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]
