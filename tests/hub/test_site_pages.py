"""The accessibility statement, privacy and contact pages: in every language, linked from
every page's footer, and never showing contact details nobody entered."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Site

from hub.models import Organisation

pytestmark = pytest.mark.django_db

PATHS = ("kontakt/", "tillganglighet/", "personuppgifter/")  # in the footer's order


def _html(client: Client, path: str) -> BeautifulSoup:
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("prefix", ["/", "/en/", "/ar/", "/so/", "/ti/"])
def test_every_page_links_the_pages_from_its_footer(client: Client, prefix: str) -> None:
    for start in ("", "valideringsmodeller/", "tillganglighet/"):
        footer = _html(client, prefix + start).select(".site-footer nav a")
        hrefs = [link["href"] for link in footer]
        about = "/en/about/" if prefix == "/en/" else f"{prefix}om-valideringsnavet/"
        assert hrefs == [about, *(prefix + path for path in PATHS)], (start, hrefs)


@pytest.mark.parametrize("prefix", ["/ar/", "/so/", "/ti/"])
def test_the_pages_are_written_in_the_visitors_language(client: Client, prefix: str) -> None:
    english = {path: _html(client, "/en/" + path).find("main").get_text() for path in PATHS}
    for path in PATHS:
        html = _html(client, prefix + path)
        assert html.html["lang"] == prefix.strip("/")
        main = html.find("main")
        assert not main.select(".notice--fallback"), path
        for paragraph in BeautifulSoup(english[path], "html.parser").get_text().split("\n"):
            if len(paragraph) > 40:  # no sentence left in English
                assert paragraph not in main.get_text(), (path, paragraph)


def test_without_an_organisation_the_pages_say_what_is_missing(client: Client) -> None:
    for path in PATHS:
        main = _html(client, "/en/" + path).find("main")
        assert main.select(".notice--missing"), path
        assert not main.select('a[href^="mailto:"], a[href^="tel:"]'), path


def test_the_organisations_details_appear_once_entered(client: Client) -> None:
    organisation = Organisation.for_site(Site.objects.get(is_default_site=True))
    organisation.name = "Region Exempel"
    organisation.email = "tillganglighet@example.se"
    organisation.save()
    statement = _html(client, "/tillganglighet/").find("main")
    assert "Region Exempel ansvarar för den här webbplatsen." in statement.get_text()
    assert statement.select_one('a[href="mailto:tillganglighet@example.se"]') is not None
    assert not statement.select(".notice--missing")
    privacy = _html(client, "/en/personuppgifter/").find("main")
    assert "Region Exempel is the controller" in privacy.get_text()


def test_the_contact_page_leads_to_the_resource_request_form(client: Client) -> None:
    contact = _html(client, "/en/kontakt/")
    form_link = contact.find("a", string="Send a resource request")
    form = _html(client, form_link["href"])
    assert form.find("form", method="post") is not None


def test_the_about_page_has_more_than_one_sentence_in_every_language(client: Client) -> None:
    for path in ("/om-valideringsnavet/", "/en/about/", "/ar/om-valideringsnavet/"):
        main = _html(client, path).find("main")
        assert len(main.find_all("h2")) >= 3, path
        assert len(main.get_text(" ", strip=True)) > 800, path
    for prefix in ("/so/", "/ti/"):
        html = _html(client, f"{prefix}om-valideringsnavet/")
        assert html.html["lang"] == prefix.strip("/")


def test_the_privacy_page_gives_every_retention_rule_the_deletion_applies(client: Client) -> None:
    from django.utils import translation

    from hub.retention import get_rules

    rules = get_rules()
    assert rules, "the apps register their retention rules in ready()"
    table = _html(client, "/en/personuppgifter/").find("main").find("table")
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table.tbody("tr")]
    with translation.override("en"):
        assert rows == [[str(rule.data), str(rule.period)] for rule in rules]
