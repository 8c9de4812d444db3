"""The demo's data files: every one matches its schema, and a bad file is refused with its name
and the line of the problem, before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

from communication.demo.glossary import Glossary, sync_glossary
from communication.models import GlossaryTerm
from communication.page_data import PageData, read_page_tree
from hub.datafiles import DataFileError, read_data_file

DATA = Path(settings.BASE_DIR) / "communication" / "demo" / "data"
PAGE_FILES = sorted(set(DATA.rglob("*.yaml")) - {DATA / "glossary.yaml"}) + [
    Path(settings.BASE_DIR) / "coordination" / "data" / "supervisor_support.yaml"
]

LESSON = """\
model: communication.LessonPage
slug: en-lektion
content:
  sv:
    title: En lektion
    paragraphs: [Första stycket.]
  en:
    intro: The title is missing.
"""


def _write(tmp_path: Path, text: str, name: str = "page.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda path: path.name)
def test_every_page_file_matches_the_schema(path: Path):
    assert read_data_file(path, PageData).content["sv"].title


def test_the_glossary_file_matches_the_schema():
    terms = read_data_file(DATA / "glossary.yaml", Glossary).terms
    assert len({term.slug for term in terms}) == len(terms)


def test_a_missing_field_names_the_file_and_line(tmp_path: Path):
    path = _write(tmp_path, LESSON)
    with pytest.raises(DataFileError) as error:
        read_data_file(path, PageData)
    assert str(error.value) == f"{path}:8: content.en.title: Field required"


def test_a_wrong_value_names_its_own_line(tmp_path: Path):
    text = LESSON.replace("  en:\n    intro: The title is missing.\n", "in_menu: perhaps\n")
    path = _write(tmp_path, text)
    with pytest.raises(DataFileError, match=rf"^{path}:7: in_menu: Input should be a valid bool"):
        read_data_file(path, PageData)


def test_a_yaml_syntax_error_names_the_file_and_line(tmp_path: Path):
    path = _write(tmp_path, LESSON.replace("[Första stycket.]", "[Första stycket."))
    with pytest.raises(DataFileError, match=rf"^{path}:7: "):
        read_data_file(path, PageData)


def test_an_unknown_field_or_page_type_is_named(tmp_path: Path):
    valid = LESSON.replace("  en:\n    intro: The title is missing.\n", "")
    path = _write(tmp_path, valid.replace("    paragraphs:", "    stycken:"))
    with pytest.raises(DataFileError, match=r":1: Value error, LessonPage has no field 'stycken'"):
        read_data_file(path, PageData)
    path = _write(tmp_path, valid.replace("LessonPage", "LectionPage"))
    with pytest.raises(DataFileError, match=r"unknown page type 'communication.LectionPage'"):
        read_data_file(path, PageData)


def test_an_include_names_the_included_file(tmp_path: Path):
    _write(tmp_path, LESSON, "lesson.yaml")
    parent = LESSON.replace("  en:\n    intro: The title is missing.\n", "")
    path = _write(tmp_path, parent + "children:\n  - include: lesson.yaml\n")
    with pytest.raises(DataFileError, match=rf"^{tmp_path / 'lesson.yaml'}:8: "):
        read_page_tree(path)


@pytest.mark.django_db
def test_a_record_that_does_not_exist_is_named(tmp_path: Path):
    text = LESSON.replace("LessonPage", "GuidanceArticlePage").replace(
        "  en:\n    intro: The title is missing.\n",
        "shared:\n  regions: ['12', '99']\n",
    )
    path = _write(tmp_path, text)
    with pytest.raises(DataFileError, match=rf"^{path}: page 'en-lektion': no .* with code '99'"):
        read_page_tree(path)


@pytest.mark.django_db
def test_a_bad_glossary_writes_nothing(tmp_path: Path):
    path = _write(tmp_path, "terms:\n  - slug: ny-term\n    sv: {term: ny term}\n")
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    before = GlossaryTerm.objects.count(), Page.objects.count()
    with pytest.raises(DataFileError, match=rf"^{path}:3: terms.0.sv.definition: Field required"):
        sync_glossary(path, locales)
    assert (GlossaryTerm.objects.count(), Page.objects.count()) == before
