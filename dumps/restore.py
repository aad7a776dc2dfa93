"""
Restoring a full dump into an empty, migrated database, exactly: the same rows with the same
primary keys in every table, history included, and nothing else.

Rows go in with plain INSERTs (COPY on PostgreSQL), never through Model.save(): no signal fires,
so django-simple-history writes no history row of its own, ``auto_now`` columns keep their
dumped times, and nothing derived is recomputed from a half-loaded database. Everything happens
in one transaction, checked before it commits: a refusal anywhere (a non-empty database, another
format version or schema, a damaged or truncated file, a row the database rejects) leaves the
database as it was.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, models, transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from claims.search import reindex_search
from core.freshness import bump_site_version
from dumps.export import applied_migrations
from dumps.format import FORMAT_VERSION, DumpFormatError, DumpReader
from dumps.tables import dumped_fields, dumped_models, is_migration_filled

INSERT_BATCH_ROWS = 1000  # rows per executemany() where there is no COPY

_TEXT_TYPES = {"CharField", "TextField", "SlugField", "EmailField", "URLField", "FilePathField", "FileField"}
_INTEGER_TYPES = {
    "AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField", "SmallIntegerField",
    "PositiveIntegerField", "PositiveBigIntegerField", "PositiveSmallIntegerField",
}  # fmt: skip


class DumpRefused(Exception):
    """The dump was not restored; the message says why. Nothing was written."""


@dataclass(frozen=True)
class RestoreSummary:
    tables: int
    rows: int
    seconds: float
    reindexed: bool


def dump_restore(*, stream: Iterable[bytes], using: str = DEFAULT_DB_ALIAS) -> RestoreSummary:
    """
    Restore the dump read from ``stream`` into database ``using``, which must be empty and
    migrated to the dump's migration state. Raises DumpRefused, with nothing written, otherwise.
    """
    started = time.perf_counter()
    connection = connections[using]
    reader = DumpReader(stream)
    try:
        header = reader.header()
        _check_header(header, connection)
        models_by_table = {model._meta.db_table: model for model in dumped_models()}
        with transaction.atomic(using=using):
            _lock(connection, models_by_table.values())
            _refuse_rows_already_there(models_by_table.values(), using)
            _delete_what_migrate_filled(connection, models_by_table.values())
            counts = _load(reader, connection, models_by_table)
            _check_foreign_keys(connection, list(models_by_table))
            _reset_sequences(connection, list(models_by_table.values()))
            # Search text and vectors are built differently by each database: rebuild them when
            # the dump came from another kind (on the same kind they are restored as they were).
            reindexed = header.get("database") != connection.vendor
            if reindexed:
                reindex_search()
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")  # the planner's statistics, for tables that were empty
            transaction.on_commit(bump_site_version, using=using)  # cached public pages are stale
    except DumpFormatError as exc:
        raise DumpRefused(f"The file is not a usable dump: {exc}") from exc
    except DatabaseError as exc:
        raise DumpRefused(f"The database refused the restore: {_first_line(exc)}") from exc
    ContentType.objects.clear_cache()  # its ids are the dump's now
    return RestoreSummary(
        tables=len(counts), rows=sum(counts.values()), seconds=time.perf_counter() - started, reindexed=reindexed
    )


def _check_header(header: dict[str, Any], connection: BaseDatabaseWrapper) -> None:
    version = header.get("version")
    if version != FORMAT_VERSION:
        raise DumpRefused(
            f"The dump is in format version {version!r}; this release reads version {FORMAT_VERSION} only. "
            "Restore it with the release that wrote it, then export again."
        )
    theirs = _migration_names(header.get("migrations"))
    ours = _migration_names(applied_migrations(connection))
    if theirs != ours:
        missing = sorted(theirs - ours)
        extra = sorted(ours - theirs)
        details = []
        if missing:
            details.append(f"the dump's schema has {_listed(missing)}, which this database has not applied")
        if extra:
            details.append(f"this database has applied {_listed(extra)}, which the dump's schema has not")
        raise DumpRefused(
            "The dump was written by a database at another migration state: "
            + "; ".join(details)
            + ". Restore into a database migrated by the release that wrote the dump (manage.py migrate)."
        )


def _migration_names(state: Any) -> set[str]:
    """``{"app": ["0001_initial", ...]}`` as a set of "app.0001_initial"; refused if it is not that shape."""
    if not isinstance(state, dict) or not all(
        isinstance(names, list) and all(isinstance(n, str) for n in names) for names in state.values()
    ):
        raise DumpRefused("The file is not a usable dump: its header has no readable migration state.")
    return {f"{app}.{name}" for app, names in state.items() for name in names}


def _listed(names: list[str], limit: int = 5) -> str:
    shown = ", ".join(names[:limit])
    return shown if len(names) <= limit else f"{shown} and {len(names) - limit} more"


def _lock(connection: BaseDatabaseWrapper, models_: Any) -> None:
    """On PostgreSQL nobody else writes to (or reads) the tables until the restore commits."""
    if connection.vendor == "postgresql":
        names = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in models_)
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE")


def _refuse_rows_already_there(models_: Any, using: str) -> None:
    held = [
        (model._meta.db_table, model._base_manager.using(using).count())
        for model in models_
        if not is_migration_filled(model) and model._base_manager.using(using).exists()
    ]
    if held:
        listed = _listed([f"{n:,} rows in {table}" for table, n in held])
        raise DumpRefused(
            f"The database is not empty ({listed}). import_dump restores into an empty database only: "
            "create a new database, run manage.py migrate, then import_dump."
        )


def _delete_what_migrate_filled(connection: BaseDatabaseWrapper, models_: Any) -> None:
    """The content types, permissions, groups and statuses migrate made give way to the dump's."""
    with connection.cursor() as cursor:
        for model in reversed(list(models_)):
            if is_migration_filled(model):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")


