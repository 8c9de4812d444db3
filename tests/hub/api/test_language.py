"""One place chooses the API's language: ``?lang=`` wins over ``Accept-Language`` everywhere.

Every endpoint under ``/api/v1/`` is found from the URLconf (a new one is covered by itself):
each list, and the first record of each list that links its records, is asked in one language
by ``?lang=`` and in the other by its headers, and must answer in the one ``?lang=`` names.
"""

from __future__ import annotations

import re

import pytest
from django.urls import get_resolver
from rest_framework.test import APIClient

from tests.hub.api.test_scope import api_views

pytestmark = pytest.mark.django_db


def endpoint_paths() -> list[str]:
    """Return the path of every API route that takes no argument (lists, search, routes…)."""
    paths = []
    for route in api_views(get_resolver().url_patterns):
        path = "/" + route.replace("^", "").replace("$", "")
        if not re.search(r"[(<\\]", path):
            paths.append(path)
    return sorted(set(paths))


def record_urls(client: APIClient, path: str) -> list[str]:
    """Return the URL of the first record a list answer links, if it links any."""
    response = client.get(path)
    if not response.get("Content-Type", "").startswith("application/json"):
        return []
    body = response.json()
    items = body.get("results", body) if isinstance(body, dict) else body
    if isinstance(items, list) and items and isinstance(items[0], dict) and "url" in items[0]:
        return [items[0]["url"]]
    return []


@pytest.mark.parametrize(("asked", "headers"), [("en", "sv"), ("sv", "en")])
def test_lang_parameter_wins_over_accept_language_on_every_endpoint(
    asked: str, headers: str
) -> None:
    client = APIClient()
    paths = endpoint_paths()
    assert {"/api/v1/areas/", "/api/v1/search/", "/api/v1/validation-models/"} <= set(paths)
    urls = paths + [url for path in paths for url in record_urls(client, path)]
    assert any("/areas/" in url and url != "/api/v1/areas/" for url in urls)
    wrong = {}
    for url in urls:
        separator = "&" if "?" in url else "?"
        response = client.get(f"{url}{separator}lang={asked}", HTTP_ACCEPT_LANGUAGE=headers)
        if response.get("Content-Language") != asked:
            wrong[url] = (response.status_code, response.get("Content-Language"))
    assert not wrong, f"?lang={asked} with Accept-Language: {headers} answered otherwise: {wrong}"
