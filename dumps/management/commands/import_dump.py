import io
import sys
from pathlib import Path
from typing import cast

from django.core.management.base import BaseCommand, CommandError

from dumps.format import readable_dump
from dumps.restore import DumpRefused, dump_restore


class Command(BaseCommand):
    help = (
        "Restore a dump written by `export` into an empty database migrated to the dump's migration state "
        "(createdb, manage.py migrate, then this): every row with its primary key, history included, "
        "in one transaction. Refuses, writing nothing, a database that holds data, a dump of another format "
        "version or migration state, and a damaged or truncated file. FILE may be gzip-compressed; - reads "
        "standard input."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The dump file, or - for standard input.")

    def handle(self, *args, file: str, **options):
        try:
            if file == "-":
                summary = dump_restore(stream=readable_dump(cast(io.BufferedReader, sys.stdin.buffer)))
            else:
                with open(file, "rb") as raw:
                    summary = dump_restore(stream=readable_dump(raw))
        except DumpRefused as exc:
            raise CommandError(f"Nothing was restored. {exc}") from exc
        except OSError as exc:
            raise CommandError(f"Nothing was restored. Cannot read {file}: {exc.strerror or exc}") from exc
        done = f"Restored {summary.rows:,} rows of {summary.tables} tables from {Path(file).name}"
        done += f" in {summary.seconds:.1f} s"
        if summary.reindexed:
            done += " (the dump came from another kind of database: search was reindexed)"
        self.stdout.write(self.style.SUCCESS(done + "."))
