"""The route finder in Debian's chromium: filled in by keyboard alone, routes shown, the map and
its list alternative opened, and no WCAG 2.1 AA violations axe can find in sv, en and ar."""

from __future__ import annotations

import pytest

from tests.browser.axe import report, violations

pytestmark = pytest.mark.browser

COOK = "text=kock&municipality=H%C3%A4ssleholm&swedish_level=sfi"


def test_keyboard_only_search_shows_routes_map_and_list(browser_page):
    browser_page.goto("/vagar/")
    browser_page.focus("#id_text")
    browser_page.keyboard.type("kock")
    browser_page.keyboard.press("Tab")  # occupation: left empty
    browser_page.keyboard.press("Tab")  # industry: left at "any"
    browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("document.activeElement.id") == "id_municipality"
    browser_page.keyboard.type("Hässleholm")
    browser_page.keyboard.press("Tab")  # postcode: left empty
    browser_page.keyboard.press("Tab")  # Swedish level: the radio group
    browser_page.keyboard.press("ArrowDown")  # "not given" -> "none yet"
    browser_page.keyboard.press("ArrowDown")  # -> "studies SFI"
    assert browser_page.is_checked("input[name=swedish_level][value=sfi]")
    browser_page.keyboard.press("Enter")  # submits the form
    browser_page.wait_for_selector("ol.route-list")

    first = browser_page.inner_text("ol.route-list > li:first-child h3")
    assert first == "Hotell- och restaurangbranschens validering (UHR)"
    assert "Kombination med SFI finns i Hässleholm" in browser_page.inner_text("ol.route-list")

    browser_page.focus("#route-map-details summary")
    browser_page.keyboard.press("Enter")  # opens the map
    browser_page.wait_for_selector("#route-map .leaflet-interactive")
    assert browser_page.locator("#route-map .leaflet-interactive").count() >= 2
    assert "Ingen bakgrundskarta" in browser_page.inner_text(".route-map-section")

    list_alternative = browser_page.locator("#route-map-list")
    assert list_alternative.get_attribute("open") is not None
    assert "Komvux Hässleholm" in list_alternative.inner_text()


@pytest.mark.parametrize("prefix", ["/vagar/", "/en/routes/", "/ar/vagar/"])
def test_route_pages_have_no_axe_violations(browser_page, prefix: str):
    browser_page.goto(f"{prefix}?{COOK}")
    browser_page.wait_for_selector("ol.route-list")
    browser_page.click("#route-map-details summary")
    browser_page.wait_for_selector("#route-map .leaflet-interactive")
    found = violations(browser_page)
    assert found == [], report(found)


def test_bad_input_page_has_no_axe_violations(browser_page):
    browser_page.goto("/en/routes/?text=kock&municipality=Atlantis")
    assert "We do not know the municipality" in browser_page.inner_text("#id_municipality_error")
    assert browser_page.input_value("#id_municipality") == "Atlantis"
    found = violations(browser_page)
    assert found == [], report(found)
