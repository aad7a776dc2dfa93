"""Editorial writes through the API: tokens, roles, the workflow as actions, If-Match, and errors."""

import pytest
from django.core.cache import cache
from rest_framework.throttling import AnonRateThrottle

from claims.models import Appearance, Claim, Verification
from claims.services import verification_create, verification_publish, verification_submit
from tests.api_helpers import api, error_of
from tests.factories import make_checkable_claim, make_citation, make_claim, make_organisation, make_source, status

pytestmark = pytest.mark.django_db
State = Verification.State

TRANCHE = {
    "slug": "first-tranche",
    "statement": "The first tranche numbers about 3,000 troops.",
    "quantity": {"value": "3000", "qualifier": "approximately", "unit": "troops"},
}


def draft(author, claim=None) -> Verification:
    """A draft that passes the publish checklist: its claim names a claimant, and it cites evidence."""
    return verification_create(
        claim=claim or make_checkable_claim(),
        status=status("single-source"),
        rationale="One origin.",
        evidence=[make_source()],
        by=author,
    )


def in_review(author, claim=None) -> Verification:
    return verification_submit(verification=draft(author, claim), by=author)


# -- creating -------------------------------------------------------------------------------


def test_it_lets_a_reporter_create_a_claim_with_derived_bounds(reporter):
    response = api(reporter).post("/api/v1/claims/", TRANCHE, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["quantity"] | {} == {
        "value": "3000.0000", "lower": "2700.0000", "upper": "3300.0000", "unit": "troops",
        "qualifier": "approximately", "multiplier": None, "total": "3000.0000", "text": "about 3,000 troops",
    }  # fmt: skip
    assert response["ETag"]
    claim = Claim.objects.get(slug="first-tranche")
    assert claim.created_by == reporter and claim.history.latest().history_user == reporter


def test_it_refuses_anonymous_writes(db):
    response = api().post("/api/v1/claims/", TRANCHE, format="json")
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"
    assert not Claim.objects.exists()


def test_it_refuses_writes_from_outside_the_newsroom(outsider):
    response = api(outsider).post("/api/v1/claims/", TRANCHE, format="json")
    assert response.status_code == 403
    assert not Claim.objects.exists()


@pytest.mark.parametrize(
    ("quantity", "field", "message"),
    [
        ({"value": "3000", "lower": "3500", "qualifier": "approximately", "unit": "troops"}, "quantity.lower",
         "lower bound cannot be above the value"),
        ({"value": "3000", "qualifier": "roughly", "unit": "troops"}, "quantity.qualifier", "not a valid choice"),
        ({"value": "lots", "qualifier": "exact", "unit": "troops"}, "quantity.value", "valid number"),
        ({"value": "3000", "qualifier": "exact"}, "quantity.unit", "required"),
        ({"lower": "10", "qualifier": "range", "unit": "days"}, "quantity.upper", "both a lower and an upper"),
    ],
)  # fmt: skip
def test_it_names_the_bad_field_in_a_400(reporter, quantity, field, message):
    response = api(reporter).post("/api/v1/claims/", TRANCHE | {"quantity": quantity}, format="json")
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid" and field in error["message"]
    assert any(message in m for m in error["fields"][field]), error
    assert not Claim.objects.exists()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"slug": "not a slug!"}, "slug"),
        ({"statement": ""}, "statement"),
        ({"topics": ["no-such-topic"]}, "topics"),
    ],
)
def test_it_refuses_bad_claim_fields_with_a_400(reporter, payload, field):
    response = api(reporter).post("/api/v1/claims/", TRANCHE | payload, format="json")
    assert response.status_code == 400
    assert field in error_of(response)["fields"]


def test_it_refuses_a_duplicate_slug_with_a_400(reporter):
    make_claim(slug="first-tranche")
    response = api(reporter).post("/api/v1/claims/", TRANCHE, format="json")
    assert response.status_code == 400
    assert "already exists" in error_of(response)["fields"]["slug"][0]


