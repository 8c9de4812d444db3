"""A full rebuild on PostgreSQL, in a transaction of its own as the command runs it, writes the
database index into fresh tables and swaps them in: searches answer from the old tables until
then, and afterwards the tables are as the migrations made them (same indexes, constraints and
sequences), with no copy left behind. Inside a caller's transaction it rewrites the rows in
place, so other connections (a backup's) are never locked out until that caller commits."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import pytest
from django.db import connection, connections

from branch_models.models import Actor
from search.backends import database
from search.backends.base import CHUNK_SIZE, SearchDocument, SearchQuery
from search.index import iter_documents

pytestmark = pytest.mark.django_db

TABLES = ("search_entry", "search_facet")

T = TypeVar("T")


@pytest.fixture(autouse=True)
def _postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the table swap is PostgreSQL's; SQLite deletes and rewrites its rows")


def _schema() -> dict[str, object]:
    """The index tables' indexes, constraints and identity sequences, and any table beside them."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename, indexname, indexdef FROM pg_indexes "
            "WHERE tablename = ANY(%s) ORDER BY indexname",
            [list(TABLES)],
        )
        indexes = cursor.fetchall()
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, contype FROM pg_constraint "
            "WHERE conrelid = ANY(%s::regclass[]) ORDER BY conname",
            [list(TABLES)],
        )
        constraints = cursor.fetchall()
        cursor.execute(
            "SELECT pg_get_serial_sequence(t, 'id') FROM unnest(%s::text[]) AS t", [list(TABLES)]
        )
        sequences = cursor.fetchall()
        cursor.execute("SELECT relname FROM pg_class WHERE relname LIKE 'search\\_%%'")
        relations = sorted(name for (name,) in cursor.fetchall())
    return {
        "indexes": indexes,
        "constraints": constraints,
        "sequences": sequences,
        "relations": relations,
    }


def _elsewhere(function: Callable[[], T]) -> T:
    """Run ``function`` on a connection of its own, in autocommit (another web process, the
    command): this test's connection is inside the test's transaction. A lock wait fails it
    after 10 s instead of hanging the test."""
    results: list[T] = []

    def run() -> None:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SET lock_timeout = '10s'")
            results.append(function())
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert results, "failed in its thread (see the exception above)"
    return results[0]


def _found_elsewhere(query: SearchQuery) -> tuple[int, list[tuple[str, str]]]:
    """What another connection finds: the total and the hits' (index, key) pairs."""
    result = _elsewhere(lambda: database.SearchBackend().search(query))
    return result.total, [(hit.index, hit.pk) for hit in result.hits]


def _table_oid() -> int:
    """The entry table's identity (read from the catalog, not a cache of this connection's)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT oid FROM pg_class WHERE relname = 'search_entry'")
        return cursor.fetchone()[0]


def test_a_full_rebuild_answers_from_the_old_tables_until_the_new_ones_take_their_place():
    # Nothing here reads the index tables on the test's connection before the last rebuild:
    # its transaction would hold a lock the swap waits for.
    before, table = _schema(), _table_oid()
    assert not [name for name in before["relations"] if name.endswith("_rebuild")]
    everything = SearchQuery("validering", per_page=5)
    expected, _keys = _found_elsewhere(everything)
    assert expected > 50
    actor = Actor.objects.public().order_by("pk").first()
    by_name, key = SearchQuery(actor.name), (Actor._meta.label_lower, str(actor.pk))
    assert key in _found_elsewhere(by_name)[1]
    documents = list(iter_documents())
    assert len(documents) > 2 * CHUNK_SIZE  # searched between chunks, at least twice

    def rebuild(documents: list[SearchDocument], seen: list[int]) -> bool:
        database.SearchBackend().rebuild(
            documents, progress=lambda _count: seen.append(_found_elsewhere(everything)[0])
        )
        return True

    seen: list[int] = []
    without = [doc for doc in documents if (doc.index, doc.pk) != key]
    _elsewhere(lambda: rebuild(without, seen))

    assert len(seen) >= 2 and set(seen) == {expected}
    assert _table_oid() != table
    assert _elsewhere(_schema) == before
    assert key not in _found_elsewhere(by_name)[1]

    _elsewhere(lambda: rebuild(documents, []))  # as before the test

    assert _elsewhere(_schema) == before
    assert key in _found_elsewhere(by_name)[1]
    assert database.SearchBackend().search(everything).total == expected


def test_a_full_rebuild_inside_a_transaction_rewrites_the_rows_and_locks_no_reader_out():
    table = _table_oid()
    everything = SearchQuery("validering", per_page=5)
    expected = database.SearchBackend().search(everything).total
    # Renamed without signals: only the rebuild brings the new name into the index.
    actor = Actor.objects.public().order_by("pk").first()
    Actor.objects.filter(pk=actor.pk).update(name="Ombyggnadsaktör")
    renamed = SearchQuery("ombyggnadsaktör")

    database.SearchBackend().rebuild(iter_documents())

    assert _table_oid() == table
    assert [hit.pk for hit in database.SearchBackend().search(renamed).hits] == [str(actor.pk)]
    # Another connection (a backup, a web process) reads the committed rows meanwhile.
    assert _found_elsewhere(everything)[0] == expected
