"""The dummy plugin (tests/fixtures/dummy_plugin) uses every resource and hook of the contract.

It is installed as its own distribution for the test session (tests/conftest.py) but not
enabled, as HUB_PLUGINS was read before; ``enable_plugin`` enables it for one test.
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale

from branch_models.models import Actor
from communication.models import RegionSectionPage
from hub.plugins.areas import adjust_route_ranking, data_mappings
from hub.plugins.contributions import RouteCandidate, RouteQuery
from hub.plugins.discovery import installed_plugins
from hub.plugins.importer import run_import
from hub.plugins.registry import get_registry
from hub.testing import enable_plugin

pytestmark = pytest.mark.django_db


@pytest.fixture
def dummy():
    with enable_plugin("dummy", config={"api_token": "secret", "greeting": "Tjena"}) as plugin:
        yield plugin


def test_dummy_is_installed_from_its_own_distribution_but_not_enabled(client):
    entry = installed_plugins()["dummy"]
    assert entry.distribution == "valideringsnavet-dummy-plugin"
    assert entry.app == "dummy_plugin.apps.DummyPlugin"
    assert get_registry().get_plugin("dummy") is None
    assert client.get("/regions/dummy/hello/").status_code == 404


def test_every_resource_is_found_by_convention(dummy):
    resources = get_registry().get_resources("dummy")
    for name in ("content", "hooks", "mappings", "map_layers", "urls", "api_urls", "indexes"):
        assert getattr(resources, name) is not None, name


def test_urls_and_api_are_mounted_under_the_region(dummy, client):
    assert client.get("/regions/dummy/hello/").content == b"Hello from the dummy region"
    assert client.get("/en/regions/dummy/hello/").status_code == 200
    assert client.get("/api/v1/regions/dummy/ping/").json() == {"pong": "dummy"}


def test_urls_go_away_when_the_plugin_is_disabled_again(client):
    with enable_plugin("dummy", config={"api_token": "x"}):
        assert client.get("/regions/dummy/hello/").status_code == 200
    assert client.get("/regions/dummy/hello/").status_code == 404
    assert client.get("/api/v1/areas/dummy/").status_code == 404


def test_region_api_shows_every_hook_contribution(dummy, client):
    body = client.get("/api/v1/areas/dummy/").json()
    assert body["facts"]["summary"] == "Dummy summary"
    assert body["facts"]["municipality_codes"] == ["1380", "1382"]
    assert [body["name"] for body in body["facts"]["cooperation_bodies"]] == ["Dummy Council"]
    assert body["processes"][0]["steps"][0]["validation_models"] == ["ocn-lager"]
    # Figures are indicator values: the region points at the statistics API's.
    assert body["statistics"].endswith("/api/v1/statistics/reported/?area=dummy")
    layers = {layer["key"] for layer in body["map_layers"]}
    assert {"actors", "komvux", "dummy-harbour", "dummy-hook-layer"} <= layers


def test_map_layer_from_the_resource_module_is_geojson(dummy, client):
    response = client.get("/api/v1/areas/dummy/map-layers/dummy-harbour/")
    assert response["Content-Type"] == "application/geo+json"
    feature = response.json()["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [12.857, 56.674]}


def test_section_is_seeded_and_shows_block_with_the_plugin_setting(dummy, client):
    call_command("seed_region_sections", stdout=io.StringIO())
    section = RegionSectionPage.objects.get(plugin="dummy", locale__language_code="sv")
    assert section.title == "Dummyregionen"
    assert [child.title for child in section.get_children()] == ["Dummybarn"]
    html = client.get(section.url).content.decode()
    assert "Tjena from the dummy block" in html
    assert "Dummy hello" in html
    assert "Dummy content link" in html
    assert "Dummy coast" in html
    english = section.get_translation(Locale.objects.get(language_code="en"))
    assert english.title == "Dummy Region"
    assert client.get(english.url).status_code == 200


def test_route_ranking_adjusts_candidates_in_its_region(dummy):
    candidates = [RouteCandidate(key="a", validation_model="ocn-lager")]
    adjustments = adjust_route_ranking(RouteQuery(region_code="13"), candidates)
    assert adjustments["a"].delta == 1.0
    assert "Dummy reason" in adjustments["a"].reasons
    assert adjust_route_ranking(RouteQuery(region_code="01"), candidates) == {}


def test_mapping_imports_its_sample_and_reports_the_unmapped_kind(dummy):
    (mapping,) = data_mappings(dummy)
    report = run_import(dummy, mapping, dummy.fixtures_dir / mapping.sample, commit=True)
    assert report.ok, report.errors
    assert len(report.created) == 3
    assert [(u.column, u.value, u.used_default) for u in report.unmapped_values] == [
        ("Typ", "FÖR", True)
    ]
    actor = Actor.objects.get(slug="dummy-dummy-forening")
    assert actor.kind == "other"
    assert actor.owner_region.code == "13"


def test_plugins_command_lists_dummy_as_enabled_with_its_resources(dummy):
    out = io.StringIO()
    call_command("plugins", "--json", stdout=out)
    status = next(s for s in json.loads(out.getvalue()) if s["slug"] == "dummy")
    assert status["enabled"] is True
    assert status["status"] == "ok"
    assert "urls" in status["resources"]


def test_plugins_command_lists_every_installed_plugin_with_its_status(dummy):
    out, err = io.StringIO(), io.StringIO()
    with translation.override("en"):
        call_command("plugins", stdout=out, stderr=err)
    listing = out.getvalue()
    for slug in ("dummy", "kak", "kalmar", "ostra_mellansverige", "skane_nordost"):
        assert f"{slug}  " in listing
    assert "dummy  Dummy Region  0.1.0  [enabled]" in listing
    assert "distribution: valideringsnavet-dummy-plugin (dummy_plugin.apps.DummyPlugin)" in listing
    assert "resources: content, hooks, mappings, map_layers, urls, api_urls, indexes" in listing
    assert listing.count("status: OK") == 5
    assert err.getvalue() == ""
