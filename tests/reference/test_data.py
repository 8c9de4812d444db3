"""The reference data files hold what their README promises: whole, consistent, sourced."""

from __future__ import annotations

from collections import Counter

from reference.files import rows
from reference.occupations import ssyk_groups

SITE_LANGUAGES = {"sv", "en", "ar", "so", "ti"}


def test_ssyk_2012_is_complete_at_every_level():
    levels = Counter(group.level for group in ssyk_groups().values())
    assert (levels[1], levels[2], levels[4]) == (10, 46, 429)
    assert levels[3] >= 147
    for code in ssyk_groups():
        for parent in (code[:length] for length in range(1, len(code))):
            assert parent in ssyk_groups(), f"{code} has no group {parent}"


def test_every_ssyk_group_has_a_swedish_and_an_english_name():
    for group in ssyk_groups().values():
        assert group.name.strip() and group.name_en.strip(), group.code


def test_every_occupation_name_maps_to_an_existing_unit_group():
    names = list(rows("occupation_names.csv"))
    assert len(names) > 2000
    for row in names:
        group = ssyk_groups().get(row["code"])
        assert group is not None and group.level == 4, row
        assert row["language"] in SITE_LANGUAGES, row
        assert row["kind"] in {"name", "synonym"}, row
        assert row["source"] in {"jobtech", "valideringsnavet"}, row
        assert row["term"].strip() == row["term"] and row["term"], row


def test_names_we_wrote_in_other_languages_are_marked_for_native_review():
    for row in rows("occupation_names.csv"):
        if row["language"] in {"ar", "so", "ti"}:
            assert row["needs_review"] == "yes", row


def test_word_form_exceptions_are_for_site_languages():
    for row in rows("word_forms.csv"):
        assert row["language"] in {"sv", "en"}, row
        assert row["agent_noun"] == row["agent_noun"].strip().lower(), row
