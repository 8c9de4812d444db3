"""Every installed plugin conforms to the contract: it validates, its hooks answer in the
declared types, its mappings load its sample data, its section renders and its search
declarations index and find its objects.

Parametrised over the installed plugins (the dummy plugin included, installed for the test
session), so a new plugin is tested as soon as it is installed.
"""

from __future__ import annotations

import pytest
from django.apps import apps

from hub.models import PluginIncident
from hub.plugins.areas import (
    data_mappings,
    describe_processes,
    describe_region,
    map_layers,
    navigation_items,
    section_spec,
)
from hub.plugins.discovery import installed_plugins
from hub.testing import enable_plugin, import_samples, plugin_errors, seed_sections
from search.backends import get_search_backend
from search.backends.base import SearchQuery
from search.index import get_indexes
from search.models import OutboxEntry

pytestmark = pytest.mark.django_db

# Test configuration for plugins that require settings (their HUB_<SLUG>_<KEY> variables).
CONFIG = {"dummy": {"api_token": "conformance"}}


@pytest.fixture(params=sorted(installed_plugins()))
def plugin(request):
    with enable_plugin(request.param, config=CONFIG.get(request.param)) as plugin:
        yield plugin


def test_declaration_passes_the_checks(plugin):
    assert plugin_errors(plugin) == []


def test_hooks_answer_without_failing(plugin, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        facts = describe_region(plugin)
        spec = section_spec(plugin)
        processes = describe_processes(plugin)
        layers = map_layers(plugin)
        navigation_items(plugin)
    assert not PluginIncident.objects.filter(plugin=plugin.slug).exists()
    assert facts.region_codes == plugin.region_codes
    assert "sv" in spec.texts
    for process in processes:
        assert process.steps, process.key
    assert len({layer.key for layer in layers}) == len(layers)


def test_mappings_load_the_sample_data(plugin):
    mappings = data_mappings(plugin)
    assert mappings, "each plugin maps a sample of its own data"
    for mapping in mappings:
        assert (plugin.fixtures_dir / mapping.sample).is_file(), mapping.sample
    for report in import_samples(plugin):
        assert report.ok, report.errors
        assert report.rows and len(report.created) + len(report.updated) == report.rows


def test_section_renders(plugin, client):
    seed_sections()
    spec = section_spec(plugin)
    response = client.get(f"/regions/{spec.slug}/")
    assert response.status_code == 200
    assert spec.texts["sv"].title in response.content.decode()


def test_search_declarations_are_found(plugin, django_capture_on_commit_callbacks):
    """A plugin's indexes (declared through hub.plugins) are used, and their hits can be found."""
    declared = [
        index
        for index in get_indexes()
        if apps.get_containing_app_config(type(index).__module__) is plugin
    ]
    if not declared:
        pytest.skip(f"{plugin.slug} declares no search index (its pages are indexed as pages)")
    backend = get_search_backend()
    for index in declared:
        documents = list(index.iter_documents())
        assert documents, f"{index.name}: no public objects to index"
        backend.index(documents)
        for document in documents:
            result = backend.search(SearchQuery(document.title, language=document.language))
            assert document.doc_id in [hit.doc_id for hit in result.hits], document.title
        # A change of a declared object reaches the index through the outbox.
        obj = index.get_queryset().first()
        with django_capture_on_commit_callbacks(execute=True):
            obj.save()
        entries = OutboxEntry.objects.filter(index_name=index.name, object_pk=str(obj.pk))
        assert entries.exists() and not entries.filter(processed_at=None).exists()
