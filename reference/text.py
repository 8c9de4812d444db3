"""Words with their positions, folded so that the ways people type a name meet.

Folding is deliberately forgiving: case, compatibility forms, Swedish and other Latin
diacritics ("hassleholm" for "Hässleholm", "rorlaggare" for "rörläggare"), Arabic vowel marks,
shadda and tatweel ("لحّام" for "لحام") and Arabic letter variants (alef forms, alef maqsura,
ta marbuta). Both the vocabulary and the text are folded the same way, so a key is a key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Token", "fold", "tokens", "without_spans"]

WORD_RE = re.compile(r"[^\W_]+")
# Arabic harakat, tanwin, shadda, sukun, superscript alef (U+064B-U+0652, U+0670) and tatweel.
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


@dataclass(frozen=True)
class Token:
    """A word of the original text: its folded key and where it stands (``text[start:end]``)."""

    key: str
    start: int
    end: int
    capitalised: bool


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Return text case-folded, without diacritics, Arabic marks or letter variants."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    decomposed = unicodedata.normalize("NFD", text)
    # Drop combining marks of Latin letters only: other scripts keep theirs (Ethiopic has none
    # that matter, Arabic's are gone above).
    kept = [
        char
        for index, char in enumerate(decomposed)
        if not (unicodedata.combining(char) and index and decomposed[index - 1].isascii())
    ]
    return unicodedata.normalize("NFC", "".join(kept))


def tokens(text: str) -> tuple[Token, ...]:
    """Return the words of ``text`` with their spans; punctuation and hyphens separate words."""
    return tuple(
        Token(fold(match.group()), match.start(), match.end(), match.group()[:1].isupper())
        for match in WORD_RE.finditer(text)
    )


def without_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Return ``text`` with the spans removed and the spaces around them closed up.

    What is left of "svetsare i Hässleholms kommun" after the place is "svetsare i": callers
    drop the words they do not need themselves.
    """
    kept: list[str] = []
    position = 0
    for start, end in sorted(spans):
        kept.append(text[position:start])
        position = max(position, end)
    kept.append(text[position:])
    return " ".join("".join(kept).split())
