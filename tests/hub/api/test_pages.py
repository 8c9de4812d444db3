"""Published pages through Wagtail's API v2 under /api/v1/pages/, per language."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from rest_framework.test import APIClient
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def pages(query: str = "") -> dict:
    response = APIClient().get(f"/api/v1/pages/{query}")
    assert response.status_code == 200, response.content
    return response.json()


def test_pages_are_listed_per_locale_with_their_public_address() -> None:
    swedish = pages("?locale=sv&limit=20")
    english = pages("?locale=en&limit=20")
    assert swedish["items"] and english["items"]
    assert {item["meta"]["locale"] for item in swedish["items"]} == {"sv"}
    assert {item["meta"]["locale"] for item in english["items"]} == {"en"}
    assert all(
        urlsplit(item["meta"]["html_url"]).path.startswith("/en/") for item in english["items"]
    )
    expected = Page.objects.live().public().filter(locale__language_code="en", depth__gt=1)
    assert english["meta"]["total_count"] == expected.count()


def test_a_page_s_detail_and_drafts_never_shown() -> None:
    item = pages("?locale=sv")["items"][-1]
    detail = APIClient().get(f"/api/v1/pages/{item['id']}/").json()
    assert detail["title"] == item["title"]
    Page.objects.filter(pk=item["id"]).update(live=False)
    assert item["id"] not in {i["id"] for i in pages("?locale=sv&limit=20")["items"]}
    gone = APIClient().get(f"/api/v1/pages/{item['id']}/")
    assert gone.status_code == 404
    assert gone.json()["error"]["code"] == "not_found"


def test_public_search_is_not_done_through_the_page_api() -> None:
    response = APIClient().get("/api/v1/pages/?search=validering")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "parse_error"


def test_bad_parameters_get_translated_field_errors() -> None:
    response = APIClient().get("/api/v1/pages/?limit=500&locale=xx", HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"limit", "locale"}
