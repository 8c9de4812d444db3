"""Public pages: Swedish by default, English under /en/, language switcher, landmarks."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.test import Client


class Landmarks(HTMLParser):
    """Collect the elements and attributes an accessibility review looks for first."""

    def __init__(self) -> None:
        super().__init__()
        self.html_attrs: dict[str, str | None] = {}
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.first_link: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "html":
            self.html_attrs = attributes
        if tag == "a" and self.first_link is None:
            self.first_link = attributes
        self.tags.append((tag, attributes))

    def count(self, tag: str) -> int:
        return sum(1 for name, _ in self.tags if name == tag)


def parse(html: str) -> Landmarks:
    parser = Landmarks()
    parser.feed(html)
    return parser


@pytest.mark.django_db
def test_home_is_swedish_at_root(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = parse(response.content.decode())
    assert page.html_attrs["lang"] == "sv"
    assert page.html_attrs["dir"] == "ltr"
    assert "Här samlar regioner" in response.content.decode()
    assert "Hoppa till huvudinnehållet" in response.content.decode()


@pytest.mark.django_db
def test_home_is_english_under_en(client: Client) -> None:
    response = client.get("/en/")
    assert response.status_code == 200
    assert parse(response.content.decode()).html_attrs["lang"] == "en"
    assert "Regions, municipalities and industries" in response.content.decode()
    assert "Skip to main content" in response.content.decode()


@pytest.mark.django_db
def test_language_switcher_links_to_the_translation_of_the_page(client: Client) -> None:
    html = client.get("/vad-ar-validering/").content.decode()
    page = parse(html)
    switch = [attrs for tag, attrs in page.tags if tag == "a" and attrs.get("hreflang")]
    assert {(a["hreflang"], a["href"]) for a in switch} == {
        ("sv", "/vad-ar-validering/"),
        ("en", "/en/what-is-validation/"),
        ("ar", "/ar/vad-ar-validering/"),
    }
    english = client.get("/en/what-is-validation/")
    assert english.status_code == 200
    assert "What is validation?" in english.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/en/", "/vad-ar-validering/"])
def test_base_template_has_skip_link_and_landmarks(client: Client, url: str) -> None:
    page = parse(client.get(url).content.decode())
    assert page.first_link == {"class": "skip-link", "href": "#main"}
    assert page.count("header") == 1
    assert page.count("main") == 1
    assert page.count("footer") == 1
    assert page.count("h1") == 1
    main = next(attrs for tag, attrs in page.tags if tag == "main")
    assert main["id"] == "main"
    navs = [attrs for tag, attrs in page.tags if tag == "nav"]
    assert navs and all(nav.get("aria-label") for nav in navs)


@pytest.mark.django_db
def test_unknown_page_is_a_404_in_the_site_language(client: Client) -> None:
    assert client.get("/finns-inte/").status_code == 404


@pytest.mark.django_db
def test_favicon_and_touch_icon_are_served(client: Client) -> None:
    from django.contrib.staticfiles import finders

    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert finders.find(response["Location"].removeprefix("/static/"))
    html = client.get("/en/").content.decode()
    for name in ("favicon.ico", "favicon.svg", "apple-touch-icon.png"):
        assert f"hub/icons/{name}" in html


@pytest.mark.django_db
def test_public_footer_does_not_link_the_health_report(client: Client) -> None:
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]
    assert "/health/" not in footer
