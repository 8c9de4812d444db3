"""Shared fixtures: demo data loaded once per test database, Elasticsearch test rules, and the
dummy plugin installed as a real distribution (tests/fixtures/dummy_plugin)."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command


def pytest_configure(config: pytest.Config) -> None:
    """Give the test run its own Elasticsearch indexes, never a developer's or production's,
    and install the dummy plugin for the session (installed, but not enabled: HUB_PLUGINS)."""
    settings.SEARCH_INDEX_PREFIX = f"test_{settings.SEARCH_INDEX_PREFIX}"
    site = str(dummy_plugin_site())
    if site not in sys.path:
        sys.path.append(site)


def pytest_report_header(config: pytest.Config) -> list[str]:
    """Show which real servers the suite runs against, with their versions."""
    database = settings.DATABASES["default"]
    engine = database["ENGINE"].rsplit(".", 1)[-1]
    lines = [f"database: {engine} {database.get('HOST') or database['NAME']}"]
    if database["ENGINE"].endswith("postgresql"):
        import psycopg

        with psycopg.connect(
            host=database["HOST"],
            port=database["PORT"],
            user=database["USER"],
            password=database["PASSWORD"],
            dbname=database["NAME"],
        ) as conn:
            lines.append(f"PostgreSQL: {conn.execute('SHOW server_version').fetchone()[0]}")
    if settings.ELASTICSEARCH_URL:
        from elasticsearch import Elasticsearch

        nodes = Elasticsearch(settings.ELASTICSEARCH_URL).nodes.info(
            node_id="_local", filter_path="nodes.*.version"
        )
        versions = ", ".join(node["version"] for node in nodes["nodes"].values())
        lines.append(f"Elasticsearch: {versions} at {settings.ELASTICSEARCH_URL}")
    return lines


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip Elasticsearch tests without a node locally; in CI a missing node fails them."""
    if item.get_closest_marker("elasticsearch") is None or settings.ELASTICSEARCH_URL:
        return
    message = "ELASTICSEARCH_URL is not set: run the tests with `make test`."
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: pytest.FixtureRequest) -> None:
    """Load and index the demo data once; each test's changes are rolled back.

    The search index is rebuilt after loading, as an operator would, so it holds exactly the
    demo data and its vocabulary (a previous run's documents are dropped with the old index).
    """
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
        call_command("search_rebuild", "--no-progress", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Start each test with an empty cache, so API throttle counters never carry over."""
    from django.core.cache import cache

    cache.clear()


ROOT = Path(__file__).resolve().parents[1]
DUMMY_SOURCE = ROOT / "tests" / "fixtures" / "dummy_plugin"


def dummy_plugin_site() -> Path:
    """Install the dummy plugin's distribution with pip into a cached folder; return the folder.

    The folder is keyed by a hash of the plugin's files, so it is built once per change. Adding
    it to ``sys.path`` (or ``PYTHONPATH``) makes the plugin *installed*: its entry point is
    found by ``importlib.metadata`` exactly as for a plugin installed from PyPI.
    """
    files = sorted(p for p in DUMMY_SOURCE.rglob("*") if p.is_file() and "egg-info" not in str(p))
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(DUMMY_SOURCE)).encode())
        digest.update(path.read_bytes())
    target = ROOT / ".cache" / "test-plugins" / digest.hexdigest()[:16]
    if (target / "dummy_plugin" / "apps.py").exists():
        return target
    with tempfile.TemporaryDirectory() as build:
        source = Path(build) / "dummy_plugin"
        shutil.copytree(DUMMY_SOURCE, source)
        staging = Path(build) / "site"
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
            + ["--target", str(staging), str(source)],
            check=True,
            capture_output=True,
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, target, dirs_exist_ok=True)
    return target
