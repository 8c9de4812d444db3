"""The browser suite's Content-Security-Policy watch catches what the policy blocks."""

from __future__ import annotations

from tests.browser import conftest


def test_inline_script_is_blocked_and_reported(browser_page: object) -> None:
    """An inline script slipped into a page does not run, and the suite sees the violation."""
    browser_page.goto("/")
    browser_page.evaluate(
        """() => { const s = document.createElement('script');
        s.textContent = 'document.body.dataset.injected = "yes"';
        document.body.append(s); }"""
    )
    browser_page.wait_for_timeout(200)
    assert browser_page.evaluate("document.body.dataset.injected") is None
    caught, conftest._csp_violations[:] = list(conftest._csp_violations), []
    assert any("script-src" in violation for violation in caught), caught
