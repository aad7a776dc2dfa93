"""
Query counts of every public page and feed: the same for one published claim as for six.

Last-Modified comes from the site version in the cache (core.freshness), not from a query: a 304
answer costs none.
"""

import datetime

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim
from tests.test_public_pages import published_claim

pytestmark = pytest.mark.django_db


def count(client, url: str, status: int = 200) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == status, url
    return len(ctx.captured_queries)


PAGES = {
    # the latest ten claims + their topics, appearances, verdicts, evidence
    "/": 5,
    # the form's choice lists (statuses, topics) + a page of claims (no count) with 4 prefetches
    "/claims/": 7,
    # a search: the same, and whether more than SEARCH_LIMIT claims match (a count that stops there)
    "/claims/?q=troops&status=single-source": 8,
    # a page of the log's rows (no count)
    "/corrections/": 1,
    # feeds: the claims and their 4 prefetches; corrections in one query
    "/feeds/checks.rss": 5,
    "/feeds/checks.atom": 5,
    "/feeds/corrections.rss": 1,
    "/feeds/corrections.atom": 1,
    # sitemap index: the highest id of claims, sources, actors and figures (pages of 5,000 ids); no count
    "/sitemap.xml": 4,
    # a section page: the highest id, then one range of rows
    "/sitemap-claims.xml": 2,
    "/sitemap-sources.xml": 2,
    "/sitemap-actors.xml": 2,
    "/robots.txt": 0,
}


@pytest.mark.parametrize("url", PAGES)
def test_it_serves_each_page_with_a_constant_number_of_queries(client, url):
    published_claim(1)
    few = count(client, url)
    for n in range(2, 7):
        published_claim(n)
    assert count(client, url) == few == PAGES[url]


def detail_pages() -> dict[str, int]:
    claim = Claim.objects.published().first()
    appearance = claim.appearances.first()
    return {
        # claim with 4 prefetches (topics, appearances, verdicts, evidence)
        # + related claims (both ways) + origins (relations, appearances, status; one more per level
        # of organisations above a speaker, none here) + timeline + the bylines' team members
        # + related checks: candidates by claimant, by topic, by figure (then the published ones
        # among them, a query skipped here, where there are none) + the figure it estimates (figures' tag)
        claim.get_absolute_url(): 15,
        # the source + its claims with 4 prefetches
        appearance.source.get_absolute_url(): 6,
        # the actor, whether it is public, its claims with 4 prefetches
        appearance.speaker.get_absolute_url(): 7,
    }


def test_it_serves_detail_pages_with_a_known_number_of_queries(client):
    published_claim(1)
    for url, expected in detail_pages().items():
        assert count(client, url) == expected, url


def test_it_keeps_a_claim_page_constant_however_many_appearances(client):
    from tests.factories import make_appearance, make_organisation, make_source

    claim = published_claim(1)
    few = count(client, claim.get_absolute_url())
    for i in range(5):
        make_appearance(claim, make_source(text=f"Again {i}."), quote=f"Again {i}", speaker=make_organisation())
    assert count(client, claim.get_absolute_url()) == few


def test_it_keeps_a_claim_page_constant_however_many_related_checks_and_relations(client):
    from tests.factories import make_relation

    claim = published_claim(1)
    topic = claim.topics.get()
    published_claim(2).topics.add(topic)
    few = count(client, claim.get_absolute_url())
    for n in range(3, 12):
        other = published_claim(n)
        other.topics.add(topic)  # a candidate by topic, by figure (troops) too
        if n % 2:
            make_relation(other, claim)  # listed as a relation instead
    assert (
        count(client, claim.get_absolute_url()) == few == 16
    )  # the 15 of detail_pages() and the published candidates among them


def test_it_keeps_an_actor_page_constant_however_many_claims_they_made(client):
    from tests.factories import make_actor, make_appearance

    speaker = make_actor(name="A Speaker")
    first = published_claim(1)
    make_appearance(first, speaker=speaker)
    few = count(client, speaker.get_absolute_url())
    for n in range(2, 7):
        make_appearance(published_claim(n), speaker=speaker, stated_on=datetime.date(2024, 10, n))
    assert count(client, speaker.get_absolute_url()) == few == 7


def test_it_answers_a_conditional_request_without_queries(client):
    claim = published_claim(1)
    last_modified = client.get(claim.get_absolute_url())["Last-Modified"]
    with CaptureQueriesContext(connection) as ctx:
        # Another Accept header: not in the response cache, so the view's conditional answers.
        response = client.get(claim.get_absolute_url(), HTTP_IF_MODIFIED_SINCE=last_modified, HTTP_ACCEPT="text/html")
    assert response.status_code == 304
    assert len(ctx.captured_queries) == 0  # Last-Modified is the site version's time, from the cache


def test_it_answers_a_repeated_anonymous_request_from_the_response_cache_without_queries(client):
    claim = published_claim(1)
    assert count(client, claim.get_absolute_url()) > 4
    assert count(client, claim.get_absolute_url()) == 0
    etag = client.get(claim.get_absolute_url())["ETag"]
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(claim.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and len(ctx.captured_queries) == 0


def test_it_renders_again_for_a_release_with_other_static_files(client, monkeypatch):
    # A page cached by the release before links stylesheets by their old hashed names, which the
    # new release no longer serves: the response cache is kept apart per static manifest.
    claim = published_claim(1)
    client.get(claim.get_absolute_url())
    assert count(client, claim.get_absolute_url()) == 0
    staticfiles_storage._setup()
    monkeypatch.setattr(staticfiles_storage._wrapped, "manifest_hash", "a-new-release", raising=False)
    assert count(client, claim.get_absolute_url()) > 4


def test_it_renders_again_for_a_logged_in_member_whatever_is_cached(client, reporter):
    claim = published_claim(1)
    client.get(claim.get_absolute_url())
    client.force_login(reporter)
    assert count(client, claim.get_absolute_url()) > 4
