"""One code path writes registry records from files: ``branch_models.importing.import_rows``.

The writer leaves its mark in each record's history in the admin: a revision and an "Imported
from a file" log entry (``IMPORT_LOG_ACTION``), which no other write path makes. One test per
caller: the admin's import, a plugin's data import, the demo loader and the API's bulk import
(``test_api_bulk_import_writes_through_the_registry_import`` in
``tests/branch_models/api/test_bulk_import.py``).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

import branch_models.demo
from branch_models.demo import SECTIONS
from branch_models.models import Actor, KomvuxOffer, RegistryRecord
from branch_models.resources import IMPORT_LOG_ACTION, resource_for

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def imported(record: RegistryRecord) -> bool:
    """Whether the record's history shows it was written by the registry's import."""
    return ModelLogEntry.objects.for_instance(record).filter(action=IMPORT_LOG_ACTION).exists()


def demo_slugs(key: str) -> list[str]:
    """The slugs of one list of the demo files."""
    files = sorted(branch_models.demo.DEMO_DIR.glob("*.json"))
    return [
        item["slug"]
        for path in files
        for item in json.loads(path.read_text(encoding="utf-8")).get(key, [])
    ]


def test_demo_loader_writes_through_the_registry_import() -> None:
    """Every demo registry record (loaded for the test session) was written by ``import_rows``,
    published, with a revision in its history."""
    for section in SECTIONS:
        slugs = demo_slugs(section.key)
        records = list(section.model.objects.filter(slug__in=slugs))
        assert slugs and len(records) == len(slugs), section.key
        for record in records:
            assert imported(record), (section.key, record.slug)
            assert record.live and record.live_revision_id is not None, record.slug


def test_a_wrong_demo_item_stops_the_loader_naming_item_and_column(tmp_path, monkeypatch):
    (tmp_path / "bad.json").write_text(
        json.dumps(
            {
                "actors": [
                    {"slug": "demo-ok", "name": "Rätt aktör", "kind": "other"},
                    {"slug": "demo-wrong", "name": "Fel aktör", "kind": "no_such_kind"},
                ]
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(branch_models.demo, "DEMO_DIR", tmp_path)
    with translation.override("en"), pytest.raises(CommandError) as failure:
        branch_models.demo.load(io.StringIO().write)
    assert "actors item 2 (demo-wrong): kind:" in str(failure.value)
    assert "no_such_kind" in str(failure.value)
    # All or nothing: the good item before it is not written either.
    assert not Actor.objects.filter(slug__in=["demo-ok", "demo-wrong"]).exists()


def test_admin_import_writes_through_the_registry_import(client, make_user) -> None:
    editor = make_user("editor")
    client.force_login(editor)
    offer = KomvuxOffer.objects.filter(owner_region__code="12", live=True).first()
    dataset = resource_for(KomvuxOffer).export(KomvuxOffer.objects.filter(pk=offer.pk))
    table = list(csv.reader(io.StringIO(dataset.export("csv"))))
    table[1][table[0].index("name")] = "Kurs importerad i admin"
    text = io.StringIO()
    csv.writer(text).writerows(table)
    upload = io.BytesIO(text.getvalue().encode())
    upload.name = "kurser.csv"
    url = reverse("wagtailsnippets_branch_models_komvuxoffer:import")

    token = client.post(url, {"file": upload}).context["token"]
    client.post(url, {"token": token})

    offer.refresh_from_db()
    assert offer.name == "Kurs importerad i admin"
    entry = ModelLogEntry.objects.for_instance(offer).order_by("-pk").first()
    assert (entry.action, entry.user) == (IMPORT_LOG_ACTION, editor)


def test_plugin_import_writes_through_the_registry_import() -> None:
    sample = ROOT / "plugins" / "skane_nordost" / "fixtures" / "komvux_kurskatalog_2027.csv"
    with translation.override("en"):
        call_command(
            "plugin_import", "skane_nordost", str(sample), "--commit", stdout=io.StringIO()
        )
    offer = KomvuxOffer.objects.get(slug="komvux-ostra-goinge-sno-27-104")
    assert imported(offer)
    assert offer.live and offer.latest_revision is not None
