"""LIX, the Swedish readability index, for the easy-to-read (lättläst) texts.

LIX = words / sentences + 100 × long words / words, where a long word has more than six letters.
Below 30 reads as very easy; easy-to-read Swedish should stay at or below ``EASY_TO_READ_MAX``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

__all__ = ["EASY_TO_READ_MAX", "Readability", "lix", "readability"]

EASY_TO_READ_MAX = 30
# Words are runs of letters (digits and signs are not words); sentences end at . : ! or ?.
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.:!?]+(?=\s|$)")
LONG_WORD = 6
APOSTROPHE_OR_HYPHEN = re.compile(r"[-'’]")
BANDS = (
    (25, _("very easy")),
    (30, _("easy")),
    (40, _("medium")),
    (50, _("difficult")),
)


@dataclass(frozen=True)
class Readability:
    """A text's LIX and what it means for an editor."""

    score: float
    words: int

    @property
    def label(self) -> str:
        """Return the band the score falls in, e.g. "easy"."""
        for limit, name in BANDS:
            if self.score < limit:
                return str(name)
        return str(_("very difficult"))

    @property
    def too_hard(self) -> bool:
        """Whether the text is harder than easy-to-read Swedish allows."""
        return self.score > EASY_TO_READ_MAX


def lix(text: str) -> float:
    """Return the LIX of a text (plain or HTML), rounded to one decimal; 0 for no words."""
    plain = strip_tags(text).strip()
    words = WORD.findall(plain)
    if not words:
        return 0.0
    sentences = len(SENTENCE_END.findall(plain))
    if not SENTENCE_END.search(plain[-1]):
        # A last sentence without a full stop (a list item, a fragment) still counts.
        sentences += 1
    long_words = sum(1 for word in words if len(APOSTROPHE_OR_HYPHEN.sub("", word)) > LONG_WORD)
    return round(len(words) / sentences + 100 * long_words / len(words), 1)


def readability(text: str) -> Readability:
    """Return the LIX of a text with its word count, for showing to an editor."""
    return Readability(score=lix(text), words=len(WORD.findall(strip_tags(text))))
