"""KAK: checklists tailored per workplace, and the language internship route."""

from __future__ import annotations

import pytest

from hub.plugins.areas import describe_processes
from hub.plugins.registry import get_registry
from hub.testing import import_samples

pytestmark = pytest.mark.django_db


def test_two_local_routes_with_language_validation_through_komvux():
    plugin = get_registry().get_plugin("kak")
    placement, language = describe_processes(plugin)
    assert [step.key for step in placement.steps] == [
        "placement",
        "tailor-checklist",
        "validate-at-work",
        "documentation",
        "job-seeking",
    ]
    # KAK's own checklist method with SFI teachers, not Komvux validation against a syllabus.
    assert language.steps[-1].validation_models == ()
    assert language.language_support


def test_checklist_block_counts_workplaces_that_tailored_each_template(client):
    before = client.get("/regions/kak/").content.decode()
    assert "Checklistor för praktikplatser" in before
    assert "skräddarsydd för" not in before
    import_samples(get_registry().get_plugin("kak"), commit=True)
    after = client.get("/regions/kak/").content.decode()
    assert "Valideringsunderlag: Kulturtolk i förskola" in after
    assert after.count("skräddarsydd för 1 arbetsplats") == 3
