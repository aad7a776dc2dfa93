"""
Dates with the precision the source gave (issue 13): "early October" is never 1 October, wherever
the date goes: the model, the timeline, the API, ClaimReview and an imported article.
"""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from claims.claimreview import claim_review
from claims.models import Appearance, Claim
from claims.stated_dates import DatePrecision, precision_of_range, span, stated_date_iso, stated_date_text
from claims.timeline import claim_timeline
from ingest.accepting import SpeakerChoice
from ingest.models import Suggestion
from ingest.services import suggestion_accept
from tests.api_helpers import api, error_of
from tests.factories import make_actor, make_appearance, make_claim, make_published_verification, make_source


def day(n: int, month: int = 10) -> datetime.date:
    return datetime.date(2024, month, n)


@pytest.mark.parametrize(
    ("precision", "text", "iso"),
    [
        ("day", "13 October 2024", "2024-10-13"),
        ("early_month", "early October 2024", "2024-10"),
        ("mid_month", "mid-October 2024", "2024-10"),
        ("late_month", "late October 2024", "2024-10"),
        ("month", "October 2024", "2024-10"),
        ("year", "2024", "2024"),
    ],
)
def test_it_words_a_date_at_its_precision(precision, text, iso):
    assert (stated_date_text(day(13), precision), stated_date_iso(day(13), precision)) == (text, iso)


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        (day(13), None, "day"),
        (day(13), day(13), "day"),
        (day(1), day(10), "early_month"),
        (day(11), day(20), "mid_month"),
        (day(21), day(31), "late_month"),
        (day(1, 2), day(29, 2), "month"),  # a leap February
        (day(28), day(2, 11), "year"),  # across months: only the year holds it
    ],
)
def test_it_reads_the_precision_of_a_range_as_import_finds_it(start, end, precision):
    assert precision_of_range(start, end) == precision


def test_it_spans_the_end_of_a_month():
    assert span(day(25, 2), DatePrecision.LATE_MONTH) == (day(21, 2), day(29, 2))


@pytest.mark.django_db
def test_it_stores_a_loose_date_as_the_first_day_it_may_mean():
    appearance = make_appearance(stated_on=day(17), stated_precision=DatePrecision.MID_MONTH)
    appearance.refresh_from_db()
    assert appearance.stated_on == day(11)
    assert (appearance.stated_text, appearance.stated_iso) == ("mid-October 2024", "2024-10")


@pytest.mark.django_db
def test_it_refuses_an_unknown_precision_in_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_appearance(stated_on=day(17), stated_precision="fortnight")


@pytest.mark.django_db
def test_it_counts_no_days_from_or_to_a_loose_date_in_the_timeline():
    claim = make_claim()
    make_appearance(claim, stated_on=day(3), stated_precision=DatePrecision.EARLY_MONTH)
    make_appearance(claim, stated_on=day(23), stance="confirms")
    loose, exact = claim_timeline(claim).entries
    assert (loose.date_text, loose.date_iso, loose.lag_days) == ("early October 2024", "2024-10", None)
    assert (exact.date_text, exact.lag_days) == ("23 October 2024", None)
    assert claim_timeline(claim).first_confirmation_lag_days is None


@pytest.mark.django_db
def test_it_gives_claimreview_the_date_at_its_precision():
    claim = make_claim()
    make_appearance(claim, speaker=make_actor(), stated_on=day(5), stated_precision=DatePrecision.EARLY_MONTH)
    make_published_verification(claim)
    claim = Claim.objects.for_display().get(pk=claim.pk)
    assert claim_review(claim)["itemReviewed"]["datePublished"] == "2024-10"


@pytest.mark.django_db
def test_it_reads_and_writes_the_precision_through_the_api(reporter):
    claim = make_claim(slug="sailing", created_by=reporter)
    make_source(slug="report", text="The ships sailed in early October, Kirby said.")
    payload = {"claim": "sailing", "source": "report", "quote": "sailed in early October",
               "stated_on": "2024-10-04", "stated_precision": "early_month"}  # fmt: skip
    response = api(reporter).post("/api/v1/appearances/", payload, format="json")
    assert response.status_code == 201, response.json()
    assert Appearance.objects.get(claim=claim).stated_on == day(1)
    make_published_verification(claim)
    shown = api().get("/api/v1/claims/sailing/").json()["appearances"][0]
    assert (shown["stated_on"], shown["stated_precision"]) == ("2024-10-01", "early_month")
    entry = api().get("/api/v1/claims/sailing/timeline/").json()["entries"][0]
    assert (entry["date_precision"], entry["date_text"]) == ("early_month", "early October 2024")


@pytest.mark.django_db
def test_it_names_a_bad_precision_in_a_400(reporter):
    make_claim(slug="sailing", created_by=reporter)
    make_source(slug="report", text="The ships sailed in early October.")
    payload = {"claim": "sailing", "source": "report", "quote": "sailed", "stated_precision": "fortnight"}
    response = api(reporter).post("/api/v1/appearances/", payload, format="json")
    assert response.status_code == 400
    assert "stated_precision" in error_of(response)["fields"]
    assert not Appearance.objects.exists()


@pytest.mark.django_db
def test_it_keeps_the_precision_of_an_imported_early_october(reporter):
    quote = "In early October about 3,000 soldiers sailed to Vladivostok, the ministry said."
    source = make_source(text=f"SEOUL: {quote}")
    start = source.text.index(quote)
    suggestion = Suggestion.objects.create(
        source=source, quote=quote, start=start, end=start + len(quote), value=Decimal(3000), lower=Decimal(2700),
        upper=Decimal(3300), unit="soldiers", qualifier="approximately", figure="about 3,000 soldiers",
        date=day(1), date_end=day(10), date_text="early October",
    )  # fmt: skip
    speaker = make_actor(name="The ministry")
    claim = suggestion_accept(suggestion=suggestion, by=reporter, speaker=SpeakerChoice("actor", actor=speaker))
    appearance = claim.appearances.get()
    assert (appearance.stated_on, appearance.stated_precision) == (day(1), "early_month")
    assert appearance.stated_text == "early October 2024"
