"""
The site version: one token in the shared cache that changes whenever anything the public can
see may have changed. Rendered public responses are cached under it, so a publish or a
correction is visible at once on every app server, and nothing has to be purged key by key.

Reading it is one cache get. Writes bump it twice: at once (so the writer's own next request
misses), and again when the transaction commits (so a response rendered by another request from
the not-yet-committed state cannot outlive the commit).
"""

from __future__ import annotations

import logging
import secrets

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "factcheck:site-version"

logger = logging.getLogger(__name__)


def site_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:  # a cold or flushed cache: start a new generation
        cache.add(VERSION_KEY, secrets.token_hex(8), timeout=None)
        version = cache.get(VERSION_KEY) or ""
    return version


def bump_site_version() -> None:
    """
    A new version. If the cache cannot be reached, the write it follows still succeeds: nothing
    can be served from an unreachable cache, and entries it held expire within minutes of its return.
    """
    try:
        cache.set(VERSION_KEY, secrets.token_hex(8), timeout=None)
    except Exception:  # any client error of any cache backend
        logger.warning("Site version not bumped: the cache cannot be reached.", exc_info=True)


def public_record_changed(**kwargs) -> None:
    """A signal receiver: something readers can see may have changed (see the docstring above)."""
    bump_site_version()
    transaction.on_commit(bump_site_version)
