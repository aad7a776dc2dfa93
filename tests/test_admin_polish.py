"""
The admin in daily use (issue 13): where a save lands, what a correction starts from, why a button
is missing, what the history says about a workflow step, and how lists and inlines read.
"""

import html
import json
import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from claims.models import Verification
from claims.services import claim_revision_propose, verification_publish
from tests.admin_forms import change_form_data
from tests.factories import make_checkable_claim, make_claim, make_published_verification, make_source, status
from tests.test_admin_workflow import draft, in_review, logged_in

pytestmark = pytest.mark.django_db
State = Verification.State

LONG_STATEMENT = (
    "North Korea has committed around 12,000 troops to support Russia's war against Ukraine, according to "
    "South Korea's National Intelligence Service briefing the National Assembly in October 2024."
)


# -- where a save lands ---------------------------------------------------------------------------


def test_it_lands_on_the_new_verification_after_saving_it(client, reporter):
    claim = make_claim()
    data = {"claim": claim.pk, "status": status("single-source").pk, "rationale": "One origin."}
    response = logged_in(client, reporter).post(reverse("admin:claims_verification_add"), data)
    v = Verification.objects.get(claim=claim)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:claims_verification_change", args=[v.pk])


def test_it_stays_on_the_verification_after_saving_a_change(client, reporter):
    v = draft(reporter)
    url = reverse("admin:claims_verification_change", args=[v.pk])
    data = change_form_data(logged_in(client, reporter).get(url)) | {"rationale": "Two origins, now named."}
    response = client.post(url, data)
    assert (response.status_code, response["Location"]) == (302, url)
    assert Verification.objects.get(pk=v.pk).rationale == "Two origins, now named."


# -- "Correct this verdict" ---------------------------------------------------------------------------


def test_it_links_correct_this_verdict_to_the_verdict_it_corrects(client, editor):
    published = make_published_verification()
    page = logged_in(client, editor).get(reverse("admin:claims_verification_change", args=[published.pk]))
    assert f"/admin/claims/verification/add/?corrects={published.pk}" in page.content.decode()


def test_it_prefills_a_correction_from_the_verdict_it_corrects(client, reporter, editor):
    evidence = [make_source(title="NIS briefing"), make_source(title="Zelenskyy interview")]
    v = in_review(reporter)
    v.evidence.set(evidence)
    v.rationale, v.evidence_notes = "Two independent origins.", "Both on the record."
    v.save()
    published = verification_publish(verification=v, by=editor)

    response = logged_in(client, reporter).get(reverse("admin:claims_verification_add") + f"?corrects={published.pk}")

    form = response.context["adminform"].form
    assert form.initial["claim"] == published.claim_id
    assert form.initial["status"] == published.status_id
    assert form.initial["rationale"] == "Two independent origins."
    assert sorted(form.initial["evidence"]) == sorted(s.pk for s in evidence)
    assert form.initial["evidence_notes"] == "Both on the record."
    assert "correction_note" not in form.initial  # what changed and why: the editor writes it


@pytest.mark.parametrize("corrects", ["abc", "999999", "", "1 OR 1=1", "²", "99999999999999999999999"])
def test_it_prefills_nothing_from_a_corrects_that_is_no_verdict(client, reporter, corrects):
    response = logged_in(client, reporter).get(reverse("admin:claims_verification_add"), {"corrects": corrects})
    assert response.status_code == 200
    assert response.context["adminform"].form.initial == {}


def test_it_prefills_nothing_from_a_draft(client, reporter):
    unpublished = draft(reporter)
    response = logged_in(client, reporter).get(reverse("admin:claims_verification_add"), {"corrects": unpublished.pk})
    assert "rationale" not in response.context["adminform"].form.initial


# -- why Publish is missing ---------------------------------------------------------------------------


def test_it_explains_the_two_person_rule_where_publish_is_missing(client, editor):
    v = in_review(editor)
    page = logged_in(client, editor).get(reverse("admin:claims_verification_change", args=[v.pk])).content.decode()
    assert 'value="Publish"' not in page
    assert "No Publish button:" in page
    assert "another editor must review and publish it (two-person rule)" in page


def test_it_explains_that_only_editors_publish(client, reporter):
    v = in_review(reporter)
    page = logged_in(client, reporter).get(reverse("admin:claims_verification_change", args=[v.pk])).content.decode()
    assert "No Publish button:</strong> Only editors can publish verdicts." in page


def test_it_adds_the_missing_checklist_items_to_the_explanation(client, editor):
    v = Verification.objects.get(pk=in_review(editor, make_checkable_claim()).pk)
    v.evidence.clear()
    page = logged_in(client, editor).get(reverse("admin:claims_verification_change", args=[v.pk])).content.decode()
    assert re.search(r"two-person rule\)\. The checklist above also has \d+ missing item", page)


def test_it_says_nothing_about_publish_to_the_editor_who_may(client, reporter, editor):
    v = in_review(reporter)
    page = logged_in(client, editor).get(reverse("admin:claims_verification_change", args=[v.pk])).content.decode()
    assert 'value="Publish"' in page and "No Publish button" not in page


def test_it_explains_the_two_person_rule_on_ones_own_wording_change(client, reporter, editor):
    claim = make_published_verification(make_checkable_claim(created_by=reporter)).claim
    revision = claim_revision_propose(
        claim=claim, statement="About 3,500 troops.", claim_reviewed="About 3,500 troops", by=editor
    )
    url = reverse("admin:claims_claimrevision_change", args=[revision.pk])
    page = logged_in(client, editor).get(url).content.decode()
    assert 'value="Publish the new wording"' not in page
    assert "No Publish button:</strong> You wrote this claim revision" in page and "(two-person rule)" in page


# -- history ---------------------------------------------------------------------------------------


def test_it_shows_what_a_workflow_step_changed_in_the_history(client, reporter, editor):
    v = verification_publish(verification=in_review(reporter), by=editor)
    history = logged_in(client, editor).get(reverse("admin:claims_verification_history", args=[v.pk]))
    changes = [record.history_delta_changes for record in history.context["page_obj"] if record.history_type == "~"]
    published, submitted = changes[0], changes[1]
    assert {"field": "State", "old": "In review", "new": "Published"} in published
    assert any(c["field"] == "Reviewer" and c["new"] == str(editor) for c in published)
    assert {"field": "State", "old": "Draft", "new": "In review"} in submitted
    assert not [c for c in published + submitted if c["field"] in ("Version", "Updated at")]  # noise left out


# -- lists and inlines ---------------------------------------------------------------------------------


def test_it_cuts_a_long_statement_in_the_changelist_with_the_whole_text_on_hover(client, editor):
    make_claim(statement=LONG_STATEMENT)
    page = logged_in(client, editor).get(reverse("admin:claims_claim_changelist")).content.decode()
    assert f'title="{escape(LONG_STATEMENT)}">{escape(LONG_STATEMENT[:89])}…</span>' in page


def test_it_labels_the_claim_pages_add_buttons_by_what_they_add(client, editor):
    published = make_published_verification()
    page = logged_in(client, editor).get(reverse("admin:claims_claim_change", args=[published.claim_id]))
    add_texts = [
        json.loads(html.unescape(m))["options"]["addText"]
        for m in re.findall(r'data-inline-formset="([^"]+)"', page.content.decode())
    ]
    assert "Add another Appearance" in add_texts
    assert "Add another Verification" in add_texts
    assert not [text for text in add_texts if "New" in text]
