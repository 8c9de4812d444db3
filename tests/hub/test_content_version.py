"""The content version: what apps name as public bumps it, everything else leaves the caches be."""

from __future__ import annotations

import pytest
from django.contrib.sessions.backends.db import SessionStore

from branch_models.importing import run_import
from branch_models.models import KomvuxOffer, Municipality
from branch_models.resources import resource_for
from hub import content_version

pytestmark = pytest.mark.django_db


def test_an_imported_registry_record_bumps_the_version_and_a_session_does_not(
    django_user_model,
):
    superuser = django_user_model.objects.create_superuser("cv-admin", "a@example.org", "pw-12345!")
    before = content_version.current()
    SessionStore().create()
    assert content_version.current() == before
    offer = KomvuxOffer.objects.filter(live=True).first()
    data = f"slug,name\n{offer.slug},{offer.name} (ny)\n".encode()
    report = run_import(resource_for(KomvuxOffer, superuser), data, "csv", dry_run=False)
    assert report.committed
    assert content_version.current() != before


def test_a_kept_entry_is_built_once_per_version_even_when_it_is_nothing():
    """The footer's link is None on a site without an About page: kept, not rebuilt each time."""
    built: list[str] = []

    def build() -> None:
        built.append(content_version.current())

    assert content_version.cached("test:nothing", build, 60) is None
    assert content_version.cached("test:nothing", build, 60) is None
    assert len(built) == 1
    content_version.bump()
    content_version.cached("test:nothing", build, 60)
    assert len(built) == 2


def test_a_saved_municipality_renames_the_route_finders_list_at_once(client):
    """Reference names are kept per content version: a renamed municipality shows on the next
    request, in this process and (through the shared version) in every other."""
    municipality = Municipality.objects.get(code="1293")
    assert municipality.name in client.get("/vagar/").content.decode()
    municipality.name = "Hässleholms kommun (nytt namn)"
    municipality.save()
    assert "Hässleholms kommun (nytt namn)" in client.get("/vagar/").content.decode()


def test_a_transaction_renews_the_version_once_more_when_it_commits(
    django_capture_on_commit_callbacks,
):
    """A page built between a save and its commit may hold the old rows under the new version."""
    offer = KomvuxOffer.objects.filter(live=True).first()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        offer.save()
        offer.save()
        during = content_version.current()
    renewals = [c for c in callbacks if c.__module__ == "hub.content_version"]
    assert len(renewals) == 1, "once per transaction, however many rows it saved"
    assert content_version.current() != during
