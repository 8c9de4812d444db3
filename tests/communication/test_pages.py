"""Every page type renders in Swedish and English, with breadcrumbs and metadata."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from wagtail.models import Page

from communication.models import (
    AudienceLandingPage,
    ContentPage,
    CoursePage,
    CourseSectionPage,
    CredentialExplainerPage,
    EventIndexPage,
    EventPage,
    GlossaryPage,
    GuidanceArticlePage,
    HomePage,
    LessonPage,
    NewsIndexPage,
    NewsPage,
    ResourceRequestFormPage,
)
from tests.communication.conftest import soup

PAGE_TYPES = [
    HomePage,
    ContentPage,
    AudienceLandingPage,
    GuidanceArticlePage,
    CredentialExplainerPage,
    CoursePage,
    CourseSectionPage,
    LessonPage,
    GlossaryPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    ResourceRequestFormPage,
]


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_each_page_type_renders_in_swedish_and_english(
    client: Client, model: type[Page], language: str
) -> None:
    page = model.objects.live().filter(locale__language_code=language).first()
    assert page is not None, f"no demo {model.__name__} in {language}"
    html = soup(client.get(page.url))
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True)
    assert len(html.find_all("h1")) == 1
    if page.depth > 2:
        crumbs = html.find("nav", class_="breadcrumbs")
        assert crumbs.find("a", attrs={"aria-current": "page"})["href"] == page.url


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["/ar/", "/ar/for-dig/", "/ar/basprogram/arbetsmarknad/visa-vad-du-kan/", "/ar/ordlista/"],
)
def test_arabic_pages_are_right_to_left(client: Client, url: str) -> None:
    html = soup(client.get(url))
    assert html.html["lang"] == "ar"
    assert html.html["dir"] == "rtl"
    assert html.find("a", class_="skip-link").get_text() == "انتقل إلى المحتوى الرئيسي"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["so", "ti"])
def test_somali_and_tigrinya_lessons_are_served_with_their_own_ui(
    client: Client, language: str
) -> None:
    html = soup(client.get(f"/{language}/basprogram/pa-jobbet/regler-pa-jobbet/"))
    assert html.html["lang"] == language
    assert html.html["dir"] == "ltr"
    nav = html.find("nav", class_="course-nav")
    assert nav["aria-label"] != "Course navigation"  # translated
    assert "Kursnavigering" != nav["aria-label"]


@pytest.mark.django_db
def test_language_switcher_offers_the_five_languages_of_a_lesson(client: Client) -> None:
    html = soup(client.get("/basprogram/samhallsinformation/sa-fungerar-sverige/"))
    switch = html.find("nav", class_="language-switcher")
    assert {a["hreflang"] for a in switch.find_all("a")} == {"sv", "en", "ar", "so", "ti"}


@pytest.mark.django_db
def test_article_has_open_graph_and_schema_org_metadata(client: Client) -> None:
    html = soup(client.get("/vad-ar-validering/"))
    og = {m["property"]: m["content"] for m in html.find_all("meta", property=True)}
    assert og["og:title"] == "Vad är validering?"
    assert og["og:type"] == "article"
    assert og["og:url"].endswith("/vad-ar-validering/")
    assert og["og:locale"] == "sv"
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Article"
    assert data["inLanguage"] == "sv"
    assert data["headline"] == "Vad är validering?"


@pytest.mark.django_db
def test_event_schema_org_has_dates_and_location(client: Client) -> None:
    event = EventPage.objects.live().filter(locale__language_code="sv", place="").first()
    html = soup(client.get(event.url))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert data["startDate"] == event.start.isoformat()
    assert data["location"]["@type"] == "VirtualLocation"
    assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")


@pytest.mark.django_db
def test_staircase_is_an_ordered_list_in_a_figure_with_caption(client: Client) -> None:
    html = soup(client.get("/vad-ar-validering/"))
    figure = html.find("ol", class_="staircase").find_parent("figure")
    steps = [li.strong.get_text() for li in figure.find_all("li")]
    assert steps == [
        "Förberedelse",
        "Allmänna kompetenser",
        "Yrkesvalidering",
        "Jobb eller studier",
    ]
    assert "Skåne Nordost" in figure.figcaption.get_text()


@pytest.mark.django_db
def test_accordion_uses_native_details_and_summary(client: Client) -> None:
    html = soup(client.get("/vad-ar-validering/"))
    details = html.find("section", class_="accordion").find_all("details")
    assert [d.summary.get_text() for d in details][0] == "Måste jag ha betyg för att börja?"


@pytest.mark.django_db
def test_landing_page_gathers_what_is_written_for_its_audience(client: Client) -> None:
    html = soup(client.get("/arbetsgivare/"))
    titles = {a.get_text() for a in html.select("main .card h3 a")}
    assert "Vad vinner du som arbetsgivare?" in titles  # article tagged for employers
    assert "Vad betyder ett truckkort?" in titles  # credential explainer
    assert "Validering på Komvux" not in titles  # not tagged for employers


@pytest.mark.django_db
def test_credential_explainer_shows_registry_facts_and_editor_text(client: Client) -> None:
    page = CredentialExplainerPage.objects.get(slug="truckkort", locale__language_code="sv")
    html = soup(client.get(page.url))
    facts = html.find("section", class_="record-card")
    assert page.credential.can_do[0] in facts.get_text()
    assert "Ditt ansvar" in html.get_text()


@pytest.mark.django_db
def test_credential_explainer_of_an_unpublished_credential_is_not_public(client: Client) -> None:
    page = CredentialExplainerPage.objects.get(slug="truckkort", locale__language_code="sv")
    page.credential.live = False
    page.credential.save()
    assert client.get(page.url).status_code == 404


@pytest.mark.django_db
def test_main_menu_in_arabic_links_untranslated_pages_in_their_own_language(
    client: Client,
) -> None:
    Page.objects.get(slug="vagledare", locale__language_code="ar").unpublish()  # all translated
    html = soup(client.get("/ar/"))
    menu = {a["href"]: a for a in html.find("nav", class_="site-nav").find_all("a")}
    assert "lang" not in menu["/ar/basprogram/"].attrs
    assert menu["/ar/vagledare/"]["lang"] == "sv"
    assert menu["/ar/vagledare/"].get_text() == "För vägledare"


@pytest.mark.django_db
@pytest.mark.parametrize("home", ["/", "/en/", "/ar/", "/so/", "/ti/"])
def test_a_person_finds_from_the_home_page_whom_to_talk_to_near_them(
    client: Client, home: str
) -> None:
    """From the home page to the page for individuals, and on to the list of actors near them."""
    menu = soup(client.get(home)).find("nav", class_="site-nav")
    for_you = next(a["href"] for a in menu.find_all("a") if "for-" in a["href"])
    page = soup(client.get(for_you))
    actors = next(a["href"] for a in page.main.find_all("a") if "/aktorer/" in a["href"])
    response = client.get(actors)
    assert response.status_code == 200
    assert soup(response).find("select", attrs={"name": "municipality"})
