"""Highlighting: mark the original words whose terms a query matched.

Engines match stems ("kock"), but a reader should see their own words marked ("kockar",
"Kocklärling"). Each word of the stored text is analysed again and marked when one of its terms
(stem or compound part) is among the query's terms, so every backend highlights the same way.
"""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from django.utils.safestring import SafeString, mark_safe

from search.analysis import Analyzer
from search.analysis.text import WORD_RE, normalize

__all__ = ["Highlighter"]

SNIPPET_WORDS = 32


class Highlighter:
    """Mark a query's words in the texts of its hits.

    One per search: whether a word's terms are among the query's is worked out once per distinct
    word for the whole page, since hits repeat their words and one another's.
    """

    def __init__(self, analyzer: Analyzer, terms: Collection[str]) -> None:
        self.analyzer, self.terms = analyzer, terms
        self.seen: dict[str, bool] = {}

    def matches(self, word: str) -> bool:
        """Whether one of the word's terms (stem or compound part) is one of the query's."""
        if (found := self.seen.get(word)) is None:
            terms = self.analyzer.word_terms(normalize(word))
            found = self.seen[word] = any(term in self.terms for term in terms)
        return found

    def highlight(self, text: str) -> SafeString:
        """Return text as escaped HTML with matched words wrapped in ``<mark>``."""
        parts: list[str] = []
        end = 0
        for match in WORD_RE.finditer(text):
            if self.matches(match.group()):
                parts.append(escape(text[end : match.start()]))
                parts.append(f"<mark>{escape(match.group())}</mark>")
                end = match.end()
        parts.append(escape(text[end:]))
        return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped

    def snippet(self, text: str) -> SafeString:
        """Return the passage of text with the most matches (about 32 words), highlighted."""
        spans = [match.span() for match in WORD_RE.finditer(text)]
        if not spans:
            return self.highlight(text)
        hits = [self.matches(text[start:end]) for start, end in spans]
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
        body = self.highlight(text[start:end])
        prefix = "… " if start else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(f"{prefix}{body}{suffix}")  # noqa: S308 - body is escaped by highlight()
