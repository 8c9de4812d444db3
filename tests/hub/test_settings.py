"""Settings follow the environment: embedded default, PostgreSQL, Elasticsearch, production."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, django; from django.conf import settings; django.setup(); "
    "db = settings.DATABASES['default']; "
    "print(json.dumps({'engine': db['ENGINE'], 'search': settings.SEARCH_BACKEND, "
    "'debug': settings.DEBUG, 'hosts': settings.ALLOWED_HOSTS, "
    "'cache': settings.CACHES['default'], "
    "'secure_cookie': getattr(settings, 'SESSION_COOKIE_SECURE', False)}))"
)
# Variables of the test run itself that must not leak into the settings under test
# (the browser fixtures allow sync ORM calls beside Playwright's event loop).
CONFIG_VARS = (
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DATABASE_URL",
    "ELASTICSEARCH_URL",
    "SEARCH_BACKEND",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CACHE_URL",
)
PRODUCTION = {"DEBUG": "false", "SECRET_KEY": "k3y-" + "s" * 60, "ALLOWED_HOSTS": "hub.example.se"}
# The shared cache docker-compose.yml runs; `check` never connects to it.
SHARED_CACHE = "redis://cache:6379/0"


def run_with(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in CONFIG_VARS}
    base["DJANGO_SETTINGS_MODULE"] = "hub.settings"
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_with(env: dict[str, str]) -> dict[str, object]:
    result = run_with(env, "-c", PROBE)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_nothing_set_gives_the_embedded_default() -> None:
    found = settings_with({})
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["search"] == "search.backends.database"
    assert found["debug"] is True
    assert found["cache"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_cache_url_of_docker_compose_selects_the_resilient_redis_cache() -> None:
    found = settings_with({"CACHE_URL": SHARED_CACHE})
    assert found["cache"] == {
        "BACKEND": "hub.cache.ResilientRedisCache",
        "LOCATION": SHARED_CACHE,
    }


def test_database_url_selects_postgresql() -> None:
    found = settings_with({"DATABASE_URL": "postgres://u:p@127.0.0.1:5432/hub"})
    assert found["engine"] == "django.db.backends.postgresql"
    assert found["search"] == "search.backends.database"


def test_elasticsearch_url_switches_search_to_elasticsearch() -> None:
    found = settings_with({"ELASTICSEARCH_URL": "http://127.0.0.1:9200"})
    assert found["search"] == "search.backends.elasticsearch"


def test_production_takes_hosts_from_env_and_secures_cookies() -> None:
    found = settings_with(
        {"DEBUG": "false", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "hub.example.se"}
    )
    assert found["debug"] is False
    assert found["hosts"] == ["hub.example.se"]
    assert found["secure_cookie"] is True


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"DEBUG": "false", "ALLOWED_HOSTS": "hub.example.se"}, "SECRET_KEY"),
        ({"DEBUG": "false", "SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secret_or_hosts(
    env: dict[str, str], missing: str
) -> None:
    result = run_with(env, "-c", PROBE)
    assert result.returncode != 0
    assert f"Set {missing}" in result.stderr


def test_deploy_check_is_clean_in_production_with_a_shared_cache() -> None:
    env = {**PRODUCTION, "CACHE_URL": SHARED_CACHE}
    result = run_with(env, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_warns_when_production_caches_per_process() -> None:
    result = run_with(PRODUCTION, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "hub.W001" in result.stderr
    assert "CACHE_URL" in result.stderr  # the hint names the variable to set


def test_docker_compose_gives_editors_their_groups_and_workflows_before_serving() -> None:
    """Production starts with the regions' groups, page permissions and publishing workflows.

    The workflows need the region pages and the groups, so they come after both.
    """
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    command = compose["services"]["web"]["command"]
    steps = re.findall(r"manage\.py (\w+)|(gunicorn)", command)
    names = [managed or server for managed, server in steps]
    assert names.index("seed_region_sections") < names.index("setup_editorial_workflows")
    assert names.index("setup_regional_groups") < names.index("setup_editorial_workflows")
    assert names.index("setup_editorial_workflows") < names.index("gunicorn")
