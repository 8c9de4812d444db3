"""Seed the synonyms counsellors and job seekers need most (editors keep them from here on)."""

from __future__ import annotations

from django.db import migrations

SYNONYMS = [
    "truck, gaffeltruck, truckförare",
    "usk, undersköterska",
    "CE-körkort, tung lastbil, lastbilsförare",
    "kock, kökspersonal",
    "städare, lokalvårdare",
    "städning, lokalvård",
    "barnskötare, barn och fritid",
    "elektriker, elinstallatör",
    "SFI, svenska för invandrare",
    "vux, komvux, vuxenutbildning",
    "busschaufför, bussförare, D-körkort",
]


def seed(apps: object, schema_editor: object) -> None:
    Synonym = apps.get_model("search", "Synonym")
    for terms in SYNONYMS:
        Synonym.objects.get_or_create(terms=terms, language="sv")


def unseed(apps: object, schema_editor: object) -> None:
    apps.get_model("search", "Synonym").objects.filter(terms__in=SYNONYMS).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text")]

    operations = [migrations.RunPython(seed, unseed)]
