"""The interface every public search backend implements, and the values it takes and returns.

Views, serializers and templates see only the frozen dataclasses below; they never touch ORM
search or Elasticsearch objects and never ask which backend answers (style rules 17-18).
Analysis (search.analysis) happens here, once, before a backend sees a document or a query.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from enum import Enum
from itertools import islice
from typing import Literal, TypeVar

from reference.occupations import related_unit_groups, ssyk_group
from reference.places import PlaceKind, PlaceMatch, municipalities, nearby_municipalities
from search.analysis import AnalyzedQuery, Analyzer, Boost, occupation_token
from search.analysis.current import get_analyzer
from search.analysis.highlight import Highlighter

__all__ = [
    "COVERAGE_SCORE",
    "FACET_VALUES",
    "FACETS",
    "FIELD_WEIGHTS",
    "TIER_SCORE",
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
    "Spelling",
    "Suggestion",
    "ahead",
    "analyse",
    "document_analyzers",
    "rank_score",
    "title_terms",
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
# A facet carries its most frequent values and every chosen one: pages show a dozen, and
# counting and sending the long tail (290 municipalities, 400 occupations) cost more than the
# search itself (issue 13).
FACET_VALUES = 30
# Weight of a query word found in each text field (its best field counts), the same on every
# backend: the third ranking key, see `rank_score`.
FIELD_WEIGHTS = {"title": 5, "keywords": 2, "body": 1}
# Ranking keys composed into one number (`rank_score`): each unit is larger than everything the
# smaller keys can add up to (32 words x 5; the boost weights sum to less than 100), and the
# largest score stays an integer a float32 (Elasticsearch's `_score`) holds exactly.
COVERAGE_SCORE, TIER_SCORE = 100_000, 1_000
# Record types that answer "how do I get my skills validated": when a query names validation or
# an occupation, these come before courses and pages (weights of `Boost` tiers, see below).
VALIDATION_TYPES = {"branch_models.validationmodel": 16, "branch_models.credential": 8}
# Records of an occupation the query names (by their SSYK facet) come before records that only
# mention its word: "svetsare" puts the welding model, credential and courses before the VVS
# model, whose text mentions welding tests.
OCCUPATION_WEIGHT = 32
# Tier weights of a place in the query: the same county (or nationwide), then the municipality
# and its neighbours within NEARBY_KM, then the municipality itself. Each weight is larger than
# all the smaller ones together, so tiers order lexicographically: type of record, then near,
# then nearby, then the very place ("sfi köping": Köping's course, then its neighbours').
NEAR_WEIGHT, NEARBY_WEIGHT, HERE_WEIGHT = 4, 2, 1
NEARBY_KM = 40
CHUNK_SIZE = 500
_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


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
    def group(self) -> str:
        """The documents shown as one hit share this key; it is the ``doc_id`` of the others.

        One course given in several municipalities is several records with one title: a
        person sees it once, with its places, wherever its duplicates would rank.
        """
        if not self.facets.get("municipality"):
            return self.doc_id
        return f"{self.index}:{self.language}:{' '.join(self.title.casefold().split())}"[:700]

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
    places: bool = True

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
    """One found document with its highlighted title and snippet (safe HTML).

    ``also`` holds the records grouped under this hit: same type and title (one course given
    in several municipalities), listed once where the best of them ranks.
    """

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
    matched: tuple[str, ...] = ()
    also: tuple[SearchHit, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    """The answer to a `SearchQuery`.

    Attributes:
        suggestion: a corrected query when some words are unknown ("did you mean"), else "".
        corrected: the corrected query the hits are for, when a word of the query was unknown.
        degraded: answered by the database fallback because the main engine was unreachable.
        covered: the query words the best hit matches, when it does not match them all.
        missing: the query words (filler words included) the best hit says nothing about.
        places: the places of the query that order the hits (nearby first).
        occupations: the SSYK unit groups the query names.
        related: the SSYK groups whose occupations the hits are for, when nothing was found
            for the occupation the query names (`BaseSearchBackend._search_related`).
    """

    query: SearchQuery
    hits: tuple[SearchHit, ...]
    total: int
    facets: tuple[Facet, ...]
    suggestion: str = ""
    corrected: str = ""
    degraded: bool = False
    covered: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    places: tuple[PlaceMatch, ...] = ()
    occupations: tuple[str, ...] = ()
    related: tuple[str, ...] = ()

    @property
    def related_names(self) -> tuple[str, ...]:
        """The names of the ``related`` groups in the query's language, for the page to say."""
        groups = (ssyk_group(code) for code in self.related)
        return tuple(group.name_in(self.query.language) for group in groups if group)

    @property
    def partial(self) -> bool:
        """The best hits cover only part of the query: the page says which part."""
        return bool(self.hits and self.missing and self.covered)

    @property
    def page_count(self) -> int:
        """Number of pages of hits."""
        return max(1, math.ceil(self.total / self.query.per_page))


