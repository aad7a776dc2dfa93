"""The verification workflow's services: each role and each transition, allowed and refused."""

import pytest
from django.core.exceptions import ValidationError

from claims.models import Verification
from claims.services import (
    verification_create,
    verification_publish,
    verification_send_back,
    verification_submit,
    verification_transition,
    verification_update,
    verification_withdraw,
)
from claims.workflow import WorkflowError, available_transitions
from tests.factories import make_checkable_claim, make_claim, make_published_verification, make_source, status

pytestmark = pytest.mark.django_db
State = Verification.State


def draft_by(author, claim=None, **fields) -> Verification:
    """A draft that passes the publish checklist: its claim names a claimant, and it cites evidence."""
    fields.setdefault("status", status("single-source"))
    fields.setdefault("rationale", "Only the White House gives this figure.")
    fields.setdefault("evidence", [make_source()])
    return verification_create(claim=claim or make_checkable_claim(), by=author, **fields)


def in_review_by(author, claim=None, **fields) -> Verification:
    return verification_submit(verification=draft_by(author, claim, **fields), by=author)


def unchanged(v: Verification) -> bool:
    stored = Verification.objects.get(pk=v.pk)
    return (stored.state, stored.version, stored.reviewer_id, stored.published_at) == (
        v.state,
        v.version,
        v.reviewer_id,
        v.published_at,
    )


# -- creating and editing drafts -----------------------------------------------------------


@pytest.mark.parametrize("persona", ["reporter", "editor", "chief"])
def test_it_lets_every_role_write_a_draft(request, persona):
    user = request.getfixturevalue(persona)
    v = draft_by(user)
    assert (v.state, v.author, v.version) == (State.DRAFT, user, 1)
    assert v.history.first().history_user == user


def test_it_refuses_a_draft_from_someone_outside_the_newsroom(outsider):
    with pytest.raises(WorkflowError) as excinfo:
        draft_by(outsider)
    assert excinfo.value.code == "permission"
    assert not Verification.objects.exists()


def test_it_stores_the_evidence_given_with_a_draft(reporter):
    source = make_source()
    v = verification_create(claim=make_claim(), status=status(), rationale="r", by=reporter, evidence=[source])
    assert list(v.evidence.all()) == [source]


def test_it_refuses_a_retired_status(reporter):
    retired = status("retracted")
    retired.is_active = False
    retired.save()
    with pytest.raises(ValidationError, match="no longer in use"):
        draft_by(reporter, status=retired)


def test_it_lets_a_reporter_edit_their_own_draft(reporter):
    v = draft_by(reporter)
    assert verification_update(verification=v, rationale="Better words.", by=reporter).version == 2


def test_it_refuses_a_reporter_editing_someone_elses_draft(reporter, other_reporter):
    v = draft_by(other_reporter)
    with pytest.raises(WorkflowError) as excinfo:
        verification_update(verification=v, rationale="My words now.", by=reporter)
    assert excinfo.value.code == "permission"
    assert Verification.objects.get(pk=v.pk).rationale == "Only the White House gives this figure."


def test_it_lets_an_editor_edit_a_draft_in_review(reporter, editor):
    v = in_review_by(reporter)
    updated = verification_update(verification=v, rationale="Tightened by the editor.", by=editor)
    assert updated.rationale == "Tightened by the editor."


def test_it_refuses_edits_to_a_published_verdict(reporter, editor, chief):
    v = verification_publish(verification=in_review_by(reporter), by=editor)
    with pytest.raises(WorkflowError, match="publishing a correction") as excinfo:
        verification_update(verification=v, rationale="Quietly changed.", by=chief)
    assert excinfo.value.code == "state"


# -- submit and send back -------------------------------------------------------------------


def test_it_sends_a_draft_for_review(reporter):
    v = in_review_by(reporter)
    assert v.state == State.IN_REVIEW and v.submitted_at is not None


def test_it_refuses_a_reporter_submitting_someone_elses_draft(reporter, other_reporter):
    v = draft_by(other_reporter)
    with pytest.raises(WorkflowError) as excinfo:
        verification_submit(verification=v, by=reporter)
    assert excinfo.value.code == "permission" and unchanged(v)


def test_it_refuses_submitting_twice(reporter):
    v = in_review_by(reporter)
    with pytest.raises(WorkflowError, match="Cannot send for review a verification that is in review") as excinfo:
        verification_submit(verification=v, by=reporter)
    assert excinfo.value.code == "state" and unchanged(v)


def test_it_lets_an_editor_send_work_back(reporter, editor):
    v = verification_send_back(verification=in_review_by(reporter), by=editor)
    assert v.state == State.DRAFT


def test_it_lets_the_author_recall_their_own_work_from_review(reporter):
    assert verification_send_back(verification=in_review_by(reporter), by=reporter).state == State.DRAFT


def test_it_refuses_another_reporter_sending_work_back(reporter, other_reporter):
    v = in_review_by(other_reporter)
    with pytest.raises(WorkflowError) as excinfo:
        verification_send_back(verification=v, by=reporter)
    assert excinfo.value.code == "permission" and unchanged(v)


def test_it_refuses_sending_back_a_draft(reporter, editor):
    v = draft_by(reporter)
    with pytest.raises(WorkflowError) as excinfo:
        verification_send_back(verification=v, by=editor)
    assert excinfo.value.code == "state" and unchanged(v)


