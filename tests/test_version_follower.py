"""
The site version each process follows on Redis (core.freshness.followed_site_version): a held
ETag is answered 304 with no round trip to Redis, and a bump announced by another process ends it
as soon as the announcement arrives, not at the next periodic look.
"""

import threading
import time
import uuid

import pytest
from django.core.cache import caches
from django.test import override_settings

from core import freshness
from core.cache import RedisCache
from tests.test_production import reachable_redis
from tests.test_public_pages import published_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_settings(monkeypatch):
    url = reachable_redis()
    if url is None:
        pytest.skip("Redis does not answer at TEST_REDIS_URL (default redis://127.0.0.1:6379/4).")
    # Only a bump can tell the follower in time: its periodic look is further away than any wait here.
    monkeypatch.setattr(freshness, "RECHECK_SECONDS", 30.0)
    monkeypatch.setattr(freshness, "TRUSTED_FOR_SECONDS", 90.0)
    monkeypatch.setattr(freshness, "_followers", {})  # a follower of this test's cache, not an earlier one's
    # A prefix of its own: its keys and its channel are apart from any other test's, in parallel too
    # (never clear(), which empties the whole Redis database other tests are using).
    prefix = f"fc-follower-{uuid.uuid4().hex}"
    cache_settings = {"BACKEND": "core.cache.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix}
    with override_settings(CACHES={"default": cache_settings}):
        yield cache_settings
        caches["default"].delete(freshness.VERSION_KEY)


def followed_within(seconds: float, wanted) -> str | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (version := freshness.followed_site_version()) is not None and wanted(version):
            return version
        time.sleep(0.01)
    return freshness.followed_site_version()


def test_a_held_etag_is_answered_304_without_asking_redis(client, redis_settings, monkeypatch):
    published_claim(1)
    etag = client.get("/api/v1/claims/", HTTP_ACCEPT="application/json")["ETag"]
    assert followed_within(5, lambda version: True) == freshness.site_version()
    sent = []
    connection_class = caches["default"]._cache.get_client(write=True).connection_pool.connection_class
    for name in ("send_packed_command", "send_command"):
        real = getattr(connection_class, name)

        def send(self, *args, real=real, **kwargs):
            if threading.current_thread() is threading.main_thread():  # not the follower's own look
                sent.append(args)
            return real(self, *args, **kwargs)

        monkeypatch.setattr(connection_class, name, send)
    for _ in range(3):
        response = client.get("/api/v1/claims/", HTTP_ACCEPT="application/json", HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 304 and response["ETag"] == etag
    assert sent == []


def test_a_bump_announced_by_another_process_is_heard_at_once(redis_settings):
    freshness.site_version()  # the first version, announced as it is made
    before = followed_within(5, lambda version: True)
    assert before is not None
    # What another process's bump_site_version() does, through a cache client of its own.
    elsewhere = RedisCache(redis_settings["LOCATION"], {"KEY_PREFIX": redis_settings["KEY_PREFIX"]})
    elsewhere.set(freshness.VERSION_KEY, "70000000-abcdef", timeout=None)
    client = elsewhere._cache.get_client(write=True)
    client.publish(elsewhere.make_key(freshness.BUMPED_CHANNEL), "70000000-abcdef")
    assert followed_within(5, lambda version: version != before) == "70000000-abcdef"


def test_the_follower_is_not_believed_once_it_falls_silent(redis_settings, monkeypatch):
    freshness.site_version()
    assert followed_within(5, lambda version: True) is not None
    follower = freshness._followers[next(iter(freshness._followers))]
    version, _ = follower.state
    monkeypatch.setattr(follower, "state", (version, time.monotonic() - freshness.TRUSTED_FOR_SECONDS - 1))
    assert freshness.followed_site_version() is None  # the middleware then asks Redis
