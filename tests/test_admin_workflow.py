"""The newsroom's daily work in the admin: roles, workflow buttons and actions, queues, concurrency, history."""

import pytest
from django.urls import reverse

from claims.models import Claim, Status, Verification
from claims.roles import ROLE_PERMISSIONS
from claims.services import verification_create, verification_publish, verification_submit, verification_update
from tests.admin_forms import change_form_data
from tests.factories import (
    make_appearance,
    make_checkable_claim,
    make_claim,
    make_published_verification,
    make_source,
    status,
)
from tests.scenarios import make_claim_confirmed_ten_days_after_the_first_report

pytestmark = pytest.mark.django_db
State = Verification.State


def draft(author, claim=None, **fields) -> Verification:
    """A draft that passes the publish checklist: its claim names a claimant, and it cites evidence."""
    fields.setdefault("status", status())
    fields.setdefault("evidence", [make_source()])
    return verification_create(claim=claim or make_checkable_claim(), rationale="Two origins.", by=author, **fields)


def in_review(author, claim=None) -> Verification:
    return verification_submit(verification=draft(author, claim), by=author)


def logged_in(client, user):
    client.force_login(user)
    return client


def transition(client, v: Verification, name: str, **data):
    return client.post(reverse("admin:claims_verification_transition", args=[v.pk, name]), data, follow=True)


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


# -- roles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("persona", "allowed", "refused"),
    [
        (
            "reporter",
            ["claims.add_claim", "claims.change_appearance", "sources.add_source", "claims.add_verification"],
            ["claims.publish_verification", "claims.withdraw_verification", "claims.change_status",
             "claims.delete_claim"],
        ),
        (
            "editor",
            ["claims.publish_verification", "claims.delete_claim", "claims.add_topic"],
            ["claims.withdraw_verification", "claims.change_status", "claims.delete_verification"],
        ),
        (
            "chief",
            ["claims.withdraw_verification", "claims.change_status", "claims.add_status", "claims.delete_status",
             "claims.publish_verification"],
            ["auth.change_user"],
        ),
        ("outsider", [], ["claims.view_claim", "sources.view_source", "claims.add_verification"]),
    ],
)  # fmt: skip
def test_it_gives_each_role_the_permissions_it_needs_and_no_more(request, persona, allowed, refused):
    user = request.getfixturevalue(persona)
    assert all(user.has_perm(p) for p in allowed), [p for p in allowed if not user.has_perm(p)]
    assert not any(user.has_perm(p) for p in refused), [p for p in refused if user.has_perm(p)]


def test_it_gives_each_group_exactly_the_defined_permissions(reporter, editor, chief):
    for user, role in [(reporter, "Reporter"), (editor, "Editor"), (chief, "Chief editor")]:
        assert user.get_group_permissions() == set(ROLE_PERMISSIONS[role])


def test_it_shows_an_outsider_nothing_editorial(client, outsider):
    response = logged_in(client, outsider).get(reverse("admin:index"))
    assert response.status_code == 200
    assert response.context["app_list"] == []
    for name in [
        "admin:claims_claim_changelist",
        "admin:sources_source_changelist",
        "admin:claims_verification_changelist",
    ]:
        assert client.get(reverse(name)).status_code == 403


def test_it_lets_a_reporter_read_but_not_edit_the_status_vocabulary(client, reporter, chief):
    corroborated = status("corroborated")
    url = reverse("admin:claims_status_change", args=[corroborated.pk])
    logged_in(client, reporter)
    assert client.get(url).status_code == 200
    client.post(url, {"label": "Hijacked", "slug": "corroborated", "colour": "#000000", "rating_value": 4})
    assert Status.objects.get(pk=corroborated.pk).label == "Corroborated"
    assert client.get(reverse("admin:claims_status_add")).status_code == 403


def test_it_lets_a_chief_editor_edit_the_status_vocabulary(client, chief):
    corroborated = status("corroborated")
    url = reverse("admin:claims_status_change", args=[corroborated.pk])
    data = change_form_data(logged_in(client, chief).get(url)) | {"label": "Independently corroborated"}
    assert client.post(url, data).status_code == 302
    assert Status.objects.get(pk=corroborated.pk).label == "Independently corroborated"


# -- workflow buttons -------------------------------------------------------------------------


def test_it_shows_each_person_only_the_buttons_they_may_use(client, reporter, editor, chief):
    v = in_review(reporter)
    url = reverse("admin:claims_verification_change", args=[v.pk])
    assert [t.name for t in logged_in(client, reporter).get(url).context["transitions"]] == ["send_back"]
    assert [t.name for t in logged_in(client, editor).get(url).context["transitions"]] == ["send_back", "publish"]
    verification_publish(verification=v, by=editor)
    assert [t.name for t in logged_in(client, chief).get(url).context["transitions"]] == ["withdraw"]
    assert 'value="Publish"' not in logged_in(client, reporter).get(url).content.decode()


