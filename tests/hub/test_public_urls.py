"""Canonical and social URLs name the address the site is served at, never the placeholder
Wagtail Site's ``http://localhost/``."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def _addresses(client: Client, path: str, **headers: str) -> tuple[str, str, str]:
    """Return the canonical link, og:url and JSON-LD url of the page at ``path``."""
    html = BeautifulSoup(client.get(path, **headers).content, "html.parser")
    json_ld = json.loads(html.find("script", type="application/ld+json").string)
    return (
        html.find("link", rel="canonical")["href"],
        html.find("meta", property="og:url")["content"],
        json_ld["url"],
    )


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "https://validering.example.se/"),
        ("/en/what-is-validation/", "https://validering.example.se/en/what-is-validation/"),
        ("/ar/vad-ar-validering/", "https://validering.example.se/ar/vad-ar-validering/"),
    ],
)
def test_configured_public_base_url_wins(client: Client, settings, path: str, expected: str):
    settings.PUBLIC_BASE_URL = "https://validering.example.se/"
    assert _addresses(client, path) == (expected, expected, expected)


def test_without_configuration_the_request_host_replaces_the_placeholder_site(client, settings):
    settings.ALLOWED_HOSTS = ["demo.validering.example.se"]
    site = Site.objects.get(is_default_site=True)
    assert site.hostname == "localhost"  # the placeholder the first migration creates
    canonical, og_url, _ = _addresses(
        client, "/en/", HTTP_HOST="demo.validering.example.se", secure=True
    )
    assert canonical == og_url == "https://demo.validering.example.se/en/"


def test_a_site_configured_for_the_host_gives_its_own_scheme_and_port(client, settings):
    settings.ALLOWED_HOSTS = ["validering.example.se"]
    Site.objects.filter(is_default_site=True).update(hostname="validering.example.se", port=443)
    canonical, og_url, _ = _addresses(client, "/", HTTP_HOST="validering.example.se")
    assert canonical == og_url == "https://validering.example.se/"
