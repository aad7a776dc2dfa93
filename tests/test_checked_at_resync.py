"""
sync_checked_at: the appearances' copies of their claim's checked_at (claims/0015) put right where
they differ, as a deploy could leave them (the previous release publishing while 0016 filled the
column), touching nothing else.
"""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from claims.models import Appearance, Claim
from claims.services import resync_checked_at_copies
from tests.factories import make_appearance, make_claim, make_published_verification

pytestmark = pytest.mark.django_db


def copies(claim: Claim) -> set:
    return set(Appearance.objects.filter(claim=claim).values_list("claim_checked_at", flat=True))


@pytest.fixture
def drifted():
    """Three claims: a copy left empty, a copy of a withdrawn verdict's time, and one that is right."""
    when = timezone.now() - datetime.timedelta(days=2)
    missed, withdrawn, right = make_claim(), make_claim(), make_claim()
    for claim in (missed, withdrawn, right):
        make_appearance(claim)
        make_appearance(claim)
    for claim in (missed, right):
        make_published_verification(claim, published_at=when)
    Appearance.objects.filter(claim=missed).update(claim_checked_at=None)
    Appearance.objects.filter(claim=withdrawn).update(claim_checked_at=when)  # its claim is checked no more
    return missed, withdrawn, right, when


def test_it_copies_each_claims_checked_at_again_where_the_copy_differs_and_only_there(drifted):
    missed, withdrawn, right, when = drifted
    # The two appearances of each drifted claim, not the right one's; batches smaller than the ids.
    assert resync_checked_at_copies(batch=2) == 4
    assert copies(missed) == {when} and copies(withdrawn) == {None} and copies(right) == {when}
    assert resync_checked_at_copies() == 0  # a second run finds nothing


def test_the_command_counts_without_writing_when_asked_to_check(drifted):
    missed, _withdrawn, _right, _when = drifted
    with pytest.raises(CommandError, match="4 appearances hold a checked-at copy that differs"):
        call_command("sync_checked_at", "--check")
    assert copies(missed) == {None}  # nothing written
    call_command("sync_checked_at")
    call_command("sync_checked_at", "--check")  # clean now: no error


def test_the_command_refuses_a_batch_that_is_not_a_positive_number(drifted):
    with pytest.raises(CommandError, match="--batch must be"):
        call_command("sync_checked_at", "--batch", "0")
