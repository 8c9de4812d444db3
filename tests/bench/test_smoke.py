"""Every benchmark under ``bench/`` runs in its smoke mode, so none can break unnoticed.

A benchmark's figures are read by people (``docs/*.md``), never asserted here: this only proves
each one still starts its servers, builds its data, measures and prints, and exits 0. A new
file under ``bench/`` is picked up by itself and must offer ``--smoke``; modules the benchmarks
share start with an underscore (``bench/_servers.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = sorted(path.name for path in (ROOT / "bench").glob("[!_]*.py"))


@pytest.mark.parametrize("name", BENCHMARKS)
def test_benchmark_runs_in_smoke_mode(name: str) -> None:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres") or not os.environ.get(
        "ELASTICSEARCH_URL"
    ):
        message = "the benchmarks need PostgreSQL and Elasticsearch (scripts/services.sh env)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / name), "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, (
        f"{name} --smoke failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )
    assert result.stdout.strip(), f"{name} --smoke printed nothing"
