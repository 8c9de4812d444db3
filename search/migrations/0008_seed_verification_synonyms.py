"""Seed "verifiera" as the site's "kontrollera": employers ask how to verify a credential, and
the pages and credentials say how to check it (editors keep it from here on)."""

from __future__ import annotations

from django.db import migrations

SYNONYMS = [
    ("verifiera, kontrollera", "sv"),
    ("verify, check", "en"),
]


def seed(apps: object, schema_editor: object) -> None:
    Synonym = apps.get_model("search", "Synonym")
    for terms, language in SYNONYMS:
        Synonym.objects.get_or_create(terms=terms, language=language)


def unseed(apps: object, schema_editor: object) -> None:
    Synonym = apps.get_model("search", "Synonym")
    for terms, language in SYNONYMS:
        Synonym.objects.filter(terms=terms, language=language).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0007_facet_entry_without_own_index")]

    operations = [migrations.RunPython(seed, unseed)]
