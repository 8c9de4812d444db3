"""The main menu's cache: built once per site and language, dropped when any page changes.

Every public page renders the menu, and building it costs a query per menu page; it changes only
when editors publish, unpublish, move or delete pages, or change a site. Those events bump a
version kept in the cache, so with a shared cache (``CACHE_URL``) every process sees the change at
once; ``MENU_SECONDS`` bounds how long a per-process cache (locmem) can lag behind another
process's edit.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

__all__ = ["cached", "connect_signals", "invalidate"]

T = TypeVar("T")
MENU_SECONDS = 300
_VERSION_KEY = "hub:menu:version"


def cached(host: str, language: str, build: Callable[[], T], name: str = "menu") -> T:
    """Return the menu for a host name in a language, building it when no current copy is
    cached (keyed by host, so a cached menu needs no query to find the request's site).

    ``name`` tells apart the navigation built from pages: the main menu, the footer's links.
    """
    version = cache.get(_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(_VERSION_KEY, version, None)
    key = f"hub:{name}:{host}:{language}:{version}"
    entries = cache.get(key)
    if entries is None:
        entries = build()
        cache.set(key, entries, MENU_SECONDS)
    return entries


def invalidate(**_kwargs: object) -> None:
    """Make every process build the menu again (a signal receiver)."""
    cache.set(_VERSION_KEY, uuid.uuid4().hex, None)


def _on_model_change(sender: type, **kwargs: object) -> None:
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.models import Page, Site

    if issubclass(sender, Page | Site | BaseSiteSetting):
        invalidate()


def connect_signals() -> None:
    """Invalidate on whatever can change a menu: page, site and site-setting saves, deletes,
    publishing, moves."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid="hub.menu")
    for signal in (post_save, post_delete):
        signal.connect(_on_model_change, dispatch_uid="hub.menu")
