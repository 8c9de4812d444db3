"""Registry pages in another language than Swedish say that the records are in Swedish, as
untranslated content pages do, and mark the Swedish text with its language."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.test import Client

pytestmark = pytest.mark.django_db


def _follow_registry(client: Client, prefix: str) -> tuple[BeautifulSoup, BeautifulSoup]:
    """From the language's home page, open the first registry section and its first record."""
    home = BeautifulSoup(client.get(prefix).content, "html.parser")
    section_url = home.select_one(".site-nav__registry a")["href"]
    listing = BeautifulSoup(client.get(section_url).content, "html.parser")
    record_url = listing.select_one(".record-list a")["href"]
    return listing, BeautifulSoup(client.get(record_url).content, "html.parser")


@pytest.mark.parametrize("prefix", ["/en/", "/ar/", "/so/", "/ti/"])
def test_registry_pages_say_the_records_are_in_swedish(client: Client, prefix: str) -> None:
    listing, record = _follow_registry(client, prefix)
    language = prefix.strip("/")
    for html in (listing, record):
        assert html.html["lang"] == language
        notice = html.select_one("main .notice--fallback")
        assert "Swedish" in notice.text if language == "en" else "Swedish" not in notice.text
    # The record's own Swedish text is marked as Swedish (WCAG 2.1 SC 3.1.2).
    assert record.select("main [lang=sv]")


def test_swedish_registry_pages_have_no_language_notice(client: Client) -> None:
    listing, record = _follow_registry(client, "/")
    assert listing.select_one(".notice--fallback") is None
    assert record.select_one(".notice--fallback") is None
