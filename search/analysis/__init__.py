"""One Swedish-first analysis pipeline, used by every backend at index and at query time.

Text is normalised and case-folded, split into words, stop words dropped, each word stemmed
(Snowball) and Swedish compounds split into known parts. Queries also get editor-managed synonyms.
Backends receive whitespace-separated tokens, so SQLite FTS5, PostgreSQL and Elasticsearch match
the same way (docs/search.md explains why the analysis is not left to the engines).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from reference.occupations import match_occupations
from reference.places import PlaceMatch, match_places
from reference.text import without_spans
from search.analysis.filler import asks_what_it_is, filler_words
from search.analysis.stopwords import STOP_WORDS
from search.analysis.text import words as text_words
from search.analysis.vocabulary import CorpusVocabulary

__all__ = [
    "MAX_QUERY_WORDS",
    "AnalyzedQuery",
    "Analyzer",
    "Boost",
    "QueryClause",
    "occupation_token",
]

# Words beyond this are ignored: a pasted page is not a question, and engines slow down.
MAX_QUERY_WORDS = 32
# Words that ask for validation itself: registry models and credentials then come first.
_VALIDATION_WORDS = "validering validera validerad valideras validation validate validated"


def occupation_token(code: str) -> str:
    """Return the index term that stands for an SSYK unit group in documents and queries.

    A record's occupation codes are indexed as this term (``search.backends.base.analyse``), and
    a query word naming an occupation in any site language gets it as an alternative: the word
    finds the group's records whatever they call the trade.
    """
    return f"ssyk{code}"


WORD_CACHE_SIZE = 20_000  # analysed words kept per analyzer


@lru_cache(maxsize=20_000)
def _occupation_codes(words: str, language: str) -> tuple[str, ...]:
    """Return the SSYK unit groups query words name in a language (or in Swedish)."""
    return tuple(dict.fromkeys(match.code for match in match_occupations(words, language)))


@dataclass(frozen=True)
class Boost:
    """A preference, not a condition: documents with a facet value among ``values`` rank higher.

    Backends add ``weight`` to a document's tier for each boost it meets; tiers order documents
    after the number of query words they cover and before the engine's own score.
    """

    facet: str
    values: tuple[str, ...]
    weight: int


@dataclass(frozen=True)
class QueryClause:
    """What one query word (or synonym phrase) may match: any alternative, each a phrase.

    ``fuzzy`` marks a word our vocabulary does not know (probably a typo): engines that can
    match by edit distance should do so for it, and only for it, so known words stay precise.
    """

    alternatives: tuple[tuple[str, ...], ...]
    fuzzy: bool = False
    text: str = ""


@dataclass(frozen=True)
class AnalyzedQuery:
    """A query as backends see it: any clause may match, documents matching more rank first.

    Attributes:
        clauses: one per meaningful query word or synonym phrase.
        words: the normalised query words, stop words included (for "did you mean").
        prefix: the last word when the query does not end in a space (for autocomplete).
        terms: every term the query can match, for highlighting.
        ignored: filler words left out of the clauses ("utan", "papper").
        places: municipalities and counties the query names; not words to match.
        occupations: SSYK unit groups the query's words name.
        validation: the query asks for validation itself.
        definition: the query asks what something is or means ("vad är ...").
        boosts: preferences backends rank by (set by the search from places and intent).
    """

    clauses: tuple[QueryClause, ...]
    words: tuple[str, ...]
    prefix: str
    terms: frozenset[str]
    ignored: tuple[str, ...] = ()
    places: tuple[PlaceMatch, ...] = ()
    occupations: tuple[str, ...] = ()
    validation: bool = False
    definition: bool = False
    boosts: tuple[Boost, ...] = ()

    @property
    def normalized(self) -> str:
        """The query's words joined by spaces: what analytics count, free of formatting."""
        return " ".join(self.words)

    def with_related(self, units: Sequence[str]) -> AnalyzedQuery:
        """Return the query with the unit groups ``units`` standing in for its occupations.

        The words that name an occupation also match the records of ``units``, and rank them
        as the occupation's own (for `search.backends.base.BaseSearchBackend` when nothing
        names the occupation itself).
        """
        named = {(occupation_token(code),) for code in self.occupations}
        extra = tuple((occupation_token(unit),) for unit in units)
        clauses = tuple(
            replace(clause, alternatives=clause.alternatives + extra)
            if named.intersection(clause.alternatives)
            else clause
            for clause in self.clauses
        )
        return replace(self, clauses=clauses, occupations=tuple(units))


