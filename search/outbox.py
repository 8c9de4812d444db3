"""Keep the index true: changes go through an outbox written in the editor's transaction.

`connect_signals()` (called from `SearchConfig.ready()`) listens to the models of registered
indexes only. Each save (also in bulk: `hub.signals.saved_in_bulk`), delete, publish or unpublish
(of an indexed model or of one it `depends_on`) writes an `OutboxEntry` in the same transaction;
after the commit the entry is applied. If the engine is down the entry stays pending and
`manage.py search_sync` retries it. A failing index update never fails the editor's save.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.db import DatabaseError, connection, models, transaction
from django.db.models.signals import m2m_changed, post_save, pre_delete
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from hub import content_version
from hub.bulk import insert_objects
from hub.signals import saved_in_bulk
from search.backends import get_search_backend
from search.backends.base import DocumentRef, SearchDocument
from search.index import get_index, get_indexes, get_indexes_for_model
from search.models import OutboxEntry

__all__ = [
    "apply_entries",
    "apply_pending",
    "connect_signals",
    "purge_processed",
    "record_changes",
    "replay_since",
]

logger = logging.getLogger(__name__)
KEEP_PROCESSED = timedelta(days=1)
APPLY_BATCH = 500


_pending = threading.local()


def record_change(instance: models.Model) -> None:
    """Write outbox entries for an object's indexes and apply them after the commit.

    Every change registers a callback, but the first one to run applies all entries recorded so
    far in this thread: a transaction saving hundreds of objects makes one bulk update.
    """
    ids = [
        OutboxEntry.objects.create(index_name=index.name, object_pk=pk).pk
        for index in get_indexes_for_model(type(instance))
        for pk in index.affected_pks(instance)
    ]
    if ids:
        pending: set[int] = getattr(_pending, "ids", None) or set()
        _pending.ids = pending | set(ids)
        transaction.on_commit(_apply_recorded)


def _apply_recorded() -> None:
    """Apply this thread's entries after its commit; a database error leaves them pending.

    The edit is committed by then: PostgreSQL stopping now (or a lock wait failing) must not
    turn a saved edit into an error answer, which tells the client it was not saved
    (`bench/load.py` found such edits). `search_sync` applies the entries later.
    """
    ids, _pending.ids = sorted(getattr(_pending, "ids", set())), set()
    # In batches, so a transaction that wrote thousands of records (a file import) is indexed
    # with flat memory, as `search_sync` does.
    try:
        for start in range(0, len(ids), APPLY_BATCH):
            apply_entries(ids[start : start + APPLY_BATCH])
    except DatabaseError as exc:
        logger.warning("Search index update after a commit failed, kept for search_sync: %s", exc)


def record_changes(instances: Sequence[models.Model]) -> None:
    """Like ``record_change`` for many objects of one model, with one insert for all entries."""
    indexes = get_indexes_for_model(type(instances[0])) if instances else []
    entries = [
        OutboxEntry(index_name=index.name, object_pk=pk)
        for index in indexes
        for instance in instances
        for pk in index.affected_pks(instance)
    ]
    if entries:
        ids = {entry.pk for entry in insert_objects(entries)}
        pending: set[int] = getattr(_pending, "ids", None) or set()
        _pending.ids = pending | ids
        transaction.on_commit(_apply_recorded)


def _on_bulk(
    sender: type[models.Model], instances: Sequence[models.Model], **kwargs: object
) -> None:
    record_changes(instances)


def _on_save(
    sender: type[models.Model], instance: models.Model, raw: bool = False, **kwargs: object
) -> None:
    if not raw:  # fixtures loading raw rows are indexed by a rebuild
        record_change(instance)


def _on_delete(sender: type[models.Model], instance: models.Model, **kwargs: object) -> None:
    # Before the delete: objects that depend on this one are still linked to it.
    record_change(instance)


def _on_m2m(
    sender: type[models.Model], instance: models.Model, action: str, **kwargs: object
) -> None:
    if action in {"post_add", "post_remove", "post_clear"} and get_indexes_for_model(
        type(instance)
    ):
        record_change(instance)


def _on_page(sender: type[models.Model], instance: models.Model, **kwargs: object) -> None:
    record_change(instance)


def connect_signals() -> None:
    """Connect the outbox to the models of registered indexes, and to nothing else."""
    for index in get_indexes():
        for model in index.watched_models():
            uid = f"search:{model._meta.label_lower}"
            post_save.connect(_on_save, sender=model, dispatch_uid=uid)
            saved_in_bulk.connect(_on_bulk, sender=model, dispatch_uid=uid)
            pre_delete.connect(_on_delete, sender=model, dispatch_uid=uid)
            if issubclass(model, Page):
                page_published.connect(_on_page, sender=model, dispatch_uid=uid)
                page_unpublished.connect(_on_page, sender=model, dispatch_uid=uid)
            for field in model._meta.local_many_to_many:
                through = field.remote_field.through
                m2m_changed.connect(_on_m2m, sender=through, dispatch_uid=f"{uid}:{field.name}")


def _documents_and_deletions(
    entries: Iterable[OutboxEntry],
) -> tuple[list[SearchDocument], list[DocumentRef]]:
    """Read the current public state of the entries' objects: documents, or refs to delete."""
    by_index: dict[str, set[str]] = {}
    for entry in entries:
        by_index.setdefault(entry.index_name, set()).add(entry.object_pk)
    documents: list[SearchDocument] = []
    deletions: list[DocumentRef] = []
    for name, pks in by_index.items():
        try:
            index = get_index(name)
        except KeyError:  # declared by an app that is gone (a removed plugin): drop its documents
            deletions.extend(DocumentRef(name, pk) for pk in sorted(pks))
            continue
        found = {index.object_pk(obj): obj for obj in index.get_queryset().filter(pk__in=pks)}
        for pk in sorted(pks):
            obj = found.get(pk)
            # Deleted, draft or private: remove its documents, then add any it still has.
            deletions.append(DocumentRef(name, pk))
            if obj is not None:
                documents.extend(index.documents(obj))
    return documents, deletions


