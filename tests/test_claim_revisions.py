"""
A published claim's wording (statement, claim_reviewed, quantity) changes only through a reviewed
revision: drafted by anyone in the newsroom, published by another editor. Readers see the last
published wording until then, and an 'updated' note afterwards.
"""

from decimal import Decimal

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimRevision
from claims.quantities import Quantity
from claims.services import claim_revision_propose, claim_revision_publish
from claims.workflow import WorkflowError
from tests.admin_forms import change_form_data
from tests.api_helpers import api, error_of
from tests.factories import make_checkable_claim, make_claim, make_published_verification, make_topic
from tests.test_public_queries import count

pytestmark = pytest.mark.django_db
RevisionState = ClaimRevision.State

OLD = "About 3,000 troops form the first tranche."
NEW = "DRAFT-CANARY the first tranche numbers about 3,500 troops."


@pytest.fixture
def published(reporter) -> Claim:
    claim = make_checkable_claim(
        slug="first-tranche",
        statement=OLD,
        claim_reviewed="First tranche of about 3,000 troops",
        value=3000,
        qualifier="approximately",
        unit="troops",
        created_by=reporter,
    )
    make_published_verification(claim)
    claim.refresh_from_db()
    return claim


def client_for(request, persona):
    return api() if persona == "anonymous" else api(request.getfixturevalue(persona))


def propose(by, claim: Claim, **fields) -> ClaimRevision:
    fields.setdefault("statement", NEW)
    fields.setdefault("claim_reviewed", "DRAFT-CANARY tranche of 3,500")
    return claim_revision_propose(claim=claim, by=by, **fields)


def proposal_payload(**fields) -> dict:
    return {"claim": "first-tranche", "statement": NEW, "claim_reviewed": "DRAFT-CANARY tranche of 3,500"} | fields


