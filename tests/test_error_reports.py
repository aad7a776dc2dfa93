"""
"Report an error" (trust app): the public form on its own uncached page, its protections (rate
limit per address, honeypot, CSRF, size limit, escaping, the reporter's e-mail never public), the
admin inbox's states, starting a correction from a report, and the e-mail that tells editors.
"""

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Verification
from claims.services import verification_publish, verification_submit, verification_update
from core.services import ServiceError
from tests.factories import (
    make_checkable_claim,
    make_claim,
    make_published_verification,
    make_source,
    make_verification,
    status,
)
from trust import services
from trust.models import MESSAGE_MAX_CHARS, ErrorReport
from trust.services import (
    CORRECTION_NOTE_DRAFT,
    error_report_create,
    error_report_start_correction,
    error_report_transition,
)

pytestmark = pytest.mark.django_db

State = ErrorReport.State
EMAIL = "reader.private@example.net"


@pytest.fixture
def claim():
    verification = make_published_verification(make_checkable_claim(statement="About 3,000 troops were sent."))
    verification.evidence.add(make_source())  # a correction starts from it, and must pass the publish checklist
    return verification.claim


def report_url(claim) -> str:
    return reverse("trust-report", args=[claim.slug])


def file_report(client, claim, *, address: str = "203.0.113.7", forwarded_for: str | None = None, **data):
    """POST the form from ``address``, through a proxy that says it forwards ``forwarded_for``."""
    data.setdefault("message", "The figure was 2,000 in the original article.")
    extra = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for else {}
    return client.post(report_url(claim), data, REMOTE_ADDR=address, **extra)


def make_report(claim, **fields) -> ErrorReport:
    fields.setdefault("message", "Something is wrong.")
    return ErrorReport.objects.create(claim=claim, **fields)


# -- the public form ----------------------------------------------------------------------------


def test_it_links_the_report_form_from_the_claim_page(client, claim):
    html = client.get(claim.get_absolute_url()).content.decode()
    assert f'href="{report_url(claim)}"' in html


def test_it_serves_the_form_with_a_csrf_token_never_cached(client, claim):
    response = client.get(report_url(claim))
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_it_keeps_csrf_cookies_out_of_the_cached_claim_page(client, claim):
    response = client.get(claim.get_absolute_url())
    assert "csrftoken" not in response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "public" in response["Cache-Control"]


def test_it_files_a_report_and_thanks_the_reader(client, claim):
    response = file_report(client, claim, email=EMAIL, name="A Reader", evidence_url="https://example.org/a")
    assert response.status_code == 302
    assert response["Location"] == reverse("trust-report-sent", args=[claim.slug])
    report = ErrorReport.objects.get()
    assert (report.claim, report.state, report.email, report.name) == (claim, State.NEW, EMAIL, "A Reader")
    assert report.evidence_url == "https://example.org/a"
    assert client.get(response["Location"]).status_code == 200


def test_it_answers_404_for_an_unpublished_claim(client):
    draft = make_verification(make_claim()).claim
    assert client.get(report_url(draft)).status_code == 404
    assert file_report(client, draft).status_code == 404
    assert not ErrorReport.objects.exists()


def test_it_refuses_a_report_without_csrf_token(claim):
    client = Client(enforce_csrf_checks=True)
    assert file_report(client, claim).status_code == 403
    assert not ErrorReport.objects.exists()


def test_it_accepts_a_report_with_the_csrf_token_of_the_form(claim):
    client = Client(enforce_csrf_checks=True)
    form = client.get(report_url(claim))
    token = form.context["csrf_token"]
    assert file_report(client, claim, csrfmiddlewaretoken=str(token)).status_code == 302
    assert ErrorReport.objects.count() == 1


def test_it_pretends_to_accept_what_fills_the_honeypot_and_keeps_nothing(client, claim, editor):
    editor.email = "eli@example.org"
    editor.save()
    response = file_report(client, claim, website="http://spam.example")
    assert response.status_code == 302  # a bot learns nothing
    assert not ErrorReport.objects.exists()
    assert mail.outbox == []


