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

On Redis each process also follows the version without asking for it (``followed_site_version``):
a bump is announced on a Redis channel, and a thread in each process that heard it reads the new
version at once. A conditional request whose ETag is still current is then answered 304 with no
round trip at all (core.middleware), which on a busy two-core machine cost more than the whole of
a bare WSGI app's answer.
"""

from __future__ import annotations

import datetime
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from time import monotonic, sleep
from typing import Any

from django.core.cache import cache, caches
from django.db import transaction
from django.db.models import Model

from core.cache import RedisCache

VERSION_KEY = "factcheck:site-version:timed"  # a new name: versions under the old one held no time
BUMPED_CHANNEL = "factcheck:site-version:bumped"  # with the cache's KEY_PREFIX, as keys have
# The follower reads the version again at least this often, whether or not it heard a bump: that
# catches a bump it could not hear (a flushed cache, a dropped connection) within a second.
RECHECK_SECONDS = 1.0
TRUSTED_FOR_SECONDS = 3 * RECHECK_SECONDS  # a follower silent for longer is not believed

logger = logging.getLogger(__name__)


def _new_version() -> str:
    """The time of the change in whole seconds (what HTTP dates hold), in hex, and a random part."""
    return f"{int(time.time()):x}-{secrets.token_hex(6)}"


def site_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:  # a cold or flushed cache: start a new generation
        version = _new_version()
        if cache.add(VERSION_KEY, version, timeout=None):
            _announce(version)
        else:  # another process started it first
            version = cache.get(VERSION_KEY) or ""
    return version


def followed_site_version() -> str | None:
    """
    The site version as this process last read it, without asking the cache: on Redis, where a
    thread per process (``_VersionFollower``) reads it again whenever a bump is announced, and at
    least every RECHECK_SECONDS. None when it cannot say: another cache, the follower just started,
    or not heard from for TRUSTED_FOR_SECONDS (Redis down). The caller then asks site_version().
    """
    follower = _follower()
    if follower is None:
        return None
    version, heard_at = follower.state
    return version if monotonic() - heard_at < TRUSTED_FOR_SECONDS else None


class _VersionFollower(threading.Thread):
    """Subscribes to BUMPED_CHANNEL, then reads the version after each message or RECHECK_SECONDS."""

    def __init__(self) -> None:
        super().__init__(name="site-version-follower", daemon=True)
        self.state: tuple[str | None, float] = (None, -TRUSTED_FOR_SECONDS)  # one tuple: set at once

    def run(self) -> None:
        while True:
            try:
                backend = caches["default"]  # this thread's own backend and connections
                pubsub = redis_client().pubsub(ignore_subscribe_messages=True)
                pubsub.subscribe(_bumped_channel())
                while True:
                    # Read after subscribing, so that no bump falls between the read and the listening.
                    self.state = (backend.get(VERSION_KEY), monotonic())
                    pubsub.get_message(timeout=RECHECK_SECONDS)  # a bump, or the time to look again
            except Exception:  # any client error: fall back to asking, and try again shortly
                logger.warning("Site version follower: the cache cannot be reached.", exc_info=True)
                sleep(RECHECK_SECONDS)


_followers: dict[int, _VersionFollower | None] = {}  # by process id: a forked worker starts its own
_followers_lock = threading.Lock()


def _follower() -> _VersionFollower | None:
    pid = os.getpid()
    if pid not in _followers:
        with _followers_lock:
            if pid not in _followers:
                follower = _VersionFollower() if isinstance(caches["default"], RedisCache) else None
                if follower is not None:
                    follower.start()
                _followers[pid] = follower
    return _followers[pid]


def _announce(version: str | None) -> None:
    """On Redis: this process's follower knows a new version at once, and the others hear of it."""
    if isinstance(caches["default"], RedisCache) and version is not None:
        if (follower := _followers.get(os.getpid())) is not None:
            follower.state = (version, monotonic())
        redis_client().publish(_bumped_channel(), version)


def _bumped_channel() -> str:
    return caches["default"].make_key(BUMPED_CHANNEL)


def redis_client():
    """The default cache's Redis client (core.cache.RedisCache), for what Django's cache API lacks."""
    backend: Any = caches["default"]
    return backend._cache.get_client(write=True)


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
        version = _new_version()
        cache.set(VERSION_KEY, version, timeout=None)
        _announce(version)
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
