"""Registry detail pages: linked to each other, drafts never shown, English, accessible."""

from __future__ import annotations

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client

from branch_models.models import (
    Actor,
    ChecklistTemplate,
    Credential,
    KomvuxOffer,
    ValidationModel,
)
from tests.branch_models.pages import get_page, listed

pytestmark = pytest.mark.django_db

LISTS = ["/valideringsmodeller/", "/intyg/", "/komvux/", "/aktorer/", "/checklistor/"]
DETAILS = [
    "/valideringsmodeller/svets/",
    "/intyg/yrkesbevis-trarbetare/",
    "/komvux/komvux-hassleholm-sfi-lager-truck/",
    "/aktorer/komvux-kristianstad/",
    "/checklistor/valideringsunderlag-kulturtolk-forskola/",
]


def links(page: BeautifulSoup, selector: str = "main") -> set[str]:
    return {a["href"] for a in page.select_one(selector).find_all("a", href=True)}


# --- Detail pages, linked to each other ------------------------------------------------------


def test_model_page_shows_steps_in_order_and_links_its_records(client: Client) -> None:
    page = get_page(client, "/valideringsmodeller/svets/")
    model = ValidationModel.objects.get(slug="svets")
    steps = page.select("ol.steps > li h3")
    assert [s.get_text(strip=True) for s in steps] == [
        step.title for step in model.steps.order_by("sort_order")
    ]
    assert {
        "/intyg/iw-diplom/",
        "/intyg/svets-valideringsintyg/",
        "/aktorer/svetskommissionen/",
        "/aktorer/svensk-industrivalidering/",
        "/komvux/komvux-kristianstad-svets/",
        "/komvux/komvux-koping-svets/",
        "/valideringsmodeller/?occupation=7212",
    } <= links(page)
    text = page.select_one("main").get_text(" ", strip=True)
    for competence in model.competences.all():
        assert competence.name in text
    assert model.prerequisites in text
    assert model.cost in text
    assert "Senast granskad" in text and "https://svets.se" in text


def test_credential_page_answers_an_employers_questions(client: Client) -> None:
    page = get_page(client, "/intyg/yrkesbevis-trarbetare/")
    credential = Credential.objects.get(slug="yrkesbevis-trarbetare")
    headings = [h.get_text(strip=True) for h in page.select("main h2")]
    assert headings[:1] == ["Lättläst"]
    assert {"Vad innehavaren kan", "Så kontrollerar du intyget", "Så får man det"} <= set(headings)
    items = [li.get_text(strip=True) for li in page.select('[aria-labelledby="can-do-heading"] li')]
    assert items == credential.can_do
    text = page.select_one("main").get_text(" ", strip=True)
    assert "SeQF-nivå 4" in text
    assert credential.verification in text and credential.validity in text
    assert credential.recognised_by in text
    assert {"/aktorer/byn/", "/valideringsmodeller/bygg/"} <= links(page)


def test_offer_page_shows_provider_place_language_support_dates_and_application(
    client: Client,
) -> None:
    page = get_page(client, "/komvux/komvux-hassleholm-sfi-lager-truck/")
    offer = KomvuxOffer.objects.get(slug="komvux-hassleholm-sfi-lager-truck")
    facts = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in page.select("main dl.facts dt")
    }
    assert facts["Anordnare"] == "Komvux Hässleholm"
    assert facts["Kombineras med SFI"] == "Ja"
    assert facts["Studiehandledning på modersmål"] == "Ja"
    assert facts["Kommun"].startswith("Hässleholm")
    assert "Bromölla" in facts["Öppen för"]
    assert page.select_one("a.button")["href"] == offer.application_url
    assert {"/aktorer/komvux-hassleholm/", "/valideringsmodeller/truck/"} <= links(page)
    assert page.select_one(".easy-read h2").get_text(strip=True) == "Lättläst"


def test_offer_page_lists_only_coming_start_dates(client: Client) -> None:
    offer = KomvuxOffer.objects.get(slug="komvux-hassleholm-sfi-lager-truck")
    offer.start_dates = ["2001-01-08", "2999-08-19"]
    offer.save()
    page = get_page(client, offer.get_absolute_url())
    dates = [t["datetime"] for t in page.select('[aria-labelledby="start-heading"] time')]
    assert dates == ["2999-08-19"]


