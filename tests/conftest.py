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
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from django.conf import LazySettings, settings
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
def _fresh_answers(settings: LazySettings) -> None:
    """Render every answer afresh: tests change rows in ways no editor does (``update()``,
    fixtures between requests), which start no new content version. The kept answers have their
    own tests (tests/hub/test_response_cache.py)."""
    settings.RESPONSE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _searches_counted_at_once(settings: LazySettings) -> None:
    """Write each search's count as it is made, so no tally carries over into the next test.
    The tally itself has its own test (tests/search/test_views.py)."""
    settings.SEARCH_STATS_FLUSH_SECONDS = 0


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Start each test with an empty cache, so API throttle counters never carry over."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _site_language() -> Iterator[None]:
    """Start each test in the site's default language, as a fresh process does.

    A test client's request to ``/en/…`` leaves English active in the thread (LocaleMiddleware
    activates a language and nothing deactivates it), which changed what a later test's
    ``reverse()`` and ``gettext`` gave: the editorial end-to-end test searched ``/en/search/``
    for a Swedish page after the route tests.
    """
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def pip_install(project: Path, target: Path) -> Path:
    """Install a distribution into a folder with pip, as a deployment would; return the folder."""
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target)]
        + [str(project)],
        check=True,
        capture_output=True,
    )
    return target


def installed_distribution(name: str) -> Path:
    """Install ``tests/fixtures/<name>`` with pip into a cached folder; return the folder.

    The folder is keyed by a hash of the distribution's files, so it is built once per change.
    Adding it to ``sys.path`` (or ``PYTHONPATH``) makes its plugins *installed*: their entry
    points are found by ``importlib.metadata`` exactly as for a plugin installed from PyPI.
    """
    source = FIXTURES / name
    files = sorted(p for p in source.rglob("*") if p.is_file() and "egg-info" not in str(p))
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(source)).encode())
        digest.update(path.read_bytes())
    target = ROOT / ".cache" / "test-plugins" / f"{name}-{digest.hexdigest()[:16]}"
    marker = target / ".installed"
    if marker.exists():
        return target
    with tempfile.TemporaryDirectory() as build:
        copy = Path(build) / name
        shutil.copytree(source, copy)
        staging = pip_install(copy, Path(build) / "site")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, target, dirs_exist_ok=True)
    marker.touch()
    return target


def dummy_plugin_site() -> Path:
    """The folder where the dummy plugin (tests/fixtures/dummy_plugin) is installed."""
    return installed_distribution("dummy_plugin")


def copy_project(target: Path) -> Path:
    """Copy the project's files as a checkout would have them (tracked and new, not ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for relative in listed:
        source = ROOT / relative
        if source.is_file():
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / relative)
    return target


def run_python(
    *args: str,
    paths: Sequence[Path] = (),
    embedded: bool = False,
    cwd: Path = ROOT,
    **env: str,
) -> subprocess.CompletedProcess[str]:
    """Run Python in a new process, as a fresh start of the site, with no ``HUB_*`` variables.

    ``paths`` go on ``PYTHONPATH``: folders distributions were installed into, so their entry
    points are found. ``embedded`` leaves the search servers out, as ``make run``.
    """
    dropped = {"ELASTICSEARCH_URL", "SEARCH_BACKEND", "PYTHONPATH"} if embedded else {"PYTHONPATH"}
    base = {k: v for k, v in os.environ.items() if not k.startswith("HUB_") and k not in dropped}
    if paths:
        base["PYTHONPATH"] = os.pathsep.join(map(str, paths))
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=180,
    )
