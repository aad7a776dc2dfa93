"""
export / import_dump: a full dump restores into an empty database with zero differences, and
every bad input is refused with nothing written.

The dumps are written once per module: data is built in a savepoint, exported, read back row by
row, and rolled back, so each test starts from a freshly migrated database and a dump file.
"""

import gzip
import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import RequestFactory
from rest_framework.authtoken.models import Token

from claims.models import Claim, Status, Topic, Verification
from claims.search import matching
from dumps.tables import MIGRATION_FILLED_MODELS, dumped_models
from sources.models import Actor
from tests.factories import make_appearance, make_claim, make_published_verification, make_user
from trust.services import error_report_create

pytestmark = pytest.mark.django_db

Rows = dict[str, list[tuple]]


def rows_of_every_table() -> Rows:
    """Every row of every dumped table, in primary-key order, as the database holds it."""
    return {
        model._meta.db_table: list(
            model._base_manager.order_by("pk").values_list(*[f.attname for f in model._meta.concrete_fields])
        )
        for model in dumped_models()
    }


def exported(path: Path, build: Callable[[], None], django_db_blocker) -> Rows:
    """Build data, export it to ``path``, and roll it back; returns the rows it had."""
    with django_db_blocker.unblock(), transaction.atomic():
        build()
        call_command("export", "--output", str(path), stderr=StringIO())
        rows = rows_of_every_table()
        transaction.set_rollback(True)
    return rows


def a_newsroom_archive() -> None:
    """The seed and a small synthetic archive, imports, history, tokens, and an admin log entry."""
    call_command("synth_archive", "--claims", "120", "--seed", "3", stdout=StringIO())
    call_command("seed", "--demo-password", "restore-me-please", stdout=StringIO())
    call_command("import_source", "tests/ingest_corpus/06_sarveh_floods.txt", "--user", "editor", stdout=StringIO())
    editor = get_user_model().objects.get(username="editor")
    Token.objects.create(user=editor)
    editor.user_permissions.add(Permission.objects.get(codename="view_logentry"))
    claim = Claim.objects.order_by("pk").first()
    assert claim is not None
    LogEntry.objects.log_actions(editor.pk, [claim], CHANGE, change_message="Edited the statement.")
    status = Status.objects.get(slug="disputed")
    status.description = "Origins disagree on it."
    status.save()  # the vocabulary's history, and a status that differs from what migrate made
    error_report_create(claim=Claim.objects.published().order_by("pk").first(), message="The date is wrong.")


def one_published_claim() -> None:
    make_published_verification(make_appearance(make_claim(statement="Restored exactly.")).claim)


@pytest.fixture(scope="module")
def archive_dump(tmp_path_factory, django_db_setup, django_db_blocker) -> tuple[Path, Rows]:
    path = tmp_path_factory.mktemp("dumps") / "archive.json"
    return path, exported(path, a_newsroom_archive, django_db_blocker)


@pytest.fixture(scope="module")
def small_dump(tmp_path_factory, django_db_setup, django_db_blocker) -> Path:
    path = tmp_path_factory.mktemp("dumps") / "small.json"
    exported(path, one_published_claim, django_db_blocker)
    return path


def restore(path: Path | str) -> str:
    out = StringIO()
    call_command("import_dump", str(path), stdout=out)
    return out.getvalue()


def refusal(path: Path) -> str:
    """import_dump's refusal of ``path``, after checking it wrote nothing."""
    before = rows_of_every_table()
    with pytest.raises(CommandError) as refused:
        restore(path)
    assert rows_of_every_table() == before
    message = str(refused.value)
    assert message.startswith("Nothing was restored.")
    return message


