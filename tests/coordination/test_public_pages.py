"""The coordination tools' public pages answer in every site language, and leak no drafts."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from coordination.models import LibraryDocument

pytestmark = pytest.mark.django_db

PAGES = [
    ("coordination:placement_list", []),
    ("coordination:placement_offer", []),
    ("coordination:placement_detail", ["demo-lagerarbete-nybro"]),
    ("coordination:library", []),
    ("coordination:document_detail", ["ramboll-slututvardering-samverkan-leder-till-arbete"]),
    ("coordination:checklist_fill", ["valideringsunderlag-lager-och-logistik"]),
]


@pytest.mark.parametrize("language", ["sv", "en", "ar", "so", "ti"])
@pytest.mark.parametrize(("name", "args"), PAGES)
def test_public_pages_answer_in_every_language(client, language, name, args):
    with translation.override(language):
        url = reverse(name, args=args)
    response = client.get(url)
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


def test_library_lists_the_four_seed_reports_without_invented_links(client):
    html = client.get(reverse("coordination:library")).content.decode()
    for title in (
        "Slutrapport: KompetensValidering",
        "Slutrapport: Projekt Validering och praktiksamordning i KAK",
        "Regionala strukturer för validering i Östra Mellansverige",
        "Slututvärdering av Samverkan leder till arbete",
    ):
        assert title in html
    assert not LibraryDocument.objects.exclude(url="").exists()
    slug = "slutrapport-kompetensvalidering-skane-nordost"
    detail = client.get(reverse("coordination:document_detail", args=[slug])).content.decode()
    assert "Dokumentet är inte publicerat på nätet" in detail


def test_a_draft_document_is_not_shown(client):
    document = LibraryDocument.objects.get(slug="regionala-strukturer-for-validering-oms")
    document.live = False
    document.save()
    assert document.name not in client.get(reverse("coordination:library")).content.decode()
    url = reverse("coordination:document_detail", args=[document.slug])
    assert client.get(url).status_code == 404


def test_the_menu_links_the_coordination_pages_and_the_resource_request(client):
    html = client.get("/").content.decode()
    for text in ("Praktikplatser", "Handledarstöd", "Kunskapsbank", "Förfrågan om resurs"):
        assert f">{text}</a>" in html


def test_library_documents_are_found_by_the_site_search(client):
    html = client.get(reverse("search:search"), {"q": "Ramboll slututvärdering"}).content.decode()
    titles = [h2.get_text() for h2 in BeautifulSoup(html, "html.parser").select("article h2")]
    assert "Slututvärdering av Samverkan leder till arbete" in titles


@pytest.mark.parametrize(
    ("audience", "links"),
    [
        ("/arbetsgivare/", ["Erbjud en praktikplats", "Handledarstöd"]),
        (
            "/vagledare/",
            [
                "Praktikplatser",
                "Be om en workshop eller annat stöd för er kommun",
                "Kunskapsbank",
            ],
        ),
        ("/beslutsfattare/", ["Kunskapsbank", "Be om en workshop eller annat stöd för er kommun"]),
    ],
)
def test_audience_pages_lead_to_the_coordination_tools(client, audience, links):
    """From the home page to an audience's page, and on to each of its tools."""
    home = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    landing_url = next(a["href"] for a in home.select("main a") if a["href"].endswith(audience))
    landing = BeautifulSoup(client.get(landing_url).content.decode(), "html.parser")
    section = landing.find("section", class_="audience-coordination")
    assert [a.get_text() for a in section.find_all("a")] == links
    for link in section.find_all("a"):
        assert client.get(link["href"]).status_code == 200


def _titles(html: str) -> set[str]:
    return {a.get_text() for a in BeautifulSoup(html, "html.parser").select(".record-list h2 a")}


def test_library_filters_by_region_audience_and_topic(client):
    home = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    library = home.find("a", string="Kunskapsbank")["href"]
    page = BeautifulSoup(client.get(library).content.decode(), "html.parser")
    for name in ("kind", "region", "audience", "topic"):
        assert page.select_one(f"form.filters select[name={name}]"), name
    regions = {o.get_text() for o in page.select("select[name=region] option")}
    assert {"Kalmar län", "Skåne län", "Västmanlands län"} <= regions

    def titles(**choices: str) -> set[str]:
        return _titles(client.get(library, choices).content.decode())

    kalmar = "Slututvärdering av Samverkan leder till arbete"
    kak = "Slutrapport: Projekt Validering och praktiksamordning i KAK"
    oms = "Regionala strukturer för validering i Östra Mellansverige"
    assert titles(region="08") == {kalmar}
    assert titles(region="19") == {kak, oms}
    assert titles(audience="employers") == {kak, oms}
    assert titles(topic="work_placements") == {kak}
    assert titles(region="19", topic="language") == {kak}
    assert titles(region="nowhere") == titles()  # an unknown choice is ignored
    empty = client.get(library, {"region": "12", "topic": "language"}).content.decode()
    assert not _titles(empty) and "Inga dokument matchar valen." in empty


def test_the_job_seeker_pilot_handbook_is_a_page_in_the_supervisors_section(client):
    home = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    section = home.find("a", string="Handledarstöd")["href"]
    page = BeautifulSoup(client.get(section).content.decode(), "html.parser")
    link = page.find("a", string=lambda text: text and "sökandelots" in text)
    assert link, "the supervisors' section does not lead to the sökandelots handbook"
    handbook = client.get(link["href"]).content.decode()
    assert "<h1" in handbook and "Metodhandbok: sökandelots" in handbook
    assert "Samverkan leder till arbete" in handbook
