"""Places named in free text: however a person types a municipality or county."""

from __future__ import annotations

import pytest

from reference.places import (
    PlaceKind,
    counties,
    find_place,
    match_places,
    municipalities,
    municipality_code_for_postcode,
)
from reference.text import without_spans


def named(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind.value, m.code, text[m.start : m.end]) for m in match_places(text)]


def test_every_municipality_and_county_is_loaded():
    assert len(municipalities()) == 290
    assert len(counties()) == 21
    assert municipalities()["1293"].name == "Hässleholm"


@pytest.mark.parametrize(
    ("text", "code", "phrase"),
    [
        ("svetsare hässleholm", "1293", "hässleholm"),
        ("svetsare hassleholm", "1293", "hassleholm"),
        ("SVETSARE HASSLEHOLM", "1293", "HASSLEHOLM"),
        ("validering i Hässleholms kommun", "1293", "Hässleholms kommun"),
        ("Hässleholm kommun", "1293", "Hässleholm kommun"),
        ("komvux i Hässleholms", "1293", "Hässleholms"),
        ("bor i Upplands Väsby", "0114", "Upplands Väsby"),
        ("upplands vasby", "0114", "upplands vasby"),
        ("Östra Göinge kommun", "1256", "Östra Göinge kommun"),
        ("ostra goinge", "1256", "ostra goinge"),
        ("malung salen", "2023", "malung salen"),
        ("Falu kommun", "2080", "Falu kommun"),
        ("Stockholms stad", "0180", "Stockholms stad"),
        ("jobb i Osby", "1273", "Osby"),
    ],
)
def test_municipality_names_however_typed(text, code, phrase):
    assert named(text) == [("municipality", code, phrase)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("svetsare i Kalmar län", "Kalmar län"),
        ("kurser inom Kalmar läns kommuner", "Kalmar läns"),
        ("kalmar lan", "kalmar lan"),
        ("Region Kalmar län", "Region Kalmar län"),
    ],
)
def test_county_names_with_lan_or_region(text, phrase):
    assert named(text) == [("county", "08", phrase)]


def test_county_short_name_alone_is_the_county_unless_a_municipality_has_it():
    assert named("svetsare i skane") == [("county", "12", "skane")]
    assert named("Dalarnas län") == [("county", "20", "Dalarnas län")]
    # "Kalmar" alone is the municipality; with "län" the county.
    assert named("svetsare i Kalmar") == [("municipality", "0880", "Kalmar")]


@pytest.mark.parametrize(
    "text",
    [
        "vad ska jag vara för att jobba",  # vara: be
        "mark och anläggning",  # mark: ground
        "lund och park",
        "are you a welder",  # Åre without å
        "bjuvsvägen 3",  # Bjuv only as a whole word
        "hassleholmsvagen",
    ],
)
def test_no_place_in_ordinary_words(text):
    assert match_places(text) == []


def test_names_that_are_also_words_count_when_capitalised_or_with_kommun():
    assert named("jobb i Vara") == [("municipality", "1470", "Vara")]
    assert named("vara kommun") == [("municipality", "1470", "vara kommun")]
    assert named("Åre") == [("municipality", "2321", "Åre")]
    assert named("Bjuv") == [("municipality", "1260", "Bjuv")]


def test_postcodes_of_the_demo_areas():
    assert municipality_code_for_postcode("281 43") == "1293"
    assert municipality_code_for_postcode("99999") is None
    assert named("svetsare 28143") == [("municipality", "1293", "28143")]
    assert named("svetsare 281 43") == [("municipality", "1293", "281 43")]


def test_a_form_field_takes_a_name_code_or_postcode_in_any_case():
    assert find_place("vara").code == "1470"
    assert find_place("Hässleholms kommun").code == "1293"
    assert find_place("1293").name == "Hässleholm"
    assert find_place("281 43").code == "1293"
    assert find_place("Skåne län").kind is PlaceKind.COUNTY
    assert find_place("Atlantis") is None


def test_removing_the_place_leaves_the_question():
    text = "svetsare i Hässleholms kommun"
    assert without_spans(text, [m.span for m in match_places(text)]) == "svetsare i"