def rewritten(source: Path, target: Path, change: Callable[[list[str]], list[str]], *, rehash: bool = False) -> Path:
    """A copy of a dump with its lines changed; with ``rehash`` its checksum is made to match again."""
    lines = change(source.read_text(encoding="utf-8").splitlines(keepends=True))
    if rehash:
        body = "".join(lines[:-1]).encode("utf-8")
        end = json.loads(lines[-1].rstrip("\n")[:-1])
        end["end"]["sha256"] = hashlib.sha256(body).hexdigest()
        lines[-1] = json.dumps(end, ensure_ascii=False, separators=(",", ":")) + "]\n"
    target.write_text("".join(lines), encoding="utf-8")
    return target


# -- the round trip ------------------------------------------------------------------------------


def test_it_restores_every_row_of_every_table(archive_dump):
    path, before = archive_dump
    restore(path)
    after = rows_of_every_table()
    assert after.keys() == before.keys()
    for table in before:
        assert after[table] == before[table], f"{table} differs after the round trip"


def test_it_restores_a_dump_that_holds_every_kind_of_row(archive_dump):
    _, before = archive_dump
    history = [t for t in before if "historical" in t]
    for table in [
        *history, "auth_user", "auth_user_groups", "auth_user_user_permissions", "auth_group_permissions",
        "authtoken_token", "django_admin_log", "django_content_type", "claims_claim", "claims_claim_topics",
        "claims_verification_evidence", "ingest_suggestion", "sources_citation",
    ]:  # fmt: skip
        assert before[table], f"the round trip checks nothing in {table}"
    assert len(history) >= 8


def test_it_writes_no_history_while_restoring(archive_dump):
    path, before = archive_dump
    restore(path)
    assert Actor.history.count() == len(before["sources_historicalactor"])
    assert Verification.history.count() == len(before["claims_historicalverification"])


def test_it_restores_password_hashes_so_logins_still_work(archive_dump, client):
    restore(archive_dump[0])
    # Through the sign-in as it runs (django-axes wants the request), with the restored hash.
    assert client.login(request=RequestFactory().post("/admin/login/"), username="editor", password="restore-me-please")


def test_it_leaves_search_working(archive_dump):
    restore(archive_dump[0])
    assert matching(Claim.objects.all(), "Kirby").exists()


def test_it_accepts_new_rows_after_the_restore(archive_dump):
    # Sequences as in a new database (building the dump above moved them past its ids).
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), dumped_models()):
            cursor.execute(sql)
    restore(archive_dump[0])
    highest = Claim.objects.order_by("-pk").values_list("pk", flat=True)[0]
    claim = make_claim()  # also a history row, a search refresh
    actor = Actor.objects.create(name="After the restore", slug="after-the-restore")
    topic = Topic.objects.create(name="After the restore", slug="after-the-restore")
    assert claim.pk > highest
    assert actor.history.count() == 1
    assert topic.pk > len(archive_dump[1]["claims_topic"])


def test_it_restores_a_gzipped_dump_and_one_read_from_standard_input(small_dump, tmp_path, monkeypatch):
    compressed = tmp_path / "small.json.gz"
    compressed.write_bytes(gzip.compress(small_dump.read_bytes()))
    restore(compressed)
    assert Claim.objects.filter(statement="Restored exactly.").exists()


def test_it_exports_to_standard_output_what_it_writes_to_a_file(small_dump, tmp_path):
    restore(small_dump)
    out = StringIO()
    call_command("export", "--output", "-", stdout=out, stderr=StringIO())
    written = tmp_path / "again.json"
    call_command("export", "--output", str(written), stderr=StringIO())
    assert _without_time(out.getvalue()) == _without_time(written.read_text(encoding="utf-8"))
    assert json.loads(out.getvalue())[0]["version"] == 1  # one JSON document


def test_it_writes_the_dump_for_its_owner_only(small_dump):
    assert small_dump.stat().st_mode & 0o077 == 0


def _without_time(dump: str) -> list[str]:
    lines = dump.splitlines()
    header = json.loads(lines[0][1:-1])
    header.pop("exported_at")
    return [json.dumps(header), *lines[1:-1]]  # the end line's checksum covers the time


