"""The search page in Debian's chromium: autocomplete fills the box's suggestions, the page has
no WCAG 2.1 AA violations axe can find, and search works from the keyboard alone."""

from __future__ import annotations

import shutil

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CHROMIUM = shutil.which("chromium")


@pytest.fixture
def page(live_server):
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        page.set_default_timeout(15_000)
        page.base_url = live_server.url
        yield page
        browser.close()


def test_autocomplete_suggests_titles(page):
    page.goto(f"{page.base_url}/sok/")
    page.fill("#search-q", "svet")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#search-suggestions option')]"
        ".some(o => o.value === 'Validering av svetsare (Svetskommissionen)')"
    )


def test_results_page_is_accessible_and_keyboard_usable(page):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"{page.base_url}/sok/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # home link
    page.keyboard.press("Tab")  # the header's search box
    page.keyboard.type("svetsare")
    page.keyboard.press("Enter")
    page.wait_for_selector("ol.search-results")
    assert "<mark>" in page.inner_html("ol.search-results")
    results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
    assert results.violations_count == 0, results.generate_report()
