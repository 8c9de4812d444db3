"""Occupations as people name them, in Swedish and the other site languages."""

from __future__ import annotations

import pytest

from reference.occupations import (
    MatchKind,
    match_occupations,
    occupation_terms,
    related_unit_groups,
    ssyk_group,
    ssyk_groups,
)
from reference.text import fold


def codes(text: str, language: str = "sv") -> list[str]:
    return [m.code for m in match_occupations(text, language)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("rörläggare", "7125"),
        ("rorlaggare", "7125"),
        ("lastbilschaufför", "8332"),
        ("busschaufför", "8331"),
        ("diskare", "9412"),
        ("plåtis", "7213"),
        ("svetsare", "7212"),
        ("Svetsare och gasskärare", "7212"),
        ("VVS-montör", "7125"),
        ("vvsmontör", "7125"),
    ],
)
def test_names_people_use_map_to_their_unit_group(text, code):
    assert codes(text) == [code]


def test_filler_words_never_stop_a_match_and_spans_point_at_the_name():
    text = "validering av svetsare utan papper i Kalmar"
    (match,) = match_occupations(text, "sv")
    assert (match.code, text[match.start : match.end]) == ("7212", "svetsare")


@pytest.mark.parametrize(
    ("agent", "forms", "code"),
    [
        ("målare", ("måla", "målning", "målade", "målarna"), "7131"),
        ("bagare", ("baka", "bakning", "bakat"), "7612"),
        ("diskare", ("diska", "diskning", "diskat"), "9412"),
        ("svetsare", ("svetsa", "svetsning", "svetsat", "svetsade", "svetsaren"), "7212"),
        ("städare", ("städa", "städning"), "9111"),
    ],
)
def test_word_forms_of_a_trade_find_each_other(agent, forms, code):
    assert codes(agent) == [code]
    for form in forms:
        (match,) = match_occupations(f"jag har {form} i 8 år", "sv")
        assert (match.code, match.kind) == (code, MatchKind.WORD_FORM)


def test_everyday_verbs_are_not_taken_for_a_trade():
    assert codes("jag vill lära mig svenska och arbeta") == []


def test_a_compound_ending_in_a_name_matches_it():
    assert codes("tunnplåtssvetsare") == ["7212"]


def test_one_name_for_several_groups_gives_each_group():
    assert codes("undersköterska") == ["5321", "5322", "5323", "5324"]
    assert codes("kassörska") == ["5222", "5230"]


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("welder", "en", "7212"),
        ("I worked as a bus driver", "en", "8331"),
        ("لحام", "ar", "7212"),
        ("عملت لحّام في سوريا", "ar", "7212"),
        ("اللحام", "ar", "7212"),
        ("تنظيف", "ar", "9111"),
        ("alxamiste", "so", "7212"),
        ("nadiifiye", "so", "9111"),
        ("ብየዳ", "ti", "7212"),
        ("ጽሬት", "ti", "9111"),
    ],
)
def test_other_site_languages(text, language, code):
    matches = match_occupations(text, language)
    assert [m.code for m in matches] == [code]


def test_a_language_adds_its_own_names_to_swedish():
    assert codes("لحام", "sv") == []
    assert codes("svetsare", "ar") == ["7212"]


def test_terms_of_a_group_for_search_documents():
    swedish = occupation_terms("7212", "sv")
    assert {"svetsare", "svetsa", "svetsning"} <= set(swedish)
    assert len({fold(term) for term in swedish}) == len(swedish)
    assert "لحام" in occupation_terms("7212", "ar")
    assert "welder" in occupation_terms("7212", "en")


def test_ssyk_groups_have_swedish_and_english_names():
    group = ssyk_group("7212")
    assert (group.name, group.level) == ("Svetsare och gasskärare", 4)
    assert group.name_in("en") == "Welders and flame cutters"
    assert all(group.name and group.name_en for group in ssyk_groups().values())


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("svetsat i 8 år", "sv", "7212"),
        ("jobbat som svetsare i 8 år", "sv", "7212"),
        ("welded", "en", "7212"),
        ("welding", "en", "7212"),
        ("painting", "en", "7131"),
        ("baking", "en", "7612"),
        ("konditor", "sv", "7612"),  # a JobTech name: "Bagare/Konditor"
        ("trädgård", "sv", "6113"),
        ("kök", "sv", "9412"),
        ("kassörska", "sv", "5222"),
        ("kock", "sv", "5120"),  # JobTech: "Kock, fartyg", "Kock storhushåll"
        ("truckförare", "sv", "8344"),
    ],
)
def test_names_and_word_forms_from_the_whole_vocabulary(text, language, code):
    assert code in [m.code for m in match_occupations(text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "vilken utbildning passar mig",
        "jag vill lära mig svenska och arbeta",
        "hur verifierar jag ett intyg",
        "I managed a team and worked hard",
    ],
)
def test_everyday_sentences_name_no_occupation(text):
    assert match_occupations(text, "sv") == match_occupations(text, "en") == []


def test_a_word_naming_many_groups_names_none():
    # "lärling" heads JobTech names in dozens of groups ("Lärling, industrirörmontör", ...)
    assert codes("lärling") == []


def test_related_occupations_come_nearest_first():
    minor, isco, sub_major = related_unit_groups(["5330"])
    assert minor == {}  # Vårdbiträden is the only unit group of its minor group
    # The ISCO-08 minor group "Personal care workers in health services": SSYK 532, 533, 534.
    assert set(isco) == {"532", "534"}
    assert "5321" in isco["532"] and "5330" not in isco["532"]
    assert set(sub_major) == {"53"} and "5311" in sub_major["53"]
    (minor, _isco, _sub_major) = related_unit_groups(["7232"])
    assert minor == {"723": ("7231", "7233")}
