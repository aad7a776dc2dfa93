"""The API's page parameters are strict, as the schema says: a page_size or cursor it did not make is a 400."""

import base64

import pytest
from django.urls import reverse

from tests.api_helpers import api, error_of
from tests.factories import make_appearance, make_published_verification

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("page_size", ["0", "101", "-1", "1e3", "abc", "٣", ""])
def test_it_refuses_a_page_size_outside_1_to_100(page_size):
    response = api().get(reverse("api:claim-list"), {"page_size": page_size})
    assert response.status_code == 400
    assert error_of(response)["fields"] == {"page_size": ["A whole number from 1 to 100."]}


@pytest.mark.parametrize("page_size", ["1", "100"])
def test_it_pages_by_any_size_from_1_to_100(page_size):
    assert api().get(reverse("api:claim-list"), {"page_size": page_size}).status_code == 200


def cursor(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode()


@pytest.mark.parametrize(
    "value",
    [
        "not base64!",
        "@@@",  # nothing of base64's alphabet: it would decode to an empty cursor, the first page
        "%%",
        cursor("p=zzz"),
        cursor("p=99999999999999999999999"),
        cursor("r=1&p=-x"),
        cursor("o=x"),
    ],
)
@pytest.mark.parametrize("name", ["appearance-list", "claim-list", "source-list", "verification-list"])
def test_it_refuses_a_cursor_it_did_not_make(name, value):
    make_appearance(make_published_verification().claim)
    response = api().get(reverse(f"api:{name}"), {"cursor": value})
    assert response.status_code == 400
    assert error_of(response)["fields"] == {
        "cursor": ["Not a page cursor of this list: start again from the first page."]
    }


def test_it_follows_its_own_cursors():
    for _ in range(3):
        make_appearance(make_published_verification().claim)
    client = api()
    page = client.get(reverse("api:appearance-list"), {"page_size": 1}).json()
    seen = 1
    while page["next"]:
        page = client.get(page["next"]).json()
        seen += 1
    assert seen == 3