# -- direct edits no longer rewrite the live record ------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"statement": "Rewritten live."},
        {"claim_reviewed": "Rewritten live"},
        {"quantity": {"value": "3500", "qualifier": "approximately", "unit": "troops"}},
        {"quantity": None},
    ],
    ids=["statement", "claim_reviewed", "quantity", "no-quantity"],
)
@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_refuses_an_editor_patching_a_published_claims_wording(request, published, persona, change):
    client = client_for(request, persona)
    etag = client.get("/api/v1/claims/first-tranche/")["ETag"]
    response = client.patch("/api/v1/claims/first-tranche/", change, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 400
    (field,) = change
    assert "reviewed revision" in error_of(response)["fields"][field][0]
    assert Claim.objects.get().statement == OLD and Claim.objects.get().value == 3000


def test_it_refuses_a_reporter_patching_a_published_claims_wording(reporter, published):
    client = api(reporter)
    etag = client.get("/api/v1/claims/first-tranche/")["ETag"]
    response = client.patch("/api/v1/claims/first-tranche/", {"statement": "Live."}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 403
    assert Claim.objects.get().statement == OLD


@pytest.mark.parametrize(("persona", "expected"), [("anonymous", 401), ("outsider", 403)])
def test_it_refuses_the_public_patching_a_published_claim(request, published, persona, expected):
    client = client_for(request, persona)
    etag = client.get("/api/v1/claims/first-tranche/")["ETag"]
    response = client.patch("/api/v1/claims/first-tranche/", {"statement": "x"}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == expected


def test_it_lets_an_editor_change_a_published_claims_topics(editor, published):
    client = api(editor)
    topic = make_topic(slug="deployments")
    etag = client.get("/api/v1/claims/first-tranche/")["ETag"]
    response = client.patch(
        "/api/v1/claims/first-tranche/", {"topics": [topic.slug]}, format="json", HTTP_IF_MATCH=etag
    )
    assert response.status_code == 200, response.json()


@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_shows_a_published_claims_wording_read_only_in_the_admin(client, request, published, persona):
    client.force_login(request.getfixturevalue(persona))
    url = reverse("admin:claims_claim_change", args=[published.pk])
    page = client.get(url)
    data = change_form_data(page)
    assert "statement" not in data and "value" not in data and "claim_reviewed" not in data
    assert client.post(url, data | {"statement": "Rewritten live.", "value": "9"}).status_code == 302
    claim = Claim.objects.get()
    assert (claim.statement, claim.value) == (OLD, 3000)


def test_it_shows_a_published_claim_read_only_to_its_reporter_in_the_admin(client, reporter, published):
    client.force_login(reporter)
    url = reverse("admin:claims_claim_change", args=[published.pk])
    assert client.get(url).context["has_change_permission"] is False
    assert client.post(url, {"statement": "Live."}).status_code == 403


# -- proposing -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["reporter", "other_reporter", "editor", "chief"])
def test_it_lets_anyone_in_the_newsroom_propose_new_wording(request, published, persona):
    response = client_for(request, persona).post("/api/v1/claim-revisions/", proposal_payload(), format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["state"] == "in_review"
    assert Claim.objects.get().statement == OLD


@pytest.mark.parametrize(("persona", "expected"), [("anonymous", 401), ("outsider", 403)])
def test_it_refuses_proposals_from_the_public(request, published, persona, expected):
    response = client_for(request, persona).post("/api/v1/claim-revisions/", proposal_payload(), format="json")
    assert response.status_code == expected
    assert not ClaimRevision.objects.exists()


def test_it_refuses_a_proposal_for_a_claim_not_yet_published(reporter):
    make_claim(slug="first-tranche", created_by=reporter)
    response = api(reporter).post("/api/v1/claim-revisions/", proposal_payload(), format="json")
    assert response.status_code == 409
    assert "edit its wording directly" in error_of(response)["message"]


def test_it_refuses_a_second_open_proposal(reporter, editor, published):
    propose(reporter, published)
    response = api(editor).post("/api/v1/claim-revisions/", proposal_payload(), format="json")
    assert response.status_code == 409
    assert "already has a wording change waiting" in error_of(response)["message"]


def test_it_refuses_a_proposal_that_changes_nothing(reporter, published):
    payload = proposal_payload(
        statement=OLD,
        claim_reviewed=published.claim_reviewed,
        quantity={"value": "3000", "qualifier": "approximately", "unit": "troops"},
    )
    response = api(reporter).post("/api/v1/claim-revisions/", payload, format="json")
    assert response.status_code == 400 and "statement" in error_of(response)["fields"]


def test_it_refuses_a_proposal_with_a_claim_reviewed_over_75_characters(reporter, published):
    response = api(reporter).post("/api/v1/claim-revisions/", proposal_payload(claim_reviewed="x" * 76), format="json")
    assert response.status_code == 400 and "claim_reviewed" in error_of(response)["fields"]


# -- publishing: the two-person rule ----------------------------------------------------------------------


def publish_over_api(user, revision: ClaimRevision):
    client = api(user) if user is not None else api()
    return client.post(f"/api/v1/claim-revisions/{revision.pk}/publish/")


@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_refuses_anyone_publishing_their_own_wording(request, published, persona):
    user = request.getfixturevalue(persona)
    response = publish_over_api(user, propose(user, published))
    assert response.status_code == 403
    assert error_of(response)["code"] == "own_work"
    assert "another editor must review and publish it" in error_of(response)["message"]
    assert Claim.objects.get().statement == OLD


def test_it_refuses_a_reporter_publishing_wording(reporter, other_reporter, published):
    response = publish_over_api(other_reporter, propose(reporter, published))
    assert response.status_code == 403 and error_of(response)["code"] == "permission"
    assert Claim.objects.get().statement == OLD


@pytest.mark.parametrize("persona", ["anonymous", "outsider"])
def test_it_refuses_the_public_publishing_wording_and_hides_the_proposal(request, reporter, published, persona):
    revision = propose(reporter, published)
    response = client_for(request, persona).post(f"/api/v1/claim-revisions/{revision.pk}/publish/")
    assert response.status_code in (401, 403, 404)
    assert Claim.objects.get().statement == OLD


@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_publishes_another_persons_wording(request, reporter, published, persona):
    revision = propose(
        reporter,
        published,
        quantity=Quantity.from_qualifier(value=Decimal(3500), unit="troops", qualifier="approximately"),
    )
    response = publish_over_api(request.getfixturevalue(persona), revision)
    assert response.status_code == 200, response.json()
    claim = Claim.objects.get()
    assert (claim.statement, claim.value, claim.claim_reviewed) == (NEW, 3500, "DRAFT-CANARY tranche of 3,500")
    assert claim.wording_updated_at is not None
    revision.refresh_from_db()
    assert revision.state == RevisionState.PUBLISHED
    assert (revision.previous_statement, revision.previous_quantity) == (OLD, "about 3,000 troops")


def test_it_records_the_old_wording_in_the_claims_history(reporter, editor, published):
    claim_revision_publish(revision=propose(reporter, published), by=editor)
    statements = list(
        Claim.history.filter(id=published.pk).order_by("history_date").values_list("statement", flat=True)
    )
    assert statements[0] == OLD and statements[-1] == NEW


def test_it_refuses_publishing_a_revision_twice(reporter, editor, chief, published):
    revision = propose(reporter, published)
    claim_revision_publish(revision=revision, by=editor)
    with pytest.raises(WorkflowError) as refused:
        claim_revision_publish(revision=revision, by=chief)
    assert refused.value.code == "state"


def test_it_lets_the_author_or_an_editor_discard_a_proposal(reporter, other_reporter, editor, published):
    revision = propose(reporter, published)
    refused = api(other_reporter).post(f"/api/v1/claim-revisions/{revision.pk}/discard/")
    assert refused.status_code == 403
    assert api(reporter).post(f"/api/v1/claim-revisions/{revision.pk}/discard/").json()["state"] == "discarded"
    assert propose(editor, published).state == RevisionState.IN_REVIEW  # the claim is free for a new one


# -- readers see the published wording only (the draft canary) -----------------------------------------------


PUBLIC_URLS = [
    "/",
    "/claims/",
    "/claims/first-tranche/",
    "/claims/?q=tranche",
    "/feeds/checks.rss",
    "/feeds/checks.atom",
    "/sitemap-claims.xml",
    "/api/v1/claims/",
    "/api/v1/claims/first-tranche/",
    "/api/v1/claims/first-tranche/claimreview/",
    "/api/v1/claimreview/",
    "/api/v1/claim-revisions/",
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_it_never_shows_readers_an_unpublished_wording(client, reporter, published, url):
    propose(reporter, published, note="DRAFT-CANARY note")
    response = client.get(url) if not url.startswith("/api/") else api().get(url)
    assert response.status_code == 200, url
    assert b"DRAFT-CANARY" not in response.content


def test_it_shows_readers_the_new_wording_with_an_updated_note_once_published(client, reporter, editor, published):
    claim_revision_publish(revision=propose(reporter, published), by=editor)
    page = client.get("/claims/first-tranche/").content.decode()
    assert NEW in page and OLD not in page
    assert "Updated <time" in page and "wording changed." in page
    assert api().get("/api/v1/claims/first-tranche/").json()["wording_updated_at"] is not None
    assert api().get("/api/v1/claims/first-tranche/claimreview/").json()["claimReviewed"].startswith("DRAFT-CANARY")


def test_it_shows_no_updated_note_on_a_claim_never_reworded(client, published):
    assert "wording changed" not in client.get("/claims/first-tranche/").content.decode()


@pytest.mark.parametrize("persona", ["anonymous", "outsider"])
def test_it_hides_every_proposal_from_the_public(request, reporter, published, persona):
    revision = propose(reporter, published)
    client = client_for(request, persona)
    assert client.get("/api/v1/claim-revisions/").json()["results"] == []
    assert client.get(f"/api/v1/claim-revisions/{revision.pk}/").status_code == 404


def test_it_lists_proposals_to_the_newsroom_in_one_query_of_its_own(
    reporter, editor, published, django_assert_num_queries
):
    propose(reporter, published)
    client = api(editor)
    client.get("/api/v1/claim-revisions/")  # the token and permissions, cached for the request after
    # 1. the sign-in lockout of the client's address (django-axes)  2. the token and its user
    # 3. the user's permissions  4. their group permissions
    # 5. the page of revisions, with claim, author and reviewer joined
    with django_assert_num_queries(5):
        assert len(client.get("/api/v1/claim-revisions/").json()["results"]) == 1


def test_it_serves_the_claim_page_in_the_same_queries_after_a_rewording(client, reporter, editor, published):
    before = count(client, "/claims/first-tranche/")
    claim_revision_publish(revision=propose(reporter, published), by=editor)
    # The 'updated' note reads a column of the claim: no query of its own (the count is in test_public_queries).
    # (At most as many: a related-checks query is skipped when the reworded claim gives it nothing to match.)
    assert count(client, "/claims/first-tranche/") <= before


# -- the admin ------------------------------------------------------------------------------------------


def test_it_proposes_new_wording_on_the_claim_page(client, editor, published):
    client.force_login(editor)
    url = reverse("admin:claims_claim_change", args=[published.pk])
    data = change_form_data(client.get(url))
    data |= {
        "revisions-2-TOTAL_FORMS": "1",
        "revisions-2-0-statement": NEW,
        "revisions-2-0-claim_reviewed": "DRAFT-CANARY tranche",
        "revisions-2-0-value": "3500",
        "revisions-2-0-qualifier": "approximately",
        "revisions-2-0-unit": "troops",
    }
    assert client.post(url, data).status_code == 302
    revision = ClaimRevision.objects.get()
    assert (revision.author, revision.state, revision.value) == (editor, RevisionState.IN_REVIEW, 3500)
    assert Claim.objects.get().statement == OLD


def test_it_proposes_new_wording_from_the_revisions_page(client, reporter, published):
    client.force_login(reporter)
    response = client.post(
        reverse("admin:claims_claimrevision_add"),
        {"claim": published.pk, "statement": NEW, "claim_reviewed": "DRAFT-CANARY tranche"},
    )
    assert response.status_code == 302
    assert ClaimRevision.objects.get().author == reporter


def test_it_refuses_a_second_proposal_in_the_admin_with_the_reason(client, reporter, editor, published):
    propose(reporter, published)
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_claimrevision_add"),
        {"claim": published.pk, "statement": "Another.", "claim_reviewed": "Another"},
    )
    assert response.status_code == 200
    assert "already has a wording change waiting for review" in response.content.decode()
    assert ClaimRevision.objects.count() == 1


def test_it_refuses_an_unchanged_proposal_on_the_claim_page_with_the_reason(client, editor, published):
    client.force_login(editor)
    url = reverse("admin:claims_claim_change", args=[published.pk])
    data = change_form_data(client.get(url))
    data |= {
        "revisions-2-TOTAL_FORMS": "1",
        "revisions-2-0-statement": OLD,
        "revisions-2-0-claim_reviewed": published.claim_reviewed,
        "revisions-2-0-value": "3000",
        "revisions-2-0-qualifier": "approximately",
        "revisions-2-0-unit": "troops",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "This is the wording readers already see" in response.content.decode()
    assert not ClaimRevision.objects.exists()


@pytest.mark.parametrize(("persona", "shown"), [("editor", False), ("reporter", False), ("chief", True)])
def test_it_shows_the_publish_button_only_to_another_editor(client, request, editor, published, persona, shown):
    revision = propose(editor, published)
    client.force_login(request.getfixturevalue(persona))
    page = client.get(reverse("admin:claims_claimrevision_change", args=[revision.pk])).content.decode()
    assert ('value="Publish the new wording"' in page) is shown


def test_it_publishes_from_the_admin_button(client, reporter, editor, published):
    revision = propose(reporter, published)
    client.force_login(editor)
    page = client.get(reverse("admin:claims_claimrevision_change", args=[revision.pk])).content.decode()
    assert 'value="Publish the new wording"' in page
    response = client.post(reverse("admin:claims_claimrevision_transition", args=[revision.pk, "publish"]))
    assert response.status_code == 302
    assert Claim.objects.get().statement == NEW


@pytest.mark.parametrize(("persona", "message"), [("reporter", "Only editors"), ("editor", "two-person rule")])
def test_it_refuses_the_admin_button_with_a_message(client, request, editor, published, persona, message):
    revision = propose(editor, published)
    client.force_login(request.getfixturevalue(persona))
    url = reverse("admin:claims_claimrevision_transition", args=[revision.pk, "publish"])
    messages = [str(m) for m in client.post(url, follow=True).context["messages"]]
    assert len(messages) == 1 and message in messages[0]
    assert Claim.objects.get().statement == OLD


def test_it_refuses_the_admin_button_to_an_outsider(client, outsider, reporter, published):
    revision = propose(reporter, published)
    client.force_login(outsider)
    response = client.post(reverse("admin:claims_claimrevision_transition", args=[revision.pk, "publish"]))
    assert response.status_code == 403
    assert Claim.objects.get().statement == OLD


def test_it_publishes_in_bulk_and_reports_each_refusal(client, reporter, editor, published):
    theirs = propose(reporter, published)
    other = make_checkable_claim(created_by=editor)
    make_published_verification(other)
    mine = propose(editor, Claim.objects.get(pk=other.pk), statement="Mine.", claim_reviewed="Mine")
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_claimrevision_changelist"),
        {"action": "publish_selected_revisions", "_selected_action": [theirs.pk, mine.pk]},
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert "Published 1 wording change." in messages
    assert any("two-person rule" in m for m in messages)
