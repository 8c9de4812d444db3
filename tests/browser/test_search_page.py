"""The search page in Debian's chromium: autocomplete fills the box's suggestions, the page has
no WCAG 2.1 AA violations axe can find, and search works from the keyboard alone."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.waiting import wait_until

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def test_autocomplete_suggests_titles(browser_page):
    browser_page.goto("/sok/")
    browser_page.fill("#search-q", "svet")
    wait_until(
        browser_page,
        "() => [...document.querySelectorAll('#search-suggestions option')]"
        ".some(o => o.value === 'Validering av svetsare (Svetskommissionen)')",
    )


def test_results_page_is_accessible_and_keyboard_usable(browser_page):
    browser_page.goto("/sok/")
    browser_page.keyboard.press("Tab")  # skip link
    browser_page.keyboard.press("Tab")  # home link
    browser_page.keyboard.press("Tab")  # the header's search box
    browser_page.keyboard.type("svetsare")
    # keyboard.press does not wait for the navigation it starts; axe needs the whole page.
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    browser_page.wait_for_selector("ol.search-results")
    assert "<mark>" in browser_page.inner_html("ol.search-results")
    results = Axe().run(browser_page, options={"runOnly": WCAG_21_AA})
    assert results.violations_count == 0, results.generate_report()
