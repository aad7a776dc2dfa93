"""ClaimReview JSON-LD for aggregators, per claim and as a feed."""

import pytest

from claims.models import Claim
from tests.api_helpers import api

pytestmark = pytest.mark.django_db


def test_it_describes_a_published_check_as_claimreview(seeded, settings):
    response = api().get("/api/v1/claims/first-tranche-about-3000-troops/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    review = response.json()
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "The first tranche of North Korean troops sent to Russia numbers about 3,000."
    assert review["url"] == f"{settings.FACTCHECK_SITE_URL}/claims/first-tranche-about-3000-troops/"
    assert review["datePublished"] == "2024-10-25"
    assert review["author"] == {
        "@type": "Organization",
        "name": settings.FACTCHECK_ORGANISATION_NAME,
        "url": settings.FACTCHECK_ORGANISATION_URL,
    }
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 3,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Single source",
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "John Kirby", "jobTitle": "White House spokesperson"}
    assert item["datePublished"] == "2024-10-23"  # when Kirby said it, not when we checked it
    assert (
        item["firstAppearance"]["headline"] == "U.S. Finally Confirms North Korean Troops in Russia, But Why the Delay?"
    )
    assert item["firstAppearance"]["publisher"] == {"@type": "Organization", "name": "Viewus"}
    assert [a["@type"] for a in item["appearance"]] == ["NewsArticle"]


def test_it_names_the_first_claimant_and_every_source_it_appeared_in(seeded):
    item = api().get("/api/v1/claims/north-korean-troops-in-russia/claimreview/").json()["itemReviewed"]
    assert item["author"]["name"] == "Volodymyr Zelenskyy"
    assert item["datePublished"] == "2024-10-13"
    assert len(item["appearance"]) == 2


def test_it_feeds_one_claimreview_per_published_claim(seeded):
    body = api().get("/api/v1/claimreview/", {"page_size": 100}).json()
    reviewed = sorted(r["claimReviewed"] for r in body["results"])
    assert reviewed == sorted(Claim.objects.published().values_list("statement", flat=True))
    assert (
        "North Korea is forming two regiments of 6,000 soldiers each for Russia, 12,000 soldiers in all."
        not in reviewed
    )


def test_it_has_no_claimreview_for_a_claim_in_review(seeded, editor):
    response = api(editor).get("/api/v1/claims/two-regiments-of-6000-soldiers/claimreview/")
    assert response.status_code == 404
