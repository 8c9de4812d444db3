"""Highlighting: mark the original words whose terms a query matched.

Engines match stems ("kock"), but a reader should see their own words marked ("kockar",
"Kocklärling"). Each word of the stored text is analysed again and marked when one of its terms
(stem or compound part) is among the query's terms, so every backend highlights the same way.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from html import escape

from django.utils.safestring import SafeString, mark_safe

from search.analysis import WORD_CACHE_SIZE, Analyzer
from search.analysis.text import WORD_RE, normalize

__all__ = ["Highlighter"]

SNIPPET_WORDS = 32

# A word as written ("Kockar") normalised once per process: pages show the same words again.
_normalized = lru_cache(maxsize=WORD_CACHE_SIZE)(normalize)


class Highlighter:
    """Mark a query's words in the texts of its hits.

    One per search: whether a word's terms are among the query's is worked out once per distinct
    word for the whole page, since hits repeat their words and one another's.
    """

    def __init__(self, analyzer: Analyzer, terms: Collection[str]) -> None:
        self.analyzer, self.terms = analyzer, frozenset(terms)
        self.seen: dict[str, bool] = {}

    def matches(self, word: str) -> bool:
        """Whether one of the word's terms (stem or compound part) is one of the query's."""
        if (found := self.seen.get(word)) is None:
            terms = self.analyzer.word_terms(_normalized(word))
            found = self.seen[word] = not self.terms.isdisjoint(terms)
        return found

    def highlight(self, text: str) -> SafeString:
        """Return text as escaped HTML with matched words wrapped in ``<mark>``."""
        spans, hits = self._words(text)
        return self._marked(text, spans, hits, 0, len(text))

    def snippet(self, text: str) -> SafeString:
        """Return the passage of text with the most matches (about 32 words), highlighted."""
        spans, hits = self._words(text)
        if not spans:
            return self._marked(text, spans, hits, 0, len(text))
        # The window of SNIPPET_WORDS words with the most matches, the first of equals: slid
        # one word at a time, adding the word that enters and taking off the one that leaves.
        best = 0
        best_count = count = sum(hits[:SNIPPET_WORDS])
        for first in range(1, len(spans) - SNIPPET_WORDS + 1):
            count += hits[first + SNIPPET_WORDS - 1] - hits[first - 1]
            if count > best_count:
                best, best_count = first, count
        # Start a few words before the first match so the passage reads as a sentence.
        first_hit = next((i for i in range(best, len(spans)) if hits[i]), best)
        best = max(0, min(best, first_hit - 4))
        last = min(len(spans), best + SNIPPET_WORDS) - 1
        start = 0 if best == 0 else spans[best][0]
        end = len(text) if last == len(spans) - 1 else spans[last][1]
        body = self._marked(text, spans[best : last + 1], hits[best : last + 1], start, end)
        prefix = "… " if start else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(f"{prefix}{body}{suffix}")  # noqa: S308 - body is escaped by _marked()

    def _words(self, text: str) -> tuple[list[tuple[int, int]], list[bool]]:
        """Return where each word of the text is and whether it matches: the hot loop of a
        results page, which reads every word of ten hits."""
        spans: list[tuple[int, int]] = []
        hits: list[bool] = []
        seen = self.seen
        for match in WORD_RE.finditer(text):
            word = match.group()
            found = seen.get(word)
            hits.append(self.matches(word) if found is None else found)
            spans.append(match.span())
        return spans, hits

    @staticmethod
    def _marked(
        text: str, spans: list[tuple[int, int]], hits: list[bool], start: int, end: int
    ) -> SafeString:
        """Return ``text[start:end]`` as escaped HTML, its matched words (``spans`` and
        ``hits``, all within it) wrapped in ``<mark>``."""
        parts: list[str] = []
        position = start
        for (first, after), hit in zip(spans, hits, strict=True):
            if hit:
                parts.append(escape(text[position:first]))
                parts.append(f"<mark>{escape(text[first:after])}</mark>")
                position = after
        parts.append(escape(text[position:end]))
        return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped
