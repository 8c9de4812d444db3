"""Every public page type, the registry pages, search and the route finder, statistics,
coordination (placements, sign-up, library, checklists) and the pages the law asks for, in every
language, pass axe-core (WCAG 2.1 AA) in chromium and reflow (SC 1.4.10) at 320 px and at
1280 px.

Page types are discovered from Wagtail's page models, so a type another app adds is covered as
soon as the demo data has a live page of it; the other pages are discovered from the URL
configuration: those without a parameter directly, those with one (a county, a document, an
event's sign-up) by following links from the home page to the first of each, as a visitor
would. ``test_every_public_view_is_checked`` fails for a view that none of these reach. A page
type not translated into a language is checked as that language's visitors get it: the Swedish
page with the notice. Each page is loaded once and
checked at both widths (the layout follows CSS media queries only), to keep the suite short.
"""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.urls import (
    NoReverseMatch,
    URLPattern,
    URLResolver,
    get_resolver,
    reverse,
    translate_url,
)
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from wagtail.models import Page, get_page_models

from tests.browser import axe
from tests.browser.urls import parameterless_url_names
from tests.pages import first_live_page, linked_paths

LANGUAGES = ("sv", "en", "ar", "so", "ti")
# A phone held upright at the width SC 1.4.10 names, and a laptop.
VIEWPORTS = ({"width": 320, "height": 640}, {"width": 1280, "height": 900})
PAGE_MODELS = [model for model in get_page_models() if model is not Page]
# Public URL namespaces whose pages without parameters are checked (lists, search, forms).
PUBLIC_NAMESPACES = ("branch_models", "search", "routes", "coordination", "outcomes")
# The pages the law asks for and the regions' overview, outside any namespace.
SITE_PAGES = ("accessibility_statement", "privacy", "contact", "regions")
# Views with a parameter, reached by following links from the home page.
LINKED_VIEWS = (
    "coordination:placement_detail",
    "coordination:event_signup",
    "coordination:checklist_fill",
    "coordination:document_detail",
    "outcomes:county",
    "outcomes:municipality",
)
# Public views that are no page to read: data, files, Wagtail's catch-all (page types above).
NOT_PAGES = {
    "search:suggest",
    "routes:pdf",
    "outcomes:open_data",
    "wagtail_serve",
    "wagtailcore_authenticate_with_password",
    "wagtailcore_login",
}
# A query that finds something in the demo data, so result lists are checked too.
SEARCH_QUERY = {
    "search": "?q=validering",
    "routes": "?text=kock&municipality=H%C3%A4ssleholm&swedish_level=sfi",
}
# Wider than the viewport: the document, or any box that scrolls sideways without being a
# designated scroll region (role="region", a name, tabindex="0"). Form fields scroll their own
# text and are left out.
OVERFLOW = """() => {
  const root = document.documentElement;
  const found = [];
  if (root.scrollWidth > root.clientWidth) {
    found.push(`document ${root.scrollWidth}px wide in ${root.clientWidth}px`);
  }
  for (const box of document.body.querySelectorAll("*")) {
    if (box.scrollWidth <= box.clientWidth + 1 || box.matches("input, textarea, select")) continue;
    if (!["auto", "scroll"].includes(getComputedStyle(box).overflowX)) continue;
    const designated = box.getAttribute("role") === "region" && box.tabIndex === 0
      && (box.hasAttribute("aria-label") || box.hasAttribute("aria-labelledby"));
    if (!designated) found.push(`${box.tagName.toLowerCase()}.${box.className} scrolls sideways`);
  }
  return found;
}"""


DOWNLOAD = re.compile(r"\.(csv|json|xlsx|ics|pdf)$")

FOOTER_LINKS = "links => links.map(link => link.getAttribute('href'))"


def _require_language(language: str) -> None:
    if language not in dict(settings.LANGUAGES):
        pytest.skip(f"the {language!r} locale is not enabled in LANGUAGES yet")


