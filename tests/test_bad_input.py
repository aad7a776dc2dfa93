"""
Input no resource can hold is a 4xx naming the problem, never a server error: numbers beyond
the columns' precision, JSON nested without end, unique values lost to a concurrent writer.
"""

import json

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from core.parsers import MAX_JSON_DEPTH
from core.services import constraint_violation
from sources.models import Actor, Source
from tests.api_helpers import api, error_of
from tests.factories import make_actor, make_published_verification, make_source

pytestmark = pytest.mark.django_db

OUT_OF_RANGE = [
    "-1e131073",  # the figure from the issue: more digits than any number column holds
    "1e131073",
    "1e-131073",  # more decimal places than the four stored
    "0.00001",
    "12345678901234567",  # 17 digits before the point; 16 are stored
    "NaN",
    "Infinity",
    "-inf",
    "sNaN",
]


@pytest.mark.parametrize("value", OUT_OF_RANGE)
@pytest.mark.parametrize("name", ["quantity_min", "quantity_max"])
def test_it_refuses_a_figure_the_quantity_columns_cannot_hold_on_the_api(name, value):
    make_published_verification()
    response = api().get(reverse("api:claim-list"), {name: value})
    assert response.status_code == 400
    error = error_of(response)
    assert list(error["fields"]) == [name]


@pytest.mark.parametrize("value", OUT_OF_RANGE)
def test_it_refuses_a_figure_the_quantity_columns_cannot_hold_on_the_public_list(client, value):
    make_published_verification()
    response = client.get(reverse("claim-list"), {"quantity_max": value})
    assert response.status_code == 400
    assert "Some filters could not be used" in response.text
    assert "quantity_max" in response.text


@pytest.mark.parametrize("value", ["9999999999999999.9999", "-9999999999999999.9999", "1e15", "0.0001", "-3000"])
def test_it_still_filters_by_any_figure_the_columns_hold(value):
    make_published_verification()
    response = api().get(reverse("api:claim-list"), {"quantity_min": value, "quantity_max": value})
    assert response.status_code == 200


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 10_000, 100_000])
def test_it_refuses_json_nested_too_deep_on_every_write(editor, depth):
    source = make_source()
    client = api(editor)
    etag = client.get(reverse("api:source-detail", args=[source.slug]))["ETag"]
    writes = [
        ("post", reverse("api:claim-list"), {}),
        ("post", reverse("api:source-list"), {}),
        ("patch", reverse("api:source-detail", args=[source.slug]), {"HTTP_IF_MATCH": etag}),
    ]
    for method, url, headers in writes:
        body = '{"title": ' + nested(depth) + "}"
        response = getattr(client, method)(url, body, content_type="application/json", **headers)
        assert response.status_code == 400, (method, url)
        assert "nested too deep" in error_of(response)["message"]
    assert Source.objects.get(pk=source.pk).version == source.version  # nothing half-written


def test_it_accepts_json_as_deep_as_the_limit(editor):
    # Exactly MAX_JSON_DEPTH levels: parsed, then refused by the serializer as the wrong type, not as too deep.
    body = json.dumps({"title": json.loads(nested(MAX_JSON_DEPTH - 1))})
    response = api(editor).post(reverse("api:source-list"), body, content_type="application/json")
    assert response.status_code == 400
    assert "title" in error_of(response)["fields"]


def test_it_names_the_unique_constraint_a_concurrent_writer_won():
    make_source(url="https://example.org/a")
    with pytest.raises(IntegrityError) as raised, transaction.atomic():
        Source.objects.create(title="Again", slug="again", url="https://example.org/a")
    assert constraint_violation(raised.value).messages == ["A source with this URL already exists."]


def test_it_names_the_field_of_a_unique_constraint_without_a_message():
    actor = make_actor()
    with pytest.raises(IntegrityError) as raised, transaction.atomic():
        Actor.objects.create(name="Someone else", slug=actor.slug)
    assert constraint_violation(raised.value).message_dict == {"slug": ["Actor with this Slug already exists."]}
