"""Occupations as people name them, mapped to SSYK 2012 unit groups, in the site's languages.

Sources (``data/README.md``): SCB's SSYK 2012 at every level (Swedish; English ISCO-08 titles),
Arbetsförmedlingen's JobTech occupation names mapped to their unit group, the names people use
(colloquial names, abbreviations, activity words) and names in Arabic, Somali and Tigrinya,
written by us and marked ``needs_review`` in the data.

Word forms are derived by rule, not listed: an agent noun in -are gives its verb, tenses and
activity noun (svetsare: svetsa, svetsar, svetsat, svetsade, svetsning) and its inflections
(svetsaren, svetsarna); an English agent noun in -er its verb (welder: weld, welded, welding);
other nouns get their definite and plural forms (kock: kocken, kockar), English names their
singular or plural, Arabic names their article and clitic forms (اللحام, واللحام, باللحام).
``data/word_forms.csv`` holds the exceptions: irregular pairs (bagare: baka, bakning) and agent
nouns whose verb is an everyday word (lärare: lära; worker: work).

A word that would name more than ``MAX_GROUPS`` unit groups ("lärling", "handläggare", the head
of many JobTech names) names none: it says nothing about which trade a person means.

Matching folds case, diacritics and Arabic marks (``reference.text``), takes the longest
phrase at each word, and ignores every word that names no occupation, so filler words never
prevent a match. A Swedish compound ending in a known name matches it ("rörsvetsare").
Everything is built once per language into dictionaries; no database is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from reference.files import rows
from reference.text import WORD_RE, Token, fold, tokens

__all__ = [
    "MatchKind",
    "OccupationMatch",
    "SsykGroup",
    "match_occupations",
    "occupation_terms",
    "related_unit_groups",
    "ssyk_group",
    "ssyk_groups",
]

# Languages whose vocabulary is always searched: Swedish is the registry's language, and
# people write Swedish occupation names on every language's pages.
BASE_LANGUAGE = "sv"
# A compound's head must be a real part ("rör" in "rörsvetsare"), its tail a whole name.
_MIN_HEAD, _MIN_TAIL = 3, 5
_ARABIC_CLITICS = ("ال", "و", "وال", "بال", "لل", "فال", "كال")
# The most groups one word may name: "undersköterska" names SCB's four assistant-nurse groups.
MAX_GROUPS = 4


class MatchKind(StrEnum):
    """How a word of the text named an occupation, best first."""

    NAME = "name"
    SYNONYM = "synonym"
    OTHER_LANGUAGE = "other language"
    WORD_FORM = "word form"


_RANK = {kind: rank for rank, kind in enumerate(MatchKind)}
# Agent-noun suffix and the endings of its verb and activity noun, per language: svets-are gives
# svetsa, svetsar, svetsat, svetsade, svetsning; weld-er gives weld, welds, welded, welding (and
# bak-er "bake", "baked", "baking" through the -e forms).
_AGENT_SUFFIXES = {
    "sv": ("are", ("a", "ar", "at", "ade", "ning", "ningen", "ningar")),
    "en": ("er", ("", "s", "ed", "ing", "e", "es")),
}


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
    """Return every group of SSYK 2012 (major, sub-major, minor and unit groups) by code."""
    groups = {
        row["code"]: SsykGroup(row["code"], row["name"], row["name_en"])
        for row in rows("ssyk2012.csv")
    }
    return dict(sorted(groups.items()))


def ssyk_group(code: str) -> SsykGroup | None:
    """Return the SSYK group with this code, or None."""
    return ssyk_groups().get(code)


def related_unit_groups(codes: Iterable[str]) -> Iterator[dict[str, tuple[str, ...]]]:
    """Yield the occupations next to the unit groups ``codes``, nearest first, step by step.

    Each step maps the SSYK groups it looks in to their unit groups other than ``codes``:
    1. the unit groups' own minor groups (three digits);
    2. the minor groups of the same ISCO-08 minor group, which SSYK 2012 was derived from (they
       share its English title): 532 Undersköterskor, 533 Vårdbiträden and 534 Skötare,
       vårdare are all "Personal care workers in health services";
    3. their sub-major groups (two digits).
    A care aide's experience (5330) counts towards the assistant-nurse model of step 2; search
    falls back to these when nothing names the occupation itself. Broader steps would join
    trades that have little in common.
    """
    codes = tuple(codes)
    groups = ssyk_groups()
    minors = dict.fromkeys(code[:3] for code in codes)
    titles = {groups[minor].name_en for minor in minors if minor in groups}
    steps = (
        minors,
        dict.fromkeys(
            code for code, group in groups.items() if group.level == 3 and group.name_en in titles
        ),
        dict.fromkeys(code[:2] for code in codes),
    )
    for step in steps:
        yield {
            prefix: units
            for prefix in step
            if (
                units := tuple(
                    unit
                    for unit, group in groups.items()
                    if group.level == 4 and unit.startswith(prefix) and unit not in codes
                )
            )
        }


def _name_parts(name: str) -> list[str]:
    """Return the names a title holds: "Svetsare och gasskärare" -> it, svetsare, gasskärare.

    Alternatives after a slash are names of their own ("Bagare/Konditor"). A qualifier after a
    comma narrows the name: the whole ("kock fartyg") and the head ("kock") both count. A part
    ending in a hyphen ("Buss-" in "Buss- och spårvagnsförare") is only half a word.
    """
    parts: list[str] = []
    for alternative in name.replace("m.fl.", "").replace("m.m.", "").split("/"):
        head = alternative.split(",")[0].strip()
        parts.extend((" ".join(alternative.replace(",", " ").split()), head))
        for separator in (" och ", " and "):
            if separator in head:
                parts.extend(part.strip() for part in head.split(separator))
    unique = dict.fromkeys(part.lower() for part in parts)
    return [part for part in unique if part and not part.endswith("-")]


@cache
def _terms() -> tuple[_Term, ...]:
    """Return every term of the vocabulary: SSYK names first, then the names people use."""
    terms: list[_Term] = []
    for group in ssyk_groups().values():
        if group.level != 4:
            continue
        for language, name in (("sv", group.name), ("en", group.name_en)):
            for part in _name_parts(name):
                terms.append(_Term(group.code, language, part, MatchKind.NAME))
    for row in rows("occupation_names.csv"):
        if row["kind"] == "name":
            for part in _name_parts(row["term"]):
                terms.append(_Term(row["code"], row["language"], part, MatchKind.NAME))
        else:
            terms.append(_Term(row["code"], row["language"], row["term"], MatchKind.SYNONYM))
    return tuple(terms)


@cache
def _word_form_exceptions() -> Mapping[tuple[str, str], tuple[str, ...]]:
    return {
        (row["language"], row["agent_noun"]): tuple(row["forms"].split())
        for row in rows("word_forms.csv")
    }


def _agent_derivations(word: str, language: str) -> tuple[str, ...]:
    """Return an agent noun's verb forms and activity nouns (svetsare: svetsa, svetsning).

    Swedish agent nouns end in -are, English ones in -er; a compound's derivations are its
    last part's ("rörsvetsare" finds "svetsa" through the compound rule of matching, not here).
    """
    suffix, endings = _AGENT_SUFFIXES.get(language, ("", ()))
    if not suffix or not word.endswith(suffix) or len(word) <= len(suffix) + 1:
        return ()
    exceptions = _word_form_exceptions()
    if (language, word) in exceptions:
        return exceptions[language, word]
    base = word[: -len(suffix)]
    return tuple(base + ending for ending in endings)


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


def _english_singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _english_inflections(word: str) -> tuple[str, ...]:
    singular = _english_singular(word)
    return (singular,) if singular != word else (word + "s",)


def _arabic_inflections(word: str) -> tuple[str, ...]:
    """Return a word with the article and the clitics written onto it (اللحام, باللحام)."""
    forms = [clitic + word for clitic in _ARABIC_CLITICS]
    forms.append("ل" + word if word.startswith("ل") else "لل" + word)  # li- + al-
    return tuple(forms)


def _derivations(term: str, language: str) -> tuple[str, ...]:
    """Return the other words of the same trade: an agent noun's verb and activity."""
    words = term.lower().split()
    word = _english_singular(words[0]) if language == "en" else words[0]
    forms = _agent_derivations(word, language) if len(words) == 1 else ()
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
    """Return the folded words of a term, as ``tokens`` would read them in a text."""
    return tuple(WORD_RE.findall(fold(text)))


