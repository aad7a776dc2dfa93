"""
The Redis cache backend, with one Redis client per connection pool instead of one per call.

Django's RedisCacheClient builds a new ``redis.Redis`` around its pool for every get, set or add;
building one costs more than the round trip to a local Redis (about 0.2 ms of CPU), and an
anonymous request answered from the response cache makes three or four such calls. A client
holds no state of its own besides its pool, and Django keeps one cache backend per thread.
"""

from __future__ import annotations

from typing import Any

from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from django.utils.connection import ConnectionProxy

# count_in_window() in one command: KEYS[1] the counter, ARGV[1] the window in seconds.
# Answers {the count, seconds left}.
COUNT_IN_WINDOW = """
redis.call('SET', KEYS[1], 0, 'EX', ARGV[1], 'NX')
return {redis.call('INCR', KEYS[1]), redis.call('TTL', KEYS[1])}
"""


class ReusingRedisCacheClient(RedisCacheClient):
    # The stubs do not declare RedisCacheClient's private attributes, which this reads.
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}
        self._count_scripts: dict[int, Any] = {}

    def count_script(self, key):
        """
        COUNT_IN_WINDOW on the server that holds ``key``: sent as EVALSHA, loaded again by redis-py
        if the server has lost it (a restart). Packing and parsing commands is most of what a call
        to a local Redis costs, and one command instead of a pipeline of three (SET NX EX, INCR,
        TTL) is cheaper.
        """
        client = self.get_client(key, write=True)
        script = self._count_scripts.get(id(client))
        if script is None:
            script = self._count_scripts[id(client)] = client.register_script(COUNT_IN_WINDOW)
        return script

    def get_client(self, key=None, *, write=False):
        base: Any = self
        index = base._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in base._pools:
                base._pools[index] = base._pool_class.from_url(base._servers[index], **base._pool_options)
            client = self._clients[index] = base._client(connection_pool=base._pools[index])
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient


def count_in_window(cache: BaseCache, key: str, seconds: int) -> tuple[int, int]:
    """
    Add one to a counter that lives ``seconds`` from its first count: (the count, seconds until it
    starts again). On Redis one command (COUNT_IN_WINDOW); elsewhere add and incr.
    """
    if isinstance(cache, ConnectionProxy):  # django.core.cache.cache: this thread's backend behind it
        cache = caches[cache._alias]
    if isinstance(cache, RedisCache):
        full_key = cache.make_and_validate_key(key)
        client: Any = cache._cache  # the stubs do not declare count_script
        count, left = client.count_script(full_key)(keys=[full_key], args=[seconds])
        return int(count), int(left) if left > 0 else seconds
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key), seconds
    except ValueError:  # expired between the two calls: this request starts the next window
        cache.add(key, 1, seconds)
        return 1, seconds