# -- what a dump holds ---------------------------------------------------------------------------


def test_it_dumps_every_table_of_the_database_but_sessions():
    tables = set(connection.introspection.table_names()) - {"django_migrations", "django_session"}
    assert {m._meta.db_table for m in dumped_models()} == tables


def test_it_knows_every_table_migrate_fills():
    # A freshly migrated database may hold rows only in the tables dumps.tables names, which a
    # restore replaces; a data migration filling another table must be added there.
    filled = {m._meta.label_lower for m in dumped_models() if m._base_manager.exists()}
    assert filled == MIGRATION_FILLED_MODELS


def test_it_dumps_parents_before_the_rows_that_point_at_them():
    order = [m._meta.label_lower for m in dumped_models()]
    assert (
        order.index("contenttypes.contenttype") < order.index("auth.permission") < order.index("auth.group_permissions")
    )
    assert order.index("auth.user") < order.index("claims.verification")
    assert order.index("sources.source") < order.index("claims.appearance") < order.index("ingest.suggestion")


# -- refusals ------------------------------------------------------------------------------------


def test_it_refuses_a_database_that_holds_data(small_dump):
    make_user("already-here")
    message = refusal(small_dump)
    assert "The database is not empty (1 rows in auth_user)" in message
    assert "manage.py migrate" in message


def test_it_refuses_to_restore_twice(small_dump):
    restore(small_dump)
    assert "not empty" in refusal(small_dump)


def test_it_refuses_another_format_version(small_dump, tmp_path):
    def version_2(lines):
        return [lines[0].replace('"version":1,', '"version":2,', 1), *lines[1:]]

    message = refusal(rewritten(small_dump, tmp_path / "v2.json", version_2))
    assert "format version 2; this release reads version 1 only" in message


def test_it_refuses_another_migration_state(small_dump, tmp_path):
    def newer_schema(lines):
        return [
            lines[0].replace('"claims":["0001_initial",', '"claims":["0001_initial","0099_from_the_future",'),
            *lines[1:],
        ]

    message = refusal(rewritten(small_dump, tmp_path / "newer.json", newer_schema))
    assert "another migration state" in message
    assert "claims.0099_from_the_future" in message


def test_it_refuses_a_database_that_is_not_migrated_as_far(small_dump, tmp_path):
    def older_schema(lines):
        return [
            lines[0]
            .replace('"0009_verification_created_index",', "", 1)
            .replace(',"0009_verification_created_index"', "", 1),
            *lines[1:],
        ]

    message = refusal(rewritten(small_dump, tmp_path / "older.json", older_schema))
    assert "this database has applied claims.0009_verification_created_index" in message


@pytest.mark.parametrize("keep", [0.5, 0.999])
def test_it_refuses_a_truncated_file(small_dump, tmp_path, keep):
    data = small_dump.read_bytes()
    cut = tmp_path / "cut.json"
    cut.write_bytes(data[: int(len(data) * keep)])
    assert "truncated" in refusal(cut) or "not valid JSON" in refusal(cut)


def test_it_refuses_a_file_cut_at_a_line_end(small_dump, tmp_path):
    message = refusal(rewritten(small_dump, tmp_path / "cut.json", lambda lines: lines[:-3]))
    assert "without the end line: it is truncated" in message


