"""The interface every public search backend implements, and the values it takes and returns.

Views, serializers and templates see only the frozen dataclasses below; they never touch ORM
search or Elasticsearch objects and never ask which backend answers (style rules 17-18).
Analysis (search.analysis) happens here, once, before a backend sees a document or a query.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal

from search.analysis import AnalyzedQuery, Analyzer
from search.analysis.highlight import highlight, snippet
from search.analyzers import get_analyzer

__all__ = [
    "FACETS",
    "BackendHealth",
    "BackendPage",
    "BaseSearchBackend",
    "DocumentRef",
    "Facet",
    "FacetValue",
    "IndexedDocument",
    "SearchDocument",
    "SearchHit",
    "SearchQuery",
    "SearchResult",
    "SearchUnavailable",
    "Suggestion",
    "analyse",
]

# Every document may carry these facets; values are codes, labels come from search.facets.
FACETS = (
    "type",
    "region",
    "municipality",
    "industry",
    "occupation",
    "level",
    "language",
    "audience",
)
# Relative weight of the text fields, the same on every backend.
BOOSTS = {"title": 5.0, "keywords": 2.0, "body": 1.0}
CHUNK_SIZE = 500


class SearchUnavailable(Exception):
    """The engine did not answer a write or a rebuild; the message says which and where."""


@dataclass(frozen=True)
class DocumentRef:
    """Names the documents of one object, in every language: index name and primary key."""

    index: str
    pk: str


@dataclass(frozen=True)
class SearchDocument:
    """What a `ModelIndex` makes of one object in one language.

    Attributes:
        index: name of the index that made it (``app_label.model_name``).
        pk: the object's primary key, as text.
        language: the site language this document is shown in.
        title: shown as the hit's heading; searched with the highest weight.
        url: where the hit links to.
        summary: shown under the heading; searched with the body.
        keywords: names of related things (industry, occupations, organisations).
        body: the rest of the text, searched and used for snippets.
        facets: facet name -> codes, e.g. ``{"region": ("12",)}``.
    """

    index: str
    pk: str
    language: str
    title: str
    url: str = ""
    summary: str = ""
    keywords: str = ""
    body: str = ""
    facets: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)

    @property
    def doc_id(self) -> str:
        """The document's identity in every backend."""
        return f"{self.index}:{self.pk}:{self.language}"

    @property
    def ref(self) -> DocumentRef:
        """The object this document describes."""
        return DocumentRef(self.index, self.pk)


@dataclass(frozen=True)
class IndexedDocument:
    """A document with the pipeline's tokens: what backends store."""

    document: SearchDocument
    title_tokens: str
    keywords_tokens: str
    body_tokens: str
    prefix_tokens: str


@dataclass(frozen=True)
class SearchQuery:
    """A search as a person asked it.

    Attributes:
        text: the words typed, untrusted and unanalysed; empty lists everything filtered.
        language: site language of the documents to search.
        filters: facet name -> selected codes; values of one facet are alternatives.
        page: 1-based page number.
        per_page: hits per page.
    """

    text: str = ""
    language: str = "sv"
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    page: int = 1
    per_page: int = 10

    @property
    def offset(self) -> int:
        """Index of the first hit of the page."""
        return (self.page - 1) * self.per_page


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet with the number of hits it would give."""

    value: str
    count: int
    selected: bool = False


@dataclass(frozen=True)
class Facet:
    """A facet's values among the hits, most frequent first."""

    name: str
    values: tuple[FacetValue, ...]


@dataclass(frozen=True)
class SearchHit:
    """One found document with its highlighted title and snippet (safe HTML)."""

    doc_id: str
    index: str
    pk: str
    title: str
    url: str
    summary: str
    title_html: str
    snippet_html: str
    facets: Mapping[str, tuple[str, ...]] = field(hash=False)
    score: float = 0.0


@dataclass(frozen=True)
class SearchResult:
    """The answer to a `SearchQuery`.

    Attributes:
        suggestion: a corrected query when some words are unknown ("did you mean"), else "".
        degraded: answered by the database fallback because the main engine was unreachable.
    """

    query: SearchQuery
    hits: tuple[SearchHit, ...]
    total: int
    facets: tuple[Facet, ...]
    suggestion: str = ""
    degraded: bool = False

    @property
    def page_count(self) -> int:
        """Number of pages of hits."""
        return max(1, math.ceil(self.total / self.query.per_page))


@dataclass(frozen=True)
class Suggestion:
    """An autocomplete suggestion: a document title and where it leads."""

    title: str
    url: str


@dataclass(frozen=True)
class BackendPage:
    """What a backend returns for a query, before highlighting: one page and the facet counts."""

    documents: tuple[tuple[SearchDocument, float], ...]
    total: int
    facets: Mapping[str, Mapping[str, int]]


@dataclass(frozen=True)
class BackendHealth:
    """What `/health/` and the admin show about a backend: name, state and a short detail."""

    backend: str
    status: Literal["ok", "down"]
    detail: dict[str, str] = field(default_factory=dict)


