"""Rebuilds: vocabulary, then every document (or one type's), then the changes made meanwhile."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from django.utils import timezone

from hub import content_version
from search.analysis.current import build_vocabularies
from search.backends import get_search_backend
from search.backends.base import SearchDocument
from search.index import ModelIndex, get_indexes, iter_documents
from search.outbox import replay_since

__all__ = ["RebuildReport", "rebuild"]


@dataclass(frozen=True)
class RebuildReport:
    """What a rebuild did: documents written, words per language, changes replayed."""

    documents: int
    words: dict[str, int]
    replayed: int


def _spooled(documents: Iterator[SearchDocument], spool: BinaryIO) -> Iterator[SearchDocument]:
    """Yield documents while writing them to the spool file."""
    for document in documents:
        pickle.dump(document, spool, protocol=pickle.HIGHEST_PROTOCOL)
        yield document


def _unspooled(spool: BinaryIO, count: int) -> Iterator[SearchDocument]:
    """Read back the documents a first pass wrote (our own file, written moments ago)."""
    spool.seek(0)
    for _ in range(count):
        yield pickle.load(spool)  # noqa: S301 - a private temporary file this process wrote


def rebuild(
    progress: Callable[[str, int], object] | None = None, indexes: Sequence[ModelIndex] = ()
) -> RebuildReport:
    """Rebuild the vocabulary and the whole index, streaming, with flat memory.

    Compound splitting at index time needs the vocabulary of all documents, so the documents are
    read once from the database (counting words) and spooled to a temporary file, then read back
    for indexing: the database is queried once and memory holds one chunk at a time.
    ``progress(stage, total)`` is called once per document. Changes saved while the rebuild ran
    are replayed into the new index at the end.

    With ``indexes``, only their documents are rebuilt, in place: the other types stay as they
    are, and the stored vocabulary is kept (a full rebuild counts it again).
    """
    selected = tuple(indexes) or get_indexes()
    total = sum(index.count_documents() for index in selected)
    started = timezone.now()
    count = 0

    def counted(stage: str, documents: Iterator[SearchDocument]) -> Iterator[SearchDocument]:
        nonlocal count
        for document in documents:
            if progress:
                progress(stage, total)
            count += stage != "index"  # the full rebuild counts its first pass
            yield document

    words: dict[str, int] = {}
    if indexes:
        names = [index.name for index in indexes]
        get_search_backend().rebuild(counted("partial", iter_documents(indexes)), indexes=names)
    else:
        with tempfile.TemporaryFile() as spool:
            words = build_vocabularies(counted("vocabulary", _spooled(iter_documents(), spool)))
            get_search_backend().rebuild(counted("index", _unspooled(spool, count)))
    replayed = replay_since(started)
    content_version.bump()  # answers kept from the old index are not served again
    return RebuildReport(count, words, replayed)
