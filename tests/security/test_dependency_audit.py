"""The dependency audit CI runs (scripts/audit_dependencies.py): what fails it and what not.

The judging is tested on reports in pip-audit's JSON format; the last test runs pip-audit itself
against PyPI on a lock with a version known to be vulnerable, where PyPI's vulnerability data is
reachable (it skips elsewhere, as the CI step then reports "not audited").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "audit_dependencies.py"


def _audit(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "AUDIT_REQUIRED": "", **(env or {})},
        timeout=400,
    )


def _report(tmp_path: Path, *dependencies: dict) -> str:
    path = tmp_path / "report.json"
    path.write_text(json.dumps({"dependencies": list(dependencies), "fixes": []}))
    return str(path)


SAFE = {"name": "wagtail", "version": "8.0.1", "vulns": []}
FIXABLE = {
    "name": "django",
    "version": "4.2.0",
    "vulns": [{"id": "PYSEC-2023-61", "fix_versions": ["4.2.1"], "aliases": [], "description": ""}],
}
UNFIXED = {
    "name": "example",
    "version": "1.0",
    "vulns": [{"id": "GHSA-xxxx-0000", "fix_versions": [], "aliases": [], "description": ""}],
}
SKIPPED = {"name": "wagtail", "skip_reason": "Dependency not found on PyPI: not audited"}


def test_a_pinned_version_with_a_fixed_vulnerability_fails_the_check(tmp_path: Path) -> None:
    result = _audit("--report", _report(tmp_path, SAFE, FIXABLE))
    assert result.returncode == 1
    assert "django 4.2.0: PYSEC-2023-61 (fixed in 4.2.1)" in result.stdout
    assert "FAILED" in result.stdout


def test_a_vulnerability_without_a_fix_is_reported_without_failing(tmp_path: Path) -> None:
    result = _audit("--report", _report(tmp_path, SAFE, UNFIXED))
    assert result.returncode == 0
    assert "example 1.0: GHSA-xxxx-0000 (no fix released)" in result.stdout


def test_nothing_audited_passes_offline_but_says_so(tmp_path: Path) -> None:
    report = _report(tmp_path, SKIPPED, {**SKIPPED, "name": "django"})
    offline = _audit("--report", report)
    assert offline.returncode == 0
    assert "NOT AUDITED" in offline.stdout
    required = _audit("--report", report, env={"AUDIT_REQUIRED": "true"})
    assert required.returncode == 1


def test_pip_audit_finds_a_known_vulnerability_in_a_lock_file(tmp_path: Path) -> None:
    lock = tmp_path / "requirements.lock"
    lock.write_text("Django==4.2.0\n")
    result = _audit("--lock", str(lock))
    if "NOT AUDITED" in result.stdout:
        pytest.skip("PyPI's vulnerability data is unreachable from this machine")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "django 4.2.0" in result.stdout.lower()
