"""Canonical and social URLs name the address the site is served at, never the placeholder
Wagtail Site's ``http://localhost/``."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from icalendar import Calendar
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


@pytest.mark.parametrize("configured", [True, False])
def test_crawlers_feeds_and_calendars_give_the_public_address(client, settings, configured):
    """From robots.txt to the sitemap, and from the home page's menu to the events list, its
    feed and an event's calendar file: every absolute address names the public site, as the
    canonical link does, never the placeholder Site's ``http://localhost/``."""
    if configured:
        settings.PUBLIC_BASE_URL = "https://validering.example.se"
        base, headers = "https://validering.example.se/", {}
    else:
        settings.ALLOWED_HOSTS = ["demo.validering.example.se"]
        base, headers = "https://demo.validering.example.se/", {"secure": True}
        client.defaults["HTTP_HOST"] = "demo.validering.example.se"
    robots = client.get("/robots.txt", **headers).content.decode()
    assert f"Sitemap: {base}sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml", **headers).content.decode()
    locations = re.findall(r'(?:<loc>|href=")([^<"]+)', sitemap)
    assert len(locations) > 20 and all(url.startswith(base) for url in locations), locations[:5]

    home = BeautifulSoup(client.get("/en/", **headers).content, "html.parser")
    events = home.find("a", string=re.compile(r"^\s*Events\s*$"))["href"]
    events_page = BeautifulSoup(client.get(events, **headers).content, "html.parser")
    feeds = [link["href"] for link in events_page.find_all("link", rel="alternate")]
    feed = feeds[0] if feeds[0].endswith("/rss/") else feeds[1]
    channel = ET.fromstring(client.get(feed, **headers).content).find("channel")
    items = channel.findall("item")
    assert items and channel.findtext("link").startswith(base)
    for item in items:
        assert item.findtext("link").startswith(base) and item.findtext("guid").startswith(base)

    event = BeautifulSoup(
        client.get(items[0].findtext("link").removeprefix(base[:-1]), **headers).content,
        "html.parser",
    )
    ical = event.find("a", href=re.compile(r"ical/$"))["href"]
    calendar = Calendar.from_ical(client.get(ical, **headers).content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["url"]) == items[0].findtext("link")
    assert "localhost" not in calendar.to_ical().decode()
