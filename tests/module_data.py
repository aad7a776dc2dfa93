"""Data built once for a whole test module, for the few modules where building it per test costs too much."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction
from pytest_django import DjangoDbBlocker


@contextmanager
def module_transaction(django_db_blocker: DjangoDbBlocker) -> Iterator[None]:
    """
    A transaction around a whole module's tests, rolled back after the last of them, for data that
    is expensive to build and that every test of the module reads: build it inside the `with`
    (under `django_db_blocker.unblock()`), then yield. Each test's own transaction becomes a
    savepoint inside this one, so a test undoes its own changes and sees the module's data as it was
    built; the rollback at the end leaves the database empty for the next module on this worker.
    Only for modules whose tests are not transactional (those commit, which a savepoint cannot hold).
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
