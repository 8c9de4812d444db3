"""`manage.py load_demo`: fill the site with demo data from the seeds, idempotently."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from communication.editorial import setup_editorial_workflows
from communication.region_sections import seed_region_sections


class Command(BaseCommand):
    """Run each installed app's ``demo.load()`` in INSTALLED_APPS order, in one transaction.

    Apps contribute demo data by module convention (``<app>.demo``), so the hub needs to know
    neither the registry's records nor any region's content. Then the enabled regional plugins
    seed their sections (``hub_seed_section``), which needs the home pages made before, and the
    editors' groups get their page permissions and workflows (``setup_editorial_workflows``).
    """

    help = "Load demo data (regions, registry records, pages). Running it twice changes nothing."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo"
                try:
                    module = import_module(module_name)
                except ModuleNotFoundError as exc:
                    if exc.name == module_name:
                        continue
                    raise
                self.stdout.write(f"{app_config.verbose_name}:")
                module.load(self.stdout.write)
            self.stdout.write(_("Regions:"))
            seed_region_sections(self.stdout.write)
            # The roles work out of the box: groups (made with the records) get their pages.
            self.stdout.write(_("Editorial workflows:"))
            setup_editorial_workflows(self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
