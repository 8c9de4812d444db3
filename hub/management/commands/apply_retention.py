"""`manage.py apply_retention [--dry-run]`: delete the personal data whose time is up.

Run it daily (docs/operations.md); the rules come from the apps (hub.retention).
"""

from __future__ import annotations

from argparse import ArgumentParser

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from hub.retention import apply_rules


class Command(BaseCommand):
    """Apply every registered retention rule and say per rule how many rows went."""

    help = "Delete personal data past its retention period (--dry-run: only count it)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="count what would be deleted, delete nothing"
        )

    def handle(self, *args: object, dry_run: bool, **options: object) -> None:
        results = apply_rules(dry_run=dry_run)
        line = (
            _("%(rule)s: %(rows)d would be deleted (%(data)s; kept %(period)s)")
            if dry_run
            else _("%(rule)s: %(rows)d deleted (%(data)s; kept %(period)s)")
        )
        for result in results:
            self.stdout.write(
                line
                % {
                    "rule": result.rule.name,
                    "rows": result.rows,
                    "data": result.rule.data,
                    "period": result.rule.period,
                }
            )
        if not results:
            self.stdout.write(_("No retention rules are registered."))
