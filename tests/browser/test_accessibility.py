"""Every public page type, the registry pages, search and the route finder, in every language,
pass axe-core (WCAG 2.1 AA) in chromium and reflow (SC 1.4.10) at 320 px and at 1280 px.

Page types are discovered from Wagtail's page models, so a type another app adds is covered as
soon as the demo data has a live page of it; the registry, search and route pages are discovered
from the URL configuration. A page type not translated into a language is checked as that
language's visitors get it: the Swedish page with the notice. Each page is loaded once and
checked at both widths (the layout follows CSS media queries only), to keep the suite short.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page, get_page_models

from tests.browser import axe
from tests.browser.urls import parameterless_url_names
from tests.pages import first_live_page

LANGUAGES = ("sv", "en", "ar", "so", "ti")
# A phone held upright at the width SC 1.4.10 names, and a laptop.
VIEWPORTS = ({"width": 320, "height": 640}, {"width": 1280, "height": 900})
PAGE_MODELS = [model for model in get_page_models() if model is not Page]
# Public URL namespaces whose pages without parameters are checked (lists, search, forms).
PUBLIC_NAMESPACES = ("branch_models", "search", "routes")
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


def _require_language(language: str) -> None:
    if language not in dict(settings.LANGUAGES):
        pytest.skip(f"the {language!r} locale is not enabled in LANGUAGES yet")


def _assert_accessible(browser_page: object, path: str) -> None:
    browser_page.set_viewport_size(VIEWPORTS[0])
    response = browser_page.goto(path)
    assert response is not None and response.status == 200, f"{path} answered {response.status}"
    if not response.headers.get("content-type", "").startswith("text/html"):
        return  # e.g. a JSON endpoint beside the pages: nothing for a person to read
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
    for path in paths:
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
