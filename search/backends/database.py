"""Embedded default backend on the project's own database: SQLite FTS5 or PostgreSQL full text.

Both dialects search the pipeline's tokens (search.analysis), so Swedish stemming, compounds and
synonyms work the same as on Elasticsearch; the engine only matches and ranks. The vendor is read
from the connection, as Wagtail's database backend does. Facets are counted in SQL over
`SearchFacet`. This backend is also what the Elasticsearch backend falls back to.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import ClassVar

from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connections, transaction
from django.db.models import Q

from hub.bulk import insert_rows
from search.analysis import AnalyzedQuery, QueryClause
from search.analysis.text import WORD_RE
from search.backends.base import (
    BOOSTS,
    BackendHealth,
    BackendPage,
    BaseSearchBackend,
    DocumentRef,
    IndexedDocument,
    SearchDocument,
    SearchQuery,
    Suggestion,
)
from search.models import SearchEntry, SearchFacet

__all__ = ["SearchBackend"]

#: A value bound to a placeholder (never joined into the SQL text).
SqlParam = str | int | float | None
Sql = tuple[str, list[SqlParam]]
# The columns of an entry row, as `_insert` builds it.
ENTRY_COLUMNS = (
    "doc_id",
    "index_name",
    "object_pk",
    "language",
    "title",
    "url",
    "summary",
    "keywords",
    "body",
    "title_tokens",
    "keywords_tokens",
    "body_tokens",
    "prefix_tokens",
    "group_key",
)


def _term(term: str) -> str:
    """Return a term checked to be one word: nothing else may reach an engine's query syntax."""
    if not WORD_RE.fullmatch(term):
        raise ValueError(f"Not an analysed term: {term!r}")
    return term


class Dialect:
    """How one database vendor matches and ranks the token columns."""

    def match(self, query: AnalyzedQuery) -> tuple[str, str, str, list[SqlParam]]:
        """Return (FROM clause, condition, rank expression, params) for a non-empty query.

        A document matches when it matches any clause; params are the condition's, then the
        rank expression's.
        """
        raise NotImplementedError

    def covers(self, clause: QueryClause) -> Sql:
        """Return a condition true when the entry ``e`` matches one clause."""
        raise NotImplementedError

    def prefix_match(self, words: Sequence[str], prefix: str) -> tuple[str, str, list[SqlParam]]:
        """Return (FROM clause, condition, params) matching titles with words and a prefix."""
        raise NotImplementedError

    rank_order: ClassVar[str] = "DESC"


class SQLiteDialect(Dialect):
    """FTS5 external-content table ``search_entry_fts`` (migration 0002), ranked by BM25."""

    rank_order = "ASC"  # bm25() is lower for better matches
    # CROSS JOIN keeps the full-text index as the driving table: SQLite would otherwise scan
    # search_entry by language and probe the FTS table row by row (40 times slower).
    source = "search_entry_fts CROSS JOIN search_entry e ON e.id = search_entry_fts.rowid"
    columns = "{title_tokens keywords_tokens body_tokens}"

    @staticmethod
    def _clause(clause: QueryClause) -> str:
        phrases = ['"' + " ".join(_term(t) for t in alt) + '"' for alt in clause.alternatives]
        return "(" + " OR ".join(phrases) + ")"

    def match(self, query: AnalyzedQuery) -> tuple[str, str, str, list[SqlParam]]:
        expression = " OR ".join(self._clause(clause) for clause in query.clauses)
        weights = f"{BOOSTS['title']}, {BOOSTS['keywords']}, {BOOSTS['body']}, 0.0"
        return (
            self.source,
            "search_entry_fts MATCH %s",
            f"bm25(search_entry_fts, {weights})",
            [f"{self.columns} : ({expression})"],
        )

    def covers(self, clause: QueryClause) -> Sql:
        # Not correlated: SQLite runs the full-text lookup once and probes its rowids.
        return (
            "e.id IN (SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s)",
            [f"{self.columns} : {self._clause(clause)}"],
        )

    def prefix_match(self, words: Sequence[str], prefix: str) -> tuple[str, str, list[SqlParam]]:
        parts = [f'"{_term(word)}"' for word in words] + [f'"{_term(prefix)}" *']
        return (
            self.source,
            "search_entry_fts MATCH %s",
            ["prefix_tokens : (" + " AND ".join(parts) + ")"],
        )


