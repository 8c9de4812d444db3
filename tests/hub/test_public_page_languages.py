"""Pages in Arabic, Somali and Tigrinya show no Swedish or English UI text unmarked (WCAG 2.1
SC 3.1.2) and show their UI in the page's language.

Each public page type is fetched under /ar/, /so/ and /ti/. Every text (and every text attribute
a screen reader reads) that is in the page's language by its ancestors' ``lang`` is compared with
the Swedish and English texts of every UI string in the project's catalogues: finding one means
a fallback or an untranslated string shown as if it were in the page's language.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup, Tag
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import Page, get_page_models

from hub.plugins.registry import get_registry
from tests.pages import first_live_page

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ar", "so", "ti")
TEXT_ATTRIBUTES = ("aria-label", "alt", "placeholder", "title")
ROUTE_QUERY = "?text=kock&municipality=H%C3%A4ssleholm&swedish_level=sfi"
# The calculator's two steps and its result: the move, then amounts a reader entered.
MOVE = "?origin=forsorjningsstod&target=work&months=12"
AMOUNTS = (
    "&forsorjningsstod=9000&gross_wage=25000&employer_contributions=8000&municipal_tax=8000"
    "&new_start_subsidy=10000&production_value=30000"
)
# Swedish agencies' names, which the editors keep as names in the texts and glossaries of every
# language (proper names are outside SC 3.1.2); the catalogue has them as the Swedish text of
# "Swedish Public Employment Service" and "Swedish Social Insurance Agency".
PROPER_NAMES = {"Arbetsförmedlingen", "Försäkringskassan"}


def _catalogue_entries() -> Iterator[polib.POEntry]:
    """Every translated entry of the Swedish catalogues of our apps and plugins."""
    for path in sorted(ROOT.glob("**/locale/sv/LC_MESSAGES/django.po")):
        if ".venv" in path.parts or ".cache" in path.parts:
            continue
        for entry in polib.pofile(str(path)):
            if entry.msgstr and not entry.obsolete and "%(" not in entry.msgid:
                yield entry


def _normalise(text: str) -> str:
    return " ".join(text.split()).strip(" :·–,.()")


def foreign_texts(language: str) -> set[str]:
    """Swedish and English texts of UI strings that have their own text in ``language``.

    Strings that read the same in Swedish and English are names (Komvux, OCN, a region's name)
    and are left out, as are strings too short to be told apart from data.
    """
    found = set()
    with translation.override(language):
        for entry in _catalogue_entries():
            if entry.msgid == entry.msgstr:
                continue
            shown = pgettext(entry.msgctxt, entry.msgid) if entry.msgctxt else gettext(entry.msgid)
            for text in (entry.msgid, entry.msgstr):
                if _normalise(text) != _normalise(shown) and len(_normalise(text)) > 2:
                    found.add(_normalise(text))
    return found - PROPER_NAMES


def _language_of(element: Tag, default: str) -> str:
    for node in (element, *element.parents):
        if isinstance(node, Tag) and node.get("lang"):
            return node["lang"]
    return default


def unmarked_foreign_text(html: str, language: str, foreign: set[str]) -> list[str]:
    """Return the texts in ``foreign`` the page shows as if they were in ``language``."""
    page = BeautifulSoup(html, "html.parser")
    for hidden in page.find_all(["script", "style", "template"]):
        hidden.decompose()
    for highlight in page.find_all("mark"):  # search highlights cut words: read them whole
        highlight.unwrap()
    page.smooth()
    problems = []
    for text in page.find_all(string=True):
        if _language_of(text.parent, language) == language and _normalise(text) in foreign:
            problems.append(f"<{text.parent.name}>{_normalise(text)}")
    for element in page.find_all(True):
        for attribute in TEXT_ATTRIBUTES:
            value = element.get(attribute)
            if value and _language_of(element, language) == language:
                if _normalise(value) in foreign:
                    problems.append(f"<{element.name} {attribute}>{_normalise(value)}")
    return problems


def public_urls(language: str) -> list[str]:
    """One URL of every public page type in ``language``: Wagtail pages, registry lists and
    details, the regions, search and the route finder."""
    from branch_models.models import RegistryRecord

    urls = []
    for model in get_page_models():
        if model is Page:
            continue
        page = first_live_page(model, language)
        if page is not None:
            urls.append(page.get_url_parts()[2])
    with translation.override(language):
        for name in (
            "model_list",
            "credential_list",
            "offer_list",
            "actor_list",
            "checklist_list",
        ):
            urls.append(reverse(f"branch_models:{name}"))
        for model in RegistryRecord.__subclasses__():
            record = model.objects.public().order_by("pk").first()
            if record is not None and not model._meta.abstract:
                urls.append(record.get_absolute_url())
        urls.append(reverse("regions"))
        for plugin in get_registry().get_plugins():
            urls.append(f"/{language}/regions/{plugin.url_slug}/")
        urls.append(reverse("search:search") + "?q=validering")
        urls.append(reverse("routes:finder") + ROUTE_QUERY)
        urls.append(reverse("outcomes:index"))
        urls.append(reverse("outcomes:county", kwargs={"code": "08"}))
        urls.append(reverse("outcomes:municipality", kwargs={"code": "0881"}))
        calculator = reverse("outcomes:calculator")
        urls += [calculator, calculator + MOVE, calculator + MOVE + AMOUNTS]
    return urls


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_swedish_or_english_ui_text_without_its_lang(client: Client, language: str) -> None:
    foreign = foreign_texts(language)
    problems = {}
    for url in public_urls(language):
        response = client.get(url)
        if response.status_code == 404:
            continue  # a region without a section page in this language
        assert response.status_code == 200, url
        found = unmarked_foreign_text(response.content.decode(), language, foreign)
        if found:
            problems[url] = found
    assert not problems, problems


def test_the_check_finds_unmarked_swedish_and_accepts_it_marked() -> None:
    foreign = foreign_texts("ar")
    with translation.override("sv"):
        swedish = gettext("Validation models")
    assert unmarked_foreign_text(f"<p>{swedish}</p>", "ar", foreign) == [f"<p>{swedish}"]
    assert not unmarked_foreign_text("<p><mark>Validering</mark>snavet</p>", "ar", {"Validering"})
    assert unmarked_foreign_text(f'<nav aria-label="{swedish}"></nav>', "ar", foreign)
    assert unmarked_foreign_text(f'<p lang="sv" dir="ltr">{swedish}</p>', "ar", foreign) == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("url_name", "text"),
    [
        ("branch_models:model_list", "Validation models"),
        ("branch_models:model_list", "Show results"),
        ("branch_models:offer_list", "Study form"),
        ("regions", "Regions"),
        ("search:search", "Search the site"),
    ],
)
def test_key_ui_strings_are_translated(
    client: Client, language: str, url_name: str, text: str
) -> None:
    with translation.override(language):
        url = reverse(url_name)
        translated = gettext(text)
    with translation.override(settings.LANGUAGE_CODE):
        swedish = gettext(text)
    assert translated not in (text, swedish)
    page = BeautifulSoup(client.get(url).content, "html.parser")
    assert page.html["lang"] == language
    shown = [_normalise(node) for node in page.find_all(string=True)]
    shown += [element["aria-label"] for element in page.find_all(attrs={"aria-label": True})]
    assert translated in shown


@pytest.mark.django_db
def test_swedish_record_text_is_marked_on_an_arabic_page(client: Client) -> None:
    page = BeautifulSoup(client.get("/ar/valideringsmodeller/svets/").content, "html.parser")
    assert page.html["dir"] == "rtl"
    heading = page.find("h1")
    assert (heading["lang"], heading["dir"]) == ("sv", "ltr")
    lead = page.find("p", class_="lead")
    assert (lead["lang"], lead["dir"]) == ("sv", "ltr")


@pytest.mark.django_db
def test_untranslated_menu_page_is_marked_in_the_arabic_menu(client: Client) -> None:
    counsellors = Page.objects.get(slug="vagledare", locale__language_code="ar")
    counsellors.unpublish()  # every Arabic menu page of the demo is translated
    page = BeautifulSoup(client.get("/ar/").content, "html.parser")
    links = page.find("ul", class_="site-nav__pages").find_all("a")
    swedish = [link for link in links if link.get("lang") == "sv"]
    assert [link.text for link in swedish] == ["För vägledare"]
    assert all(link["dir"] == "ltr" for link in swedish)
    arabic = [link for link in links if not link.get("lang")]
    assert len(arabic) > 1  # Home and the translated pages take the page's language


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["/ar/", "/so/", "/ti/"])
def test_audience_pages_in_the_menu_are_translated(client: Client, prefix: str) -> None:
    """ "För vägledare" was Swedish in the Arabic menu; the audiences are all translated now."""
    page = BeautifulSoup(client.get(prefix).content, "html.parser")
    links = page.find("ul", class_="site-nav__pages").find_all("a")
    swedish = {link.text for link in links if link.get("lang") == "sv"}
    assert not swedish & {"För privatpersoner", "För arbetsgivare", "För vägledare", "Om oss"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "events", "news"),
    [("/so/", "Dhacdooyinka", "Wararka"), ("/ti/", "ፍጻመታት", "ዜናታት")],
)
def test_events_and_news_lists_speak_somali_and_tigrinya_and_are_not_empty(
    client: Client, prefix: str, events: str, news: str
) -> None:
    """Issue 17: "Evenemang"/"Nyheter" were Swedish in the Somali and Tigrinya menus, and a
    list in those languages would have been empty: it shows the Swedish items, marked so."""
    home = BeautifulSoup(client.get(prefix).content, "html.parser")
    menu = {a.text.strip(): a for a in home.find("ul", class_="site-nav__pages").find_all("a")}
    assert events in menu and news in menu, sorted(menu)
    assert not menu[events].get("lang") and not menu[news].get("lang")
    for name in (events, news):
        listing = BeautifulSoup(client.get(menu[name]["href"]).content, "html.parser")
        assert listing.find("h1").text == name
        titles = listing.select(".card-list .card h2, .card-list .card h3")
        assert titles, f"the {name} list is empty"
        assert all(title.get("lang") == "sv" for title in titles)  # untranslated: Swedish


@pytest.mark.parametrize(
    ("language", "month", "swedish"), [("so", "Ogosto", "aug."), ("ti", "ነሓሰ", "aug.")]
)
def test_dates_name_the_month_in_somali_and_tigrinya(language: str, month: str, swedish: str):
    """Django has no Somali or Tigrinya catalogue: locale/ gives the month names dates use."""
    from datetime import date

    from django.utils.formats import date_format

    with translation.override(language):
        shown = date_format(date(2027, 8, 10))
    assert month in shown
    assert swedish not in shown.lower()


CORE_APPS = (
    "branch_models",
    "communication",
    "coordination",
    "hub",
    "outcomes",
    "routes",
    "search",
)


def _public_template_entries() -> Iterator[polib.POEntry]:
    """UI strings of the core apps' public templates (not the admin's nor the editors' e-mails),
    names left out."""
    for app in CORE_APPS:
        for entry in polib.pofile(str(ROOT / app / "locale/sv/LC_MESSAGES/django.po")):
            paths = [path for path, _line in entry.occurrences]
            public = any(
                p.startswith("templates/") and "/admin/" not in p and "/email/" not in p
                for p in paths
            )
            if public and not entry.obsolete and entry.msgid != entry.msgstr:
                yield entry


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_template_string_is_translated(language: str) -> None:
    """Also the states the page test does not reach: empty lists, errors, other filters."""
    untranslated = []
    for entry in _public_template_entries():
        with translation.override(language):
            if entry.msgid_plural:
                shown = translation.ngettext(entry.msgid, entry.msgid_plural, 5)
            elif entry.msgctxt:
                shown = pgettext(entry.msgctxt, entry.msgid)
            else:
                shown = gettext(entry.msgid)
        swedish = entry.msgstr or entry.msgstr_plural.get(1, "")
        if shown in (entry.msgid, entry.msgid_plural, swedish):
            untranslated.append(entry.msgid)
    assert not untranslated, untranslated
