import gzip
import os
from contextlib import contextmanager
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from dumps.export import dump_write
from dumps.open_data import open_data_write


class Command(BaseCommand):
    help = (
        "Write a full, versioned dump of the database (every table, history, users with their password hashes, "
        "groups, permissions and API tokens) that import_dump restores into an empty database; or, with "
        "--open-data DIR, the open-data files: ClaimReview JSON-LD and CSV of published material only. "
        "A dump holds secrets and unpublished work: keep it as you keep the database. A name ending in .gz is "
        "compressed. The file is written beside its name, readable by its owner only, and renamed into place "
        "when complete."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", "-o", help="Where to write the dump: a file (FILE.gz compresses it) or - for standard output."
        )
        parser.add_argument("--open-data", type=Path, metavar="DIR", help="Write the open-data files into DIR.")

    def handle(self, *args, output: str | None, open_data: Path | None, **options):
        if output is None and open_data is None:
            output = "-"
        if output is not None:
            self.write_dump(output)
        if open_data is not None:
            try:
                summary = open_data_write(directory=open_data)
            except OSError as exc:
                raise CommandError(f"Cannot write the open-data files into {open_data}: {exc.strerror or exc}") from exc
            for name, rows in summary.rows.items():
                self.stderr.write(f"{open_data / name}: {rows:,} records")

    def write_dump(self, output: str) -> None:
        if output == "-":
            summary = dump_write(out=_Unterminated(self.stdout))
            self.stderr.write(f"Exported {summary.rows:,} rows of {summary.tables} tables in {summary.seconds:.1f} s.")
            return
        path = Path(output)
        try:
            with _private_file(path) as out:
                summary = dump_write(out=out)
        except OSError as exc:
            raise CommandError(f"Cannot write {path}: {exc.strerror or exc}") from exc
        self.stderr.write(
            f"Exported {summary.rows:,} rows of {summary.tables} tables to {path} "
            f"({_size(path.stat().st_size)}) in {summary.seconds:.1f} s."
        )


def _size(octets: int) -> str:
    return f"{octets / 1e6:,.1f} MB" if octets >= 1e6 else f"{octets / 1e3:,.1f} kB"


class _Unterminated:
    """The command's stdout, without the newline OutputWrapper adds to each write."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text: str) -> int:
        self.wrapper.write(text, ending="")
        return len(text)


@contextmanager
def _private_file(path: Path):
    """A text file for the dump, mode 0600, compressed for a .gz name, renamed onto ``path`` when complete."""
    partial = path.with_name(f".{path.name}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with open(descriptor, "wb") as raw:
            if path.suffix == ".gz":
                with gzip.open(raw, "wt", encoding="utf-8", newline="\n", compresslevel=6) as text:
                    yield text
            else:
                with open(raw.fileno(), "w", encoding="utf-8", newline="\n", closefd=False) as text:
                    yield text
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()
