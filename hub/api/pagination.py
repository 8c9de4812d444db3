"""Cursor pagination for the registry lists: stable pages while records change.

A cursor names a position in the ordering, not a page number, so a client walking a list
while editors add records sees each record once. The ordering comes from
``hub.api.filters.RegistryOrderingFilter``.
"""

from __future__ import annotations

from rest_framework.pagination import CursorPagination

__all__ = ["RegistryCursorPagination"]


class RegistryCursorPagination(CursorPagination):
    """Pages of ``page_size`` records (default 20, at most 100), linked by opaque cursors."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
