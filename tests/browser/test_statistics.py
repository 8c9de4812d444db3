"""Follow-up in the browser: a visitor goes from the home page's key figures to the statistics
and a county; the statistics pages pass axe-core (WCAG 2.1 AA) in Swedish, English and Arabic,
reflow at 320 px, are right-to-left in Arabic, and every chart has its data table.
"""

from __future__ import annotations

import re

from django.urls import reverse
from django.utils import translation

from tests.browser.test_accessibility import _assert_accessible


def _statistics_paths() -> list[str]:
    paths = []
    for language in ("sv", "en", "ar"):
        with translation.override(language):
            paths.append(reverse("outcomes:index"))
            paths.append(reverse("outcomes:county", kwargs={"code": "08"}))
    return paths


def test_visitor_goes_from_the_home_page_to_accessible_statistics(browser_page):
    browser_page.goto("/")
    with browser_page.expect_navigation():
        browser_page.get_by_role("link", name=re.compile("All statistik")).click()
    assert browser_page.url.endswith("/statistik/")
    with browser_page.expect_navigation():
        browser_page.get_by_role("link", name="Kalmar län").first.click()
    assert "/statistik/lan/08/" in browser_page.url
    assert browser_page.get_by_text("621").first.is_visible()
    for path in _statistics_paths():
        _assert_accessible(browser_page, path)
        charts = browser_page.locator("figure.chart")
        assert charts.count() == browser_page.locator("figure.chart table.chart-table").count()
        rtl = browser_page.evaluate("document.documentElement.dir")
        assert rtl == ("rtl" if path.startswith("/ar/") else "ltr")
