"""`manage.py seed_region_sections`: create the enabled regions' missing section pages."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from communication.region_sections import seed_region_sections


class Command(BaseCommand):
    """Safe at every deploy: pages that exist are left as the editors made them."""

    help = "Create each enabled region's section page and seeded pages where missing."

    def handle(self, *args: Any, **options: Any) -> None:
        seed_region_sections(self.stdout.write)
