"""A shared cache (Redis/Valkey) that is down costs speed, not answers: every public page, the
API, search and the route finder still answer, and the outage is logged once, not per call.

"Down" is the real Redis client pointed at a closed port (nothing listens on loopback port 9),
as a stopped server is: connection refused; or a real server that hangs for a while.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import time
from collections.abc import Iterator

import pytest
import redis
from django.conf import settings
from django.test import Client, override_settings

from branch_models.models import ValidationModel
from hub.cache import RETRY_SECONDS
from tests.ports import free_port

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


@pytest.fixture
def shared_cache() -> Iterator[str]:
    """A Valkey (or Redis) server of the test's own, started by the project's script."""
    port = str(free_port())
    env = {**os.environ, "SERVICES_NAME": "cache-outage-test", "VALKEY_PORT": port}
    script = str(settings.BASE_DIR / "scripts" / "services.sh")
    subprocess.run(["bash", script, "start-valkey"], env=env, check=True, capture_output=True)
    yield f"redis://127.0.0.1:{port}/0"
    subprocess.run(["bash", script, "stop-valkey"], env=env, check=True, capture_output=True)


def test_an_edit_made_while_the_cache_hung_is_seen_when_it_answers_again(
    client: Client, shared_cache: str
) -> None:
    caches = {"default": {"BACKEND": "hub.cache.ResilientRedisCache", "LOCATION": shared_cache}}
    with override_settings(CACHES=caches, RESPONSE_CACHE_SECONDS=60):
        path = "/api/v1/validation-models/svets/"
        assert client.get(path).json()["name"] != "Svetsvalidering, ny utgåva"
        # The server hangs (it keeps its data): the site's calls time out, the edit's new
        # content version is dropped, and the kept answer is still in the server.
        redis.Redis.from_url(shared_cache).execute_command("CLIENT", "PAUSE", "1500", "ALL")
        model = ValidationModel.objects.get(slug="svets")
        model.name = "Svetsvalidering, ny utgåva"
        model.save()
        time.sleep(RETRY_SECONDS + 0.5)  # the server answers again, and the site asks it again
        assert client.get(path).json()["name"] == "Svetsvalidering, ny utgåva"
