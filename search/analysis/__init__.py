"""One Swedish-first analysis pipeline, used by every backend at index and at query time.

Text is normalised and case-folded, split into words, stop words dropped, each word stemmed
(Snowball) and Swedish compounds split into known parts. Queries also get editor-managed synonyms.
Backends receive whitespace-separated tokens, so SQLite FTS5, PostgreSQL and Elasticsearch match
the same way (docs/search.md explains why the analysis is not left to the engines).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from search.analysis.stopwords import STOP_WORDS
from search.analysis.text import words as text_words
from search.analysis.vocabulary import Vocabulary

__all__ = ["MAX_QUERY_WORDS", "AnalyzedQuery", "Analyzer", "QueryClause"]

# Words beyond this are ignored: a pasted page is not a question, and engines slow down.
MAX_QUERY_WORDS = 32


@dataclass(frozen=True)
class QueryClause:
    """What one query word (or synonym phrase) may match: any alternative, each a phrase.

    ``fuzzy`` marks a word our vocabulary does not know (probably a typo): engines that can
    match by edit distance should do so for it, and only for it, so known words stay precise.
    """

    alternatives: tuple[tuple[str, ...], ...]
    fuzzy: bool = False


@dataclass(frozen=True)
class AnalyzedQuery:
    """A query as backends see it: every clause must match (AND), any alternative of one (OR).

    Attributes:
        clauses: one per query word or synonym phrase.
        words: the normalised query words, stop words included (for "did you mean").
        prefix: the last word when the query does not end in a space (for autocomplete).
        terms: every term the query can match, for highlighting.
    """

    clauses: tuple[QueryClause, ...]
    words: tuple[str, ...]
    prefix: str
    terms: frozenset[str]

    @property
    def normalized(self) -> str:
        """The query's words joined by spaces: what analytics count, free of formatting."""
        return " ".join(self.words)


class Analyzer:
    """Analyse documents and queries of one language with our vocabulary and synonyms."""

    def __init__(self, vocabulary: Vocabulary, synonyms: Iterable[Sequence[str]] = ()) -> None:
        self.vocabulary = vocabulary
        self.language = vocabulary.language
        self.stop_words = STOP_WORDS.get(self.language, frozenset())
        self._synonyms = self._analyze_synonyms(synonyms)
        # Documents repeat their words: analysing each distinct word once makes indexing fast.
        self.word_terms = lru_cache(maxsize=200_000)(self._word_terms)

    def words(self, text: str) -> tuple[str, ...]:
        """Return the normalised words of a text, stop words included."""
        return text_words(text)

    def _word_terms(self, word: str) -> tuple[str, ...]:
        """Return the index terms of one normalised word: its stem, then its parts' stems."""
        if word in self.stop_words:
            return ()
        stem = self.vocabulary.stem(word)
        terms = [stem]
        for part in self.vocabulary.split(word):
            part_stem = self.vocabulary.stem(part)
            if part not in self.stop_words and part_stem not in terms:
                terms.append(part_stem)
        return tuple(terms)

    def index_terms(self, text: str) -> str:
        """Return a text's index terms in order, whitespace-separated, for any backend."""
        return " ".join(term for word in self.words(text) for term in self.word_terms(word))

    def prefix_words(self, text: str) -> str:
        """Return the unstemmed words and compound parts that autocomplete matches prefixes of."""
        result: list[str] = []
        for word in self.words(text):
            if word not in self.stop_words:
                result.append(word)
                result.extend(self.vocabulary.split(word))
        return " ".join(result)

    def _analyze_synonyms(self, groups: Iterable[Sequence[str]]) -> dict[tuple[str, ...], set]:
        """Map each synonym's term sequence to the other sequences of its groups."""
        mapping: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for group in groups:
            sequences = {self._stems(term) for term in group} - {()}
            for sequence in sequences:
                mapping.setdefault(sequence, set()).update(sequences - {sequence})
        return mapping

    def _stems(self, text: str) -> tuple[str, ...]:
        return tuple(
            self.vocabulary.stem(word) for word in self.words(text) if word not in self.stop_words
        )

    def analyze_query(self, text: str) -> AnalyzedQuery:
        """Turn what a person typed into clauses of terms, with compounds and synonyms."""
        words = tuple(self.words(text)[:MAX_QUERY_WORDS])
        content = [word for word in words if word not in self.stop_words]
        stems = [self.vocabulary.stem(word) for word in content]
        longest = max((len(sequence) for sequence in self._synonyms), default=0)
        clauses: list[QueryClause] = []
        position = 0
        while position < len(content):
            for size in range(min(longest, len(content) - position), 0, -1):
                sequence = tuple(stems[position : position + size])
                if sequence in self._synonyms:
                    break
            else:
                size, sequence = 1, (stems[position],)
            alternatives = [sequence]
            if size == 1:
                parts = self.word_terms(content[position])[1:]
                if len(parts) > 1:
                    alternatives.append(parts)
            alternatives.extend(sorted(self._synonyms.get(sequence, ())))
            fuzzy = len(alternatives) == 1 and not self.vocabulary.is_known(content[position])
            clauses.append(QueryClause(tuple(alternatives), fuzzy))
            position += size
        terms = frozenset(
            term
            for clause in clauses
            for alternative in clause.alternatives
            for term in alternative
        )
        prefix = words[-1] if words and text[-1:].strip() else ""
        return AnalyzedQuery(tuple(clauses), words, prefix, terms)

    def correction(self, query: AnalyzedQuery) -> str:
        """Return the query with unknown words replaced by known ones ("did you mean"), or ""."""
        corrected = [
            word
            if word in self.stop_words or self.vocabulary.is_known(word)
            else (self.vocabulary.correct(word) or word)
            for word in query.words
        ]
        return " ".join(corrected) if corrected != list(query.words) else ""