class PostgreSQLDialect(Dialect):
    """Generated ``tsvector`` columns with GIN indexes (migration 0002), ranked by ts_rank.

    The ``simple`` configuration only lower-cases: the tokens are already analysed.
    """

    @staticmethod
    def _clause(clause: QueryClause) -> str:
        phrases = [" <-> ".join(f"'{_term(t)}'" for t in alt) for alt in clause.alternatives]
        return "(" + " | ".join(f"({phrase})" for phrase in phrases) + ")"

    def match(self, query: AnalyzedQuery) -> tuple[str, str, str, list[SqlParam]]:
        expression = " | ".join(self._clause(clause) for clause in query.clauses)
        # ts_rank weights are {D, C, B, A}: body is C, keywords B, title A.
        weights = (
            f"{{0, {BOOSTS['body'] / BOOSTS['title']}, {BOOSTS['keywords'] / BOOSTS['title']}, 1}}"
        )
        return (
            "search_entry e",
            "e.search_vector @@ to_tsquery('simple', %s)",
            f"ts_rank('{weights}'::float4[], e.search_vector, to_tsquery('simple', %s))",
            [expression, expression],
        )

    def covers(self, clause: QueryClause) -> Sql:
        return "e.search_vector @@ to_tsquery('simple', %s)", [self._clause(clause)]

    def prefix_match(self, words: Sequence[str], prefix: str) -> tuple[str, str, list[SqlParam]]:
        parts = [f"'{_term(word)}'" for word in words] + [f"'{_term(prefix)}':*"]
        return "search_entry e", "e.prefix_vector @@ to_tsquery('simple', %s)", [" & ".join(parts)]


_DIALECTS: dict[str, type[Dialect]] = {"sqlite": SQLiteDialect, "postgresql": PostgreSQLDialect}


