"""
History -> Revert in the admin: a revert is a save through the same services as the change form.
Verifications change only through the workflow, so their history is read-only and says why.
"""

import pytest
from django.contrib import admin
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Claim, ClaimRelation, Verification
from claims.services import verification_create, verification_publish, verification_submit
from tests.admin_forms import change_form_data
from tests.factories import (
    make_actor,
    make_appearance,
    make_checkable_claim,
    make_citation,
    make_claim,
    make_figure,
    make_relation,
    make_source,
    status,
)
from trust.models import TeamMember, TransparencyPage

pytestmark = pytest.mark.django_db


def published_verification(reporter, editor) -> Verification:
    draft = verification_create(
        claim=make_checkable_claim(),
        status=status("single-source"),
        rationale="One origin.",
        evidence=[make_source()],
        by=reporter,
    )
    verification_submit(verification=draft, by=reporter)
    return verification_publish(verification=draft, by=editor)


def version_url(obj, history_id: int) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_simple_history", args=[obj.pk, history_id])


@pytest.mark.parametrize("persona", ["reporter", "editor", "chief"])
def test_it_answers_a_revert_of_a_verification_with_405_and_changes_nothing(persona, request, reporter, editor, client):
    verification = published_verification(reporter, editor)
    client.force_login(request.getfixturevalue(persona))
    url = version_url(verification, verification.history.earliest().history_id)  # the draft it was
    page = client.get(url)
    assert page.status_code == 200
    response = client.post(url, change_form_data(page))
    assert response.status_code == 405
    assert "changes only through the workflow" in response.content.decode()
    stored = Verification.objects.get(pk=verification.pk)
    assert (stored.state, stored.version) == (Verification.State.PUBLISHED, verification.version)


def test_it_says_on_a_verification_s_history_why_there_is_no_revert(reporter, editor, chief, client):
    verification = published_verification(reporter, editor)
    client.force_login(chief)
    opts = Verification._meta
    history = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[verification.pk]))
    assert "changes only through the workflow" in history.text
    assert "revert to a previous version" not in history.text
    version = client.get(version_url(verification, verification.history.earliest().history_id))
    assert "changes only through the workflow" in version.text
    assert 'name="_save"' not in version.text  # no Revert button


def rows_of_every_history_admin():
    source = make_source(text="Officials said about 3,000 troops were there.")
    return {
        "Claim": make_claim(),
        "Appearance": make_appearance(source=source, quote="about 3,000 troops"),
        "Source": source,
        "Citation": make_citation(source),
        "ClaimRelation": make_relation(make_claim(), make_claim(), ClaimRelation.Kind.SAME_AS),
        "Status": status("corroborated"),
        "Actor": make_actor(),
        "TransparencyPage": TransparencyPage.objects.create(kind="contact", title="Contact", body="Write to us."),
        "TeamMember": TeamMember.objects.create(name="Ana Ruiz", slug="ana-ruiz", role="Editor", bio="Checks."),
        "Figure": make_figure(),
    }


def test_it_covers_every_admin_with_history():
    with_history = {model.__name__ for model, ma in admin.site._registry.items() if isinstance(ma, SimpleHistoryAdmin)}
    assert with_history == {
        "Claim",
        "Appearance",
        "Source",
        "Citation",
        "ClaimRelation",
        "Status",
        "Actor",
        "Verification",
        "TransparencyPage",
        "TeamMember",
        "ErrorReport",
        "Figure",
    }


@pytest.mark.parametrize(
    "name",
    [
        "Claim",
        "Appearance",
        "Source",
        "Citation",
        "ClaimRelation",
        "Status",
        "Actor",
        "TransparencyPage",
        "TeamMember",
        "Figure",
    ],
)
def test_it_reverts_through_the_change_form_s_rules_without_a_server_error(name, chief, client):
    obj = rows_of_every_history_admin()[name]
    obj._history_user = chief
    obj.save()  # a second version to revert from (the status vocabulary was loaded by a migration)
    first = obj.history.earliest()
    client.force_login(chief)
    url = version_url(obj, first.history_id)
    response = client.post(url, change_form_data(client.get(url)))
    if response.status_code == 200:  # the version is older than the row: shown what changed, then saved again
        assert "after you opened it" in response.text
        response = client.post(url, change_form_data(response))
    assert response.status_code == 302


def test_it_reverts_a_claim_through_its_service(chief, client):
    claim = make_claim(statement="About 12,000 troops were committed.")
    claim._history_user = chief
    claim.statement = "About 10,000 troops were committed."
    claim.save()
    client.force_login(chief)
    url = version_url(claim, claim.history.earliest().history_id)
    refused = client.post(url, change_form_data(client.get(url)))
    client.post(url, change_form_data(refused))
    stored = Claim.objects.get(pk=claim.pk)
    assert stored.statement == "About 12,000 troops were committed."
    assert stored.history.latest().history_user == chief
