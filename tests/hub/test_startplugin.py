"""`manage.py startplugin` scaffolds a plugin whose own generated tests pass.

The scaffold is made in a copy of the project, installed with pip (which registers its entry
point) and its tests run there with pytest in a subprocess, against their own test database.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from tests.conftest import copy_project, pip_install

ROOT = Path(__file__).resolve().parents[2]
ARGS = ["norra_halland", "--name", "Norra Halland", "--region", "13"]


def scaffold(project: Path, *extra: str) -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("startplugin", *ARGS, *extra, "--directory", str(project), stdout=out)
    return out.getvalue()


def database_url() -> str:
    database = settings.DATABASES["default"]
    if not database["ENGINE"].endswith("postgresql"):
        return "sqlite:///scaffold.sqlite3"
    return (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
        f"{database['PORT']}/{database['NAME'].removeprefix('test_')}_scaffold"
    )


def test_scaffold_passes_its_own_tests_and_lint(tmp_path):
    project = copy_project(tmp_path / "project")
    output = scaffold(project, "--municipalities", "1383,1384")
    assert "Created plugin norra_halland" in output
    assert 'norra_halland = "plugins.norra_halland.apps:NorraHallandPlugin"' in (
        project / "pyproject.toml"
    ).read_text(encoding="utf-8")
    generated = [project / "plugins" / "norra_halland", project / "tests/plugins/norra_halland"]
    for command in (["check"], ["format", "--check"]):
        lint = subprocess.run(
            [sys.executable, "-m", "ruff", *command, *map(str, generated)],
            cwd=project,
            capture_output=True,
            text=True,
        )
        assert lint.returncode == 0, lint.stdout + lint.stderr
    site = pip_install(project, tmp_path / "site")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_")}
    env.update(PYTHONPATH=str(site), DATABASE_URL=database_url())
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        + ["tests/plugins/norra_halland"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-3000:]
    assert "5 passed" in tests.stdout


def test_scaffold_refuses_bad_input_before_writing_anything(tmp_path):
    project = tmp_path / "project"
    (project / "plugins").mkdir(parents=True)
    pyproject = project / "pyproject.toml"
    pyproject.write_text('[project.entry-points."valideringsnavet.plugins"]\n', encoding="utf-8")
    cases = [
        (["Norra-Halland", "--region", "13"], "not a lower-case identifier"),
        (["norra_halland", "--region", "99"], "not an SCB county code"),
        (["norra_halland", "--region", "13", "--municipalities", "1290"], "not in county 13"),
    ]
    for arguments, message in cases:
        with translation.override("en"), pytest.raises(CommandError, match=message):
            call_command("startplugin", *arguments, "--directory", str(project))
    scaffold(project)
    with translation.override("en"), pytest.raises(CommandError, match="already exists"):
        scaffold(project)
    assert pyproject.read_text(encoding="utf-8").count("norra_halland =") == 1
    sample = project / "plugins/norra_halland/fixtures/actors.csv"
    assert "Arbetsmarknadsenheten" in sample.read_text(encoding="utf-8")
