"""
Digests of what a computation read, for the versions and cache keys that must change when any of
its inputs does (a figure's ledger, the corroboration chains it traces).

The values are written by orjson, not repr(): a ledger of ten thousand estimates reads some thirty
thousand rows, and repr() of them took 55 ms of its 335 (orjson: a tenth of that). Equal values
give equal bytes in every process, which is what a cache key shared by workers needs.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any

import orjson


def _plain(value: Any) -> str:
    """What orjson does not write itself: a Decimal as written ("12000.0" stays apart from "12000")."""
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} has no place in a digest")


def encoded(value: Any) -> bytes:
    """The bytes of ``value`` (tuples, lists, numbers, strings, dates, Decimals, dataclasses) for a digest."""
    return orjson.dumps(value, default=_plain)


def digest_of(value: Any) -> hashlib._Hash:
    """A SHA-256 of ``value``; more may be added with ``.update(encoded(more))``."""
    return hashlib.sha256(encoded(value))