def test_actor_page_shows_contact_a_map_link_and_what_it_does(client: Client) -> None:
    actor = Actor.objects.get(slug="komvux-kristianstad")
    page = get_page(client, "/aktorer/komvux-kristianstad/")
    text = page.select_one("main").get_text(" ", strip=True)
    # The place is a link to a map, not raw coordinates in the text.
    assert f"{actor.latitude:.4f}" not in text
    assert any("openstreetmap.org" in href for href in links(page))
    assert "Kristianstad" in text
    offers = {o.get_absolute_url() for o in actor.komvux_offers.all()}
    assert offers and offers <= links(page)
    assert "Bedömning" in text  # a role in validation, in Swedish


def test_actor_page_lists_models_it_carries_out_and_credentials_it_issues(client: Client) -> None:
    page = get_page(client, "/aktorer/byn/")
    assert {"/valideringsmodeller/bygg/", "/intyg/yrkesbevis-trarbetare/"} <= links(page)


def test_checklist_is_a_printable_assessment_table(client: Client) -> None:
    checklist = ChecklistTemplate.objects.get(slug="valideringsunderlag-kulturtolk-forskola")
    response = client.get(checklist.get_absolute_url())
    page = BeautifulSoup(response.content.decode(), "html.parser")
    assert "page-printable" in page.body["class"]
    assert page.find("link", rel="stylesheet", media="print")["href"].endswith("print.css")
    tables = page.select("table.checklist-table")
    captions = [t.caption.get_text(strip=True) for t in tables]
    for section in checklist.sections:
        assert section["title"] in captions
    vocational = tables[captions.index(checklist.sections[0]["title"])]
    columns = [th.get_text(strip=True) for th in vocational.select("thead th")]
    assert columns == [
        "Det som bedöms",
        "Uppnått",
        "Delvis uppnått",
        "Inte uppnått ännu",
        "Kommentar",
    ]
    rows = [th.get_text(strip=True) for th in vocational.select('tbody th[scope="row"]')]
    assert rows == checklist.sections[0]["items"]
    language = tables[captions.index("Svenska på arbetsplatsen")]
    assert [th.get_text(strip=True) for th in language.select("tbody th")] == (
        checklist.language_items
    )
    assert "/valideringsmodeller/?" not in str(page.select_one(".checklist-table"))


# --- Drafts never reach the public -----------------------------------------------------------


DRAFT_CASES = [
    # (model, slug, its list, pages of related records that would otherwise link it)
    (
        Credential,
        "iw-diplom",
        "/intyg/",
        ["/valideringsmodeller/svets/", "/aktorer/svetskommissionen/"],
    ),
    (
        ValidationModel,
        "svets",
        "/valideringsmodeller/",
        [
            "/intyg/iw-diplom/",
            "/komvux/komvux-kristianstad-svets/",
            "/aktorer/svetskommissionen/",
            "/aktorer/svensk-industrivalidering/",
        ],
    ),
    (
        KomvuxOffer,
        "komvux-kristianstad-svets",
        "/komvux/",
        ["/valideringsmodeller/svets/", "/aktorer/komvux-kristianstad/"],
    ),
    (
        Actor,
        "svetskommissionen",
        "/aktorer/",
        ["/valideringsmodeller/svets/", "/intyg/iw-diplom/"],
    ),
    (
        ChecklistTemplate,
        "valideringsunderlag-vard-och-omsorg",
        "/checklistor/",
        ["/valideringsmodeller/underskoterska/"],
    ),
]


@pytest.mark.parametrize(
    ("model", "slug", "list_url", "related"), DRAFT_CASES, ids=[c[1] for c in DRAFT_CASES]
)
def test_a_draft_disappears_everywhere(
    client: Client, model: type, slug: str, list_url: str, related: list[str]
) -> None:
    record = model.objects.get(slug=slug)
    url = record.get_absolute_url()
    assert slug in listed(client, list_url)
    for page_url in related:
        assert url in links(get_page(client, page_url)), page_url

    model.objects.filter(pk=record.pk).update(live=False)

    assert slug not in listed(client, list_url)
    assert client.get(url).status_code == 404
    assert client.get(f"/en{url}").status_code == 404
    for page_url in related:
        page = get_page(client, page_url)
        assert url not in links(page), page_url
        assert url not in str(page.find("script", type="application/ld+json")), page_url


