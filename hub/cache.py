"""A Redis/Valkey cache that degrades to no cache when the server does not answer.

Everything the site caches (menus, facet labels, route lists) can be rebuilt from the database,
and the throttles may count loosely for a while; a cache outage must therefore cost speed, not
answers. Django's own ``RedisCache`` raises the client's errors into every page. This one logs
the outage once, answers as an empty cache (reads miss, writes are dropped) and, for
``RETRY_SECONDS``, does not try the server again, so a dead or unresolvable host does not add a
connection attempt to every cache call. When the server answers again, it starts a new content
version (hub.content_version): the writes it dropped may have been a publish's.
``CACHE_URL=redis://...`` selects it (hub/settings.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

from hub import content_version

__all__ = ["ResilientRedisCache"]

logger = logging.getLogger(__name__)
T = TypeVar("T")
RETRY_SECONDS = 5.0
# Without them a host that drops packets would hold each request for the OS's TCP timeout.
SOCKET_TIMEOUTS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


class ResilientRedisCache(RedisCache):
    """``RedisCache`` whose errors become misses, logged once per outage."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        options = params.get("OPTIONS", {})
        super().__init__(server, params | {"OPTIONS": SOCKET_TIMEOUTS | options})
        self._down_until = 0.0
        self._location = server

    def _guard(self, call: Callable[[], T], fallback: T) -> T:
        """Run a cache call; while the server is down, answer ``fallback`` instead."""
        if time.monotonic() < self._down_until:
            return fallback
        try:
            if self._down_until:
                # The first call after an outage: a publish meanwhile could not start a new
                # content version, and answers kept before it may still be in the server.
                RedisCache.delete(self, content_version.KEY)
            result = call()
        except RedisError as exc:
            if not self._down_until:
                logger.warning(
                    "Cache %s does not answer (%r): serving without it", self._location, exc
                )
            self._down_until = time.monotonic() + RETRY_SECONDS
            return fallback
        if self._down_until:
            logger.warning("Cache %s answers again", self._location)
            self._down_until = 0.0
        return result

    def add(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> bool:
        """Store unless present; ``False`` (not stored) while the cache is down."""
        return self._guard(partial(RedisCache.add, self, key, value, timeout, version), False)

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        """A miss while the cache is down."""
        return self._guard(partial(RedisCache.get, self, key, default, version), default)

    def set(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> None:
        """Dropped while the cache is down."""
        self._guard(partial(RedisCache.set, self, key, value, timeout, version), None)

    def touch(self, key: Any, timeout: Any = None, version: int | None = None) -> bool:
        """``False`` while the cache is down."""
        return self._guard(partial(RedisCache.touch, self, key, timeout, version), False)

    def delete(self, key: Any, version: int | None = None) -> bool:
        """``False`` while the cache is down (the entry expires by its timeout)."""
        return self._guard(partial(RedisCache.delete, self, key, version), False)

    def get_many(self, keys: Any, version: int | None = None) -> dict[Any, Any]:
        """All misses while the cache is down."""
        return self._guard(partial(RedisCache.get_many, self, keys, version), {})

    def has_key(self, key: Any, version: int | None = None) -> bool:
        """``False`` while the cache is down."""
        return self._guard(partial(RedisCache.has_key, self, key, version), False)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        """``ValueError`` (as for a missing key) while the cache is down: callers start a count."""
        found = self._guard(partial(RedisCache.incr, self, key, delta, version), None)
        if found is None:
            raise ValueError(f"Key {key!r} not found: the cache does not answer")
        return found

    def set_many(
        self, data: dict[Any, Any], timeout: Any = None, version: int | None = None
    ) -> list[Any]:
        """Dropped while the cache is down; every key reported as not stored."""
        return self._guard(partial(RedisCache.set_many, self, data, timeout, version), list(data))

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        """Dropped while the cache is down (the entries expire by their timeouts)."""
        self._guard(partial(RedisCache.delete_many, self, keys, version), None)

    def clear(self) -> None:
        """Dropped while the cache is down."""
        self._guard(partial(RedisCache.clear, self), None)
