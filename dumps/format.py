"""
The dump file, format version 1: one JSON document that can be read one line at a time.

    [{"format": "factcheck-dump", "version": 1, "migrations": {...}, ...},
    {"model": "sources.actor", "table": "sources_actor", "columns": ["id", "kind", ...]},
    [1, "person", ...],
    [2, "organisation", ...],
    {"model": "sources.source", ...},
    ...
    {"end": {"rows": 1234, "tables": {"sources_actor": 2, ...}, "sha256": "..."}}]

The whole file is a JSON array (``jq``, ``json.load`` read it), and each line is one complete
JSON value followed by ``,`` (the last by ``]``), so export writes and import_dump reads it in
constant memory: the header, then for each table its columns and its rows in primary-key order,
then the end line with the row counts and the SHA-256 of every byte before the end line (a
truncated, spliced or altered file is refused). Values are JSON as the column's field reads it
back: text, numbers, booleans and null as they are; datetimes, dates and times in ISO 8601 with
full precision, decimals as strings (never floats), bytes in base64, durations as Django writes
them. Optionally gzip-compressed (a name ending in ``.gz``); import_dump recognises either.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import gzip
import hashlib
import io
import json
import uuid
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from django.utils.duration import duration_string

FORMAT = "factcheck-dump"
FORMAT_VERSION = 1
GZIP_MAGIC = b"\x1f\x8b"


def readable_dump(raw: io.BufferedReader) -> Iterable[bytes]:
    """The bytes of a dump file, decompressed on the fly if it is gzipped (recognised by its first bytes)."""
    if raw.peek(2)[:2] == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return raw


def encode_value(value: Any) -> Any:
    """json.dumps' ``default``: the types a column gives back that JSON has no literal for."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, datetime.timedelta):
        return duration_string(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"Cannot write a {type(value).__name__} into a dump.")


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=encode_value)


class TextSink(Protocol):
    def write(self, text: str, /) -> object: ...


class DumpWriter:
    """Writes the lines of a dump to a text stream, hashing what it writes."""

    def __init__(self, out: TextSink) -> None:
        self.out = out
        self.sha256 = hashlib.sha256()
        self.started = False
        self.bytes_written = 0

    def line(self, value: Any) -> None:
        text = ("" if self.started else "[") + to_json(value) + ",\n"
        self.started = True
        self._write(text)

    def end(self, summary: dict[str, Any]) -> None:
        self._write(to_json({"end": {**summary, "sha256": self.sha256.hexdigest()}}) + "]\n")

    def _write(self, text: str) -> None:
        data = text.encode("utf-8")
        self.sha256.update(data)
        self.bytes_written += len(data)
        self.out.write(text)


class DumpFormatError(Exception):
    """The file is not a dump this release can read; the message says where and why."""


class DumpReader:
    """
    Reads a dump from a binary stream line by line: ``header()`` first, then ``values()`` yields
    (line number, value) up to and including the end line, whose hash it has checked; nothing
    may follow it.
    """

    def __init__(self, stream: Iterable[bytes]) -> None:
        self.lines = iter(stream)
        self.sha256 = hashlib.sha256()
        self.number = 0

    def header(self) -> dict[str, Any]:
        raw = self._next_line()
        if raw is None or not raw.startswith(b"["):
            raise DumpFormatError("it is not a factcheck dump (a dump starts with '[' and its header).")
        body = raw[1:].rstrip(b"\r\n")
        value = self._parse(body[:-1], "the header") if body.endswith(b",") else None
        if not isinstance(value, dict) or value.get("format") != FORMAT:
            raise DumpFormatError(
                "it is not a factcheck dump (its first line has no factcheck-dump header; "
                "the output of dumpdata is not one)."
            )
        self.sha256.update(raw)
        return value

    def values(self) -> Iterator[tuple[int, Any]]:
        while True:
            raw = self._next_line()
            if raw is None:
                raise DumpFormatError(
                    f"the file ends at line {self.number} without the end line: it is truncated "
                    "(an export that did not finish, or a partial copy)."
                )
            body = raw.rstrip(b"\r\n")
            if body.endswith(b"]"):
                end = self._parse(body[:-1], f"line {self.number}")
                if not (isinstance(end, dict) and isinstance(end.get("end"), dict)):
                    raise DumpFormatError(f"line {self.number} closes the dump but is not its end line.")
                if end["end"].get("sha256") != self.sha256.hexdigest():
                    raise DumpFormatError(
                        "the file's checksum does not match its contents: it was altered or damaged after export."
                    )
                self._refuse_trailing_data()
                yield self.number, end
                return
            if not body.endswith(b","):
                raise DumpFormatError(f"line {self.number} does not end with ',': the file is damaged or truncated.")
            self.sha256.update(raw)
            yield self.number, self._parse(body[:-1], f"line {self.number}")

    def _next_line(self) -> bytes | None:
        try:
            raw = next(self.lines, None)
        except (OSError, EOFError) as exc:  # a damaged or truncated gzip stream
            raise DumpFormatError(f"the file cannot be read after line {self.number}: {exc}") from exc
        if raw is not None:
            self.number += 1
        return raw

    def _parse(self, data: bytes, where: str) -> Any:
        try:
            return json.loads(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise DumpFormatError(f"{where} is not UTF-8 text ({exc.reason}).") from exc
        except json.JSONDecodeError as exc:
            raise DumpFormatError(f"{where} is not valid JSON ({exc.msg}, column {exc.colno}).") from exc

    def _refuse_trailing_data(self) -> None:
        while (raw := self._next_line()) is not None:
            if raw.strip():
                raise DumpFormatError(f"line {self.number} follows the end line: the file has been appended to.")
