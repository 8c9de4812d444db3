"""The core apps do not depend on any region: regional names, slugs and codes live in plugins/.

The vocabulary: the 21 counties' names (Swedish, English and the bare name, so "Skåne",
"Skånes" and "Skåne County" all count) and SCB codes, and each seed plugin's slug, names and
municipalities with their codes. Checked: every string literal and import in the core's Python
code, and its templates, styles and scripts. Not checked, because they are data or
documentation rather than code that depends on a region: national reference data
(``reference/data``: every county and municipality of Sweden, and the route finder's postcode
table of the demo areas), each app's demo content (``<app>/demo``), docstrings,
comments and ``help_text`` examples, vendored third-party files, translation catalogues (they
repeat the code's strings) and the OpenAPI examples in ``DOCUMENTED_EXAMPLES``, which show a
demo record.
"""

from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

import pytest

from hub.plugins.checks import reference_codes

ROOT = Path(__file__).resolve().parents[2]
CORE = ("hub", "reference", "branch_models", "communication", "search", "routes")
DATA = (
    ROOT / "reference" / "data",
    *(ROOT / app / "demo" for app in CORE),
    # Third-party code shipped unchanged (Leaflet): its numbers are no county codes.
    ROOT / "routes" / "static" / "routes" / "vendor",
)
TEXT_SUFFIXES = {".html", ".txt", ".css", ".js", ".py-tpl"}
PLUGINS = ("skane_nordost", "kak", "kalmar", "ostra_mellansverige")
DOCUMENTED_EXAMPLES = {
    ROOT / "branch_models" / "api" / "views.py": "OpenAPI response examples of a demo offer",
}
# The country's time zone is named after its capital, not chosen for a region.
ALLOWED = {"Europe/Stockholm"}


def county_vocabulary() -> tuple[set[str], set[str]]:
    """Every county's names and stems, and its code, from the national reference data."""
    with (ROOT / "reference" / "data" / "regions.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    names = {row["name_en"].removesuffix(" County") for row in rows}
    names |= {row["name"] for row in rows} | {row["name_en"] for row in rows}
    return names, {row["code"] for row in rows}


def plugin_vocabulary() -> tuple[set[str], set[str]]:
    """Names and codes each seed plugin declares, read from the plugins themselves."""
    from django.apps import apps

    names = {"Skåne Nordost", "Östra Mellansverige", "Samverkan leder till arbete", "KAK"}
    codes = set()
    _regions, municipalities = reference_codes()
    for config in apps.get_app_configs():
        if getattr(config, "slug", None) in PLUGINS:
            names.add(config.slug)
            codes.update(config.region_codes)
            codes.update(config.municipality_codes)
            names.update(municipalities[code][1] for code in config.municipality_codes)
    return names, codes


def core_files() -> list[Path]:
    return [
        path
        for app in CORE
        for path in (ROOT / app).rglob("*")
        if path.is_file()
        and (path.suffix == ".py" or path.suffix in TEXT_SUFFIXES)
        and not any(path.is_relative_to(data) for data in DATA)
        and path.name != "demo.py"
        and path not in DOCUMENTED_EXAMPLES
    ]


def _documentation(tree: ast.AST) -> set[int]:
    """Ids of the string nodes that document rather than do: docstrings and help texts."""
    skipped = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            if isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
                skipped.add(id(body[0].value))
        if isinstance(node, ast.keyword) and node.arg == "help_text":
            skipped.update(id(inner) for inner in ast.walk(node.value))
    return skipped


def python_strings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string literal and imported module name in a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _documentation(tree)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skipped
        ):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [alias.name for alias in node.names] + [getattr(node, "module", "") or ""]
            found += [(node.lineno, module) for module in modules]
    return found


def vocabulary() -> tuple[re.Pattern[str], set[str]]:
    """A pattern of every regional name (a county's name also as a prefix) and every code."""
    names, codes = plugin_vocabulary()
    counties, county_codes = county_vocabulary()
    assert len(codes) > 20 and "Osby" in names  # the vocabulary was really read
    assert len(county_codes) == 21 and "Västmanland" in counties
    words = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    stems = "|".join(map(re.escape, sorted(counties, key=len, reverse=True)))
    pattern = re.compile(rf"(?<!\w)(?:(?:{words})(?!\w)|(?:{stems}))", re.IGNORECASE)
    return pattern, codes | county_codes


def test_core_apps_name_no_region():
    name_pattern, codes = vocabulary()
    code_pattern = re.compile(r"[\"'](" + "|".join(sorted(codes)) + r")[\"']")
    found = []
    for path in core_files():
        where = path.relative_to(ROOT)
        if path.suffix == ".py":
            for line, text in python_strings(path):
                if text in ALLOWED:
                    continue
                if name_pattern.search(text) or text in codes:
                    found.append(f"{where}:{line}: {text[:60]}")
            continue
        for line, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            hit = name_pattern.search(text) or code_pattern.search(text)
            if hit:
                found.append(f"{where}:{line}: {hit.group(0)}")
    assert found == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Region Skånes kontor", True),
        ("Gotland County", True),
        ("Västra Götalands län", True),
        ("Samverkan leder till arbete", True),
        ("Kristianstad", True),
        ("plugins.kalmar", True),
        ("Kalmarsund", True),  # a county's name counts as a prefix
        ("Regions and cooperation areas", False),
        ("Osbyholm", False),  # a municipality's name counts as a whole word
    ],
)
def test_the_vocabulary_finds_regional_names(text, found):
    name_pattern, _codes = vocabulary()
    assert bool(name_pattern.search(text)) is found


def test_the_check_sees_code_but_not_documentation(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Docstring naming Osby is documentation."""\n'
        "from plugins.kak import hooks\n"
        "# a comment about Kalmar\n"
        'HOME = "1273"\n'
        'field = Field(help_text="e.g. ICA Maxi Osby")\n',
        encoding="utf-8",
    )
    texts = [text for _line, text in python_strings(sample)]
    assert "1273" in texts and "plugins.kak" in texts
    assert not any("Osby" in text or "Kalmar" in text for text in texts)