def chunked(items: Iterable[SearchDocument], size: int = CHUNK_SIZE) -> Iterator[list]:
    """Yield lists of at most size items, so nothing holds a whole corpus in memory."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class BaseSearchBackend(ABC):
    """A search engine behind the hub's one search interface.

    Subclasses implement the underscored methods on analysed input; the public methods analyse,
    highlight and assemble results the same way for every engine.

    Attributes:
        name: short identifier shown in health output.
    """

    name: str = ""

    # --- Public interface ---------------------------------------------------------------------

    def index(self, documents: Iterable[SearchDocument]) -> None:
        """Add or replace documents (same ``doc_id`` replaces)."""
        for chunk in chunked(documents):
            self._index(analyse(chunk))

    def replace(self, refs: Sequence[DocumentRef], documents: Sequence[SearchDocument]) -> None:
        """Remove every document of these objects, then index their current documents.

        One sync step: an object may have lost a language, or become a draft or private.
        """
        self.delete(refs)
        self.index(documents)

    def rebuild(
        self,
        documents: Iterable[SearchDocument],
        progress: Callable[[int], object] | None = None,
        indexes: Sequence[str] = (),
    ) -> None:
        """Replace the index (or only the documents of the named indexes) with documents.

        Readers see the old documents until the new ones are complete; with ``indexes``, the
        other types are not touched at all.
        """

        def analysed() -> Iterator[list[IndexedDocument]]:
            for chunk in chunked(documents):
                yield analyse(chunk)
                if progress:
                    progress(len(chunk))

        self._rebuild(analysed(), tuple(indexes))

    def search(self, query: SearchQuery) -> SearchResult:
        """Answer a query: analyse it, ask the engine, highlight the hits."""
        analyzer = get_analyzer(query.language)
        analyzed = analyzer.analyze_query(query.text)
        if query.text.strip() and not analyzed.clauses:
            # Only punctuation or stop words: nothing to look for, and not "everything" either.
            return SearchResult(query=query, hits=(), total=0, facets=())
        page, degraded = self._search_page(analyzed, query)
        # Highlighting analyses every word of the hits: the document analyzer caches its words.
        highlighter = get_analyzer(query.language, synonyms=False)
        return SearchResult(
            query=query,
            hits=tuple(_hit(highlighter, analyzed, doc, score) for doc, score in page.documents),
            total=page.total,
            facets=_facets(page.facets, query.filters),
            suggestion=analyzer.correction(analyzed),
            degraded=degraded,
        )

    def suggest(self, text: str, language: str, limit: int = 8) -> tuple[Suggestion, ...]:
        """Return titles that complete what has been typed so far (autocomplete)."""
        analyzer = get_analyzer(language, synonyms=False)
        words = [word for word in analyzer.words(text) if word not in analyzer.stop_words]
        if not words or not text[-1:].strip():
            return ()
        return self._suggest(words[:-1][-8:], words[-1], language, limit)

    @abstractmethod
    def delete(self, refs: Sequence[DocumentRef]) -> None:
        """Remove the documents of these objects in every language."""

    @abstractmethod
    def health(self) -> BackendHealth:
        """Report whether the engine answers; never raise, so health pages always render."""

    # --- Engine-specific parts ----------------------------------------------------------------

    def _search_page(self, query: AnalyzedQuery, search: SearchQuery) -> tuple[BackendPage, bool]:
        """Return a page of documents and whether a fallback answered; engines may override."""
        return self._search(query, search), False

    @abstractmethod
    def _index(self, documents: Sequence[IndexedDocument]) -> None:
        """Store analysed documents, replacing any with the same ``doc_id``."""

    @abstractmethod
    def _rebuild(
        self, chunks: Iterable[Sequence[IndexedDocument]], indexes: tuple[str, ...] = ()
    ) -> None:
        """Replace every document (or those of the named indexes) with the chunks' documents,
        atomically for readers."""

    @abstractmethod
    def _search(self, query: AnalyzedQuery, search: SearchQuery) -> BackendPage:
        """Return the page of documents matching every clause, filters and facet counts."""

    @abstractmethod
    def _suggest(
        self, words: Sequence[str], prefix: str, language: str, limit: int
    ) -> tuple[Suggestion, ...]:
        """Return titles containing all words and a word starting with prefix."""


def analyse(documents: Iterable[SearchDocument]) -> list[IndexedDocument]:
    """Run documents through their language's pipeline (no synonyms: those are for queries)."""
    analysed = []
    for doc in documents:
        analyzer = get_analyzer(doc.language, synonyms=False)
        analysed.append(
            IndexedDocument(
                document=doc,
                title_tokens=analyzer.index_terms(doc.title),
                keywords_tokens=analyzer.index_terms(doc.keywords),
                body_tokens=analyzer.index_terms(f"{doc.summary}\n{doc.body}"),
                prefix_tokens=analyzer.prefix_words(doc.title),
            )
        )
    return analysed


def _hit(analyzer: Analyzer, query: AnalyzedQuery, doc: SearchDocument, score: float) -> SearchHit:
    text = doc.summary if not query.terms else f"{doc.summary}\n{doc.body}".strip()
    return SearchHit(
        doc_id=doc.doc_id,
        index=doc.index,
        pk=doc.pk,
        title=doc.title,
        url=doc.url,
        summary=doc.summary,
        title_html=highlight(doc.title, analyzer, query.terms),
        snippet_html=snippet(text, analyzer, query.terms),
        facets=doc.facets,
        score=score,
    )


def _facets(
    counts: Mapping[str, Mapping[str, int]], filters: Mapping[str, Sequence[str]]
) -> tuple[Facet, ...]:
    """Order facet values by count (then code), keeping selected values even at zero hits."""
    facets = []
    for name in FACETS:
        values = dict(counts.get(name, {}))
        selected = set(filters.get(name, ()))
        for value in selected:
            values.setdefault(value, 0)
        ordered = sorted(values.items(), key=lambda item: (-item[1], item[0]))
        facets.append(
            Facet(
                name, tuple(FacetValue(value, count, value in selected) for value, count in ordered)
            )
        )
    return tuple(facets)
