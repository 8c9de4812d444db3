"""Check the pinned dependencies (requirements.lock) for known vulnerabilities with pip-audit.

Run by scripts/test.sh (so by CI) after the linters. Fails (exit 1) when a pinned version has a
known vulnerability that a newer release fixes: upgrade the pin (or, when the vulnerable code is
provably unused, add ``--ignore-vuln ID`` to ``IGNORED`` below with the reason). A vulnerability
without a fix is reported and does not fail.

pip-audit asks PyPI's JSON API for each pinned version. When that service cannot be reached, or
answers for none of our packages (a machine that reaches PyPI only through a package mirror),
nothing was audited: the check says so loudly and passes, so an offline CI run is not a red one,
unless ``AUDIT_REQUIRED=true`` (set it where the service is reachable, e.g. before a release),
which turns "not audited" into a failure. See docs/security.md.

Usage: ``python scripts/audit_dependencies.py [--lock FILE] [--report FILE]``; ``--report``
judges a report pip-audit already wrote (``--format json``) instead of running it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Vulnerability ids we accept, each with its reason; none so far.
IGNORED: dict[str, str] = {}
FAILED, NOT_AUDITED = 1, 2
# A black-holed network would otherwise cost pip-audit's timeout once per package.
TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class Finding:
    """One known vulnerability of one pinned package."""

    package: str
    version: str
    vulnerability: str
    fixed_in: tuple[str, ...]

    def __str__(self) -> str:
        fix = f"fixed in {', '.join(self.fixed_in)}" if self.fixed_in else "no fix released"
        return f"{self.package} {self.version}: {self.vulnerability} ({fix})"


def run_pip_audit(lock: Path) -> dict:
    """Run pip-audit on the lock file (pinned, so no resolving) and return its JSON report."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "report.json"
        command = [
            sys.executable,
            "-m",
            "pip_audit",
            "--requirement",
            str(lock),
            "--no-deps",
            "--disable-pip",
            "--progress-spinner",
            "off",
            "--timeout",
            "10",
            "--format",
            "json",
            "--output",
            str(output),
            *(f"--ignore-vuln={vulnerability}" for vulnerability in IGNORED),
        ]
        # Exit 1 means "found vulnerabilities" or "could not finish": the report tells which.
        try:
            result = subprocess.run(  # noqa: S603 - our own fixed command
                command, capture_output=True, text=True, check=False, timeout=TIMEOUT_SECONDS
            )
        except subprocess.TimeoutExpired:
            return {"error": f"no answer within {TIMEOUT_SECONDS} s"}
        if not output.exists():
            return {"error": (result.stderr or result.stdout).strip()[-2000:]}
        return json.loads(output.read_text())


def judge(report: dict) -> tuple[int, list[str]]:
    """Return the exit status and the lines to print for a pip-audit JSON report."""
    if "error" in report:
        return NOT_AUDITED, [f"pip-audit could not run: {report['error']}"]
    dependencies = report.get("dependencies", [])
    audited = [d for d in dependencies if "skip_reason" not in d]
    findings = [
        Finding(d["name"], d["version"], v["id"], tuple(v.get("fix_versions", [])))
        for d in audited
        for v in d.get("vulns", [])
    ]
    lines = [str(finding) for finding in findings]
    if not audited:
        lines.append(
            f"none of {len(dependencies)} pinned packages could be audited "
            "(the vulnerability service is unreachable from here)"
        )
        return NOT_AUDITED, lines
    skipped = len(dependencies) - len(audited)
    lines.append(
        f"{len(audited)} pinned packages audited, {skipped} skipped, "
        f"{len(findings)} known vulnerabilities"
    )
    return (FAILED if any(f.fixed_in for f in findings) else 0), lines


def main(argv: list[str] | None = None) -> int:
    """Audit, print the findings and return the process's exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lock", type=Path, default=ROOT / "requirements.lock")
    parser.add_argument("--report", type=Path, help="judge this pip-audit JSON report")
    args = parser.parse_args(argv)
    report = json.loads(args.report.read_text()) if args.report else run_pip_audit(args.lock)
    status, lines = judge(report)
    for line in lines:
        print(f"dependency audit: {line}")  # noqa: T201 - a command's output
    if status == NOT_AUDITED:
        required = os.environ.get("AUDIT_REQUIRED", "").lower() in {"1", "true", "yes"}
        print(  # noqa: T201
            "dependency audit: NOT AUDITED"
            + (" and AUDIT_REQUIRED is set: failing." if required else " (passing: offline).")
        )
        return FAILED if required else 0
    if status == FAILED:
        print("dependency audit: FAILED: upgrade the pins above in requirements.lock.")  # noqa: T201
    return status


if __name__ == "__main__":
    sys.exit(main())