class SearchBackend(BaseSearchBackend):
    """Search on the database: needs no server, so it is the default and the fallback."""

    name = "database"

    def __init__(self, using: str = "default") -> None:
        self.using = using

    @property
    def dialect(self) -> Dialect:
        """The vendor's dialect; other databases are refused with a way out."""
        vendor = connections[self.using].vendor
        if vendor not in _DIALECTS:
            raise ImproperlyConfigured(
                f"The database search backend supports SQLite and PostgreSQL, not {vendor}. "
                "Use one of those, or set SEARCH_BACKEND=search.backends.elasticsearch."
            )
        return _DIALECTS[vendor]()

    def health(self) -> BackendHealth:
        """Report the database vendor; the database itself is checked by `/health/`."""
        connection = connections[self.using]
        try:
            connection.ensure_connection()
        except DatabaseError as exc:
            return BackendHealth(self.name, "down", {"error": str(exc)})
        return BackendHealth(self.name, "ok", {"vendor": connection.vendor})

    # --- Writing ------------------------------------------------------------------------------

    def _insert(self, documents: Sequence[IndexedDocument]) -> None:
        entries = [
            (
                item.document.doc_id,
                item.document.index,
                item.document.pk,
                item.document.language,
                item.document.title[:500],
                item.document.url[:500],
                item.document.summary,
                item.document.keywords,
                item.document.body,
                item.title_tokens,
                item.keywords_tokens,
                item.body_tokens,
                item.prefix_tokens,
                item.document.group,
            )
            for item in documents
        ]
        # Rows, not model objects: a rebuild writes a hundred thousand entries and more than a
        # million facet rows, and building a model object for each costs more than the insert.
        ids = insert_rows(
            self.using, SearchEntry._meta.db_table, ENTRY_COLUMNS, entries, returning="id"
        )
        facets = [
            (entry_id, name, value[:100])
            for entry_id, item in zip(ids, documents, strict=True)
            for name, values in item.document.facets.items()
            for value in values
        ]
        insert_rows(self.using, SearchFacet._meta.db_table, ("entry_id", "name", "value"), facets)

    def _index(self, documents: Sequence[IndexedDocument]) -> None:
        with transaction.atomic(using=self.using):
            doc_ids = [item.document.doc_id for item in documents]
            SearchEntry.objects.using(self.using).filter(doc_id__in=doc_ids).delete()
            self._insert(documents)

    def delete(self, refs: Sequence[DocumentRef]) -> None:
        """Remove the entries of these objects in every language."""
        for start in range(0, len(refs), 200):
            condition = Q()
            for ref in refs[start : start + 200]:
                condition |= Q(index_name=ref.index, object_pk=ref.pk)
            SearchEntry.objects.using(self.using).filter(condition).delete()

    def _rebuild(
        self, chunks: Iterable[Sequence[IndexedDocument]], indexes: tuple[str, ...] = ()
    ) -> None:
        # One transaction: readers keep seeing the old entries until the new ones are complete.
        with transaction.atomic(using=self.using):
            # Plain DELETEs: the ORM's delete() would load every entry to cascade, and memory
            # would grow with the corpus. DELETE (not TRUNCATE) lets readers go on meanwhile.
            entries, facets = SearchEntry._meta.db_table, SearchFacet._meta.db_table
            with connections[self.using].cursor() as cursor:
                if indexes:
                    names = f"index_name IN ({', '.join(['%s'] * len(indexes))})"
                    cursor.execute(
                        f"DELETE FROM {facets} WHERE entry_id IN "
                        f"(SELECT id FROM {entries} WHERE {names})",
                        indexes,
                    )
                    cursor.execute(f"DELETE FROM {entries} WHERE {names}", indexes)
                else:
                    cursor.execute(f"DELETE FROM {facets}")
                    cursor.execute(f"DELETE FROM {entries}")
            for chunk in chunks:
                self._insert(chunk)

    # --- Reading ------------------------------------------------------------------------------

    def _matching(
        self,
        query: AnalyzedQuery,
        search: SearchQuery,
        exclude_facet: str = "",
        *,
        ranked: bool = False,
    ) -> Sql:
        """Return ``SELECT e.id[, rank] FROM … WHERE …`` for the query, filters and language."""
        params: list[SqlParam] = []
        source, conditions, rank = "search_entry e", ["e.language = %s"], "0"
        select_params: list[SqlParam] = []
        if query.clauses:
            source, condition, rank, match_params = self.dialect.match(query)
            conditions.insert(0, condition)
            params.extend(match_params[:1])
            select_params.extend(match_params[1:])
        params.append(search.language)
        for name, values in sorted(search.filters.items()):
            if name == exclude_facet or not values:
                continue
            placeholders = ", ".join(["%s"] * len(values))
            conditions.append(
                "EXISTS (SELECT 1 FROM search_facet f WHERE f.entry_id = e.id "
                f"AND f.name = %s AND f.value IN ({placeholders}))"
            )
            params.extend([name, *values])
        if not ranked:
            return f"SELECT e.id FROM {source} WHERE {' AND '.join(conditions)}", params
        coverage, coverage_params = self._tiers(query)
        select = f"e.id, {rank} AS rank, {coverage}"
        sql = f"SELECT {select} FROM {source} WHERE {' AND '.join(conditions)}"
        return sql, [*select_params, *coverage_params, *params]

    def _tiers(self, query: AnalyzedQuery) -> Sql:
        """Return ``coverage`` (clauses matched) and ``tier`` (boost weights met) columns."""
        params: list[SqlParam] = []
        covers = []
        for clause in query.clauses:
            condition, clause_params = self.dialect.covers(clause)
            covers.append(f"(CASE WHEN {condition} THEN 1 ELSE 0 END)")
            params.extend(clause_params)
        tiers = []
        for boost in query.boosts:
            placeholders = ", ".join(["%s"] * len(boost.values))
            tiers.append(
                "(CASE WHEN EXISTS (SELECT 1 FROM search_facet b WHERE b.entry_id = e.id "
                f"AND b.name = %s AND b.value IN ({placeholders})) THEN {int(boost.weight)} "
                "ELSE 0 END)"
            )
            params.extend([boost.facet, *boost.values])
        coverage = " + ".join(covers) or "0"
        tier = " + ".join(tiers) or "0"
        return f"{coverage} AS coverage, {tier} AS tier", params

    def _facet_counts(self, query: AnalyzedQuery, search: SearchQuery) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        filtered = sorted(name for name, values in search.filters.items() if values)
        groups: list[tuple[str, list[str]]] = [("", [])]  # unfiltered facets share one query
        groups += [(name, [name]) for name in filtered]
        with connections[self.using].cursor() as cursor:
            for exclude, names in groups:
                matching, params = self._matching(query, search, exclude)
                if names:
                    name_condition = "f.name = %s"
                    params = [*params, *names]
                elif filtered:
                    placeholders = ", ".join(["%s"] * len(filtered))
                    name_condition = f"f.name NOT IN ({placeholders})"
                    params = [*params, *filtered]
                else:
                    name_condition = "1 = 1"
                # Groups, not documents: a course given in three places is one hit.
                cursor.execute(
                    "SELECT f.name, f.value, COUNT(DISTINCT g.group_key) FROM search_facet f "
                    "JOIN search_entry g ON g.id = f.entry_id "
                    f"WHERE f.entry_id IN ({matching}) AND {name_condition} "
                    "GROUP BY f.name, f.value",
                    params,
                )
                for name, value, count in cursor.fetchall():
                    counts.setdefault(name, {})[value] = count
        return counts

    def _search(self, query: AnalyzedQuery, search: SearchQuery) -> BackendPage:
        matching, params = self._matching(query, search, ranked=True)

        def order(ranked: str, entry: str) -> str:
            if not query.clauses:
                return f"{entry}.title, {entry}.id"
            return (
                f"{ranked}.coverage DESC, {ranked}.tier DESC, "
                f"{ranked}.rank {self.dialect.rank_order}, {entry}.id"
            )

        # Each group's documents numbered best first; a group ranks where its first one does.
        grouped = (
            "SELECT e.id, e.title, e.doc_id, e.group_key, m.rank, m.coverage, m.tier, "
            f"ROW_NUMBER() OVER (PARTITION BY e.group_key ORDER BY {order('m', 'e')}) AS position "
            f"FROM ({matching}) m JOIN search_entry e ON e.id = m.id"
        )
        with connections[self.using].cursor() as cursor:
            counting, count_params = self._matching(query, search)
            cursor.execute(
                "SELECT COUNT(DISTINCT e.group_key) "
                f"FROM ({counting}) m JOIN search_entry e ON e.id = m.id",
                count_params,
            )
            total = cursor.fetchone()[0]
            cursor.execute(
                f"SELECT g.id, g.rank, g.doc_id, g.group_key FROM ({grouped}) g "
                f"WHERE g.position = 1 ORDER BY {order('g', 'g')} LIMIT %s OFFSET %s",
                [*params, search.per_page, search.offset],
            )
            page = cursor.fetchall()
            keys = {key: doc_id for _id, _rank, doc_id, key in page if key != doc_id}
            members: list[tuple[int, float, str, str]] = []
            if keys:
                placeholders = ", ".join(["%s"] * len(keys))
                cursor.execute(
                    f"SELECT g.id, g.rank, g.doc_id, g.group_key FROM ({grouped}) g "
                    f"WHERE g.position > 1 AND g.group_key IN ({placeholders}) "
                    "ORDER BY g.group_key, g.position",
                    [*params, *keys],
                )
                members = cursor.fetchall()
        documents = self._documents([(pk, rank) for pk, rank, *_key in [*page, *members]])
        by_id = {doc.doc_id: doc for doc, _score in documents}
        also: dict[str, list[SearchDocument]] = {}
        for _id, _rank, doc_id, key in members:
            also.setdefault(keys[key], []).append(by_id[doc_id])
        return BackendPage(
            documents=documents[: len(page)],
            total=total,
            facets=self._facet_counts(query, search),
            also={doc_id: tuple(docs) for doc_id, docs in also.items()},
        )

    def _documents(self, ranked: Sequence[tuple[int, float]]) -> tuple:
        ids = [pk for pk, _rank in ranked]
        entries = SearchEntry.objects.using(self.using).in_bulk(ids)
        facets: dict[int, dict[str, list[str]]] = {}
        for entry_id, name, value in (
            SearchFacet.objects.using(self.using)
            .filter(entry_id__in=ids)
            .order_by("pk")
            .values_list("entry_id", "name", "value")
        ):
            facets.setdefault(entry_id, {}).setdefault(name, []).append(value)
        return tuple(
            (_document(entries[pk], facets.get(pk, {})), abs(float(rank or 0)))
            for pk, rank in ranked
        )

    def _suggest(
        self, words: Sequence[str], prefix: str, language: str, limit: int
    ) -> tuple[Suggestion, ...]:
        source, condition, params = self.dialect.prefix_match(words, prefix)
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                f"SELECT e.title, e.url FROM {source} "
                f"WHERE {condition} AND e.language = %s ORDER BY length(e.title), e.title LIMIT %s",
                [*params, language, limit * 2],
            )
            rows = cursor.fetchall()
        unique = {title: Suggestion(title, url) for title, url in reversed(rows)}
        return tuple(sorted(unique.values(), key=lambda s: (len(s.title), s.title)))[:limit]


def _document(entry: SearchEntry, facets: Mapping[str, list[str]]) -> SearchDocument:
    return SearchDocument(
        index=entry.index_name,
        pk=entry.object_pk,
        language=entry.language,
        title=entry.title,
        url=entry.url,
        summary=entry.summary,
        keywords=entry.keywords,
        body=entry.body,
        facets={name: tuple(values) for name, values in facets.items()},
    )
