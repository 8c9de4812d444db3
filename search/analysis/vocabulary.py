"""The words we know, per language: for compound splitting and "did you mean"."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property, lru_cache, partial
from pathlib import Path

from search.analysis.compounds import CompoundSplitter
from search.analysis.stopwords import STOP_WORDS
from search.analysis.text import normalize, stem, words

__all__ = ["CorpusVocabulary", "count_words", "seed_words"]

_DATA = Path(__file__).resolve().parent / "data"
_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäöé"


def seed_words(language: str) -> list[str]:
    """Return the shipped seed words of a language (the field's common word parts)."""
    path = _DATA / f"seed_words_{language}.txt"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [normalize(line.strip()) for line in lines if line.strip() and not line.startswith("#")]


def count_words(texts: Iterable[str], language: str, counts: dict[str, int]) -> None:
    """Add the words of texts to counts, skipping stop words and digits."""
    stop = STOP_WORDS.get(language, frozenset())
    for text in texts:
        for word in words(text):
            if word not in stop and not word.isdigit():
                counts[word] = counts.get(word, 0) + 1


class CorpusVocabulary:
    """Known words of one language with their frequencies in our content.

    Attributes:
        language: site language code.
        counts: word -> number of occurrences (seed words count once).
    """

    def __init__(self, language: str, counts: Mapping[str, int]) -> None:
        self.language = language
        self.counts = dict(counts)
        for word in seed_words(language):
            self.counts.setdefault(word, 1)

    def stem(self, word: str) -> str:
        """Stem a word in this vocabulary's language (cached: highlighting stems every word)."""
        return self._stem(word)

    @cached_property
    def _stem(self) -> Callable[[str], str]:
        return lru_cache(maxsize=20_000)(partial(stem, language=self.language))

    @cached_property
    def splitter(self) -> CompoundSplitter | None:
        """The compound splitter; only Swedish compounds are split."""
        if self.language != "sv":
            return None
        return CompoundSplitter(self.counts, self.stem)

    @cached_property
    def stems(self) -> frozenset[str]:
        """Stems of every known word: a query word with a known stem needs no correction."""
        return frozenset(self.stem(word) for word in self.counts)

    @cached_property
    def _by_initial(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for word in self.counts:
            groups.setdefault(word[:1], []).append(word)
        return groups

    def split(self, word: str) -> tuple[str, ...]:
        """Return the known parts of a compound word, or `()`."""
        return self.splitter.split(word) if self.splitter else ()

    def is_known(self, word: str) -> bool:
        """Whether a word, its stem or all its compound parts are known."""
        return word in self.counts or self.stem(word) in self.stems or bool(self.split(word))

    def correct(self, word: str) -> str:
        """Return the most frequent known word within a small edit distance, or ""."""
        if len(word) < 3 or word.isdigit():
            return ""
        edits = {word[:i] + word[i + 1 :] for i in range(len(word))}
        edits |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        for i in range(len(word) + 1):
            for char in _ALPHABET:
                edits.add(word[:i] + char + word[i + 1 :])
                edits.add(word[:i] + char + word[i:])
        candidates = [edit for edit in edits if edit in self.counts and edit != word]
        if not candidates:
            candidates = difflib.get_close_matches(
                word, self._by_initial.get(word[:1], []), n=3, cutoff=0.8
            )
        return max(candidates, key=lambda candidate: self.counts[candidate], default="")
