"""Before a verdict is published: a claimant, evidence, a rationale, a confirmed statement, a claim_reviewed."""

import pytest
from django.urls import reverse

from claims.checklist import ChecklistIncomplete, publish_checklist
from claims.models import Claim, Verification
from claims.services import (
    claim_update,
    verification_create,
    verification_publish,
    verification_submit,
)
from ingest.services import suggestion_accept
from tests.admin_forms import change_form_data
from tests.api_helpers import api, error_of
from tests.factories import (
    make_actor,
    make_appearance,
    make_checkable_claim,
    make_claim,
    make_published_verification,
    make_source,
    status,
)
from tests.test_ingest_review import make_suggestion

pytestmark = pytest.mark.django_db
State = Verification.State
ALL_ITEMS = ["claimant", "evidence", "rationale", "statement_confirmed", "claim_reviewed"]


def in_review(author, claim: Claim, *, evidence=True, **fields) -> Verification:
    draft = verification_create(
        claim=claim,
        status=status("single-source"),
        rationale=fields.pop("rationale", "Only one origin gives this figure."),
        evidence=[make_source()] if evidence else [],
        by=author,
        **fields,
    )
    return verification_submit(verification=draft, by=author)


def bare_claim() -> Claim:
    """A claim that misses every item the claim itself holds: no claimant, unconfirmed, no claim_reviewed."""
    claim = make_claim(statement_confirmed_by=None, claim_reviewed="")
    make_appearance(claim)  # an appearance, but nobody named as saying it
    return claim


def publish_over_api(editor, v: Verification):
    return api(editor).post(f"/api/v1/verifications/{v.pk}/publish/")


# -- the API names each missing item -----------------------------------------------------------------


def test_it_refuses_publishing_and_names_every_missing_item(reporter, editor):
    v = in_review(reporter, bare_claim(), evidence=False)
    Verification.objects.filter(pk=v.pk).update(rationale="   ")  # only code that bypasses validation can
    response = publish_over_api(editor, v)
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "incomplete"
    assert sorted(error["fields"]) == sorted(ALL_ITEMS)
    assert error["fields"]["claim_reviewed"] == [
        "Write the claim's short 'claim reviewed' text (at most 75 characters) for ClaimReview."
    ]
    v.refresh_from_db()
    assert v.state == State.IN_REVIEW and v.published_at is None


@pytest.mark.parametrize(
    ("item", "build"),
    [
        ("claimant", lambda: make_claim(created_by=None)),
        ("statement_confirmed", lambda: make_checkable_claim(statement_confirmed_by=None)),
        ("claim_reviewed", lambda: make_checkable_claim(claim_reviewed="")),
    ],
)
def test_it_refuses_publishing_a_verdict_on_a_claim_missing_one_item(reporter, editor, item, build):
    response = publish_over_api(editor, in_review(reporter, build()))
    assert response.status_code == 400
    assert list(error_of(response)["fields"]) == [item]


def test_it_refuses_publishing_a_verdict_without_evidence(reporter, editor):
    response = publish_over_api(editor, in_review(reporter, make_checkable_claim(), evidence=False))
    assert response.status_code == 400
    assert list(error_of(response)["fields"]) == ["evidence"]
    assert "Cite at least one source" in error_of(response)["message"]


@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_publishes_a_verdict_that_passes_the_checklist(request, reporter, persona):
    response = publish_over_api(request.getfixturevalue(persona), in_review(reporter, make_checkable_claim()))
    assert response.status_code == 200, response.json()
    assert response.json()["state"] == "published"


def test_it_checks_who_may_publish_before_the_checklist(reporter, other_reporter):
    response = publish_over_api(other_reporter, in_review(reporter, bare_claim()))
    assert response.status_code == 403 and error_of(response)["code"] == "permission"


def test_it_refuses_the_public_publishing(reporter):
    assert api().post(f"/api/v1/verifications/{in_review(reporter, bare_claim()).pk}/publish/").status_code == 401


def test_it_refuses_publishing_a_correction_that_misses_an_item(reporter, editor):
    first = make_published_verification(make_checkable_claim())
    correction = in_review(reporter, first.claim, evidence=False, correction_note="A second origin.")
    with pytest.raises(ChecklistIncomplete) as refused:
        verification_publish(verification=correction, by=editor)
    assert [item.code for item in refused.value.missing] == ["evidence"]
    first.refresh_from_db()
    assert first.state == State.PUBLISHED


