"""
Query counts of every API list and detail endpoint. Lists are measured with 2 and with 8
rows of everything: the count must not grow with the page.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Appearance, Claim, Verification
from claims.visibility import public_actors, public_sources
from tests.api_helpers import api
from tests.factories import (
    make_appearance,
    make_citation,
    make_claim,
    make_organisation,
    make_published_verification,
    make_source,
    make_topic,
)

pytestmark = pytest.mark.django_db


def populate(n: int) -> None:
    for i in range(n):
        org = make_organisation(organisation=make_organisation())
        source = make_source(
            publisher=org, text=f"Officials said about 3,000 troops were there. Report {org.pk}."
        )  # a text is stored once
        make_citation(source, cited_actor=org)
        claim = make_claim(value=3000, qualifier="approximately", unit="troops")
        claim.topics.add(make_topic())
        make_appearance(claim, source, quote="about 3,000 troops", speaker=org, via=source.citations.first())
        make_appearance(claim, make_source(text=f"Also: {i} more, said {org.pk}."), quote=f"{i} more")
        make_published_verification(claim).evidence.add(source)


def count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return len(ctx.captured_queries)


# Expected queries for an anonymous list of claims (5): the page of claims (with the
# "published" subquery), then prefetches of topics, appearances (with source, publisher,
# speaker and citation joined), once-published verdicts (with status), and their evidence.
# A member's token adds the token lookup and the permission checks.
LIST_QUERIES = {
    "/api/v1/claims/": 5,
    "/api/v1/verifications/": 3,  # verdicts with claim and status; evidence; evidence publishers
    "/api/v1/appearances/": 1,
    "/api/v1/sources/": 1,
    "/api/v1/actors/": 1,
    "/api/v1/claimreview/": 5,  # the same prefetches as the claims list
    "/api/v1/statuses/": 1,
}


@pytest.mark.parametrize("url", LIST_QUERIES)
def test_it_lists_with_a_constant_number_of_queries(url):
    populate(2)
    few = count(api(), url)
    populate(6)
    assert count(api(), url) == few == LIST_QUERIES[url]


@pytest.mark.parametrize("url", [u for u in LIST_QUERIES if u != "/api/v1/statuses/"])
def test_it_lists_for_members_with_a_constant_number_of_queries(url, reporter):
    client = api(reporter)
    populate(2)
    few = count(client, url)
    populate(6)
    assert count(client, url) == few


def detail_urls() -> dict[str, int]:
    claim = Claim.objects.published().first()
    return {
        f"/api/v1/claims/{claim.slug}/": 5,
        f"/api/v1/claims/{claim.slug}/claimreview/": 5,
        f"/api/v1/claims/{claim.slug}/timeline/": 6,  # the claim (5) and its appearances in date order
        f"/api/v1/verifications/{Verification.objects.first().pk}/": 3,
        f"/api/v1/appearances/{Appearance.objects.first().pk}/": 1,
        f"/api/v1/sources/{public_sources().first().slug}/": 2,  # the source; its citations with their targets
        f"/api/v1/actors/{public_actors().first().slug}/": 1,
        "/api/v1/statuses/corroborated/": 1,
    }


def test_it_shows_each_detail_with_a_known_number_of_queries():
    populate(1)
    for url, expected in detail_urls().items():
        assert count(api(), url) == expected, url


def test_it_analyses_origins_with_the_same_queries_however_many_appearances():
    populate(1)
    claim = Claim.objects.first()
    url = f"/api/v1/claims/{claim.slug}/origins/"
    few = count(api(), url)
    for i in range(4):
        make_appearance(claim, make_source(text=f"Again {i}."), quote=f"Again {i}", speaker=make_organisation())
    assert count(api(), url) == few