def _assert_accessible(browser_page: object, path: str) -> None:
    browser_page.set_viewport_size(VIEWPORTS[0])
    response = browser_page.goto(path)
    assert response is not None and response.status == 200, f"{path} answered {response.status}"
    if not response.headers.get("content-type", "").startswith("text/html"):
        return  # e.g. a JSON endpoint beside the pages: nothing for a person to read
    # Every page's footer leads to the pages the law asks for, in the page's language.
    language = browser_page.evaluate("document.documentElement.lang")
    footer = set(browser_page.locator(".site-footer nav a").evaluate_all(FOOTER_LINKS))
    with translation.override(language):
        required = {reverse(name) for name in ("accessibility_statement", "privacy", "contact")}
    assert required <= footer, f"{path}: the footer lacks {required - footer}"
    for viewport in VIEWPORTS:
        browser_page.set_viewport_size(viewport)
        width = viewport["width"]
        overflow = browser_page.evaluate(OVERFLOW)
        assert not overflow, f"{path} at {width} px: " + "; ".join(overflow)
        found = axe.violations(browser_page)
        assert not found, f"{path} at {width} px:\n{axe.report(found)}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model._meta.label)
def test_page_type_has_no_wcag_violations(model, language, browser_page, db):
    _require_language(language)
    page = first_live_page(model, language)
    if page is not None:
        path = page.get_url_parts()[2]
    else:  # not translated: the Swedish page with the notice, under the language's prefix
        page = first_live_page(model, settings.LANGUAGE_CODE)
        if page is None:
            pytest.skip(f"no live {model._meta.label} in the demo data")
        path = f"/{language}{page.get_url_parts()[2]}"
    _assert_accessible(browser_page, path)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("namespace", PUBLIC_NAMESPACES)
def test_public_views_have_no_wcag_violations(namespace, language, browser_page, db):
    _require_language(language)
    names = parameterless_url_names(namespace)
    if not names:
        pytest.skip(f"no public URLs in the {namespace!r} namespace (app not merged yet)")
    with translation.override(language):
        paths = [reverse(name) + SEARCH_QUERY.get(namespace, "") for name in names]
    # A file to download (the statistics' open data, data.csv) is no page for a person to read.
    for path in (p for p in paths if not DOWNLOAD.search(p)):
        _assert_accessible(browser_page, path)


def _registry_detail_models() -> list[type]:
    from branch_models.models import RegistryRecord

    return [model for model in RegistryRecord.__subclasses__() if not model._meta.abstract]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", _registry_detail_models(), ids=lambda model: model.__name__)
def test_registry_detail_pages_have_no_wcag_violations(model, language, browser_page, db):
    _require_language(language)
    record = model.objects.public().order_by("pk").first()
    if record is None:
        pytest.skip(f"no published {model.__name__} in the demo data")
    with translation.override(language):
        try:
            path = record.get_absolute_url()
        except NoReverseMatch:
            pytest.skip(f"{model.__name__} has no public detail page yet")
    _assert_accessible(browser_page, path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_site_pages_have_no_wcag_violations(language, browser_page, db):
    _require_language(language)
    with translation.override(language):
        paths = [reverse(name) for name in SITE_PAGES]
    for path in paths:
        _assert_accessible(browser_page, path)


@pytest.fixture(scope="module")
def linked(django_db_setup, django_db_blocker) -> dict[str, str]:
    """The first page of each view with a parameter a visitor reaches from the home page."""
    with django_db_blocker.unblock():
        return linked_paths(set(LINKED_VIEWS))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("view", LINKED_VIEWS)
def test_pages_reached_by_links_have_no_wcag_violations(view, language, linked, browser_page, db):
    _require_language(language)
    assert view in linked, f"no link from the home page leads to a {view} page"
    _assert_accessible(browser_page, translate_url(linked[view], language))


def _i18n_view_names() -> set[str]:
    names: set[str] = set()

    def walk(patterns: list, namespace: str | None, localized: bool) -> None:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = localized or isinstance(entry.pattern, LocalePrefixPattern)
                walk(entry.url_patterns, entry.namespace or namespace, inner)
            elif isinstance(entry, URLPattern) and localized and entry.name:
                names.add(f"{namespace}:{entry.name}" if namespace else entry.name)

    walk(get_resolver().url_patterns, None, False)
    return names


def test_every_public_view_is_checked():
    """A public view added later must be added to one of the lists above to be checked."""
    checked = set(SITE_PAGES) | set(LINKED_VIEWS) | NOT_PAGES
    for namespace in PUBLIC_NAMESPACES:
        checked |= set(parameterless_url_names(namespace))
    checked |= {model.url_name for model in _registry_detail_models() if hasattr(model, "url_name")}
    assert _i18n_view_names() - checked == set()
