"""Every public page type, the registry pages and search pass axe-core (WCAG 2.1 AA) in chromium.

Page types are discovered from Wagtail's page models, so a type another app adds is covered as
soon as the demo data has a live page of it; the registry and search pages are discovered from
the URL configuration. What is not there yet is skipped with the reason.
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

LANGUAGES = ("sv", "en", "ar")
PAGE_MODELS = [model for model in get_page_models() if model is not Page]
# Public URL namespaces whose pages without parameters are checked (lists, search, forms).
PUBLIC_NAMESPACES = ("branch_models", "search")
# A query that finds something in the demo data, so result lists are checked too.
SEARCH_QUERY = {"search": "?q=validering"}


def _require_language(language: str) -> None:
    if language not in dict(settings.LANGUAGES):
        pytest.skip(f"the {language!r} locale is not enabled in LANGUAGES yet")


def _assert_accessible(browser_page: object, path: str) -> None:
    response = browser_page.goto(path)
    assert response is not None and response.status == 200, f"{path} answered {response.status}"
    if not response.headers.get("content-type", "").startswith("text/html"):
        return  # e.g. a JSON endpoint beside the pages: nothing for a person to read
    found = axe.violations(browser_page)
    assert not found, f"{path}:\n{axe.report(found)}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model._meta.label)
def test_page_type_has_no_wcag_violations(model, language, browser_page, db):
    _require_language(language)
    page = first_live_page(model, language)
    if page is None:
        pytest.skip(f"no live {model._meta.label} in {language!r} in the demo data")
    _site_id, _root_url, path = page.get_url_parts()
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
