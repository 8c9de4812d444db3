"""`manage.py setup_regional_groups`: the editors' groups per region, with roles and permissions."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from hub.groups import setup_regional_groups


class Command(BaseCommand):
    """Create "<Region> – regionala utvecklare/redaktörer" and "Nationella redaktörer".

    Safe to run again (after new models or regions): it brings names, roles and permissions up to
    date and reports how many groups it changed. Members are never touched.
    """

    help = "Create or update the regional and national editors' groups. Idempotent."

    def handle(self, *args: Any, **options: Any) -> None:
        setup_regional_groups(self.stdout.write)
