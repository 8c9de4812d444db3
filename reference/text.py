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

__all__ = ["WORD_RE", "Token", "fold", "strip_arabic_marks", "tokens", "without_spans"]

# Arabic harakat, tanwin, shadda, sukun, superscript alef (U+064B-U+0652, U+0670) and tatweel.
_ARABIC_MARK_CHARS = "\u064b-\u0652\u0670\u0640"
_ARABIC_MARKS = re.compile(f"[{_ARABIC_MARK_CHARS}]")
# A word: letters and digits of any script, with the marks written on them (a shadda, a
# decomposed ring or diaeresis), so that "لحّام" is one word, as it is once folded.
WORD_RE = re.compile(f"(?:[^\\W_]|[{_ARABIC_MARK_CHARS}\u0300-\u036f])+")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
# Combining marks written on a Latin letter (decomposed): "a" + ring above, "o" + diaeresis.
# Other scripts keep theirs (Ethiopic has none that matter, Arabic's are gone before).
_LATIN_MARKS = re.compile("(?<=[\x00-\x7f])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]+")


@dataclass(frozen=True)
class Token:
    """A word of the original text: its folded key and where it stands (``text[start:end]``)."""

    key: str
    start: int
    end: int
    capitalised: bool


def strip_arabic_marks(text: str) -> str:
    """Return text without Arabic vowel marks, shadda and tatweel, which writers may leave out."""
    return _ARABIC_MARKS.sub("", text)


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Return text case-folded, without diacritics, Arabic marks or letter variants."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    text = strip_arabic_marks(text).translate(_ARABIC_LETTERS)
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", unicodedata.normalize("NFD", text)))


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
