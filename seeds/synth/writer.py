"""
Writing millions of rows fast: COPY on PostgreSQL, batched INSERTs elsewhere.

Rows arrive as dicts keyed by column name, for any of the archive's tables in any order; the
writer buffers them per table and sends a batch when it is full. Column lists come from the
models, so a column added to a model without a value in seeds/synth/rows.py is named in an error
instead of silently left to a default.

On PostgreSQL a background thread sends each batch with COPY while the generator makes the
next (the connection is the caller's, in its transaction; the generator itself never touches the
database). The secondary indexes, unique constraints and foreign keys of the tables (and those
of other tables pointing at them) are dropped for the load and re-created from their catalogue
definitions at the end, inside the same transaction: building an index once is several times
faster than updating it per row, and re-adding a constraint checks every row against it, so
nothing invalid can be committed. The tables, which the caller has locked and found empty, are
truncated first so that COPY FREEZE can write rows already frozen and visible to all: the first
reads do not rewrite every page to set hint bits. (Claims' search columns are written afterwards by
an UPDATE, which synth_archive follows with a VACUUM once committed.)
"""

from __future__ import annotations

import queue
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable

from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper

BATCH_ROWS = 20_000
BATCHES_AHEAD = 4  # batches waiting for the sender thread before the generator waits for it


class ColumnMismatch(Exception):
    pass


def lock_tables(connection: BaseDatabaseWrapper, tables: Iterable[type[models.Model]]) -> None:
    """On PostgreSQL, keep everyone else off the tables until the transaction ends (no-op elsewhere)."""
    if connection.vendor == "postgresql":
        names = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in tables)
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE")


class TableWriter:
    """Use as a context manager inside a transaction: ``add()`` rows, and leaving writes the rest."""

    def __init__(self, connection: BaseDatabaseWrapper, tables: Iterable[type[models.Model]]) -> None:
        self.connection = connection
        self.tables = list(tables)
        # Concrete fields always have a column (only relations without one have None).
        self.columns: dict[type[models.Model], list[str]] = {
            model: [f.column for f in model._meta.concrete_fields if f.column is not None] for model in self.tables
        }
        self.buffers: dict[type[models.Model], list[tuple]] = defaultdict(list)
        self.counts: Counter[type[models.Model]] = Counter()
        self._checked: set[type[models.Model]] = set()
        self._restore: list[str] = []
        self.postgresql = connection.vendor == "postgresql"
        self._batches: queue.Queue = queue.Queue(maxsize=BATCHES_AHEAD)
        self._sender: threading.Thread | None = None
        self._failure: BaseException | None = None
        self.rebuild_seconds = 0.0

    # -- the load --------------------------------------------------------------------------------

    def __enter__(self) -> TableWriter:
        if self.postgresql:
            self._drop_indexes_and_constraints()
            self._sender = threading.Thread(target=self._copy_batches, name="synth-copy", daemon=True)
            self._sender.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.flush()
        self._stop_sender()  # before anyone else uses the connection, even to roll back
        if exc_type is not None:
            return  # the surrounding transaction rolls the DDL back with the rows
        if self._failure is not None:
            raise self._failure
        started = time.perf_counter()
        with self.connection.cursor() as cursor:
            for statement in self._restore:
                cursor.execute(statement)
        self.rebuild_seconds = time.perf_counter() - started

    def add(self, model: type[models.Model], row: dict) -> None:
        columns = self.columns[model]
        if model not in self._checked:
            self._check_columns(model, row)
        buffer = self.buffers[model]
        buffer.append(tuple([row[c] for c in columns]))
        if len(buffer) >= BATCH_ROWS:
            self._send(model)

    def flush(self) -> None:
        for model in self.tables:
            self._send(model)

    def _check_columns(self, model: type[models.Model], row: dict) -> None:
        missing = [c for c in self.columns[model] if c not in row]
        extra = [c for c in row if c not in self.columns[model]]
        if missing or extra:
            parts = [
                f"no value for {', '.join(missing)}" if missing else "",
                f"unknown {', '.join(extra)}" if extra else "",
            ]
            raise ColumnMismatch(
                f"{model._meta.db_table}: {'; '.join(p for p in parts if p)}. "
                "Give every column of the model a value in seeds/synth/rows.py."
            )
        self._checked.add(model)

    def _send(self, model: type[models.Model]) -> None:
        rows = self.buffers.pop(model, None)
        if not rows:
            return
        table = self.connection.ops.quote_name(model._meta.db_table)
        names = ", ".join(self.connection.ops.quote_name(c) for c in self.columns[model])
        if self.postgresql:
            if self._failure is not None:
                raise self._failure
            self._batches.put((f"COPY {table} ({names}) FROM STDIN WITH (FREEZE)", rows))
        else:
            fields = model._meta.concrete_fields
            prepared = [
                [field.get_db_prep_save(value, self.connection) for field, value in zip(fields, row, strict=True)]
                for row in rows
            ]
            marks = ", ".join(["%s"] * len(fields))
            with self.connection.cursor() as cursor:
                cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", prepared)
        self.counts[model] += len(rows)

    # -- PostgreSQL: COPY from a thread ----------------------------------------------------------------

    def _copy_batches(self) -> None:
        raw = self.connection.connection  # the psycopg connection, inside the caller's transaction
        while (batch := self._batches.get()) is not None:
            if self._failure is not None:
                continue  # drain, so the generator never waits on a dead sender
            sql, rows = batch
            try:
                with raw.cursor() as cursor, cursor.copy(sql) as copy:
                    for row in rows:
                        copy.write_row(row)
            except BaseException as exc:
                self._failure = exc

    def _stop_sender(self) -> None:
        if self._sender is not None:
            self._batches.put(None)
            self._sender.join()
            self._sender = None

    # -- PostgreSQL: indexes built once, constraints checked once -----------------------------------

    def _drop_indexes_and_constraints(self) -> None:
        tables = [m._meta.db_table for m in self.tables]
        with self.connection.cursor() as cursor:
            # Sorts for the index builds at the end; the session default (64 MB) spills to disk.
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            cursor.execute(
                """
                SELECT c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid)
                FROM pg_constraint c
                WHERE (c.contype = 'f' AND (c.conrelid = ANY(%s::regclass[]) OR c.confrelid = ANY(%s::regclass[])))
                   OR (c.contype = 'u' AND c.conrelid = ANY(%s::regclass[]))
                ORDER BY c.contype, c.conrelid::regclass::text, c.conname
                """,
                [tables, tables, tables],
            )
            constraints = cursor.fetchall()
            cursor.execute(
                """
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                FROM pg_index i
                WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisprimary
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                ORDER BY 1
                """,
                [tables],
            )
            indexes = cursor.fetchall()
            quote = self.connection.ops.quote_name
            for table, name, _kind, _definition in constraints:  # foreign keys first: 'f' sorts before 'u'
                cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {quote(name)}")
            for name, _definition in indexes:
                cursor.execute(f"DROP INDEX {name}")
            cursor.execute(f"TRUNCATE {', '.join(quote(t) for t in tables)}")
        self._restore = [definition for _name, definition in indexes]
        unique = [(t, n, d) for t, n, k, d in constraints if k == "u"]
        foreign = [(t, n, d) for t, n, k, d in constraints if k == "f"]
        self._restore += [f"ALTER TABLE {t} ADD CONSTRAINT {quote(n)} {d}" for t, n, d in unique + foreign]