@dataclass(frozen=True)
class Suggestion:
    """An autocomplete suggestion: a document title and where it leads."""

    title: str
    url: str


class Spelling(Enum):
    """Which words a query with an unknown word was answered for (`_search_corrected`)."""

    TYPED = "typed"  # as typed: a record has every word, the vocabulary does not yet
    CORRECTED = "corrected"  # the correction, which found something
    UNCORRECTED = "uncorrected"  # as typed, the correction found nothing: it is suggested


@dataclass(frozen=True)
class BackendPage:
    """What a backend returns for a query, before highlighting: one page and the facet counts.

    Documents of one group (``SearchDocument.group``) are one hit: ``documents`` holds the best
    of each group, ``also`` the others (best first) by the ``doc_id`` of the group's first, and
    ``total`` counts groups.
    """

    documents: tuple[tuple[SearchDocument, float], ...]
    total: int
    facets: Mapping[str, Mapping[str, int]]
    also: Mapping[str, tuple[SearchDocument, ...]] = field(default_factory=dict)


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


def ahead(function: Callable[[_Item], _Result], items: Iterable[_Item]) -> Generator[_Result]:
    """Yield ``function(item)`` for each item in order, computing the next one in a thread of
    its own while the caller works with this one.

    The stages of a rebuild overlap so (analysing, sending to Elasticsearch, writing the
    database fallback, whose COPY waits for PostgreSQL): it waits for the slowest stage, not for
    their sum. One item is in flight, so memory stays flat. The items are taken in the caller's
    thread, and the caller does its own writes there, in its own connection and transaction: the
    function must not use the database. Its error is raised to the caller; when the caller
    stops early, the item in flight is finished before this returns.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-rebuild") as pool:
        pending: Future[_Result] | None = None
        for item in items:
            following = pool.submit(function, item)
            if pending is not None:
                yield pending.result()
            pending = following
        if pending is not None:
            yield pending.result()


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
            # Each chunk's analyzers are read here (the vocabulary is in the database); the
            # next chunk is analysed in a thread while the backend writes this one.
            prepared = ((chunk, document_analyzers(chunk)) for chunk in chunked(documents))
            for chunk in ahead(lambda pair: analyse(*pair), prepared):
                yield chunk
                if progress:
                    progress(len(chunk))

        self._rebuild(analysed(), tuple(indexes))

    def search(self, query: SearchQuery) -> SearchResult:
        """Answer a query: analyse it, ask the engine, highlight the hits.

        Any meaningful word may match; engines order by the number of words a document covers,
        then by the preferences (`Boost`) of the query's places and intent, then by the fields
        the words are found in (`rank_score`).
        """
        analyzer = get_analyzer(query.language)
        analyzed = self.analyze(query)
        if query.text.strip() and not analyzed.clauses:
            # Only punctuation or stop words: nothing to look for, and not "everything" either.
            return SearchResult(query=query, hits=(), total=0, facets=())
        suggestion, corrected = analyzer.correction(analyzed), ""
        # Highlighting analyses every word of the hits: the document analyzer caches its words.
        plain = get_analyzer(query.language, synonyms=False)
        if suggestion:
            # A word we do not know and a known one a typo away: show what the corrected
            # words find, and say so. Edit distance alone (Elasticsearch) would find the word's
            # text but not what it names ("svettsare" is no occupation, "svetsare" is), and the
            # database backends would find nothing.
            retry = self.analyze(replace(query, text=suggestion))

            def typed(top: SearchDocument) -> bool:
                # Every word is in a record, only not yet in the vocabulary (a record added
                # since the last rebuild): the person meant what they typed.
                return len(_matched(plain, analyzed, top)) == len(analyzed.clauses)

            page, degraded, spelling = self._search_corrected(analyzed, retry, query, typed)
            if spelling is Spelling.TYPED:
                suggestion = ""
            elif spelling is Spelling.CORRECTED:
                analyzed, suggestion, corrected = retry, "", suggestion
        else:
            page, degraded = self._search_page(analyzed, query)
        named = analyzed.occupations
        related: tuple[str, ...] = ()
        if not page.total and named and not query.filters:
            # Nothing on the occupation itself: its neighbours in SSYK, said so on the page.
            found = self._search_related(analyzed, query)
            if found:
                analyzed, page, related, fell_back = found
                degraded = degraded or fell_back
        marker = Highlighter(plain, analyzed.terms)
        hits = tuple(
            replace(
                _hit(marker, analyzed, doc, score),
                also=tuple(
                    _hit(marker, analyzed, other, score) for other in page.also.get(doc.doc_id, ())
                ),
            )
            for doc, score in page.documents
        )
        covered: tuple[str, ...] = ()
        missing: tuple[str, ...] = ()
        if hits and query.page == 1 and len(hits[0].matched) < len(analyzed.clauses):
            covered = hits[0].matched
            # An unknown word (probably a typo) may have matched by edit distance: not "missing".
            missing = tuple(
                c.text for c in analyzed.clauses if c.text not in covered and not c.fuzzy
            )
        if hits and analyzed.ignored:
            missing += analyzed.ignored
            covered = covered or hits[0].matched
        if len(missing) > 1:  # as the person wrote them: "utan papper", not "papper utan"
            order = {word: position for position, word in reversed(list(enumerate(analyzed.words)))}
            missing = tuple(
                sorted(missing, key=lambda text: order.get(text.split()[0], len(order)))
            )
        return SearchResult(
            query=query,
            hits=hits,
            total=page.total,
            facets=_facets(page.facets, query.filters),
            suggestion=suggestion,
            corrected=corrected,
            degraded=degraded,
            covered=covered,
            missing=missing,
            places=analyzed.places,
            occupations=named,
            related=related,
        )

    def analyze(self, query: SearchQuery) -> AnalyzedQuery:
        """Return the query as engines receive it: clauses, places and ranking preferences."""
        analyzed = get_analyzer(query.language).analyze_query(query.text, places=query.places)
        return replace(analyzed, boosts=_boosts(analyzed))

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

    def _search_corrected(
        self,
        query: AnalyzedQuery,
        retry: AnalyzedQuery,
        search: SearchQuery,
        typed: Callable[[SearchDocument], bool],
    ) -> tuple[BackendPage, bool, Spelling]:
        """Answer a query with an unknown word that ``retry`` corrects: the page of the words
        as typed when its top document has them all (``typed``), else the corrected words' page
        if they find anything, else the typed words' page; and whether a fallback answered.
        Engines that can ask for both at once override this."""
        page, degraded = self._search_page(query, search)
        if page.documents and typed(page.documents[0][0]):
            return page, degraded, Spelling.TYPED
        retried, retried_degraded = self._search_page(retry, search)
        if retried.total:
            return retried, retried_degraded, Spelling.CORRECTED
        return page, degraded, Spelling.UNCORRECTED

    def _search_related(
        self, query: AnalyzedQuery, search: SearchQuery
    ) -> tuple[AnalyzedQuery, BackendPage, tuple[str, ...], bool] | None:
        """Look for the occupations next to those the query names, nearest first
        (`related_unit_groups`); return the query that found something, its page, the SSYK
        groups its hits are in and whether a fallback answered, or None when none found any."""
        for groups in related_unit_groups(query.occupations):
            units = tuple(dict.fromkeys(unit for found in groups.values() for unit in found))
            if not units:
                continue
            related = query.with_related(units)
            related = replace(related, boosts=_boosts(related))
            page, degraded = self._search_page(related, search)
            if page.total:
                # Name the groups whose records were found (facet counts cover every hit).
                found = page.facets.get("occupation", {})
                named = tuple(g for g, units in groups.items() if found.keys() & set(units))
                return related, page, named or tuple(groups), degraded
        return None

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
        """Return the page of groups matching any clause (and the filters), with facet counts.

        Order: the keys of `rank_score`, the same on every engine (the score of a document is
        `rank_score`). Groups are formed before paginating and ranked by their best document.
        """

    @abstractmethod
    def _suggest(
        self, words: Sequence[str], prefix: str, language: str, limit: int
    ) -> tuple[Suggestion, ...]:
        """Return titles containing all words and a word starting with prefix."""


def rank_score(coverage: int, tier: int, fields: int) -> float:
    """Return the shared score of a document: its first three ranking keys as one number.

    Every backend orders by the same keys, computed from the pipeline's tokens rather than by
    the engine's own relevance (BM25 and ``ts_rank`` differ, and would order ties differently):

    1. coverage: the number of query clauses the document matches;
    2. tier: the sum of the weights of the query's boosts it meets (`_boosts`);
    3. fields: for each clause, the weight of the best field it matches in (`FIELD_WEIGHTS`);
    4. fewer title terms first: a page about the query's topic before one that also names it;
    5. title, index and key: a stable order for what is still equal.
    """
    return float(coverage * COVERAGE_SCORE + tier * TIER_SCORE + fields)


def title_terms(tokens: str) -> int:
    """Return the number of index terms of a title: the fourth ranking key (`rank_score`)."""
    return len(tokens.split())


def document_analyzers(documents: Iterable[SearchDocument]) -> dict[str, Analyzer]:
    """Return the document analyzers of the documents' languages (no synonyms: those are for
    queries), as the stored vocabulary has them now."""
    languages = {doc.language for doc in documents}
    return {language: get_analyzer(language, synonyms=False) for language in languages}


def analyse(
    documents: Sequence[SearchDocument], analyzers: Mapping[str, Analyzer] | None = None
) -> list[IndexedDocument]:
    """Run documents through their language's pipeline, with ``analyzers`` when given (read
    beforehand in a thread that may use the database; `document_analyzers`)."""
    analyzers = analyzers or document_analyzers(documents)
    analysed = []
    for doc in documents:
        analyzer = analyzers[doc.language]
        occupations = " ".join(occupation_token(c) for c in doc.facets.get("occupation", ()))
        analysed.append(
            IndexedDocument(
                document=doc,
                title_tokens=analyzer.index_terms(doc.title),
                keywords_tokens=f"{analyzer.index_terms(doc.keywords)} {occupations}".strip(),
                body_tokens=analyzer.index_terms(f"{doc.summary}\n{doc.body}"),
                prefix_tokens=analyzer.prefix_words(doc.title),
            )
        )
    return analysed


def _boosts(query: AnalyzedQuery) -> tuple[Boost, ...]:
    """Return the preferences of a query: validation records first, then places nearby."""
    boosts: list[Boost] = []
    # "vad är en branschvalideringsmodell" asks what one is: its words decide, not the trade its
    # last part names (modell) nor a preference for models.
    if not query.definition:
        if query.occupations:
            boosts.append(Boost("occupation", query.occupations, OCCUPATION_WEIGHT))
        # "validering" alone asks what validation is (pages answer it); "validering av
        # svetsare" asks for a trade's model.
        if query.occupations or (query.validation and len(query.clauses) > 1):
            # With a place, the person asks where: the model first, then what is done nearby,
            # before credentials, which are the same everywhere.
            types = list(VALIDATION_TYPES.items())[: 1 if query.places else None]
            boosts.extend(Boost("type", (name,), weight) for name, weight in types)
    regions: dict[str, None] = {}
    nearby: dict[str, None] = {}
    here: dict[str, None] = {}
    for place in query.places:
        if place.kind == PlaceKind.COUNTY:
            regions[place.code] = None
        else:
            regions[municipalities()[place.code].region_code] = None
            here[place.code] = None
            nearby[place.code] = None
            nearby.update(dict.fromkeys(nearby_municipalities(place.code, NEARBY_KM)))
    if regions:
        boosts.append(Boost("region", tuple(regions), NEAR_WEIGHT))
    if nearby:
        boosts.append(Boost("municipality", tuple(nearby), NEARBY_WEIGHT))
    if here:
        boosts.append(Boost("municipality", tuple(here), HERE_WEIGHT))
    return tuple(boosts)


def _matched(analyzer: Analyzer, query: AnalyzedQuery, doc: SearchDocument) -> tuple[str, ...]:
    """Return the query words (clauses) a document matches: the hit's "why" line."""
    if not query.clauses:
        return ()
    text = f"{doc.title}\n{doc.keywords}\n{doc.summary}\n{doc.body}"
    terms = set(analyzer.index_terms(text).split())
    terms.update(occupation_token(code) for code in doc.facets.get("occupation", ()))
    return tuple(
        clause.text
        for clause in query.clauses
        if any(all(term in terms for term in alt) for alt in clause.alternatives)
    )


