"""`manage.py load_reference_data`: regions, municipalities, SNI and SSYK codes for production."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from branch_models.reference import load_reference_data


class Command(BaseCommand):
    """Load the official reference data; safe to run again after the CSV files are updated."""

    help = (
        "Load Swedish regions, municipalities (SCB), SNI 2007 sections and SSYK 2012 occupations."
    )

    def handle(self, *args: object, **options: object) -> None:
        with transaction.atomic():
            load_reference_data(self.stdout.write)
