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

__all__ = ["highlight", "snippet"]

SNIPPET_WORDS = 32


def _matches(analyzer: Analyzer, word: str, terms: Collection[str]) -> bool:
    return any(term in terms for term in analyzer.word_terms(normalize(word)))


def highlight(text: str, analyzer: Analyzer, terms: Collection[str]) -> SafeString:
    """Return text as escaped HTML with matched words wrapped in ``<mark>``."""
    parts: list[str] = []
    end = 0
    for match in WORD_RE.finditer(text):
        if _matches(analyzer, match.group(), terms):
            parts.append(escape(text[end : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            end = match.end()
    parts.append(escape(text[end:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped


def snippet(text: str, analyzer: Analyzer, terms: Collection[str]) -> SafeString:
    """Return the passage of text with the most matches (about 32 words), highlighted."""
    spans = [match.span() for match in WORD_RE.finditer(text)]
    if not spans:
        return highlight(text, analyzer, terms)
    hits = [_matches(analyzer, text[start:end], terms) for start, end in spans]
    best, best_count = 0, -1
    for first in range(max(1, len(spans) - SNIPPET_WORDS + 1)):
        count = sum(hits[first : first + SNIPPET_WORDS])
        if count > best_count:
            best, best_count = first, count
        if first + SNIPPET_WORDS >= len(spans):
            break
    # Start a few words before the first match so the passage reads as a sentence.
    first_hit = next((i for i in range(best, len(spans)) if hits[i]), best)
    best = max(0, min(best, first_hit - 4))
    last = min(len(spans), best + SNIPPET_WORDS) - 1
    start = 0 if best == 0 else spans[best][0]
    end = len(text) if last == len(spans) - 1 else spans[last][1]
    body = highlight(text[start:end], analyzer, terms)
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{body}{suffix}")  # noqa: S308 - body is escaped by highlight()
