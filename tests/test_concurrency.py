"""
Concurrent writers on real connections and threads: two editors saving the same claim, two
clients creating the same slug or URL, two clients importing the same article. One wins; the
other is told (a 400 naming the constraint) or given the winner's row; never a 500.
"""

import threading
from collections.abc import Callable
from functools import partial

import pytest
from django.db import connection, connections
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from claims.models import Claim
from sources.models import Source
from tests.admin_forms import change_form_data
from tests.api_helpers import api, error_of
from tests.factories import make_claim


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_lets_exactly_one_of_two_simultaneous_saves_through(reporter, editor):
    if connection.vendor != "postgresql":
        pytest.skip("needs row locks across connections: the PostgreSQL run counts")
    claim = make_claim(statement="About 3,000 troops are in the first tranche.", created_by=reporter)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    edits = {}
    for user, statement in [(reporter, "Reporter's wording."), (editor, "Editor's wording.")]:
        client = Client()
        client.force_login(user)
        edits[user.username] = (client, change_form_data(client.get(url)) | {"statement": statement})

    start = threading.Barrier(len(edits))
    status_codes: dict[str, int] = {}

    def save(name: str) -> None:
        client, data = edits[name]
        try:
            start.wait()
            status_codes[name] = client.post(url, data).status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=(name,)) for name in edits]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(status_codes.values()) == [200, 302]  # one saved, one shown the form again with the change
    winner = next(name for name, code in status_codes.items() if code == 302)
    stored = Claim.objects.get(pk=claim.pk)
    assert stored.statement == edits[winner][1]["statement"]
    assert stored.version == 2


ROUNDS = 5


def race(requests: dict[str, Callable[[], HttpResponse]]) -> dict[str, HttpResponse]:
    """Send the requests at the same moment, each on its own thread and database connection."""
    start = threading.Barrier(len(requests))
    responses: dict[str, HttpResponse] = {}

    def send(name: str) -> None:
        try:
            start.wait()
            responses[name] = requests[name]()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(name,)) for name in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return responses


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_creates_one_claim_when_two_clients_send_the_same_slug_at_once(reporter, editor):
    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent writers on real connections: the PostgreSQL run counts")
    clients = {"reporter": api(reporter), "editor": api(editor)}
    for n in range(ROUNDS):
        slug = f"twelve-thousand-{n}"
        responses = race(
            {
                name: partial(
                    client.post, reverse("api:claim-list"), {"statement": f"{name}'s wording, round {n}.", "slug": slug}
                )
                for name, client in clients.items()
            }
        )
        assert sorted(r.status_code for r in responses.values()) == [201, 400], n
        refused = next(r for r in responses.values() if r.status_code == 400)
        assert error_of(refused)["fields"] == {"slug": ["Claim with this Slug already exists."]}
        assert Claim.objects.filter(slug=slug).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_stores_one_source_when_two_clients_import_the_same_article_at_once(reporter, editor):
    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent writers on real connections: the PostgreSQL run counts")
    clients = {"reporter": api(reporter), "editor": api(editor)}
    for n in range(ROUNDS):
        text = f"Round {n}. Kirby said about 3,000 troops were being trained at three sites in eastern Russia."
        responses = race(
            {name: partial(client.post, reverse("api:import-list"), {"text": text}) for name, client in clients.items()}
        )
        assert sorted(r.status_code for r in responses.values()) == [200, 201], n  # created, and found
        slugs = {r.json()["source"]["slug"] for r in responses.values()}
        assert len(slugs) == 1
        assert Source.objects.with_text_hash(text).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_stores_one_source_when_two_clients_add_the_same_url_at_once(reporter, editor):
    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent writers on real connections: the PostgreSQL run counts")
    clients = {"reporter": api(reporter), "editor": api(editor)}
    for n in range(ROUNDS):
        url = f"https://example.org/report-{n}"
        responses = race(
            {
                name: partial(
                    client.post, reverse("api:source-list"), {"title": f"{name} {n}", "slug": f"{name}-{n}", "url": url}
                )
                for name, client in clients.items()
            }
        )
        assert sorted(r.status_code for r in responses.values()) == [201, 400], n
        refused = next(r for r in responses.values() if r.status_code == 400)
        assert error_of(refused)["fields"] == {"non_field_errors": ["A source with this URL already exists."]}
        assert Source.objects.filter(url=url).count() == 1
