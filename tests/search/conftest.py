"""Fixtures for the search tests: a backend of a given kind, freshly rebuilt from the demo data."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from django.conf import settings as django_settings

from search.backends import get_search_backend
from search.backends.base import BaseSearchBackend
from search.rebuild import rebuild


@pytest.fixture
def make_backend(settings) -> Iterator[Callable[[str], BaseSearchBackend]]:
    """Return a factory: the configured backend of a module, rebuilt into a private index."""
    made: list[BaseSearchBackend] = []

    def make(module: str) -> BaseSearchBackend:
        settings.SEARCH_BACKEND = module
        prefix = django_settings.SEARCH_INDEX_PREFIX
        settings.SEARCH_INDEX_PREFIX = f"{prefix}_test_{uuid.uuid4().hex[:8]}"
        get_search_backend.cache_clear()
        backend = get_search_backend()
        made.append(backend)
        rebuild()
        return backend

    yield make
    for backend in made:
        drop = getattr(backend, "drop", None)
        if drop:
            drop()
    get_search_backend.cache_clear()
