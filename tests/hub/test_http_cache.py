"""Caching of the public pages as a browser, a reverse proxy or a CDN sees it: anonymous pages
are shared for a minute and revalidated with an ETag; publishing changes the page, its tag and
purges the front cache; signed-in editors' answers are never shared (hub.http_cache). Each test
runs with the site's own kept answers off and on (hub.response_cache): what a visitor, editor or
proxy sees is the same."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from bs4 import BeautifulSoup
from django.conf import LazySettings
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page

from branch_models.models import ValidationModel
from hub.groups import NATIONAL_EDITORS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True, params=[0, 60], ids=["fresh", "kept"])
def _response_cache(request: pytest.FixtureRequest, settings: LazySettings) -> None:
    settings.RESPONSE_CACHE_SECONDS = request.param


def employers() -> Page:
    return Page.objects.get(url_path__endswith="/arbetsgivare/", locale__language_code="sv")


@pytest.mark.parametrize("path", ["/", "/arbetsgivare/", "/valideringsmodeller/", "/en/"])
def test_a_repeat_visit_is_a_bodiless_304(client: Client, path: str) -> None:
    first = client.get(path)
    assert first.status_code == 200
    assert set(first["Cache-Control"].split(", ")) == {"public", "max-age=0", "s-maxage=60"}
    assert first["ETag"]
    again = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_a_model_page_is_revalidated_and_a_registry_edit_changes_it(client: Client) -> None:
    path = "/valideringsmodeller/svets/"
    first = client.get(path)
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    model = ValidationModel.objects.get(slug="svets")
    model.name = "Svetsvalidering, ny utgåva"
    model.save()
    changed = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    assert "Svetsvalidering, ny utgåva" in changed.content.decode()


def test_publishing_changes_the_page_and_its_etag(client: Client) -> None:
    first = client.get("/arbetsgivare/")
    page = employers().specific
    page.title = "Rekrytera och validera"
    page.save_revision()  # a draft: visitors still get the published page, unchanged
    draft = client.get("/arbetsgivare/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert draft.status_code == 304

    page.get_latest_revision().publish()
    published = client.get("/arbetsgivare/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert published.status_code == 200
    assert published["ETag"] != first["ETag"]
    html = BeautifulSoup(published.content, "html.parser")
    assert html.h1.get_text(strip=True) == "Rekrytera och validera"
    # The cached main menu follows too: every page's body, so every page's tag, changed.
    assert "Rekrytera och validera" in html.find("nav", class_="site-nav").get_text()


def test_the_registry_filters_follow_a_record_being_unpublished(client: Client) -> None:
    def industries() -> set[str]:
        html = BeautifulSoup(client.get("/valideringsmodeller/").content, "html.parser")
        return {option["value"] for option in html.select("select[name=industry] option")} - {""}

    offered = industries()
    assert offered
    industry = sorted(offered)[0]
    ValidationModel.objects.filter(industry__code=industry).update(live=False)
    for model in ValidationModel.objects.filter(industry__code=industry):
        model.save()  # as the admin's unpublish does: a save per record
    assert industry not in industries()


def test_signed_in_editors_get_private_answers_and_see_their_draft(client: Client) -> None:
    page = employers().specific
    page.title = "Utkast som inte är publicerat"
    page.save_revision()
    anonymous = client.get("/arbetsgivare/")
    assert "Utkast som inte är publicerat" not in anonymous.content.decode()

    editor = Group.objects.get(name=NATIONAL_EDITORS).user_set.model.objects.create_user(
        "redaktor", "redaktor@example.se", "pw"
    )
    editor.groups.add(Group.objects.get(name=NATIONAL_EDITORS))
    client.force_login(editor)
    for path in ("/arbetsgivare/", "/valideringsmodeller/", "/admin/"):
        response = client.get(path)
        assert "private" in response["Cache-Control"], path
        assert "public" not in response["Cache-Control"], path
    preview = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert preview.status_code == 200
    assert "Utkast som inte är publicerat" in preview.content.decode()
    assert "private" in preview["Cache-Control"]


def test_the_route_finder_keeps_its_no_store(client: Client) -> None:
    assert client.get("/vagar/")["Cache-Control"] == "no-store"


class _PurgeRecorder(BaseHTTPRequestHandler):
    purged: list[str] = []

    def do_PURGE(self) -> None:  # noqa: N802 - the HTTP method's name
        self.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def front_cache(settings: LazySettings) -> Iterator[list[str]]:
    """A reverse proxy on loopback that records the PURGE requests it receives."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PurgeRecorder)
    _PurgeRecorder.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield _PurgeRecorder.purged
    server.shutdown()
    server.server_close()


def test_publishing_purges_the_page_from_the_front_cache(front_cache: list[str]) -> None:
    page = employers().specific
    page.title = "Rekrytera och validera"
    page.save_revision().publish()
    assert "/arbetsgivare/" in front_cache
    page.unpublish()
    assert front_cache.count("/arbetsgivare/") == 2
