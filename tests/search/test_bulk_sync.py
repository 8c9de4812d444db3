"""Records written in bulk (file imports send no ``post_save``) still reach the search index."""

from __future__ import annotations

import pytest
from import_export.formats.base_formats import CSV

from branch_models.importing import run_import
from branch_models.models import KomvuxOffer
from branch_models.resources import resource_for
from search.backends.base import SearchQuery
from search.models import OutboxEntry

pytestmark = pytest.mark.django_db


def offers_file(name: str) -> bytes:
    """One new offer, copied from a demo offer, named ``name``."""
    dataset = resource_for(KomvuxOffer).export(
        KomvuxOffer.objects.filter(pk=KomvuxOffer.objects.order_by("pk").values("pk")[:1])
    )
    row = dict(zip(dataset.headers, dataset[0], strict=True))
    row.update(slug="bulkimporterad-kurs", name=name)
    dataset.wipe()
    dataset.headers = list(row)
    dataset.append(list(row.values()))
    return CSV().export_data(dataset).encode()


def test_imported_records_are_found_once_the_import_is_committed(
    make_backend, django_user_model, django_capture_on_commit_callbacks
):
    backend = make_backend("search.backends.database")
    superuser = django_user_model.objects.create_superuser("importer", "i@x.se", "pw")
    data = offers_file("Kvantfysik för svetsare")

    entries = OutboxEntry.objects.count()
    run_import(resource_for(KomvuxOffer, superuser), data, "csv", dry_run=True)
    assert OutboxEntry.objects.count() == entries  # a dry run leaves nothing to index

    with django_capture_on_commit_callbacks(execute=True):
        report = run_import(resource_for(KomvuxOffer, superuser), data, "csv", dry_run=False)
    assert report.committed
    hits = backend.search(SearchQuery("Kvantfysik")).hits
    assert [hit.title for hit in hits] == ["Kvantfysik för svetsare"]
