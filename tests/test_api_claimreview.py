"""ClaimReview JSON-LD for aggregators, per claim and as a feed."""

import datetime

import pytest

from claims.models import Claim
from tests.api_helpers import api
from tests.factories import (
    make_actor,
    make_appearance,
    make_citation,
    make_claim,
    make_organisation,
    make_published_verification,
    make_source,
    make_verification,
    status,
)
from tests.scenarios import CONFIRMATION_HEADLINE, REPORT_HEADLINE, make_claim_confirmed_ten_days_after_the_first_report

pytestmark = pytest.mark.django_db


def single_source_claim_relayed_by_reuters() -> Claim:
    """Kirby's figure, said on 23 October, reported by Viewus through Reuters, checked on the 25th."""
    kirby = make_actor(
        name="John Kirby", role="White House spokesperson", organisation=make_organisation(name="The White House")
    )
    article = make_source(
        title=CONFIRMATION_HEADLINE,
        publisher=make_organisation(name="Viewus"),
        text="Reuters quoted Kirby: this first tranche of about 3,000 are being trained.",
    )
    claim = make_claim(
        statement="The first tranche of North Korean troops sent to Russia numbers about 3,000.",
        claim_reviewed="First tranche of North Korean troops in Russia: about 3,000",
        value=3000,
        qualifier="approximately",
        unit="troops",
    )
    make_appearance(
        claim,
        article,
        speaker=kirby,
        via=make_citation(article, cited_actor=make_organisation(name="Reuters")),
        quote="this first tranche of about 3,000 are being trained",
        stated_on=datetime.date(2024, 10, 23),
    )
    make_published_verification(
        claim, status=status("single-source"), published_at=datetime.datetime(2024, 10, 25, 12, tzinfo=datetime.UTC)
    )
    return claim


def test_it_describes_a_published_check_as_claimreview(settings):
    claim = single_source_claim_relayed_by_reuters()
    response = api().get(f"/api/v1/claims/{claim.slug}/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    review = response.json()
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "First tranche of North Korean troops in Russia: about 3,000"  # not the statement
    assert review["url"] == f"{settings.FACTCHECK_SITE_URL}/claims/{claim.slug}/"
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
    assert item["firstAppearance"]["headline"] == CONFIRMATION_HEADLINE
    assert item["firstAppearance"]["publisher"] == {"@type": "Organization", "name": "Viewus"}
    assert [a["@type"] for a in item["appearance"]] == ["NewsArticle"]


def test_it_names_the_first_claimant_and_every_source_it_appeared_in():
    claim = make_claim_confirmed_ten_days_after_the_first_report()
    item = api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()["itemReviewed"]
    assert item["author"]["name"] == "Volodymyr Zelenskyy"
    assert item["datePublished"] == "2024-10-13"
    assert [a["headline"] for a in item["appearance"]] == [CONFIRMATION_HEADLINE, REPORT_HEADLINE]


def test_it_feeds_one_claimreview_per_published_claim():
    published = [make_published_verification().claim for _ in range(3)]
    in_review = make_verification(state="in_review").claim
    body = api().get("/api/v1/claimreview/", {"page_size": 100}).json()
    reviewed = sorted(r["claimReviewed"] for r in body["results"])
    assert reviewed == sorted(claim.claim_reviewed for claim in published)
    assert in_review.claim_reviewed not in reviewed


def test_it_falls_back_to_the_statement_for_a_check_published_before_claim_reviewed_existed():
    claim = make_published_verification(make_claim(statement="An old check.", claim_reviewed="")).claim
    assert api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()["claimReviewed"] == "An old check."


def test_it_has_no_claimreview_for_a_claim_in_review(editor):
    claim = make_verification(state="in_review").claim
    response = api(editor).get(f"/api/v1/claims/{claim.slug}/claimreview/")
    assert response.status_code == 404


def test_it_keeps_the_first_publication_date_and_says_when_a_correction_changed_it():
    claim = single_source_claim_relayed_by_reuters()
    original = claim.verifications.get()
    original.state = original.State.SUPERSEDED
    original.save()
    make_published_verification(
        claim,
        status=status("corroborated"),
        supersedes=original,
        correction_note="A second, independent origin confirmed the figure.",
        published_at=datetime.datetime(2024, 11, 2, 9, tzinfo=datetime.UTC),
    )
    review = api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()
    assert review["datePublished"] == "2024-10-25"
    assert review["dateModified"] == "2024-11-02"


def test_it_has_no_date_modified_for_a_check_never_changed():
    claim = single_source_claim_relayed_by_reuters()
    assert "dateModified" not in api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()
