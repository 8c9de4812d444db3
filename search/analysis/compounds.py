"""Swedish compound splitting over our own vocabulary.

Swedish writes compounds as one word ("svetsutbildning" = "svets" + "utbildning"). A search for
"svets" should find it, so documents are indexed with the stems of the parts as well as the stem
of the whole word. The parts must be words we know: the registry's and the pages' own words plus a
seed list, so the splitter never invents parts from letter statistics.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache

__all__ = ["CompoundSplitter", "MIN_PART_LENGTH"]

# Shorter parts ("el", "bil") split too eagerly ("elev", "bilaga"); four letters keeps splits real.
MIN_PART_LENGTH = 4
# Swedish joins parts with a linking "s" ("yrke-s-bevis") and drops a final "e" or "a" before it
# ("arbete" -> "arbets-", "skola" -> "skol-").
_DROPPED_ENDINGS = ("", "e", "a")


class CompoundSplitter:
    """Split words into known parts; `split()` returns `()` for a word that is not a compound.

    Attributes:
        words: known whole words (normalised), none shorter than `MIN_PART_LENGTH`.
        stems: stems of the known words, so an inflected last part ("vårdare") is recognised.
    """

    def __init__(self, words: Collection[str], stemmer: Callable[[str], str]) -> None:
        self.words = frozenset(word for word in words if len(word) >= MIN_PART_LENGTH)
        self.stemmer = stemmer
        self.stems = frozenset(stemmer(word) for word in self.words)
        self.split = lru_cache(maxsize=50_000)(self._split)

    def _known_head(self, head: str) -> str:
        """Return the known word a first part stands for ("yrkes" -> "yrke"), or ""."""
        candidates = [head]
        if head.endswith("s") and len(head) > MIN_PART_LENGTH:
            candidates.append(head[:-1])
        for candidate in candidates:
            for ending in _DROPPED_ENDINGS:
                if candidate + ending in self.words:
                    return candidate + ending
        return ""

    def _known_tail(self, tail: str) -> bool:
        return len(tail) >= MIN_PART_LENGTH and (
            tail in self.words or self.stemmer(tail) in self.stems
        )

    def _split(self, word: str) -> tuple[str, ...]:
        """Return the parts of a compound, longest first part first, or `()`."""
        if len(word) < 2 * MIN_PART_LENGTH:
            return ()
        for cut in range(len(word) - MIN_PART_LENGTH, MIN_PART_LENGTH - 1, -1):
            head = self._known_head(word[:cut])
            if not head:
                continue
            tail = word[cut:]
            if self._known_tail(tail):
                return (head, tail)
            rest = self._split(tail)
            if rest:
                return (head, *rest)
        return ()
