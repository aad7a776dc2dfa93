"""Members rotate and revoke their own API tokens; chief editors and superusers revoke anyone's in the admin."""

import pytest
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.api_helpers import api, error_of

ROTATE = "/api/v1/auth/token/rotate/"
TOKEN = "/api/v1/auth/token/"


def test_it_rotates_a_members_token_and_kills_the_old_key(reporter):
    client = api(reporter)
    old = Token.objects.get(user=reporter).key

    response = client.post(ROTATE)

    assert response.status_code == 201
    new = response.json()["key"]
    assert new != old and Token.objects.get(user=reporter).key == new
    assert "no-store" in response["Cache-Control"]
    assert client.get("/api/v1/claims/?state=draft").status_code == 401  # the old key, still in the client
    assert with_key(new).get("/api/v1/claims/?state=draft").status_code == 200


def with_key(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_it_gives_a_member_signed_in_to_the_admin_a_first_token(client, reporter):
    client.force_login(reporter)
    response = client.post(ROTATE, HTTP_X_CSRFTOKEN="x")  # the test client does not enforce CSRF
    assert response.status_code == 201
    assert Token.objects.get(user=reporter).key == response.json()["key"]


def test_it_revokes_a_members_own_token(reporter):
    client = api(reporter)
    assert client.delete(TOKEN).status_code == 204
    assert not Token.objects.filter(user=reporter).exists()
    assert client.get("/api/v1/claims/").status_code == 401


def test_it_answers_404_when_there_is_no_token_to_revoke(client, reporter):
    client.force_login(reporter)
    response = client.delete(TOKEN)
    assert response.status_code == 404
    assert error_of(response)["message"] == "You have no API token to revoke."


@pytest.mark.parametrize(("method", "url"), [("post", ROTATE), ("delete", TOKEN)])
def test_it_refuses_anonymous_clients(db, method, url):
    response = getattr(api(), method)(url)
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"


def test_it_refuses_other_methods_with_a_405(reporter):
    response = api(reporter).get(ROTATE)
    assert response.status_code == 405
    assert error_of(response)["code"] == "method_not_allowed"


# -- the admin's "API tokens" -----------------------------------------------------------------------

CHANGELIST = "/admin/accounts/membertoken/"


def revoke_in_admin(client, *users):
    return client.post(CHANGELIST, {"action": "revoke_tokens", "_selected_action": [u.pk for u in users]}, follow=True)


def test_it_lets_a_chief_editor_revoke_another_members_token(client, chief, reporter, editor):
    api(reporter), api(editor)
    client.force_login(chief)

    response = revoke_in_admin(client, reporter)

    assert "Revoked 1 API token." in response.content.decode()
    assert not Token.objects.filter(user=reporter).exists()
    assert Token.objects.filter(user=editor).exists()


def test_it_lists_who_holds_a_token_but_never_the_key(client, chief, reporter):
    api(reporter)
    client.force_login(chief)
    page = client.get(CHANGELIST).content.decode()
    assert "rania_reporter" in page
    assert Token.objects.get(user=reporter).key not in page


def test_it_lets_a_superuser_revoke_tokens(client, reporter):
    api(reporter)
    admin = get_user_model().objects.create_superuser("root", "root@example.com", "pw")
    client.force_login(admin)
    revoke_in_admin(client, reporter)
    assert not Token.objects.filter(user=reporter).exists()


@pytest.mark.parametrize("role", ["reporter", "editor"])
def test_it_hides_the_tokens_from_other_roles(client, request, role, other_reporter):
    api(other_reporter)
    client.force_login(request.getfixturevalue(role))
    assert client.get(CHANGELIST).status_code == 403
    assert revoke_in_admin(client, other_reporter).status_code == 403
    assert Token.objects.filter(user=other_reporter).exists()


def test_it_removes_drf_s_token_admin_that_shows_keys(db, client):
    admin = get_user_model().objects.create_superuser("root", "root@example.com", "pw")
    client.force_login(admin)
    assert client.get("/admin/authtoken/tokenproxy/").status_code == 404