class Analyzer:
    """Analyse documents and queries of one language with our vocabulary and synonyms."""

    def __init__(
        self, vocabulary: CorpusVocabulary, synonyms: Iterable[Sequence[str]] = ()
    ) -> None:
        self.vocabulary = vocabulary
        self.language = vocabulary.language
        self.stop_words = STOP_WORDS.get(self.language, frozenset())
        self._synonyms = self._analyze_synonyms(synonyms)
        # Documents repeat their words: analysing each distinct word once makes indexing fast.
        # Bounded well below a large corpus's distinct words (names, numbers), so a rebuild's
        # memory stays flat as the corpus grows; the common words stay in it.
        self.word_terms = lru_cache(maxsize=WORD_CACHE_SIZE)(self._word_terms)

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
        """Map each synonym's term sequence to the other sequences of its groups.

        Also keeps, in ``_synonym_texts``, the words of each group as editors wrote them: a
        synonym of an occupation's name names that occupation too ("metallfogare, svetsare").
        """
        mapping: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        self._synonym_texts: dict[tuple[str, ...], set[str]] = {}
        for group in groups:
            stemmed = {term: self._stems(term) for term in group}
            sequences = set(stemmed.values()) - {()}
            for sequence in sequences:
                mapping.setdefault(sequence, set()).update(sequences - {sequence})
                self._synonym_texts.setdefault(sequence, set()).update(
                    term for term, stems in stemmed.items() if stems != sequence
                )
        return mapping

    def _stems(self, text: str) -> tuple[str, ...]:
        return tuple(
            self.vocabulary.stem(word) for word in self.words(text) if word not in self.stop_words
        )

    def analyze_query(self, text: str, *, places: bool = True) -> AnalyzedQuery:
        """Turn what a person typed into clauses of terms, with compounds, synonyms, occupations.

        Place names become ``places`` (a preference, not words to match) unless they are all
        the query says; filler words are left out unless nothing else is left.
        """
        words = tuple(self.words(text)[:MAX_QUERY_WORDS])
        named = tuple(match_places(text)) if places else ()
        rest = without_spans(text, (place.span for place in named)) if named else text
        phrases, rest = self._occupation_phrases(rest)
        content = [w for w in self.words(rest)[:MAX_QUERY_WORDS] if w not in self.stop_words]
        if not content and not phrases:  # only a place: look for its name too
            content = [word for word in words if word not in self.stop_words]
        fillers = filler_words(self.language)
        ignored = tuple(word for word in content if word in fillers)
        if len(ignored) < len(content):
            content = [word for word in content if word not in fillers]
        else:
            ignored = ()
        stems = [self.vocabulary.stem(word) for word in content]
        longest = max((len(sequence) for sequence in self._synonyms), default=0)
        clauses: list[QueryClause] = [clause for clause, _codes in phrases]
        occupations: dict[str, None] = {code: None for _clause, codes in phrases for code in codes}
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
            texts = [" ".join(content[position : position + size])]
            texts += sorted(self._synonym_texts.get(sequence, ()))
            codes = tuple(
                dict.fromkeys(
                    code for phrase in texts for code in _occupation_codes(phrase, self.language)
                )
            ) or (self._modifier_codes(content[position]) if size == 1 else ())
            occupations.update(dict.fromkeys(codes))
            alternatives.extend((occupation_token(code),) for code in codes)
            fuzzy = len(alternatives) == 1 and not self.vocabulary.is_known(content[position])
            source = " ".join(content[position : position + size])
            clauses.append(QueryClause(tuple(alternatives), fuzzy, source))
            position += size
        validation = bool(set(stems) & self._validation_stems)
        if validation and occupations:
            # "validering av svetsare": the trade is what must match; asking for validation is
            # a preference for models and credentials (a boost), not a word every hit must
            # contain, or the trade's courses would fall behind any text that says both.
            trade = [c for c in clauses if not set(c.alternatives[0]) <= self._validation_stems]
            clauses = trade or clauses
        terms = frozenset(
            term
            for clause in clauses
            for alternative in clause.alternatives
            for term in alternative
        )
        prefix = words[-1] if words and text[-1:].strip() else ""
        return AnalyzedQuery(
            tuple(clauses),
            words,
            prefix,
            terms,
            ignored=ignored,
            places=named,
            occupations=tuple(occupations),
            validation=validation,
            definition=asks_what_it_is(words, self.language),
        )

    def _occupation_phrases(
        self, text: str
    ) -> tuple[list[tuple[QueryClause, tuple[str, ...]]], str]:
        """Return clauses for occupation names of several words, and the text without them.

        "darawal bas" (bus driver) or "سائق شاحنة" (truck driver) name one trade: word by word
        they would name none, or another ("bas" alone is Swedish for basic). Each becomes one
        clause matching the phrase or its SSYK groups' records. Single words are left to the
        word-by-word analysis, where synonyms and compounds apply too.
        """
        spans: dict[tuple[int, int], dict[str, None]] = {}
        for match in match_occupations(text, self.language):
            if len(self.words(text[match.start : match.end])) > 1:
                spans.setdefault(match.span, {})[match.code] = None
        phrases = []
        for (start, end), codes in spans.items():
            source = " ".join(self.words(text[start:end]))
            stems = self._stems(source)
            alternatives = [stems] if stems else []
            alternatives.extend((occupation_token(code),) for code in codes)
            phrases.append((QueryClause(tuple(alternatives), text=source), tuple(codes)))
        return phrases, without_spans(text, spans) if spans else text

    def _modifier_codes(self, word: str) -> tuple[str, ...]:
        """Return the trade a compound's first part names when the compound names none.

        "svetsutbildning", "vårdkurs": the head says what kind of thing is asked for, the
        first part which trade; the records of that trade rarely use the compound itself.
        """
        parts = self.vocabulary.split(word)
        return _occupation_codes("".join(parts[:-1]), self.language) if len(parts) > 1 else ()

    @property
    def _validation_stems(self) -> frozenset[str]:
        return frozenset(self.vocabulary.stem(word) for word in _VALIDATION_WORDS.split())

    def correction(self, query: AnalyzedQuery) -> str:
        """Return the query with unknown words replaced by known ones ("did you mean"), or "".

        Only words that nothing else explains are corrected: a place, an occupation name in
        any language or a synonym is what the person meant, even if no document uses it.
        """
        unknown = {clause.text for clause in query.clauses if clause.fuzzy}
        corrected = [
            word
            if word not in unknown or self.vocabulary.is_known(word)
            else (self.vocabulary.correct(word) or word)
            for word in query.words
        ]
        return " ".join(corrected) if corrected != list(query.words) else ""
