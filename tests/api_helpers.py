from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


def api(user=None) -> APIClient:
    """An API client, authenticated with the user's token when given one."""
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}, body
    assert body["error"]["status"] == response.status_code
    return body["error"]
