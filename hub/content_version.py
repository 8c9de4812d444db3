"""One version string for "the public content changed", shared by every process.

Cached fragments (the main menu, the registry lists' filter forms) are keyed by it, so any
edit an anonymous visitor could see — a page published, unpublished, moved or deleted, a
registry record, a site setting — makes every process render them again at once. The version
lives in the cache itself: with a shared cache (``CACHE_URL``) all web processes see the bump;
with a per-process cache (locmem) the fragments' own lifetime bounds the lag.

``cached`` is the one way to keep such a fragment or list: keyed by the version, an entry never
goes stale, so each process also keeps what it read in its own memory, and a page reads the menu
or the facets' labels without unpickling them from the cache on every request.

Only the models apps name as public (``watch`` from their ``ready()``) bump it: saves that no
visitor sees (sessions, sign-in records, log entries, revisions of drafts, the search outbox,
editing sessions) are frequent and would empty the caches for nothing.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.signals import saved_in_bulk

__all__ = ["KEY", "bump", "cached", "connect_signals", "current", "watch"]

KEY = "hub:content:version"
LOCAL_ENTRIES = 512  # what one process keeps in memory: menus and labels per host and language

T = TypeVar("T")
_MISSING = object()
_local: dict[str, tuple[float, object]] = {}
_lock = threading.Lock()


def current() -> str:
    """Return the current content version (made up once if the cache has none)."""
    version = cache.get(KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(KEY, version, None)
        version = cache.get(KEY) or version
    return version


def bump(**_kwargs: object) -> None:
    """Start a new content version: every fragment keyed by the old one is rebuilt.

    Again when the transaction commits (once, however many rows it saved): a request between the
    save and the commit may have built a fragment under the new version from the old rows.
    """
    _renew()
    connection = transaction.get_connection()
    if connection.in_atomic_block and not any(
        callback is _renew for _savepoints, callback, _robust in connection.run_on_commit
    ):
        transaction.on_commit(_renew)


def _renew() -> None:
    cache.set(KEY, uuid.uuid4().hex, None)


def cached(key: str, build: Callable[[], T], seconds: int) -> T:
    """Return what ``build`` makes for ``key`` in the current content version.

    From this process's memory, else the shared cache, else built and kept in both, for at most
    ``seconds`` (which bounds how long a per-process cache lags behind another process's edit).
    Callers get the kept object itself: they must not change it.
    """
    versioned = f"{key}:{current()}"
    now = time.monotonic()
    kept = _local.get(versioned)
    if kept is not None and now - kept[0] < seconds:
        return kept[1]  # type: ignore[return-value]
    value = cache.get(versioned, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(versioned, value, seconds)
    with _lock:
        _local.pop(versioned, None)
        while len(_local) >= LOCAL_ENTRIES:  # the oldest first: mostly older versions' entries
            _local.pop(next(iter(_local)))
        _local[versioned] = (now, value)
    return value


def watch(*models: type[Model]) -> None:
    """Bump when a row of one of these public models is saved, deleted or written in bulk.

    Each app names its own public models from its ``ready()``; pages of every app are watched
    here. Models nobody names (sessions, sign-ins, revisions, the search outbox, personal data
    such as resource requests) never bump the version.
    """
    for model in models:
        uid = f"hub.content_version:{model._meta.label}"
        for signal in (post_save, post_delete, saved_in_bulk):
            signal.connect(bump, sender=model, dispatch_uid=uid)


def connect_signals() -> None:
    """Bump on publishing, unpublishing and moves, and on changes of pages and of the
    public models Wagtail keeps for the site (sites, locales, media, redirects, tags,
    view restrictions) and of the hub's organisation setting."""
    from taggit.models import Tag, TaggedItem
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Collection, Locale, Page, PageViewRestriction, Site

    from hub.models import Organisation

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump, dispatch_uid="hub.content_version")
    pages = [model for model in apps.get_models() if issubclass(model, Page)]
    watch(
        *pages,
        Site,
        Locale,
        Collection,
        PageViewRestriction,
        get_image_model(),
        get_document_model(),
        Redirect,
        Tag,
        TaggedItem,
        Organisation,
    )
