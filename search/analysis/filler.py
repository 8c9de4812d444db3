"""Filler words of everyday speech: searched only when a query has nothing else.

"svetsare utan papper" is about welders; "utan" and "papper" must not veto a match nor pull in
documents about paper. Such words are kept out of the query's clauses unless every word of the
query is one of them ("papper" alone is still a search for paper). The lists are data
(``data/filler_words.csv``), per language; languages without a list have no filler words.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from search.analysis.text import words

__all__ = ["filler_words"]

_DATA = Path(__file__).resolve().parent / "data" / "filler_words.csv"


@cache
def filler_words(language: str) -> frozenset[str]:
    """Return the normalised filler words of a language."""
    with _DATA.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["language"] == language:
                return frozenset(words(row["words"]))
    return frozenset()
