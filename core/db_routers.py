"""
Reads on read replicas, writes on the primary, and every scope reads its own writes.

``settings.REPLICA_DATABASES`` names the aliases of hot standbys of ``default`` (from
``DATABASE_REPLICA_URLS``); with none, everything goes to ``default``. A read goes to a random
replica unless the current *read scope* reads from the primary, which it does once:

- it has written or locked rows: the rest of a request, or of a management command, reads what
  it wrote, not a replica that may not have replayed it yet;
- it was opened pinned: ReadYourOwnWritesMiddleware pins a write request and a client that wrote
  a moment ago;
- a transaction is open on the primary: reads inside ``transaction.atomic()`` must see its own
  writes and agree with its locks.

Writes, ``select_for_update()`` and migrations always go to the primary.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model

# Context variables, so each thread (and each asyncio task) has its own scope. Outside any
# read_scope(), e.g. in a management command, a write pins the rest of the process's thread.
_reads_on_primary: ContextVar[bool] = ContextVar("reads_on_primary", default=False)
_has_written: ContextVar[bool] = ContextVar("has_written", default=False)


@contextmanager
def read_scope(*, on_primary: bool = False) -> Iterator[None]:
    """
    A fresh scope for one unit of work (a request): its reads go to the replicas, or to the
    primary when ``on_primary``, until it writes. On leaving, what it did is forgotten, so a
    thread that serves many requests starts each one clean.
    """
    reads_token = _reads_on_primary.set(on_primary)
    written_token = _has_written.set(False)
    try:
        yield
    finally:
        _has_written.reset(written_token)
        _reads_on_primary.reset(reads_token)


def has_written() -> bool:
    """Whether the current scope has written to, or locked rows on, the primary."""
    return _has_written.get()


class PrimaryReplicaRouter:
    """The database router (settings.DATABASE_ROUTERS) that decides per query as described above."""

    def db_for_read(self, model: type[Model], **hints: Any) -> str:
        replicas = settings.REPLICA_DATABASES
        if not replicas or _reads_on_primary.get() or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return random.choice(replicas)

    def db_for_write(self, model: type[Model], **hints: Any) -> str:
        """
        Django asks this before every write and every ``select_for_update()``: from here on the
        scope reads from the primary.
        """
        _has_written.set(True)
        _reads_on_primary.set(True)
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1: Model, obj2: Model, **hints: Any) -> bool | None:
        """A row read from a replica is the primary's row: rows from either may refer to each other."""
        same_data = {DEFAULT_DB_ALIAS, *settings.REPLICA_DATABASES}
        return True if obj1._state.db in same_data and obj2._state.db in same_data else None

    def allow_migrate(self, db: str, app_label: str, model_name: str | None = None, **hints: Any) -> bool | None:
        """Replicas receive the primary's schema by replication; migrations never run on them."""
        return False if db in settings.REPLICA_DATABASES else None