def test_it_publishes_through_the_button(client, reporter, editor):
    v = in_review(reporter)
    response = transition(logged_in(client, editor), v, "publish")
    assert "The verification is now published." in messages_of(response)
    v.refresh_from_db()
    assert (v.state, v.reviewer) == (State.PUBLISHED, editor)


@pytest.mark.parametrize(
    ("actor", "author", "name", "message"),
    [
        ("reporter", "other_reporter", "publish", "Only editors can publish"),
        ("editor", "editor", "publish", "two-person rule"),
        ("editor", "reporter", "withdraw", "Cannot withdraw a verification that is in review"),
        ("other_reporter", "reporter", "send_back", "Only the author or an editor"),
        ("editor", "reporter", "submit", "Cannot send for review a verification that is in review"),
        ("editor", "reporter", "fly", "Unknown transition"),
    ],
)
def test_it_refuses_a_transition_with_a_message_and_changes_nothing(client, request, actor, author, name, message):
    v = in_review(request.getfixturevalue(author))
    response = transition(logged_in(client, request.getfixturevalue(actor)), v, name, reason="r")
    assert response.status_code == 200
    assert any(message in m for m in messages_of(response)), messages_of(response)
    stored = Verification.objects.get(pk=v.pk)
    assert (stored.state, stored.version) == (State.IN_REVIEW, v.version)


def test_it_refuses_a_withdrawal_without_a_reason(client, reporter, editor, chief):
    v = verification_publish(verification=in_review(reporter), by=editor)
    response = transition(logged_in(client, chief), v, "withdraw", reason="")
    assert any("Say why the verdict is withdrawn" in m for m in messages_of(response))
    assert Verification.objects.get(pk=v.pk).state == State.PUBLISHED


def test_it_withdraws_with_a_reason(client, reporter, editor, chief):
    v = verification_publish(verification=in_review(reporter), by=editor)
    transition(logged_in(client, chief), v, "withdraw", reason="The briefing was retracted.")
    v.refresh_from_db()
    assert (v.state, v.withdrawal_reason) == (State.WITHDRAWN, "The briefing was retracted.")


def test_it_accepts_transitions_only_as_post(client, reporter, editor):
    v = in_review(reporter)
    response = logged_in(client, editor).get(reverse("admin:claims_verification_transition", args=[v.pk, "publish"]))
    assert response.status_code == 405
    assert Verification.objects.get(pk=v.pk).state == State.IN_REVIEW


def test_it_refuses_transitions_to_an_outsider(client, reporter, outsider):
    v = in_review(reporter)
    response = logged_in(client, outsider).post(reverse("admin:claims_verification_transition", args=[v.pk, "publish"]))
    assert response.status_code == 403
    assert Verification.objects.get(pk=v.pk).state == State.IN_REVIEW


# -- bulk actions -------------------------------------------------------------------------------


def test_it_publishes_in_bulk_and_reports_each_refusal(client, reporter, editor):
    others = in_review(reporter)
    own = in_review(editor)
    response = logged_in(client, editor).post(
        reverse("admin:claims_verification_changelist"),
        {"action": "publish_selected", "_selected_action": [others.pk, own.pk]},
        follow=True,
    )
    shown = messages_of(response)
    assert "Published 1 verification." in shown
    assert any("two-person rule" in m for m in shown)
    assert Verification.objects.get(pk=others.pk).state == State.PUBLISHED
    assert Verification.objects.get(pk=own.pk).state == State.IN_REVIEW


def test_it_submits_in_bulk(client, reporter):
    drafts = [draft(reporter), draft(reporter)]
    logged_in(client, reporter).post(
        reverse("admin:claims_verification_changelist"),
        {"action": "submit_selected", "_selected_action": [d.pk for d in drafts]},
    )
    assert set(Verification.objects.values_list("state", flat=True)) == {State.IN_REVIEW}


# -- editing verifications ----------------------------------------------------------------------


def test_it_shows_someone_elses_draft_read_only_to_a_reporter(client, reporter, other_reporter):
    v = draft(other_reporter)
    url = reverse("admin:claims_verification_change", args=[v.pk])
    response = logged_in(client, reporter).get(url)
    assert response.status_code == 200 and response.context["has_change_permission"] is False
    client.post(url, {"status": v.status_id, "rationale": "Overwritten."})
    assert Verification.objects.get(pk=v.pk).rationale == "Two origins."


def test_it_adds_a_verification_on_the_claim_page_as_a_draft_by_the_user(client, reporter):
    claim = make_claim(created_by=reporter)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = change_form_data(logged_in(client, reporter).get(url))
    data |= {
        "verifications-2-TOTAL_FORMS": "1",
        "verifications-2-0-status": status("single-source").pk,
        "verifications-2-0-rationale": "One origin.",
    }
    assert client.post(url, data).status_code == 302
    v = claim.verifications.get()
    assert (v.author, v.state, v.status.slug) == (reporter, State.DRAFT, "single-source")


