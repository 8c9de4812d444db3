"""Backup → restore round trip: an empty instance gets every row, page, revision, uploaded file
and search hit back (``manage.py backup`` / ``restore``, hub.backup)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from django.conf import LazySettings
from django.core.management import call_command
from django.db import connection

from search.backends import get_search_backend
from search.backends.base import SearchQuery

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


@pytest.fixture
def empty_database() -> str:
    """Yield the URL of a new, empty PostgreSQL database beside the test database."""
    if connection.vendor != "postgresql":
        pytest.skip("the round trip runs on PostgreSQL (the production database)")
    db = connection.settings_dict
    name = f"{db['NAME']}_restore"
    admin = {
        "host": db["HOST"],
        "port": db["PORT"],
        "user": db["USER"],
        "password": db["PASSWORD"],
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield urlsplit(os.environ["DATABASE_URL"])._replace(path=f"/{name}").geturl()
    with psycopg.connect(**admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_backup_restores_into_an_empty_instance(
    empty_database: str, tmp_path: Path, settings: LazySettings
) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    upload = settings.MEDIA_ROOT / "documents" / "rapport.pdf"
    upload.parent.mkdir(parents=True)
    upload.write_bytes(b"%PDF-1.4 uploaded by an editor")
    # Earlier tests may have left documents in the shared test index (it is not rolled back):
    # start from an index that is exactly the database, as after an operator's rebuild.
    call_command("search_rebuild", "--no-progress")
    call_command("backup", str(tmp_path / "backup"))
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert manifest["rows"]["wagtailcore.Page"] > 50
    assert manifest["rows"]["wagtailcore.Revision"] > 0
    assert manifest["rows"]["branch_models.ValidationModel"] > 0
    assert manifest["documents"]["sv"] > 0

    env = {
        **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DATABASE_URL": empty_database,
        "SEARCH_INDEX_PREFIX": f"{settings.SEARCH_INDEX_PREFIX}_restore",
        "MEDIA_ROOT": str(tmp_path / "restored-media"),
    }
    restored = manage(env, "restore", str(tmp_path / "backup"))
    assert restored.returncode == 0, restored.stderr[-3000:]
    assert "as backed up" in restored.stdout or "som i säkerhetskopian" in restored.stdout
    assert (tmp_path / "restored-media" / "documents" / "rapport.pdf").read_bytes() == (
        upload.read_bytes()
    )

    # The same question finds the same records in the restored instance.
    script = (
        "from search.backends import get_search_backend\n"
        "from search.backends.base import SearchQuery\n"
        "result = get_search_backend().search(SearchQuery(text='svetsare'))\n"
        "print([hit.url for hit in result.hits])"
    )
    answer = manage(env, "shell", "-c", script)
    assert answer.returncode == 0, answer.stderr[-3000:]
    here = get_search_backend().search(SearchQuery(text="svetsare"))
    assert here.hits
    assert answer.stdout.strip().splitlines()[-1] == str([hit.url for hit in here.hits])

    # A second restore into the now full database is refused, and changes nothing.
    again = manage(env, "restore", str(tmp_path / "backup"))
    assert again.returncode != 0
    assert "empty" in again.stderr or "tom" in again.stderr


def test_backup_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("something")
    with pytest.raises(Exception, match="not empty|inte tom"):
        call_command("backup", str(tmp_path))
