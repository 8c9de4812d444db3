"""The public site works with the keyboard alone, and focus is always visible."""

from __future__ import annotations

import pytest

from communication.models import CourseSectionPage
from tests.browser import axe

# The focused element, described in the page: what it is and whether its focus ring shows.
FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== "none";
  return {
    tag: el.tagName.toLowerCase(),
    type: el.getAttribute("type"),
    id: el.id,
    href: el.getAttribute("href"),
    text: (el.innerText || el.value || "").trim(),
    region: el.closest("nav, form, main, header, footer")?.getAttribute("aria-label")
      || el.closest("[role=search]")?.getAttribute("role") || "",
    inLanguageSwitcher: !!el.closest(".language-switcher"),
    inMainMenu: !!el.closest(".site-nav"),
    inMain: !!el.closest("main"),
    current: el.getAttribute("aria-current"),
    visibleFocus: outline || shadow,
    matchesFocusVisible: el.matches(":focus-visible"),
  };
}"""
MAX_TABS = 60


def tab_until(page: object, wanted: object, limit: int = MAX_TABS) -> dict:
    """Press Tab until ``wanted(focused)`` holds; every stop on the way must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["tag"] != "body":
            assert focused["matchesFocusVisible"] and focused["visibleFocus"], (
                f"no visible focus indicator on {focused}"
            )
        if wanted(focused):
            return focused
    raise AssertionError(f"not reached with {limit} presses of Tab")


def test_skip_link_is_first_and_moves_focus_to_main(browser_page):
    browser_page.goto("/")
    browser_page.keyboard.press("Tab")
    first = browser_page.evaluate(FOCUSED)
    assert first["href"] == "#main"
    assert first["visibleFocus"]
    assert browser_page.locator(".skip-link").is_visible()

    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues inside the main content, not back in the header.
    browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("!!document.activeElement.closest('main')")


def test_main_menu_is_reachable_and_opens_with_enter(browser_page):
    browser_page.goto("/")
    item = tab_until(browser_page, lambda f: f["inMainMenu"] and f["href"] != "/")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith(item["href"])
    # The menu may name the page by its shorter menu title ("För privatpersoner").
    assert browser_page.locator("h1").inner_text()
    current = browser_page.locator(".site-nav a[aria-current=page]")
    assert current.inner_text() == item["text"]


def test_main_menu_groups_pages_and_registry_in_rows_of_their_own(browser_page):
    """On a wide screen no group wraps into the other: the registry row is below every page."""
    browser_page.goto("/")
    assert not browser_page.locator(".site-nav__toggle").is_visible()
    pages = browser_page.locator(".site-nav__pages a").evaluate_all(
        "links => links.map(a => a.getBoundingClientRect().bottom)"
    )
    # One row per section group (the registry, the coordination tools), each on one line.
    rows = browser_page.locator(".site-nav__registry").evaluate_all(
        "rows => rows.map(row => [...row.querySelectorAll('a')]"
        ".map(a => a.getBoundingClientRect().top))"
    )
    assert pages and rows and all(rows)
    assert min(min(row) for row in rows) >= max(pages)
    for row in rows:
        assert len(set(row)) == 1, "a group of sections does not fit on one row"


def test_main_menu_folds_behind_a_button_on_a_narrow_screen(browser_page):
    browser_page.set_viewport_size({"width": 375, "height": 800})
    browser_page.goto("/")
    first_item = browser_page.locator(".site-nav a").first
    assert not first_item.is_visible(), "the menu should be folded on a phone"
    toggle = tab_until(browser_page, lambda f: f["inMainMenu"])
    assert toggle["tag"] == "button" and toggle["text"] == "Meny"
    browser_page.keyboard.press("Enter")
    button = browser_page.locator(".site-nav__toggle")
    assert button.get_attribute("aria-expanded") == "true"
    assert first_item.is_visible()
    item = tab_until(browser_page, lambda f: f["inMainMenu"] and f["tag"] == "a", limit=1)
    assert item["href"] == "/"
    # Escape folds the menu again and puts focus back on its button.
    browser_page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert browser_page.evaluate("document.activeElement.classList.contains('site-nav__toggle')")
    assert not first_item.is_visible()


def test_language_switcher_is_reachable_and_switches_with_enter(browser_page):
    browser_page.goto("/")
    assert browser_page.locator("html").get_attribute("lang") == "sv"
    tab_until(browser_page, lambda f: f["inLanguageSwitcher"] and f["current"] is None)
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.locator("html").get_attribute("lang") == "en"
    assert browser_page.url.rstrip("/").endswith("/en")


def test_search_form_works_by_keyboard(browser_page):
    browser_page.goto("/")
    field = browser_page.locator("[role=search] input[type=search], form[role=search] input")
    if not field.count():
        pytest.skip("no search form in the page header yet (search app not merged)")
    tab_until(browser_page, lambda f: f["region"] == "search" and f["tag"] == "input")
    browser_page.keyboard.type("validering")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert "q=validering" in browser_page.url
    assert browser_page.locator("ol.search-results a").count() > 0
    # Right after the search button, a link passes the filters (dozens of checkboxes) and
    # leads to the results, where the next Tab reaches the first hit.
    tab_until(browser_page, lambda f: f["inMain"] and f["tag"] == "button")
    skip = tab_until(browser_page, lambda f: f["inMain"], limit=1)
    assert skip["href"] == "#results", f"not the link to the results: {skip}"
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "results"
    browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("!!document.activeElement.closest('ol.search-results')")


def test_self_test_works_by_keyboard(browser_page, db):
    section = (
        CourseSectionPage.objects.live()
        .filter(locale__language_code="sv")
        .order_by("path")
        .specific()
        .first()
    )
    if section is None or not section.questions:
        pytest.skip("no course section with a self-test in the demo data")
    _site, _root, path = section.get_url_parts()
    browser_page.goto(path + section.reverse_subpage("self_test"))
    questions = browser_page.locator("form.self-test fieldset").count()

    focused = tab_until(browser_page, lambda f: f["type"] == "radio")
    answered = 0
    while focused["type"] == "radio":  # Tab moves from one question's choices to the next
        browser_page.keyboard.press("Space")
        answered += 1
        focused = tab_until(browser_page, lambda f: f["tag"] in ("input", "button"))
    assert answered == questions
    assert focused["tag"] == "button"
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")

    assert browser_page.locator("#result").is_visible()
    assert browser_page.locator(".feedback").count() == questions
    found = axe.violations(browser_page)
    assert not found, axe.report(found)
