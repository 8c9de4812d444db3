"""Plugins are discovered by entry point and enabled by HUB_PLUGINS (installed is not enabled).

Start-up behaviour is checked in subprocesses, since settings are read once per process; the
dummy plugin is a separately installed distribution (tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

from hub.discovery import installed_plugins
from hub.registry import get_registry
from tests.conftest import dummy_plugin_site

ROOT = Path(__file__).resolve().parents[2]
SEED_PLUGINS = ["kak", "kalmar", "ostra_mellansverige", "skane_nordost"]


def run(
    *args: str, with_dummy: bool = False, embedded: bool = False, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run Python in a new process; ``embedded`` leaves the search servers out, as ``make run``."""
    dropped = {"ELASTICSEARCH_URL", "SEARCH_BACKEND"} if embedded else set()
    base = {k: v for k, v in os.environ.items() if not k.startswith("HUB_") and k not in dropped}
    base.pop("PYTHONPATH", None)
    if with_dummy:
        base["PYTHONPATH"] = str(dummy_plugin_site())
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=180,
    )


def listed(**kwargs) -> dict[str, dict]:
    result = run("manage.py", "plugins", "--json", **kwargs)
    assert result.returncode == 0, result.stderr
    return {status["slug"]: status for status in json.loads(result.stdout)}


def test_in_repo_plugins_are_enabled_by_default_in_entry_point_order():
    assert settings.HUB_PLUGINS == SEED_PLUGINS
    assert [plugin.slug for plugin in get_registry().get_plugins()] == SEED_PLUGINS
    for slug in SEED_PLUGINS:
        assert installed_plugins()[slug].distribution == "valideringsnavet"


def test_an_installed_distribution_is_discovered_and_enabled_by_default():
    statuses = listed(with_dummy=True, HUB_DUMMY_API_TOKEN="secret")
    assert statuses["dummy"]["enabled"] is True
    assert statuses["dummy"]["distribution"] == "valideringsnavet-dummy-plugin"
    assert statuses["dummy"]["status"] == "ok"
    assert set(SEED_PLUGINS) < set(statuses)


def test_hub_plugins_enables_only_the_listed_plugins_in_order():
    statuses = listed(with_dummy=True, HUB_PLUGINS="kak,dummy", HUB_DUMMY_API_TOKEN="secret")
    assert [slug for slug, status in statuses.items() if status["enabled"]] == ["kak", "dummy"]
    assert statuses["skane_nordost"]["status"] == "disabled"


def test_empty_hub_plugins_enables_none():
    statuses = listed(HUB_PLUGINS="")
    assert not any(status["enabled"] for status in statuses.values())


def test_unknown_plugin_in_hub_plugins_stops_start_up_with_the_fix():
    result = run("manage.py", "check", HUB_PLUGINS="kak,narnia")
    assert result.returncode != 0
    assert "HUB_PLUGINS lists 'narnia', which is not installed" in result.stderr
    assert "installed: kak, kalmar, ostra_mellansverige, skane_nordost" in result.stderr


def test_plugin_settings_come_from_the_environment():
    probe = (
        "import django, json; django.setup(); from hub.registry import get_registry; "
        "p = get_registry().get_plugin('dummy'); "
        "print(json.dumps([p.setting('greeting'), p.setting('page_size'), p.setting('api_token')]))"
    )
    result = run(
        "-c",
        probe,
        with_dummy=True,
        DJANGO_SETTINGS_MODULE="hub.settings",
        HUB_PLUGINS="dummy",
        HUB_DUMMY_PAGE_SIZE="25",
        HUB_DUMMY_API_TOKEN="secret",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["Hej", 25, "secret"]


SITE_PROBE = """
import json, sys, django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
client = Client()
paths = ["/", "/regions/", "/regions/kak/", "/api/v1/areas/", "/health/"]
codes = {path: client.get(path).status_code for path in paths}
loaded = sorted(name for name in sys.modules if name.startswith("plugins."))
print(json.dumps({"codes": codes, "regions": client.get("/api/v1/areas/").json(),
                  "loaded": loaded}))
"""


def test_removing_the_plugins_leaves_a_working_site(tmp_path):
    """A site built with the plugins keeps working when HUB_PLUGINS no longer lists them.

    Its own SQLite database, built as ``make run`` builds one: migrated and given the demo
    (with the plugins' section pages), then served with no plugin enabled. Nothing from
    plugins/ is imported, and the sections the plugins left behind still render.
    """
    database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}"}
    for command in (["migrate", "--noinput"], ["load_demo"]):
        built = run("manage.py", *command, embedded=True, **database)
        assert built.returncode == 0, built.stderr[-3000:]
    result = run(
        "-c",
        SITE_PROBE,
        embedded=True,
        **database,
        HUB_PLUGINS="",
        DJANGO_SETTINGS_MODULE="hub.settings",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout)
    assert found["codes"] == {
        "/": 200,
        "/regions/": 200,
        "/regions/kak/": 200,
        "/api/v1/areas/": 200,
        "/health/": 200,
    }
    assert found["regions"] == {"results": []}
    assert found["loaded"] == []
