"""Region sections: seeded pages, the regions list, and what each section page shows."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page

from communication.models import RegionSectionPage

pytestmark = pytest.mark.django_db

SECTIONS = {
    "skane_nordost": "/regions/skane-nordost/",
    "kak": "/regions/kak/",
    "kalmar": "/regions/kalmar/",
    "ostra_mellansverige": "/regions/ostra-mellansverige/",
}


class Outline(HTMLParser):
    """Collect headings and link targets, what a reader scanning the page meets first."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.links: list[str] = []
        self._in_heading = False

    def handle_starttag(self, tag, attrs):
        if tag in {"h1", "h2", "h3"}:
            self._in_heading = True
            self.headings.append("")
        if tag == "a":
            self.links.append(dict(attrs).get("href", ""))

    def handle_endtag(self, tag):
        if tag in {"h1", "h2", "h3"}:
            self._in_heading = False

    def handle_data(self, data):
        if self._in_heading:
            self.headings[-1] += data.strip()


def outline(client, url: str) -> Outline:
    response = client.get(url)
    assert response.status_code == 200, url
    parser = Outline()
    parser.feed(response.content.decode())
    return parser


def test_every_enabled_region_has_a_live_section_in_swedish_and_english():
    for slug in SECTIONS:
        sections = RegionSectionPage.objects.live().filter(plugin=slug)
        languages = {page.locale.language_code for page in sections}
        assert languages >= {"en", "sv"}, slug


def test_regions_list_links_each_section(client):
    page = outline(client, "/regions/")
    assert page.headings[0] == "Regioner"
    for url in SECTIONS.values():
        assert url in page.links
    assert "Köping, Arboga och Kungsör (KAK)" in page.headings


def test_regions_page_is_in_the_main_menu(client):
    assert "/regions/" in outline(client, "/").links


def test_section_shows_the_local_route_contacts_figures_and_links(client):
    page = outline(client, SECTIONS["skane_nordost"])
    assert page.headings[0] == "Skåne Nordost"
    assert "Vår process för validering" in page.headings
    # The body has a heading of the same name; the route itself comes after it.
    route = len(page.headings) - page.headings[::-1].index("Vår process för validering")
    steps = page.headings[route : route + 4]
    assert [step.split("(")[0] for step in steps] == [
        "Basprogrammet",
        "Yrkesvalidering i OCN-systemet",
        "Kompetensintyg",
        "Ett riktigt arbete, eller studier",
    ]
    assert "Kontakter" in page.headings and "Siffror" in page.headings
    assert "https://basprogram.sfsno.se" in page.links
    assert "/regions/skane-nordost/basprogrammet/" in page.links
    assert "/api/v1/areas/skane-nordost/" in page.links


def test_section_shows_a_map_with_a_text_alternative(client):
    html = client.get(SECTIONS["kalmar"]).content.decode()
    assert 'role="img"' in html
    text = re.sub(r"<[^>]+>", "", html)
    assert "Verkstad Västervik, Västervik" in text
    assert "Komvux Nybro, Nybro" in text


def test_english_section(client):
    page = outline(client, "/en" + SECTIONS["kak"])
    assert page.headings[0] == "Köping, Arboga and Kungsör"
    assert "Validation at a work placement" in page.headings


def test_seeding_again_keeps_what_editors_changed():
    section = RegionSectionPage.objects.get(plugin="kak", locale__language_code="sv")
    section.intro = "Redaktörens egen text."
    section.save_revision().publish()
    call_command("seed_region_sections", stdout=io.StringIO())
    section.refresh_from_db()
    assert section.intro == "Redaktörens egen text."
    assert RegionSectionPage.objects.filter(plugin="kak").count() == 2


def test_seeded_translations_leave_no_redirect_from_the_swedish_slug(client):
    """A translation has its own slug from the start, so no redirect is recorded for it."""
    english = "/en" + SECTIONS["kak"]
    assert client.get(english + "checklists-at-work/").status_code == 200
    assert not Redirect.objects.filter(old_path__contains="checklistor-pa-praktikplatsen").exists()


def test_seeded_child_pages_have_their_translations():
    sv = Page.objects.get(slug="basprogrammet", locale__language_code="sv")
    en = sv.get_translation(Locale.objects.get(language_code="en"))
    assert (en.title, en.slug) == ("The foundation course", "foundation-course")
