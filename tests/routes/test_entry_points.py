"""How people reach the route finder and what a link brings into it: the main menu in every
language, the audience pages, the validation model pages and search; a link without a place
fills in the form instead of failing."""

from __future__ import annotations

import io
import re
from html import unescape
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from communication.models import AudienceLandingPage

pytestmark = pytest.mark.django_db

MENU_TEXT = {
    "sv": "Hitta en valideringsväg",
    "en": "Find a validation route",
    "ar": "ابحث عن مسار للتحقق من الكفاءات",
    "so": "Raadi waddo lagu xaqiijiyo aqoontaada",
    "ti": "መንገዲ ምርግጋጽ ክእለት ድለ",
}


def finder_url(language: str) -> str:
    with translation.override(language):
        return reverse("routes:finder")


@pytest.mark.parametrize("language", sorted(MENU_TEXT))
def test_main_menu_links_to_the_route_finder_in_every_language(client: Client, language: str):
    home = "/" if language == "sv" else f"/{language}/"
    html = client.get(home, follow=True).content.decode()
    menu = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    assert f'<a href="{finder_url(language)}">{MENU_TEXT[language]}</a>' in menu


@pytest.mark.parametrize("audience", ["counsellors", "individuals"])
def test_audience_pages_offer_the_route_finder_as_their_action(client: Client, audience: str):
    for page in AudienceLandingPage.objects.live().filter(audience=audience):
        language = page.locale.language_code
        html = client.get(page.url, follow=True).content.decode()
        assert f'class="button primary-action__link" href="{finder_url(language)}"' in html


def test_validation_model_page_links_to_routes_for_its_occupation(client: Client):
    html = client.get(reverse("branch_models:model_detail", kwargs={"slug": "svets"})).content
    link = re.search(r'primary-action__link" href="([^"]+)"', html.decode()).group(1)
    assert unescape(link) == "/vagar/?text=" + quote("Svetsare och gasskärare").replace("%20", "+")

    page = client.get(unescape(link))
    assert page.status_code == 200, "a link without a place fills in the form, no error"
    body = page.content.decode()
    assert 'value="Svetsare och gasskärare"' in body
    assert "errorlist" not in body


def test_search_for_an_occupation_offers_its_routes_with_the_place(client: Client):
    html = client.get(reverse("search:search"), {"q": "svetsare Hässleholm"}).content.decode()
    offer = re.search(r'<p class="route-offer"><a class="button" href="([^"]+)">([^<]+)', html)
    assert offer is not None
    assert "Hässleholm" in unescape(offer.group(2))
    routes = client.get(unescape(offer.group(1))).content.decode()
    assert re.search(r'<h3 id="route-svets-title">', routes)


def test_a_place_removed_from_the_search_is_left_out_of_its_route_offer(client: Client):
    html = client.get(
        reverse("search:search"), {"q": "svetsare Hässleholm", "anywhere": "1"}
    ).content.decode()
    offer = re.search(r'<p class="route-offer"><a class="button" href="([^"]+)">([^<]+)', html)
    assert offer is not None
    assert "Hässleholm" not in unescape(offer.group(2))
    assert "municipality=" not in unescape(offer.group(1))


def test_search_without_an_occupation_offers_no_routes(client: Client):
    html = client.get(reverse("search:search"), {"q": "Hässleholm"}).content.decode()
    assert "route-offer" not in html


def test_postcode_in_the_municipality_field_places_the_person(client: Client):
    response = client.get("/vagar/", {"text": "kock", "municipality": "281 31"})
    assert response.status_code == 200
    assert "Vägar för en person i Hässleholm" in response.content.decode()


def test_results_come_before_the_form_with_reasons_in_words_and_contact_cards(client: Client):
    html = client.get("/vagar/", {"text": "svetsare", "municipality": "Hässleholm"}).content
    html = html.decode()
    assert html.index('id="routes-heading"') < html.index('class="route-form')
    assert "poäng" not in html
    assert re.search(r"Finns \d+ km bort i ", html)
    card = re.search(r'<li class="contact-card">.*?</li>', html, re.S).group(0)
    assert "0771-416 416" in html
    assert "Källa till kontaktuppgifterna" in card


@pytest.mark.parametrize(
    ("language", "filename"),
    [("sv", "valideringsvägar.pdf"), ("en", "validation-routes.pdf"), ("ar", "مسارات-التحقق.pdf")],
)
def test_pdf_is_named_in_the_readers_language(client: Client, language: str, filename: str):
    with translation.override(language):
        url = reverse("routes:pdf")
    response = client.get(url, {"text": "kock", "municipality": "Hässleholm"})
    assert response.status_code == 200
    assert quote(filename) in response["Content-Disposition"]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    # In Arabic the number's groups come out of the PDF in visual order: look for each group.
    assert all(group in text for group in ("0771", "416")), "the contact cards are in the PDF"
    assert {"sv": "Källa till kontaktuppgifterna", "en": "Source of the contact details"}.get(
        language, "مصدر بيانات الاتصال"
    ) in text


@pytest.mark.parametrize(
    ("text", "place", "language"),
    [
        ("jobbat som svetsare i 8 år", "Hassleholm", "sv"),
        ("svetsat i 8 år", "Hässleholms kommun", "sv"),
        ("عملت لحّام في سوريا", "hassleholm", "ar"),
        ("لحام", "281 31", "sv"),
        ("worked as a welder", "HÄSSLEHOLM", "en"),
    ],
)
def test_free_text_and_place_are_understood_however_typed(
    client: Client, text: str, place: str, language: str
):
    response = client.get(finder_url(language), {"text": text, "municipality": place})
    html = response.content.decode()
    assert response.status_code == 200, re.findall(r'class="errorlist"[^>]*>(.*?)</ul>', html)
    titles = re.findall(r'<h3 id="route-([^"]+)-title">', html)
    assert titles[0] == "svets", titles


def test_nothing_understood_says_so_and_suggests_what_to_try(client: Client):
    html = client.get("/vagar/", {"text": "rymdfarare", "municipality": "Osby"}).content.decode()
    assert "Vi kände inte igen något yrke i ”rymdfarare”" in unescape(html)


def test_a_county_is_not_a_municipality(client: Client):
    response = client.get("/en/routes/", {"text": "kock", "municipality": "Skåne län"})
    assert response.status_code == 400
    assert "We do not know the municipality" in unescape(response.content.decode())
