"""Wait in the browser until a condition holds, without Playwright's ``wait_for_function``.

``wait_for_function`` re-evaluates its predicate with ``eval`` from the page's own tasks. The
site's Content-Security-Policy has no 'unsafe-eval', so that fails as soon as the condition does
not hold at the first try: on a slower machine, not on a fast one. ``page.evaluate`` goes
through the DevTools protocol, which the policy does not govern.
"""

from __future__ import annotations

import time
from typing import Any

POLL_MS = 50


def wait_until(page: Any, predicate: str, arg: Any = None, timeout: float = 15.0) -> None:
    """Poll the JavaScript function ``predicate`` (called with ``arg``) until it is truthy."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(predicate, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {timeout:g} s: {predicate}")
        page.wait_for_timeout(POLL_MS)
