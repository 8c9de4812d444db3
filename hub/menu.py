"""The main menu's cache: built once per site and language, rebuilt when the content changes.

Every public page renders the menu, and building it costs a query per menu page; it changes only
when editors publish, unpublish, move or delete pages, or change a site. The cache key holds the
content version (hub.content_version), which those edits bump, so with a shared cache
(``CACHE_URL``) every process sees the change at once; ``MENU_SECONDS`` bounds how long a
per-process cache (locmem) can lag behind another process's edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from hub import content_version

__all__ = ["cached"]

T = TypeVar("T")
MENU_SECONDS = 300


def cached(host: str, language: str, build: Callable[[], T], name: str = "menu") -> T:
    """Return the menu for a host name in a language, building it when no current copy is
    cached (keyed by host, so a cached menu needs no query to find the request's site).

    ``name`` tells apart the navigation built from pages: the main menu, the footer's links.
    """
    return content_version.cached(f"hub:{name}:{host}:{language}", build, MENU_SECONDS)
