"""`manage.py restore FOLDER`: load a backup into an empty instance and check it (hub.backup)."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from hub.backup import BackupError, restore


class Command(BaseCommand):
    """Restore a ``manage.py backup`` folder, rebuild the search index, compare the inventory."""

    help = "Restore a backup into an empty database and media folder, then rebuild search."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("folder", type=Path, help="a folder written by manage.py backup")

    def handle(self, *args: Any, folder: Path, **options: Any) -> None:
        try:
            found = restore(folder, self.stdout.write)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                _("Restored %(rows)d rows and %(documents)d search documents, as backed up.")
                % {"rows": sum(found.rows.values()), "documents": sum(found.documents.values())}
            )
        )
