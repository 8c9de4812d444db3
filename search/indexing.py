"""Full rebuilds: vocabulary first, then every document, then the changes made meanwhile."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.utils import timezone

from search.analyzers import build_vocabularies
from search.backends import get_search_backend
from search.backends.base import SearchDocument
from search.index import get_indexes, iter_documents
from search.sync import replay_since

__all__ = ["RebuildReport", "rebuild"]


@dataclass(frozen=True)
class RebuildReport:
    """What a rebuild did: documents written, words per language, changes replayed."""

    documents: int
    words: dict[str, int]
    replayed: int


def rebuild(progress: Callable[[str, int], object] | None = None) -> RebuildReport:
    """Rebuild the vocabulary and the whole index in two streamed passes.

    ``progress(stage, total)`` is called once per document, so a command can draw a bar. The
    vocabulary pass comes first because compound splitting at index time needs it. Changes saved
    while the rebuild ran are replayed into the new index at the end.
    """
    total = sum(index.count_documents() for index in get_indexes())
    started = timezone.now()
    written = 0

    def counted(stage: str) -> Iterator[SearchDocument]:
        nonlocal written
        for document in iter_documents():
            if progress:
                progress(stage, total)
            written += stage == "index"
            yield document

    words = build_vocabularies(counted("vocabulary"))
    get_search_backend().rebuild(counted("index"))
    return RebuildReport(written, words, replay_since(started))
