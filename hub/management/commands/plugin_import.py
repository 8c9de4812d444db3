"""`manage.py plugin_import <slug> <file>`: map a region's own data file into the registry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from hub.plugins.areas import data_mappings
from hub.plugins.importer import ImportFileError, ImportReport, choose_mapping, run_import
from hub.plugins.registry import get_registry


class Command(BaseCommand):
    """Dry run by default: show what would be created, updated and what is unmapped.

    ``--commit`` writes, atomically: if any row fails nothing is written and the command exits
    with an error, so it is safe in scripts and cron jobs.
    """

    help = "Import a regional plugin's data file into the registry (dry run unless --commit)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="The plugin's slug, e.g. norra_halland.")
        parser.add_argument("file", type=Path, help="The file in the plugin's own format.")
        parser.add_argument("--mapping", help="Which of the plugin's mappings (by key).")
        parser.add_argument("--commit", action="store_true", help="Write the records.")
        parser.add_argument(
            "--user", help="Import as this user: the user's regional permissions apply."
        )
        parser.add_argument(
            "--demo", action="store_true", help="Mark the records as invented demo data."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        plugin = get_registry().get_plugin(str(options["slug"]))
        if plugin is None:
            enabled = ", ".join(p.slug for p in get_registry().get_plugins()) or "-"
            raise CommandError(
                _("No enabled plugin %(slug)r (enabled: %(enabled)s).")
                % {"slug": options["slug"], "enabled": enabled}
            )
        path = options["file"]
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(_("No user %(name)r.") % {"name": options["user"]})
        try:
            mapping = choose_mapping(data_mappings(plugin), path, options["mapping"])
        except ImportFileError as exc:
            raise CommandError(str(exc)) from None
        report = run_import(
            plugin, mapping, path, commit=bool(options["commit"]), user=user, demo=options["demo"]
        )
        self._print(report)
        if not report.ok:
            raise CommandError(
                _("%(count)d problem(s); nothing was written.") % {"count": len(report.errors)}
            )

    def _print(self, report: ImportReport) -> None:
        write = self.stdout.write
        write(
            _("%(plugin)s, mapping %(mapping)s, %(file)s: %(rows)d rows")
            % {
                "plugin": report.plugin,
                "mapping": report.mapping,
                "file": report.file,
                "rows": report.rows,
            }
        )
        write(
            _("  created %(created)d, updated %(updated)d, unchanged %(unchanged)d")
            % {
                "created": len(report.created),
                "updated": len(report.updated),
                "unchanged": len(report.unchanged),
            }
        )
        if report.unmapped_columns:
            write(_("  columns not used: %s") % ", ".join(report.unmapped_columns))
        for item in report.unmapped_values:
            note = _("imported with the default") if item.used_default else _("row refused")
            write(
                _("  unmapped value in %(column)s: %(value)r on lines %(lines)s (%(note)s)")
                % {
                    "column": item.column,
                    "value": item.value,
                    "lines": ", ".join(map(str, item.lines)),
                    "note": note,
                }
            )
        for error in report.errors:
            where = _("line %d") % error.line if error.line else _("file")
            column = f" [{error.column}]" if error.column else ""
            self.stderr.write(f"  {where}{column}: {error.message}")
        if report.committed:
            write(self.style.SUCCESS(_("Written.")))
        elif report.ok:
            write(_("Dry run: nothing written. Run again with --commit to write."))
