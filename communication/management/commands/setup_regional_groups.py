"""`manage.py setup_regional_groups`: the editors' groups per region, with roles and permissions."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from communication.editorial import setup_editorial_workflows
from hub.groups import setup_regional_groups


class Command(BaseCommand):
    """Create "<Region> – regionala utvecklare/redaktörer" and "Nationella redaktörer", with
    their page permissions and one workflow per region (``setup_editorial_workflows``).

    Safe to run again (after new models, regions or section pages): it brings names, roles,
    permissions and workflows up to date and reports how much it wrote. Members are never touched.
    """

    help = "Create or update the editors' groups, their page permissions and workflows. Idempotent."

    def handle(self, *args: Any, **options: Any) -> None:
        setup_regional_groups(self.stdout.write)
        setup_editorial_workflows(self.stdout.write)
