"""Dates read in each language's own order, with its month names and a 24-hour clock."""

from __future__ import annotations

import datetime
import re

import pytest
from django.test import Client
from django.utils import formats, translation

WHEN = datetime.datetime(2026, 2, 3, 13, 5)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sv", "3 februari 2026 13:05"),
        ("en", "3 February 2026, 13:05"),
        ("ar", "3 فبراير 2026، 13:05"),
        ("so", "3 Febraayo 2026, 13:05"),
        ("ti", "3 ለካቲት 2026, 13:05"),
    ],
)
def test_date_and_time_in_the_languages_format(language: str, expected: str) -> None:
    with translation.override(language):
        assert formats.date_format(WHEN, "DATETIME_FORMAT") == expected


@pytest.mark.django_db
def test_english_event_list_shows_day_month_year_and_24_hour_clock(client: Client) -> None:
    html = client.get("/en/events/").content.decode()
    shown = re.findall(r"<time [^>]*>([^<]+)</time>", html)
    assert shown
    for text in shown:
        assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}", text), text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "budget"),
    [("sv", "13\xa0960\xa0000 kr"), ("en", "13,960,000 kr")],
)
def test_figures_are_written_as_the_language_writes_numbers(
    client: Client, language: str, budget: str
) -> None:
    """From the regions overview to Östra Mellansverige's page: its reported budget (13 960 000
    kronor in the project report) is grouped the way the page's language groups digits."""
    prefix = "" if language == "sv" else f"/{language}"
    with translation.override(language):
        overview = client.get(f"{prefix}/regions/").content.decode()
    link = re.search(r'<a href="([^"]+)">[^<]*Östra Mellansverige', overview)
    assert link, "the regions overview does not link to Östra Mellansverige"
    page = client.get(link.group(1)).content.decode()
    assert re.search(f"<td[^>]*>{budget}</td>", page)
    assert "13960000" not in page