def test_it_refuses_a_truncated_gzip(small_dump, tmp_path):
    data = gzip.compress(small_dump.read_bytes())
    cut = tmp_path / "cut.json.gz"
    cut.write_bytes(data[: len(data) // 2])
    assert "cannot be read" in refusal(cut)


def test_it_refuses_an_altered_file(small_dump, tmp_path):
    def altered(lines):
        return [line.replace("Restored exactly.", "Restored inexactly.") for line in lines]

    assert "checksum does not match" in refusal(rewritten(small_dump, tmp_path / "altered.json", altered))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "it is not a factcheck dump"),
        (b"\x00\x01binary\xff", "it is not a factcheck dump"),
        (b'{"model": "auth.user", "pk": 1}\n', "it is not a factcheck dump"),
        (b'[{"model": "auth.user", "pk": 1, "fields": {}}]\n', "no factcheck-dump header"),  # dumpdata's format
        (b'[{"format": "factcheck-dump", "version": 1,\n', "the header is not valid JSON"),
        (b'[{"format":"factcheck-dump","version":1,"migrations":"all"},\n', "no readable migration state"),
    ],
)
def test_it_refuses_a_file_that_is_not_a_dump(tmp_path, content, reason):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert reason in refusal(path)


def test_it_refuses_a_row_that_does_not_fit_its_columns(small_dump, tmp_path):
    def bad_date(lines):
        i = next(n for n, line in enumerate(lines) if line.startswith('{"model":"claims.claim",'))
        row = json.loads(lines[i + 1].rstrip(",\n"))
        columns = json.loads(lines[i].rstrip(",\n"))["columns"]
        row[columns.index("created_at")] = "the day before yesterday"
        return [*lines[: i + 1], json.dumps(row) + ",\n", *lines[i + 2 :]]

    message = refusal(rewritten(small_dump, tmp_path / "bad-date.json", bad_date, rehash=True))
    assert "a value of claims_claim is not valid" in message


def test_it_refuses_a_row_whose_foreign_key_points_nowhere(small_dump, tmp_path):
    def dangling(lines):
        i = next(n for n, line in enumerate(lines) if line.startswith('{"model":"claims.appearance",'))
        columns = json.loads(lines[i].rstrip(",\n"))["columns"]
        row = json.loads(lines[i + 1].rstrip(",\n"))
        row[columns.index("claim_id")] = 987654
        return [*lines[: i + 1], json.dumps(row) + ",\n", *lines[i + 2 :]]

    message = refusal(rewritten(small_dump, tmp_path / "dangling.json", dangling, rehash=True))
    assert "The database refused the restore" in message


def test_it_refuses_a_table_this_release_does_not_have(small_dump, tmp_path):
    def renamed(lines):
        return [line.replace('"table":"claims_topic"', '"table":"claims_subject"') for line in lines]

    message = refusal(rewritten(small_dump, tmp_path / "renamed.json", renamed, rehash=True))
    assert "names table 'claims_subject', which this release does not have" in message


def test_it_refuses_a_missing_file():
    assert "Cannot read /no/such/dump.json" in refusal(Path("/no/such/dump.json"))


def test_it_answers_bad_input_without_a_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"[not json at all\n")
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'never-touched.sqlite3'}", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "manage.py", "import_dump", str(bad)],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "Nothing was restored. The file is not a usable dump: it is not a factcheck dump" in done.stderr


def test_it_keeps_the_content_type_cache_in_step(small_dump):
    restore(small_dump)
    assert ContentType.objects.get_for_model(Claim).pk == ContentType.objects.get(app_label="claims", model="claim").pk


def test_it_rebuilds_search_for_a_dump_from_another_kind_of_database(small_dump, tmp_path):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"

    def from_elsewhere(lines):
        header = lines[0].replace(f'"database":"{connection.vendor}"', f'"database":"{other}"', 1)
        return [header, *lines[1:]]

    dump = rewritten(small_dump, tmp_path / "elsewhere.json", from_elsewhere, rehash=True)
    assert "search was reindexed" in restore(dump)
    assert matching(Claim.objects.all(), "restored").exists()


def test_it_names_a_place_it_cannot_write_to(tmp_path):
    with pytest.raises(CommandError, match=r"Cannot write .*/missing/dump\.json: No such file or directory"):
        call_command("export", "--output", str(tmp_path / "missing" / "dump.json"), stderr=StringIO())
    assert not list(tmp_path.iterdir())
