"""Elasticsearch backend for production and scale, through the official client's DSL.

Documents arrive analysed by search.analysis, so every text field uses the built-in
``whitespace`` analyzer: no analysis plugin is needed and matching equals the database backend's.
The engine adds what databases lack: fuzzy matching for typos, prefix autocomplete, aggregations
for facets, bulk indexing and a rebuild into a new index behind an alias; it ranks by the shared
keys (`rank_score`), as the database does. Every write also goes to the database index, which
answers searches whenever the cluster cannot (the result then says so).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from functools import lru_cache
from itertools import chain
from typing import Any

from django.conf import settings
from django.utils import timezone
from elasticsearch import ApiError, Elasticsearch, TransportError, helpers
from elasticsearch.dsl import A, Document, Integer, Keyword, Long, Object, Q, Search, Text
from elasticsearch.dsl.query import Query

from search.analysis import AnalyzedQuery, QueryClause
from search.backends import database
from search.backends.base import (
    COVERAGE_SCORE,
    FACET_VALUES,
    FACETS,
    FIELD_WEIGHTS,
    TIER_SCORE,
    BackendHealth,
    BackendPage,
    BaseSearchBackend,
    DocumentRef,
    IndexedDocument,
    SearchDocument,
    SearchQuery,
    SearchUnavailable,
    Spelling,
    Suggestion,
    ahead,
    analyse,
    title_terms,
)

__all__ = ["SearchBackend"]

logger = logging.getLogger(__name__)
ENGINE_ERRORS = (ApiError, TransportError)
TOKEN_FIELDS = [f"{field}_tokens" for field in FIELD_WEIGHTS]
REQUEST_TIMEOUT = 10  # seconds
SHARD_WAIT = f"{REQUEST_TIMEOUT // 2}s"  # see _bulk
# Each shard ranks this many values of a facet (more than the country's 290 municipalities),
# so the FACET_VALUES it returns are the top ones also when an index has several shards.
FACET_SHARD_SIZE = 400
GROUP_SIZE = 50  # documents listed under one grouped hit (one course's places)
# Groups are counted exactly up to this many (Elasticsearch's maximum), approximately beyond.
GROUP_COUNT_PRECISION = 40_000
FACET_COUNT_PRECISION = 1_000  # per facet value: exact below, within a few percent above
_TOKENS = ["title_tokens", "keywords_tokens", "body_tokens", "prefix_tokens"]
# After the shared score (`_score` is `rank_score`, built of constant scores, no BM25), the
# same keys as the database backend's ORDER BY: fewer title terms, then a stable order.
SORT: list[dict[str, dict[str, str]]] = [
    {"_score": {"order": "desc"}},
    {"title_terms": {"order": "asc", "unmapped_type": "integer"}},
    {"title": {"order": "asc"}},
    {"index_name": {"order": "asc"}},
    {"object_pk": {"order": "asc"}},
]


class Entry(Document):
    """The mapping: stored text for display, whitespace-analysed tokens for matching."""

    index_name = Keyword()
    object_pk = Keyword()
    language = Keyword()
    title = Keyword()
    title_terms = Integer()  # a ranking key (`rank_score`)
    url = Keyword(index=False)
    summary = Text(index=False)
    keywords = Text(index=False)
    body = Text(index=False)
    title_tokens = Text(analyzer="whitespace")
    keywords_tokens = Text(analyzer="whitespace")
    body_tokens = Text(analyzer="whitespace")
    prefix_tokens = Text(analyzer="whitespace", index_prefixes={"min_chars": 1, "max_chars": 10})
    group = Keyword()  # documents with one key are one hit (SearchDocument.group)
    group_hash = Long()  # the key as a number: what the facet counts count (_group_hash)
    facets = Object(properties={name: Keyword() for name in FACETS})


def _source(item: IndexedDocument) -> dict[str, object]:
    doc = item.document
    return {
        "index_name": doc.index,
        "object_pk": doc.pk,
        "language": doc.language,
        "title": doc.title,
        "title_terms": title_terms(item.title_tokens),
        "url": doc.url,
        "summary": doc.summary,
        "keywords": doc.keywords,
        "body": doc.body,
        "title_tokens": item.title_tokens,
        "keywords_tokens": item.keywords_tokens,
        "body_tokens": item.body_tokens,
        "prefix_tokens": item.prefix_tokens,
        "group": doc.group,
        "group_hash": _group_hash(doc.group),
        "facets": {name: list(values) for name, values in doc.facets.items()},
    }


def _group_hash(group: str) -> int:
    """The group key as a 64-bit number: Elasticsearch counts distinct numbers about twice as
    fast as distinct strings, and every facet value's count is such a count (at 100,000
    documents the facets were most of a search's time: docs/performance.md)."""
    digest = hashlib.blake2b(group.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _clause(
    clause: QueryClause, fields: Sequence[str] = TOKEN_FIELDS, *, fuzzy: bool = True
) -> Query:
    """Any alternative of a clause; a word the vocabulary does not know may match with typos.

    With ``fuzzy`` false, the words must be found as they are: only that counts for ranking,
    as on the database backend, which has no edit distance. A near miss of an unknown word
    ("سوريا" finding "سوق") finds documents, behind those that match the known words.
    """
    options = []
    for alternative in clause.alternatives:
        text = " ".join(alternative)
        if len(alternative) > 1:
            options.append(Q("multi_match", query=text, fields=fields, type="phrase"))
        elif clause.fuzzy and fuzzy:
            options.append(
                Q("multi_match", query=text, fields=fields, fuzziness="AUTO", prefix_length=1)
            )
        else:
            options.append(Q("multi_match", query=text, fields=fields))
    return Q("dis_max", queries=options)


def _found(clause: QueryClause) -> Query:
    """Score the weight of the best field a clause matches in (`rank_score`'s third key)."""
    return Q(
        "dis_max",
        queries=[
            Q(
                "constant_score",
                filter=_clause(clause, [f"{field}_tokens"], fuzzy=False),
                boost=weight,
            )
            for field, weight in FIELD_WEIGHTS.items()
        ],
    )


def _facet_filter(name: str, values: Sequence[str]) -> Query:
    return Q("terms", **{f"facets.{name}": list(values)})


def _filters(search: SearchQuery) -> dict[str, Query]:
    """The search's chosen facet values, one condition per facet."""
    return {name: _facet_filter(name, values) for name, values in search.filters.items() if values}


def _sort(query: AnalyzedQuery) -> list[dict[str, dict[str, str]]]:
    """The ranking order; without words to match, only the stable keys after the score."""
    return SORT if query.clauses else SORT[2:]


@lru_cache(maxsize=256)
def _count_aggregations(
    chosen: tuple[tuple[str, tuple[str, ...]], ...], size: int
) -> dict[str, Any]:
    """Return the counts request's aggregations for the chosen facet values (``size``: the
    values per facet, `FACET_VALUES`). Every search with the same choice asks for the same
    ones, so they are built once per process, not once per search."""
    filters = {name: _facet_filter(name, values) for name, values in chosen}
    aggregations: dict[str, Any] = {}
    for name in FACETS:
        others = [condition for other, condition in filters.items() if other != name]
        aggregation = A("filter", Q("bool", filter=others) if others else Q("match_all"))
        # The most frequent values, as _facets orders them, and the chosen ones wherever
        # they rank. Groups, not documents: a course given in three places is one hit.
        buckets = [
            aggregation.bucket(
                "values",
                "terms",
                field=f"facets.{name}",
                size=size,
                shard_size=FACET_SHARD_SIZE,
                order=[{"groups": "desc"}, {"_key": "asc"}],
            )
        ]
        if wanted := dict(chosen).get(name):
            buckets.append(
                aggregation.bucket(
                    "chosen",
                    "terms",
                    field=f"facets.{name}",
                    include=list(wanted),
                    size=len(wanted),
                )
            )
        for bucket in buckets:
            bucket.metric(
                "groups",
                "cardinality",
                field="group_hash",
                precision_threshold=FACET_COUNT_PRECISION,
            )
        aggregations[name] = aggregation.to_dict()
    # The total counts groups among the filtered hits.
    groups = A("filter", Q("bool", filter=list(filters.values())) if filters else Q("match_all"))
    groups.metric(
        "count", "cardinality", field="group_hash", precision_threshold=GROUP_COUNT_PRECISION
    )
    aggregations["groups"] = groups.to_dict()
    return aggregations


class SearchBackend(BaseSearchBackend):
    """Search on an Elasticsearch cluster named by ``ELASTICSEARCH_URL``.

    The live index is reached through the alias ``<SEARCH_INDEX_PREFIX>_search``; a rebuild
    fills ``<alias>_<timestamp>`` and moves the alias in one atomic step.
    """

    name = "elasticsearch"

    def __init__(self) -> None:
        # ELASTICSEARCH_URL: one node, or several nodes of one cluster, comma-separated. One
        # node: a failed request fails at once (the database answers instead). Several: the
        # client tries each other node once before giving up. Read here, not at import, so a
        # changed setting (tests, a restart with new nodes) reaches the client.
        hosts = [url.strip() for url in settings.ELASTICSEARCH_URL.split(",") if url.strip()]
        self.client = Elasticsearch(
            hosts,
            request_timeout=REQUEST_TIMEOUT,
            retry_on_timeout=len(hosts) > 1,
            max_retries=len(hosts) - 1,
        )
        self.alias = f"{settings.SEARCH_INDEX_PREFIX}_search"
        self.fallback = database.SearchBackend()
        self._index_ready = False

    def health(self) -> BackendHealth:
        """Report cluster status and server version, or ``down`` when the node does not answer."""
        try:
            # Node info rather than `GET /`: the root endpoint lives in a module (rest-root) that
            # minimal distributions leave out.
            nodes = self.client.nodes.info(node_id="_local", filter_path="nodes.*.version")
            cluster = self.client.cluster.health()
        except ENGINE_ERRORS as exc:
            return BackendHealth(self.name, "down", {"error": type(exc).__name__})
        (node,) = nodes["nodes"].values()
        return BackendHealth(
            self.name, "ok", {"version": node["version"], "cluster_status": cluster["status"]}
        )

    # --- Index management ---------------------------------------------------------------------

    def _create_index(self) -> str:
        """Create an empty index with our mapping and return its name."""
        name = f"{self.alias}_{timezone.now():%Y%m%d%H%M%S%f}"
        self.client.indices.create(
            index=name,
            mappings=Entry._doc_type.mapping.to_dict(),
            settings={
                "number_of_shards": settings.SEARCH_INDEX_SHARDS,
                # No replica and no refresh during the bulk load; _finish() sets both.
                "number_of_replicas": 0,
                "refresh_interval": "-1",
            },
        )
        return name

    def _aliased_indices(self) -> list[str]:
        if not self.client.indices.exists_alias(name=self.alias):
            return []
        return list(self.client.indices.get_alias(name=self.alias))

    def _point_alias(self, new: str) -> None:
        """Move the alias to a new index in one step and drop the old indices."""
        old = self._aliased_indices()
        actions: list[dict[str, object]] = [
            {"remove": {"index": i, "alias": self.alias}} for i in old
        ]
        if not old and self.client.indices.exists(index=self.alias):
            actions.append({"remove_index": {"index": self.alias}})  # auto-created by mistake
        actions.append({"add": {"index": new, "alias": self.alias, "is_write_index": True}})
        self.client.indices.update_aliases(actions=actions)
        for index in old:
            self.client.indices.delete(index=index, ignore_unavailable=True)

    def _finish(self, index: str) -> None:
        replicas = settings.SEARCH_INDEX_REPLICAS
        self.client.indices.put_settings(
            index=index,
            settings={"refresh_interval": "1s"}
            | (
                {"auto_expand_replicas": replicas}
                if "-" in replicas
                else {"auto_expand_replicas": False, "number_of_replicas": int(replicas)}
            ),
        )
        self.client.indices.refresh(index=index)

    def _ensure_index(self) -> None:
        """Create the live index on first write, so a write never auto-creates a bad mapping."""
        if self._index_ready:
            return
        if not self._aliased_indices():
            index = self._create_index()
            self._finish(index)
            self._point_alias(index)
        self._index_ready = True

    def drop(self) -> None:
        """Delete the alias and every index behind it (tests and decommissioning)."""
        self.client.indices.delete(index=f"{self.alias}_*", ignore_unavailable=True)
        self._index_ready = False

    # --- Writing ------------------------------------------------------------------------------

    def _bulk(
        self, actions: Iterable[dict[str, object]], *, refresh: bool, ignore_status: int = 0
    ) -> None:
        helpers.bulk(
            self.client,
            actions,
            refresh=refresh,
            chunk_size=500,
            max_retries=0,
            ignore_status=(ignore_status,) if ignore_status else (),
            # The node waits this long for a shard that is not yet allocated (a restart), less
            # than the client's timeout: a write the client gave up on (kept in the outbox for a
            # retry) must not be applied later, over the retry's newer state.
            timeout=SHARD_WAIT,
        )

    def _index(self, documents: Sequence[IndexedDocument]) -> None:
        self.fallback._index(documents)
        self._write(documents)

    def delete(self, refs: Sequence[DocumentRef]) -> None:
        """Remove the documents of these objects in every language, here and in the fallback."""
        self.fallback.delete(refs)
        self._remove(refs)

    def replace(self, refs: Sequence[DocumentRef], documents: Sequence[SearchDocument]) -> None:
        """Update the database fallback first, so it is current even when the cluster is down.

        On the cluster one bulk request writes the documents and deletes the objects' other
        languages: a reader never sees an object missing between a delete and its new version.
        """
        analysed = analyse(documents)
        self.fallback.delete(refs)
        self.fallback._index(analysed)
        self._ensure_index()
        written = {item.document.doc_id for item in analysed}
        self._bulk(
            chain(self._deletions(refs, keep=written), self._writes(analysed)),
            refresh=True,
            ignore_status=404,
        )

    def _writes(self, documents: Sequence[IndexedDocument]) -> Iterator[dict[str, object]]:
        for item in documents:
            yield {"_index": self.alias, "_id": item.document.doc_id, "_source": _source(item)}

    def _deletions(
        self, refs: Sequence[DocumentRef], keep: Collection[str] = ()
    ) -> Iterator[dict[str, object]]:
        """Delete by id: a document's id is ``index:pk:language``, and the minimal distribution
        has no ``_delete_by_query`` (docs/elasticsearch.md). Unknown ids are fine (404)."""
        for ref in refs:
            for code, _name in settings.LANGUAGES:
                if (doc_id := f"{ref.index}:{ref.pk}:{code}") not in keep:
                    yield {"_op_type": "delete", "_index": self.alias, "_id": doc_id}

    def _write(self, documents: Sequence[IndexedDocument]) -> None:
        self._ensure_index()
        self._bulk(self._writes(documents), refresh=True)

    def _remove(self, refs: Sequence[DocumentRef]) -> None:
        if not refs:
            return
        self._ensure_index()
        self._bulk(self._deletions(refs), refresh=True, ignore_status=404)

    def _rebuild(
        self, chunks: Iterable[Sequence[IndexedDocument]], indexes: tuple[str, ...] = ()
    ) -> None:
        if indexes:
            self._rebuild_types(chunks, indexes)
            return
        new = ""
        try:
            new = self._create_index()
            # The database fallback is rebuilt in one transaction around the new index: if
            # either fails, both old versions stay. Closed at once, so no bulk write is still
            # on its way when a failed rebuild drops the new index.
            with closing(self._sent(new, chunks)) as sent:
                self.fallback._rebuild(sent)
            self._finish(new)
            self._point_alias(new)
        except (*ENGINE_ERRORS, helpers.BulkIndexError) as exc:
            self._drop_quietly(new)
            raise SearchUnavailable(
                f"Elasticsearch at {settings.ELASTICSEARCH_URL} failed during the rebuild "
                f"({exc}). The old index is still in use; run the rebuild again when the node "
                "answers."
            ) from exc
        except BaseException:
            self._drop_quietly(new)
            raise
        self._index_ready = True

    def _sent(
        self, index: str, chunks: Iterable[Sequence[IndexedDocument]]
    ) -> Generator[Sequence[IndexedDocument]]:
        """Yield each chunk once sent to an index in bulk; the next one is sent in a thread
        while the caller writes this one to the database fallback (`ahead`). An error of the
        sending is raised here, so the fallback's transaction rolls back too."""

        def send(chunk: Sequence[IndexedDocument]) -> Sequence[IndexedDocument]:
            self._bulk(
                (
                    {"_index": index, "_id": item.document.doc_id, "_source": _source(item)}
                    for item in chunk
                ),
                refresh=False,
            )
            return chunk

        return ahead(send, chunks)

    def _rebuild_types(
        self, chunks: Iterable[Sequence[IndexedDocument]], indexes: tuple[str, ...]
    ) -> None:
        """Rewrite the documents of some types in the live index, then delete those no longer
        produced: readers see each document old or new, and the other types are untouched."""
        try:
            self._ensure_index()
            stale = set(self._doc_ids(indexes))

            def sent() -> Iterator[Sequence[IndexedDocument]]:
                for chunk in self._sent(self.alias, chunks):
                    stale.difference_update(item.document.doc_id for item in chunk)
                    yield chunk

            self.fallback._rebuild(sent(), indexes)
            self._bulk(
                ({"_op_type": "delete", "_index": self.alias, "_id": doc_id} for doc_id in stale),
                refresh=True,
                ignore_status=404,
            )
        except (*ENGINE_ERRORS, helpers.BulkIndexError) as exc:
            raise SearchUnavailable(
                f"Elasticsearch at {settings.ELASTICSEARCH_URL} failed while rebuilding "
                f"{', '.join(indexes)} ({exc}). Searches still find the previous documents; run "
                "the rebuild again when the node answers."
            ) from exc

    def _doc_ids(self, indexes: Sequence[str]) -> Iterator[str]:
        """Yield the ids of the live documents of some types, a page at a time."""
        after: list[str | int | float | bool | None] | None = None
        while True:
            body = self.client.search(
                index=self.alias,
                query={"terms": {"index_name": list(indexes)}},
                sort=[{"object_pk": "asc"}, {"language": "asc"}],
                source=False,
                size=5000,
                search_after=after,
            )
            hits = body["hits"]["hits"]
            if not hits:
                return
            yield from (hit["_id"] for hit in hits)
            after = hits[-1]["sort"]

    def _drop_quietly(self, index: str) -> None:
        """Delete a half-built index if the node still answers; it is harmless if left."""
        if not index:
            return
        try:
            self.client.indices.delete(index=index, ignore_unavailable=True)
        except ENGINE_ERRORS:
            logger.warning("Could not delete the half-built index %s", index)

    # --- Reading ------------------------------------------------------------------------------

    def _search_page(self, query: AnalyzedQuery, search: SearchQuery) -> tuple[BackendPage, bool]:
        try:
            return self._search(query, search), False
        except ENGINE_ERRORS as exc:
            logger.warning("Elasticsearch unreachable, answering from the database: %s", exc)
            return self.fallback._search(query, search), True

    def _search_corrected(
        self,
        query: AnalyzedQuery,
        retry: AnalyzedQuery,
        search: SearchQuery,
        typed: Callable[[SearchDocument], bool],
    ) -> tuple[BackendPage, bool, Spelling]:
        """One round trip for a typo: a document with every word as typed (no edit distance)
        and the corrected words' page and counts go in one ``_msearch``. The typed words' whole
        page is asked for only when such a document exists or the correction finds nothing
        (both rare)."""
        exact = Q(
            "bool",
            filter=[
                Q("term", language=search.language),
                *(_clause(clause, fuzzy=False) for clause in query.clauses),
                *_filters(search).values(),
            ],
        )
        probe = {"query": exact.to_dict(), "size": 1, "_source": {"excludes": _TOKENS}}
        try:
            answers = _answers(
                self.client.msearch(
                    index=self.alias, searches=[{}, probe, *self._searches(retry, search)]
                )
            )
            retried = self._page(retry, search, answers[1], answers[2])
        except ENGINE_ERRORS as exc:
            logger.warning("Elasticsearch unreachable, answering from the database: %s", exc)
            page, _degraded, spelling = self.fallback._search_corrected(query, retry, search, typed)
            return page, True, spelling
        top = answers[0]["hits"]["hits"][:1]
        as_typed = bool(top) and typed(_document(top[0]["_source"]))
        if not as_typed and retried.total:
            return retried, False, Spelling.CORRECTED
        page, degraded = self._search_page(query, search)
        return page, degraded, Spelling.TYPED if as_typed else Spelling.UNCORRECTED

    def _requests(
        self, query: AnalyzedQuery, search: SearchQuery
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Return a search's two bodies, sent together in one ``_msearch``: the page and the counts.

        Apart, Elasticsearch answers them side by side; the page does not count every match;
        and the counts, a request without hits, stay in the shard request cache until the index
        next changes, so the next page or the same search again does not count again.
        """
        filters = _filters(search)
        matching = self._matching(query, search.language)
        page = matching.sort(*_sort(query))
        if filters:
            page = page.post_filter(Q("bool", filter=list(filters.values())))
        # One hit per group, its best document; the others come from _members_request.
        page = page.source(excludes=_TOKENS).extra(
            track_total_hits=False,
            from_=search.offset,
            size=search.per_page,
            collapse={"field": "group"},
        )
        chosen = tuple(
            sorted((name, tuple(sorted(codes))) for name, codes in search.filters.items() if codes)
        )
        counts = {
            **matching.extra(size=0, track_total_hits=False).to_dict(),
            "aggs": _count_aggregations(chosen, FACET_VALUES),
        }
        return page.to_dict(), counts

    def _members_request(
        self, query: AnalyzedQuery, search: SearchQuery, groups: Sequence[str]
    ) -> dict[str, Any]:
        """Return the request for the other documents of the page's groups, best first.

        One pass over the matches for every group at once (a ``top_hits`` per group), only for
        the hits that stand for a group: most documents are a group of their own.
        """
        request = self._matching(
            query, search.language, [Q("terms", group=list(groups)), *_filters(search).values()]
        )
        members = request.aggs.bucket(
            "members", "terms", field="group", include=list(groups), size=len(groups)
        )
        members.metric(
            "best",
            "top_hits",
            size=GROUP_SIZE,
            sort=_sort(query),
            _source={"excludes": _TOKENS},
        )
        return request.extra(size=0, track_total_hits=False).to_dict()

    def _matching(
        self, query: AnalyzedQuery, language: str, filters: Sequence[Query] = ()
    ) -> Search:
        """Documents in the language with any clause of the query, scored by `rank_score`."""
        request = Search(using=self.client, index=self.alias)
        if not query.clauses:
            return request.query(Q("bool", filter=[Q("term", language=language), *filters]))
        # Constant scores only: `_score` is `rank_score`, whole numbers a float holds exactly.
        keys = [
            Q("constant_score", filter=_clause(c, fuzzy=False), boost=COVERAGE_SCORE)
            for c in query.clauses
        ]
        keys += [
            Q(
                "constant_score",
                filter=_facet_filter(boost.facet, boost.values),
                boost=boost.weight * TIER_SCORE,
            )
            for boost in query.boosts
        ]
        keys += [_found(c) for c in query.clauses]
        anything = Q("bool", should=[_clause(c) for c in query.clauses], minimum_should_match=1)
        return request.query(
            Q(
                "bool",
                filter=[Q("term", language=language), anything, *filters],
                should=keys,
            )
        )

    def _search(self, query: AnalyzedQuery, search: SearchQuery) -> BackendPage:
        answer, counts = _answers(
            self.client.msearch(index=self.alias, searches=self._searches(query, search))
        )
        return self._page(query, search, answer, counts)

    def _searches(self, query: AnalyzedQuery, search: SearchQuery) -> list[dict[str, Any]]:
        """The ``_msearch`` lines of a search: a header before each of its two bodies."""
        page_body, counts_body = self._requests(query, search)
        return [{}, page_body, {}, counts_body]

    def _page(
        self,
        query: AnalyzedQuery,
        search: SearchQuery,
        answer: dict[str, Any],
        counts: dict[str, Any],
    ) -> BackendPage:
        """Read a search's page and counts; fetch the other documents of its groups."""
        # Raw bodies, not the DSL's attribute wrappers: reading them costs more than the search.
        hits = answer["hits"]["hits"]
        documents = tuple((_document(hit["_source"]), float(hit["_score"] or 0.0)) for hit in hits)
        # A hit whose group key is its own id is a group of one (SearchDocument.group).
        grouped = {
            hit["_source"]["group"]: hit["_id"]
            for hit in hits
            if hit["_source"]["group"] != hit["_id"]
        }
        also: dict[str, tuple[SearchDocument, ...]] = {}
        if grouped:
            body = self.client.search(
                index=self.alias, body=self._members_request(query, search, list(grouped))
            )
            for bucket in body["aggregations"]["members"]["buckets"]:
                doc_id = grouped[bucket["key"]]
                others = tuple(
                    _document(member["_source"])
                    for member in bucket["best"]["hits"]["hits"]
                    if member["_id"] != doc_id
                )
                if others:
                    also[doc_id] = others
        facets = {
            name: {
                bucket["key"]: bucket["groups"]["value"]
                for part in ("values", "chosen")
                for bucket in counts["aggregations"][name].get(part, {}).get("buckets", ())
            }
            for name in FACETS
        }
        return BackendPage(
            documents=documents,
            total=counts["aggregations"]["groups"]["count"]["value"],
            facets=facets,
            also=also,
        )

    def _suggest(
        self, words: Sequence[str], prefix: str, language: str, limit: int
    ) -> tuple[Suggestion, ...]:
        request = (
            Search(using=self.client, index=self.alias)
            .filter("term", language=language)
            .query(
                Q(
                    "bool",
                    must=[Q("term", prefix_tokens=word) for word in words]
                    + [Q("prefix", prefix_tokens=prefix)],
                )
            )
            .source(["title", "url"])
            .extra(size=limit * 2)
        )
        try:
            hits = request.execute().hits
        except ENGINE_ERRORS as exc:
            logger.warning("Elasticsearch unreachable, suggesting from the database: %s", exc)
            return self.fallback._suggest(words, prefix, language, limit)
        unique = {hit.title: Suggestion(hit.title, hit.url) for hit in hits}
        return tuple(sorted(unique.values(), key=lambda s: (len(s.title), s.title)))[:limit]


def _answers(body: Any) -> list[dict[str, Any]]:
    """The answers of an ``_msearch``; a failed one fails the search as the client would."""
    answers: list[dict[str, Any]] = body["responses"]
    for answer in answers:
        if "error" in answer:
            raise TransportError(f"{answer.get('status')}: {answer['error']}")
    return answers


def _document(source: dict[str, Any]) -> SearchDocument:
    return SearchDocument(
        index=source["index_name"],
        pk=source["object_pk"],
        language=source["language"],
        title=source["title"],
        url=source.get("url", ""),
        summary=source.get("summary", ""),
        keywords=source.get("keywords", ""),
        body=source.get("body", ""),
        facets={name: tuple(values) for name, values in source.get("facets", {}).items()},
    )
