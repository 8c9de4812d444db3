"""Occupations as people name them, mapped to SSYK 2012 unit groups, in the site's languages.

Sources (``data/README.md``): SCB's SSYK 2012 names (Swedish; English ISCO-08 titles), the
occupation names people use (colloquial names, abbreviations, activity words) and names in
Arabic, Somali and Tigrinya, written by us and marked ``needs_review`` in the data.

Word forms are derived by rule, not listed: an agent noun in -are gives its verb, tenses and
activity noun (svetsare: svetsa, svetsar, svetsat, svetsade, svetsning) and its inflections
(svetsaren, svetsarna); other nouns get their definite and plural forms (kock: kocken,
kockar), English names their singular or plural, Arabic names their article and clitic forms
(اللحام, واللحام, باللحام). ``data/word_forms.csv`` holds the exceptions: irregular pairs
(bagare: baka, bakning) and agent nouns whose verb is an everyday word (lärare: lära).

Matching folds case, diacritics and Arabic marks (``reference.text``), takes the longest
phrase at each word, and ignores every word that names no occupation, so filler words never
prevent a match. A Swedish compound ending in a known name matches it ("rörsvetsare").
Everything is built once per language into dictionaries; no database is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from reference.files import rows
from reference.text import Token, fold, tokens

__all__ = [
    "MatchKind",
    "OccupationMatch",
    "SsykGroup",
    "match_occupations",
    "occupation_terms",
    "ssyk_group",
    "ssyk_groups",
]

# Languages whose vocabulary is always searched: Swedish is the registry's language, and
# people write Swedish occupation names on every language's pages.
BASE_LANGUAGE = "sv"
# A compound's head must be a real part ("rör" in "rörsvetsare"), its tail a whole name.
_MIN_HEAD, _MIN_TAIL = 3, 5
_ARABIC_CLITICS = ("ال", "و", "وال", "بال", "لل", "فال", "كال")


class MatchKind(StrEnum):
    """How a word of the text named an occupation, best first."""

    NAME = "name"
    SYNONYM = "synonym"
    OTHER_LANGUAGE = "other language"
    WORD_FORM = "word form"


_RANK = {kind: rank for rank, kind in enumerate(MatchKind)}


@dataclass(frozen=True)
class SsykGroup:
    """A group of SSYK 2012 at any level (1-4 digits) with its Swedish and English name."""

    code: str
    name: str
    name_en: str

    @property
    def level(self) -> int:
        """1 (major group) to 4 (unit group): the number of digits of the code."""
        return len(self.code)

    def name_in(self, language: str) -> str:
        """Return the English name for English, the Swedish (official) name otherwise."""
        return self.name_en if language == "en" and self.name_en else self.name


@dataclass(frozen=True)
class OccupationMatch:
    """An SSYK unit group named in a text.

    Attributes:
        code: the four-digit SSYK 2012 code.
        term: the vocabulary term that matched, as written in the data ("svetsare").
        start, end: where the words stand in the text (``text[start:end]``).
        kind: how it matched.
    """

    code: str
    term: str
    start: int
    end: int
    kind: MatchKind

    @property
    def span(self) -> tuple[int, int]:
        """The matched characters as ``(start, end)``."""
        return self.start, self.end


@dataclass(frozen=True)
class _Term:
    code: str
    language: str
    term: str
    kind: MatchKind


@cache
def ssyk_groups() -> Mapping[str, SsykGroup]:
    """Return the SSYK 2012 groups by code, in code order."""
    groups = {
        row["code"]: SsykGroup(row["code"], row["name"], row["name_en"])
        for row in rows("occupations.csv")
    }
    return dict(sorted(groups.items()))


def ssyk_group(code: str) -> SsykGroup | None:
    """Return the SSYK group with this code, or None."""
    return ssyk_groups().get(code)


def _name_parts(name: str) -> list[str]:
    """Return the occupations an SSYK title lists: "Svetsare och gasskärare" -> both.

    A qualifier after a comma narrows the group and is not a name of its own, and a part
    ending in a hyphen ("Buss-" in "Buss- och spårvagnsförare") is only half a word.
    """
    head = name.split(",")[0].replace("m.fl.", "").strip()
    parts = [head]
    for separator in (" och ", " and "):
        if separator in head:
            parts.extend(part.strip() for part in head.split(separator))
    return [part for part in parts if part and not part.endswith("-")]


@cache
def _terms() -> tuple[_Term, ...]:
    """Return every term of the vocabulary: SSYK names first, then the names people use."""
    terms: list[_Term] = []
    for group in ssyk_groups().values():
        if group.level != 4:
            continue
        for language, name in (("sv", group.name), ("en", group.name_en)):
            for part in _name_parts(name):
                terms.append(_Term(group.code, language, part.lower(), MatchKind.NAME))
    for row in rows("occupation_names.csv"):
        kind = MatchKind.NAME if row["kind"] == "name" else MatchKind.SYNONYM
        terms.append(_Term(row["code"], row["language"], row["term"], kind))
    return tuple(terms)


@cache
def _word_form_exceptions() -> Mapping[str, tuple[str, ...]]:
    return {row["agent_noun"]: tuple(row["forms"].split()) for row in rows("word_forms.csv")}


def _swedish_derivations(word: str) -> tuple[str, ...]:
    """Return an agent noun's verb forms and activity nouns (svetsare: svetsa, svetsning)."""
    if not word.endswith("are"):
        return ()
    exceptions = _word_form_exceptions()
    if word in exceptions:
        return exceptions[word]
    base = word[:-3]
    return tuple(base + ending for ending in ("a", "ar", "at", "ade", "ning", "ningen", "ningar"))


