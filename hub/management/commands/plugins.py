"""`manage.py plugins`: list installed plugins, whether they are enabled, valid and healthy."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError
from django.utils.translation import gettext as _

from hub.health_panel import PluginStatus, plugin_statuses


class Command(BaseCommand):
    """Show every installed plugin: installed is not enabled (``HUB_PLUGINS`` decides)."""

    help = "List installed regional plugins with their status."
    # The listing must work when a plugin is invalid: it is how one finds out which.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="Print JSON for scripts.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            statuses = plugin_statuses()
        except DatabaseError:
            statuses = plugin_statuses(with_incidents=False)
        if options["json"]:
            self.stdout.write(json.dumps([status.as_dict() for status in statuses], indent=2))
            return
        if not statuses:
            self.stdout.write(_("No plugins installed."))
        for status in statuses:
            self._print(status)

    def _print(self, status: PluginStatus) -> None:
        state = _("enabled") if status.enabled else _("installed, not enabled")
        write = self.stdout.write
        write(f"{status.slug}  {status.name}  {status.version}  [{state}]")
        write(
            "    "
            + _("distribution: %(name)s (%(app)s)")
            % {"name": status.distribution, "app": status.app}
        )
        if status.enabled:
            write("    " + _("resources: %s") % (", ".join(status.resources) or "-"))
        for problem in status.problems:
            self.stderr.write("    " + _("problem: %s") % problem)
        if status.last_error:
            write(
                "    "
                + _("last error %(when)s in %(hook)s: %(error)s (%(count)d in all)")
                % {
                    "when": f"{status.last_error_at:%Y-%m-%d %H:%M}",
                    "hook": status.last_error_hook,
                    "error": status.last_error,
                    "count": status.error_count,
                }
            )
        write("    " + _("status: %s") % status.status_label)
