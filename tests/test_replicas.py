"""
Reads on a real hot standby, and everything that must not be: run by `make test-replicas` (and
so .ci/run), which starts a primary and a standby of it (.ci/standby) and sets DATABASE_URL,
DATABASE_REPLICA_URLS and FACTCHECK_TEST_REPLICA_URL; skipped without them.

How the standby is hit: the test database is created on the primary, and physical replication
copies it to the standby under the same name. replica_1 mirrors "default" under test, which
gives it the test database's name while it keeps the standby's host and port. The tests commit
(transactional), since a standby never sees a transaction that is rolled back, and pause the
standby's replay to play a lagging replica.
"""

import os
import time
from contextlib import contextmanager

import dj_database_url
import pytest
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from claims.models import Claim
from core.db_routers import read_scope
from core.middleware import PRIMARY_READS_COOKIE
from tests.api_helpers import api
from tests.factories import make_claim, make_topic

STANDBY_URL = os.environ.get("FACTCHECK_TEST_REPLICA_URL", "")
REPLICA = "replica_1"
TRANCHE = {
    "slug": "first-tranche",
    "statement": "The first tranche numbers about 3,000 troops.",
    "quantity": {"value": "3000", "qualifier": "approximately", "unit": "troops"},
}
TRANCHE_URL = "/api/v1/claims/first-tranche/"

pytestmark = [
    pytest.mark.skipif(not STANDBY_URL, reason="needs a hot standby: FACTCHECK_TEST_REPLICA_URL, as .ci/run sets"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True, databases="__all__"),
]


@pytest.fixture(autouse=True)
def standby():
    """replica_1 is the standby named by FACTCHECK_TEST_REPLICA_URL, and it is one."""
    named = dj_database_url.parse(STANDBY_URL)
    configured = settings.DATABASES.get(REPLICA, {})
    assert settings.REPLICA_DATABASES == [REPLICA], "set DATABASE_REPLICA_URLS to the standby's URL alone"
    assert (configured["HOST"], configured["PORT"]) == (named["HOST"], named["PORT"])
    assert in_recovery(REPLICA) is True
    assert in_recovery(DEFAULT_DB_ALIAS) is False


def query(alias: str, sql: str, params=()):
    """One value, straight from the connection of ``alias``: no router involved."""
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def in_recovery(alias: str) -> bool:
    """True on a standby, false on the primary."""
    return query(alias, "SELECT pg_is_in_recovery()")


