"""Back up and restore an instance: the database and uploaded media; the search index is rebuilt.

A backup is a folder holding ``database.dump`` (PostgreSQL's custom format from ``pg_dump``) or
``database.sqlite3`` (SQLite's online backup, consistent while the site runs), ``media.tar.gz``
and ``manifest.json``. The manifest records what the instance held: rows per model and
documents per search language. ``restore`` loads a backup into an *empty* database, unpacks the
media, rebuilds the search index (it is derived data, so it is never backed up) and then takes
the same inventory: a restore that does not find every row and search document again fails.

Why the database's own tools and not ``dumpdata``: they copy every table as it is (revisions,
workflow states, tokens, sequences included) in one consistent snapshot, and restore at disk
speed; ``dumpdata`` serialises model by model through the ORM and loses sequence positions.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils.translation import gettext as _

from search.backends import get_search_backend
from search.backends.base import SearchQuery

__all__ = ["BackupError", "Inventory", "back_up", "inventory", "restore"]

MANIFEST = "manifest.json"
MEDIA = "media.tar.gz"
POSTGRES_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


@dataclass(frozen=True)
class Inventory:
    """What an instance holds: rows per model (``app_label.Model``) and search documents per
    site language."""

    rows: dict[str, int]
    documents: dict[str, int]

    def differences(self, other: Inventory) -> list[str]:
        """Name every count that differs from ``other`` (the expected inventory)."""
        found = []
        for kind, mine, theirs in (
            ("rows", self.rows, other.rows),
            ("documents", self.documents, other.documents),
        ):
            for key in sorted(set(mine) | set(theirs)):
                if mine.get(key) != theirs.get(key):
                    found.append(f"{kind} {key}: {mine.get(key)} ≠ {theirs.get(key)} expected")
        return found


def inventory() -> Inventory:
    """Count the rows of every concrete model and the search documents of every language."""
    rows = {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }
    backend = get_search_backend()
    documents = {
        code: backend.search(SearchQuery(language=code, per_page=1)).total
        for code, _name in settings.LANGUAGES
    }
    return Inventory(rows=rows, documents=documents)


def _database() -> dict[str, Any]:
    return connection.settings_dict


def _postgres_env(db: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
    """Return connection arguments and environment for PostgreSQL's command-line tools."""
    args = ["--host", str(db["HOST"] or "localhost"), "--port", str(db["PORT"] or 5432)]
    args += ["--username", str(db["USER"]), "--dbname", str(db["NAME"])]
    return args, {**os.environ, "PGPASSWORD": str(db["PASSWORD"] or "")}


def _run(command: list[str], env: dict[str, str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(
            _("%(tool)s is missing: install PostgreSQL's client tools (postgresql-client).")
            % {"tool": command[0]}
        )
    # Our own fixed tool names and the configured database: no user input reaches the command.
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode:
        raise BackupError(f"{' '.join(command[:1])}: {result.stderr.strip()[-2000:]}")


def back_up(destination: Path, log: Callable[[str], object]) -> Inventory:
    """Write a backup of the database and media into ``destination`` (a new folder)."""
    if destination.exists() and any(destination.iterdir()):
        raise BackupError(
            _("%(path)s is not empty: choose a new folder for the backup.") % {"path": destination}
        )
    destination.mkdir(parents=True, exist_ok=True)
    db = _database()
    taken = inventory()
    if connection.vendor == "postgresql":
        args, env = _postgres_env(db)
        out = destination / POSTGRES_DUMP
        _run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-acl", *args, "--file", str(out)], env
        )
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(destination / SQLITE_COPY)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    else:
        raise BackupError(_("Backups support PostgreSQL and SQLite only."))
    log(_("Database written."))
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(destination / MEDIA, "w:gz") as archive:
        if media_root.is_dir():
            archive.add(media_root, arcname=".")
    log(_("Media written."))
    manifest = {
        "created": datetime.now(UTC).isoformat(),
        "vendor": connection.vendor,
        "rows": taken.rows,
        "documents": taken.documents,
    }
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return taken


def _database_is_empty() -> bool:
    return "django_migrations" not in connection.introspection.table_names()


def restore(source: Path, log: Callable[[str], object]) -> Inventory:
    """Load a backup into this instance's empty database and media folder, rebuild the index
    and check that everything the manifest lists is there again."""
    try:
        manifest = json.loads((source / MANIFEST).read_text())
    except (OSError, ValueError) as exc:
        raise BackupError(
            _("%(path)s is not a backup (no readable manifest.json).") % {"path": source}
        ) from exc
    if manifest["vendor"] != connection.vendor:
        raise BackupError(
            _("This backup is of a %(backup)s database; this instance uses %(here)s.")
            % {"backup": manifest["vendor"], "here": connection.vendor}
        )
    if not _database_is_empty():
        raise BackupError(
            _("The database is not empty: restore into a new, empty database (DATABASE_URL).")
        )
    db = _database()
    if connection.vendor == "postgresql":
        args, env = _postgres_env(db)
        _run(
            [
                "pg_restore",
                "--no-owner",
                "--no-acl",
                "--exit-on-error",
                *args,
                str(source / POSTGRES_DUMP),
            ],
            env,
        )
    else:
        connection.close()
        backup, target = sqlite3.connect(source / SQLITE_COPY), sqlite3.connect(db["NAME"])
        try:
            backup.backup(target)
        finally:
            backup.close()
            target.close()
    log(_("Database restored."))
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source / MEDIA, "r:gz") as archive:
        archive.extractall(media_root, filter="data")
    log(_("Media restored."))
    call_command("search_rebuild", "--no-progress")
    log(_("Search index rebuilt."))
    found = inventory()
    missing = found.differences(Inventory(rows=manifest["rows"], documents=manifest["documents"]))
    if missing:
        raise BackupError(_("The restore differs from the backup: ") + "; ".join(missing))
    return found
