"""Analyzers with the current vocabulary and synonyms, cached per process.

The vocabulary is rebuilt by `search_rebuild` (and `search_sync --vocabulary`) and stored in the
database, so every web process reads the same words; a process re-reads it when the stored
version changes, checking at most once a minute (a rebuild in the same process takes effect at
once), so the check costs no query per request. Synonyms are read on every query: the table
is small, and an editor's change must take effect at once without a reindex.

The models are imported inside the functions: the declaration API (search.index, re-exported by
hub.plugins) imports this module, and a plugin's ``apps.py`` may import that before models load.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from typing import Protocol

from django.utils import timezone

from search.analysis import Analyzer
from search.analysis.vocabulary import CorpusVocabulary, count_words

__all__ = ["build_vocabularies", "get_analyzer"]

_CHECK_SECONDS = 60.0
_lock = threading.Lock()
_cache: dict[str, tuple[float, object, CorpusVocabulary]] = {}
_document_analyzers: dict[str, Analyzer] = {}


def _vocabulary(language: str) -> CorpusVocabulary:
    """Return the stored vocabulary of a language, re-read when its version changed."""
    from search.models import VocabularyWords

    now = time.monotonic()
    cached = _cache.get(language)
    if cached and now - cached[0] < _CHECK_SECONDS:
        return cached[2]
    version = (
        VocabularyWords.objects.filter(language=language).values_list("built_at", flat=True).first()
    )
    if cached and cached[1] == version:
        with _lock:
            _cache[language] = (now, version, cached[2])
        return cached[2]
    counts = {}
    if version is not None:
        counts = VocabularyWords.objects.get(language=language).counts
    vocabulary = CorpusVocabulary(language, counts)
    with _lock:
        _cache[language] = (now, version, vocabulary)
    return vocabulary


def get_analyzer(language: str, *, synonyms: bool = True) -> Analyzer:
    """Return an analyzer for a language; with synonyms for queries, without for documents.

    The document analyzer is kept while the vocabulary stays the same, so its word cache serves
    a whole rebuild; a query analyzer is made per query with the synonyms as they are now.
    """
    from search.models import Synonym

    vocabulary = _vocabulary(language)
    if not synonyms:
        cached = _document_analyzers.get(language)
        if cached is None or cached.vocabulary is not vocabulary:
            cached = _document_analyzers[language] = Analyzer(vocabulary)
        return cached
    groups = [
        synonym.term_list() for synonym in Synonym.objects.filter(language=language).only("terms")
    ]
    return Analyzer(vocabulary, groups)


class _Texts(Protocol):
    """A document's texts and language: a ``SearchDocument``, or a stored ``SearchEntry``."""

    @property
    def language(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def keywords(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def body(self) -> str: ...


def build_vocabularies(documents: Iterable[_Texts]) -> dict[str, int]:
    """Count the words of documents per language and store them; return words per language."""
    from search.models import VocabularyWords

    counts: dict[str, dict[str, int]] = {}
    for doc in documents:
        count_words(
            (doc.title, doc.keywords, doc.summary, doc.body),
            doc.language,
            counts.setdefault(doc.language, {}),
        )
    built_at = timezone.now()
    for language, words in counts.items():
        VocabularyWords.objects.update_or_create(
            language=language, defaults={"counts": words, "built_at": built_at}
        )
    _cache.clear()
    return {language: len(words) for language, words in counts.items()}
