"""`/health/` reports database, cache and search: degraded (not 500) when search or the shared
cache is down, 503 when the database is, or a cache whose errors would reach the pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client, override_settings

from search.backends import get_search_backend


@pytest.fixture
def fresh_backend() -> Iterator[None]:
    """Rebuild the cached search backend around a settings override."""
    get_search_backend.cache_clear()
    yield
    get_search_backend.cache_clear()


@pytest.mark.django_db
def test_health_is_ok_with_database_search(client: Client, fresh_backend: None) -> None:
    with override_settings(SEARCH_BACKEND="search.backends.database"):
        response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["status"] == "ok"
    assert body["cache"]["status"] == "ok"
    assert body["search"] == {
        "backend": "database",
        "status": "ok",
        "detail": {"vendor": body["database"]["vendor"]},
    }


@pytest.mark.django_db
def test_health_is_degraded_not_500_when_elasticsearch_is_down(
    client: Client, fresh_backend: None
) -> None:
    # Port 9 (discard) is closed on loopback: a configured Elasticsearch that does not answer.
    with override_settings(
        SEARCH_BACKEND="search.backends.elasticsearch", ELASTICSEARCH_URL="http://127.0.0.1:9"
    ):
        response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["database"]["status"] == "ok"
    assert body["search"]["backend"] == "elasticsearch"
    assert body["search"]["status"] == "down"


@pytest.mark.django_db
@pytest.mark.elasticsearch
def test_health_reports_the_real_elasticsearch_version(client: Client, fresh_backend: None) -> None:
    with override_settings(SEARCH_BACKEND="search.backends.elasticsearch"):
        response = client.get("/health/")
    body = response.json()
    assert body["status"] == "ok", body
    assert body["search"]["detail"]["version"].split(".")[0] == "9"


@pytest.mark.django_db
def test_health_is_never_cached(client: Client) -> None:
    response = client.get("/health/")
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_is_degraded_when_the_shared_cache_does_not_answer(client: Client) -> None:
    # Nothing listens on loopback port 9: a configured Redis/Valkey cache that is down.
    unreachable = {
        "default": {"BACKEND": "hub.cache.ResilientRedisCache", "LOCATION": "redis://127.0.0.1:9/0"}
    }
    with override_settings(CACHES=unreachable):
        response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["database"]["status"] == "ok"
    assert body["cache"] == {
        "status": "degraded",
        "backend": "ResilientRedisCache",
        "error": "no answer",
    }


@pytest.mark.django_db
def test_health_is_down_when_cache_errors_would_reach_the_pages(client: Client) -> None:
    unreachable = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
        }
    }
    with override_settings(CACHES=unreachable):
        response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["cache"] == {"status": "down", "backend": "RedisCache", "error": "ConnectionError"}