def _swedish_inflections(word: str) -> tuple[str, ...]:
    """Return a Swedish noun's definite, plural and genitive forms, by its ending."""
    if word.endswith("are"):  # svetsare: singular and plural alike
        endings = ("aren", "arna", "ares", "arens", "arnas")
        return tuple(word[:-3] + ending for ending in endings)
    if word.endswith("or") and len(word) > 5:  # undersköterskor -> undersköterska
        return (word[:-2] + "a", word[:-2] + "an", word + "na")
    if word.endswith("a"):  # undersköterska, kassörska
        return (word + "n", word[:-1] + "or", word[:-1] + "orna")
    if word.endswith("örer"):  # montörer -> montör
        return (word[:-2], word + "na")
    if word.endswith("er"):  # elektriker
        return (word + "n", word + "na", word + "s")
    if word.endswith("ar") and len(word) > 5:  # kockar -> kock
        return (word[:-2], word[:-2] + "en", word + "na")
    if word[-1:].isalpha():  # kock, montör, servitris
        return (word + "en", word + "ar", word + "er", word + "arna", word + "erna")
    return ()


def _english_inflections(word: str) -> tuple[str, ...]:
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    return (word[:-1],) if word.endswith("s") else (word + "s",)


def _arabic_inflections(word: str) -> tuple[str, ...]:
    """Return a word with the article and the clitics written onto it (اللحام, باللحام)."""
    forms = [clitic + word for clitic in _ARABIC_CLITICS]
    forms.append("ل" + word if word.startswith("ل") else "لل" + word)  # li- + al-
    return tuple(forms)


def _derivations(term: str, language: str) -> tuple[str, ...]:
    """Return the other words of the same trade: an agent noun's verb and activity."""
    words = term.lower().split()
    forms = _swedish_derivations(words[0]) if language == "sv" and len(words) == 1 else ()
    if "-" in term:  # "VVS-montör" is also written "vvsmontör"
        forms = (*forms, term.lower().replace("-", ""))
    return forms


def _inflections(term: str, language: str) -> tuple[str, ...]:
    """Return a term's grammatical forms (its last word inflected), for matching only."""
    words = term.lower().split()
    head, last = words[:-1], words[-1]
    if language == "sv":
        lasts = _swedish_inflections(last)
    elif language == "en":
        lasts = _english_inflections(last)
    elif language == "ar" and not head:
        lasts = _arabic_inflections(last)
    else:
        lasts = ()
    return tuple(" ".join((*head, form)) for form in lasts)


