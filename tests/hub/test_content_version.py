"""The content version: what apps name as public bumps it, everything else leaves the caches be."""

from __future__ import annotations

import pytest
from django.contrib.sessions.backends.db import SessionStore

from branch_models.importing import run_import
from branch_models.models import KomvuxOffer
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