def _hit(marker: Highlighter, query: AnalyzedQuery, doc: SearchDocument, score: float) -> SearchHit:
    text = doc.summary if not query.terms else f"{doc.summary}\n{doc.body}".strip()
    return SearchHit(
        doc_id=doc.doc_id,
        index=doc.index,
        pk=doc.pk,
        title=doc.title,
        url=doc.url,
        summary=doc.summary,
        title_html=marker.highlight(doc.title),
        snippet_html=marker.snippet(text),
        facets=doc.facets,
        score=score,
        matched=_matched(marker.analyzer, query, doc),
    )


def _facets(
    counts: Mapping[str, Mapping[str, int]], filters: Mapping[str, Sequence[str]]
) -> tuple[Facet, ...]:
    """The most frequent facet values by count (then code), and the selected ones even at zero."""
    facets = []
    for name in FACETS:
        values = dict(counts.get(name, {}))
        selected = set(filters.get(name, ()))
        for value in selected:
            values.setdefault(value, 0)
        ordered = sorted(values.items(), key=lambda item: (-item[1], item[0]))
        facets.append(
            Facet(
                name,
                tuple(
                    FacetValue(value, count, value in selected)
                    for rank, (value, count) in enumerate(ordered)
                    if rank < FACET_VALUES or value in selected
                ),
            )
        )
    return tuple(facets)