# -- confirming the statement -------------------------------------------------------------------------


def test_it_leaves_a_claim_from_extraction_unconfirmed_until_someone_saves_its_statement(reporter, editor):
    claim = suggestion_accept(suggestion=make_suggestion(speaker=make_actor()), by=reporter)
    claim_update(claim=claim, claim_reviewed="About 3,000 troops", by=reporter)
    v = in_review(reporter, claim)
    assert [item.code for item in publish_checklist(v) if not item.done] == ["statement_confirmed"]
    claim_update(claim=claim, statement=claim.statement, by=editor)  # read, and saved as it stands
    assert publish_over_api(editor, v).status_code == 200


def test_it_confirms_the_statement_when_the_owner_saves_it_in_the_admin(client, reporter):
    claim = make_claim(created_by=reporter, statement_confirmed_by=None)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    client.force_login(reporter)
    page = client.get(url)
    assert "unconfirmed" in page.content.decode()
    assert client.post(url, change_form_data(page)).status_code == 302
    claim.refresh_from_db()
    assert claim.statement_confirmed_by == reporter


def test_it_refuses_a_claim_reviewed_text_over_75_characters(reporter):
    payload = {"slug": "long", "statement": "Long.", "claim_reviewed": "x" * 76}
    response = api(reporter).post("/api/v1/claims/", payload, format="json")
    assert response.status_code == 400
    assert "claim_reviewed" in error_of(response)["fields"]


def test_it_gives_claimreview_the_short_claim_reviewed_text(client):
    claim = make_checkable_claim(statement="A long statement in our own words.", claim_reviewed="Short words")
    make_published_verification(claim)
    assert api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()["claimReviewed"] == "Short words"


# -- the admin shows what is missing --------------------------------------------------------------------


def test_it_shows_the_checklist_and_a_disabled_publish_button_with_the_reasons(client, reporter, editor):
    v = in_review(reporter, bare_claim(), evidence=False)
    client.force_login(editor)
    page = client.get(reverse("admin:claims_verification_change", args=[v.pk])).content.decode()
    assert "Before publishing: 4 missing" in page
    assert "Record who made the claim" in page and "Cite at least one source" in page
    assert 'value="Publish" disabled' in page
    assert "Publishing needs the 4 missing items above." in page


def test_it_shows_a_complete_checklist_and_an_enabled_publish_button(client, reporter, editor):
    v = in_review(reporter, make_checkable_claim())
    client.force_login(editor)
    page = client.get(reverse("admin:claims_verification_change", args=[v.pk])).content.decode()
    assert "Before publishing: ready" in page
    assert 'value="Publish" disabled' not in page and 'value="Publish"' in page


def test_it_refuses_the_publish_button_with_the_missing_items_named(client, reporter, editor):
    v = in_review(reporter, bare_claim())
    client.force_login(editor)
    url = reverse("admin:claims_verification_transition", args=[v.pk, "publish"])
    response = client.post(url, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert len(messages) == 1 and messages[0].startswith("Not done: Not ready to publish: Record who made the claim")
    v.refresh_from_db()
    assert v.state == State.IN_REVIEW


@pytest.mark.parametrize("persona", ["reporter", "chief"])
def test_it_shows_each_role_the_checklist_on_work_in_review(client, request, other_reporter, persona):
    v = in_review(other_reporter, bare_claim())
    client.force_login(request.getfixturevalue(persona))
    page = client.get(reverse("admin:claims_verification_change", args=[v.pk])).content.decode()
    assert "Before publishing: 3 missing" in page


def test_it_publishes_in_bulk_only_what_passes_the_checklist(client, reporter, editor):
    ready, not_ready = in_review(reporter, make_checkable_claim()), in_review(reporter, bare_claim())
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_verification_changelist"),
        {"action": "publish_selected", "_selected_action": [ready.pk, not_ready.pk]},
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert "Published 1 verification." in messages
    assert any("Not ready to publish" in m for m in messages)
    assert Verification.objects.get(pk=not_ready.pk).state == State.IN_REVIEW


def test_it_reads_the_checklist_in_two_queries(reporter, django_assert_num_queries):
    v = Verification.objects.select_related("claim").get(pk=in_review(reporter, make_checkable_claim()).pk)
    # 1. does an appearance of the claim name a speaker
    # 2. does the verdict cite evidence
    with django_assert_num_queries(2):
        assert all(item.done for item in publish_checklist(v))
