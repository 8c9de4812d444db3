"""`manage.py setup_editorial_workflows`: page permissions and workflows per region."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from communication.editorial import setup_editorial_workflows


class Command(BaseCommand):
    """Give each region's groups its pages and workflow, and national editors the home pages.

    Run it after `setup_regional_groups`, and again after adding a region section page: it only
    adds what is missing and says how many rows it wrote. Members of groups are never touched.
    """

    help = "Grant regional and national page permissions and assign the editorial workflows."

    def handle(self, *args: object, **options: object) -> None:
        setup_editorial_workflows(self.stdout.write)
