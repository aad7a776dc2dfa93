"""
The site version: one token in the shared cache that changes whenever something the public can
see has changed. Rendered public responses are cached under it, so a publish or a correction is
visible at once on every app server, and nothing has to be purged key by key.

The token starts with the time of that change, which is the public Last-Modified of every page
(``site_last_modified()``): reading both is one cache get, so a conditional request is answered
before any query. Only changes to published material move it (the apps decide which saves those
are, see claims/apps.py): a saved draft must not hint at unpublished work. After a cache flush the
version starts again with the time of the flush, which only makes clients fetch pages once more.

Writes bump it twice: at once (so the writer's own next request misses), and again when the
transaction commits (so a response rendered by another request from the not-yet-committed state
cannot outlive the commit).
"""

from __future__ import annotations

import datetime
import logging
import secrets
import time
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import transaction
from django.db.models import Model

from core.cache import get_and_count_in_window

VERSION_KEY = "factcheck:site-version:timed"  # a new name: versions under the old one held no time

logger = logging.getLogger(__name__)


def _new_version() -> str:
    """The time of the change in whole seconds (what HTTP dates hold), in hex, and a random part."""
    return f"{int(time.time()):x}-{secrets.token_hex(6)}"


def site_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:  # a cold or flushed cache: start a new generation
        cache.add(VERSION_KEY, _new_version(), timeout=None)
        version = cache.get(VERSION_KEY) or ""
    return version


def site_version_and_count(key: str, seconds: int) -> tuple[str, int, int]:
    """
    site_version() and core.cache.count_in_window(key, seconds) in one round trip to the cache:
    an anonymous API read answered from the response cache needs both (its throttle counts it).
    """
    version, count, left = get_and_count_in_window(cache, VERSION_KEY, key, seconds)
    return version if version is not None else site_version(), count, left


def last_modified_of(version: str) -> datetime.datetime | None:
    """When the public record last changed, read from a site version (None for a malformed one)."""
    stamp, dash, _ = version.partition("-")
    try:
        return datetime.datetime.fromtimestamp(int(stamp, 16), tz=datetime.UTC) if dash else None
    except (ValueError, OverflowError, OSError):
        return None


def site_last_modified() -> datetime.datetime | None:
    """
    The public Last-Modified: when published material last changed (one cache get, no query).
    None when the cache cannot be reached: the page is then served without one, never refused.
    """
    try:
        version = site_version()
    except Exception:  # any client error of any cache backend
        return None
    return last_modified_of(version)


def bump_site_version() -> None:
    """
    A new version. If the cache cannot be reached, the write it follows still succeeds: nothing
    can be served from an unreachable cache, and entries it held expire within minutes of its return.
    """
    try:
        cache.set(VERSION_KEY, _new_version(), timeout=None)
    except Exception:  # any client error of any cache backend
        logger.warning("Site version not bumped: the cache cannot be reached.", exc_info=True)


def public_record_changed() -> None:
    """Something readers can see has changed (see the docstring above)."""
    bump_site_version()
    transaction.on_commit(bump_site_version)


def follow_public_changes(
    models: Iterable[type[Model]],
    *,
    m2m_through: Iterable[type[Model]] = (),
    is_public: Callable[[Model], bool] = lambda instance: True,
) -> None:
    """
    Call ``public_record_changed()`` whenever one of these models is saved or deleted, or one of
    these many-to-many tables is relinked, and ``is_public(instance)`` says readers can see it.
    Fixture loading (``raw``) is left alone. Each app calls this once from its ``ready()``.
    """
    from django.db.models.signals import m2m_changed, post_delete, post_save

    def saved_or_deleted(sender, instance, raw=False, **kwargs):
        if not raw and is_public(instance):
            public_record_changed()

    def relinked(sender, instance, action, **kwargs):
        if action.startswith("post_") and is_public(instance):
            public_record_changed()

    for model in models:
        uid = model._meta.label
        post_save.connect(saved_or_deleted, sender=model, weak=False, dispatch_uid=f"freshness.save.{uid}")
        post_delete.connect(saved_or_deleted, sender=model, weak=False, dispatch_uid=f"freshness.del.{uid}")
    for through in m2m_through:
        uid = through._meta.label
        m2m_changed.connect(relinked, sender=through, weak=False, dispatch_uid=f"freshness.m2m.{uid}")