def test_it_refuses_a_report_over_the_size_limit_with_a_clear_error(client, claim):
    response = file_report(client, claim, message="x" * (MESSAGE_MAX_CHARS + 1))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Please keep the report to {MESSAGE_MAX_CHARS:,} characters; it has {MESSAGE_MAX_CHARS + 1:,}." in html
    assert not ErrorReport.objects.exists()


def test_it_accepts_a_report_at_the_size_limit_counting_line_breaks_once(client, claim):
    message = ("y" * 99 + "\r\n") * (MESSAGE_MAX_CHARS // 100)  # 5,000 characters once stored
    assert file_report(client, claim, message=message).status_code == 302
    assert len(ErrorReport.objects.get().message) == MESSAGE_MAX_CHARS - 1  # the last line break is trimmed


def test_it_asks_for_a_message(client, claim):
    response = file_report(client, claim, message="  ")
    assert "Tell us what is wrong with this fact-check." in response.content.decode()
    assert not ErrorReport.objects.exists()


def test_it_never_reflects_a_script_unescaped(client, claim):
    script = "<script>alert('x')</script>"
    response = file_report(client, claim, message=script + "x" * MESSAGE_MAX_CHARS, name=script, email=script)
    html = response.content.decode()
    assert response.status_code == 200  # refused: too long, and not an e-mail address
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_it_stores_a_script_as_text_and_shows_it_escaped_in_the_admin(client, claim, editor):
    file_report(client, claim, message="<script>alert('x')</script> is wrong")
    report = ErrorReport.objects.get()
    assert report.message.startswith("<script>")
    client.force_login(editor)
    html = client.get(reverse("admin:trust_errorreport_change", args=[report.pk])).content.decode()
    assert "<script>alert('x')" not in html and "&lt;script&gt;alert" in html
    changelist = client.get(reverse("admin:trust_errorreport_changelist")).content.decode()
    assert "<script>alert('x')" not in changelist


def test_it_never_shows_the_reporters_email_publicly(client, claim):
    response = file_report(client, claim, email=EMAIL)
    pages = [
        response["Location"],
        report_url(claim),
        claim.get_absolute_url(),
        "/",
        "/claims/",
        "/corrections/",
        f"/api/v1/claims/{claim.slug}/",
        "/feeds/checks.atom",
    ]
    for url in pages:
        assert EMAIL not in client.get(url).content.decode(), url


# -- the rate limit --------------------------------------------------------------------------------


def test_it_limits_reports_per_address_with_a_clear_429(client, claim, settings):
    settings.ERROR_REPORT_RATE = "5/hour"
    for _ in range(5):
        assert file_report(client, claim).status_code == 302
    response = file_report(client, claim)
    assert response.status_code == 429
    assert "Too many reports from your connection" in response.content.decode()
    assert int(response["Retry-After"]) > 0
    assert ErrorReport.objects.count() == 5


def test_it_counts_each_address_apart(client, claim, settings):
    settings.ERROR_REPORT_RATE = "1/hour"
    assert file_report(client, claim, address="203.0.113.1").status_code == 302
    assert file_report(client, claim, address="203.0.113.1").status_code == 429
    assert file_report(client, claim, address="203.0.113.2").status_code == 302


def test_it_does_not_believe_a_forwarded_for_header_without_a_trusted_proxy(client, claim, settings):
    settings.ERROR_REPORT_RATE = "1/hour"
    assert file_report(client, claim, forwarded_for="198.51.100.1").status_code == 302
    assert file_report(client, claim, forwarded_for="198.51.100.2").status_code == 429


def test_it_counts_the_forwarded_address_behind_the_proxies_it_is_told_of(client, claim, settings):
    settings.ERROR_REPORT_RATE = "1/hour"
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    assert file_report(client, claim, forwarded_for="198.51.100.1").status_code == 302
    assert file_report(client, claim, forwarded_for="198.51.100.1").status_code == 429
    assert file_report(client, claim, forwarded_for="198.51.100.2").status_code == 302


def test_it_counts_honeypot_and_refused_posts_too(client, claim, settings):
    settings.ERROR_REPORT_RATE = "2/hour"
    file_report(client, claim, website="spam")
    file_report(client, claim, message="")
    assert file_report(client, claim).status_code == 429


def test_it_does_not_limit_reading_the_form(client, claim, settings):
    settings.ERROR_REPORT_RATE = "1/hour"
    for _ in range(3):
        assert client.get(report_url(claim), REMOTE_ADDR="203.0.113.9").status_code == 200


# -- telling editors ---------------------------------------------------------------------------------


def test_it_emails_the_members_who_may_publish(
    client, claim, reporter, editor, chief, django_capture_on_commit_callbacks
):
    for user, address in ((reporter, "rania@example.org"), (editor, "eli@example.org"), (chief, "chioma@example.org")):
        user.email = address
        user.save()
    with django_capture_on_commit_callbacks(execute=True):
        file_report(client, claim, message="The figure was 2,000.", email=EMAIL)
    (message,) = mail.outbox
    assert sorted(message.to) == ["chioma@example.org", "eli@example.org"]
    assert "About 3,000 troops were sent." in message.subject
    assert "The figure was 2,000." in message.body
    report = ErrorReport.objects.get()
    assert f"/admin/trust/errorreport/{report.pk}/change/" in message.body
    assert EMAIL not in message.body


def test_it_sends_no_email_before_the_report_is_committed(client, claim, editor):
    editor.email = "eli@example.org"
    editor.save()
    file_report(client, claim)  # the test's transaction never commits
    assert mail.outbox == []


def test_it_keeps_the_report_when_the_mail_server_fails(claim, editor, settings, caplog):
    editor.email = "eli@example.org"
    editor.save()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_PORT = 1  # nothing listens there
    report = make_report(claim)
    assert services.notify_editors_of_report(report) == 0
    assert "could not be sent" in caplog.text


# -- the inbox: states and transitions ----------------------------------------------------------------


def test_it_triages_then_resolves_a_report(claim, editor):
    report = make_report(claim)
    report = error_report_transition(report=report, by=editor, transition="triage")
    assert (report.state, report.handled_by, report.closed_at) == (State.TRIAGED, editor, None)
    assert report.triaged_at is not None
    report = error_report_transition(report=report, by=editor, transition="resolve", note="Fixed the figure.")
    assert report.state == State.RESOLVED and report.closed_at is not None
    assert report.editor_note == "Fixed the figure."
    assert [h.state for h in report.history.order_by("history_date")] == ["new", "triaged", "resolved"]


def test_it_rejects_a_new_report(claim, editor):
    report = error_report_transition(report=make_report(claim), by=editor, transition="reject", note="Spam.")
    assert report.state == State.REJECTED and report.closed_at is not None


@pytest.mark.parametrize(
    ("state", "transition"),
    [("triaged", "triage"), ("resolved", "triage"), ("resolved", "reject"), ("rejected", "resolve")],
)
def test_it_refuses_a_transition_from_the_wrong_state(claim, editor, state, transition):
    closed = {"closed_at": claim.checked_at} if state in ("resolved", "rejected") else {}
    report = make_report(claim, state=state, **closed)
    with pytest.raises(ServiceError) as refused:
        error_report_transition(report=report, by=editor, transition=transition)
    assert refused.value.code == "state"
    report.refresh_from_db()
    assert report.state == state


def test_it_lets_only_editors_handle_reports(claim, reporter):
    report = make_report(claim)
    with pytest.raises(ServiceError) as refused:
        error_report_transition(report=report, by=reporter, transition="triage")
    assert refused.value.code == "permission"


def test_it_refuses_a_report_on_an_unpublished_claim():
    with pytest.raises(ServiceError):
        error_report_create(claim=make_verification(make_claim()).claim, message="Wrong.")


def test_it_runs_a_transition_from_the_admin_button(client, claim, editor):
    report = make_report(claim)
    client.force_login(editor)
    url = reverse("admin:trust_errorreport_transition", args=[report.pk, "reject"])
    response = client.post(url, {"note": "Not an error."}, follow=True)
    assert "The report is now rejected." in response.content.decode()
    report.refresh_from_db()
    assert (report.state, report.editor_note) == (State.REJECTED, "Not an error.")


def test_it_refuses_the_admin_button_to_a_reporter(client, claim, reporter):
    report = make_report(claim)
    client.force_login(reporter)
    response = client.post(reverse("admin:trust_errorreport_transition", args=[report.pk, "triage"]), follow=True)
    assert "Only editors can handle error reports." in response.content.decode()
    report.refresh_from_db()
    assert report.state == State.NEW


def test_it_shows_the_inbox_to_editors_with_the_claim_linked(client, claim, editor):
    report = make_report(claim, email=EMAIL)
    client.force_login(editor)
    changelist = client.get(reverse("admin:trust_errorreport_changelist"))
    assert changelist.status_code == 200
    page = client.get(reverse("admin:trust_errorreport_change", args=[report.pk])).content.decode()
    assert reverse("admin:claims_claim_change", args=[claim.pk]) in page
    assert EMAIL in page  # the newsroom may reply
    assert "Start a correction" in page and "Mark as triaged" in page


def test_it_bulk_rejects_reports(client, claim, editor):
    reports = [make_report(claim) for _ in range(2)]
    client.force_login(editor)
    client.post(
        reverse("admin:trust_errorreport_changelist"),
        {"action": "reject_selected", "_selected_action": [r.pk for r in reports]},
    )
    assert set(ErrorReport.objects.values_list("state", flat=True)) == {State.REJECTED}


# -- starting a correction ------------------------------------------------------------------------


def test_it_starts_a_draft_correction_of_the_published_verdict(claim, editor):
    verdict = claim.verifications.get()
    report = make_report(claim)
    correction = error_report_start_correction(report=report, by=editor)
    assert (correction.state, correction.supersedes, correction.author) == ("draft", verdict, editor)
    assert (correction.status, correction.rationale) == (verdict.status, verdict.rationale)
    assert correction.correction_note == CORRECTION_NOTE_DRAFT
    report.refresh_from_db()
    assert (report.correction, report.state) == (correction, State.TRIAGED)


def test_it_starts_one_correction_per_report(claim, editor):
    report = make_report(claim)
    error_report_start_correction(report=report, by=editor)
    with pytest.raises(ServiceError, match="already"):
        error_report_start_correction(report=report, by=editor)
    assert Verification.objects.filter(claim=claim).count() == 2


def test_it_refuses_a_correction_without_a_published_verdict(editor):
    claim = make_claim()
    make_verification(claim)
    report = make_report(claim)
    with pytest.raises(ServiceError, match="no published verdict"):
        error_report_start_correction(report=report, by=editor)


def test_it_starts_a_correction_in_one_click_and_opens_it(client, claim, editor):
    report = make_report(claim)
    client.force_login(editor)
    response = client.post(reverse("admin:trust_errorreport_start_correction", args=[report.pk]))
    report.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:claims_verification_change", args=[report.correction_id])
    assert client.get(reverse("admin:trust_errorreport_start_correction", args=[report.pk])).status_code == 405


def test_it_links_the_reports_from_the_correction_they_led_to(client, claim, editor):
    report = make_report(claim, message="The figure is 2,000.")
    correction = error_report_start_correction(report=report, by=editor)
    error_report_transition(report=report, by=editor, transition="resolve")
    client.force_login(editor)
    page = client.get(reverse("admin:claims_verification_change", args=[correction.pk])).content.decode()
    assert reverse("admin:trust_errorreport_change", args=[report.pk]) in page
    assert "The figure is 2,000." in page and "resolved" in page


def test_it_keeps_a_correction_published_from_a_report_linked(claim, editor, other_editor):
    report = make_report(claim)
    correction = error_report_start_correction(report=report, by=editor)
    verification_update(verification=correction, by=editor, status=status("disputed"), correction_note="Now disputed.")
    verification_publish(verification=verification_submit(verification=correction, by=editor), by=other_editor)
    error_report_transition(report=report, by=editor, transition="resolve")
    assert list(correction.error_reports.all()) == [report]


def test_it_lists_the_inbox_with_a_query_count_independent_of_rows(client, claim, editor):
    client.force_login(editor)
    url = reverse("admin:trust_errorreport_changelist")

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    error_report_start_correction(report=make_report(claim), by=editor)
    few = count()
    for _ in range(4):
        other = make_published_verification(make_claim()).claim
        error_report_start_correction(report=make_report(other), by=editor)
    assert count() == few