_Index = dict[tuple[str, ...], dict[str, tuple[str, MatchKind]]]


def _add(index: _Index, key: tuple[str, ...], code: str, term: str, kind: MatchKind) -> None:
    """Record that ``key`` names ``code``, keeping the best kind of match per group."""
    known = index.setdefault(key, {})
    if key and (code not in known or _RANK[kind] < _RANK[known[code][1]]):
        known[code] = (term, kind)


@cache
def _language_index(language: str) -> _Index:
    """Map folded word sequences to {SSYK code: (term, how)} for one language's terms."""
    index: _Index = {}
    for entry in _terms():
        if entry.language != language:
            continue
        own_kind = entry.kind if language in {BASE_LANGUAGE, "en"} else MatchKind.OTHER_LANGUAGE
        _add(index, _key(entry.term), entry.code, entry.term, own_kind)
        for form in _derivations(entry.term, language):
            _add(index, _key(form), entry.code, entry.term, MatchKind.WORD_FORM)
            for inflected in _inflections(form, language):
                _add(index, _key(inflected), entry.code, entry.term, MatchKind.WORD_FORM)
        for form in _inflections(entry.term, language):
            _add(index, _key(form), entry.code, entry.term, MatchKind.WORD_FORM)
    return index


@cache
def _index(language: str) -> Mapping[tuple[str, ...], Mapping[str, tuple[str, MatchKind]]]:
    """Return the lookup table for Swedish plus ``language``, built once per process.

    A key naming more than ``MAX_GROUPS`` groups keeps only the groups a synonym we wrote gives
    it, and is left out when there are none.
    """
    merged = _language_index(BASE_LANGUAGE)
    if language != BASE_LANGUAGE:
        merged = {key: dict(codes) for key, codes in merged.items()}
        for key, codes in _language_index(language).items():
            for code, (term, kind) in codes.items():
                _add(merged, key, code, term, kind)
    table: dict[tuple[str, ...], Mapping[str, tuple[str, MatchKind]]] = {}
    for key, codes in merged.items():
        if len(codes) > MAX_GROUPS:  # too general, unless we wrote which groups it means
            codes = {code: how for code, how in codes.items() if how[1] == MatchKind.SYNONYM}
        if codes:
            table[key] = codes
    return table


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