def _load(
    reader: DumpReader, connection: BaseDatabaseWrapper, models_by_table: dict[str, type[models.Model]]
) -> dict[str, int]:
    counts: dict[str, int] = {}
    table: _TableLoad | None = None
    try:
        for number, value in reader.values():
            if isinstance(value, list):
                if table is None:
                    raise DumpFormatError(f"line {number} is a row before any table.")
                table.add(number, value)
            elif isinstance(value, dict) and "end" in value:
                if table is not None:
                    counts[table.name] = table.finish()
                    table = None
                _check_end(value["end"], counts, models_by_table)
                return counts
            elif isinstance(value, dict) and "table" in value:
                if table is not None:
                    counts[table.name] = table.finish()
                table = None  # so that a refused table below is not finished again
                table = _TableLoad.start(connection, number, value, models_by_table, counts)
            else:
                raise DumpFormatError(f"line {number} is neither a table, a row nor the end line.")
    finally:
        if table is not None:
            table.abandon()
    raise DumpFormatError("the file has no end line.")  # reader.values() never stops before it


def _check_end(end: dict[str, Any], counts: dict[str, int], models_by_table: dict[str, type[models.Model]]) -> None:
    if end.get("tables") != counts or end.get("rows") != sum(counts.values()):
        raise DumpFormatError("the row counts of its end line do not match the rows it holds.")
    missing = sorted(set(models_by_table) - set(counts))
    if missing:
        raise DumpFormatError(
            f"it has no table {_listed(missing)}: it was written by another release of factcheck "
            "(same migrations, other models)."
        )


