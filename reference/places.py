"""Swedish municipalities and counties named in free text, and postcodes of the demo areas.

A name is found however it is typed: any case, with or without å/ä/ö ("hassleholm"), with
"kommun", "stad" or "län", in the genitive ("Hässleholms kommun", "Kalmar läns", "Falu
kommun"), as several words ("Upplands Väsby", "Östra Göinge", "malung salen"), or as "Region
Skåne". A county's short name alone ("Skåne", "Dalarna") is the county unless a municipality
has that name ("Kalmar", "Uppsala" are the municipalities; "Kalmar län" is the county).

Municipality names that are also everyday words ("Vara", "Mark", "Lund", "Åre" typed "are";
``data/place_names_also_words.txt``) count alone only when capitalised; with "kommun" they
always count. Words must match whole: "bjuv" is not found in "bjuvsväg".

Everything is built once from the CSV files into dictionaries (no database), so a lookup costs
a few dictionary probes per word.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from reference.files import DATA_DIR, rows
from reference.text import Token, tokens

__all__ = [
    "County",
    "Municipality",
    "PlaceKind",
    "PlaceMatch",
    "counties",
    "find_place",
    "match_places",
    "municipalities",
    "municipality_code_for_postcode",
    "nearby_municipalities",
]

POSTCODE = re.compile(r"^\s*(\d{3})\s?(\d{2})\s*$")
# Genitives that are not the name plus "s" (SCB's list; every other name takes -s or is
# unchanged when it ends in s, x or z).
_IRREGULAR_GENITIVES = {"falun": "falu"}
_MUNICIPALITY_WORDS = (("kommun",), ("kommuns",), ("stad",), ("stads",))
_COUNTY_WORDS = (("lan",), ("lans",))


class PlaceKind(StrEnum):
    """What a matched name stands for."""

    COUNTY = "county"
    MUNICIPALITY = "municipality"


@dataclass(frozen=True)
class Municipality:
    """A municipality (kommun) with SCB's code and its seat's coordinates (WGS 84)."""

    code: str
    name: str
    region_code: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class County:
    """A county (län) with SCB's two-digit code."""

    code: str
    name: str
    name_en: str


@dataclass(frozen=True)
class PlaceMatch:
    """A place named in a text: what it is, its SCB code and official name, and where it stands.

    ``text[start:end]`` is the whole phrase, "kommun"/"län" included, so removing the span
    leaves the rest of the question.
    """

    kind: PlaceKind
    code: str
    name: str
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        """The matched characters as ``(start, end)``."""
        return self.start, self.end


@dataclass(frozen=True)
class _Entry:
    kind: PlaceKind
    code: str
    needs_capital: bool


@cache
def municipalities() -> Mapping[str, Municipality]:
    """Return all 290 municipalities by SCB code."""
    return {
        row["code"]: Municipality(
            row["code"],
            row["name"],
            row["region_code"],
            float(row["latitude"]),
            float(row["longitude"]),
        )
        for row in rows("municipalities.csv")
    }


@cache
def counties() -> Mapping[str, County]:
    """Return the 21 counties by SCB code."""
    return {
        row["code"]: County(row["code"], row["name"], row["name_en"]) for row in rows("regions.csv")
    }


@cache
def nearby_municipalities(code: str, kilometres: float) -> tuple[str, ...]:
    """Return the other municipalities whose seats lie within ``kilometres`` of this one's.

    Distance is the great-circle distance between the seats: neighbours across a county
    border count, as a person travelling to a course sees it.
    """
    origin = municipalities()[code]

    def distance(other: Municipality) -> float:
        lat1, lat2 = math.radians(origin.latitude), math.radians(other.latitude)
        dlat = lat2 - lat1
        dlon = math.radians(other.longitude - origin.longitude)
        a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
        return 6371.0 * 2 * math.asin(math.sqrt(a))

    return tuple(
        other.code
        for other in municipalities().values()
        if other.code != code and distance(other) <= kilometres
    )


def _genitive(words: tuple[str, ...]) -> tuple[str, ...]:
    last = words[-1]
    if last in _IRREGULAR_GENITIVES:
        return (*words[:-1], _IRREGULAR_GENITIVES[last])
    return words if last.endswith(("s", "x", "z")) else (*words[:-1], last + "s")


def _words(name: str) -> tuple[str, ...]:
    return tuple(token.key for token in tokens(name))