def test_a_draft_is_not_a_filter_choice(client: Client) -> None:
    ValidationModel.objects.filter(slug="svets").update(live=False)
    page = get_page(client, "/komvux/")
    assert "svets" not in {o["value"] for o in page.select("#id_model option")}


def test_unknown_slug_is_a_404(client: Client) -> None:
    assert client.get("/valideringsmodeller/finns-inte/").status_code == 404


# --- Notices ------------------------------------------------------------------------------


def test_demo_records_say_so(client: Client) -> None:
    offer = KomvuxOffer.objects.filter(is_demo=True).first()
    notice = get_page(client, offer.get_absolute_url()).select_one(".notice--demo")
    assert "Demodata" in notice.get_text()
    real = ValidationModel.objects.get(slug="svets")
    assert not real.is_demo
    assert get_page(client, real.get_absolute_url()).select_one(".notice--demo") is None


def test_a_record_due_for_review_says_it_may_be_out_of_date(client: Client) -> None:
    ValidationModel.objects.filter(slug="svets").update(last_reviewed=date(2020, 5, 4))
    text = get_page(client, "/valideringsmodeller/svets/").select_one("main").get_text(" ")
    assert "Kan vara inaktuell" in text
    assert "4 maj 2020" in text


# --- English -------------------------------------------------------------------------------


def test_english_pages_use_english_chrome_and_english_fields(client: Client) -> None:
    page = get_page(client, "/en/intyg/yrkesbevis-trarbetare/")
    assert page.html["lang"] == "en"
    assert page.h1.get_text(strip=True) == "Trade certificate, carpenter (BYN)"
    assert page.find("h2", string="What the holder can do")
    can_do = page.select_one('[aria-labelledby="can-do-heading"] ul')
    assert can_do["lang"] == "sv"  # the statements exist only in Swedish
    assert {"/en/aktorer/byn/", "/en/valideringsmodeller/bygg/"} <= links(page)
    breadcrumbs = [a["href"] for a in page.select(".breadcrumbs a")]
    assert breadcrumbs == ["/en/", "/en/intyg/"]


def test_english_list_and_model_summary(client: Client) -> None:
    page = get_page(client, "/en/valideringsmodeller/?occupation=7212")
    assert page.h1.get_text(strip=True) == "Validation models"
    assert page.find(id="results-heading").get_text(strip=True) == "1 result"
    model = ValidationModel.objects.get(slug="svets")
    detail = get_page(client, "/en/valideringsmodeller/svets/")
    assert detail.select_one(".lead").get_text(strip=True) == model.summary_en
    switch = {a["hreflang"]: a["href"] for a in detail.select(".language-switcher a")}
    # Registry pages exist in every UI language (records keep their Swedish text, marked lang="sv").
    assert switch["sv"] == "/valideringsmodeller/svets/"
    assert switch["en"] == "/en/valideringsmodeller/svets/"
    assert set(switch) == {code for code, _name in settings.LANGUAGES}


# --- Accessibility basics -------------------------------------------------------------------


@pytest.mark.parametrize("url", LISTS + DETAILS + ["/en" + u for u in LISTS[:1] + DETAILS[:2]])
def test_page_structure_is_accessible(client: Client, url: str) -> None:
    page = get_page(client, url)
    assert len(page.find_all("h1")) == 1
    assert page.find("a")["href"] == "#main"
    assert page.find("main", id="main")
    for nav in page.find_all("nav"):
        assert nav.get("aria-label"), nav
    crumbs = page.select(".breadcrumbs li")
    assert crumbs[-1].find(attrs={"aria-current": "page"})
    for control in page.select("main select, main input, main textarea"):
        assert page.find("label", attrs={"for": control["id"]}), control
    for section in page.select("main section[aria-labelledby]"):
        assert page.find(id=section["aria-labelledby"]), section["aria-labelledby"]
    levels = [int(h.name[1]) for h in page.select("main h1, main h2, main h3")]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels


@pytest.mark.parametrize("url", LISTS)
def test_main_menu_links_the_registry_lists(client: Client, url: str) -> None:
    page = get_page(client, url)
    menu = {a["href"]: a.get("aria-current") for a in page.select(".site-nav a")}
    assert set(LISTS) <= set(menu)
    assert menu[url] == "page"
    detail = get_page(client, "/valideringsmodeller/svets/")
    assert detail.select_one('.site-nav a[href="/valideringsmodeller/"]')["aria-current"] == "true"
