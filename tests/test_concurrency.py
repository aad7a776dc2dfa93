"""Two editors saving the same claim at the same moment, on real connections: one wins, one is told."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from claims.models import Claim
from tests.admin_forms import change_form_data
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
