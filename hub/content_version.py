"""One version string for "the public content changed", shared by every process.

Cached fragments (the main menu, the registry lists' filter forms) are keyed by it, so any
edit an anonymous visitor could see — a page published, unpublished, moved or deleted, a
registry record, a site setting — makes every process render them again at once. The version
lives in the cache itself: with a shared cache (``CACHE_URL``) all web processes see the bump;
with a per-process cache (locmem) the fragments' own lifetime bounds the lag.

Saves that no visitor sees (sessions, sign-in records, log entries, revisions of drafts, the
search outbox, editing sessions) do not bump it: they are frequent and would empty the caches
for nothing.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

__all__ = ["bump", "connect_signals", "current"]

_KEY = "hub:content:version"
# Apps whose rows never show on a public page or in the public API.
_PRIVATE_APPS = frozenset(
    {
        "admin",
        "auth",
        "axes",
        "contenttypes",
        "otp_static",
        "otp_totp",
        "search",
        "sessions",
        "wagtailadmin",
        "wagtailusers",
    }
)
# Wagtail's bookkeeping: drafts, workflow progress and audit logs, not what is published.
_PRIVATE_MODELS = frozenset(
    {
        "wagtailcore.ModelLogEntry",
        "wagtailcore.PageLogEntry",
        "wagtailcore.PageSubscription",
        "wagtailcore.Revision",
        "wagtailcore.TaskState",
        "wagtailcore.WorkflowState",
    }
)


def current() -> str:
    """Return the current content version (made up once if the cache has none)."""
    version = cache.get(_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(_KEY, version, None)
        version = cache.get(_KEY) or version
    return version


def bump(**_kwargs: object) -> None:
    """Start a new content version: every fragment keyed by the old one is rebuilt."""
    cache.set(_KEY, uuid.uuid4().hex, None)


def _on_model_change(sender: type[Model], **_kwargs: object) -> None:
    meta = sender._meta
    if meta.app_label in _PRIVATE_APPS or meta.label in _PRIVATE_MODELS:
        return
    bump()


def connect_signals() -> None:
    """Bump on publishing, unpublishing, moves, and on saves and deletes of public content."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump, dispatch_uid="hub.content_version")
    for signal in (post_save, post_delete):
        signal.connect(_on_model_change, dispatch_uid="hub.content_version")