@cache
def _index() -> Mapping[tuple[str, ...], tuple[_Entry, ...]]:
    """Map every way of writing a place, as folded words, to what it names."""
    lines = (DATA_DIR / "place_names_also_words.txt").read_text(encoding="utf-8").splitlines()
    words_too = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    index: dict[tuple[str, ...], list[_Entry]] = {}

    def add(key: tuple[str, ...], entry: _Entry) -> None:
        if entry not in index.setdefault(key, []):
            index[key].append(entry)

    municipality_names = set()
    for municipality in municipalities().values():
        name = _words(municipality.name)
        municipality_names.add(name)
        risky = " ".join(name) in words_too
        for form in {name, _genitive(name)}:
            add(form, _Entry(PlaceKind.MUNICIPALITY, municipality.code, risky))
            for suffix in _MUNICIPALITY_WORDS:
                add(form + suffix, _Entry(PlaceKind.MUNICIPALITY, municipality.code, False))
    for county in counties().values():
        full = _words(county.name)  # "stockholms lan", "kalmar lan", "skane lan"
        genitive = full[:-1]
        short = genitive
        if genitive[-1].endswith("s"):  # "stockholms" -> "stockholm", "dalarnas" -> "dalarna"
            short = (*genitive[:-1], genitive[-1][:-1])
        entry = _Entry(PlaceKind.COUNTY, county.code, False)
        for form in {short, genitive}:
            for suffix in _COUNTY_WORDS:
                add(form + suffix, entry)
            add(("region", *form), entry)
            add(("region", *form, "lan"), entry)
        if short not in municipality_names:
            add(short, entry)
            add(genitive, entry)
    return {key: tuple(entries) for key, entries in index.items()}


@cache
def _longest() -> int:
    return max(len(key) for key in _index())


@cache
def _postcode_prefixes() -> Mapping[str, str]:
    return {row["prefix"]: row["municipality_code"] for row in rows("postcode_prefixes.csv")}


def municipality_code_for_postcode(text: str) -> str | None:
    """Return the municipality code of a postcode ("281 43") in the demo areas, else None."""
    match = POSTCODE.match(text)
    return _postcode_prefixes().get(match.group(1)) if match else None


def _name(kind: PlaceKind, code: str) -> str:
    return municipalities()[code].name if kind is PlaceKind.MUNICIPALITY else counties()[code].name


def _match_at(words: tuple[Token, ...], position: int) -> tuple[int, _Entry] | None:
    """Return the longest place phrase starting at ``position`` and what it names."""
    index = _index()
    for size in range(min(_longest(), len(words) - position), 0, -1):
        key = tuple(token.key for token in words[position : position + size])
        for entry in index.get(key, ()):
            if not entry.needs_capital or words[position].capitalised:
                return size, entry
    return None


def _postcode_at(words: tuple[Token, ...], position: int, text: str) -> tuple[int, str] | None:
    """Return (words used, municipality code) for a postcode "28143" or "281 43" here."""
    first = words[position].key
    if len(first) == 5 and first.isdigit():
        code = municipality_code_for_postcode(first)
        return (1, code) if code else None
    if len(first) == 3 and first.isdigit() and position + 1 < len(words):
        second = words[position + 1]
        gap = text[words[position].end : second.start]
        if len(second.key) == 2 and second.key.isdigit() and gap == " ":
            code = municipality_code_for_postcode(first + second.key)
            return (2, code) if code else None
    return None


def match_places(text: str) -> list[PlaceMatch]:
    """Return the municipalities, counties and known postcodes named in ``text``, in order.

    Phrases do not overlap; the longest wins ("Kalmar län" is the county, not Kalmar).
    """
    words = tokens(text)
    found: list[PlaceMatch] = []
    position = 0
    while position < len(words):
        match = _match_at(words, position)
        if match is not None:
            size, entry = match
            kind, code = entry.kind, entry.code
        elif (postcode := _postcode_at(words, position, text)) is not None:
            size, code = postcode
            kind = PlaceKind.MUNICIPALITY
        else:
            position += 1
            continue
        last = words[position + size - 1]
        found.append(PlaceMatch(kind, code, _name(kind, code), words[position].start, last.end))
        position += size
    return found


def find_place(text: str) -> PlaceMatch | None:
    """Return the place a form field holds: its whole text is one name, code or postcode.

    A field asks for a place, so names that are also words count in any case ("vara").
    """
    value = text.strip()
    if value.isdigit() and value in municipalities():
        return PlaceMatch(PlaceKind.MUNICIPALITY, value, municipalities()[value].name, 0, len(text))
    if (code := municipality_code_for_postcode(value)) is not None:
        return PlaceMatch(PlaceKind.MUNICIPALITY, code, municipalities()[code].name, 0, len(text))
    key = tuple(token.key for token in tokens(value))
    entries = _index().get(key, ())
    if not entries:
        return None
    entry = entries[0]
    return PlaceMatch(entry.kind, entry.code, _name(entry.kind, entry.code), 0, len(text))
