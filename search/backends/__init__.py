"""Search backends: ``SEARCH_BACKEND`` names a module, which exports ``SearchBackend``."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from django.conf import settings

from search.backends.base import BaseSearchBackend

__all__ = ["get_search_backend"]


@cache
def get_search_backend() -> BaseSearchBackend:
    """Return the configured backend, built on first use (never at import time)."""
    module = import_module(settings.SEARCH_BACKEND)
    return module.SearchBackend()
