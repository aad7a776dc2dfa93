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


class ReusingRedisCacheClient(RedisCacheClient):
    # The stubs do not declare RedisCacheClient's private attributes, which this reads.
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

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
    starts again). On Redis one round trip (SET NX EX, INCR, TTL in a pipeline); elsewhere add and incr.
    """
    return get_and_count_in_window(cache, None, key, seconds)[1:]


def get_and_count_in_window(cache: BaseCache, get_key: str | None, key: str, seconds: int) -> tuple[Any, int, int]:
    """
    ``cache.get(get_key)`` (None without one) and count_in_window(): on Redis in the same round
    trip, which is most of what an API read answered from the response cache costs (the site
    version and the client's count: core.middleware).
    """
    if isinstance(cache, ConnectionProxy):  # django.core.cache.cache: this thread's backend behind it
        cache = caches[cache._alias]
    if isinstance(cache, DjangoRedisCache):
        full_key = cache.make_and_validate_key(key)
        pipe = cache._cache.get_client(full_key, write=True).pipeline(transaction=False)
        if get_key is not None:
            pipe.get(cache.make_and_validate_key(get_key))
        pipe.set(full_key, 0, ex=seconds, nx=True)
        pipe.incr(full_key)
        pipe.ttl(full_key)
        *got, _, count, left = pipe.execute()
        client: Any = cache._cache  # the stubs do not declare the client's serializer
        value = client._serializer.loads(got[0]) if got and got[0] is not None else None
        return value, int(count), int(left) if left > 0 else seconds
    value = cache.get(get_key) if get_key is not None else None
    cache.add(key, 0, seconds)
    try:
        return value, cache.incr(key), seconds
    except ValueError:  # expired between the two calls: this request starts the next window
        cache.add(key, 1, seconds)
        return value, 1, seconds
