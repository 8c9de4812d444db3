"""Filler words of everyday speech: searched only when a query has nothing else.

"svetsare utan papper" is about welders; "utan" and "papper" must not veto a match nor pull in
documents about paper. Such words are kept out of the query's clauses unless every word of the
query is one of them ("papper" alone is still a search for paper). The lists are data
(``data/filler_words.csv``), per language; languages without a list have no filler words.

A query that opens by asking what something is ("vad är", "what is"; the openings are in
``data/definition_questions.csv``) asks for an explanation: the pages that give one come before
the records of a trade it names.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from search.analysis.text import words

__all__ = ["asks_what_it_is", "filler_words"]

_DATA = Path(__file__).resolve().parent / "data" / "filler_words.csv"
_QUESTIONS = _DATA.with_name("definition_questions.csv")


@cache
def filler_words(language: str) -> frozenset[str]:
    """Return the normalised filler words of a language."""
    with _DATA.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["language"] == language:
                return frozenset(words(row["words"]))
    return frozenset()


@cache
def _definition_openings(language: str) -> tuple[tuple[str, ...], ...]:
    with _QUESTIONS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["language"] == language:
                return tuple(tuple(words(opening)) for opening in row["openings"].split("|"))
    return ()


def asks_what_it_is(query_words: Sequence[str], language: str) -> bool:
    """Whether the normalised words of a query open by asking what something is or means."""
    return any(
        tuple(query_words[: len(opening)]) == opening for opening in _definition_openings(language)
    )