# -- publish ----------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_lets_an_editor_or_chief_publish_others_work(request, reporter, persona):
    user = request.getfixturevalue(persona)
    v = verification_publish(verification=in_review_by(reporter), by=user)
    assert (v.state, v.reviewer, v.author) == (State.PUBLISHED, user, reporter)
    assert v.published_at is not None


def test_it_refuses_a_reporter_publishing(reporter, other_reporter):
    v = in_review_by(other_reporter)
    with pytest.raises(WorkflowError, match="Only editors can publish") as excinfo:
        verification_publish(verification=v, by=reporter)
    assert excinfo.value.code == "permission" and unchanged(v)


@pytest.mark.parametrize("persona", ["editor", "chief"])
def test_it_refuses_anyone_publishing_their_own_work(request, persona):
    user = request.getfixturevalue(persona)
    v = in_review_by(user)
    with pytest.raises(WorkflowError, match="two-person rule") as excinfo:
        verification_publish(verification=v, by=user)
    assert excinfo.value.code == "own_work" and unchanged(v)


def test_it_refuses_publishing_a_draft_that_skipped_review(reporter, editor):
    v = draft_by(reporter)
    with pytest.raises(WorkflowError) as excinfo:
        verification_publish(verification=v, by=editor)
    assert excinfo.value.code == "state" and unchanged(v)


def test_it_refuses_an_outsider_everything(reporter, outsider):
    v = in_review_by(reporter)
    for name in ["submit", "send_back", "publish", "withdraw"]:
        with pytest.raises(WorkflowError):
            verification_transition(verification=v, by=outsider, transition=name, reason="r")
    assert unchanged(v)
    assert available_transitions(outsider, v) == []


# -- corrections ----------------------------------------------------------------------------


def test_it_makes_a_new_verification_of_a_published_claim_a_correction(reporter, editor):
    first = make_published_verification()
    correction = draft_by(reporter, claim=first.claim, correction_note="A second origin has since confirmed it.")
    assert correction.supersedes == first


def test_it_requires_a_correction_note_to_change_a_published_verdict(reporter):
    first = make_published_verification()
    with pytest.raises(ValidationError) as excinfo:
        draft_by(reporter, claim=first.claim)
    assert "correction_note" in excinfo.value.message_dict
    assert Verification.objects.count() == 1


def test_it_publishes_a_correction_in_place_of_the_old_verdict(reporter, editor):
    first = make_published_verification(make_checkable_claim())
    correction = in_review_by(reporter, claim=first.claim, status=status("corroborated"), correction_note="Confirmed.")
    verification_publish(verification=correction, by=editor)
    first.refresh_from_db()
    assert first.state == State.SUPERSEDED
    assert first.claim.verifications.get(state=State.PUBLISHED) == correction
    assert correction.correction_note == "Confirmed."


def test_it_refuses_a_correction_of_a_verdict_that_was_replaced_meanwhile(reporter, other_reporter, editor):
    first = make_published_verification(make_checkable_claim())
    stale = in_review_by(reporter, claim=first.claim, correction_note="One view.")
    fresh = in_review_by(other_reporter, claim=first.claim, correction_note="Another view.")
    verification_publish(verification=fresh, by=editor)
    with pytest.raises(WorkflowError, match="has changed since") as excinfo:
        verification_publish(verification=stale, by=editor)
    assert excinfo.value.code == "state" and unchanged(stale)


# -- withdraw -----------------------------------------------------------------------------


def test_it_lets_a_chief_editor_withdraw_a_published_verdict(reporter, editor, chief):
    v = verification_publish(verification=in_review_by(reporter), by=editor)
    v = verification_withdraw(verification=v, by=chief, reason="The only origin retracted its briefing.")
    assert (v.state, v.withdrawal_reason) == (State.WITHDRAWN, "The only origin retracted its briefing.")
    assert v.withdrawn_at is not None


@pytest.mark.parametrize("persona", ["reporter", "editor"])
def test_it_refuses_withdrawal_to_anyone_below_chief_editor(request, other_reporter, other_editor, persona):
    v = verification_publish(verification=in_review_by(other_reporter), by=other_editor)
    with pytest.raises(WorkflowError, match="Only a chief editor") as excinfo:
        verification_withdraw(verification=v, by=request.getfixturevalue(persona), reason="r")
    assert excinfo.value.code == "permission" and unchanged(v)


def test_it_requires_a_reason_to_withdraw(reporter, editor, chief):
    v = verification_publish(verification=in_review_by(reporter), by=editor)
    with pytest.raises(ValidationError):
        verification_withdraw(verification=v, by=chief, reason="  ")
    assert unchanged(v)


def test_it_refuses_withdrawing_a_draft(reporter, chief):
    v = draft_by(reporter)
    with pytest.raises(WorkflowError) as excinfo:
        verification_withdraw(verification=v, by=chief, reason="r")
    assert excinfo.value.code == "state" and unchanged(v)


# -- what the buttons offer -------------------------------------------------------------------


def test_it_offers_each_person_only_the_transitions_they_may_run(reporter, editor, chief):
    v = in_review_by(reporter)
    assert [t.name for t in available_transitions(reporter, v)] == ["send_back"]
    assert [t.name for t in available_transitions(editor, v)] == ["send_back", "publish"]
    published = verification_publish(verification=v, by=editor)
    assert [t.name for t in available_transitions(editor, published)] == []
    assert [t.name for t in available_transitions(chief, published)] == ["withdraw"]
