"""Password reset by e-mail from the admin's login page, end to end with Django's locmem mail backend."""

import re

import pytest

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-long-new-passphrase-41"


@pytest.fixture
def mailbox(settings):
    from django.core import mail

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    return mail.outbox


def test_it_offers_a_password_reset_on_the_admin_login_page(client):
    page = client.get("/admin/login/").content.decode()
    assert 'href="/admin/password_reset/"' in page
    assert "Forgotten your login credentials?" in page


def test_it_resets_a_password_by_e_mail_and_signs_in_with_the_new_one(client, editor, mailbox, settings):
    editor.email = "eli@newsroom.example"
    editor.save()

    requested = client.post("/admin/password_reset/", {"email": "eli@newsroom.example"})
    assert requested.status_code == 302 and requested["Location"] == "/admin/password_reset/done/"
    assert len(mailbox) == 1 and mailbox[0].to == ["eli@newsroom.example"]
    assert mailbox[0].from_email == settings.DEFAULT_FROM_EMAIL
    link = re.search(r"https?://\S+/admin/reset/\S+/", mailbox[0].body).group(0)
    assert link.startswith(f"{settings.FACTCHECK_SITE_URL}/admin/reset/")

    form = client.get(link.removeprefix(settings.FACTCHECK_SITE_URL), follow=True)
    assert form.status_code == 200 and "new_password1" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}, follow=True
    )
    assert done.redirect_chain[-1][0] == "/admin/reset/done/"

    signed_in = client.post("/admin/login/", {"username": editor.username, "password": NEW_PASSWORD})
    assert signed_in.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)
    assert client.post("/admin/login/", {"username": editor.username, "password": "pw"}).status_code == 200


def test_it_puts_the_site_address_in_the_link_whatever_host_the_request_named(client, editor, mailbox, settings):
    editor.email = "eli@newsroom.example"
    editor.save()
    settings.ALLOWED_HOSTS = ["*"]
    client.post("/admin/password_reset/", {"email": "eli@newsroom.example"}, HTTP_HOST="evil.example")
    assert "evil.example" not in mailbox[0].body
    assert f"{settings.FACTCHECK_SITE_URL}/admin/reset/" in mailbox[0].body


def test_it_sends_nothing_to_an_unknown_address_and_does_not_say_so(client, mailbox):
    response = client.post("/admin/password_reset/", {"email": "nobody@example.com"})
    assert response.status_code == 302
    assert mailbox == []


def test_it_limits_reset_requests_per_address_with_a_clear_429(client, editor, mailbox, settings):
    settings.PASSWORD_RESET_RATE = "2/hour"
    editor.email = "eli@newsroom.example"
    editor.save()
    for _ in range(2):
        assert client.post("/admin/password_reset/", {"email": "eli@newsroom.example"}).status_code == 302
    refused = client.post("/admin/password_reset/", {"email": "eli@newsroom.example"})
    assert refused.status_code == 429
    assert "Too many reset requests" in refused.content.decode() and int(refused["Retry-After"]) > 0
    assert len(mailbox) == 2  # nothing sent for the refused request
    other = client.post("/admin/password_reset/", {"email": "eli@newsroom.example"}, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302  # another address has its own count
    assert client.get("/admin/password_reset/").status_code == 200  # reading the form is not limited
