"""
The public Last-Modified, ETags and cached pages follow the site version (core.freshness), which
moves when published material changes and only then: a saved draft must not hint at unpublished work.
"""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import services
from claims.models import Verification
from core import freshness
from core.api import etag_of
from tests.factories import make_appearance, make_checkable_claim, make_claim, make_source, make_user, status
from tests.test_public_pages import published_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock(monkeypatch):
    """The time the site version records, moved by hand: HTTP dates count whole seconds."""
    now = SimpleNamespace(seconds=1_790_000_000.0)
    monkeypatch.setattr(freshness, "time", SimpleNamespace(time=lambda: now.seconds))
    return now


def last_modified(client, claim) -> str:
    return client.get(claim.get_absolute_url())["Last-Modified"]


def test_it_keeps_last_modified_when_a_draft_claim_is_saved(client, clock, reporter):
    claim = published_claim(1)
    before = last_modified(client, claim)
    clock.seconds += 60
    draft = services.claim_create(statement="A draft nobody may see yet.", slug="a-draft", by=reporter)
    services.claim_update(claim=draft, by=reporter, statement="A draft, reworded.")
    make_appearance(draft, make_source(text="Only a draft quotes this."), quote="Only a draft quotes this")
    assert last_modified(client, claim) == before


def test_it_keeps_last_modified_when_a_verification_is_drafted_or_reviewed(client, clock, reporter):
    claim = published_claim(1)
    before = last_modified(client, claim)
    clock.seconds += 60
    draft = services.verification_create(
        claim=make_claim(), status=status(), rationale="Work in progress.", by=reporter
    )
    services.verification_submit(verification=draft, by=reporter)
    assert Verification.objects.get(pk=draft.pk).state == Verification.State.IN_REVIEW
    assert last_modified(client, claim) == before


def test_it_moves_last_modified_when_a_verdict_is_published(client, clock, reporter, editor):
    claim = published_claim(1)
    before = last_modified(client, claim)
    clock.seconds += 60
    draft = services.verification_create(
        claim=make_checkable_claim(), status=status(), rationale="Checked.", evidence=[make_source()], by=reporter
    )
    services.verification_submit(verification=draft, by=reporter)
    services.verification_publish(verification=draft, by=editor)
    after = last_modified(client, claim)
    assert after != before
    assert freshness.site_last_modified().timestamp() == clock.seconds


def test_it_moves_last_modified_when_published_wording_changes(client, clock, reporter, editor):
    claim = published_claim(1)
    before = last_modified(client, claim)
    clock.seconds += 60
    revision = services.claim_revision_propose(
        claim=claim, by=reporter, statement="About 1,000 troops, reworded.", claim_reviewed="About 1,000 troops"
    )
    assert last_modified(client, claim) == before  # a proposal in review is not public
    services.claim_revision_publish(revision=revision, by=editor)
    assert last_modified(client, claim) != before


def test_it_answers_if_modified_since_the_last_publish_with_a_304(client, clock):
    claim = published_claim(1)
    stamp = last_modified(client, claim)
    clock.seconds += 60
    services.claim_create(statement="Another draft.", slug="another-draft", by=make_user())
    response = client.get(claim.get_absolute_url(), HTTP_IF_MODIFIED_SINCE=stamp, HTTP_ACCEPT="text/html")
    assert response.status_code == 304


# -- ETags from the site version: a 304 before anything is read or rendered ------------------------


def test_it_answers_a_held_api_etag_with_a_304_from_the_site_version_alone(client, monkeypatch):
    published_claim(1)
    etag = client.get("/api/v1/claims/", HTTP_ACCEPT="application/json")["ETag"]
    read = []
    real_get = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *args, **kwargs: read.append(key) or real_get(key, *args, **kwargs))
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/claims/", HTTP_ACCEPT="application/json", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and response["ETag"] == etag
    assert "public" in response["Cache-Control"]
    assert len(queries) == 0
    assert not [key for key in read if key.startswith("factcheck:response:")]  # the entry is never read


def test_it_renders_again_for_a_held_etag_once_published_material_changes(client, reporter, editor):
    published_claim(1)
    etag = client.get("/api/v1/claims/", HTTP_ACCEPT="application/json")["ETag"]
    draft = services.verification_create(
        claim=make_checkable_claim(), status=status(), rationale="Checked.", evidence=[make_source()], by=reporter
    )
    services.verification_submit(verification=draft, by=reporter)
    assert client.get("/api/v1/claims/", HTTP_ACCEPT="application/json", HTTP_IF_NONE_MATCH=etag).status_code == 304
    services.verification_publish(verification=draft, by=editor)
    response = client.get("/api/v1/claims/", HTTP_ACCEPT="application/json", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response["ETag"] != etag


def test_it_keeps_the_etag_an_api_detail_sets_for_if_match(client):
    claim = published_claim(1)
    response = client.get(f"/api/v1/claims/{claim.slug}/", HTTP_ACCEPT="application/json")
    assert response["ETag"] == etag_of(response.json())


def test_it_moves_last_modified_when_a_published_claim_is_attached_to_a_figure_or_detached(client, clock, editor):
    from figures.models import Estimate
    from figures.services import estimate_attach, estimate_detach
    from tests.factories import make_figure

    claim = published_claim(1)
    figure = make_figure(unit=claim.unit or "troops")
    before = last_modified(client, claim)
    clock.seconds += 60
    draft_figure = make_figure(name="A figure nobody estimates yet")  # no published estimate: not public
    draft_figure.description = "Still a draft."
    draft_figure.save()
    assert last_modified(client, claim) == before
    estimate_attach(figure=figure, claim=claim, by=editor)
    attached = last_modified(client, claim)
    assert attached != before
    clock.seconds += 60
    estimate_detach(estimate=Estimate.objects.get(claim=claim), by=editor)
    assert last_modified(client, claim) != attached
    assert not Estimate.objects.exists()


def test_it_gives_a_public_response_the_versions_etag_without_hashing_its_body(client, monkeypatch):
    """Every body was hashed twice (six megabytes each for a big ledger) for an ETag that was then replaced."""
    import django.utils.cache

    published_claim(1)
    hashed = []
    real_md5 = django.utils.cache.md5
    monkeypatch.setattr(django.utils.cache, "md5", lambda *a, **kw: hashed.append(1) or real_md5(*a, **kw))
    monkeypatch.setattr("core.middleware.hashlib.md5", lambda *a, **kw: hashed.append(1) or real_md5(*a, **kw))
    response = client.get("/api/v1/claims/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response["ETag"].startswith('"v') and hashed == []
    again = client.get("/api/v1/claims/", HTTP_ACCEPT="application/json", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_it_never_promises_a_304_for_a_response_that_left_with_a_cookie(rf):
    """A public response given the version's ETag, then a cookie further out (a session saved), is not cached."""
    from django.http import HttpResponse

    from core.middleware import PublicResponseCacheMiddleware, VersionETagMiddleware

    def view(request):
        response = HttpResponse("Hello")
        response["Cache-Control"] = "public, max-age=60"
        return response

    def session_saved(request):  # as SessionMiddleware, which sits outside VersionETagMiddleware
        response = VersionETagMiddleware(view)(request)
        response.set_cookie("sessionid", "abc")
        return response

    stack = PublicResponseCacheMiddleware(session_saved)
    response = stack(rf.get("/claims/"))
    assert response.status_code == 200 and not response["ETag"].startswith('"v')
    assert stack(rf.get("/claims/", HTTP_IF_NONE_MATCH=response["ETag"])).status_code == 200
