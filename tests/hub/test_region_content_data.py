"""A region's content file (``data/content.yaml``): validated on load, errors naming the file and
line, text shown in the reader's language and otherwise in Swedish."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.utils import translation

from hub.datafiles import DataFileError
from hub.plugins.content_data import read_map_data, read_region_content

CONTENT = """\
summary:
  sv: Två kommuner validerar tillsammans.
  en: Two municipalities validate together.
sources:
- &report
  title: {sv: Slutrapport, en: Final report}
  date: '2026-06-30'
processes:
- key: ocn
  title: {sv: Vår väg}
  summary: ''
  source: *report
  steps:
  - {key: ocn, title: OCN, kind: validation}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "content.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_text_is_shown_in_the_readers_language_or_in_swedish(tmp_path: Path):
    content = read_region_content(_write(tmp_path, CONTENT))
    (process,) = content.processes
    with translation.override("en"):
        assert (str(content.summary), str(process.source.title)) == (
            "Two municipalities validate together.",
            "Final report",
        )
        assert str(process.title) == "Vår väg"
    with translation.override("so"):
        assert str(content.summary) == "Två kommuner validerar tillsammans."
    assert process.steps[0].title == "OCN"


def test_a_step_of_an_unknown_kind_names_the_file_and_line(tmp_path: Path):
    path = _write(tmp_path, CONTENT.replace("kind: validation", "kind: testing"))
    with pytest.raises(DataFileError, match=rf"^{path}:14: processes.0.steps.0.kind: "):
        read_region_content(path)


def test_text_without_swedish_is_refused_with_its_line(tmp_path: Path):
    path = _write(tmp_path, CONTENT.replace("{sv: Vår väg}", "{en: Our route}"))
    with pytest.raises(DataFileError, match=rf"^{path}:10: .*give the Swedish text"):
        read_region_content(path)


def test_a_missing_section_file_is_named(tmp_path: Path):
    path = _write(tmp_path, CONTENT + "section: section.yaml\n")
    with pytest.raises(DataFileError, match=r"section.yaml: No such file"):
        read_region_content(path)


MAP = """\
units:
- {actor: arbetsmarknadsenheten-nybro, name: {sv: Verkstad Nybro, en: Nybro workshop}}
- actor: arbetsmarknadsenheten-kalmar
ocn_municipalities: ["0881"]
"""


def test_map_data_names_units_in_the_readers_language(tmp_path: Path):
    path = tmp_path / "map.yaml"
    path.write_text(MAP, encoding="utf-8")
    places = read_map_data(path)
    assert places.unit_slugs == ["arbetsmarknadsenheten-nybro", "arbetsmarknadsenheten-kalmar"]
    assert places.ocn_municipalities == ["0881"]
    with translation.override("en"):
        assert str(places.unit_name("arbetsmarknadsenheten-nybro")) == "Nybro workshop"
    with translation.override("sv"):
        assert str(places.unit_name("arbetsmarknadsenheten-nybro")) == "Verkstad Nybro"


def test_a_wrong_municipality_code_in_map_data_names_the_file_and_line(tmp_path: Path):
    path = tmp_path / "map.yaml"
    path.write_text(MAP.replace('["0881"]', '["0881", "Nybro"]'), encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"^{path}:4: ocn_municipalities.1: "):
        read_map_data(path)
