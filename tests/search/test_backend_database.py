"""The backend contract on the database backend: SQLite FTS5 and PostgreSQL full text."""

from __future__ import annotations

from tests.search.contract import BackendContract


class DatabaseContract(BackendContract):
    """FTS5 and tsvector match whole terms only; a misspelt word is answered with the hits of
    its correction (test_typo_tolerance, test_did_you_mean), as on Elasticsearch."""

    backend_module = "search.backends.database"


class TestPostgreSQL(DatabaseContract):
    vendor = "postgresql"


class TestSQLite(DatabaseContract):
    vendor = "sqlite"
