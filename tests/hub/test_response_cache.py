"""Whole anonymous answers kept by the site (hub.response_cache): a repeat visit is answered
without the database, yet a registry edit is seen at once, every language and format keeps its
own answer, a token holder is never answered from the cache and every search is counted.
Publishing, drafts and signed-in editors: tests/hub/test_http_cache.py, run with the cache on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.conf import LazySettings
from django.test import Client

from branch_models.models import ValidationModel
from hub.models import Role
from search.models import QueryStat
from tests.hub.api.helpers import client_with_token, token_for

pytestmark = pytest.mark.django_db

MODEL_API = "/api/v1/validation-models/svets/"


@pytest.fixture(autouse=True)
def _keep_answers(settings: LazySettings) -> None:
    settings.RESPONSE_CACHE_SECONDS = 60


@pytest.mark.parametrize("path", ["/", "/valideringsmodeller/svets/", "/en/", MODEL_API])
def test_a_repeat_anonymous_visit_is_answered_without_the_database(
    client: Client, django_assert_num_queries: Callable[..., Any], path: str
) -> None:
    first = client.get(path)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        again = client.get(path)
        revalidated = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.content == first.content
    assert again["Cache-Control"] == first["Cache-Control"]
    assert revalidated.status_code == 304


def test_a_registry_edit_is_seen_at_once(client: Client) -> None:
    assert client.get(MODEL_API).json()["name"] != "Svetsvalidering, ny utgåva"
    assert "Svetsvalidering, ny utgåva" not in client.get("/valideringsmodeller/").content.decode()
    model = ValidationModel.objects.get(slug="svets")
    model.name = "Svetsvalidering, ny utgåva"
    model.save()
    assert client.get(MODEL_API).json()["name"] == "Svetsvalidering, ny utgåva"
    assert "Svetsvalidering, ny utgåva" in client.get("/valideringsmodeller/").content.decode()


def test_every_language_and_format_keeps_its_own_answer(client: Client) -> None:
    swedish = client.get(MODEL_API, HTTP_ACCEPT_LANGUAGE="sv")
    english = client.get(MODEL_API, HTTP_ACCEPT_LANGUAGE="en")
    arabic = client.get(f"{MODEL_API}?lang=ar", HTTP_ACCEPT_LANGUAGE="sv")
    assert [swedish["Content-Language"], english["Content-Language"]] == ["sv", "en"]
    assert arabic["Content-Language"] == "ar"
    assert client.get(MODEL_API, HTTP_ACCEPT_LANGUAGE="en")["Content-Language"] == "en"
    csv = client.get("/api/v1/validation-models/?format=csv")
    assert csv["Content-Type"].startswith("text/csv")
    assert client.get("/api/v1/validation-models/")["Content-Type"] == "application/json"


def test_a_token_holder_gets_a_fresh_answer(client: Client) -> None:
    assert "public" in client.get(MODEL_API)["Cache-Control"]
    token = client_with_token(token_for("developer", "12", Role.DEVELOPER))
    assert "private" in token.get(MODEL_API)["Cache-Control"]


def test_each_search_is_answered_and_counted(client: Client) -> None:
    for _ in range(2):
        answer = client.get("/sok/?q=svetsare")
        assert answer.status_code == 200
        assert "private" in answer["Cache-Control"]
    assert QueryStat.objects.get(query="svetsare", language="sv").searches == 2
