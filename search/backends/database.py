"""Embedded default backend on the project's own database (SQLite or PostgreSQL)."""

from __future__ import annotations

from django.db import DatabaseError, connection

from search.backends.base import BackendHealth, BaseSearchBackend

__all__ = ["SearchBackend"]


class SearchBackend(BaseSearchBackend):
    """Search on the database: needs no server, so it is the default and the fallback."""

    name = "database"

    def health(self) -> BackendHealth:
        """Report the database vendor; the database itself is checked by `/health/`."""
        try:
            connection.ensure_connection()
        except DatabaseError as exc:
            return BackendHealth(self.name, "down", {"error": str(exc)})
        return BackendHealth(self.name, "ok", {"vendor": connection.vendor})
