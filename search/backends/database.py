"""Embedded default backend on the project's own database: SQLite FTS5 or PostgreSQL full text.

Both dialects search the pipeline's tokens (search.analysis), so Swedish stemming, compounds and
synonyms work the same as on Elasticsearch; the engine only matches and ranks. The vendor is read
from the connection, as Wagtail's database backend does. Facets are counted in SQL over
`SearchFacet`. This backend is also what the Elasticsearch backend falls back to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import ClassVar

from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connections, transaction
from django.db.models import Q

from hub.bulk import insert_rows
from search.analysis import AnalyzedQuery, QueryClause
from search.analysis.text import WORD_RE
from search.backends.base import (
    FIELD_WEIGHTS,
    BackendHealth,
    BackendPage,
    BaseSearchBackend,
    DocumentRef,
    IndexedDocument,
    SearchDocument,
    SearchQuery,
    Suggestion,
    rank_score,
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
    """How one database vendor matches the token columns (ranking is shared, `rank_score`)."""

    # Appended to a text column to order it by code point, as Elasticsearch orders keywords.
    binary: ClassVar[str] = ""

    def match(self, query: AnalyzedQuery) -> tuple[str, str, list[SqlParam]]:
        """Return (FROM clause, condition, params) for a non-empty query.

        A document matches when it matches any clause.
        """
        raise NotImplementedError

    def covers(self, clause: QueryClause, field: str = "") -> Sql:
        """Return a condition true when the entry ``e`` matches one clause (in one field)."""
        raise NotImplementedError

    def prefix_match(self, words: Sequence[str], prefix: str) -> tuple[str, str, list[SqlParam]]:
        """Return (FROM clause, condition, params) matching titles with words and a prefix."""
        raise NotImplementedError


class SQLiteDialect(Dialect):
    """FTS5 external-content table ``search_entry_fts`` (migration 0002)."""

    # CROSS JOIN keeps the full-text index as the driving table: SQLite would otherwise scan
    # search_entry by language and probe the FTS table row by row (40 times slower).
    source = "search_entry_fts CROSS JOIN search_entry e ON e.id = search_entry_fts.rowid"
    columns = "{title_tokens keywords_tokens body_tokens}"

    @staticmethod
    def _clause(clause: QueryClause) -> str:
        phrases = ['"' + " ".join(_term(t) for t in alt) + '"' for alt in clause.alternatives]
        return "(" + " OR ".join(phrases) + ")"

    def match(self, query: AnalyzedQuery) -> tuple[str, str, list[SqlParam]]:
        expression = " OR ".join(self._clause(clause) for clause in query.clauses)
        return self.source, "search_entry_fts MATCH %s", [f"{self.columns} : ({expression})"]

    def covers(self, clause: QueryClause, field: str = "") -> Sql:
        # Not correlated: SQLite runs the full-text lookup once and probes its rowids.
        columns = f"{{{field}_tokens}}" if field else self.columns
        return (
            "e.id IN (SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s)",
            [f"{columns} : {self._clause(clause)}"],
        )

    def prefix_match(self, words: Sequence[str], prefix: str) -> tuple[str, str, list[SqlParam]]:
        parts = [f'"{_term(word)}"' for word in words] + [f'"{_term(prefix)}" *']
        return (
            self.source,
            "search_entry_fts MATCH %s",
            ["prefix_tokens : (" + " AND ".join(parts) + ")"],
        )


class PostgreSQLDialect(Dialect):
    """Generated ``tsvector`` columns with GIN indexes (migration 0002).

    The ``simple`` configuration only lower-cases: the tokens are already analysed. The vector
    labels title terms A, keywords B and body C, so a clause can be matched in one field.
    """

    binary = ' COLLATE "C"'
    labels: ClassVar[dict[str, str]] = {"title": "A", "keywords": "B", "body": "C"}

    def _clause(self, clause: QueryClause, field: str = "") -> str:
        label = f":{self.labels[field]}" if field else ""
        phrases = [" <-> ".join(f"'{_term(t)}'{label}" for t in alt) for alt in clause.alternatives]
        return "(" + " | ".join(f"({phrase})" for phrase in phrases) + ")"

    def match(self, query: AnalyzedQuery) -> tuple[str, str, list[SqlParam]]:
        expression = " | ".join(self._clause(clause) for clause in query.clauses)
        return "search_entry e", "e.search_vector @@ to_tsquery('simple', %s)", [expression]

    def covers(self, clause: QueryClause, field: str = "") -> Sql:
        return "e.search_vector @@ to_tsquery('simple', %s)", [self._clause(clause, field)]

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

    def _insert(
        self,
        documents: Sequence[IndexedDocument],
        tables: tuple[str, str] = (SearchEntry._meta.db_table, SearchFacet._meta.db_table),
    ) -> None:
        """Write entries and their facet rows (into other tables of the same shape: a rebuild's
        fresh tables)."""
        entry_table, facet_table = tables
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
        ids = insert_rows(self.using, entry_table, ENTRY_COLUMNS, entries, returning="id")
        facets = [
            (entry_id, name, value[:100])
            for entry_id, item in zip(ids, documents, strict=True)
            for name, values in item.document.facets.items()
            for value in values
        ]
        insert_rows(self.using, facet_table, ("entry_id", "name", "value"), facets)

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
        swap = (
            not indexes
            and connections[self.using].vendor == "postgresql"
            and not connections[self.using].in_atomic_block
        )
        with transaction.atomic(using=self.using), self._emptied(indexes, swap) as tables:
            for chunk in chunks:
                self._insert(chunk, tables)

    @contextmanager
    def _emptied(self, indexes: tuple[str, ...], swap: bool) -> Iterator[tuple[str, str]]:
        """Yield the (entry, facet) tables a rebuild writes into, with none of the documents it
        replaces, in the caller's transaction.

        With ``swap`` (a full rebuild on PostgreSQL in a transaction of its own, as the command
        runs it), the rebuild writes into fresh tables without indexes, which are built once at
        the end, and the fresh tables take the old ones' place (`_fresh_tables`). Not inside a
        caller's transaction: the swap's exclusive lock would stop every reader of the tables,
        a backup's too, until that caller commits. SQLite (its full-text table follows
        ``search_entry`` by name and triggers), a rebuild of some types and a rebuild inside a
        transaction delete the old rows and write into the live tables.
        """
        entries, facets = SearchEntry._meta.db_table, SearchFacet._meta.db_table
        if swap:
            with _fresh_tables(self.using, (entries, facets)) as fresh:
                yield fresh[entries], fresh[facets]
            return
        # Plain DELETEs: the ORM's delete() would load every entry to cascade, and memory
        # would grow with the corpus. DELETE (not TRUNCATE) lets readers go on meanwhile.
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
        yield entries, facets

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
        source, conditions = "search_entry e", ["e.language = %s"]
        if query.clauses:
            source, condition, match_params = self.dialect.match(query)
            conditions.insert(0, condition)
            params.extend(match_params)
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
        keys, key_params = self._keys(query)
        found = [f"k.found{number}" for number in range(len(query.clauses))]
        coverage = " + ".join(f"(CASE WHEN {f} > 0 THEN 1 ELSE 0 END)" for f in found) or "0"
        # Each clause's best field is looked up once, then counted twice.
        sql = (
            f"SELECT k.id, k.tier, k.title_terms, {coverage} AS coverage, "
            f"{' + '.join(found) or '0'} AS fields FROM "
            f"(SELECT e.id, {keys} FROM {source} WHERE {' AND '.join(conditions)}) k"
        )
        return sql, [*key_params, *params]

    def _keys(self, query: AnalyzedQuery) -> Sql:
        """Return the columns the ranking keys (`rank_score`) are computed from.

        ``found<n>``: the weight of the best field clause n matches in (0: none); ``tier``: the
        weights of the boosts met; ``title_terms``: the number of the title's index terms.
        """
        params: list[SqlParam] = []
        columns = []
        best_first = sorted(FIELD_WEIGHTS.items(), key=lambda item: -item[1])
        for number, clause in enumerate(query.clauses):
            cases = []
            for field, weight in best_first:
                condition, clause_params = self.dialect.covers(clause, field)
                cases.append(f"WHEN {condition} THEN {int(weight)}")
                params.extend(clause_params)
            columns.append(f"(CASE {' '.join(cases)} ELSE 0 END) AS found{number}")
        tiers = []
        for boost in query.boosts:
            placeholders = ", ".join(["%s"] * len(boost.values))
            tiers.append(
                "(CASE WHEN EXISTS (SELECT 1 FROM search_facet b WHERE b.entry_id = e.id "
                f"AND b.name = %s AND b.value IN ({placeholders})) THEN {int(boost.weight)} "
                "ELSE 0 END)"
            )
            params.extend([boost.facet, *boost.values])
        columns.append(f"{' + '.join(tiers) or '0'} AS tier")
        # Terms are joined by single spaces: count the spaces.
        columns.append(
            "(CASE WHEN e.title_tokens = '' THEN 0 ELSE LENGTH(e.title_tokens) - "
            "LENGTH(REPLACE(e.title_tokens, ' ', '')) + 1 END) AS title_terms"
        )
        return ", ".join(columns), params

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

        binary = self.dialect.binary

        def order(ranked: str, entry: str) -> str:
            stable = f"{entry}.title{binary}, {entry}.index_name{binary}, {entry}.object_pk{binary}"
            if not query.clauses:
                return stable
            return (
                f"{ranked}.coverage DESC, {ranked}.tier DESC, {ranked}.fields DESC, "
                f"{ranked}.title_terms, {stable}"
            )

        # Each group's documents numbered best first; a group ranks where its first one does.
        grouped = (
            "SELECT e.id, e.title, e.index_name, e.object_pk, e.doc_id, e.group_key, "
            "m.coverage, m.tier, m.fields, m.title_terms, "
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
            columns = "g.id, g.coverage, g.tier, g.fields, g.doc_id, g.group_key"
            cursor.execute(
                f"SELECT {columns} FROM ({grouped}) g "
                f"WHERE g.position = 1 ORDER BY {order('g', 'g')} LIMIT %s OFFSET %s",
                [*params, search.per_page, search.offset],
            )
            page = cursor.fetchall()
            keys = {row[-1]: row[-2] for row in page if row[-1] != row[-2]}
            members: list[tuple[int, int, int, int, str, str]] = []
            if keys:
                placeholders = ", ".join(["%s"] * len(keys))
                cursor.execute(
                    f"SELECT {columns} FROM ({grouped}) g "
                    f"WHERE g.position > 1 AND g.group_key IN ({placeholders}) "
                    "ORDER BY g.group_key, g.position",
                    [*params, *keys],
                )
                members = cursor.fetchall()
        documents = self._documents(
            [(pk, rank_score(*ranking)) for pk, *ranking, _doc_id, _key in [*page, *members]]
        )
        by_id = {doc.doc_id: doc for doc, _score in documents}
        also: dict[str, list[SearchDocument]] = {}
        for *_ranking, doc_id, key in members:
            also.setdefault(keys[key], []).append(by_id[doc_id])
        return BackendPage(
            documents=documents[: len(page)],
            total=total,
            facets=self._facet_counts(query, search),
            also={doc_id: tuple(docs) for doc_id, docs in also.items()},
        )

    def _documents(self, ranked: Sequence[tuple[int, float]]) -> tuple:
        ids = [pk for pk, _score in ranked]
        entries = SearchEntry.objects.using(self.using).in_bulk(ids)
        facets: dict[int, dict[str, list[str]]] = {}
        for entry_id, name, value in (
            SearchFacet.objects.using(self.using)
            .filter(entry_id__in=ids)
            .order_by("pk")
            .values_list("entry_id", "name", "value")
        ):
            facets.setdefault(entry_id, {}).setdefault(name, []).append(value)
        return tuple((_document(entries[pk], facets.get(pk, {})), score) for pk, score in ranked)

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


# An index's definition as `pg_get_indexdef` gives it: name and table are replaced.
_INDEX_DEFINITION = re.compile(r"^(CREATE (?:UNIQUE )?INDEX )\S+( ON (?:ONLY )?)\S+( .*)$", re.S)
# The indexes of a table with the constraint each one enforces (primary key, unique), if any.
_TABLE_INDEXES = """
    SELECT i.relname, pg_get_indexdef(i.oid), c.conname, c.contype
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
    LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
    WHERE x.indrelid = %s::regclass ORDER BY i.relname"""
# The sequence of each identity column of a table.
_TABLE_SEQUENCES = """
    SELECT a.attname, s.relname FROM pg_attribute a
    JOIN pg_class s ON s.oid = pg_get_serial_sequence(%s, a.attname)::regclass
    WHERE a.attrelid = %s::regclass AND a.attidentity <> '' ORDER BY a.attname"""
_CONSTRAINTS = {"p": "PRIMARY KEY", "u": "UNIQUE"}


@contextmanager
def _fresh_tables(using: str, tables: Sequence[str]) -> Iterator[dict[str, str]]:
    """PostgreSQL: yield empty copies of tables without indexes to bulk-load (table -> copy);
    then give each copy its table's indexes, constraints and statistics and put it in the
    table's place, in the caller's transaction.

    Building an index once over all rows costs a fraction of updating it row by row, and
    dropping the old tables costs nothing where deleting their rows costs minutes at a million
    documents. Until the caller commits, other connections read the old tables; the swap takes
    their exclusive lock for its last moments only. What ``LIKE … INCLUDING ALL`` leaves out
    (grants, foreign keys pointing to the tables) is not carried over: the tables have none.
    """
    connection = connections[using]
    quote = connection.ops.quote_name
    fresh = {table: f"{table}_rebuild" for table in tables}
    with connection.cursor() as cursor:
        for table, copy in fresh.items():
            cursor.execute(
                f"CREATE TABLE {quote(copy)} (LIKE {quote(table)} INCLUDING ALL EXCLUDING INDEXES)"
            )
    yield fresh
    with connection.cursor() as cursor:
        # For this transaction only: room to sort the index keys of a million entries and their
        # thirteen million facet rows in memory rather than in temporary files (64 MB by default).
        cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
        renames: list[str] = []
        for table, copy in fresh.items():
            cursor.execute(_TABLE_INDEXES, [table])
            for index, definition, constraint, kind in cursor.fetchall():
                temporary = f"{index[:50]}_rebuild"
                parts = _INDEX_DEFINITION.fullmatch(definition)
                if parts is None:
                    raise ValueError(f"Unexpected index definition: {definition}")
                cursor.execute(f"{parts[1]}{quote(temporary)}{parts[2]}{quote(copy)}{parts[3]}")
                renames.append(
                    f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(constraint)} "
                    f"{_CONSTRAINTS[kind]} USING INDEX {quote(temporary)}"
                    if constraint
                    else f"ALTER INDEX {quote(temporary)} RENAME TO {quote(index)}"
                )
            cursor.execute(_TABLE_SEQUENCES, [table, table])
            old_sequences = dict(cursor.fetchall())
            cursor.execute(_TABLE_SEQUENCES, [copy, copy])
            renames.extend(
                f"ALTER SEQUENCE {quote(sequence)} RENAME TO {quote(old_sequences[column])}"
                for column, sequence in cursor.fetchall()
            )
            cursor.execute(f"ANALYZE {quote(copy)}")  # the planner's statistics, at once
        # Both at once, in the order writers lock them (facets, then entries: the ORM's cascade).
        cursor.execute(f"DROP TABLE {', '.join(quote(table) for table in reversed(tables))}")
        for table, copy in fresh.items():
            cursor.execute(f"ALTER TABLE {quote(copy)} RENAME TO {quote(table)}")
        for statement in renames:
            cursor.execute(statement)


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