def _lock_key(index_name: str, object_pk: str) -> int:
    """A signed 64-bit key for PostgreSQL's advisory locks (a collision only makes two wait)."""
    digest = hashlib.blake2b(f"{index_name}:{object_pk}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@contextmanager
def _one_applier_per_object(keys: Iterable[tuple[str, str]]) -> Iterator[None]:
    """Let one process at a time read and index an object.

    Without it `search_sync` could read an object, a new edit could read and index its newer
    state, and `search_sync`'s older state would land last and stay (a rename found stale after
    Elasticsearch restarted under load). The locks are taken in key order, so two appliers never
    wait for each other in a circle.
    """
    if connection.vendor != "postgresql":
        # SQLite runs one writing transaction at a time (transaction_mode IMMEDIATE).
        with transaction.atomic():
            yield
        return
    locks = sorted({_lock_key(*key) for key in keys})
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(key) FROM unnest(%s::bigint[]) AS key", [locks])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_unlock(key) FROM unnest(%s::bigint[]) AS key", [locks]
            )


def apply_entries(ids: Iterable[int]) -> int:
    """Apply outbox entries to the search backend; return how many failed (kept for a retry)."""
    pending = OutboxEntry.objects.filter(pk__in=list(ids), processed_at__isnull=True)
    keys = list(pending.values_list("index_name", "object_pk"))
    if not keys:
        return 0
    with _one_applier_per_object(keys):
        # Read again under the locks: another applier may have done some while this one waited.
        return _apply(list(pending.all()))


def _apply(entries: list[OutboxEntry]) -> int:
    if not entries:
        return 0
    backend = get_search_backend()
    pks = [entry.pk for entry in entries]
    try:
        documents, deletions = _documents_and_deletions(entries)
        backend.replace(deletions, documents)
    except Exception as exc:  # noqa: BLE001 - whatever the engine raises, the save has happened
        logger.warning("Search index update failed, kept for search_sync: %s", exc)
        OutboxEntry.objects.filter(pk__in=pks).update(
            attempts=models.F("attempts") + 1, last_error=f"{type(exc).__name__}: {exc}"[:2000]
        )
        return len(entries)
    OutboxEntry.objects.filter(pk__in=pks).update(
        processed_at=timezone.now(), attempts=models.F("attempts") + 1, last_error=""
    )
    # Search answers kept before the index caught up (hub.response_cache) are not served again.
    content_version.bump()
    return 0


def apply_pending(batch_size: int = APPLY_BATCH) -> tuple[int, int]:
    """Retry every pending entry in batches; return (applied, failed)."""
    applied = failed = 0
    last_pk = 0
    while True:
        batch = list(
            OutboxEntry.objects.filter(processed_at__isnull=True, pk__gt=last_pk)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not batch:
            return applied, failed
        last_pk = batch[-1]
        batch_failed = apply_entries(batch)
        failed += batch_failed
        applied += len(batch) - batch_failed


def replay_since(started: datetime) -> int:
    """Apply again every change recorded since a rebuild started, so the new index has them."""
    ids = list(OutboxEntry.objects.filter(created_at__gte=started).values_list("pk", flat=True))
    OutboxEntry.objects.filter(pk__in=ids).update(processed_at=None)
    for start in range(0, len(ids), APPLY_BATCH):
        apply_entries(ids[start : start + APPLY_BATCH])
    return len(ids)


def purge_processed() -> int:
    """Delete entries processed more than a day ago; return how many."""
    cutoff = timezone.now() - KEEP_PROCESSED
    return OutboxEntry.objects.filter(processed_at__lt=cutoff).delete()[0]
