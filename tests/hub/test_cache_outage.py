"""A shared cache (Redis/Valkey) that is down costs speed, not answers: every public page, the
API, search and the route finder still answer, and the outage is logged once, not per call.

"Down" is the real Redis client pointed at a closed port (nothing listens on loopback port 9),
as a stopped server is: connection refused.
"""

from __future__ import annotations

import logging
import re

import pytest
from django.test import Client, override_settings

DOWN = {
    "default": {"BACKEND": "hub.cache.ResilientRedisCache", "LOCATION": "redis://127.0.0.1:9/0"}
}

pytestmark = pytest.mark.django_db


@override_settings(CACHES=DOWN)
def test_the_site_answers_without_its_cache(client: Client, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="hub.cache")
    home = client.get("/")
    assert home.status_code == 200
    # The menu is built from the database when it cannot be cached: the visitor still gets it.
    links = set(re.findall(r'href="(/[^"#?]*)"', home.content.decode()))
    assert "/valideringsmodeller/" in links
    for url in (
        "/valideringsmodeller/",
        "/komvux/",
        "/sok/?q=svetsare",
        "/vagar/?text=svetsare&municipality=H%C3%A4ssleholm",
        "/api/v1/validation-models/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    assert b"Svetsare" in client.get("/sok/?q=svetsare").content
    outages = [r for r in caplog.records if "does not answer" in r.getMessage()]
    assert len(outages) == 1


@override_settings(CACHES=DOWN)
def test_api_throttle_lets_requests_through_while_the_cache_is_down(client: Client) -> None:
    # The throttle counts in the cache; without it every request is its first.
    statuses = {client.get("/api/v1/validation-models/").status_code for _ in range(3)}
    assert statuses == {200}
