"""`manage.py backup FOLDER`: the database and uploaded media, with a manifest (hub.backup)."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from hub.backup import BackupError, back_up


class Command(BaseCommand):
    """Write a backup that ``manage.py restore`` loads into an empty instance."""

    help = (
        "Back up the database and media into a new folder (the search index is rebuilt on restore)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("folder", type=Path, help="a new or empty folder")

    def handle(self, *args: Any, folder: Path, **options: Any) -> None:
        try:
            taken = back_up(folder, self.stdout.write)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                _("Backup in %(folder)s: %(rows)d rows, %(documents)d search documents.")
                % {
                    "folder": folder,
                    "rows": sum(taken.rows.values()),
                    "documents": sum(taken.documents.values()),
                }
            )
        )
