"""`GET /health/`: database, cache and search status for load balancers and operators."""

from __future__ import annotations

import uuid
from dataclasses import asdict

from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

import hub
from search.backends import get_search_backend

__all__ = ["health"]


def _database_status() -> dict[str, str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as exc:
        return {"status": "down", "vendor": connection.vendor, "error": type(exc).__name__}
    return {"status": "ok", "vendor": connection.vendor}


def _cache_status() -> dict[str, str]:
    cache = caches["default"]
    backend = type(cache).__name__
    token = uuid.uuid4().hex
    try:
        cache.set("hub:health", token, 10)
        answered = cache.get("hub:health") == token
    # Each backend raises its own client's errors (redis, database, memcached): any is "down".
    except Exception as exc:  # noqa: BLE001
        return {"status": "down", "backend": backend, "error": type(exc).__name__}
    if not answered:  # hub.cache.ResilientRedisCache: the server is down, pages run without it
        return {"status": "degraded", "backend": backend, "error": "no answer"}
    return {"status": "ok", "backend": backend}


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """Answer 200 while the database works (search or cache down is ``degraded``), else 503.

    Search falling back to the database, and a Redis/Valkey cache degrading to no cache, keep
    the site usable, so neither outage may take the web process out of a load balancer. A cache
    whose errors reach the pages (any other backend) does.
    """
    database = _database_status()
    shared = _cache_status()
    search = asdict(get_search_backend().health())
    if database["status"] != "ok" or shared["status"] == "down":
        status, code = "down", 503
    elif search["status"] != "ok" or shared["status"] != "ok":
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    body = {
        "status": status,
        "version": hub.__version__,
        "database": database,
        "cache": shared,
        "search": search,
    }
    return JsonResponse(body, status=code)
