"""Plugins are discovered by entry point and enabled by HUB_PLUGINS (installed is not enabled).

Start-up behaviour is checked in subprocesses, since settings are read once per process; the
dummy plugin is a separately installed distribution (tests/conftest.py).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from django.conf import settings

from hub.plugins.discovery import installed_plugins
from hub.plugins.registry import get_registry
from tests.conftest import copy_project, dummy_plugin_site, pip_install, run_python

ROOT = Path(__file__).resolve().parents[2]
SEED_PLUGINS = ["kak", "kalmar", "ostra_mellansverige", "skane_nordost"]


def listed(**kwargs) -> dict[str, dict]:
    result = run_python("manage.py", "plugins", "--json", **kwargs)
    assert result.returncode == 0, result.stderr
    return {status["slug"]: status for status in json.loads(result.stdout)}


def test_in_repo_plugins_are_enabled_by_default_in_entry_point_order():
    assert settings.HUB_PLUGINS == SEED_PLUGINS
    assert [plugin.slug for plugin in get_registry().get_plugins()] == SEED_PLUGINS
    for slug in SEED_PLUGINS:
        assert installed_plugins()[slug].distribution == "valideringsnavet"


def test_an_installed_distribution_is_discovered_and_enabled_by_default():
    statuses = listed(paths=[dummy_plugin_site()], HUB_DUMMY_API_TOKEN="secret")
    assert statuses["dummy"]["enabled"] is True
    assert statuses["dummy"]["distribution"] == "valideringsnavet-dummy-plugin"
    assert statuses["dummy"]["status"] == "ok"
    assert set(SEED_PLUGINS) < set(statuses)


def test_hub_plugins_enables_only_the_listed_plugins_in_order():
    statuses = listed(
        paths=[dummy_plugin_site()], HUB_PLUGINS="kak,dummy", HUB_DUMMY_API_TOKEN="secret"
    )
    assert [slug for slug, status in statuses.items() if status["enabled"]] == ["kak", "dummy"]
    assert statuses["skane_nordost"]["status"] == "disabled"


def test_empty_hub_plugins_enables_none():
    statuses = listed(HUB_PLUGINS="")
    assert not any(status["enabled"] for status in statuses.values())


def test_unknown_plugin_in_hub_plugins_stops_start_up_with_the_fix():
    result = run_python("manage.py", "check", HUB_PLUGINS="kak,narnia")
    assert result.returncode != 0
    assert "HUB_PLUGINS lists 'narnia', which is not installed" in result.stderr
    assert "installed: kak, kalmar, ostra_mellansverige, skane_nordost" in result.stderr


def test_plugin_settings_come_from_the_environment():
    probe = (
        "import django, json; django.setup(); from hub.plugins.registry import get_registry; "
        "p = get_registry().get_plugin('dummy'); "
        "print(json.dumps([p.setting('greeting'), p.setting('page_size'), p.setting('api_token')]))"
    )
    result = run_python(
        "-c",
        probe,
        paths=[dummy_plugin_site()],
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
paths = ["/", "/regions/", "/regions/kak/", "/regions/kalmar/", "/api/v1/areas/", "/health/"]
codes = {path: client.get(path).status_code for path in paths}
areas = [area["slug"] for area in client.get("/api/v1/areas/").json()["results"]]
loaded = sorted({name.split(".")[1] for name in sys.modules if name.startswith("plugins.")})
print(json.dumps({"codes": codes, "areas": areas, "loaded": loaded}))
"""
PAGES_OK = {
    "/": 200,
    "/regions/": 200,
    "/regions/kak/": 200,
    "/regions/kalmar/": 200,
    "/api/v1/areas/": 200,
    "/health/": 200,
}


def test_removing_plugins_leaves_a_working_site(tmp_path):
    """A site built with the plugins keeps working when plugins are taken away.

    Its own SQLite database, built as ``make run`` builds one: migrated and given the demo
    (with the plugins' section pages). Then, first, no plugin is enabled (``HUB_PLUGINS=""``);
    second, in a copy of the project, KAK's folder and entry point are deleted and the project
    is installed again. Nothing of a removed plugin is imported, the section it left behind
    still renders, and the other plugins work as before.
    """
    database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}"}
    for command in (["migrate", "--noinput"], ["load_demo"]):
        built = run_python("manage.py", *command, embedded=True, **database)
        assert built.returncode == 0, built.stderr[-3000:]
    probe = {**database, "DJANGO_SETTINGS_MODULE": "hub.settings"}

    disabled = run_python("-c", SITE_PROBE, embedded=True, **probe, HUB_PLUGINS="")
    assert disabled.returncode == 0, disabled.stderr[-3000:]
    assert json.loads(disabled.stdout) == {"codes": PAGES_OK, "areas": [], "loaded": []}

    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "plugins" / "kak")
    shutil.rmtree(project / "tests" / "plugins" / "kak")
    pyproject = project / "pyproject.toml"
    lines = pyproject.read_text(encoding="utf-8").splitlines(keepends=True)
    pyproject.write_text("".join(x for x in lines if not x.startswith("kak =")), encoding="utf-8")
    site = pip_install(project, tmp_path / "site")
    # Every installed plugin is enabled (HUB_PLUGINS unset): the three that are left.
    removed = run_python("-c", SITE_PROBE, embedded=True, cwd=project, paths=[site], **probe)
    assert removed.returncode == 0, removed.stderr[-3000:]
    assert json.loads(removed.stdout) == {
        "codes": PAGES_OK,
        "areas": ["kalmar", "ostra-mellansverige", "skane-nordost"],
        "loaded": ["kalmar", "ostra_mellansverige", "skane_nordost"],
    }
    checked = run_python("manage.py", "check", embedded=True, cwd=project, paths=[site], **database)
    assert checked.returncode == 0, checked.stderr[-3000:]
