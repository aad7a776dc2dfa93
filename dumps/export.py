"""
Writing the full dump: every row of every table (dumps.tables), one consistent snapshot, in
constant memory (each table is read through a server-side cursor where the database has them).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import django
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from dumps.format import FORMAT, FORMAT_VERSION, DumpWriter, TextSink
from dumps.tables import dumped_fields, dumped_models

# Rows fetched per round trip: what a table costs in memory whatever its size. Fewer for tables
# with long text (a source's snapshot may be megabytes), so no chunk holds thousands of them.
CHUNK_ROWS = 2000
CHUNK_ROWS_WITH_TEXT = 200


@dataclass(frozen=True)
class DumpSummary:
    tables: int
    rows: int
    bytes: int
    seconds: float


def applied_migrations(connection: BaseDatabaseWrapper) -> dict[str, list[str]]:
    """The schema's state: the migrations applied to this database, by app, sorted."""
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def dump_write(*, out: TextSink, using: str = DEFAULT_DB_ALIAS) -> DumpSummary:
    """
    Write the dump of database ``using`` to ``out`` (a text stream). Read in one transaction; on
    PostgreSQL a REPEATABLE READ, READ ONLY one, so rows saved meanwhile are all in or all out.
    """
    started = time.perf_counter()
    connection = connections[using]
    writer = DumpWriter(out)
    counts: dict[str, int] = {}
    fresh_transaction = not connection.in_atomic_block
    with transaction.atomic(using=using):
        if fresh_transaction and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        writer.line(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "exported_at": timezone.now().isoformat(),
                "database": connection.vendor,
                "django": django.get_version(),
                "migrations": applied_migrations(connection),
            }
        )
        for model in dumped_models():
            fields = dumped_fields(model)
            table = model._meta.db_table
            writer.line({"model": model._meta.label_lower, "table": table, "columns": [str(f.column) for f in fields]})
            rows = (
                model._base_manager.using(using)
                .order_by("pk")
                .values_list(*[f.attname for f in fields])
                .iterator(chunk_size=_chunk_rows(fields))
            )
            count = 0
            for row in rows:
                writer.line(row)
                count += 1
            counts[table] = count
    writer.end({"rows": sum(counts.values()), "tables": counts})
    return DumpSummary(
        tables=len(counts), rows=sum(counts.values()), bytes=writer.bytes_written, seconds=time.perf_counter() - started
    )


def _chunk_rows(fields: list[models.Field]) -> int:
    unbounded = (models.TextField, models.BinaryField, models.JSONField)
    return CHUNK_ROWS_WITH_TEXT if any(isinstance(f, unbounded) for f in fields) else CHUNK_ROWS
