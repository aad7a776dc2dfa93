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

# count_in_window() in one command: KEYS[1] the counter, KEYS[2] (when given) a key to read with it,
# ARGV[1] the window in seconds. Answers {the value read or nil, the count, seconds left}.
COUNT_IN_WINDOW = """
local got = false
if KEYS[2] then got = redis.call('GET', KEYS[2]) end
redis.call('SET', KEYS[1], 0, 'EX', ARGV[1], 'NX')
local count = redis.call('INCR', KEYS[1])
return {got, count, redis.call('TTL', KEYS[1])}
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
        to a local Redis costs, and one command instead of a pipeline of four (GET, SET NX EX,
        INCR, TTL) took about 50 microseconds off each call here.
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
    return get_and_count_in_window(cache, None, key, seconds)[1:]


def get_and_count_in_window(cache: BaseCache, get_key: str | None, key: str, seconds: int) -> tuple[Any, int, int]:
    """
    ``cache.get(get_key)`` (None without one) and count_in_window(): on Redis in the same command,
    which is most of what an API read answered from the response cache costs (the site version
    and the client's count: core.middleware).
    """
    if isinstance(cache, ConnectionProxy):  # django.core.cache.cache: this thread's backend behind it
        cache = caches[cache._alias]
    if isinstance(cache, RedisCache):
        keys = [cache.make_and_validate_key(key)]
        if get_key is not None:
            keys.append(cache.make_and_validate_key(get_key))
        client: Any = cache._cache  # the stubs do not declare the client's serializer
        got, count, left = client.count_script(keys[0])(keys=keys, args=[seconds])
        value = client._serializer.loads(got) if got is not None else None
        return value, int(count), int(left) if left > 0 else seconds
    value = cache.get(get_key) if get_key is not None else None
    cache.add(key, 0, seconds)
    try:
        return value, cache.incr(key), seconds
    except ValueError:  # expired between the two calls: this request starts the next window
        cache.add(key, 1, seconds)
        return value, 1, seconds
