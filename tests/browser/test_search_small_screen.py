"""On a phone the results of the search and of the registry lists come right after a one-line
filter disclosure that says how many filters are in use; on a laptop the filters stand open
beside the results."""

from __future__ import annotations

from tests.browser import axe
from tests.browser.test_accessibility import OVERFLOW

PHONE = {"width": 320, "height": 640}
LAPTOP = {"width": 1280, "height": 900}


def _search_from_home(browser_page, words: str) -> None:
    browser_page.goto("/en/")
    browser_page.fill("#site-search-q", words)
    # Until "load" the deferred site.js may not have opened (or closed) the filters yet.
    with browser_page.expect_navigation():
        browser_page.press("#site-search-q", "Enter")
    browser_page.wait_for_selector("ol.search-results")


def test_results_come_before_the_filters_on_a_phone(browser_page):
    browser_page.set_viewport_size(PHONE)
    _search_from_home(browser_page, "validation")
    disclosure = browser_page.locator("details.filter-disclosure")
    assert not disclosure.evaluate("details => details.open")
    assert browser_page.locator("details.filter-disclosure fieldset").first.is_hidden()
    first_hit = browser_page.locator("ol.search-results > li").first.bounding_box()
    assert first_hit["y"] < 2 * PHONE["height"], first_hit  # not four screens down
    summary = disclosure.locator("summary")
    assert summary.inner_text().strip() == "Filters"

    summary.click()  # open, choose one filter, apply
    disclosure.locator("fieldset input[type=checkbox]").first.check()
    with browser_page.expect_navigation():
        disclosure.get_by_role("button", name="Apply filters").click()
    disclosure = browser_page.locator("details.filter-disclosure")
    assert not disclosure.evaluate("details => details.open")
    assert disclosure.locator("summary").inner_text().strip() == "Filters (1 in use)"
    assert not browser_page.evaluate(OVERFLOW)
    found = axe.violations(browser_page)
    assert not found, axe.report(found)


def test_filters_stand_open_beside_the_results_on_a_laptop(browser_page):
    browser_page.set_viewport_size(LAPTOP)
    _search_from_home(browser_page, "validation")
    assert browser_page.locator("details.filter-disclosure").evaluate("details => details.open")
    facet = browser_page.locator("details.filter-disclosure fieldset").first.bounding_box()
    first_hit = browser_page.locator("ol.search-results > li").first.bounding_box()
    assert facet["x"] < first_hit["x"]  # beside, to the left of, the results


def test_registry_lists_show_results_before_their_filters_on_a_phone(browser_page):
    browser_page.set_viewport_size(PHONE)
    browser_page.goto("/en/")
    browser_page.get_by_role("button", name="Menu").click()
    # A site.js that ran only after the summary's click below would fold the filters again.
    with browser_page.expect_navigation():
        browser_page.get_by_role("link", name="Validation models").click()
    disclosure = browser_page.locator("details.filter-disclosure")
    assert not disclosure.evaluate("details => details.open")
    first = browser_page.locator(".record-list > li").first.bounding_box()
    assert first["y"] < 2 * PHONE["height"], first
    disclosure.locator("summary").click()
    disclosure.locator("select").first.select_option(index=1)
    with browser_page.expect_navigation():
        disclosure.get_by_role("button", name="Show results").click()
    summary = browser_page.locator("details.filter-disclosure summary")
    assert summary.inner_text().strip() == "Filters (1 in use)"
    assert not browser_page.evaluate(OVERFLOW)
    found = axe.violations(browser_page)
    assert not found, axe.report(found)
