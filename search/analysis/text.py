"""Normalisation, tokenisation and stemming: the steps every language shares."""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer

from reference.text import strip_arabic_marks

__all__ = ["MAX_WORD_LENGTH", "WORD_RE", "normalize", "stem", "tokenize", "words"]

# A word is a run of letters and digits in any script; everything else separates words, so no
# character of a query can reach an engine as syntax.
WORD_RE = re.compile(r"[^\W_]+")
# Longer "words" are noise (hashes, pasted URLs run together); they are dropped, not truncated.
MAX_WORD_LENGTH = 40

# Site language -> Snowball algorithm; languages without one are normalised but not stemmed.
_ALGORITHMS = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "en": "english",
    "es": "spanish",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "no": "norwegian",
    "nb": "norwegian",
    "pl": "polish",
    "ru": "russian",
    "so": None,
    "sv": "swedish",
    "tr": "turkish",
}
_local = threading.local()  # PyStemmer objects keep a cache and are not thread-safe


def normalize(text: str) -> str:
    """Return text in compatibility form (full-width letters, ligatures), case-folded, without
    Arabic vowel marks and shadda (optional in writing: "لحّام" is "لحام").

    Control and format characters need no step of their own: they are not word characters, so
    `tokenize` treats them as separators.
    """
    return strip_arabic_marks(unicodedata.normalize("NFKC", text).casefold())


def tokenize(text: str) -> list[str]:
    """Split normalised text into words, dropping implausibly long ones."""
    return [word for word in WORD_RE.findall(text) if len(word) <= MAX_WORD_LENGTH]


def stem(word: str, language: str) -> str:
    """Return the Snowball stem of a normalised word, or the word itself without a stemmer.

    The stemmer runs twice because Snowball is not idempotent: "svetsare" stems to "svets" but
    "svets" to "svet". Stemming the stem brings a word and its derivations to one term.
    """
    algorithm = _ALGORITHMS.get(language)
    if algorithm is None:
        return word
    stemmers: dict[str, Stemmer.Stemmer] = getattr(_local, "stemmers", None) or {}
    _local.stemmers = stemmers
    if algorithm not in stemmers:
        stemmers[algorithm] = Stemmer.Stemmer(algorithm)
    stemmer = stemmers[algorithm]
    return stemmer.stemWord(stemmer.stemWord(word))


@lru_cache(maxsize=256)
def words(text: str) -> tuple[str, ...]:
    """Return the normalised words of a text, remembered for the next few hundred texts.

    Normalising and splitting do not depend on the language, and a record's texts are analysed
    once per site language in a row (and counted for the vocabulary), so most calls repeat one.
    """
    return tuple(tokenize(normalize(text)))
