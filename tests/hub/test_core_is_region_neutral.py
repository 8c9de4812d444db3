"""The core apps know no region: names, slugs and codes of the regional plugins live in plugins/.

Left out, because they are data rather than code that depends on a region: national reference
data (branch_models/data: every county and municipality of Sweden) and each app's demo content
(``<app>/demo``: records and pages loaded by ``load_demo`` as editable examples from the seeds).
"""

from __future__ import annotations

import re
from pathlib import Path

from hub.checks import reference_codes

ROOT = Path(__file__).resolve().parents[2]
CORE = ("hub", "branch_models", "communication", "search")
DATA = (ROOT / "branch_models" / "data", *(ROOT / app / "demo" for app in CORE))
SUFFIXES = {".py", ".html", ".txt", ".po", ".css", ".js", ".json", ".md", ".py-tpl"}
PLUGINS = ("skane_nordost", "kak", "kalmar", "ostra_mellansverige")


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
        and path.suffix in SUFFIXES
        and not any(path.is_relative_to(data) for data in DATA)
        and path.name != "demo.py"
    ]


def test_core_apps_name_no_plugin_region():
    names, codes = plugin_vocabulary()
    assert len(codes) > 20 and "Osby" in names  # the vocabulary was really read
    name_pattern = re.compile(
        r"(?<!\w)(" + "|".join(map(re.escape, sorted(names))) + r")(?!\w)", re.IGNORECASE
    )
    code_pattern = re.compile(r"[\"'](" + "|".join(sorted(codes)) + r")[\"']")
    found = []
    for path in core_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            hit = name_pattern.search(line) or code_pattern.search(line)
            if hit:
                found.append(f"{path.relative_to(ROOT)}:{number}: {hit.group(0)}")
    assert found == []