def wait_for_standby(seconds: float = 10.0) -> None:
    """Until the standby has replayed everything the primary has written so far."""
    target = query(DEFAULT_DB_ALIAS, "SELECT pg_current_wal_lsn()")
    deadline = time.monotonic() + seconds
    while not query(REPLICA, "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [target]):
        assert time.monotonic() < deadline, f"the standby did not catch up with the primary in {seconds} s"
        time.sleep(0.02)


@contextmanager
def replay_paused():
    """The standby stops replaying the primary's changes: a replica lagging behind, for as long as needed."""
    wait_for_standby()
    query(REPLICA, "SELECT pg_wal_replay_pause()")
    try:
        deadline = time.monotonic() + 10
        while query(REPLICA, "SELECT pg_get_wal_replay_pause_state()") != "paused":
            assert time.monotonic() < deadline, "the standby did not pause its replay in 10 s"
            time.sleep(0.02)
        yield
    finally:
        query(REPLICA, "SELECT pg_wal_replay_resume()")


@contextmanager
def queries_on_each():
    """The queries each database ran: {"primary": [...], "standby": [...]}."""
    with (
        CaptureQueriesContext(connections[DEFAULT_DB_ALIAS]) as primary,
        CaptureQueriesContext(connections[REPLICA]) as standby,
    ):
        yield {"primary": primary, "standby": standby}


# -- reads go to the standby --------------------------------------------------------------------


def test_it_sends_reads_to_the_hot_standby():
    with read_scope():
        alias = router.db_for_read(Claim)
    assert alias == REPLICA
    assert in_recovery(alias) is True


def test_it_shows_a_row_written_on_the_primary_once_the_standby_caught_up():
    claim = make_claim(statement="Written on the primary.")
    wait_for_standby()
    with read_scope():
        read = Claim.objects.get(pk=claim.pk)
    assert read._state.db == REPLICA
    assert read.statement == "Written on the primary."


def test_it_serves_an_anonymous_page_from_the_standby_alone():
    make_claim()
    wait_for_standby()
    with queries_on_each() as ran:
        response = Client().get("/claims/")
    assert response.status_code == 200
    assert len(ran["standby"]) > 0
    assert len(ran["primary"]) == 0


def test_it_shows_other_clients_the_lagging_standby_until_it_catches_up(reporter, other_reporter):
    writer, other = api(reporter), api(other_reporter)
    with replay_paused():
        assert writer.post("/api/v1/claims/", TRANCHE, format="json").status_code == 201
        assert other.get(TRANCHE_URL).status_code == 404  # not replayed yet, and other reads the standby
    wait_for_standby()
    assert other.get(TRANCHE_URL).json()["statement"] == TRANCHE["statement"]


# -- read your own writes -----------------------------------------------------------------------


def test_it_reads_from_the_primary_for_the_rest_of_a_scope_that_wrote():
    # A management command, or a request: once it has written, it reads what it wrote.
    with replay_paused(), read_scope():
        claim = make_claim(statement="Written, then read back at once.")
        alias = router.db_for_read(Claim)
        read = Claim.objects.get(pk=claim.pk)
    assert alias == DEFAULT_DB_ALIAS
    assert in_recovery(alias) is False
    assert read._state.db == DEFAULT_DB_ALIAS
    assert read.statement == "Written, then read back at once."


def test_it_reads_a_new_claim_back_from_the_primary_in_the_request_that_wrote_it(reporter):
    writer = api(reporter)
    with replay_paused(), queries_on_each() as ran:
        response = writer.post("/api/v1/claims/", TRANCHE, format="json")
    assert response.status_code == 201  # the representation is read again after the write's transaction
    assert response.json()["statement"] == TRANCHE["statement"]
    assert len(ran["standby"]) == 0


def test_it_reads_from_the_primary_on_the_next_request_of_a_browser_that_wrote(reporter):
    browser = Client()
    browser.force_login(reporter)
    with replay_paused():
        created = browser.post("/api/v1/claims/", TRANCHE, content_type="application/json")
        assert created.status_code == 201
        assert created.cookies[PRIMARY_READS_COOKIE]["max-age"] == settings.REPLICA_PIN_SECONDS
        with queries_on_each() as ran:
            again = browser.get(TRANCHE_URL)
    assert again.status_code == 200
    assert again.json()["statement"] == TRANCHE["statement"]
    assert len(ran["standby"]) == 0
    assert len(ran["primary"]) > 0


def test_it_reads_from_the_primary_on_the_next_request_of_an_api_client_that_wrote(reporter):
    tool = api(reporter)
    with replay_paused():
        assert tool.post("/api/v1/claims/", TRANCHE, format="json").status_code == 201
        tool.cookies.clear()  # a script that keeps no cookies: its token marks it
        with queries_on_each() as ran:
            again = tool.get(TRANCHE_URL)
    assert again.status_code == 200
    assert again.json()["statement"] == TRANCHE["statement"]
    assert len(ran["standby"]) == 0


def test_it_reads_from_the_standby_for_a_browser_that_has_not_written_lately(reporter):
    make_claim(slug="first-tranche")
    browser = Client()
    browser.force_login(reporter)
    wait_for_standby()
    with queries_on_each() as ran:
        response = browser.get(TRANCHE_URL)
    assert response.status_code == 200
    assert PRIMARY_READS_COOKIE not in response.cookies
    assert len(ran["standby"]) > 0
    assert len(ran["primary"]) == 0


# -- locks, transactions, relations, migrations -------------------------------------------------


def test_it_takes_row_locks_on_the_primary():
    claim = make_claim()
    with read_scope():
        assert router.db_for_read(Claim) == REPLICA
        locking = Claim.objects.select_for_update().filter(pk=claim.pk)
        assert locking.db == DEFAULT_DB_ALIAS
        with transaction.atomic():
            locked = locking.get()  # a standby would refuse: it cannot lock rows
    assert locked._state.db == DEFAULT_DB_ALIAS


def test_it_reads_inside_a_transaction_from_the_primary():
    with replay_paused():
        claim = make_claim(statement="Committed on the primary, not replayed yet.")
        with read_scope():
            outside = Claim.objects.filter(pk=claim.pk).exists()
            with transaction.atomic():
                inside = Claim.objects.get(pk=claim.pk)
    assert outside is False  # the lagging standby
    assert inside._state.db == DEFAULT_DB_ALIAS
    assert inside.statement == "Committed on the primary, not replayed yet."


def test_it_relates_a_row_read_from_the_standby_to_a_row_on_the_primary():
    claim = make_claim()
    topic = make_topic()
    wait_for_standby()
    with read_scope():
        from_standby = Claim.objects.get(pk=claim.pk)
    assert from_standby._state.db == REPLICA
    from_standby.topics.add(topic)
    assert list(Claim.objects.get(pk=claim.pk).topics.all()) == [topic]


def test_it_migrates_the_primary_only():
    assert router.allow_migrate(DEFAULT_DB_ALIAS, "claims") is True
    assert router.allow_migrate(REPLICA, "claims") is False
