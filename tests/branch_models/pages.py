"""Helpers that read the public registry pages as a visitor (or a screen reader) would."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup
from django.test import Client

__all__ = ["get_page", "json_ld", "listed", "listed_on_page"]


def get_page(client: Client, url: str, status: int = 200) -> BeautifulSoup:
    """Fetch a page, check its status and parse it."""
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return BeautifulSoup(response.content.decode(), "html.parser")


def listed_on_page(page: BeautifulSoup) -> list[str]:
    """Return the slugs of the records a list page shows, in order."""
    return [link["href"].rstrip("/").rsplit("/", 1)[-1] for link in page.select(".record h3 a")]


def listed(client: Client, url: str) -> set[str]:
    """Return the slugs of every record a filtered list shows, following its pagination."""
    slugs: list[str] = []
    page = get_page(client, url)
    slugs += listed_on_page(page)
    while (next_link := page.select_one('.pagination a[rel="next"]')) is not None:
        page = get_page(client, url.split("?", 1)[0] + next_link["href"])
        slugs += listed_on_page(page)
    assert len(slugs) == len(set(slugs)), f"a record is listed twice on {url}"
    return set(slugs)


def json_ld(page: BeautifulSoup) -> dict:
    """Parse the page's one JSON-LD script."""
    scripts = page.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)