def test_it_refuses_a_body_that_is_not_json(reporter):
    response = api(reporter).post("/api/v1/claims/", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert error_of(response)["code"] == "parse_error"


def test_it_records_an_appearance_anchored_in_the_snapshot(reporter):
    claim = make_claim(slug="first-tranche", created_by=reporter)
    agency = make_organisation(slug="reuters")
    source = make_source(slug="report", text="Kirby said this first tranche of about 3,000 are being trained.")
    make_citation(source, cited_actor=agency)
    payload = {"claim": "first-tranche", "source": "report", "via": "reuters", "stance": "asserts",
               "quote": "first tranche of about 3,000", "stated_on": "2024-10-23"}  # fmt: skip
    response = api(reporter).post("/api/v1/appearances/", payload, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["selector"] == {
        "exact": "first tranche of about 3,000", "prefix": "Kirby said this ", "suffix": " are being trained.",
        "start": 16, "end": 44,
    }  # fmt: skip
    assert response.json()["via"] == str(agency)
    assert Appearance.objects.get().claim == claim


@pytest.mark.parametrize(
    ("change", "field"),
    [({"quote": "about 4,000"}, "quote"), ({"via": "nobody"}, "via"), ({"stance": "shrugs"}, "stance")],
)
def test_it_refuses_a_bad_appearance(reporter, change, field):
    make_claim(slug="first-tranche", created_by=reporter)
    make_source(slug="report", text="Kirby said this first tranche of about 3,000 are being trained.")
    payload = {"claim": "first-tranche", "source": "report", "stance": "asserts", "quote": "about 3,000"} | change
    response = api(reporter).post("/api/v1/appearances/", payload, format="json")
    assert response.status_code == 400
    assert field in error_of(response)["fields"]
    assert not Appearance.objects.exists()


# -- If-Match ---------------------------------------------------------------------------------


def test_it_requires_if_match_to_update(reporter):
    make_claim(slug="first-tranche", statement="Old words.")
    response = api(reporter).patch("/api/v1/claims/first-tranche/", {"statement": "New words."}, format="json")
    assert response.status_code == 428
    assert error_of(response)["code"] == "precondition_required"
    assert Claim.objects.get().statement == "Old words."


def test_it_refuses_a_stale_if_match_and_keeps_the_stored_claim(reporter, editor):
    make_claim(slug="first-tranche", statement="Old words.")
    etag = api(reporter).get("/api/v1/claims/first-tranche/")["ETag"]
    first = api(editor).patch(
        "/api/v1/claims/first-tranche/", {"statement": "Editor's words."}, format="json", HTTP_IF_MATCH=etag
    )
    assert first.status_code == 200
    assert first["ETag"] != etag
    stale = api(reporter).patch(
        "/api/v1/claims/first-tranche/", {"statement": "Reporter's words."}, format="json", HTTP_IF_MATCH=etag
    )
    assert stale.status_code == 412
    assert stale["ETag"] == first["ETag"]
    assert Claim.objects.get().statement == "Editor's words."


def test_it_updates_with_a_matching_if_match(reporter):
    make_claim(slug="first-tranche", statement="Old words.", created_by=reporter)
    client = api(reporter)
    etag = client.get("/api/v1/claims/first-tranche/")["ETag"]
    response = client.put(
        "/api/v1/claims/first-tranche/", TRANCHE | {"statement": "New words."}, format="json", HTTP_IF_MATCH=etag
    )
    assert response.status_code == 200, response.json()
    assert Claim.objects.get().statement == "New words."
    assert client.get("/api/v1/claims/first-tranche/")["ETag"] == response["ETag"]


def test_it_changes_the_etag_when_an_appearance_is_added(reporter):
    from tests.factories import make_appearance

    claim = make_claim(slug="first-tranche")
    etag = api(reporter).get("/api/v1/claims/first-tranche/")["ETag"]
    make_appearance(claim)
    assert api(reporter).get("/api/v1/claims/first-tranche/")["ETag"] != etag


def test_it_requires_if_match_for_sources_and_verifications_too(reporter):
    make_source(slug="report")
    v = draft(reporter)
    assert api(reporter).patch("/api/v1/sources/report/", {"title": "T"}, format="json").status_code == 428
    assert api(reporter).patch(f"/api/v1/verifications/{v.pk}/", {"rationale": "R"}, format="json").status_code == 428


# -- workflow actions -------------------------------------------------------------------------


def test_it_lets_a_reporter_write_and_submit_a_draft(reporter):
    make_claim(slug="first-tranche")
    client = api(reporter)
    created = client.post(
        "/api/v1/verifications/",
        {"claim": "first-tranche", "status": "single-source", "rationale": "Only the White House says so."},
        format="json",
    )
    assert created.status_code == 201, created.json()
    assert (created.json()["state"], created.json()["author"]) == ("draft", reporter.username)
    submitted = client.post(f"/api/v1/verifications/{created.json()['id']}/submit/")
    assert submitted.status_code == 200 and submitted.json()["state"] == "in_review"


@pytest.mark.parametrize(
    ("actor", "author", "action", "code", "error_code"),
    [
        ("reporter", "other_reporter", "publish", 403, "permission"),
        ("editor", "editor", "publish", 403, "own_work"),
        ("editor", "reporter", "withdraw", 409, "state"),
        ("other_reporter", "reporter", "send-back", 403, "permission"),
        ("reporter", "reporter", "submit", 409, "state"),
    ],
)
def test_it_refuses_a_transition_and_changes_nothing(request, actor, author, action, code, error_code):
    v = in_review(request.getfixturevalue(author))
    response = api(request.getfixturevalue(actor)).post(f"/api/v1/verifications/{v.pk}/{action}/")
    assert response.status_code == code
    assert error_of(response)["code"] == error_code
    stored = Verification.objects.get(pk=v.pk)
    assert (stored.state, stored.version) == (State.IN_REVIEW, v.version)


def test_it_refuses_transitions_to_the_public(reporter):
    v = in_review(reporter)
    assert api().post(f"/api/v1/verifications/{v.pk}/publish/").status_code == 401
    assert Verification.objects.get(pk=v.pk).state == State.IN_REVIEW


def test_it_lets_an_editor_publish_and_a_chief_withdraw(reporter, editor, chief):
    v = in_review(reporter)
    published = api(editor).post(f"/api/v1/verifications/{v.pk}/publish/")
    assert (published.status_code, published.json()["state"], published.json()["reviewer"]) == (
        200,
        "published",
        editor.username,
    )
    assert api(editor).post(f"/api/v1/verifications/{v.pk}/withdraw/", {"reason": "r"}).status_code == 403
    no_reason = api(chief).post(f"/api/v1/verifications/{v.pk}/withdraw/", {"reason": ""})
    assert no_reason.status_code == 400 and "withdrawal_reason" in error_of(no_reason)["fields"]
    withdrawn = api(chief).post(f"/api/v1/verifications/{v.pk}/withdraw/", {"reason": "The origin retracted it."})
    assert withdrawn.status_code == 200 and withdrawn.json()["state"] == "withdrawn"


def test_it_corrects_a_published_verdict(reporter, other_reporter, editor):
    published = verification_publish(verification=in_review(reporter), by=editor)
    client = api(other_reporter)
    missing_note = client.post(
        f"/api/v1/verifications/{published.pk}/correct/", {"status": "corroborated", "rationale": "Two now."}
    )
    assert missing_note.status_code == 400 and "correction_note" in error_of(missing_note)["fields"]
    correction = client.post(
        f"/api/v1/verifications/{published.pk}/correct/",
        {
            "status": "corroborated",
            "rationale": "Two origins now.",
            "correction_note": "Seoul confirmed it.",
            "evidence": [make_source().slug],
        },
        format="json",
    )
    assert correction.status_code == 201, correction.json()
    assert correction.json()["supersedes"] == published.pk
    client.post(f"/api/v1/verifications/{correction.json()['id']}/submit/")
    assert api(editor).post(f"/api/v1/verifications/{correction.json()['id']}/publish/").status_code == 200
    claim = api().get(f"/api/v1/claims/{published.claim.slug}/").json()
    assert claim["verdict"]["status"]["slug"] == "corroborated"
    assert [c["note"] for c in claim["corrections"]] == ["Seoul confirmed it."]


def test_it_refuses_correcting_a_draft(reporter):
    v = draft(reporter)
    response = api(reporter).post(
        f"/api/v1/verifications/{v.pk}/correct/", {"status": "corroborated", "rationale": "r", "correction_note": "n"}
    )
    assert response.status_code == 409


def test_it_refuses_editing_a_published_verdict(reporter, editor, chief):
    v = verification_publish(verification=in_review(reporter), by=editor)
    client = api(chief)
    etag = client.get(f"/api/v1/verifications/{v.pk}/")["ETag"]
    response = client.patch(
        f"/api/v1/verifications/{v.pk}/", {"rationale": "Quietly."}, format="json", HTTP_IF_MATCH=etag
    )
    assert response.status_code == 409
    assert Verification.objects.get(pk=v.pk).rationale == "One origin."


# -- throttling ------------------------------------------------------------------------------


def test_it_throttles_anonymous_reads(db, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})
    codes = [api().get("/api/v1/statuses/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    limited = api().get("/api/v1/statuses/")
    assert error_of(limited)["code"] == "throttled" and limited["Retry-After"]


def test_it_serves_anonymous_reads_when_the_cache_counting_them_does_not_answer(db, monkeypatch, caplog):
    def unreachable(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to cache.internal:6379. Connection refused.")

    for method in ("get", "add", "incr", "set"):
        monkeypatch.setattr(cache, method, unreachable)
    assert api().get("/api/v1/statuses/").status_code == 200
    assert "FailOpenAnonRateThrottle skipped: the cache did not answer" in caplog.text


def test_it_does_not_throttle_newsroom_tokens(reporter, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})
    assert {api(reporter).get("/api/v1/statuses/").status_code for _ in range(5)} == {200}


# -- NUL characters: PostgreSQL cannot even compare them ------------------------------------


@pytest.mark.parametrize(
    "url",
    ["/api/v1/claims/a%00b/", "/api/v1/claims/?q=a%00b", "/api/v1/claims/?claimant=%00", "/api/v1/actors/?q%00=x"],
)
def test_it_refuses_nul_characters_in_urls_with_a_400(db, url):
    response = api().get(url)
    assert response.status_code == 400
    assert "NUL characters" in error_of(response)["message"]


@pytest.mark.parametrize(
    "payload",
    [
        {"slug": "ok", "name": "Name", "organisation": "a\x00b"},
        {"slug": "ok", "name": "Name", "kind": "person\x00"},
        {"slug": "ok", "name": "Name", "nested": [{"key": "x\x00"}]},
    ],
)
def test_it_refuses_nul_characters_in_a_body_with_a_400(reporter, payload):
    response = api(reporter).post("/api/v1/actors/", payload, format="json")
    assert response.status_code == 400
    assert "NUL characters" in error_of(response)["message"]


def test_it_counts_every_read_but_a_304_against_the_anonymous_throttle(db, monkeypatch):
    """
    As on GitHub's API, a conditional read answered 304 does not count: it is answered from the
    site version before anything is read or rendered, for less than a static file costs. A 200,
    whether the view or the response cache answers it, counts once.
    """
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})
    held = api().get("/api/v1/statuses/")["ETag"]  # 1, answered by the view
    for _ in range(5):
        assert api().get("/api/v1/statuses/", HTTP_IF_NONE_MATCH=held).status_code == 304  # not counted
    stale = api().get("/api/v1/statuses/", HTTP_IF_NONE_MATCH='"not-this-one"')  # 2, from the cache
    assert stale.status_code == 200
    assert api().get("/api/v1/statuses/").status_code == 200  # 3
    assert api().get("/api/v1/statuses/").status_code == 429  # 4