def test_it_asks_for_a_correction_note_to_change_a_published_verdict(client, reporter):
    published = make_published_verification()
    url = reverse("admin:claims_verification_add")
    data = {"claim": published.claim_id, "status": status("disputed").pk, "rationale": "Now disputed."}
    response = logged_in(client, reporter).post(url, data)
    assert response.status_code == 200
    assert "Readers see this correction note" in response.content.decode()
    data["correction_note"] = "Ukraine now disputes the figure."
    assert client.post(url, data).status_code == 302
    correction = Verification.objects.get(correction_note="Ukraine now disputes the figure.")
    assert (correction.supersedes, correction.author) == (published, reporter)


def test_it_prefills_a_new_verification_from_the_suggestion_link(client, reporter):
    claim = make_claim()
    suggested = status("single-source")
    response = logged_in(client, reporter).get(
        reverse("admin:claims_verification_add") + f"?claim={claim.pk}&status={suggested.pk}"
    )
    form = response.context["adminform"].form
    assert (form.initial["claim"], form.initial["status"]) == (str(claim.pk), str(suggested.pk))


# -- queues -------------------------------------------------------------------------------------


def test_it_lists_my_drafts_and_work_awaiting_my_review(client, reporter, editor):
    mine = draft(editor)
    waiting = in_review(reporter)
    draft(reporter)
    url = reverse("admin:claims_verification_changelist")
    logged_in(client, editor)
    assert list(client.get(url, {"queue": "my-drafts"}).context["cl"].result_list) == [mine]
    assert list(client.get(url, {"queue": "awaiting-my-review"}).context["cl"].result_list) == [waiting]


def test_it_counts_my_work_on_the_admin_index(client, reporter, editor):
    draft(editor)
    in_review(reporter)
    in_review(reporter)
    html = logged_in(client, editor).get(reverse("admin:index")).content.decode()
    assert "queue=my-drafts" in html and "queue=awaiting-my-review" in html
    reporter_html = logged_in(client, reporter).get(reverse("admin:index")).content.decode()
    assert "awaiting-my-review" not in reporter_html


# -- claim page analysis -----------------------------------------------------------------------


def test_it_shows_the_corroboration_chains_and_timeline_on_the_claim_page(client, reporter):
    claim = make_claim_confirmed_ten_days_after_the_first_report()
    html = logged_in(client, reporter).get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "3 independent origins" in html
    assert "Reuters → John Kirby" in html
    assert "Suggested status: <strong>Corroborated</strong>" in html
    assert "First confirmation came <strong>10 days</strong> after the first report." in html


# -- no lost updates ------------------------------------------------------------------------------


def test_it_refuses_the_second_of_two_concurrent_claim_saves_and_keeps_the_first(client, reporter, editor):
    claim = make_claim(statement="About 3,000 troops are in the first tranche.", created_by=reporter)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    first = change_form_data(logged_in(client, reporter).get(url))
    second = change_form_data(logged_in(client, editor).get(url))

    client.force_login(reporter)
    assert client.post(url, first | {"statement": "About 3,000 troops form the first tranche."}).status_code == 302

    client.force_login(editor)
    response = client.post(url, second | {"statement": "Some 3,000 troops are in the first tranche."})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Rania Reporter saved this claim" in page
    assert "About 3,000 troops form the first tranche." in page  # what they changed it to
    assert Claim.objects.get(pk=claim.pk).statement == "About 3,000 troops form the first tranche."

    # Having seen the change, the editor may deliberately save over it.
    retry = change_form_data(response) | {"statement": "Some 3,000 troops are in the first tranche."}
    assert client.post(url, retry).status_code == 302
    assert Claim.objects.get(pk=claim.pk).statement == "Some 3,000 troops are in the first tranche."


def test_it_refuses_a_save_based_on_a_stale_verification_draft(client, reporter, editor):
    v = draft(reporter)
    url = reverse("admin:claims_verification_change", args=[v.pk])
    stale = change_form_data(logged_in(client, editor).get(url))
    verification_update(verification=v, rationale="Rewritten by the author meanwhile.", by=reporter)
    response = client.post(url, stale | {"rationale": "The editor's version."})
    assert response.status_code == 200
    assert "after you opened it" in response.content.decode()
    assert Verification.objects.get(pk=v.pk).rationale == "Rewritten by the author meanwhile."


def test_it_refuses_a_save_that_lost_its_version(client, reporter):
    source = make_source(title="Original title")
    url = reverse("admin:sources_source_change", args=[source.pk])
    data = change_form_data(logged_in(client, reporter).get(url))
    data.pop("version_seen")
    assert client.post(url, data | {"title": "New title"}).status_code == 200
    source.refresh_from_db()
    assert source.title == "Original title"


# -- history ------------------------------------------------------------------------------------


def test_it_records_who_changed_which_fields_and_shows_it(client, reporter, editor):
    claim = make_claim(statement="About 3,000 troops.", created_by=reporter)
    make_appearance(claim)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = change_form_data(logged_in(client, reporter).get(url))
    client.post(url, data | {"statement": "About 3,000 troops in the first tranche."})
    record = claim.history.latest()
    assert record.history_user == reporter
    history = logged_in(client, editor).get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode()
    assert "rania_reporter" in history
    assert "About 3,000 troops in the first tranche." in history
