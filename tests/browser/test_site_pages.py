"""The pages the law and visitors expect (About, contact, accessibility statement, privacy)
are reached from the footer of the home page in every language, on a phone held upright: each
answers in the visitor's language, fits 320 px without sideways scrolling and passes axe-core.
"""

from __future__ import annotations

import pytest

from tests.browser import axe
from tests.browser.test_accessibility import OVERFLOW

LANGUAGES = ("sv", "en", "ar", "so", "ti")
PHONE = {"width": 320, "height": 640}
# The footer's links in the order shown, by the path each must lead to (Swedish paths; the
# About page is a Wagtail page whose English slug differs).
FOOTER_PATHS = ("om-valideringsnavet/", "kontakt/", "tillganglighet/", "personuppgifter/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_pages_in_every_language_at_320_px(browser_page, language):
    prefix = "/" if language == "sv" else f"/{language}/"
    browser_page.set_viewport_size(PHONE)
    browser_page.goto(prefix)
    footer = browser_page.locator(".site-footer nav a")
    links = [(footer.nth(i).inner_text(), footer.nth(i).get_attribute("href")) for i in range(4)]
    assert footer.count() == 4, links
    for (_text, href), expected in zip(links, FOOTER_PATHS, strict=True):
        if language == "en" and expected == "om-valideringsnavet/":
            expected = "about/"
        assert href == prefix + expected, links
    for index, (_text, href) in enumerate(links):
        browser_page.goto(prefix)
        browser_page.locator(".site-footer nav a").nth(index).click()
        browser_page.wait_for_url(f"**{href}")
        heading = browser_page.locator("h1").inner_text()
        assert heading, href
        assert browser_page.locator("html").get_attribute("lang") == language, href
        overflow = browser_page.evaluate(OVERFLOW)
        assert not overflow, f"{href} at 320 px: " + "; ".join(overflow)
        found = axe.violations(browser_page)
        assert not found, f"{href} at 320 px:\n{axe.report(found)}"


def test_the_statement_names_what_is_missing_and_the_supervisor(browser_page):
    """The demo runs for no real organisation: the statement says so instead of inventing an
    address, and still gives DIGG's reporting function, as DIGG's model asks."""
    browser_page.goto("/en/")
    # The click waits for the page's answer, not for it to be read in: count() does not wait.
    with browser_page.expect_navigation():
        browser_page.get_by_role("link", name="Accessibility statement").click()
    main = browser_page.locator("main")
    assert "partially compliant" in main.inner_text()
    assert "has not been entered yet" in main.inner_text()
    assert main.locator('a[href="https://www.digg.se/tdosanmalan"]').count() == 1
    assert main.locator('a[href^="mailto:"], a[href^="tel:"]').count() == 0