def _key(text: str) -> tuple[str, ...]:
    return tuple(token.key for token in tokens(text))


@cache
def _index(language: str) -> Mapping[tuple[str, ...], Mapping[str, tuple[str, MatchKind]]]:
    """Map folded word sequences to {SSYK code: (term, how)} for Swedish plus ``language``."""
    index: dict[tuple[str, ...], dict[str, tuple[str, MatchKind]]] = {}

    def add(key: tuple[str, ...], code: str, term: str, kind: MatchKind) -> None:
        known = index.setdefault(key, {})
        if key and (code not in known or _RANK[kind] < _RANK[known[code][1]]):
            known[code] = (term, kind)

    for entry in _terms():
        if entry.language not in {BASE_LANGUAGE, language}:
            continue
        own_kind = (
            entry.kind if entry.language in {BASE_LANGUAGE, "en"} else MatchKind.OTHER_LANGUAGE
        )
        add(_key(entry.term), entry.code, entry.term, own_kind)
        for form in _derivations(entry.term, entry.language):
            add(_key(form), entry.code, entry.term, MatchKind.WORD_FORM)
            for inflected in _inflections(form, entry.language):
                add(_key(inflected), entry.code, entry.term, MatchKind.WORD_FORM)
        for form in _inflections(entry.term, entry.language):
            add(_key(form), entry.code, entry.term, MatchKind.WORD_FORM)
    return index


@cache
def _longest(language: str) -> int:
    return max(len(key) for key in _index(language))


def _compound_tail(
    key: str, language: str
) -> tuple[str, Mapping[str, tuple[str, MatchKind]]] | None:
    """Return the longest known single-word name a Swedish compound ends in, if any."""
    index = _index(language)
    for cut in range(_MIN_HEAD, len(key) - _MIN_TAIL + 1):
        found = index.get((key[cut:],))
        if found:
            return key[cut:], found
    return None


def _matches_at(
    words: tuple[Token, ...], position: int, language: str
) -> tuple[int, Mapping[str, tuple[str, MatchKind]], bool] | None:
    index = _index(language)
    for size in range(min(_longest(language), len(words) - position), 0, -1):
        found = index.get(tuple(token.key for token in words[position : position + size]))
        if found:
            return size, found, False
    tail = _compound_tail(words[position].key, language)
    return (1, tail[1], True) if tail else None


def match_occupations(text: str, language: str) -> list[OccupationMatch]:
    """Return the SSYK unit groups that ``text`` names, in text order.

    Swedish names always count; ``language`` (a site language: en, ar, so, ti) adds its own.
    At each word the longest known phrase wins; a phrase naming several groups
    ("undersköterska") gives one match per group. Words that name nothing are skipped.
    """
    words = tokens(text)
    found: list[OccupationMatch] = []
    position = 0
    while position < len(words):
        match = _matches_at(words, position, language)
        if match is None:
            position += 1
            continue
        size, codes, compound = match
        start, end = words[position].start, words[position + size - 1].end
        for code, (term, kind) in sorted(codes.items()):
            how = MatchKind.WORD_FORM if compound else kind
            found.append(OccupationMatch(code, term, start, end, how))
        position += size
    return found


@cache
def occupation_terms(code: str, language: str) -> tuple[str, ...]:
    """Return every name, synonym and derived word of a unit group in one language.

    Search adds them to a record's document so that every backend matches what people type:
    names first, then synonyms, then the trade's verb and activity ("svetsa", "svetsning"),
    without repeats. Inflections are left to the search analyser's stemmer.
    """
    entries = [entry for entry in _terms() if entry.code == code and entry.language == language]
    entries.sort(key=lambda entry: _RANK[entry.kind])
    terms = [entry.term for entry in entries]
    for entry in entries:
        terms.extend(_derivations(entry.term, language))
    seen: set[str] = set()
    return tuple(term for term in terms if not (fold(term) in seen or seen.add(fold(term))))
