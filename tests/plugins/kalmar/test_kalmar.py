"""Kalmar län: the workshops on the map, OCN ranking where a workshop has the tool."""

from __future__ import annotations

import pytest

from branch_models.models import Actor
from hub.plugins.areas import adjust_route_ranking, map_layers
from hub.plugins.contributions import RouteCandidate, RouteQuery
from hub.plugins.registry import get_registry
from hub.testing import import_samples

pytestmark = pytest.mark.django_db


def test_workshops_layer_says_which_validate_with_ocn():
    plugin = get_registry().get_plugin("kalmar")
    layer = next(layer for layer in map_layers(plugin) if layer.key == "workshops")
    ocn = {f["properties"]["name"]: f["properties"]["ocn"] for f in layer.geojson["features"]}
    assert ocn == {
        "Verkstad Västervik": True,
        "Verkstad OHM (Oskarshamn, Högsby, Mönsterås)": False,
        "Verkstad Mörbylånga": False,
        "Verkstad ET (Emmaboda, Torsås)": True,
        "Verkstad Nybro": True,
    }


def test_ocn_ranking_only_where_the_workshop_has_the_tool():
    candidates = [RouteCandidate(key="ocn", validation_model="ocn-butikshandel")]
    assert adjust_route_ranking(RouteQuery(municipality_code="0883"), candidates)["ocn"].delta
    assert adjust_route_ranking(RouteQuery(municipality_code="0821"), candidates) == {}


def test_imported_workshops_describe_their_methods():
    (report,) = import_samples(get_registry().get_plugin("kalmar"), commit=True)
    assert report.ok
    shared = Actor.objects.get(slug="verkstad-verkstad-et")
    assert sorted(shared.municipalities.values_list("name", flat=True)) == ["Emmaboda", "Torsås"]
    assert "OCN" in shared.description and "assessment" in shared.roles
    pilot = Actor.objects.get(slug="verkstad-verkstad-vastervik")
    assert "sökandelots" in pilot.description
    assert "unga 18–24 år" in pilot.description


def test_resource_request_link_appears_when_configured(client, settings):
    assert "Skicka en förfrågan om resurs" not in client.get("/regions/kalmar/").content.decode()
    settings.HUB_PLUGINS_CONFIG = {"kalmar": {"resource_request_url": "https://example.org/form"}}
    html = client.get("/regions/kalmar/").content.decode()
    assert "Skicka en förfrågan om resurs" in html
    assert "https://example.org/form" in html
