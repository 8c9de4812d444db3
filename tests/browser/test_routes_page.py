"""The route finder in Debian's chromium, as a person with a keyboard only meets it: from the
home page in sv, en and ar to the finder in at most two activations, the experience typed in
free words, the welding route first with focus on the results heading; the combobox by
keyboard; the map without tiles; no WCAG 2.1 AA violations axe can find; the content fits
320 px."""

from __future__ import annotations

import pytest

from tests.browser.axe import report, violations
from tests.browser.waiting import wait_until

pytestmark = pytest.mark.browser

COOK = "text=kock&municipality=H%C3%A4ssleholm&swedish_level=sfi"
# home page, the finder's address, what the person types, the welding route's title
JOURNEYS = [
    ("/", "/vagar/", "jobbat som svetsare i 8 år", "Validering av svetsare (Svetskommissionen)"),
    (
        "/en/",
        "/en/routes/",
        "jobbat som svetsare i 8 år",
        "Welder validation (Swedish Welding Commission)",
    ),
    ("/ar/", "/ar/vagar/", "لحام", "Validering av svetsare (Svetskommissionen)"),
]
MAX_TABS = 120


def tab_until(page, condition: str) -> None:
    """Press Tab until the focused element meets ``condition`` (a JS expression on ``el``)."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {condition}; }})()"):
            return
    raise AssertionError(f"no focusable element meets {condition} within {MAX_TABS} tabs")


def focused_id(page) -> str:
    return page.evaluate("document.activeElement.id")


@pytest.mark.parametrize(("home", "finder", "typed", "welding"), JOURNEYS)
def test_keyboard_only_from_the_home_page_to_the_welding_route(
    browser_page, home: str, finder: str, typed: str, welding: str
):
    page = browser_page
    page.goto(home)
    tab_until(page, f"el.pathname === '{finder}' && el.closest('nav')")
    page.keyboard.press("Enter")  # activation 1: the main menu's link
    page.wait_for_url(f"**{finder}")

    tab_until(page, "el.id === 'id_text'")
    page.keyboard.type(typed)
    page.keyboard.press("Tab")
    assert focused_id(page) == "id_municipality"
    page.keyboard.type("Hassleholm")
    page.keyboard.press("Enter")  # no suggestion chosen: the form is sent as typed
    page.wait_for_selector("ol.route-list")

    assert page.inner_text("ol.route-list > li:first-child h3") == welding
    wait_until(page, "() => document.activeElement.id === 'routes-heading'")
    heading_top = page.evaluate(
        "document.getElementById('routes-heading').getBoundingClientRect().top"
    )
    assert -1 <= heading_top < 200, "the results heading is scrolled into view"


def test_combobox_suggests_by_keyboard_with_and_without_a_ring(browser_page):
    page = browser_page
    page.goto("/vagar/")
    page.focus("#id_municipality")
    page.keyboard.type("hassle")
    field = page.locator("#id_municipality")
    assert field.get_attribute("role") == "combobox"
    assert field.get_attribute("aria-expanded") == "true"
    assert "Hässleholm" in page.inner_text("#id_municipality-listbox")
    page.keyboard.press("ArrowDown")
    active = field.get_attribute("aria-activedescendant")
    assert page.inner_text(f"#{active}") == "Hässleholm"
    page.keyboard.press("Enter")  # chooses the suggestion, does not send the form
    assert field.input_value() == "Hässleholm"
    assert field.get_attribute("aria-expanded") == "false"
    assert page.url.endswith("/vagar/")


def test_map_without_tiles_draws_labelled_points_and_no_operator_text(browser_page):
    page = browser_page
    page.goto(f"/vagar/?{COOK}")
    page.wait_for_selector("ol.route-list")
    page.focus("#route-map-details summary")
    page.keyboard.press("Enter")  # opens the map
    page.wait_for_selector("#route-map .leaflet-interactive")
    labels = page.locator("#route-map .route-map-label").all_inner_texts()
    assert "Komvux Hässleholm" in labels
    assert "bakgrundskarta" not in page.inner_text("main")
    assert "Komvux Hässleholm" in page.inner_text("#route-map-list")


@pytest.mark.parametrize("prefix", ["/vagar/", "/en/routes/", "/ar/vagar/"])
def test_route_pages_have_no_axe_violations(browser_page, prefix: str):
    browser_page.goto(f"{prefix}?{COOK}")
    browser_page.wait_for_selector("ol.route-list")
    browser_page.click("#route-map-details summary")
    browser_page.wait_for_selector("#route-map .leaflet-interactive")
    found = violations(browser_page)
    assert found == [], report(found)


# Every element of the page's main content that reaches past the window's edge.
OVERFLOWING = """() => [...document.querySelectorAll('main, main *')]
  .filter((el) => { const box = el.getBoundingClientRect(); return box.width > 0 &&
    (box.right > window.innerWidth + 0.5 || box.left < -0.5); })
  .map((el) => `${el.tagName}.${el.className}`)"""


@pytest.mark.parametrize("prefix", ["/vagar/", "/ar/vagar/"])
def test_route_page_content_reflows_at_320_px(browser_page, prefix: str):
    """The results, cards, form and map list fit 320 px (the site header's reflow is issue 17)."""
    browser_page.set_viewport_size({"width": 320, "height": 640})
    browser_page.goto(f"{prefix}?text=svetsare&municipality=Hassleholm")
    browser_page.wait_for_selector("ol.route-list")
    browser_page.click("details.route-more summary")
    browser_page.click("details.route-far summary")
    assert browser_page.evaluate(OVERFLOWING) == []


def test_bad_input_page_has_no_axe_violations(browser_page):
    browser_page.goto("/en/routes/?text=kock&municipality=Atlantis")
    assert "We do not know the municipality" in browser_page.inner_text("#id_municipality_error")
    assert browser_page.input_value("#id_municipality") == "Atlantis"
    found = violations(browser_page)
    assert found == [], report(found)
