"""
An appearance keeps a copy of its claim's checked_at (claims/0015). Writing it must not take the
claim's and the appearance's row locks in the order opposite to a publish's (found in review).
"""

import threading

import pytest
from django.db import connection, connections, transaction

from claims import services
from claims.models import Appearance
from core.versioning import lock_for_update
from tests.factories import make_checkable_claim
from tests.test_workflow import in_review_by


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publishing_while_an_editor_saves_an_appearance_of_the_claim_does_not_deadlock(reporter, editor, monkeypatch):
    """
    An appearance's change form locks the appearance (VersionedModelForm.clean -> stale_edit), then
    Appearance.save() locks its claim. verification_publish locks the claim (_lock, select_for_update),
    then _set_checked_at() now updates every appearance of the claim: the opposite order.
    """
    if connection.vendor != "postgresql":
        pytest.skip("needs row locks across connections")
    claim = make_checkable_claim()
    appearance = Appearance.objects.get(claim=claim)
    verification = in_review_by(reporter, claim=claim)
    publisher_holds_claim, editor_holds_appearance = threading.Event(), threading.Event()
    errors: dict[str, BaseException] = {}

    real_checklist = services.require_publish_checklist

    def checklist(v):  # runs while verification_publish holds the claim's row
        publisher_holds_claim.set()
        editor_holds_appearance.wait(10)
        return real_checklist(v)

    monkeypatch.setattr(services, "require_publish_checklist", checklist)

    def publish():
        try:
            services.verification_publish(verification=verification, by=editor)
        except BaseException as exc:
            errors["publish"] = exc
        finally:
            connections.close_all()

    def edit():  # what the admin's change view does for the appearance, in its one transaction
        try:
            publisher_holds_claim.wait(10)
            with transaction.atomic():
                row = lock_for_update(appearance)  # VersionedModelForm.clean() -> stale_edit()
                editor_holds_appearance.set()
                row.date_note = "on Tuesday"
                row.save()  # AppearanceAdmin.save_model()
        except BaseException as exc:
            errors["edit"] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=publish), threading.Thread(target=edit)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == {}
    appearance.refresh_from_db()
    claim.refresh_from_db()
    assert claim.checked_at is not None
    assert appearance.claim_checked_at == claim.checked_at
