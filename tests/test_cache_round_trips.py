"""
core.cache on a real Redis: a client counted in a window with one command (what each anonymous API
read costs besides its answer), as the fallback does in two calls on other caches.
"""

import pytest
from django.core.cache.backends.locmem import LocMemCache

from core.cache import RedisCache, count_in_window
from tests.test_production import reachable_redis


@pytest.fixture
def redis_cache():
    url = reachable_redis()
    if url is None:
        pytest.skip("Redis does not answer at TEST_REDIS_URL (default redis://127.0.0.1:6379/4).")
    cache = RedisCache(url, {"KEY_PREFIX": "fc-round-trips"})
    cache.clear()
    yield cache
    cache.clear()


def test_it_counts_in_one_command_on_redis(redis_cache, monkeypatch):
    count_in_window(redis_cache, "another-client", 60)  # the script is loaded on the server by then
    sent = []
    connection_class = redis_cache._cache.get_client(write=True).connection_pool.connection_class
    real = connection_class.send_packed_command

    def send(self, command, *args, **kwargs):
        sent.append(command)
        return real(self, command, *args, **kwargs)

    monkeypatch.setattr(connection_class, "send_packed_command", send)
    assert count_in_window(redis_cache, "client", 60) == (1, 60)
    monkeypatch.undo()
    assert len(sent) == 1 and b"EVALSHA" in b"".join(sent[0])  # SET NX EX, INCR and TTL in one command
    count, left = count_in_window(redis_cache, "client", 60)
    assert count == 2 and 0 < left <= 60


def test_the_count_survives_a_server_that_lost_its_scripts(redis_cache):
    assert count_in_window(redis_cache, "client", 60)[0] == 1
    redis_cache._cache.get_client(write=True).script_flush()  # as after a restart
    assert count_in_window(redis_cache, "client", 60)[0] == 2


def test_it_does_the_same_in_two_calls_on_another_cache():
    cache = LocMemCache("round-trips", {})
    assert count_in_window(cache, "client", 60) == (1, 60)
    assert count_in_window(cache, "client", 60) == (2, 60)
