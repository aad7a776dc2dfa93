"""
An actor's page: the published claims they said, the most recently checked first, read through
each appearance's copy of its claim's checked_at (an index per speaker). The workflow keeps the
copy current; whether a claim is shown is still decided by its published verdict.
"""

import datetime
import re

import pytest
from django.utils import timezone

from claims.models import Appearance, Verification
from claims.services import appearance_create, verification_publish, verification_withdraw
from core.pagination import keyset_page
from tests.factories import (
    make_actor,
    make_appearance,
    make_checkable_claim,
    make_claim,
    make_organisation,
    make_published_verification,
    make_source,
)
from tests.test_workflow import in_review_by

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def copies(claim) -> set:
    return set(Appearance.objects.filter(claim=claim).values_list("claim_checked_at", flat=True))


# -- the copy of checked_at --------------------------------------------------------------------


def test_it_copies_checked_at_to_the_appearances_on_publish_correction_and_withdrawal(reporter, editor, chief):
    claim = make_checkable_claim()
    make_appearance(claim, speaker=make_actor())
    assert copies(claim) == {None}
    first = verification_publish(verification=in_review_by(reporter, claim=claim), by=editor)
    claim.refresh_from_db()
    assert copies(claim) == {claim.checked_at} == {first.published_at}
    correction = in_review_by(reporter, claim=claim, correction_note="A second origin confirmed it.")
    correction = verification_publish(verification=correction, by=editor)
    assert copies(claim) == {correction.published_at} != {first.published_at}
    verification_withdraw(verification=correction, by=chief, reason="The origin retracted it.")
    claim.refresh_from_db()
    assert claim.checked_at is None and copies(claim) == {None}


def test_it_copies_checked_at_to_an_appearance_added_to_a_published_claim(editor):
    claim = make_published_verification(make_checkable_claim()).claim
    source = make_source(text="The minister said 40 tanks were sent.")
    added = appearance_create(claim=claim, source=source, quote="40 tanks were sent", speaker=make_actor(), by=editor)
    claim.refresh_from_db()
    assert added.claim_checked_at == claim.checked_at is not None
    assert Appearance.objects.get(pk=added.pk).claim_checked_at == claim.checked_at


def test_it_copies_the_new_claims_checked_at_when_an_appearance_moves(editor):
    published = make_published_verification(make_checkable_claim()).claim
    draft = make_claim()
    appearance = make_appearance(published, speaker=make_actor())
    appearance.claim = draft
    appearance.save()
    assert Appearance.objects.get(pk=appearance.pk).claim_checked_at is None
    appearance.claim = published
    appearance.save(update_fields=["claim"])
    published.refresh_from_db()
    assert Appearance.objects.get(pk=appearance.pk).claim_checked_at == published.checked_at is not None


def test_it_leaves_the_copy_out_of_an_appearances_history():
    appearance = make_appearance(make_published_verification(make_checkable_claim()).claim)
    assert not hasattr(appearance.history.first(), "claim_checked_at")


# -- the page -----------------------------------------------------------------------------------


def said(speaker, when: datetime.datetime, statement: str):
    """A published claim the speaker said, checked ``when``."""
    claim = make_claim(statement=statement)
    make_appearance(claim, speaker=speaker)
    make_published_verification(claim, published_at=when)
    return claim


def statements(html: str) -> list[str]:
    return re.findall(r"Said number \d+\.", html)


def test_it_lists_an_actors_claims_most_recently_checked_first_each_once(client):
    speaker = make_actor(name="Minister Ama")
    now = timezone.now()
    old = said(speaker, now - 3 * DAY, "Said number 1.")
    said(speaker, now - DAY, "Said number 2.")
    said(speaker, now - 2 * DAY, "Said number 3.")
    make_appearance(old, make_source(text="Again: said number one."), quote="said number one", speaker=speaker)
    html = client.get(speaker.get_absolute_url()).content.decode()
    assert statements(html) == ["Said number 2.", "Said number 3.", "Said number 1."]


def test_it_never_shows_an_actors_unpublished_claim_whatever_its_copy_says(client):
    speaker = make_actor(name="Minister Ama")
    said(speaker, timezone.now() - DAY, "Said number 1.")
    draft = make_claim(statement="Said number 2.")
    make_appearance(draft, speaker=speaker)
    withdrawn = said(speaker, timezone.now(), "Said number 3.")
    withdrawn.verifications.update(  # the claim's checked_at and its copies left behind
        state=Verification.State.WITHDRAWN, withdrawn_at=timezone.now(), withdrawal_reason="Retracted."
    )
    Appearance.objects.filter(claim=draft).update(claim_checked_at=timezone.now())  # a copy that is wrong
    html = client.get(speaker.get_absolute_url()).content.decode()
    assert statements(html) == ["Said number 1."]


def test_it_answers_404_for_an_actor_only_drafts_name_and_200_for_one_named_otherwise(client):
    hidden = make_actor(name="Hidden Speaker")
    make_appearance(make_claim(), speaker=hidden)
    assert client.get(hidden.get_absolute_url()).status_code == 404
    # A publisher of a source a published claim appears in says nothing, but is public.
    publisher = make_organisation(name="The Gazette")
    claim = make_checkable_claim()
    make_appearance(claim, make_source(publisher=publisher, text="The Gazette wrote it."), quote="wrote it")
    make_published_verification(claim)
    response = client.get(publisher.get_absolute_url())
    assert response.status_code == 200 and statements(response.content.decode()) == []


def test_it_pages_an_actors_claims_older_and_newer(client):
    speaker = make_actor(name="Minister Ama")
    now = timezone.now()
    for n in range(1, 23):
        said(speaker, now - (30 - n) * DAY, f"Said number {n}.")
    first = client.get(speaker.get_absolute_url()).content.decode()
    assert statements(first) == [f"Said number {n}." for n in range(22, 2, -1)]
    older = re.search(r'rel="next" href="\?cursor=([^"]+)"', first).group(1)
    second = client.get(speaker.get_absolute_url(), {"cursor": older.replace("%3D", "=")}).content.decode()
    assert statements(second) == ["Said number 2.", "Said number 1."]
    assert 'rel="prev"' in second and 'rel="next"' not in second
    newer = re.search(r'rel="prev" href="\?cursor=([^"]+)"', second).group(1)
    again = client.get(speaker.get_absolute_url(), {"cursor": newer.replace("%3D", "=")}).content.decode()
    assert statements(again) == statements(first)


def test_it_answers_a_bad_cursor_on_an_actor_page_with_a_400(client):
    speaker = make_actor(name="Minister Ama")
    said(speaker, timezone.now(), "Said number 1.")
    assert client.get(speaker.get_absolute_url(), {"cursor": "not-a-cursor"}).status_code == 400


def test_it_pages_rows_of_values_by_another_id_column():
    speaker = make_actor()
    now = timezone.now()
    claims = [said(speaker, now - n * DAY, f"Said number {n}.") for n in range(3)]
    rows = Appearance.objects.filter(speaker=speaker).values("claim_checked_at", "claim_id")
    page = keyset_page(rows, key="claim_checked_at", pk="claim_id", cursor=None, size=2)
    assert [row["claim_id"] for row in page] == [claims[0].pk, claims[1].pk] and page.older
    rest = keyset_page(rows, key="claim_checked_at", pk="claim_id", cursor=page.older, size=2)
    assert [row["claim_id"] for row in rest] == [claims[2].pk] and rest.newer and not rest.older
