"""The main menu is cached per site and language, and follows every page change at once."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def menu(client: Client, url: str = "/") -> dict[str, str]:
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return {a["href"]: a.get_text() for a in html.find("nav", class_="site-nav").find_all("a")}


def employers() -> Page:
    return Page.objects.get(url_path__endswith="/arbetsgivare/", locale__language_code="sv")


def test_menu_follows_publishing_renaming_and_unpublishing(client: Client) -> None:
    assert menu(client)["/arbetsgivare/"] == "För arbetsgivare"
    page = employers().specific
    page.title = "Rekrytera och validera"
    page.save_revision().publish()
    assert menu(client)["/arbetsgivare/"] == "Rekrytera och validera"
    page.unpublish()
    assert "/arbetsgivare/" not in menu(client)


def test_menu_follows_a_page_moved_out_of_the_top_level(client: Client) -> None:
    page = employers()
    regions = Page.objects.get(url_path__endswith="/regions/", locale__language_code="sv")
    assert "/arbetsgivare/" in menu(client)
    page.move(regions, pos="last-child")
    assert "/arbetsgivare/" not in menu(client)


def test_menu_marks_the_current_page_in_each_language(client: Client) -> None:
    html = BeautifulSoup(client.get("/arbetsgivare/").content, "html.parser")
    current = html.find("nav", class_="site-nav").find("a", attrs={"aria-current": "page"})
    assert current["href"] == "/arbetsgivare/"
    assert menu(client, "/en/")  # the English menu is built and cached separately
    assert "/arbetsgivare/" in menu(client, "/")


def test_menu_shows_the_short_menu_title_and_the_page_keeps_its_title(client: Client) -> None:
    assert menu(client)["/om-valideringsnavet/"] == "Om oss"
    assert menu(client, "/en/")["/en/about/"] == "About us"
    html = BeautifulSoup(client.get("/om-valideringsnavet/").content, "html.parser")
    assert html.h1.get_text(strip=True) == "Om Valideringsnavet"

    about = Page.objects.get(url_path__endswith="/om-valideringsnavet/", locale__language_code="sv")
    page = about.specific
    page.menu_title = ""  # no menu title: the menu shows the title
    page.save_revision().publish()
    assert menu(client)["/om-valideringsnavet/"] == "Om Valideringsnavet"
