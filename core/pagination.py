"""
Keyset pagination for HTML lists: "newer" and "older" pages that cost the same on page 1 and
page 50,000, because each page starts from the last row seen (an index walk), never from an
OFFSET or a COUNT(*) that grows with the archive.

The cursor is opaque to readers: base64 of the boundary row's sort value and id, and the
direction. A cursor that does not decode is a BadCursor, which views answer with a 400.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet


class BadCursor(ValueError):
    """The page cursor in the URL is not one we made."""


@dataclass(frozen=True)
class KeysetPage:
    items: list[Any]
    newer: str | None  # cursor of the previous (newer) page; None on the first page
    older: str | None  # cursor of the next (older) page; None on the last page

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def has_other_pages(self) -> bool:
        return bool(self.newer or self.older)


def keyset_page(queryset: QuerySet, *, key: str, cursor: str | None, size: int, pk: str = "pk") -> KeysetPage:
    """
    One page of ``queryset`` ordered by ``key`` (a datetime or number column, or an annotation),
    newest first, then by id (``pk``, or another id column such as "claim_id"), newest first.
    ``cursor`` is None for the first page. The rows are model instances, or dicts from
    ``.values()`` holding ``key`` and ``pk``. Two cheap queries at most for any page: the rows,
    and one probe for a newer page.
    """
    if cursor:
        value, boundary, direction = _decode(cursor)
        if direction == "older":
            rows = list(_older_than(queryset, key, pk, value, boundary)[: size + 1])
            has_more_older = len(rows) > size
            rows = rows[:size]
            has_newer = True
        else:
            rows = list(_newer_than(queryset, key, pk, value, boundary)[: size + 1])
            has_newer = len(rows) > size
            rows = list(reversed(rows[:size]))
            has_more_older = True
    else:
        rows = list(queryset.order_by(f"-{key}", f"-{pk}")[: size + 1])
        has_more_older = len(rows) > size
        rows = rows[:size]
        has_newer = False
    if not rows:
        return KeysetPage([], None, None)
    first, last = rows[0], rows[-1]
    return KeysetPage(
        rows,
        newer=_encode(_field(first, key), _field(first, pk), "newer") if has_newer else None,
        older=_encode(_field(last, key), _field(last, pk), "older") if has_more_older else None,
    )


def _field(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, dict) else getattr(row, name)


def _older_than(queryset: QuerySet, key: str, pk: str, value, boundary: int) -> QuerySet:
    before = Q(**{f"{key}__lt": value}) | Q(**{key: value, f"{pk}__lt": boundary})
    return queryset.filter(before).order_by(f"-{key}", f"-{pk}")


def _newer_than(queryset: QuerySet, key: str, pk: str, value, boundary: int) -> QuerySet:
    after = Q(**{f"{key}__gt": value}) | Q(**{key: value, f"{pk}__gt": boundary})
    return queryset.filter(after).order_by(key, pk)


def _encode(value, pk: int, direction: str) -> str:
    if isinstance(value, datetime.datetime):
        raw: Any = {"t": value.isoformat()}
    else:
        raw = {"n": value}
    raw |= {"pk": pk, "d": direction}
    return base64.urlsafe_b64encode(json.dumps(raw, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode(cursor: str) -> tuple[Any, int, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        raw = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        pk, direction = int(raw["pk"]), raw["d"]
        if not 0 <= pk < 2**63:  # beyond a bigint the database would refuse the comparison
            raise BadCursor("Not a page cursor.")
        value = datetime.datetime.fromisoformat(raw["t"]) if "t" in raw else raw["n"]
        if (
            direction not in ("older", "newer")
            or isinstance(value, bool)
            or not isinstance(value, (datetime.datetime, int, float))
        ):
            raise BadCursor("Not a page cursor.")
        if isinstance(value, datetime.datetime) and value.tzinfo is None:
            raise BadCursor("Not a page cursor.")
    except (ValueError, TypeError, KeyError, UnicodeError, binascii.Error, OverflowError) as exc:
        raise BadCursor("Not a page cursor.") from exc
    return value, pk, direction
