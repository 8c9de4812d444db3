"""`/api/v1/areas/`: enabled regions with facts, routes, figures and GeoJSON map layers."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

SWEDEN = ((10.5, 24.2), (55.3, 69.1))  # longitude, latitude ranges


def in_sweden(longitude: float, latitude: float) -> bool:
    (west, east), (south, north) = SWEDEN
    return west <= longitude <= east and south <= latitude <= north


def test_lists_enabled_regions_in_order(client):
    results = client.get("/api/v1/areas/").json()["results"]
    assert [region["slug"] for region in results] == [
        "kak",
        "kalmar",
        "ostra-mellansverige",
        "skane-nordost",
    ]
    kak = results[0]
    assert kak["name"] == "Köping, Arboga och Kungsör (KAK)"
    assert kak["municipality_codes"] == ["1983", "1984", "1960"]
    assert kak["url"].endswith("/api/v1/areas/kak/")


def test_detail_speaks_the_requested_language(client):
    english = client.get("/api/v1/areas/kak/", HTTP_ACCEPT_LANGUAGE="en").json()
    assert english["processes"][0]["title"] == "Validation at a work placement"
    swedish = client.get("/api/v1/areas/kak/").json()
    assert swedish["processes"][0]["title"] == "Validering på praktikplatsen"
    assert swedish["processes"][0]["steps"][2]["kind"] == "validation"


def test_unknown_region_is_404(client):
    assert client.get("/api/v1/areas/narnia/").status_code == 404
    assert client.get("/api/v1/areas/kak/map-layers/narnia/").status_code == 404


@pytest.mark.parametrize("slug", ["kak", "kalmar", "ostra-mellansverige", "skane-nordost"])
def test_every_map_layer_is_geojson_in_sweden(client, slug):
    layers = client.get(f"/api/v1/areas/{slug}/").json()["map_layers"]
    assert {"actors", "komvux", "area"} <= {layer["key"] for layer in layers}
    for layer in layers:
        response = client.get(layer["url"])
        assert response["Content-Type"] == "application/geo+json"
        collection = response.json()
        assert collection["type"] == "FeatureCollection"
        for feature in collection["features"]:
            geometry = feature["geometry"]
            if geometry["type"] == "Point":
                assert in_sweden(*geometry["coordinates"])
            else:
                (ring,) = geometry["coordinates"]
                assert geometry["type"] == "Polygon" and ring[0] == ring[-1]
                assert all(in_sweden(*point) for point in ring)
            assert feature["properties"]["name"]
