"""
A synthetic newsroom archive of any size, for benchmarks: ``manage.py synth_archive --claims N``.

Per 1,000,000 claims: 100,000 sources, 22,000 actors (a quarter of them organisations, nested up
to three levels; most people belong to one), about 300 topics, and about 1.6 appearances,
1.05 verifications, 1.7 topics and 0.05 relations per claim. 87% of claims are published.
The modules:

- ``vocabulary``: the fixed word lists and sentence forms (the same for every seed);
- ``archive``: what exists, in which proportions and when (the plans, from one seed);
- ``rows``: one function per table turning a plan into its columns;
- ``writer``: COPY on PostgreSQL, batched INSERTs elsewhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from claims.models import Status
from claims.roles import CHIEF_EDITOR, EDITOR, REPORTER
from claims.search import reindex_search
from seeds.synth.archive import ARCHIVE_MODELS, ArchiveGenerator, ArchiveSize, Newsroom
from seeds.synth.vocabulary import NEWSROOM, search_words
from seeds.synth.writer import ColumnMismatch, TableWriter, lock_tables

__all__ = ["ArchiveSize", "SynthError", "SynthReport", "search_words", "synthetic_archive_create"]

MAX_CLAIMS = 10_000_000
MAX_CLAIMS_WITHOUT_COPY = 50_000  # row-by-row INSERTs: fine for tests and demos, not for millions


class SynthError(Exception):
    pass


@dataclass(frozen=True)
class SynthReport:
    rows: dict[str, int]  # table -> rows written
    seconds: dict[str, float]  # phase -> seconds


def synthetic_archive_create(
    *, claims: int, seed: int = 1, using: str = DEFAULT_DB_ALIAS, progress: Callable[[int], None] | None = None
) -> SynthReport:
    """
    Write a synthetic archive of ``claims`` claims into an empty archive, in one transaction.

    Refuses (SynthError) a database that already holds archive rows, so the result is exactly
    the archive of ``claims`` and ``seed``. Creates the newsroom users it needs (synth-reporter-1,
    ...) if they are missing. History tables stay empty. On PostgreSQL the archive's tables are
    locked for the whole transaction, then vacuumed and analysed once it has committed (only analysed, at
    its end, inside a caller's transaction), so that index-only scans read no table page and the planner
    knows the tables' sizes.
    """
    if not 1 <= claims <= MAX_CLAIMS:
        raise SynthError(f"--claims must be between 1 and {MAX_CLAIMS:,}; got {claims:,}.")
    if seed < 0:
        raise SynthError(f"--seed must be 0 or more; got {seed}.")
    connection = connections[using]
    postgresql = connection.vendor == "postgresql"
    if not postgresql and claims > MAX_CLAIMS_WITHOUT_COPY:
        raise SynthError(
            f"On {connection.display_name} synth_archive writes at most {MAX_CLAIMS_WITHOUT_COPY:,} claims "
            "(it inserts rows in batches); use PostgreSQL, where it uses COPY, for larger archives."
        )
    tables = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in ARCHIVE_MODELS)
    # VACUUM cannot run in a transaction: inside the caller's (a test's), only ANALYZE, before the end.
    vacuum = postgresql and not connection.in_atomic_block
    started = time.perf_counter()
    with transaction.atomic(using=using):
        lock_tables(connection, ARCHIVE_MODELS)
        refuse_existing_archive(using)
        newsroom = newsroom_for_archive(using)
        try:
            with TableWriter(connection, ARCHIVE_MODELS) as writer:
                generator = ArchiveGenerator(
                    size=ArchiveSize.for_claims(claims),
                    seed=seed,
                    newsroom=newsroom,
                    write=writer.add,
                    progress=progress,
                )
                generator.generate()
        except ColumnMismatch as exc:
            raise SynthError(str(exc)) from exc
        written = time.perf_counter()
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), ARCHIVE_MODELS):
                cursor.execute(sql)
        reindex_search()  # what search reads: quotes, speakers, sources, plain figures
        indexed = time.perf_counter()
        if postgresql and not vacuum:
            with connection.cursor() as cursor:
                cursor.execute(f"ANALYZE {tables}")
    committed = time.perf_counter()
    if vacuum:
        # The search columns were written by an UPDATE after COPY FREEZE: each claim's first version is
        # dead and its page no longer all-visible, so until a VACUUM every index-only scan of claims
        # (matching an import's figures reads its candidates that way) visits the table too. Measured on
        # a million claims just after the build: 707 ms for a scan that takes 16 ms once vacuumed.
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM (ANALYZE) {tables}")
    done = time.perf_counter()
    seconds = {
        "generated and written": written - started - writer.rebuild_seconds,
        "indexes and constraints rebuilt": writer.rebuild_seconds,
        "search indexed": indexed - written,
        "committed" if vacuum else "analysed and committed": committed - indexed,
        **({"vacuumed and analysed": done - committed} if vacuum else {}),
        "total": done - started,
    }
    rows = {model._meta.db_table: writer.counts[model] for model in ARCHIVE_MODELS}
    return SynthReport(rows=rows, seconds=seconds)


def refuse_existing_archive(using: str) -> None:
    held = {
        m._meta.db_table: m._base_manager.using(using).count()
        for m in ARCHIVE_MODELS
        if m._base_manager.using(using).exists()
    }
    if held:
        listed = ", ".join(f"{n:,} rows in {table}" for table, n in held.items())
        raise SynthError(
            f"The database already holds an archive ({listed}). synth_archive only writes into an empty "
            "archive, so that what it holds is exactly the archive of --claims and --seed: use a new database "
            "(createdb, then manage.py migrate; flush would also remove the statuses and roles migrations create)."
        )


def newsroom_for_archive(using: str) -> Newsroom:
    """The synthetic newsroom's users (created if missing) and the active statuses' ids."""
    statuses = dict(Status.objects.using(using).active().values_list("slug", "pk"))
    if not statuses:
        raise SynthError("No active verdict statuses: run manage.py migrate, which creates the default vocabulary.")
    groups = {g.name: g for g in Group.objects.using(using).filter(name__in=[REPORTER, EDITOR, CHIEF_EDITOR])}
    if len(groups) < 3:
        raise SynthError("The newsroom's role groups are missing: run manage.py migrate (or sync_roles).")
    User = get_user_model()
    ids: dict[str, list[int]] = {REPORTER: [], EDITOR: [], CHIEF_EDITOR: []}
    for username, role, first_name, last_name in NEWSROOM:
        user, created = User.objects.using(using).get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@newsroom.example",
                "is_staff": True,
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user.groups.add(groups[role])
        ids[role].append(user.pk)
    return Newsroom(reporters=ids[REPORTER], editors=ids[EDITOR], chiefs=ids[CHIEF_EDITOR], statuses=statuses)
