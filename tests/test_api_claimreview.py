"""ClaimReview JSON-LD for aggregators, per claim and as a feed."""

import datetime
import re

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


# -- validity, as Google's ClaimReview documentation asks (issue 13) ----------------------------------------

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def claimreview_problems(review: dict) -> list[str]:
    """What Google's structured-data docs require or recommend of a ClaimReview, and this one lacks."""
    problems = []

    def need(condition: bool, what: str) -> None:
        if not condition:
            problems.append(what)

    need(review.get("@context") == "https://schema.org" and review.get("@type") == "ClaimReview", "@type")
    need(str(review.get("url", "")).startswith(("https://", "http://")), "url (absolute)")
    need(0 < len(review.get("claimReviewed", "")) <= 75, "claimReviewed (1 to 75 characters)")
    need(bool(ISO_DATE.match(review.get("datePublished", ""))), "datePublished")
    if "dateModified" in review:
        need(review["dateModified"] > review["datePublished"], "dateModified after datePublished")
    author = review.get("author", {})
    need(author.get("@type") == "Organization" and author.get("name") and author.get("url"), "author Organization")
    rating = review.get("reviewRating", {})
    need(rating.get("@type") == "Rating" and bool(rating.get("alternateName")), "reviewRating.alternateName")
    scale = [rating.get(key) for key in ("worstRating", "ratingValue", "bestRating")]
    need(all(isinstance(n, int) for n in scale) and scale[0] <= scale[1] <= scale[2] and scale[0] < scale[2],
         "reviewRating worstRating <= ratingValue <= bestRating")  # fmt: skip
    item = review.get("itemReviewed", {})
    need(item.get("@type") == "Claim", "itemReviewed Claim")
    need(bool(item.get("author", {}).get("name")) and item["author"].get("@type") in ("Person", "Organization"),
         "itemReviewed.author")  # fmt: skip
    need(bool(ISO_DATE.match(item.get("datePublished", ""))), "itemReviewed.datePublished")
    need(bool(item.get("firstAppearance", {}).get("url")), "itemReviewed.firstAppearance.url")
    appearances = item.get("appearance", [])
    need(bool(appearances) and all(a.get("url") for a in appearances), "itemReviewed.appearance[].url")
    return problems


def test_it_gives_every_required_and_recommended_field():
    claim = make_claim_confirmed_ten_days_after_the_first_report()
    review = api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()
    assert claimreview_problems(review) == []


def test_it_stays_valid_after_a_correction_with_date_modified():
    claim = single_source_claim_relayed_by_reuters()
    original = claim.verifications.get()
    original.state = original.State.SUPERSEDED
    original.save()
    make_published_verification(
        claim,
        status=status("corroborated"),
        supersedes=original,
        correction_note="A second origin.",
        published_at=datetime.datetime(2024, 11, 2, 9, tzinfo=datetime.UTC),
    )
    review = api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()
    assert claimreview_problems(review) == [] and review["dateModified"] == "2024-11-02"


def test_it_keeps_claim_reviewed_under_75_characters_for_a_long_statement_without_a_short_text():
    statement = "An old check whose statement, written before the short text existed, runs well past the limit."
    claim = make_claim(statement=statement, claim_reviewed="")
    make_appearance(claim, speaker=make_actor(name="A Minister"), stated_on=datetime.date(2024, 10, 1))
    make_published_verification(claim)
    review = api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()
    assert len(review["claimReviewed"]) <= 75 and review["claimReviewed"].startswith("An old check whose")
    assert claimreview_problems(review) == []


def test_it_names_the_claimant_even_when_the_first_report_names_nobody():
    claim = make_claim()
    make_appearance(claim, stated_on=datetime.date(2024, 10, 1))
    make_appearance(claim, speaker=make_actor(name="A Minister"), stated_on=datetime.date(2024, 10, 2))
    make_published_verification(claim)
    item = api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()["itemReviewed"]
    assert item["author"]["name"] == "A Minister"


def test_it_gives_the_rationale_as_plain_text_in_review_body():
    claim = make_published_verification(rationale="Two **independent** [origins](https://example.org).").claim
    make_appearance(claim, speaker=make_actor())
    review = api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()
    assert review["reviewBody"] == "Two independent origins."


def test_it_links_the_claimant_to_their_official_page():
    claim = make_claim()
    make_appearance(claim, speaker=make_actor(name="A Minister", url="https://gov.example.org/minister"))
    make_published_verification(claim)
    item = api().get(f"/api/v1/claims/{claim.slug}/claimreview/").json()["itemReviewed"]
    assert item["author"]["sameAs"] == "https://gov.example.org/minister"
