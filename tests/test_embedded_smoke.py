"""The embedded default, as `make run` starts it: SQLite, database search, demo data, a server."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, attempts: int = 60) -> tuple[int, str]:
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
                return response.status, response.read().decode()
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{url} did not answer")


@pytest.fixture(scope="module")
def embedded_site(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Migrate a fresh SQLite database, load the demo and serve it, with no server configured."""
    database = tmp_path_factory.mktemp("embedded") / "db.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in {"ELASTICSEARCH_URL", "SEARCH_BACKEND"}}
    env["DATABASE_URL"] = f"sqlite:///{database}"
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput"], ["load_demo"]):
        subprocess.run([*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serves_swedish_home_with_demo_content(embedded_site: str) -> None:
    status, html = fetch(f"{embedded_site}/")
    assert status == 200
    assert '<html lang="sv"' in html
    assert "Vad är validering?" in html


def test_serves_english_home(embedded_site: str) -> None:
    status, html = fetch(f"{embedded_site}/en/")
    assert status == 200
    assert '<html lang="en"' in html
    assert "What is validation?" in html


def test_health_reports_sqlite_and_database_search(embedded_site: str) -> None:
    status, body = fetch(f"{embedded_site}/health/")
    health = json.loads(body)
    assert status == 200
    assert health["status"] == "ok"
    assert health["database"]["vendor"] == "sqlite"
    assert health["search"]["backend"] == "database"
