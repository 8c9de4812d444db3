"""Insert many new rows fast: COPY on PostgreSQL, plain statements on SQLite.

Django's ``bulk_create`` on PostgreSQL sends each column as one array parameter that psycopg
quotes value by value in Python (for a revision's JSON, character by character); COPY streams
rows that psycopg formats in C. File imports write thousands of records, relation links,
revisions and log entries at a time, and a search rebuild a million rows, so both write here.
Primary keys are taken from the table's sequence first, so callers get them back as
``bulk_create`` would give them. Nothing here sends signals, as ``bulk_create`` sends none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import connections, router
from django.db.models import Field, Model

__all__ = ["insert_objects", "insert_rows"]


def insert_rows(
    using: str,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    returning: str | None = None,
) -> list[int]:
    """Insert ``rows`` (values in the order of ``columns``, ready for the database) into
    ``table``; with ``returning``, the name of its serial key column, return the new keys in row
    order, else an empty list."""
    if not rows:
        return []
    connection = connections[using]
    quote = connection.ops.quote_name
    names = [quote(column) for column in columns]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            ids: list[int] = []
            if returning:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                    [table, returning, len(rows)],
                )
                ids = [row_id for (row_id,) in cursor.fetchall()]
                names.insert(0, quote(returning))
                rows = [(row_id, *row) for row_id, row in zip(ids, rows, strict=True)]
            # Only quoted identifiers are interpolated; values travel in the COPY stream.
            with cursor.copy(f"COPY {quote(table)} ({', '.join(names)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return ids
        placeholders = ", ".join(["%s"] * len(names))
        sql = f"INSERT INTO {quote(table)} ({', '.join(names)}) VALUES ({placeholders})"  # noqa: S608
        if not returning:
            cursor.executemany(sql, rows)
            return []
        ids = []
        for row in rows:  # SQLite runs in-process: a statement per row costs no round trip
            cursor.execute(f"{sql} RETURNING {quote(returning)}", row)
            ids.append(cursor.fetchone()[0])
        return ids


def insert_objects(objects: Iterable[Model]) -> list[Model]:
    """Insert new model objects of one model (no primary key set) and give them their keys.

    What ``Model.objects.bulk_create`` does for plain models (fields' ``pre_save``, so
    ``auto_now`` works, and database preparation), without multi-table inheritance.
    """
    objects = list(objects)
    if not objects:
        return objects
    model = type(objects[0])
    using = router.db_for_write(model)
    connection = connections[using]
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    prepare = [_preparer(field, connection) for field in fields]
    rows = [[value(obj) for value in prepare] for obj in objects]
    ids = insert_rows(
        using,
        model._meta.db_table,
        [f.column for f in fields],  # type: ignore[misc]  # a concrete field has a column
        rows,
        returning=model._meta.pk.column,
    )
    for obj, pk in zip(objects, ids, strict=True):
        obj.pk = pk
        obj._state.adding = False
        obj._state.db = using
    return objects


# Fields whose database value is the Python value itself when that is text, a whole number, a
# truth value or None: those values skip Django's preparation (a third of an import's writing).
PLAIN_FIELDS = frozenset(
    {
        "AutoField",
        "BigAutoField",
        "BigIntegerField",
        "BooleanField",
        "CharField",
        "EmailField",
        "ForeignKey",
        "IntegerField",
        "OneToOneField",
        "PositiveBigIntegerField",
        "PositiveIntegerField",
        "PositiveSmallIntegerField",
        "SlugField",
        "SmallIntegerField",
        "TextField",
        "URLField",
    }
)
PLAIN_VALUES = (str, int, bool, type(None))


def _preparer(field: Field, connection: Any) -> Callable[[Model], Any]:
    """Return how to read the database value of ``field`` from an object."""
    attname = field.attname
    custom_pre_save = type(field).pre_save is not Field.pre_save
    plain = field.get_internal_type() in PLAIN_FIELDS

    def value(obj: Model) -> Any:
        raw = field.pre_save(obj, True) if custom_pre_save else getattr(obj, attname)
        if plain and type(raw) in PLAIN_VALUES:
            return raw
        return field.get_db_prep_save(raw, connection)

    return value