class _TableLoad:
    """The rows of one table on their way in: COPY on PostgreSQL, batched INSERTs elsewhere."""

    def __init__(self, connection: BaseDatabaseWrapper, model: type[models.Model], columns: list[str]) -> None:
        self.connection = connection
        self.name = model._meta.db_table
        fields_by_column = {f.column: f for f in dumped_fields(model)}
        self.columns = columns
        self.converters = [_converter(fields_by_column[c], connection) for c in columns]
        self.count = 0
        self.batch: list[list[Any]] = []
        quote = connection.ops.quote_name
        self.sql_columns = ", ".join(quote(c) for c in columns)
        self.sql_table = quote(self.name)
        self._copy_context: contextlib.AbstractContextManager[Any] | None = None
        self._copy: Any = None
        if connection.vendor == "postgresql":
            raw = connection.connection  # psycopg 3, inside our transaction
            assert raw is not None
            self._cursor = raw.cursor()
            self._copy_context = self._cursor.copy(f"COPY {self.sql_table} ({self.sql_columns}) FROM STDIN")
            self._copy = self._copy_context.__enter__()

    @classmethod
    def start(
        cls,
        connection: BaseDatabaseWrapper,
        number: int,
        value: dict[str, Any],
        models_by_table: dict[str, type[models.Model]],
        seen: dict[str, int],
    ) -> _TableLoad:
        name = value.get("table")
        model = models_by_table.get(name) if isinstance(name, str) else None
        if model is None:
            raise DumpFormatError(f"line {number} names table {name!r}, which this release does not have.")
        if name in seen:
            raise DumpFormatError(f"line {number} starts table {name} a second time.")
        columns = value.get("columns")
        ours = [str(f.column) for f in dumped_fields(model)]
        if not isinstance(columns, list) or sorted(map(str, columns)) != sorted(ours) or len(columns) != len(ours):
            raise DumpFormatError(
                f"line {number}: the columns of {name} ({columns}) are not this release's ({ours}): "
                "it was written by another release of factcheck."
            )
        return cls(connection, model, columns)

    def add(self, number: int, row: list[Any]) -> None:
        if len(row) != len(self.columns):
            raise DumpFormatError(
                f"line {number} has {len(row)} values for the {len(self.columns)} columns of {self.name}."
            )
        try:
            values = [convert(v) for convert, v in zip(self.converters, row, strict=True)]
        except (ValidationError, ValueError, TypeError) as exc:
            raise DumpFormatError(f"line {number}: a value of {self.name} is not valid ({_message(exc)}).") from exc
        self.count += 1
        if self._copy is not None:
            self._copy.write_row(values)
            return
        self.batch.append(values)
        if len(self.batch) >= INSERT_BATCH_ROWS:
            self._insert()

    def finish(self) -> int:
        if self._copy_context is not None:
            context, self._copy_context, self._copy = self._copy_context, None, None
            context.__exit__(None, None, None)  # COPY ends here; the database checks the rows
            self._cursor.close()
        else:
            self._insert()
        return self.count

    def abandon(self) -> None:
        """After a refusal: end a COPY still open, so the transaction can be rolled back."""
        if self._copy_context is not None:
            context, self._copy_context, self._copy = self._copy_context, None, None
            with contextlib.suppress(Exception):
                context.__exit__(DumpFormatError, DumpFormatError("abandoned"), None)
            with contextlib.suppress(Exception):
                self._cursor.close()

    def _insert(self) -> None:
        if not self.batch:
            return
        marks = ", ".join(["%s"] * len(self.columns))
        with self.connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {self.sql_table} ({self.sql_columns}) VALUES ({marks})", self.batch)
        self.batch = []


def _converter(field: models.Field, connection: BaseDatabaseWrapper) -> Callable[[Any], Any]:
    """From the JSON value of a column to what the database driver takes, checking its type."""
    base = field
    while isinstance(base, models.ForeignKey):  # a foreign key holds its target's value
        base = base.target_field
    kind = base.get_internal_type()
    if kind in _TEXT_TYPES:
        return _checked(str, "text")
    if kind in _INTEGER_TYPES:
        return _checked(int, "a whole number")
    if kind == "BooleanField":
        return _checked(bool, "true or false")

    def convert(value: Any) -> Any:
        if value is None:
            return None
        return field.get_db_prep_save(field.to_python(value), connection)

    return convert


def _checked(kind: type, name: str) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if value is None or (type(value) is kind):
            return value
        raise ValueError(f"{value!r} is not {name}")

    return convert


def _check_foreign_keys(connection: BaseDatabaseWrapper, tables: list[str]) -> None:
    """Every foreign key points at a row that exists: checked now, not at commit, so a refusal is ours."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    else:
        connection.check_constraints(table_names=tables)


def _reset_sequences(connection: BaseDatabaseWrapper, models_: list[type[models.Model]]) -> None:
    """The next row saved gets the id after the highest restored one, not one that collides."""
    statements = connection.ops.sequence_reset_sql(no_style(), models_)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)
    return str(exc)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
