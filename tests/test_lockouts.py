"""
Brute-force protection (django-axes): wrong admin passwords lock a (user, address) pair out, wrong
API tokens lock an address out of token authentication; both logged, both unlocked by an operator.
"""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from tests.api_helpers import api, error_of

LOGIN = "/admin/login/?next=/admin/"


def sign_in(client, user, password: str, address: str = "127.0.0.1"):
    return client.post(LOGIN, {"username": user.username, "password": password}, REMOTE_ADDR=address)


def fail_until_locked(client, user, address: str = "127.0.0.1") -> list[int]:
    return [sign_in(client, user, "wrong", address).status_code for _ in range(settings.AXES_FAILURE_LIMIT)]


def test_it_refuses_the_right_password_after_too_many_wrong_ones(client, editor):
    codes = fail_until_locked(client, editor)
    assert codes == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]

    response = sign_in(client, editor, "pw")

    assert response.status_code == 429
    page = response.content.decode()
    assert "Sign-in locked" in page and "for <strong>eli_editor</strong>" in page and "locked for 15 minutes" in page
    assert 'href="/admin/password_reset/"' in page
    assert "_auth_user_id" not in client.session


def test_it_still_signs_in_below_the_limit_and_forgets_the_failures_on_success(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, editor, "wrong")
    assert sign_in(client, editor, "pw").status_code == 302
    client.logout()
    assert fail_until_locked(client, editor)[-1] == 429  # counting starts again from zero


def test_it_locks_the_pair_not_the_account_for_every_address(client, editor):
    fail_until_locked(client, editor, "198.51.100.7")
    assert sign_in(client, editor, "pw", "203.0.113.20").status_code == 302


def test_it_logs_the_lockout_with_how_to_undo_it(client, editor, caplog):
    fail_until_locked(client, editor)
    line = next(r.getMessage() for r in caplog.records if r.name == "accounts.lockout")
    assert "Locked out user 'eli_editor' from 127.0.0.1" in line
    assert "manage.py axes_reset_username eli_editor" in line
    assert "wrong" not in line


def test_it_lets_an_operator_unlock_a_user_at_once(client, editor):
    fail_until_locked(client, editor)
    call_command("axes_reset_username", "eli_editor")
    assert sign_in(client, editor, "pw").status_code == 302


def test_it_unlocks_by_itself_once_the_lockout_has_passed(client, editor):
    fail_until_locked(client, editor)
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))
    assert sign_in(client, editor, "pw").status_code == 302


# -- API tokens -------------------------------------------------------------------------------------


def with_token(key: str, address: str = "127.0.0.1"):
    client = api()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}", REMOTE_ADDR=address)
    return client


def test_it_locks_an_address_out_of_token_authentication_after_too_many_wrong_tokens(db):
    codes = [with_token("0" * 40).get("/api/v1/statuses/").status_code for _ in range(settings.AXES_FAILURE_LIMIT)]
    assert codes == [401] * (settings.AXES_FAILURE_LIMIT - 1) + [429]


def test_it_refuses_the_right_token_from_a_locked_out_address_in_the_api_error_shape(reporter):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        with_token("0" * 40).get("/api/v1/statuses/")
    right = api(reporter)
    right.credentials(HTTP_AUTHORIZATION=right._credentials["HTTP_AUTHORIZATION"], REMOTE_ADDR="127.0.0.1")

    response = right.get("/api/v1/claims/")

    assert response.status_code == 429
    error = error_of(response)
    assert error["code"] == "locked_out"
    assert "Too many failed sign-ins from this address" in error["message"]
    assert int(response["Retry-After"]) == settings.AXES_COOLOFF_TIME.total_seconds()


def test_it_keeps_token_authentication_open_for_other_addresses(reporter):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        with_token("0" * 40, "198.51.100.7").get("/api/v1/statuses/")
    assert api(reporter).get("/api/v1/claims/").status_code == 200


@pytest.mark.parametrize("header", ["Token", "Token a b", "Token ünïcode", "Token " + "f" * 5000])
def test_it_counts_a_malformed_token_as_a_failure_with_a_401_not_a_500(db, header):
    client = api()
    client.credentials(HTTP_AUTHORIZATION=header)
    response = client.get("/api/v1/statuses/")
    assert response.status_code == 401
    assert error_of(response)["code"] in ("authentication_failed", "not_authenticated")
    assert AccessAttempt.objects.get().failures_since_start == 1


def test_it_counts_wrong_tokens_on_writes_without_reading_the_body(db):
    response = with_token("0" * 40).post(
        "/api/v1/imports/", b"--x\r\nnot a valid multipart body", content_type="multipart/form-data; boundary=x"
    )
    assert response.status_code == 401
    assert AccessAttempt.objects.get().post_data == ""


def test_it_logs_a_token_lockout_by_address(db, caplog):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        with_token("0" * 40).get("/api/v1/statuses/")
    line = next(r.getMessage() for r in caplog.records if r.name == "accounts.lockout")
    assert "Locked out API token authentication from 127.0.0.1" in line
    assert "manage.py axes_reset_ip 127.0.0.1" in line


def test_it_unlocks_an_address_with_axes_reset_ip(reporter):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        with_token("0" * 40).get("/api/v1/statuses/")
    call_command("axes_reset_ip", "127.0.0.1")
    assert api(reporter).get("/api/v1/claims/").status_code == 200
