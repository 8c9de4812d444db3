"""A full rebuild on PostgreSQL writes the database index into fresh tables and swaps them in:
searches answer from the old tables until then, and afterwards the tables are as the migrations
made them (same indexes, constraints and sequences), with no copy left behind."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from branch_models.models import Actor
from search.backends import database
from search.backends.base import CHUNK_SIZE, SearchQuery
from search.index import iter_documents

pytestmark = pytest.mark.django_db

TABLES = ("search_entry", "search_facet")


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


def _total_elsewhere(query: SearchQuery) -> int:
    """What another connection (another web process) finds, while this one's work is uncommitted."""
    totals: list[int] = []

    def search() -> None:
        try:
            totals.append(database.SearchBackend().search(query).total)
        finally:
            connections.close_all()

    thread = threading.Thread(target=search)
    thread.start()
    thread.join()
    return totals[0]


def test_a_full_rebuild_answers_from_the_old_tables_until_the_new_ones_take_their_place():
    backend = database.SearchBackend()
    before = _schema()
    assert not [name for name in before["relations"] if name.endswith("_rebuild")]
    renamed = SearchQuery("ombyggnadsaktör")
    everything = SearchQuery("validering", per_page=5)
    expected = backend.search(everything).total
    assert expected > 50
    # Renamed without signals: only the rebuild brings the new name into the index.
    actor = Actor.objects.public().order_by("pk").first()
    Actor.objects.filter(pk=actor.pk).update(name="Ombyggnadsaktör")
    assert backend.search(renamed).total == 0

    seen: list[int] = []
    documents = list(iter_documents())
    assert len(documents) > 2 * CHUNK_SIZE  # searched between chunks, at least twice
    backend.rebuild(documents, progress=lambda _count: seen.append(_total_elsewhere(everything)))

    assert len(seen) >= 2 and set(seen) == {expected}
    assert _schema() == before
    assert backend.search(everything).total == expected
    assert [hit.pk for hit in backend.search(renamed).hits] == [str(actor.pk)]
