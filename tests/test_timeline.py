"""The timeline of a claim: who said it when, in order, with the lag to each confirmation."""

import datetime

import pytest

from claims.models import Claim, ClaimRelation
from claims.timeline import claim_timeline
from tests.factories import make_actor, make_appearance, make_claim, make_organisation, make_relation, make_source

pytestmark = pytest.mark.django_db


def day(n: int) -> datetime.date:
    return datetime.date(2024, 10, n)


def noon(n: int) -> datetime.datetime:
    return datetime.datetime(2024, 10, n, 12, tzinfo=datetime.UTC)


def said(claim: Claim, on: int | None, stance: str = "asserts", **fields):
    """An appearance stated on day `on` of October 2024, in a source published the next day."""
    fields.setdefault("source", make_source(published_at=noon(on + 1) if on else None))
    return make_appearance(claim, stated_on=day(on) if on else None, stance=stance, **fields)


def test_it_orders_entries_by_date():
    claim = make_claim()
    late, early, middle = said(claim, 23), said(claim, 13), said(claim, 18)

    assert [entry.appearance for entry in claim_timeline(claim).entries] == [early, middle, late]


def test_it_orders_a_days_entries_by_stance_then_by_entry():
    claim = make_claim()
    denial = said(claim, 23, "denies")
    first_confirmation = said(claim, 23, "confirms")
    second_confirmation = said(claim, 23, "confirms")
    dispute = said(claim, 23, "disputes")
    relay = said(claim, 23, "relays")
    assertion = said(claim, 23, "asserts")

    assert [entry.appearance for entry in claim_timeline(claim).entries] == [
        assertion,
        relay,
        first_confirmation,
        second_confirmation,
        dispute,
        denial,
    ]


def test_it_falls_back_to_the_report_date_and_says_so():
    claim = make_claim()
    said(claim, 13)
    reported = make_appearance(claim, make_source(published_at=noon(22)), date_note="last week")

    entry = claim_timeline(claim).entries[-1]

    assert entry.appearance == reported
    assert (entry.date, entry.date_is_report_date, entry.date_note) == (day(22), True, "last week")
    assert str(entry).startswith("reported 2024-10-22: ")


def test_it_prefers_the_stated_date_to_the_report_date():
    claim = make_claim()
    said(claim, 13)

    (entry,) = claim_timeline(claim).entries

    assert (entry.date, entry.date_is_report_date) == (day(13), False)


def test_it_puts_undated_entries_last():
    claim = make_claim()
    undated = said(claim, None)
    dated = said(claim, 23)

    timeline = claim_timeline(claim)

    assert [entry.appearance for entry in timeline.entries] == [dated, undated]
    assert (timeline.entries[-1].date, timeline.entries[-1].lag_days) == (None, None)


def test_it_counts_days_from_the_first_dated_entry():
    claim = make_claim()
    said(claim, 13)
    said(claim, 18)
    said(claim, 23, "confirms")

    timeline = claim_timeline(claim)

    assert timeline.first_date == day(13)
    assert [entry.lag_days for entry in timeline.entries] == [0, 5, 10]


def test_it_gives_the_lag_to_the_first_confirmation():
    claim = make_claim()
    said(claim, 13)
    said(claim, 25, "confirms")
    said(claim, 23, "confirms")

    timeline = claim_timeline(claim)

    assert timeline.first_confirmation_lag_days == 10
    assert [entry.is_confirmation for entry in timeline.entries] == [False, True, True]


def test_it_has_no_confirmation_lag_before_a_confirmation():
    claim = make_claim()
    said(claim, 13)
    said(claim, 23, "disputes")

    assert claim_timeline(claim).first_confirmation_lag_days is None


def test_it_is_empty_for_a_claim_nobody_made():
    timeline = claim_timeline(make_claim())

    assert (timeline.entries, timeline.first_date, timeline.first_confirmation_lag_days) == ([], None, None)


def test_it_leaves_out_related_claims():
    claim, regiments = make_claim(), make_claim()
    make_relation(claim, regiments, ClaimRelation.Kind.DERIVED_FROM)
    said(regiments, 13)

    assert claim_timeline(claim).entries == []


def test_it_runs_one_query_however_many_entries(django_assert_num_queries):
    claim = make_claim()
    for n in range(5):
        said(claim, 13 + n, speaker=make_actor(organisation=make_organisation()))

    # 1. appearances with source, publisher, speaker and the speaker's organisation
    with django_assert_num_queries(1):
        timeline = claim_timeline(claim)
        labels = [f"{entry.speaker} ({entry.speaker.organisation}) in {entry.source}" for entry in timeline.entries]

    assert len(labels) == 5
