"""The route map: the route's places, and the regions' own layers without burying them."""

from __future__ import annotations

import pytest

from branch_models.models import Municipality
from routes.maps import route_map
from routes.places import place_of
from routes.services import RouteInput, find_routes

pytestmark = pytest.mark.django_db


def test_map_shows_route_places_and_the_regions_own_layers():
    home = Municipality.objects.get(name="Nybro")
    result = find_routes(RouteInput(municipality=home, place=place_of(home), text="svetsare"))

    layers = {layer.key: layer for layer in route_map(result).layers}
    providers = [f["properties"]["name"] for f in layers["route-providers"].geojson["features"]]
    assert "Komvux Emmaboda" in providers
    assert "kalmar-workshops" in layers  # Kalmar's own layer (plugins/kalmar/map_layers.py)
    assert not any(key.endswith(("-actors", "-komvux")) for key in layers)
